"""The report and the tables streamed from the analysis files, an article at a time
(attribution/report/stream.py): every file byte for byte what reading the analysis whole gives,
over chunks of a few rows (so columns empty in some chunks), and when the files do not line up
(statements out of article order, an unfinished article's statements) the same files still.
"""

from __future__ import annotations

import filecmp
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from .report_data import make_report

from attribution.config import Settings
from attribution.lexicon import Lexicon
from attribution.output import STATEMENTS, dumps, read_analysis
from attribution.report import export_tables, render_report
from attribution.report import export as export_module
from attribution.report import stream as stream_module
from attribution.report.stream import write_outputs


@pytest.fixture(scope="module")
def report(tmp_path_factory, settings, models, parser) -> tuple[Path, Settings]:
    out = tmp_path_factory.mktemp("stream-analysis")
    make_report(out, settings, models, parser)
    overlay = out.parent / f"{out.name}-input" / "hostile-lexicon.yaml"
    return out, Settings(lexicons=(*settings.lexicons, overlay))


def _outputs(out: Path) -> list[Path]:
    return sorted(p.relative_to(out) for p in out.rglob("*") if p.is_file() and not p.name.endswith(".jsonl"))


def _whole(source: Path, dest: Path, settings: Settings) -> Path:
    """The tables and pages as the analysis read whole gives them."""
    shutil.copytree(source, dest)
    for name in ("report",):
        shutil.rmtree(dest / name)
    analysis = read_analysis(dest)
    export_tables(analysis, dest)
    render_report(analysis, dest, settings, Lexicon.load(settings.lexicons))
    return dest


def _same(one: Path, two: Path) -> None:
    assert _outputs(one) == _outputs(two)
    for name in _outputs(one):
        assert filecmp.cmp(one / name, two / name, shallow=False), name


def _streamed(source: Path, dest: Path, settings: Settings) -> Path:
    shutil.copytree(source, dest)
    shutil.rmtree(dest / "report")
    write_outputs(dest, settings, Lexicon.load(settings.lexicons))
    return dest


def test_streamed_files_are_those_of_the_analysis_read_whole_in_chunks_of_a_few_rows(report, tmp_path, monkeypatch) -> None:
    out, settings = report
    whole = _whole(out, tmp_path / "whole", settings)
    monkeypatch.setattr(export_module.StatementTable, "CHUNK_ROWS", 7)
    monkeypatch.setattr(stream_module, "read_analysis", lambda *a: pytest.fail("read the analysis whole"))
    _same(whole, _streamed(out, tmp_path / "streamed", settings))
    assert (tmp_path / "streamed" / "statements.parquet").is_file()


def test_statements_out_of_article_order_are_read_whole_with_the_same_files(report, tmp_path, monkeypatch) -> None:
    out, settings = report
    shuffled = tmp_path / "shuffled-input"
    shutil.copytree(out, shuffled)
    lines = (shuffled / STATEMENTS).read_text(encoding="utf-8").splitlines(keepends=True)
    (shuffled / STATEMENTS).write_text("".join(lines[len(lines) // 2:] + lines[: len(lines) // 2]), encoding="utf-8")
    whole = _whole(shuffled, tmp_path / "whole", settings)
    reads = []
    monkeypatch.setattr(stream_module, "read_analysis", lambda out: reads.append(out) or read_analysis(out))
    _same(whole, _streamed(shuffled, tmp_path / "streamed", settings))
    assert reads == [tmp_path / "streamed"]


def test_an_unfinished_articles_statements_are_left_out_as_when_read_whole(report, tmp_path, monkeypatch) -> None:
    out, settings = report
    unfinished = tmp_path / "unfinished-input"
    shutil.copytree(out, unfinished)
    lines = (unfinished / STATEMENTS).read_text(encoding="utf-8").splitlines(keepends=True)
    orphan = lines[0].replace(lines[0].split('"article_id":"')[1].split('"')[0], "never-finished")
    (unfinished / STATEMENTS).write_text("".join([orphan, *lines, orphan]), encoding="utf-8")
    whole = _whole(unfinished, tmp_path / "whole", settings)
    monkeypatch.setattr(stream_module, "read_analysis", lambda *a: pytest.fail("read the analysis whole"))
    _same(whole, _streamed(unfinished, tmp_path / "streamed", settings))


def _counting_pages(monkeypatch) -> list[str]:
    rendered: list[str] = []
    real = stream_module.article_page

    def counted(analysis, site, article, lexicon, badge):  # noqa: ANN001, ANN202 - article_page's signature
        rendered.append(article.article_id)
        return real(analysis, site, article, lexicon, badge)

    monkeypatch.setattr(stream_module, "article_page", counted)
    return rendered


def test_an_article_page_that_would_come_out_the_same_is_taken_from_the_cache(report, tmp_path, monkeypatch) -> None:
    from attribution.cache import ParseCache

    out, settings = report
    lexicon = Lexicon.load(settings.lexicons)
    rendered = _counting_pages(monkeypatch)
    with ParseCache(tmp_path / "cache.sqlite") as cache:
        first = tmp_path / "first"
        shutil.copytree(out, first)
        write_outputs(first, settings, lexicon, cache=cache)
        assert len(rendered) == 3
        rendered.clear()
        second = tmp_path / "second"
        shutil.copytree(out, second)
        shutil.rmtree(second / "report")
        write_outputs(second, settings, lexicon, cache=cache)
        assert rendered == []
        _same(first, second)
        _same(_whole(out, tmp_path / "whole", settings), second)

        # a re-score that changes one article's statements renders that article's page alone
        lines = (second / STATEMENTS).read_text(encoding="utf-8").splitlines(keepends=True)
        last = json.loads(lines[-1])
        last["confidence"]["source"] = 0.123
        (second / STATEMENTS).write_text("".join([*lines[:-1], dumps(last) + "\n"]), encoding="utf-8")
        write_outputs(second, settings, lexicon, cache=cache)
        assert rendered == [read_analysis(second).statements[-1].article_id]
        _same(_whole(second, tmp_path / "whole-changed", settings), second)

        # another title: every page is rendered again
        rendered.clear()
        titled = Settings(lexicons=settings.lexicons, report=replace(settings.report, title="Another title"))
        write_outputs(second, titled, lexicon, cache=cache)
        assert len(rendered) == 3
