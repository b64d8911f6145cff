"""The claim scorer of ``attribution evaluate`` on hand-made claims (no parse needed)."""

from __future__ import annotations

from attribution.config import Settings
from attribution.document import ParsedDoc
from attribution.evaluate.claims import claim_tables
from attribution.evaluate.gold import GoldClaim, GoldClaims, GoldMember
from attribution.pipeline import AnalyzedArticle
from attribution.records import Article, Claim, ClaimMember

BODY_A = "The center claims the footage was shot by a Russian soldier in recent days. The location is unknown."
BODY_B = "The centre claims a Russian soldier shot the footage in recent days. The location of where it was taken was also unknown."


def analyzed(article_id: str, body: str) -> AnalyzedArticle:
    return AnalyzedArticle(Article(article_id, body, f"{article_id}.txt", outlet=article_id.upper()), ParsedDoc(body, ()), ())


ARTICLES = [analyzed("a", BODY_A), analyzed("b", BODY_B)]


def member(article_id: str, text: str, presentation: str) -> ClaimMember:
    body = BODY_A if article_id == "a" else BODY_B
    start = body.index(text)
    return ClaimMember(article_id, f"{article_id}:1", article_id.upper(), text, start, start + len(text), None,
                       presentation, 1.0, 1.0)


GOLD = GoldClaims("story", (
    GoldClaim("shot", "", (
        GoldMember("a", "the footage was shot by a Russian soldier in recent days", "hedged", 1),
        GoldMember("b", "a Russian soldier shot the footage in recent days", "hedged", 1),
    )),
    GoldClaim("location", "", (
        GoldMember("a", "The location is unknown", "asserted", 1),
        GoldMember("b", "The location of where it was taken was also unknown", "asserted", 1),
    )),
))


def rows(tables, title: str) -> dict[str, list[str]]:
    table = next(t for t in tables if t.title.startswith(title))
    return {r[0]: r[1:] for r in table.rows}


def test_found_claims_recall_precision_and_labels():
    system = [
        Claim("story:1", "story", "", (member("a", "the footage was shot by a Russian soldier in recent days", "hedged"),
                                         member("b", "a Russian soldier shot the footage in recent days", "attributed"))),
        # a whole sentence is too wide for the short gold clause: token Jaccard < 0.5
        Claim("story:2", "story", "", (member("a", "The location is unknown", "asserted"),
                                         member("b", "The centre claims a Russian soldier shot the footage in recent days", "asserted"))),
    ]
    tables = claim_tables(ARTICLES, GOLD, Settings(), system=system)
    summary = rows(tables, "Claims: alignment")
    assert summary["claim recall (Jaccard >= 0.5)"] == ["1", "2", "0.500"]
    assert summary["claim precision (system claims finding a gold claim)"] == ["1", "2", "0.500"]
    assert summary["gold members covered"] == ["3", "4", "0.750"]
    assert summary["presentation accuracy (covered members)"] == ["2", "3", "0.667"]
    per_claim = rows(tables, "Claims: per gold claim")
    assert per_claim["shot"][:2] == ["yes", "story:1"]
    assert per_claim["location"][0] == "NO"
    unmatched = rows(tables, "Claims: system claims that find no gold")
    assert list(unmatched) == ["story:2"]


def test_members_of_one_article_do_not_find_a_claim_and_other_stories_are_ignored():
    system = [
        Claim("story:1", "story", "", (member("a", "The location is unknown", "asserted"),
                                         member("a", "the footage was shot by a Russian soldier in recent days", "hedged"))),
        Claim("other:1", "other", "", (member("a", "The location is unknown", "asserted"),
                                         member("b", "The location of where it was taken was also unknown", "asserted"))),
    ]
    summary = rows(claim_tables(ARTICLES, GOLD, Settings(), system=system), "Claims: alignment")
    assert summary["claim recall (Jaccard >= 0.5)"][0] == "0"
    assert summary["claim precision (system claims finding a gold claim)"][1] == "1"


def test_same_words_elsewhere_do_not_cover():
    body = "Troops arrived. Officials said Troops arrived."
    articles = [AnalyzedArticle(Article("a", body, "a.txt"), ParsedDoc(body, ()), ()), ARTICLES[1]]
    gold = GoldClaims(None, (GoldClaim("g", "", (
        GoldMember("a", "Troops arrived", "asserted", 1),
        GoldMember("b", "The location of where it was taken was also unknown", "asserted", 1),
    )),))
    at = body.rindex("Troops arrived")
    elsewhere = ClaimMember("a", "a:2", None, "Troops arrived", at, at + 14, None, "attributed", 1.0, 1.0)
    other = member("b", "The location of where it was taken was also unknown", "asserted")
    summary = rows(claim_tables(articles, gold, Settings(), system=[Claim("c", None, "", (elsewhere, other))]), "Claims: alignment")
    assert summary["gold members covered"] == ["1", "2", "0.500"]
    assert summary["claim recall (Jaccard >= 0.5)"][0] == "0"
