"""Claim members are whole clauses, not fragments (units.fragment_kind, Aligner.whole_members),
on fixed parses."""

from __future__ import annotations

import pytest
from .align_trees import article

from attribution.align import Aligner, align
from attribution.align.tuning import load_tuning
from attribution.align.units import UnitBuilder
from attribution.align.vocabulary import Vocabulary
from attribution.config import Settings
from attribution.lexicon import Lexicon

SETTINGS = Settings()

RELEASED = """
The the DET 2 det
centre centre NOUN 3 nsubj
released release VERB 0 root
a a DET 5 det
video video NOUN 3 obj
of of ADP 7 case
soldiers soldier NOUN 5 nmod
on on ADP 9 case
Monday Monday PROPN 3 obl
. . PUNCT 3 punct
"""

SAW_RELEASED = """
Officials official NOUN 2 nsubj
saw see VERB 0 root
a a DET 4 det
video video NOUN 2 obj
of of ADP 6 case
soldiers soldier NOUN 4 nmod
released release VERB/VBN 4 acl
by by ADP 10 case
the the DET 10 det
centre centre NOUN 7 obl:agent
on on ADP 12 case
Monday Monday PROPN 7 obl
. . PUNCT 2 punct
"""

LISTED = """
Prigov Prigov PROPN 4 nsubj
was be AUX 4 cop
on on ADP 4 case
list list NOUN 0 root
of of ADP 7 case
the the DET 7 det
flight flight NOUN 4 nmod
to to ADP 9 case
Omsk Omsk PROPN 7 nmod
. . PUNCT 4 punct
"""


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(load_tuning(), Lexicon.load())


def units_of(vocabulary, sentence):
    a = article("a", sentence)
    return UnitBuilder(vocabulary).units(0, a.article.body, a.doc, a.statements)


def test_fragments_are_known_for_what_they_lack(vocabulary):
    kinds = {u.text: u.fragment for u in units_of(vocabulary, SAW_RELEASED)}
    assert kinds["released by the centre on Monday"] == "describing"   # a participle without its noun
    assert kinds["a video of soldiers released by the centre on Monday"] is None
    assert kinds["saw a video of soldiers released by the centre on Monday"] == "subject"
    assert kinds["Officials saw a video of soldiers released by the centre on Monday"] is None
    kinds = {u.text: u.fragment for u in units_of(vocabulary, LISTED)}
    assert kinds["Prigov was on list of the flight to Omsk"] is None
    assert all(k in (None, "subject") for k in kinds.values())
    # a bare noun phrase of two words is no unit at all
    assert not any(u.text in ("the flight", "list") for u in units_of(vocabulary, LISTED))


def test_whole_members_gives_a_predicate_its_subject():
    a = article("a", RELEASED, outlet="A")
    b = article("b", SAW_RELEASED, outlet="B")
    aligner = Aligner([a, b], SETTINGS)
    builder = UnitBuilder(aligner.vocabulary)
    units = aligner.units(0, builder) + aligner.units(1, builder)
    whole_a = next(u for u in units if u.text == "The centre released a video of soldiers on Monday")
    cut_b = next(u for u in units if u.text == "saw a video of soldiers released by the centre on Monday")
    result = aligner.whole_members([whole_a, cut_b], units)
    assert [u.text for u in result] == [whole_a.text, "Officials saw a video of soldiers released by the centre on Monday"]
    # a member that is whole already stays as it is
    assert aligner.whole_members([whole_a], units) == [whole_a]


LISTED_LONG_SUBJECT = """
Prigov Prigov PROPN 13 nsubj
, , PUNCT 5 punct
the the DET 5 det
former former ADJ 5 amod
chef chef NOUN 1 appos
of of ADP 9 case
the the DET 9 det
deposed deposed ADJ 9 amod
leader leader NOUN 5 nmod
, , PUNCT 5 punct
was be AUX 13 cop
on on ADP 13 case
list list NOUN 0 root
of of ADP 16 case
the the DET 16 det
flight flight NOUN 13 nmod
to to ADP 18 case
Omsk Omsk PROPN 16 nmod
. . PUNCT 13 punct
"""


