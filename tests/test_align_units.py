"""Claim units cut from fixed parses: clauses, cores without asides, noun phrases, offsets."""

from __future__ import annotations

import pytest
from .align_trees import CENTER_CLAIMS, STANDFIRST, article, parsed, purporting, training

from attribution.align.tuning import load_tuning
from attribution.align.units import UnitBuilder
from attribution.align.vocabulary import Vocabulary, prefix_related
from attribution.lexicon import Lexicon


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return Vocabulary(load_tuning(), Lexicon.load())


def units_of(vocabulary: Vocabulary, *sentences: str):
    a = article("a", *sentences)
    return a, UnitBuilder(vocabulary).units(0, a.article.body, a.doc, a.statements)


def texts(units) -> set[str]:
    return {u.text for u in units}


def test_reported_clause_is_a_unit_of_its_own(vocabulary):
    _, units = units_of(vocabulary, CENTER_CLAIMS)
    assert "the footage was shot by a Russian soldier in recent days" in texts(units)
    assert "The center claims the footage was shot by a Russian soldier in recent days" in texts(units)


def test_asides_set_off_by_commas_are_cut_from_the_core(vocabulary):
    _, units = units_of(vocabulary, STANDFIRST)
    found = texts(units)
    assert "Ukraine releases a video" in found
    assert "allegedly taken by a Russian soldier" in found
    # a clause that runs on without a comma completes its head: it stays
    assert "showing soldiers collecting uniforms" in found
    assert "showing soldiers" not in found


def test_noun_phrase_carrying_a_clause_is_a_unit(vocabulary):
    for upos in ("VERB", "NOUN"):
        _, units = units_of(vocabulary, purporting(upos))
        assert "A video purporting to show dozens of recruits" in texts(units), upos


def test_every_unit_is_an_exact_stretch_of_its_statement(vocabulary):
    a, units = units_of(vocabulary, CENTER_CLAIMS, STANDFIRST, purporting("NOUN"))
    assert units
    for u in units:
        assert a.article.body[u.start:u.end] == u.text
        assert u.statement.start <= u.start < u.end <= u.statement.end
        assert u.text == u.text.strip() and not u.text.endswith((".", ","))


def test_unit_stays_inside_one_sentence_where_the_parse_ran_two_together(vocabulary):
    # one parse "sentence" holding two sentences, the second hanging from the first one's verb
    merged = """
The the DET 2 det
location location NOUN 4 nsubj
is be AUX 4 cop
unknown unknown ADJ 0 root
. . PUNCT 4 punct
Officials official NOUN 7 nsubj
gave give VERB 4 parataxis
no no DET 9 det
details detail NOUN 7 obj
. . PUNCT 4 punct
"""
    a, units = units_of(vocabulary, merged)
    assert a.article.body == "The location is unknown. Officials gave no details."
    for u in units:
        assert ". " not in u.text, u.text
    assert "The location is unknown" in texts(units)


def test_numbers_and_names(vocabulary):
    _, units = units_of(vocabulary, training("11,000", "infantrymen", "infantryman"))
    whole = max(units, key=lambda u: u.end - u.start)
    assert whole.numbers == frozenset({11000.0})
    assert {t.key for t in whole.names} >= {"north", "korean", "russia"}
    doc = parsed("""
Some some DET 3 det
2.5 2.5 NUM 3 nummod
million million NUM 2 flat
people people NOUN 4 nsubj
left leave VERB 0 root
. . PUNCT 4 punct
""")
    sentence = doc.sentences[0]
    assert vocabulary.number(sentence, sentence.word(2)) == 2_500_000
    assert vocabulary.number(sentence, sentence.words[0]) is None


def test_spelling_and_related_forms(vocabulary):
    assert vocabulary.spell("centre") == "center"
    assert vocabulary.spell("neighbouring") == "neighboring"
    assert vocabulary.spell("programme") == "program"
    assert vocabulary.spell("soldier") == "soldier"
    assert prefix_related("korea", "korean", 5)
    assert prefix_related("ukraine", "ukrainian", 5)
    assert prefix_related("introduce", "introduction", 5)
    assert not prefix_related("military", "militia", 5)
    assert not prefix_related("war", "warm", 5)


def test_a_frame_without_what_it_reports_is_no_unit(vocabulary):
    quote = """
“+ " PUNCT 3 punct
We we PRON 3 nsubj
received receive VERB 0 root
this this DET 5 det
video video NOUN 3 obj
from from ADP 8 case
our our PRON 8 nmod:poss
sources sources NOUN 3 obl
,+ , PUNCT 11 punct
” " PUNCT 11 punct
said say VERB 3 parataxis
Ihor Ihor PROPN 11 nsubj
Solovey Solovey PROPN 12 flat
, , PUNCT 16 punct
the the DET 16 det
head head NOUN 12 appos
of of ADP 19 case
the the DET 19 det
center center NOUN 16 nmod
. . PUNCT 3 punct
"""
    a, units = units_of(vocabulary, quote)
    assert a.article.body.startswith("“We received this video from our sources,” said Ihor Solovey")
    found = texts(units)
    assert "We received this video from our sources" in found
    assert not any(t.startswith("said") for t in found)


ON_BOARD = """
All all DET 3 det
ten ten NUM 3 nummod
people people NOUN 5 nsubj:pass
were be AUX 5 aux:pass
killed kill VERB 0 root
on on ADP 7 case
board board NOUN 5 obl
. . PUNCT 5 punct
"""


