"""The stance a report shows for a reporting cue comes from the lexicon, multiword cues included."""

from __future__ import annotations

from attribution.lexicon import Lexicon
from attribution.records import Factor
from attribution.report.stats import Stances
from attribution.report.views import _contribution


def test_multiword_and_alternative_cues_have_their_stance() -> None:
    stances = Stances(Lexicon.load())
    assert stances.of("accord to", "According to") == "neutral"
    assert stances.of("according to") == "neutral"
    assert stances.of("quote as say", "quoted as saying") == "neutral"
    assert stances.of("claim", "claimed") == "distancing"
    assert stances.of("deny") == "disputing"
    assert stances.of("mumble") == "unlisted"


def test_starting_values_read_as_values_and_changes_as_changes() -> None:
    assert _contribution(Factor("outlet: start", "attributed", 0.8)) == "= 0.80"
    assert _contribution(Factor("source: same as outlet", "own voice", 0.72)) == "= 0.72"
    assert _contribution(Factor("relayed", "through Yonhap", -0.08)).startswith(("-", "−"))
    assert _contribution(Factor("outlet: booster", "already 1.00", 0.0)) == "no change"
    assert _contribution(Factor("outlet: reporting verb", "said", 0.001)) == "no change"
