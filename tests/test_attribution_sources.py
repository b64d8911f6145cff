"""Choosing and resolving the source of a statement, on small hand-written trees
(tests/hedging_trees.py format), one construction each."""

from __future__ import annotations

from attribution.attribute import attribute
from attribution.records import Statement
from tests.hedging_trees import article_for, doc


def _attributed(*sentences: str, lexicon) -> list[Statement]:
    parsed = doc(*sentences)
    return [s for s in attribute(article_for(parsed), parsed, lexicon) if not s.is_own_voice]


# Speaking to reporters, Ann Roy, MP, said the plan failed.  (as the parser gives it: the name an
# apposition inside the participle phrase, the postnominal title another, "said" with no subject)
FRONTED_PARTICIPLE = """
Speaking speak VERB 9 advcl VerbForm=Ger
to to ADP 3 case
reporters reporter NOUN 1 obl
, , PUNCT 3 punct
Ann Ann PROPN 3 appos
Roy Roy PROPN 5 flat
, , PUNCT 8 punct
MP MP PROPN 5 appos
said say VERB 0 root
the the DET 11 det
plan plan NOUN 12 nsubj
failed fail VERB 9 ccomp
. . PUNCT 9 punct
"""


def test_a_name_after_a_fronted_participle_phrase_is_the_speaker(lexicon) -> None:
    [s] = _attributed(FRONTED_PARTICIPLE, lexicon=lexicon)
    assert (s.speaker, s.mention.text, s.text) == ("Ann Roy", "Ann Roy", "the plan failed")


# Ann Roy lives in Irving.
IN_TOWN = """
Ann Ann PROPN 3 nsubj
Roy Roy PROPN 1 flat
lives live VERB 0 root
in in ADP 5 case
Irving Irving PROPN 3 obl
. . PUNCT 3 punct
"""

# The Irving Independent School District said the boy was safe.
DISTRICT_SAID = """
#newpar
The the DET 5 det
Irving Irving PROPN 5 compound
Independent Independent PROPN 5 compound
School School PROPN 5 compound
District District PROPN 6 nsubj
said say VERB 0 root
the the DET 8 det
boy boy NOUN 10 nsubj
was be AUX 10 cop
safe safe ADJ 6 ccomp
. . PUNCT 6 punct
"""

# The Irving Police Department said the boy was free.
POLICE_SAID = """
#newpar
The the DET 4 det
Irving Irving PROPN 4 compound
Police Police PROPN 4 compound
Department Department PROPN 5 nsubj
said say VERB 0 root
the the DET 7 det
boy boy NOUN 9 nsubj
was be AUX 9 cop
free free ADJ 5 ccomp
. . PUNCT 5 punct
"""


def test_an_organisation_named_after_a_place_is_not_that_place_nor_its_other_bodies(lexicon) -> None:
    district, police = _attributed(IN_TOWN, DISTRICT_SAID, POLICE_SAID, lexicon=lexicon)
    assert district.speaker == "Irving Independent School District"
    assert police.speaker == "Irving Police Department"


# Half said they prefer an outsider, and a third said they want experience.  (as the parser
# gives it: the second frame a conjunct of the first one's reported clause)
TWO_FRAMES_JOINED = """
Half half NOUN 2 nsubj
said say VERB 0 root
they they PRON 4 nsubj
prefer prefer VERB 2 ccomp
an an DET 6 det
outsider outsider NOUN 4 obj
, , PUNCT 11 punct
and and CCONJ 11 cc
a a DET 10 det
third third NOUN 11 nsubj
said say VERB 4 conj
they they PRON 13 nsubj
want want VERB 11 ccomp
experience experience NOUN 13 obj
. . PUNCT 2 punct
"""

# Half said that they prefer an outsider and that a third want experience.  (one frame: the
# second clause is reported too)
ONE_FRAME_TWO_CLAUSES = """
Half half NOUN 2 nsubj
said say VERB 0 root
that that SCONJ 5 mark
they they PRON 5 nsubj
prefer prefer VERB 2 ccomp
an an DET 7 det
outsider outsider NOUN 5 obj
and and CCONJ 12 cc
that that SCONJ 12 mark
a a DET 11 det
third third NOUN 12 nsubj
want want VERB 5 conj
experience experience NOUN 12 obj
. . PUNCT 2 punct
"""


