"""Shared fixtures: the real shared Stanza models (loaded once per session) and the real corpora."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

import pytest

from attribution.config import CacheSettings, Settings
from attribution.document import ParsedDoc
from attribution.lexicon import Lexicon
from attribution.models import ModelSet, inspect_dir
from attribution.parse import Parser
from attribution.pipeline import AnalyzedArticle, analyze_article
from attribution.records import Article

ROOT = Path(__file__).resolve().parents[1]
# the shared corpora beside the checkout (/work/main -> /work/shared), or beside a folder above it
# (a git worktree at /work/wt/NAME); ATTRIBUTION_SHARED names it outright
SHARED = Path(os.environ.get("ATTRIBUTION_SHARED") or next(
    (p / "shared" for p in ROOT.parents if (p / "shared" / "corpora").is_dir()), ROOT.parent / "shared"))
SEED = SHARED / "corpora" / "north-korea-troops-2024"
WIKINEWS = SHARED / "corpora" / "wikinews-gum"
EXAMPLES = ROOT / "examples" / "corpus"
DATA = Path(__file__).resolve().parent / "data"


def _models_dir() -> Path:
    env = os.environ.get("ATTRIBUTION_MODELS")
    return Path(env) if env else SHARED / "models" / "stanza"


@pytest.fixture(scope="session")
def models() -> ModelSet:
    directory = _models_dir()
    if not (directory / "resources.json").is_file():
        pytest.fail(f"the tests need the Stanza models: set ATTRIBUTION_MODELS (looked in {directory})", pytrace=False)
    return inspect_dir(directory, "tests")


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    cache = tmp_path_factory.mktemp("cache") / "parses.sqlite"
    return replace(Settings(), cache=CacheSettings(enabled=True, path=cache))


@pytest.fixture(scope="session")
def parser(models: ModelSet, settings: Settings) -> Parser:
    """The one Stanza pipeline of the session."""
    return Parser(models, settings)


@pytest.fixture(scope="session")
def lexicon() -> Lexicon:
    return Lexicon.load()


@pytest.fixture(scope="session")
def parse(parser: Parser):
    """Parse a text written for a test (memoised: each distinct text is parsed once)."""
    memo: dict[str, ParsedDoc] = {}

    def _parse(text: str) -> ParsedDoc:
        if text not in memo:
            memo[text] = parser.parse(text)
        return memo[text]

    return _parse


@pytest.fixture(scope="session")
def analyze_text(parse, lexicon):
    """Run attribution and hedging over a text written for a test."""

    def _analyze(text: str, article_id: str = "t") -> AnalyzedArticle:
        article = Article(article_id=article_id, body=text, path=f"{article_id}.txt", outlet="Test Outlet")
        return analyze_article(article, parse(text), lexicon)

    return _analyze


@pytest.fixture(scope="session")
def seed_articles(settings: Settings) -> dict[str, Article]:
    from attribution.ingest import ingest

    return {a.article_id: a for a in ingest([SEED / "articles"], settings) if isinstance(a, Article)}


@pytest.fixture(scope="session")
def seed_analyzed(seed_articles, parser, lexicon) -> dict[str, AnalyzedArticle]:
    ids = sorted(seed_articles)
    docs = parser.parse_many([seed_articles[i].body for i in ids])
    return {i: analyze_article(seed_articles[i], d, lexicon) for i, d in zip(ids, docs)}


@pytest.fixture(scope="session")
def wikinews_parsed(settings, models, lexicon, parser) -> list[tuple[Article, ParsedDoc]]:
    """The example corpus, parsed once per session through the session's parse cache, so every
    later test (and every Analyzer run with the session settings) reads it from the cache."""
    from attribution.engine.local import Analyzer, RunSummary
    from attribution.ingest import ingest

    articles = [a for a in ingest([EXAMPLES], settings) if isinstance(a, Article)]
    analyzer = Analyzer(settings, models=models, lexicon=lexicon, parser=parser)
    summary = RunSummary(out_dir=Path("."))
    try:
        return analyzer.parse(articles, summary, analyzer.reporter(summary))
    finally:
        analyzer.close()
