"""Names that cannot escape: article ids and outlet names from file names, sidecars, JSONL and CSV
become safe, unique page names, and nothing is written outside the output folder.

The parser is a stand-in (names do not depend on the parse); ingest, analysis, tables and the
report are the real ones.
"""

from __future__ import annotations

import csv
import json
import os
import re
from pathlib import Path

import pytest

from attribution.engine.local import Analyzer
from attribution.ingest import Problem, ingest
from attribution.output import read_analysis
from attribution.report.slugs import MAX_LENGTH, slugify, unique_slugs

from .test_reliability import FakeParser

TEXT = "The mayor said the bridge would reopen on Monday."
HOSTILE = [
    "../../escaped", "../../../../tmp/escaped", "/etc/passwd", "/abs/olute", "C:\\Windows\\win.ini", "\\\\server\\share",
    "CON", "con", "NUL", "nul.txt", "COM1", "LPT9.html", "AUX", "index", "claims",
    "a/b", "a_b", "a-b", "a b", "A/B", "A", "a",
    "x" * 300, "y" * 5000, ".hidden", "..", ".", "", " ", "-", "--",
    "tab\there", "nul\x00byte", "new\nline", "ünïcødé", "日本語の記事", "🙂🙂", "\u202eevil\u202c", "zero\u200bwidth",
    "a-2", "dup",
]
_SAFE = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
_RESERVED = {"con", "prn", "aux", "nul", "index", "claims"} | {f"com{i}" for i in range(10)} | {f"lpt{i}" for i in range(10)}


def _tree(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def _run(tmp_path: Path, inputs: list[Path], settings, models, lexicon) -> Path:  # noqa: ANN001
    out = tmp_path / "work" / "out"
    before = _tree(tmp_path)
    analyzer = Analyzer(settings, models=models, lexicon=lexicon, parser=FakeParser())
    analyzer.cache.close()  # the stand-in parses must not enter the session's cache
    analyzer.cache = type(analyzer.cache)(None)
    try:
        summary = analyzer.run(inputs, out)
    finally:
        analyzer.close()
    assert summary.articles > 0
    after = _tree(tmp_path)
    outside = {k for k in after if not k.startswith(os.path.join("work", "out") + os.sep)}
    assert outside == set(before), f"written outside the output folder: {sorted(outside - set(before))}"
    for path in out.rglob("*"):
        assert path.resolve().is_relative_to(out.resolve())
        assert not path.is_symlink()
    return out


def _check_pages(out: Path, folder: str, expected: int) -> None:
    names = [p.name for p in (out / "report" / folder).glob("*.html")]
    assert len(names) == expected, (folder, sorted(names))
    stems = [n[: -len(".html")] for n in names]
    assert len({s.casefold() for s in stems}) == len(stems), "two pages differ only by case"
    for stem in stems:
        assert _SAFE.match(stem), stem
        assert stem.split(".")[0] not in _RESERVED, stem
        assert len(stem) <= MAX_LENGTH, stem


def test_hostile_ids_and_outlets_from_jsonl(tmp_path, settings, models, lexicon) -> None:
    rows = [{"id": name, "outlet": name or "x", "text": TEXT} for name in HOSTILE]
    rows.append({"id": "dup", "outlet": "dup", "text": TEXT})  # 'dup' twice, and 'a-2' after the renamed 'a'
    rows.append({"id": "a", "outlet": "a", "text": TEXT})
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out = _run(tmp_path, [tmp_path / "rows.jsonl"], settings, models, lexicon)
    analysis = read_analysis(out)
    ids = [a.article_id for a in analysis.articles]
    assert len(ids) == len(set(ids)) == len(rows), "every article keeps a distinct id"
    _check_pages(out, "articles", len(rows))
    outlets = {a.outlet for a in analysis.articles}
    assert len(list((out / "report" / "outlets").glob("*.html"))) >= len(outlets) - 1  # '' and None are one 'unknown'


def test_hostile_ids_and_outlets_from_csv(tmp_path, settings, models, lexicon) -> None:
    with (tmp_path / "rows.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "outlet", "text"])
        for name in HOSTILE:
            writer.writerow([name.replace("\x00", ""), name.replace("\x00", "") or "x", TEXT])
    out = _run(tmp_path, [tmp_path / "rows.csv"], settings, models, lexicon)
    analysis = read_analysis(out)
    ids = [a.article_id for a in analysis.articles]
    assert len(ids) == len(set(ids)) == len(HOSTILE)
    _check_pages(out, "articles", len(HOSTILE))


def test_hostile_file_names_and_sidecar_outlets(tmp_path, settings, models, lexicon) -> None:
    corpus = tmp_path / "corpus"
    (corpus / "a").mkdir(parents=True)
    names = ["CON", "nul", "a_b", "a-b", "A", "ünïcødé", "x" * 200, "dots..", "a b", "%2e%2e"]
    for name in names:
        (corpus / f"{name}.txt").write_text(TEXT + "\n", encoding="utf-8")
    (corpus / "a" / "b.txt").write_text(TEXT + "\n", encoding="utf-8")  # id 'b', from a/b
    (corpus / "b.txt").write_text(TEXT + "\n", encoding="utf-8")  # a second 'b'
    (corpus / "CON.meta.yaml").write_text("outlet: ../../escaped\n", encoding="utf-8")
    (corpus / "nul.meta.yaml").write_text("outlet: /etc/passwd\n", encoding="utf-8")
    (corpus / "a_b.meta.yaml").write_text("outlet: CON\n", encoding="utf-8")
    (corpus / "a-b.meta.yaml").write_text("outlet: 'x/../../y'\n", encoding="utf-8")
    out = _run(tmp_path, [corpus], settings, models, lexicon)
    analysis = read_analysis(out)
    ids = [a.article_id for a in analysis.articles]
    assert len(ids) == len(set(ids)) == len(names) + 2
    _check_pages(out, "articles", len(names) + 2)
    _check_pages(out, "outlets", 5)  # four from sidecars, and 'unknown'


@pytest.mark.parametrize("pair", [("a/b", "a_b"), ("a/b", "a-b"), ("A", "a"), ("CON", "con-x"), ("x" * 100, "x" * 101),
                                  ("ünï", "uni"), ("..", "."), ("", " ")])
def test_different_names_never_share_a_page(pair) -> None:
    slugs = unique_slugs(pair, "article")
    assert len({s.casefold() for s in slugs.values()}) == len(set(pair))
    for name in pair:
        assert slugify(name, "article") == slugify(name, "article"), "the same name always gets the same page"


def test_an_id_that_was_given_to_a_renamed_duplicate_stays_unique(tmp_path, settings) -> None:
    rows = [{"id": "a", "text": TEXT}, {"id": "a", "text": TEXT}, {"id": "a-2", "text": TEXT}, {"id": "a", "text": TEXT}]
    (tmp_path / "rows.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    ids = [r.article_id for r in ingest([tmp_path / "rows.jsonl"], settings) if not isinstance(r, Problem)]
    assert len(ids) == len(set(ids)) == 4, ids