def test_a_frame_joined_to_another_frames_clause_is_a_frame_of_its_own(lexicon) -> None:
    statements = _attributed(TWO_FRAMES_JOINED, lexicon=lexicon)
    assert [(s.mention.text, s.text) for s in statements] == [
        ("Half", "they prefer an outsider"), ("a third", "they want experience")]
    [one] = _attributed(ONE_FRAME_TWO_CLAUSES, lexicon=lexicon)
    assert (one.mention.text, one.text) == ("Half", "they prefer an outsider and that a third want experience")


# 4 in 10 said the economy was weak.  (a number with a phrase of its own counts people: no year)
FOUR_IN_TEN = """
4 4 NUM 4 nsubj
in in ADP 3 case
10 10 NUM 1 nmod
said say VERB 0 root
the the DET 6 det
economy economy NOUN 8 nsubj
was be AUX 8 cop
weak weak ADJ 4 ccomp
. . PUNCT 4 punct
"""


def test_a_count_of_people_is_a_speaker_not_a_time(lexicon) -> None:
    [s] = _attributed(FOUR_IN_TEN, lexicon=lexicon)
    assert s.mention is not None and s.mention.text.startswith("4") and s.text == "the economy was weak"


# Washington (AFP) – Ann Roy criticized the plan, saying it would fail.  (as the parser gives it:
# the place a second subject of the verb the participle goes on with)
AGENCY_DATELINE = """
Washington Washington PROPN 8 nsubj
( ( PUNCT 3 punct
AFP AFP PROPN 1 appos
) ) PUNCT 3 punct
– – PUNCT 3 punct
Ann Ann PROPN 8 nsubj
Roy Roy PROPN 6 flat
criticized criticize VERB 0 root
the the DET 10 det
plan plan NOUN 8 obj
, , PUNCT 12 punct
saying say VERB 8 advcl VerbForm=Ger
it it PRON 15 nsubj
would would AUX 15 aux
fail fail VERB 12 ccomp
. . PUNCT 8 punct
"""


def test_a_dateline_with_an_agency_is_no_speaker_of_a_participle_frame(lexicon) -> None:
    saying = [s for s in _attributed(AGENCY_DATELINE, lexicon=lexicon) if s.cue.text == "saying"]
    assert [(s.mention.text, s.text) for s in saying] == [("Ann Roy", "it would fail")]


# The speeches drew a reaction from Ann Roy, who said the plan had failed.  (as the parser gives
# it: the relative clause hung on "reaction", which cannot speak; the name before ", who" can)
RELATIVE_ON_WRONG_NOUN = """
The the DET 2 det
speeches speech NOUN 3 nsubj
drew draw VERB 0 root
a a DET 5 det
reaction reaction NOUN 3 obj
from from ADP 7 case
Ann Ann PROPN 5 nmod
Roy Roy PROPN 7 flat
, , PUNCT 11 punct
who who PRON 11 nsubj PronType=Rel
said say VERB 5 acl:relcl
the the DET 13 det
plan plan NOUN 15 nsubj
had have AUX 15 aux
failed fail VERB 11 ccomp
. . PUNCT 3 punct
"""


def test_who_stands_for_the_speaker_before_it_when_the_parsed_antecedent_cannot_speak(lexicon) -> None:
    [s] = _attributed(RELATIVE_ON_WRONG_NOUN, lexicon=lexicon)
    assert (s.speaker, s.mention.text, s.text) == ("Ann Roy", "Ann Roy", "the plan had failed")


def _frames(name: str, lexicon) -> list[tuple[str, str]]:
    from tests.test_attribution_rules import attributed, run
    _, statements = run(name, lexicon)
    return [(s.mention.text, s.text) for s in attributed(statements)]


def test_a_frame_in_a_side_clause_of_another_frames_verb_is_a_frame_of_its_own(lexicon) -> None:
    # "Ruiz argued that ..., while Ortega said that ...": "said" an adverbial clause of "argued"
    assert _frames("second_frame_side_clause", lexicon) == [
        ("Ruiz", "the plan would fail"), ("Ortega", "the costs were too high")]


