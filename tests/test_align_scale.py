"""Alignment scales with the story, not its square: counted pair scorings, never wall time."""

from __future__ import annotations

from .align_trees import article
from .test_align_whole import RELEASED, SAW_RELEASED

from attribution.align import Aligner
from attribution.align.stories import Story
from attribution.align.units import UnitBuilder
from attribution.config import Settings

SETTINGS = Settings()


class _Counting:
    """The aligner's similarity, counting every pair it scores."""

    def __init__(self, similarity):
        self.inner = similarity
        self.pairs = 0

    def score(self, a, b, cosine=None, content=None):
        self.pairs += 1
        return self.inner.score(a, b, cosine, content)

    def graded(self, a, b, cosine=None, value=None):
        self.pairs += value is None  # given the pair's score, nothing is scored again
        return self.inner.graded(a, b, cosine, value)

    def __getattr__(self, name):
        return getattr(self.inner, name)


def _story_of_copies(n: int):
    """``n`` articles, each its own outlet, carrying in turn one of two wordings of one claim:
    every sentence has exact copies in many outlets (wire copy), the pairing step's worst case."""
    arts = [article(f"a{i}", RELEASED if i % 2 == 0 else SAW_RELEASED, outlet=f"outlet-{i}") for i in range(n)]
    aligner = Aligner(arts, SETTINGS)
    counting = _Counting(aligner.similarity)
    aligner.similarity = counting
    claims = aligner.align_story(Story("test-story", True, tuple(range(n))), UnitBuilder(aligner.vocabulary))
    return claims, counting.pairs


def test_pair_scorings_do_not_grow_with_the_square_of_the_copies():
    small_claims, small = _story_of_copies(6)
    large_claims, large = _story_of_copies(24)
    # four times the articles: at most four times the scorings (all pairs would be sixteen times)
    assert 0 < large <= 4 * small
    # and every copy still ends up in the claim its original is in
    assert len(large_claims) == len(small_claims) >= 1
    widest = large_claims[0].claim
    assert len({m.article_id for m in widest.members}) == 24


# --- near copies: every outlet changes a word, so nothing is folded ---------------------------

_NEAR = [(2, "centre", "NOUN", 3, "nsubj"), (5, "video", "NOUN", 3, "obj"), (7, "soldiers", "NOUN", 5, "nmod"),
         (10, "border", "NOUN", 3, "obl")]


def _near_copy(i: int) -> str:
    """One sentence ("The centre released a video of soldiers near the border on Monday.") with
    one of its four nouns replaced by a word made up for copy ``i``."""
    rows = {1: "The the DET 2 det", 2: "centre centre NOUN 3 nsubj", 3: "released release VERB 0 root",
            4: "a a DET 5 det", 5: "video video NOUN 3 obj", 6: "of of ADP 7 case",
            7: "soldiers soldier NOUN 5 nmod", 8: "near near ADP 10 case", 9: "the the DET 10 det",
            10: "border border NOUN 3 obl", 11: "on on ADP 12 case", 12: "Monday Monday PROPN 3 obl",
            13: ". . PUNCT 3 punct"}
    if i:
        position, _, upos, head, rel = _NEAR[i % len(_NEAR)]
        made_up = "zq" + chr(97 + i % 26) + chr(97 + (i // 26) % 26)
        rows[position] = f"{made_up} {made_up} {upos} {head} {rel}"
    return "\n".join(rows[n] for n in sorted(rows))


def _near_story(n: int, **candidates):
    """An aligner over ``n`` near copies (each its own outlet), its candidate settings changed."""
    from dataclasses import replace

    arts = [article(f"n{i}", _near_copy(i), outlet=f"outlet-{i}") for i in range(n)]
    aligner = Aligner(arts, SETTINGS)
    aligner.tuning = replace(aligner.tuning, candidates=replace(aligner.tuning.candidates, **candidates))
    return aligner, Story("test-story", True, tuple(range(n)))


def _units(aligner, story):
    builder = UnitBuilder(aligner.vocabulary)
    return [u for i in story.members for u in aligner.units(i, builder)]


def test_candidate_pairs_are_bounded_by_k_per_unit():
    aligner, story = _near_story(16, word_neighbours=2, rare_key_units=0)
    units = _units(aligner, story)
    pairs = aligner.candidate_pairs(units)
    assert pairs and len(pairs) <= 2 * len(units)
    assert all(a.article_index != b.article_index for a, b in pairs)
    # all pairs of near copies would be far more: every unit shares its words with every copy
    assert len(pairs) < len(units) * (len(units) - len(units) // 16) // 4


def test_near_copies_are_still_grouped_together():
    aligner, story = _near_story(16, word_neighbours=2, rare_key_units=0, claim_sample_articles=4)
    claims = aligner.align_story(story, UnitBuilder(aligner.vocabulary))
    assert claims
    assert len({m.article_id for m in claims[0].claim.members}) == 16


def test_bounded_candidates_give_the_claims_of_all_pairs_without_the_encoder():
    def members(**candidates):
        aligner, story = _near_story(8, **candidates)
        assert aligner.encoder is None
        claims = aligner.align_story(story, UnitBuilder(aligner.vocabulary))
        return [(c.claim.summary, [(m.article_id, m.start, m.end, m.presentation) for m in c.claim.members]) for c in claims]

    unbounded = members(word_neighbours=100000, claim_sample_articles=100000, rare_key_units=0)
    assert unbounded
    assert members(word_neighbours=3, claim_sample_articles=4) == unbounded


def test_grouping_compares_a_unit_with_a_bounded_part_of_a_claim():
    def scorings(n: int) -> int:
        aligner, story = _near_story(n, word_neighbours=2, rare_key_units=0, claim_sample_articles=4)
        counting = _Counting(aligner.similarity)
        aligner.similarity = counting
        claims = aligner.align_story(story, UnitBuilder(aligner.vocabulary))
        assert len({m.article_id for m in claims[0].claim.members}) == n
        return counting.pairs

    small, large = scorings(12), scorings(36)
    # three times the copies: about three times the scorings (comparing with every member: nine)
    assert large <= 4 * small
