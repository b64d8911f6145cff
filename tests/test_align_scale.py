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

    def score(self, a, b, cosine=None):
        self.pairs += 1
        return self.inner.score(a, b, cosine)

    def graded(self, a, b, cosine=None):
        self.pairs += 1
        return self.inner.graded(a, b, cosine)

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