def test_a_frame_after_a_semicolon_is_a_frame_of_its_own(lexicon) -> None:
    # "Most farmers said ...; a third said ...": a parataxis of the first "said"
    assert _frames("second_frame_semicolon", lexicon) == [
        ("Most farmers", "they were worried about the weather"), ("a third", "they believe prices will fall")]


def test_a_second_frame_with_a_pronoun_for_its_subject_is_a_frame_of_its_own(lexicon) -> None:
    # "One official says ..., while another says ...": "another" a determiner, the frame hung in the content
    assert _frames("second_frame_pronoun_subject", lexicon) == [
        ("One official", "the bridge is safe"), ("another", "it must close")]


def test_a_second_frame_the_parser_made_a_complement_is_a_frame_of_its_own(lexicon) -> None:
    # "Most farmers said the harvest was poor, and a third said ...": "said" a ccomp of "poor"
    assert _frames("second_frame_as_complement", lexicon) == [
        ("Most farmers", "the harvest was poor"), ("a third", "the prices were low")]


def test_a_thought_joined_to_the_reported_clause_goes_on_with_it(lexicon) -> None:
    # "Ann Roy says she hopes to win, but she knows ...": "knows" a conjunct of "says", a belief
    assert _frames("thought_joined_to_reported_clause", lexicon) == [
        ("Ann Roy", "she hopes to win, but she knows the race is close")]


def test_a_name_a_relative_clause_speaks_for_is_mentioned_up_to_the_pronoun(lexicon) -> None:
    # "Senator Ann Roy of Texas, who threatened to ...": the mention is the whole phrase "who" stands for
    from tests.test_attribution_rules import attributed, run
    _, statements = run("name_before_relative_modifier", lexicon)
    [s] = attributed(statements)
    assert (s.speaker, s.mention.text, s.text) == ("Ann Roy", "Senator Ann Roy of Texas", "to close the bridge")


def test_an_opening_adverb_read_as_a_name_is_not_the_speaker(lexicon) -> None:
    # "Nevertheless, a survey conducted by the bank found ...": "Nevertheless" a PROPN subject of "found"
    from tests.test_attribution_rules import attributed, run
    _, statements = run("opening_adverb_as_name", lexicon)
    [s] = attributed(statements)
    assert (s.mention.text, s.text) == ("a survey", "the prices had risen")


def test_a_closing_frame_after_a_quoted_term_reports_the_whole_clause(lexicon) -> None:
    # 'Ruiz discussed how he had placed a note in a "burn bag," the Times reported.': the comma
    # inside the closing mark still sets the frame off
    from tests.test_attribution_rules import attributed, run
    _, statements = run("closing_frame_after_quoted_term", lexicon)
    [s] = attributed(statements)
    assert (s.mention.text, s.cue.text, s.kind) == ("Times", "reported", "mixed")
    assert s.text.startswith("In one email, Ruiz discussed how")


def test_a_second_frame_hung_beside_the_first_as_parataxis_is_a_frame_of_its_own(lexicon) -> None:
    # "Ruiz told reporters that ... — the mayor also argued that ...": "argued" a parataxis of "told"
    assert _frames("second_frame_parataxis", lexicon) == [
        ("Ruiz", "the plan would fail"), ("the mayor", "the costs were too high")]


def test_a_frame_in_a_relative_clause_set_off_by_a_comma_is_cut_out_of_the_outer_content(lexicon) -> None:
    # "Ruiz urged the judge to give him a fair sentence, which he said was not a prison term"
    assert _frames("relative_frame_set_off", lexicon) == [
        ("Ruiz", "the judge to give him a fair sentence"), ("he", "was not a prison term")]


def test_a_who_frame_set_off_by_a_comma_inside_another_content_is_cut_out_of_it(lexicon) -> None:
    # "Ruiz said she plans to vote for Ortega, who says the plan has failed": the relative
    # pronoun the frame's subject (full PolNeAR train strict +6 TP, +1 FP)
    assert _frames("relative_who_frame_set_off", lexicon) == [
        ("Ruiz", "she plans to vote for Ortega"), ("Ortega", "the plan has failed")]


