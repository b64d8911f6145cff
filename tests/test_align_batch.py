"""The content part worked out over arrays (batch.py) is the one worked out pair by pair."""

from __future__ import annotations

from .align_trees import CENTER_CLAIMS, CENTRE_SAYS, STANDFIRST, article
from .test_align_similarity import LOCATION_LONG, LOCATION_SHORT, UKRAINE_RELEASES, UKRAINE_VIDEO
from .test_align_whole import RELEASED, SAW_RELEASED

from attribution.align import Aligner
from attribution.align.batch import contents
from attribution.align.stories import Story
from attribution.align.units import UnitBuilder
from attribution.config import Settings

SETTINGS = Settings()


def _aligner():
    arts = [article("a", CENTER_CLAIMS, UKRAINE_VIDEO, LOCATION_SHORT, RELEASED),
            article("b", CENTRE_SAYS, UKRAINE_RELEASES, LOCATION_LONG, SAW_RELEASED),
            article("c", STANDFIRST, RELEASED)]
    aligner = Aligner(arts, SETTINGS)
    builder = UnitBuilder(aligner.vocabulary)
    units = [u for i in range(len(arts)) for u in aligner.units(i, builder)]
    return aligner, units


def test_array_content_is_the_pairwise_content_to_the_last_bit():
    aligner, units = _aligner()
    profiles = [aligner._profile(u) for u in units]
    # every ordered pair, same article too: subjects left out, empty matches, synonyms, related forms
    pairs = [(a, b) for a in profiles for b in profiles]
    assert len(pairs) > 100
    assert contents(aligner.similarity, pairs) == [aligner.similarity.content(a, b) for a, b in pairs]


def test_scoring_at_once_gives_the_claims_of_scoring_one_by_one():
    def claims(batch: bool):
        aligner, _ = _aligner()
        if not batch:
            aligner.score_all = lambda pairs: None  # every pair scored when first asked for
        story = Story("test-story", True, (0, 1, 2))
        found = aligner.align_story(story, UnitBuilder(aligner.vocabulary))
        return [(c.claim.summary, [(m.article_id, m.start, m.end, m.presentation) for m in c.claim.members])
                for c in found]

    assert claims(True) == claims(False)
    assert claims(True)
