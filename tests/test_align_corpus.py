"""Claim alignment on the real corpora, parsed by the real models (what a user sees)."""

from __future__ import annotations

import pytest
from .conftest import EXAMPLES, SEED

from attribution.align import align
from attribution.evaluate.claims import claim_tables
from attribution.evaluate.gold import load_claims
from attribution.records import Article


@pytest.fixture(scope="module")
def seed_claims(seed_analyzed, settings):
    return align(list(seed_analyzed.values()), settings)


def test_seed_claims_carried_by_both_outlets_with_their_own_wording(seed_analyzed, seed_claims):
    both = [c for c in seed_claims if len({m.outlet for m in c.members}) == 2]
    assert len(both) >= 4
    statements = {s.statement_id: s for a in seed_analyzed.values() for s in a.statements}
    for claim in seed_claims:
        assert claim.story == "north-korea-troops-2024"
        assert claim.summary and len(claim.summary) <= 170
        for m in claim.members:
            body = seed_analyzed[m.article_id].article.body
            assert body[m.start:m.end] == m.text
            statement = statements[m.statement_id]
            assert statement.start <= m.start < m.end <= statement.end
            assert m.presentation in ("asserted", "attributed", "hedged", "disputed")
    wordings = {m.text for c in both for m in c.members}
    assert any("11,000 North Korean infantrymen" in w for w in wordings)
    assert any("11,000 North Korean soldiers" in w for w in wordings)


def test_seed_claims_against_gold(seed_analyzed, settings, seed_claims):
    gold = load_claims(SEED / "claims.yaml")
    summary = claim_tables(list(seed_analyzed.values()), gold, settings, system=seed_claims)[0]
    scores = {row[0]: row for row in summary.rows}
    assert float(scores["claim recall (Jaccard >= 0.5)"][3]) >= 0.8
    assert float(scores["presentation accuracy (covered members)"][3]) >= 0.75


@pytest.mark.slow
def test_unrelated_wikinews_articles_form_no_claims(parser, lexicon, settings):
    from attribution.ingest import ingest
    from attribution.pipeline import analyze_article

    articles = [a for a in ingest([EXAMPLES], settings) if isinstance(a, Article)]
    assert len(articles) == 24 and all(a.story is None for a in articles)
    docs = parser.parse_many([a.body for a in articles])
    analyzed = [analyze_article(a, d, lexicon) for a, d in zip(articles, docs)]
    assert align(analyzed, settings) == []
