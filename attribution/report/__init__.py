"""Reports: the HTML pages (Jinja2, templates in ``reports/``) and the CSV/Parquet exports (pandas).

Both work from a finished analysis directory alone, so ``attribution report OUT_DIR`` re-renders
without analysing again.
"""

from attribution.report.export import export_tables
from attribution.report.render import render_report

__all__ = ["export_tables", "render_report"]