def test_a_preposition_and_its_noun_also_read_as_one_word(vocabulary):
    # "on board" is also written "onboard": the noun's term carries the closed form
    from .align_trees import article

    a = article("a", ON_BOARD)
    words = a.doc.sentences[0].words
    board = next(w for w in words if w.text == "board")
    forms = vocabulary.terms(a.doc.sentences[0], board)[0].forms
    assert {"board", "onboard"} <= forms
    people = next(w for w in words if w.text == "people")
    assert vocabulary.terms(a.doc.sentences[0], people)[0].forms == {"people"}


SANK_AFTER_LEAVING = """
The the DET 2 det
ferry ferry NOUN 3 nsubj
left leave VERB 0 root
Dover Dover PROPN 3 obj
at at ADP 6 case
noon noon NOUN 3 obl
and and CCONJ 8 cc
sank sink VERB 3 conj
near near ADP 11 case
the the DET 11 det
coast coast NOUN 8 obl
. . PUNCT 3 punct
"""

SANK_WITH_A_REMARK = """
The the DET 2 det
ferry ferry NOUN 3 nsubj
sank sink VERB 0 root
near near ADP 6 case
the the DET 6 det
coast coast NOUN 3 obl
( ( PUNCT 10 punct
a a DET 10 det
bold bold ADJ 10 amod
guess guess NOUN 6 appos
) ) PUNCT 10 punct
. . PUNCT 3 punct
"""


def test_a_clause_is_also_cut_without_the_clauses_conjoined_to_it(vocabulary):
    found = texts(units_of(vocabulary, SANK_AFTER_LEAVING)[1])
    assert "The ferry left Dover at noon" in found  # the first claim alone
    assert "sank near the coast" in found  # the second, as before


def test_a_remark_in_brackets_is_cut_from_the_core(vocabulary):
    found = texts(units_of(vocabulary, SANK_WITH_A_REMARK)[1])
    assert "The ferry sank near the coast" in found
    assert any("bold guess" in t and t.startswith("The ferry") for t in found)  # the whole clause stays a unit


CRITICIZED_PLAN = """
The the DET 2 det
senator senator NOUN 3 nsubj
criticized criticize VERB/VBD 0 root
the the DET 8 det
new new ADJ 8 amod
state state NOUN 8 compound
budget budget NOUN 8 compound
plan plan NOUN 3 obj
. . PUNCT 3 punct
"""


def test_a_topic_noun_phrase_is_no_claim_unit(vocabulary):
    # "criticized the new state budget plan": attribution gives the noun phrase as a statement
    # of cue class topic (what was criticized); it names no proposition, so no claim member
    from attribution.attribute import attribute

    lexicon = Lexicon.load()
    a = article("a", CRITICIZED_PLAN, statements=lambda art, doc: attribute(art, doc, lexicon))
    assert [(s.text, s.cue_class) for s in a.statements if not s.is_own_voice] == [("the new state budget plan", "topic")]
    units = UnitBuilder(vocabulary).units(0, a.article.body, a.doc, a.statements)
    assert "the new state budget plan" not in texts(units)


DENIED_INVOLVEMENT = """
Kyiv Kyiv PROPN 2 nsubj
denied deny VERB 0 root
any any DET 4 det
involvement involvement NOUN 2 obj
, , PUNCT 7 punct
officials official NOUN 7 nsubj
said say VERB 2 parataxis
. . PUNCT 2 punct
"""


def test_a_bare_object_content_takes_its_reporting_verb_and_speaker_into_a_unit(vocabulary):
    # attribution gives "Kyiv denied [any involvement]" the object alone as content: the claim
    # is the whole clause, which starts at the frame, before the statement
    from attribution.records import ReportingCue, Statement

    def make(art, doc):
        start, cue = art.body.index("any involvement"), art.body.index("denied")
        return [Statement(article_id=art.article_id, statement_id="a:1", sentence_index=0, start=start,
                          end=start + len("any involvement"), text="any involvement", speaker="Kyiv",
                          speaker_type="organization", cue=ReportingCue("denied", "deny", cue, cue + 6), kind="indirect")]

    a = article("a", DENIED_INVOLVEMENT, statements=make)
    units = UnitBuilder(vocabulary).units(0, a.article.body, a.doc, a.statements)
    framed = [u for u in units if u.text == "Kyiv denied any involvement"]
    assert len(framed) == 1 and framed[0].fragment is None and framed[0].statement.statement_id == "a:1"
    assert a.article.body[framed[0].start:framed[0].end] == framed[0].text
    assert not [u for u in units if "officials" in u.text]  # what follows the object stays out


BEHIND_THE_DEATH = """
Officials official NOUN 2 nsubj
said say VERB 0 root
the the DET 4 det
army army NOUN 9 nsubj
was be AUX 9 cop
behind behind ADP 9 case
the the DET 9 det
sudden sudden ADJ 9 amod
death death NOUN 2 ccomp
of of ADP 13 case
the the DET 13 det
young young ADJ 13 amod
pilot pilot NOUN 9 nmod
. . PUNCT 2 punct
"""


def test_a_predicate_noun_without_its_copula_is_a_whole_noun_phrase_unit(vocabulary):
    # "the army was behind [the sudden death of the young pilot]": the event named by the
    # predicate noun is a claim of its own (another outlet: "the pilot died"), whole without the subject
    _, units = units_of(vocabulary, BEHIND_THE_DEATH)
    found = {u.text: u for u in units}
    np = "the sudden death of the young pilot"
    assert np in found and found[np].fragment is None
    assert found["was behind " + np].fragment == "subject"  # the predicate still needs it