def test_a_subjectless_speech_conjunct_the_first_content_stretched_over_is_a_second_statement(lexicon) -> None:
    # "Ms. Ruiz rejected the idea that ... and said that ...": "said" a conjunct of "rejected"
    assert _frames("second_statement_subjectless_conjunct", lexicon) == [
        ("Ms. Ruiz", "the plan had failed"), ("Ms. Ruiz", "the mayor was not being replaced")]


# The mayor won, a result that led her to declare that the race was over.
OBJECT_CONTROLLED_INFINITIVE = """
The the DET 2 det
mayor mayor NOUN 3 nsubj
won win VERB 0 root
, , PUNCT 6 punct
a a DET 6 det
result result NOUN 3 appos
that that PRON 8 nsubj PronType=Rel
led lead VERB 6 acl:relcl
her she PRON 8 obj Case=Acc|Gender=Fem|Number=Sing|Person=3|PronType=Prs
to to PART 11 mark
declare declare VERB 8 xcomp VerbForm=Inf
that that SCONJ 16 mark
the the DET 14 det
race race NOUN 16 nsubj
was be AUX 16 cop
over over ADJ 11 ccomp
. . PUNCT 3 punct
"""


def test_the_object_of_the_verb_an_infinitive_completes_says_it(lexicon) -> None:
    # "a result that led her to declare ...": she declares, not the result the relative clause's
    # subject stands for (object control, as "required delegates to challenge ...")
    [s] = _attributed(OBJECT_CONTROLLED_INFINITIVE, lexicon=lexicon)
    assert (s.mention.text, s.cue.text, s.text) == ("her", "declare", "the race was over")


# Mr. Lopez, officials said, has become skeptical about the plan.  (as the parser gives it: both
# noun phrases subjects of "said", the predicate after it its complement with no subject)
INTERRUPTING_FRAME_SUBJECTS = """
Mr. Mr. PROPN 2 nmod:desc
Lopez Lopez PROPN 5 nsubj
, , PUNCT 2 punct
officials official NOUN 5 nsubj
said say VERB 0 root
, , PUNCT 8 punct
has have AUX 8 aux
become become VERB 5 ccomp
skeptical skeptical ADJ 8 xcomp
about about ADP 12 case
the the DET 12 det
plan plan NOUN 9 obl
. . PUNCT 5 punct
"""


def test_a_frame_between_a_name_and_its_predicate_is_said_by_the_subject_next_to_the_cue(lexicon) -> None:
    # "Mr. Lopez, officials said, has become ...": the frame interrupts the reported clause; the
    # officials speak, the name before them is the clause's subject (content), not an apposition
    found = [(s.mention.text, s.text) for s in _attributed(INTERRUPTING_FRAME_SUBJECTS, lexicon=lexicon)]
    assert ("officials", "has become skeptical about the plan") in found
    assert all(mention == "officials" for mention, _ in found)


# Reached by phone, Berg — a lawyer — told The Post he would not appeal.  (as the parser gives it:
# "told" with no subject, the person told hung on the reported clause as its object)
ADDRESSEE_ON_REPORTED_CLAUSE = """
Reached reach VERB 10 advcl
by by ADP 3 case
phone phone NOUN 1 obl
, , PUNCT 5 punct
Berg Berg PROPN 3 appos
— — PUNCT 8 punct
a a DET 8 det
lawyer lawyer NOUN 5 appos
— — PUNCT 8 punct
told tell VERB 0 root
The the DET 12 det
Post Post PROPN 16 obj
he he PRON 16 nsubj
would would AUX 16 aux
not not PART 16 advmod
appeal appeal VERB 10 ccomp
. . PUNCT 10 punct
"""


def test_the_person_told_hung_on_the_reported_clause_is_neither_speaker_nor_content(lexicon) -> None:
    # "told The Post he would not appeal": an object before the clause's own subject is the
    # verb's addressee, wherever the parser hung it; the speaker is the name before the frame
    [s] = _attributed(ADDRESSEE_ON_REPORTED_CLAUSE, lexicon=lexicon)
    assert (s.mention.text, s.text) == ("Berg", "he would not appeal")
