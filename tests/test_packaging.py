"""A real (non-editable) wheel carries the lexicons and report templates and finds them."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

from .conftest import ROOT


def test_wheel_ships_and_finds_its_data(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path / "dist"), str(ROOT)],
        capture_output=True, text=True,
    )
    assert build.returncode == 0, build.stderr
    [wheel] = (tmp_path / "dist").glob("attribution-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    for data in ("attribution/_data/lexicons/reporting.yaml", "attribution/_data/lexicons/boilerplate.yaml",
                 "attribution/_data/reports/index.html.j2", "attribution/_data/reports/static/report.css",
                 "attribution/attribute/cue_model.json"):
        assert data in names
    assert any(n.endswith("entry_points.txt") for n in names)

    target = tmp_path / "site"
    install = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--quiet", "--target", str(target), str(wheel)],
        capture_output=True, text=True,
    )
    assert install.returncode == 0, install.stderr
    probe = subprocess.run(
        [sys.executable, "-c",
         "import attribution.resources as r, attribution.lexicon as l; "
         "print(r.lexicons_dir()); print(r.reports_dir()); print(len(l.Lexicon.load().entries))"],
        capture_output=True, text=True, cwd=tmp_path, env={"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"},
    )
    assert probe.returncode == 0, probe.stderr
    lexicons, reports, entries = probe.stdout.split()
    assert lexicons.startswith(str(target)) and reports.startswith(str(target))
    assert int(entries) > 10
