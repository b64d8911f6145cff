"""An evaluation over a gold corpus parses in bounded batches: each batch's parses reach the
cache before the next batch is parsed (an evaluation stopped half-way keeps them), and Stanza
never holds the whole corpus at once."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from attribution.config import CacheSettings, ModelSettings, Settings
from attribution.document import ParsedDoc
from attribution.engine.local import Analyzer, RunSummary
from attribution.ingest import ingest
from attribution.records import Article

from .align_trees import conllu
from .test_scale_memory import TreeParser

SENTENCES = tuple(
    f"The the DET 3 det\nfinance finance NOUN 3 compound\nministers minister NOUN 4 nsubj\n{verb} VERB 0 root\n"
    f"in in ADP 6 case\n{place} PROPN 4 obl\non on ADP 8 case\nMonday Monday PROPN 4 obl\n. . PUNCT 4 punct"
    for verb, place in (("met meet", "Paris Paris"), ("spoke speak", "Rome Rome"), ("dined dine", "Oslo Oslo"))
)


def _corpus(folder: Path) -> tuple[list[Article], dict[str, str]]:
    """Three one-sentence articles read from disk, and each body's fixed tree."""
    folder.mkdir()
    trees: dict[str, str] = {}
    for n, sentence in enumerate(SENTENCES):
        text = conllu(sentence)
        body = ParsedDoc.from_conllu(text).text
        trees[body] = text
        (folder / f"a{n}.txt").write_text(body + "\n", encoding="utf-8")
    return [a for a in ingest([folder], Settings()) if isinstance(a, Article)], trees


def test_gold_articles_are_parsed_and_cached_batch_by_batch(tmp_path: Path, models) -> None:  # noqa: ANN001
    articles, trees = _corpus(tmp_path / "corpus")
    settings = replace(Settings(), cache=CacheSettings(path=tmp_path / "parses.sqlite"),
                       models=replace(ModelSettings(), batch_size=2))
    parser = TreeParser(trees)
    analyzer = Analyzer(settings, models=models, parser=parser)
    summary = RunSummary(out_dir=tmp_path)
    try:
        stream = analyzer.analyzed_articles(articles, summary, analyzer.reporter(summary))
        first = next(stream)
        assert (parser.calls, analyzer.cache.count()) == (1, 2)  # the first batch only, stored
        rest = list(stream)
        assert (parser.calls, analyzer.cache.count()) == (2, 3)
    finally:
        analyzer.close()
    assert [a.article.article_id for a in (first, *rest)] == [a.article_id for a in articles]
    assert summary.parsed == 3