def test_no_member_of_a_claim_lacks_its_subject():
    # "was on list of the flight to Omsk" is the closest match, but the member names who was
    claims = align([article("a", LISTED, outlet="A"), article("b", LISTED_LONG_SUBJECT, outlet="B")], SETTINGS)
    assert claims
    for c in claims:
        for m in c.members:
            assert m.text.startswith("Prigov"), m.text


WITH_PERSONNEL = """
Now now ADV 5 advmod
not not PART 4 advmod
only only ADV 5 advmod
with with ADP 5 case
weapons weapon NOUN 0 root
and and CCONJ 7 cc
shells shell NOUN 5 conj
but but CCONJ 11 cc
also also ADV 11 advmod
with with ADP 11 case
personnel personnel NOUN 5 conj
. . PUNCT 5 punct
"""

AMONG_THOSE = """
Prigov Prigov PROPN 4 nsubj
was be AUX 4 cop
among among ADP 4 case
those those PRON 0 root
on on ADP 6 case
board board NOUN 4 nmod
. . PUNCT 4 punct
"""


def test_a_prepositional_phrase_without_a_predicate_is_no_unit(vocabulary):
    # "with weapons ... with personnel" says with what, not what happened: no claim of its own
    assert units_of(vocabulary, WITH_PERSONNEL) == []
    assert not align([article("a", WITH_PERSONNEL, outlet="A"), article("b", WITH_PERSONNEL, outlet="B")], SETTINGS)
    # a preposition below a copula is a predicate ("was among those on board") and stays
    texts = [u.text for u in units_of(vocabulary, AMONG_THOSE)]
    assert "Prigov was among those on board" in texts


def test_claims_holding_the_same_stretch_are_joined_when_their_members_agree(vocabulary):
    from attribution.align.grouping import join_shared

    builder = UnitBuilder(vocabulary)
    arts = [article("a", LISTED, outlet="A"), article("b", LISTED_LONG_SUBJECT, outlet="B"),
            article("c", AMONG_THOSE, outlet="C")]
    whole = [max(builder.units(i, a.article.body, a.doc, a.statements), key=lambda u: u.end - u.start)
             for i, a in enumerate(arts)]
    ua, ub, uc = whole
    # one sentence of article a made whole in two claims, each with another partner
    claims = [[ua, ub], [ua, uc]]
    joined = join_shared(claims, lambda x, y: 0.8, 0.5)
    assert [[u.uid for u in c] for c in joined] == [[ua.uid, ub.uid, uc.uid]]
    # partners that do not agree with each other are no claim together: the stretch stays in one
    # claim only, and the partner left alone joins no claim it is unlike
    def score(x, y):
        return 0.0 if {x.uid, y.uid} == {ub.uid, uc.uid} else 0.6
    assert [[u.uid for u in c] for c in join_shared(claims, score, 0.5)] == [[ua.uid, ub.uid]]
    # claims with no stretch in common are never joined, however alike
    assert len(join_shared([[ua, ub], [uc]], lambda x, y: 1.0, 0.5)) == 2


def test_claims_cut_from_the_same_text_in_two_articles_fold_into_one(vocabulary):
    from attribution.align.grouping import fold_duplicates

    builder = UnitBuilder(vocabulary)
    arts = [article("a", SAW_RELEASED, outlet="A"), article("b", SAW_RELEASED, outlet="B"),
            article("c", LISTED, outlet="C")]
    per = [builder.units(i, a.article.body, a.doc, a.statements) for i, a in enumerate(arts)]
    wide = [max(us, key=lambda u: u.end - u.start) for us in per[:2]]
    narrow = [next(u for u in us if u.text == "released by the centre on Monday") for us in per[:2]]
    listed = max(per[2], key=lambda u: u.end - u.start)
    # a wider and a narrower cut of one claim in both articles: one claim, one member per article
    folded = fold_duplicates([list(wide), list(narrow)], lambda x, y: 0.9)
    assert len(folded) == 1 and sorted(u.article_index for u in folded[0]) == [0, 1]
    # overlapping in one article only: two claims
    kept = fold_duplicates([[wide[0], listed], [narrow[0], wide[1]]], lambda x, y: 0.9)
    assert len(kept) == 2
