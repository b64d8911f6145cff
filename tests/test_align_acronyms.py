"""Acronyms learnt from the articles of a run (acronyms.py), on fixed parses."""

from __future__ import annotations

from .align_trees import article, parsed

from attribution.align import Aligner
from attribution.align.acronyms import initials, learn_acronyms
from attribution.align.units import UnitBuilder
from attribution.config import Settings

SETTINGS = Settings()

EXPANDED = """
The the DET 4 det
Federal Federal PROPN 4 amod
Aviation Aviation PROPN 4 compound
Agency Agency PROPN 5 nsubj
grounded ground VERB 0 root
the the DET 8 det
cargo cargo NOUN 8 compound
fleet fleet NOUN 5 obj
on on ADP 10 case
Tuesday Tuesday PROPN 5 obl
. . PUNCT 5 punct
"""

SHORT = """
The the DET 2 det
FAA FAA PROPN 3 nsubj
grounded ground VERB 0 root
the the DET 6 det
cargo cargo NOUN 6 compound
fleet fleet NOUN 3 obj
on on ADP 8 case
Tuesday Tuesday PROPN 3 obl
. . PUNCT 3 punct
"""

OTHER = SHORT.replace("FAA FAA", "EPA EPA")


def test_initials_of_a_name_with_and_without_its_small_words():
    assert initials(["Center", "for", "Strategic", "Studies"]) == {"css", "cfss"}
    assert initials(["Federal", "Aviation", "Agency"]) == {"faa"}


def test_an_acronym_is_learnt_only_where_the_run_spells_it_out():
    sentences = parsed(EXPANDED).sentences + parsed(SHORT).sentences + parsed(OTHER).sentences
    learnt = learn_acronyms(sentences)
    assert learnt["faa"] == ("federal", "aviation", "agency")
    assert "epa" not in learnt  # written in capitals, never expanded


def score_of(first: str, second: str) -> float:
    a, b = article("a", first), article("b", second)
    aligner = Aligner([a, b], SETTINGS)
    builder = UnitBuilder(aligner.vocabulary)
    whole = [max(aligner.units(i, builder), key=lambda u: u.end - u.start) for i in (0, 1)]
    return aligner.score(*whole)


def test_an_acronym_matches_its_expansion():
    assert score_of(EXPANDED, SHORT) > score_of(EXPANDED, OTHER)
    assert score_of(EXPANDED, SHORT) >= SETTINGS.claims.threshold
