"""Attribution rules on fixed, hand-checked dependency trees (tests/data/trees)."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.attribute import attribute
from attribution.document import ParsedDoc
from attribution.records import Article, Statement

TREES = Path(__file__).parent / "data" / "trees"


def run(name: str, lexicon) -> tuple[str, list[Statement]]:
    doc = ParsedDoc.from_conllu((TREES / f"{name}.conllu").read_text(encoding="utf-8"))
    article = Article(article_id=name, body=doc.text, path=f"{name}.conllu")
    statements = attribute(article, doc, lexicon)
    for s in statements:
        assert doc.text[s.start : s.end] == s.text
    return doc.text, statements


def attributed(statements: list[Statement]) -> list[Statement]:
    return [s for s in statements if not s.is_own_voice]


def test_direct_quote_with_the_cue_after_and_an_apposition(lexicon) -> None:
    _, statements = run("direct_inverted", lexicon)
    [s] = attributed(statements)
    assert s.text == "We received this video from our own sources"
    assert (s.speaker, s.speaker_type, s.kind) == ("Ihor Solovey", "person", "direct")
    assert s.role == "head of the center"
    assert s.mention.text == "Ihor Solovey" and s.cue.text == "said" and s.cue.lemma == "say"
    assert s.sources == ("Ihor Solovey",)


def test_direct_quote_with_the_cue_before_and_a_surname(lexicon) -> None:
    _, statements = run("direct_cue_before", lexicon)
    [s] = attributed(statements)
    assert s.text == "The emergence of any number of new soldiers is a problem"
    assert s.speaker == "Ihor Solovey"  # "Solovey" is the person named in full before
    assert s.mention.text == "Solovey" and s.cue.text == "told"


def test_interrupted_quote_gives_both_pieces_to_the_pronoun_speaker(lexicon) -> None:
    _, statements = run("direct_interrupted", lexicon)
    pieces = attributed(statements)
    assert [p.text for p in pieces] == ["The video clearly shows soldiers being given uniforms", "and it is important for Ukraine"]
    assert {p.speaker for p in pieces} == {"Kyrylo Budanov"}
    assert {p.mention.text for p in pieces} == {"he"}


def test_quote_running_over_paragraphs_keeps_its_speaker(lexicon) -> None:
    _, statements = run("multi_paragraph_quote", lexicon)
    pieces = attributed(statements)
    assert [p.text for p in pieces] == [
        "This is a significant escalation of this war",
        "Perhaps the previous escalation was when Iran gave weapons to Russia",
        "That was already an involvement of Russia's ally in this conflict",
    ]
    assert {(p.speaker, p.kind, p.mention.text, p.cue.text) for p in pieces} == {("Olga Boichak", "direct", "she", "said")}


def test_mixed_quote_and_title_before_the_name(lexicon) -> None:
    _, statements = run("mixed", lexicon)
    [s] = attributed(statements)
    assert s.text == 'relations were entering a new era of "blossoming"'
    assert (s.kind, s.speaker, s.mention.text) == ("mixed", "Kim Jong Un", "Mr Kim")
    assert s.role == "North Korean leader"


def test_reported_speech_with_a_relaying_medium_and_a_role(lexicon) -> None:
    _, statements = run("indirect_claimed", lexicon)
    [s] = attributed(statements)
    assert s.text == "about 11,000 North Korean soldiers were training in eastern Russia"
    assert (s.speaker, s.kind, s.cue.text) == ("Kyrylo Budanov", "indirect", "claimed")
    assert s.role == "head of Ukraine's military intelligence"
    assert s.sources == ("local media", "Kyrylo Budanov")


def test_frame_at_the_end_and_quoted_as_saying(lexicon) -> None:
    _, statements = run("inverted_indirect", lexicon)
    [s] = attributed(statements)
    assert s.text == "At least 2,600 would be sent to the Kursk region"
    assert (s.speaker, s.mention.text, s.cue.text, s.kind) == ("Kyrylo Budanov", "he", "quoted as saying", "indirect")


def test_told_someone_that(lexicon) -> None:
    _, statements = run("told_that", lexicon)
    [s] = attributed(statements)
    assert s.text == "the plan had failed"
    assert (s.speaker, s.speaker_type, s.cue.text) == ("minister", "anonymous", "told")


def test_a_description_resolves_to_the_organisation_named_before(lexicon) -> None:
    _, statements = run("organization", lexicon)
    [s] = attributed(statements)
    assert s.text == "a Russian soldier shot the footage"
    assert (s.speaker, s.speaker_type) == ("Center for Strategic Communications", "organization")
    assert s.mention.text == "The centre"  # British spelling, American name


@pytest.mark.parametrize(
    "name, content",
    [
        ("according_front", "the bridge will reopen next week"),
        ("according_end", "The bridge will reopen next week"),
        ("according_middle", "There was a larger significance, according to Dr Boichak, to the decision"),
        ("according_relative", "the court has criticised"),  # inside a relative clause: that clause
    ],
)
def test_according_to_before_after_and_inside(lexicon, name: str, content: str) -> None:
    _, statements = run(name, lexicon)
    [s] = attributed(statements)
    assert s.text == content
    assert s.kind == "according_to" and s.cue.text.lower() == "according to"


def test_according_to_names_who_and_how(lexicon) -> None:
    _, front = run("according_front", lexicon)
    assert attributed(front)[0].speaker == "Maria Lopez"
    assert attributed(front)[0].role == "city engineer"
    _, end = run("according_end", lexicon)
    assert (attributed(end)[0].speaker, attributed(end)[0].speaker_type) == ("city officials", "anonymous")


def test_according_to_next_to_a_speech_verb_is_the_relay(lexicon) -> None:
    _, statements = run("according_relay", lexicon)
    [s] = attributed(statements)
    assert s.text == "relations were improving"
    assert s.speaker == "Kim" and s.kind == "indirect"
    assert s.sources == ("Russian news agencies", "Kim")


def test_quoting_chain_and_an_acronym_alias(lexicon) -> None:
    _, statements = run("quoting_chain", lexicon)
    first, second = attributed(statements)
    assert first.text == "the military has been placed on high alert"
    assert first.speaker == "Korean Central News Agency" and first.speaker_type == "organization"
    assert first.sources == ("Yonhap news agency", "Korean Central News Agency")
    assert second.text == "Foolhardy provocation deserves harsh punishment"
    assert second.speaker == "Korean Central News Agency" and second.mention.text == "KCNA"


def test_anonymous_sources(lexicon) -> None:
    _, statements = run("anonymous", lexicon)
    officials, official = attributed(statements)
    assert (officials.speaker, officials.speaker_type) == ("Ukrainian officials", "anonymous")
    assert (official.speaker, official.speaker_type) == ("U.S. official", "anonymous")


def test_relative_pronoun_speaker_keeps_the_outlets_sentence(lexicon) -> None:
    body, statements = run("relative_who", lexicon)
    [s] = attributed(statements)
    assert s.text == "it shows the troops" and s.speaker == "Ukrainian officials"
    own = [x for x in statements if x.is_own_voice]
    assert own and own[0].text.startswith("A video has been released"), "the outlet still says the video was released"


def test_said_as_an_adjective_is_no_cue(lexicon) -> None:
    _, statements = run("said_adjective", lexicon)
    assert attributed(statements) == []
    assert statements[0].kind == "none" and statements[0].speaker_type == "outlet"


def test_titles_and_scare_quotes_are_not_quotations(lexicon) -> None:
    _, statements = run("scare_quotes", lexicon)
    assert all(s.kind != "direct" for s in statements)  # neither quoted phrase is someone's words
    assert statements[0].text == 'The film "Blown for Good" was published in 2009' and statements[0].is_own_voice
    # "called X Y" is the critics' description (lexicons/reporting_corpus.yaml, entry call), not a quotation
    [named] = attributed(statements)
    assert (named.text, named.speaker, named.cue.entry) == ('the deal a "peace plan" for the region', "Critics", "call")


def test_a_negated_cue_reports_nothing(lexicon) -> None:
    _, statements = run("negated_cue", lexicon)
    claims, didnt = statements
    assert claims.kind == "indirect" and claims.text == "the footage is recent"
    assert didnt.kind == "none" and didnt.text == "It didn't say how the footage was obtained"


def test_every_sentence_is_a_statement_in_reading_order(lexicon) -> None:
    for path in sorted(TREES.glob("*.conllu")):
        doc = ParsedDoc.from_conllu(path.read_text(encoding="utf-8"))
        article = Article(article_id=path.stem, body=doc.text, path=str(path))
        statements = attribute(article, doc, lexicon)
        assert {s.sentence_index for s in statements} == {s.index for s in doc.sentences}
        assert [s.start for s in statements] == sorted(s.start for s in statements)
        assert [s.statement_id for s in statements] == [f"{path.stem}:{i}" for i in range(1, len(statements) + 1)]


def test_gold_trees_of_a_wikinews_article(lexicon) -> None:
    """The rules on expert (GUM) trees: the KCNA quotes of the Korea article."""
    from .conftest import WIKINEWS

    path = WIKINEWS / "gold-ud" / "korea.conllu"
    doc = ParsedDoc.from_conllu(path.read_text(encoding="utf-8"))
    article = Article(article_id="korea", body=doc.text, path=str(path))
    statements = attributed(attribute(article, doc, lexicon))
    kcna = [s for s in statements if s.speaker == "Korean Central News Agency"]
    assert len(kcna) >= 4
    assert all(s.speaker_type == "organization" for s in kcna)
    assert any(s.text.startswith("War maniacs of the South Korean puppet military") and s.kind == "direct" for s in kcna)
    stated = [s for s in statements if s.cue and s.cue.text == "stated"]
    assert stated and stated[0].speaker == "North Korea" and stated[0].speaker_type == "organization"


def test_the_outlets_own_clause_after_a_reported_one(lexicon) -> None:
    _, statements = run("own_rest_after_report", lexicon)
    reported, own = statements
    assert (reported.text, reported.speaker, reported.cue.text) == (
        "a Russian soldier shot the footage in recent days", "centre", "claims")
    assert own.is_own_voice and own.text == "it did not say how the footage was obtained"


def test_content_takes_the_clause_the_parser_split_off_the_cue(lexicon) -> None:
    # the tree hangs the quoted half of the reported clause on "says", not on "means"
    _, statements = run("content_quote_inside", lexicon)
    [s] = attributed(statements)
    assert s.text == "it means the city “will not have enough money” for new schools next year"
    assert (s.speaker, s.kind) == ("Tom Reed", "mixed")


def test_content_keeps_its_conjuncts(lexicon) -> None:
    _, statements = run("content_split_clause", lexicon)
    first, second = attributed(statements)
    assert first.text == "she plans to run again, but she knows that “the voters will decide.”"
    assert second.text == "the council approved the budget and the mayor signed it on Monday"
    assert {first.speaker, second.speaker} == {"Maria Lopez"}
    assert not [s for s in statements if s.is_own_voice]


def test_content_starts_after_that_without_the_frames_adjuncts(lexicon) -> None:
    _, statements = run("content_said_that_adjunct", lexicon)
    [s] = attributed(statements)
    assert s.text == "the plant would close in May" and s.cue.text == "said"


def test_a_frame_after_the_quotation_needs_no_clause_arc(lexicon) -> None:
    # "wrote" and "asks" govern a clause in the lexicon; next to a quotation they need none
    _, statements = run("frame_after_quote_wrote", lexicon)
    first, second = attributed(statements)
    assert (first.text, first.speaker, first.kind, first.cue.text) == (
        "We will vote for the plan after many months of careful thought", "Cruz", "direct", "wrote")
    assert (second.text, second.kind, second.cue.text, second.mention.text) == ("Why did they wait so long?", "direct", "asks", "he")


def test_an_as_frame_reports_the_clause_it_hangs_on(lexicon) -> None:
    # "As X told Y, <clause>": the clause the "as" frame hangs on is what X said; a frame in the
    # middle of that clause stays inside its one span
    _, statements = run("frame_as_clause", lexicon)
    front, middle = attributed(statements)
    assert (front.text, front.speaker, front.kind, front.cue.text) == (
        "water use in the city has dropped by a third", "Lena Ortiz", "indirect", "told")
    assert (middle.text, middle.speaker, middle.cue.text) == (
        "The new pipes, as the mayor noted, will cost less than the old ones", "mayor", "noted")


def test_a_participle_continues_the_frame_with_the_same_speaker(lexicon) -> None:
    _, statements = run("frame_adding_that", lexicon)
    quote, added = attributed(statements)
    assert (quote.text, quote.kind, quote.cue.text) == ("The talks were useful", "direct", "said")
    assert (added.text, added.kind, added.cue.text) == ("a second round would follow in June", "indirect", "adding")
    assert added.speaker == quote.speaker == "minister" and added.mention.text == "the minister"


# -- speaker choice: what the parser's arcs get wrong in news frames --------------------------


def test_a_time_is_never_the_speaker(lexicon) -> None:
    _, statements = run("speaker_time", lexicon)
    [s] = attributed(statements)
    assert s.text == "The bridge will reopen in May"
    assert s.speaker == "Ana Ortiz" and s.mention.text == "Sen. Ana Ortiz"  # not "Friday", not "D-Ore."
    assert s.kind == "direct"


def test_a_participle_continues_the_clause_it_hangs_on(lexicon) -> None:
    _, statements = run("participle_continuation", lexicon)
    topic, s = attributed(statements)
    assert (topic.text, topic.cue_class) == ("the flooding in Dayton, Ohio", "topic")  # "spoke about X"
    assert s.text == "the levees needed repair"
    assert s.speaker == "Lena Park" and s.cue.text == "arguing"  # not "Ohio", the nearest name


def test_the_subject_inside_a_quotation_is_not_the_speaker(lexicon) -> None:
    _, statements = run("quote_subject", lexicon)
    [s] = attributed(statements)
    assert s.text == "The cause of the fire is not known"
    assert s.speaker == "Omar Haddad" and s.mention.text == "Haddad"


def test_the_name_opening_a_frame_after_a_quotation_is_the_speaker(lexicon) -> None:
    _, statements = run("name_after_quote", lexicon)
    [s] = attributed(statements)
    assert s.text == "We will appeal the ruling"
    assert s.speaker == "Dana Whitfield"  # not "Harlow Group", the name nearest the verb


def test_cited_as_saying_makes_the_object_the_speaker_and_the_subject_a_relay(lexicon) -> None:
    _, statements = run("cited_as_saying", lexicon)
    [s] = attributed(statements)
    assert s.text == "the ship had left"
    assert (s.speaker, s.speaker_type) == ("port officials", "anonymous")
    assert s.sources == ("Baltic News Service", "port officials")


def test_according_to_keeps_its_own_source_before_the_clause_subject(lexicon) -> None:
    _, statements = run("according_subject", lexicon)
    census, polls = attributed(statements)
    assert census.text == "Filipinos make up a third of the town"
    assert (census.speaker, census.speaker_type) == ("census", "document")
    assert polls.text == "Ruiz led by ten points" and polls.speaker == "exit polls"


def test_a_frame_after_a_bracket_is_not_inverted(lexicon) -> None:
    _, statements = run("bracket_told", lexicon)
    [s] = attributed(statements)
    assert s.text.startswith("The bill is dead")
    assert s.speaker == "Tom Hale"  # "told The Courier": the addressee is no speaker


def test_the_subject_after_said_belongs_to_the_reported_clause(lexicon) -> None:
    _, statements = run("said_he", lexicon)
    [s] = attributed(statements)
    assert s.text == "she could not comment"
    assert s.speaker == "Ruth Ames" and s.mention.text == "Ruth Ames"


def test_the_agent_of_a_passive_cue_is_the_speaker(lexicon) -> None:
    _, statements = run("passive_agent", lexicon)
    [s] = attributed(statements)
    assert s.text == "the port would close"
    assert s.speaker == "harbor master"  # not "crew", the passive subject: they were told


def test_a_quotation_after_a_reported_clause_is_its_speakers(lexicon) -> None:
    _, statements = run("quote_after_clause", lexicon)
    ruiz = [s for s in attributed(statements) if s.speaker == "Ana Ruiz"]
    assert [s.text for s in ruiz] == ["We are ready"]
    cole = [s for s in attributed(statements) if s.speaker == "Ben Cole"]
    assert any("more than anyone" in s.text for s in cole)  # not the last quoted speaker's


def test_a_dateline_is_not_the_speaker(lexicon) -> None:
    _, statements = run("dateline", lexicon)
    [s] = attributed(statements)
    assert s.text == "the state would add beds"
    assert (s.speaker, s.speaker_type) == ("Maura Healey", "person")


def test_coordinated_speakers_are_one_group(lexicon) -> None:
    _, statements = run("coordinated_speakers", lexicon)
    places, leaders, they = attributed(statements)
    assert places.text == "the talks would resume"
    assert (places.speaker, places.speaker_type) == ("France and Germany", "organization")
    assert places.mention.text == "France and Germany"  # not the first conjunct alone
    assert leaders.text == "a deal was close"
    assert (leaders.speaker, leaders.speaker_type) == ("Anna Weber and Luc Moreau", "person")
    assert they.speaker == "Anna Weber and Luc Moreau" and they.mention.text == "They"


def test_an_anonymous_source_is_never_resolved_to_a_name_by_position(lexicon) -> None:
    _, statements = run("anonymous_pronoun", lexicon)
    park, source, he = attributed(statements)
    assert park.speaker == "Lena Park"
    assert (source.speaker, source.speaker_type, source.mention.text) == ("source", "anonymous", "A source")
    assert he.text == "the text was ready"
    assert (he.speaker, he.speaker_type) == ("source", "anonymous")  # not Lena Park, who spoke before


def test_speaker_rules_and_lists_are_read_from_the_lexicon_and_overlayable(lexicon, tmp_path) -> None:
    from attribution.attribute.words import speaker_words
    from attribution.lexicon import Lexicon, LexiconError

    shipped = speaker_words()
    assert shipped.rules.pronoun_window == 12 and "friday" in shipped.time_words
    overlay = tmp_path / "speakers-overlay.yaml"
    overlay.write_text("rules:\n  pronoun_window:\n    value: 1\nlists:\n  time_words:\n    add: [fortnight]\n", encoding="utf-8")
    changed = Lexicon.load([overlay])
    assert changed.speaker_files == [str(overlay)]
    words = speaker_words(overlays=(overlay,))
    assert words.rules.pronoun_window == 1 and {"fortnight", "friday"} <= words.time_words
    bad = tmp_path / "bad.yaml"
    bad.write_text("rules:\n  pronoun_window:\n    value: -3\n", encoding="utf-8")
    with pytest.raises(LexiconError, match=r"bad.yaml:3.*positive whole number"):
        Lexicon.load([bad])


# -- quotations: marks, frames around them, length -------------------------------------------


def test_typewriter_quote_marks_are_double_marks(lexicon) -> None:
    _, statements = run("quote_typewriter_marks", lexicon)
    first, second = attributed(statements)
    assert (first.text, first.kind, first.speaker) == ("The river is higher than last year", "direct", "Ortiz")
    assert (second.text, second.speaker) == ("We will open the gates", "Ortiz")


def test_a_quotation_signed_with_a_dash_and_a_name(lexicon) -> None:
    _, statements = run("quote_signed_dash", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.kind, s.cue.text) == (
        "The new park is the best thing the council has done in years", "Linda Marsh", "direct", "―")


def test_transcript_lines_belong_to_the_person_named_in_capitals(lexicon) -> None:
    _, statements = run("transcript_lines", lexicon)
    question, answer = attributed(statements)
    assert (question.text, question.speaker, question.cue.text) == (
        "Why did the campaign invite her to the debate?", "Chris Wallace", ":")
    assert (answer.text, answer.speaker, answer.mention.text) == (
        "Well, look, the campaign wanted to make a point about the race", "Mike Pence", "PENCE")


def test_a_colon_frame_takes_the_quotation_in_the_next_paragraph(lexicon) -> None:
    _, statements = run("colon_frame_next_paragraph", lexicon)
    pieces = attributed(statements)
    assert [p.text for p in pieces] == ["We have a plan for the flooded streets", "The work starts tomorrow"]
    assert {(p.speaker, p.kind, p.cue.text) for p in pieces} == {("Kim", "direct", "said")}


def test_a_frame_sentence_takes_the_quotation_after_it(lexicon) -> None:
    _, statements = run("frame_sentence_before_quote", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.cue.text, s.kind) == (
        "The bridge will stay closed until the inspection is done", "Omar Haddad", "told", "direct")


def test_a_quotation_with_its_own_frame_is_not_the_frame_sentence_before(lexicon) -> None:
    # 'Ruth Abel told reporters on Monday. "The bridge will stay closed," she said.': a frame
    # sentence ending in a full stop hands on only a quotation with no frame of its own
    _, statements = run("framed_quote_after_frame_sentence", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.mention.text, s.cue.text, s.kind) == (
        "The bridge will stay closed", "Ruth Abel", "she", "said", "direct")


def test_a_quotation_over_three_paragraphs_keeps_its_speaker(lexicon) -> None:
    _, statements = run("quote_three_paragraphs", lexicon)
    pieces = attributed(statements)
    assert [p.text for p in pieces] == ["The harvest was poor this year", "We lost half of the wheat to the rain",
                                        "Next spring we will plant earlier"]
    assert {p.speaker for p in pieces} == {"Ruth Abel"}
    assert statements[-1].is_own_voice and statements[-1].text == "Prices rose in the autumn"


def test_british_single_quotes_and_a_mark_never_closed(lexicon) -> None:
    _, statements = run("quote_british_unbalanced", lexicon)
    pieces = attributed(statements)
    assert (pieces[0].text, pieces[0].kind, pieces[0].speaker) == (
        "The trial shows the drug works in older patients", "direct", "Jane Hall")
    # the mark opening the next paragraph is never closed: the quotation runs to the paragraph end
    assert pieces[1].text.startswith("Nobody expected the results") and pieces[1].speaker == "Jane Hall"


@pytest.mark.parametrize("body, expected", [
    ("He said: ''We will go,'' and left.", [("We will go,", True)]),
    ("``We will go,'' he said.", [("We will go,", True)]),
    ('He said: "We will go.\nThe team left.', [("We will go.", False)]),
    ('"We will go," she said. "And stay.\nThey left.', [("We will go,", True), ("And stay.", False)]),
    ('A "b c d "e" f', [("b c d ", False), ("e", True)]),
    ('"""', [("", True)]),
    ("'''", []),
    ("Tom's view: 'we are all going home now' he said.", [("we are all going home now", True)]),
])
def test_quote_marks_of_every_kind_and_unbalanced(body: str, expected: list) -> None:
    from attribution.attribute.quotes import find_quotes
    from attribution.parse import paragraph_starts

    assert [(body[q.start : q.end], q.closed) for q in find_quotes(body, paragraph_starts(body))] == expected


def test_a_frame_closing_the_sentence_after_a_comma(lexicon) -> None:
    # "noted" governs a clause in the lexicon; as a parenthetical after its clause it needs no arc
    _, statements = run("frame_end_parenthetical", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.cue.text, s.mention.text) == ("Crops are failing on the islands", "indirect", "noted", "he")


def test_a_second_subject_arc_of_the_cue_is_the_reported_clauses(lexicon) -> None:
    _, statements = run("frame_end_second_subject", lexicon)
    [s] = attributed(statements)
    assert s.text == "The program, which was created in 1990, has grown far beyond its first aim"
    assert s.mention.text == "they" and s.cue.text == "say"


def test_according_to_keeps_the_apposition_of_its_source_out_of_the_content(lexicon) -> None:
    _, statements = run("according_tail", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.kind) == ("Many families would pay more under the plan", "Lily Moss", "according_to")


def test_hyphenated_and_multi_part_names_stay_whole(lexicon) -> None:
    _, statements = run("hyphenated_names", lexicon)
    assert [(s.speaker, s.speaker_type) for s in attributed(statements)] == [
        ("Moon Jae-in", "person"), ("Mohammed bin Salman", "person"),
        ("Alexandria Ocasio-Cortez", "person"), ("Jean-Claude Juncker", "person"),
    ]
    moon, prince, rep, _ = attributed(statements)
    assert moon.mention.text == "President Moon Jae-in" and prince.mention.text == "Prince Mohammed bin Salman"
    assert rep.mention.text == "Rep. Alexandria Ocasio-Cortez"  # the title stays in the mention only


def test_descriptions_resolve_to_the_entity_named_before(lexicon) -> None:
    _, statements = run("descriptions", lexicon)
    agency, minister, spokesperson, again = attributed(statements)
    assert (agency.speaker, agency.speaker_type) == ("Federal Aviation Administration", "organization")
    assert agency.mention.text == "The agency"
    assert (minister.speaker, minister.speaker_type) == ("Ana Ruiz", "person")
    assert spokesperson.speaker == "Karine Ross"
    assert (again.speaker, again.mention.text) == ("Karine Ross", "The spokesperson")


def test_the_city_is_the_town_government_named_before(lexicon) -> None:
    # "the Harbour Trust" is named since, but a city that argues is its own government
    _, statements = run("municipal_description", lexicon)
    [s] = [s for s in attributed(statements) if s.cue.text == "argued"]  # "asked ... to pay" is one too
    assert s.text == "the port earns money from its tenants"
    assert (s.speaker, s.speaker_type, s.mention.text) == ("Municipality of Dunmore", "organization", "The city")


@pytest.mark.parametrize("tree", ["possessor_object_pronoun", "possessor_object_pronoun_adj"])
def test_a_possessor_takes_the_gender_of_the_object_pronoun(lexicon, tree: str) -> None:
    # "Jonas' sister begged him": "him" is Jonas, so the "he" who answers is Jonas, not the
    # last speaker; "Jonas'" is one token, as the tokenizer writes a possessive after an s
    _, statements = run(tree, lexicon)
    dale, begged, jonas = attributed(statements)  # "begged" (lemma "begg" in the tree, mended to beg) is one too
    assert dale.speaker == "Mark Dale"
    assert begged.cue.lemma == "beg"
    assert (jonas.text, jonas.speaker, jonas.mention.text) == ("I cannot do that", "Chris Jonas", "he")


def test_the_report_is_the_study_named_before(lexicon) -> None:
    # "the Daily Herald" is named since, but a newspaper is no report
    _, statements = run("report_names_the_study", lexicon)
    [s] = attributed(statements)
    assert s.text == "the dunes are shrinking every year"
    assert (s.speaker, s.mention.text) == ("Coastal Erosion Study", "The report")


def test_in_the_words_of_after_and_reports_the_clause_it_opens(lexicon) -> None:
    # "..., and in the words of the mayor, Ana Ruiz, “...”": a source named as "according to"
    # names one; after ", and" the phrase reports only the coordinated clause it opens
    _, statements = run("in_the_words_of", lexicon)
    assert [(s.speaker, s.cue.text, s.text) for s in attributed(statements)] == [
        ("Ana Ruiz", "in the words of", "we were not ready for this"),
        ("council", "according to", "it will not reopen this year")]


def test_in_an_interview_with_an_outlet_names_the_relay(lexicon) -> None:
    _, statements = run("interview_relay", lexicon)
    [s] = attributed(statements)
    assert s.text == "the vote would fail"
    assert s.speaker == "Maria Lopez"
    assert s.sources == ("Radio Norte", "Maria Lopez")  # the outlet relayed her words, not "interview"


def test_a_participle_right_before_a_quotation_is_its_frame(lexicon) -> None:
    # the tree hangs the quoted clause on "mocked", so "tweeting" has no clause arc of its own
    _, statements = run("participle_touching_quote", lexicon)
    topic, s = attributed(statements)
    assert (topic.text, topic.cue_class, topic.speaker) == ("the senator", "topic", "Dean")  # "mocked X"
    assert (s.text, s.kind, s.cue.text, s.speaker) == ("Nobody believes a word of that speech", "direct", "tweeting", "Dean")


def test_a_participle_clause_that_is_no_speech_verb_stays_in_the_content(lexicon) -> None:
    _, statements = run("content_absolute_participle", lexicon)
    [s] = attributed(statements)
    assert s.text.endswith("is the worst threat to the region, with the rivers already running dry")
    assert s.cue.text == "says" and s.speaker == "Ruiz"


def test_a_quotation_paragraph_after_reported_speech_goes_on_with_that_speaker(lexicon) -> None:
    _, statements = run("quote_after_reported_speech", lexicon)
    reported, *quoted = attributed(statements)
    assert (reported.text, reported.kind, reported.speaker) == ("the plan had failed", "indirect", "Ana Ruiz")
    assert [q.text for q in quoted] == ["It was a disaster from the start", "Nobody listened to the engineers"]
    assert {(q.kind, q.speaker) for q in quoted} == {("direct", "Ana Ruiz")}
    assert statements[-1].is_own_voice


def test_reported_clause_torn_into_object_and_conjunct(lexicon) -> None:
    # "has said [local farmers and traders] ... [would pay] ...": the parser's object and
    # conjunct read as the reported clause; "said a few words and left" reports nothing
    _, statements = run("torn_clause", lexicon)
    [s] = attributed(statements)
    assert s.text == "local farmers and traders would pay the new fee"
    assert (s.speaker, s.kind, s.cue.text) == ("council", "indirect", "said")


def test_topic_of_a_speech_act_is_content_of_class_topic(lexicon) -> None:
    # "called for X", "called on X to Y": what was asked for, a statement of cue class topic;
    # "called a meeting" reports nothing
    _, statements = run("topic_call_for", lexicon)
    pieces = attributed(statements)
    assert [(p.text, p.cue.text, p.cue_class) for p in pieces] == [
        ("a new contract", "called", "topic"), ("the council to delay the vote", "called", "topic")]
    assert [p.speaker for p in pieces][0] == "union"


def test_topic_statements_are_left_out_on_request(lexicon) -> None:
    _, statements = run("topic_call_for", lexicon.excluding(["topic"]))
    assert attributed(statements) == []


def test_topic_object_with_its_description_in_quote_marks(lexicon) -> None:
    # "criticized the new law as a "crazy system"": the object and its description, one mixed
    # topic statement (not the quoted words alone as direct speech); a passive names no speaker
    _, statements = run("topic_object", lexicon)
    [s] = attributed(statements)
    assert s.text.startswith("the new law as a") and "crazy system" in s.text
    assert (s.cue_class, s.kind, s.speaker, s.cue.text) == ("topic", "mixed", "senator", "criticized")


def test_object_of_a_stance_or_demand_is_its_content_keeping_its_class(lexicon) -> None:
    # "opposes the trade deal", "demanded a recount": the thing opposed or asked for is the
    # content, a belief and an intention (not class topic); a passive names no certain holder,
    # and "offered a preview" (offer with a bare object) reports nothing
    _, statements = run("stance_object", lexicon)
    pieces = attributed(statements)
    assert [(p.text, p.cue.text, p.cue_class, p.speaker) for p in pieces] == [
        ("the trade deal", "opposes", "belief", "senator"), ("a recount", "demanded", "intention", "union")]


def test_stance_objects_are_left_out_with_their_class(lexicon) -> None:
    _, statements = run("stance_object", lexicon.excluding(["belief"]))
    assert [p.cue.text for p in attributed(statements)] == ["demanded"]


def test_to_infinitive_of_a_belief_is_its_content_not_of_a_passive(lexicon) -> None:
    # "hope to win the state": the hoped-for outcome; "is expected to act" and "Smith, believed
    # to be ...": a passive, whose subject holds no belief, gives no statement of the subject's;
    # "is expected to act" is someone unnamed's expectation (grammar.yaml expectation_passives)
    _, statements = run("belief_infinitive", lexicon)
    assert [(p.text, p.cue.text, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("to win the state", "hope", "belief", "candidates"),
        ("The bank", "expected", "belief", None), ("to act in May", "expected", "belief", None)]


def test_a_count_or_study_as_subject_makes_the_object_a_finding(lexicon) -> None:
    # "Polls show the senator leading": a finding, though no clause follows; a video shows a
    # scene, and "data reviewed by the agency" is the reviewer's finding, not the data's; "...,
    # the poll found." closes its sentence as "..., an expert says." does
    _, statements = run("finding_object", lexicon)
    assert [(p.text, p.cue.text, p.cue_class) for p in attributed(statements)] == [
        ("the senator leading in Ohio", "show", "evidence"), ("Most voters live in cities", "found", "evidence")]


def test_a_first_person_belief_is_the_writers_own_attribution(lexicon) -> None:
    # "I think ...": the writer's (or a speaker's) belief, annotated as such; speech in the first
    # person out of quote marks ("We said ...") is a source too (an interview, a column); inside a
    # quotation it is not (test_a_first_person_frame_speaks_outside_quote_marks_only)
    _, statements = run("first_person_belief", lexicon)
    assert [(s.text, s.cue.text, s.cue_class, s.mention.text) for s in attributed(statements)] == [
        ("the plan will fail", "think", "belief", "I"), ("the plan would fail", "said", "speech", "We")]


def test_name_given_in_quote_marks_after_the_object(lexicon) -> None:
    _, statements = run("called_named_quote", lexicon)
    [s] = attributed(statements)
    assert s.text.startswith("half of his voters") and "deplorables" in s.text
    assert (s.cue_class, s.kind, s.cue.text) == ("speech", "mixed", "called")


def test_name_given_in_quote_marks_hung_on_the_verb_apart_from_the_object(lexicon) -> None:
    # 'called [the remarks on taxes] a "new low" and ...': the name follows the object's phrase,
    # the parser hanging it on the verb; the content is the object and the whole name
    _, statements = run("called_name_on_verb", lexicon)
    [s] = attributed(statements)
    assert s.text.startswith("the remarks on taxes a \"new low\"") and "deflect attention" in s.text
    assert (s.cue_class, s.kind, s.cue.text) == ("speech", "mixed", "called")


def test_name_given_in_a_relative_clause_the_parser_read_as_a_conjunct(lexicon) -> None:
    # 'a country that [the nominee] called "our top foe"': the relative word hangs on the verb as
    # a marker, the clause as a conjunct; the quoted name is still the nominee's words
    _, statements = run("called_misparsed_relative", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.cue.text, s.mention.text) == ("our top foe", "called", "the nominee")


def test_quoted_as_name_given_to_a_to_phrase(lexicon) -> None:
    # 'refers [to the candidate] as "Mr. Smith"': the entry's topic preposition stands for the
    # object, and the content is the phrase and the name, not the bare topic
    _, statements = run("refers_to_as_quoted", lexicon)
    [s] = attributed(statements)
    assert s.text.startswith("the candidate as") and "Mr. Smith" in s.text
    assert (s.cue.text, s.kind, s.mention.text) == ("refers", "mixed", "The governor")


def test_noun_cue_speaker_is_its_possessor_never_the_noun_before_it(lexicon) -> None:
    # "a dispute erupted over claims that ...": nobody named makes the claims; "the mayor's claim"
    _, statements = run("noun_cue_holder", lexicon)
    assert all(s.speaker != "dispute" for s in attributed(statements))
    assert [s.speaker for s in attributed(statements) if s.cue.text == "claim"] in ([], ["mayor"])


def test_reported_clause_whose_predicate_hangs_on_its_subject(lexicon) -> None:
    # "said [the minister] [stood] by ...": one reported clause; "cited a report released on
    # Tuesday" stays a topic (the report), no clause
    _, statements = run("torn_clause_participle", lexicon)
    said, cited = attributed(statements)
    assert (said.text, said.cue_class, said.kind) == ("the minister stood by his comments", "speech", "indirect")
    assert (cited.text, cited.cue_class) == ("a report released on Tuesday", "topic")


def test_data_show_a_finding_a_video_shows_a_scene(lexicon) -> None:
    # "the tax returns show he took ...": a finding (speakers.yaml data_heads), no "that" needed;
    # "the video shows he took the road" stays the outlet's description of a recording
    _, statements = run("finding_shows", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.cue.text, s.cue_class) == ("he took a large loss", "show", "evidence")


def test_a_quoted_title_before_the_reported_clause_is_no_direct_quote(lexicon) -> None:
    _, statements = run("title_before_clause", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.cue.text) == ("nobody would question her record", "indirect", "told")


def test_a_quoted_programme_title_in_the_frame_is_no_direct_quote(lexicon) -> None:
    # 'said on "Sunday Talk" that ...' reports the clause; 'spoke on "City Hour".' reports nothing
    _, statements = run("title_quote_frame", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind) == ("the budget was balanced", "indirect")


def test_a_speech_verb_coordinated_inside_the_clause_is_a_frame_of_its_own(lexicon) -> None:
    # "said the bridge was unsafe but added: ...": the parser hangs "added" on the reported
    # clause; the clause ends before it and the quotation is the same speaker's, framed by "added"
    _, statements = run("frame_coordinated_in_clause", lexicon)
    said, added = attributed(statements)
    assert (said.text, said.kind, said.cue.text) == ("the bridge was unsafe", "indirect", "said")
    assert (added.text, added.kind, added.cue.text) == ("We will rebuild it", "direct", "added")
    assert added.speaker == said.speaker == "mayor"


def test_a_coordinated_predicate_with_a_modal_goes_on_with_the_reported_clause(lexicon) -> None:
    # "says the plan is sound and will take time": the parser hangs "will take" on the cue; a
    # predicate with a modal of its own is the clause's ("said ... and left" is the frame's)
    _, statements = run("content_modal_conjunct", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker) == ("the plan is sound and will take time to build", "indirect", "Ortiz")


def test_the_outlets_comment_after_but_is_no_part_of_the_reported_clause(lexicon) -> None:
    # "said the body had been found, but this could not be verified": the comment after ", but"
    # with a subject that points back ("this") hangs on the reported clause; the content ends before it
    _, statements = run("content_but_comment", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker) == ("the body had been found", "indirect", "channel")


def test_a_but_clause_whose_subject_does_not_point_back_goes_on_with_the_reported_clause(lexicon) -> None:
    # "said the plan was sound, but the vote came too late": only a subject that refers back at
    # the report ("this", "that claim") makes the ", but" clause the outlet's comment
    _, statements = run("content_but_clause", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker) == ("the plan was sound, but the vote came too late", "mayor")


def test_a_speech_participle_inside_the_clause_is_a_frame_of_its_own(lexicon) -> None:
    # "said the bill was weak, arguing that ...": the parser hangs "arguing" on the reported clause
    _, statements = run("frame_participle_in_clause", lexicon)
    said, argued = attributed(statements)
    assert (said.text, said.kind, said.cue.text) == ("the bill was weak", "indirect", "said")
    assert (argued.text, argued.kind, argued.cue.text) == ("it cost too much", "indirect", "arguing")
    assert argued.speaker == said.speaker == "senator"


def test_a_quoted_name_is_no_direct_speech(lexicon) -> None:
    # "named its robot “Robogee”": a quotation with no verb that is an argument of the sentence
    # is a name or a term, not someone's words
    _, statements = run("quoted_name", lexicon)
    assert not [s for s in attributed(statements) if s.kind == "direct"]


def test_a_negator_inside_the_quotation_does_not_negate_the_frame(lexicon) -> None:
    # “... It isn’t,” Harris said.: the parser hangs the quoted "n't" on "said"
    _, statements = run("quote_negator_inside", lexicon)
    pieces = attributed(statements)
    assert [p.text for p in pieces][-1] == "It isn’t"
    assert {(p.speaker, p.kind, p.cue.text) for p in pieces} == {("Harris", "direct", "said")}


def test_a_subject_tagged_as_an_adjective_still_speaks(lexicon) -> None:
    _, statements = run("subject_tagged_adjective", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.kind) == ("We will build the bridge next year", "Okafor", "direct")


def test_a_quotation_without_a_verb_next_to_its_frame_is_words_said(lexicon) -> None:
    _, statements = run("quote_without_verb", lexicon)
    pieces = attributed(statements)
    assert [(p.text, p.kind, p.cue.text) for p in pieces] == [
        ("With a month to go, maybe", "direct", "said"),
        ("Well, in addition to the roads, the schools, the parks and probably the libraries", "direct", "answered"),
    ]


def test_an_inverted_frame_takes_the_speaker_after_its_modifiers(lexicon) -> None:
    _, statements = run("inverted_modified_speaker", lexicon)
    assert [(s.text, s.kind, s.mention.text) for s in attributed(statements)] == [
        ("The talks went well", "direct", "one senior trade official"),
        ("We refunded every donation", "direct", "Ana Ruiz"),
    ]


def test_a_name_set_off_before_the_subject_it_describes_speaks(lexicon) -> None:
    # “...,” Ana Ruiz, a senior city adviser, said: the parser made "adviser" the subject
    _, statements = run("name_before_apposition_subject", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker) == ("The budget is not finished", "direct", "Ana Ruiz")


def test_a_quantifier_standing_alone_is_the_subject_that_speaks(lexicon) -> None:
    _, statements = run("pronominal_determiner_subject", lexicon)
    [s] = [p for p in attributed(statements) if p.cue.text == "says"]
    assert (s.text, s.speaker, s.speaker_type) == ("the mayor is ahead", "another", "anonymous")


def test_a_role_noun_tagged_as_a_verb_is_still_the_subject(lexicon) -> None:
    _, statements = run("role_noun_tagged_verb", lexicon)
    [s] = attributed(statements)
    assert (s.speaker, s.speaker_type, s.mention.text) == ("critics", "anonymous", "critics")


def test_a_subject_not_set_off_by_a_comma_is_no_apposition_of_the_name_before(lexicon) -> None:
    _, statements = run("subject_after_place", lexicon)
    [s] = [p for p in attributed(statements) if p.cue.text == "argue"]
    assert (s.text, s.speaker, s.speaker_type) == ("it began outside", "others", "anonymous")


def test_a_description_running_from_a_comma_into_the_cue_is_the_speaker(lexicon) -> None:
    _, statements = run("described_after_comma", lexicon)
    said = {p.text: p for p in attributed(statements) if p.cue.text == "say"}
    assert (said["she will run again"].speaker, said["she will run again"].speaker_type) == ("sources", "anonymous")
    assert (said["the deal is not done"].mention.text, said["the deal is not done"].speaker_type) == ("several aides", "anonymous")


def test_the_name_after_a_participle_cue_is_told_not_inverted(lexicon) -> None:
    _, statements = run("participle_told_name", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.cue.text) == ("Ana and I have been friends for years", "Ruiz", "telling")


def test_a_participle_made_a_conjunct_of_a_noun_continues_the_clause(lexicon) -> None:
    _, statements = run("participle_conjunct_of_noun", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.mention.text) == ("We will rebuild the bridge", "Ruiz", "Ruiz")


def test_a_quantifier_floating_after_the_names_is_not_the_speaker(lexicon) -> None:
    _, statements = run("floating_quantifier", lexicon)
    [s] = [p for p in attributed(statements) if p.cue.text == "said"]
    assert s.text == "the bridge was unsafe" and s.speaker_type == "person" and "Lee" in s.speaker


def test_a_fronted_phrase_of_common_words_is_no_subject(lexicon) -> None:
    _, statements = run("fronted_phrase_subject", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.mention.text, s.kind) == ("the bridge will open", "the governor", "direct")


def test_an_infinitive_inside_the_subjects_relative_clause_does_not_cut_the_subject_off(lexicon) -> None:
    _, statements = run("subject_relative_infinitive", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.mention.text, s.speaker_type) == ("the bridge would open", "a city official", "anonymous")


def test_an_inverted_frame_with_a_first_name_read_as_an_auxiliary_keeps_its_speaker(lexicon) -> None:
    _, statements = run("inverted_misread_first_name", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.mention.text) == ("The bridge is safe", "direct", "Ortega")


def test_a_day_is_never_the_organisation_a_description_stands_for(lexicon) -> None:
    _, statements = run("description_after_day", lexicon)
    [s] = attributed(statements)
    assert (s.mention.text, s.speaker, s.speaker_type) == ("The company", "Acme Corp.", "organization")


def test_a_role_noun_finds_the_person_its_short_title_introduced(lexicon) -> None:
    _, statements = run("title_role_description", lexicon)
    [s] = attributed(statements)
    assert (s.mention.text, s.speaker, s.speaker_type) == ("The senator", "Ana Ruiz", "person")


def test_a_day_after_an_according_to_source_is_not_the_source(lexicon) -> None:
    _, statements = run("according_to_day", lexicon)
    [s] = attributed(statements)
    assert (s.kind, s.mention.text, s.speaker_type) == ("according_to", "a state report", "document")


def test_a_name_running_into_the_cue_outranks_a_time_after_a_preposition(lexicon) -> None:
    _, statements = run("name_after_subordinator", lexicon)
    [s] = attributed(statements)
    assert (s.cue.text, s.mention.text) == ("announced", "Ruiz")


def test_a_pronoun_frame_in_the_middle_is_no_apposition_of_the_name_before(lexicon) -> None:
    _, statements = run("pronoun_middle_frame", lexicon)
    [s] = attributed(statements)
    assert (s.cue.text, s.mention.text) == ("said", "she")


def test_an_inverted_frame_after_a_quoted_predicate_names_the_speaker_after_the_cue(lexicon) -> None:
    _, statements = run("quoted_predicate_inverted", lexicon)
    [s] = attributed(statements)
    assert (s.cue.text, s.speaker, s.speaker_type) == ("says", "Ana Ruiz", "person")


def test_a_cue_coordinated_with_a_complement_infinitive_is_said_by_the_subject_above(lexicon) -> None:
    _, statements = run("conjunct_of_complement_verb", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.cue.text, s.mention.text) == ("the bridge is safe", "tell", "Ruiz")


def test_the_noun_a_gerund_cue_hangs_on_is_its_subject(lexicon) -> None:
    _, statements = run("gerund_subject", lexicon)
    [s] = attributed(statements)
    assert (s.cue.text, s.mention.text, s.speaker) == ("calling", "Mayor Ruiz", "Ruiz")


def test_an_inverted_frame_in_the_middle_names_a_group_after_the_cue(lexicon) -> None:
    _, statements = run("inverted_group_middle", lexicon)
    [s] = attributed(statements)
    assert (s.mention.text, s.cue.text) == ("Ruiz and others", "said")
    assert s.text == "The delay, said Ruiz and others, would be costly"


def test_a_participle_hung_on_the_quoted_verb_continues_the_frame(lexicon) -> None:
    _, statements = run("participle_hung_on_quote", lexicon)
    [s] = [p for p in attributed(statements) if p.kind == "direct"]
    assert (s.text, s.kind, s.cue.text) == ("I think it is exactly what the city needs", "direct", "saying")
    assert s.mention.text == "The mayor"


def test_went_on_to_say_is_said_by_the_subject_of_went(lexicon) -> None:
    _, statements = run("xcomp_say", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.mention.text) == ("The budget is balanced and the debt is falling", "direct", "She")


def test_a_colon_frame_without_a_speech_verb_frames_the_quotation(lexicon) -> None:
    _, statements = run("colon_frame_blunt", lexicon)
    pieces = attributed(statements)
    assert [(p.text, p.kind, p.mention.text) for p in pieces] == [
        ("We will not raise taxes this year", "direct", "The governor"),
        ("Our members have voted to strike", "direct", "The statement"),
    ]
    assert pieces[0].cue.text == "blunt"


def test_a_name_and_a_colon_sign_the_quotation(lexicon) -> None:
    _, statements = run("colon_frame_name", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker, s.cue.text) == ("The bridge is not safe and everyone here knows it", "direct",
                                                      "Maria Lopez", ":")


def test_a_quotation_opened_in_a_reported_clause_runs_on_with_its_speaker(lexicon) -> None:
    _, statements = run("quote_runs_past_clause", lexicon)
    pieces = attributed(statements)
    assert [p.text for p in pieces] == ["she believes “the plan will work", "But the money is not there yet"]
    assert {(p.speaker, p.cue.text) for p in pieces} == {("Lopez", "said")}


def test_a_capitalised_subject_after_the_quotation_is_a_name_whatever_its_tag(lexicon) -> None:
    _, statements = run("name_tagged_verb", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.mention.text) == ("The plan works for everyone", "direct", "Okafor")


def test_adding_takes_the_quotation_the_parser_hung_on_said(lexicon) -> None:
    # "..., Diaz said, adding, “They need ...”": "need" is the complement of "said", "adding" hangs on it
    _, statements = run("second_frame_takes_quote", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker, s.cue.text) == ("They need to sit down and talk", "direct", "Diaz", "adding")


def test_a_sentence_that_is_only_a_frame_takes_the_quotation_after_it(lexicon) -> None:
    _, statements = run("bare_frame_before_quote", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker, s.cue.text) == ("The city cannot wait any longer for the bridge", "direct",
                                                      "Maria Diaz", "responded")


def test_a_quotation_signed_with_a_hyphen_and_a_name(lexicon) -> None:
    _, statements = run("quote_signed_hyphen", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker) == ("The rules have to change before the next election", "direct", "Ana Ruiz")


def test_a_frame_after_a_quotation_that_ends_a_clause_reports_the_whole_clause(lexicon) -> None:
    _, statements = run("quote_ends_clause", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker) == ("The new budget “will hurt every family in the county", "mixed", "Smith")


def test_what_someone_called_a_quoted_name_is_their_words(lexicon) -> None:
    _, statements = run("called_relative_quote", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.speaker, s.cue.text) == ("a perception problem", "mayor", "called")


def test_called_with_the_quoted_word_parsed_as_the_object(lexicon) -> None:
    _, statements = run("called_quoted_object", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker) == ("the council’s decision “arbitrary", "mixed", "Garcia")


def test_a_quotation_inside_someones_clause_is_their_words(lexicon) -> None:
    # "mourned the “...”" and "lobbied the board to “...”" have no reporting frame, but the
    # quoted words are the subject's; a quoted title and a quotation under a subject that cannot
    # speak ("The storm left “...”") stay in the outlet's voice
    _, statements = run("governed_quote", lexicon)
    pieces = attributed(statements)
    assert [(p.text, p.kind, p.mention.text, p.cue.text) for p in pieces] == [
        ("slow and painful decline of a once proud club", "direct", "Ms. Lopez", "mourned"),
        ("stop wasting money on studies", "direct", "Diaz", "lobbied"),
    ]


def test_a_frame_after_a_quotation_misread_as_a_relative_clause_of_its_speaker(lexicon) -> None:
    # '“...,” the engineer Ana Ruiz, a former adviser ..., wrote on her blog.': the parser hangs
    # "wrote" on "adviser" with no subject; the noun phrase after the quotation is the speaker
    _, statements = run("frame_after_quote_relative", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.kind, s.speaker, s.cue.text) == (
        "The bridge will stay closed until spring", "direct", "Ana Ruiz", "wrote")


def test_three_typewriter_marks_close_a_single_and_a_double_quotation(lexicon) -> None:
    from attribution.attribute.quotes import find_quotes

    body = "''I would call it 'a detour,''' Mr. Ortiz said. He added '''Tis late,'' and left."
    assert [body[q.start : q.end] for q in find_quotes(body, [0])] == ["I would call it 'a detour,'", "'Tis late,"]
    _, statements = run("quote_triple_marks", lexicon)
    [s] = attributed(statements)
    assert s.text.startswith("I would call it 'a detour") and (s.kind, s.speaker) == ("direct", "Ortiz")


def test_a_quotation_opened_after_according_to_is_theirs_to_its_end(lexicon) -> None:
    _, statements = run("according_long_quote", lexicon)
    pieces = attributed(statements)
    assert [(p.text, p.speaker) for p in pieces] == [
        ("The bridge will reopen in May", "paper"), ("The ferry stops then", "paper")]


def test_a_relative_pronoun_described_as_a_quotation(lexicon) -> None:
    # "which she described as a “fresh start”": the description given in quote marks after "as"
    _, statements = run("described_relative_as_quote", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.cue.text, s.mention.text) == ("a “fresh start", "described", "she")


def test_a_frame_inside_the_clause_it_reports_that_goes_on_in_quote_marks(lexicon) -> None:
    # 'The new bridge, Ms. Ruiz said, “is a good start” for the city.': the whole clause is hers;
    # 'In Madrid, she said, “...”': the place is the frame's, only the quotation is hers
    _, statements = run("frame_inside_quoted_clause", lexicon)
    assert [(s.text, s.kind, s.speaker) for s in attributed(statements)] == [
        ("The new bridge", "mixed", "Ruiz"), ("“is a good start” for the city", "mixed", "Ruiz"),
        ("the work goes on", "direct", "Ruiz")]


def test_a_finite_complement_is_a_belief_clause_whatever_holds_its_subject(lexicon) -> None:
    # "believe [this] helps ..." with "this" made the verb's determiner, "thinks [the team]
    # should be ..." with the subject hung on "thinks": a finite complement has a subject of its
    # own all the same; "thinks the team a contender" has no tense of its own and reports no clause
    _, statements = run("belief_torn_subject", lexicon)
    assert [(p.text, p.cue.text, p.cue_class) for p in attributed(statements)] == [
        ("this helps the mayor", "believe", "belief"), ("the team should be a contender", "thinks", "belief")]


def test_a_negated_neg_raising_verb_still_reports_a_thought_or_an_aim(lexicon) -> None:
    # "does not think the bridge will open" is what the mayor thinks; "did not plan to close"
    # is the council's aim; "did not say" reports no words and "did not know" no knowledge
    _, statements = run("neg_raising", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("the bridge will open", "think", "belief", "mayor"), ("to close the road", "plan", "intention", "council")]


def test_a_gerund_after_a_proposing_or_supporting_verb_is_what_is_proposed(lexicon) -> None:
    # "proposed banning ...", "would support raising ...": the gerund is the verb's object in
    # verbal form, what is proposed or supported; "avoided paying" has no object topic and the
    # gerund an action not taken, so it stays the outlet's own sentence
    _, statements = run("gerund_object", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("banning all imports from the region", "propose", "intention", "senator"),
        ("raising the minimum wage", "support", "belief", "mayor")]


def test_a_gerund_after_a_reporting_denying_complaining_or_mentioning_verb_is_its_topic(lexicon) -> None:
    # "reported raising $9 million", "denied taking the bribes", "lamented losing their land",
    # "recalled meeting the players": the gerund is the verb's object in verbal form, what was
    # reported, denied, lamented or recalled (cue class topic); "tweeted using his phone" tells
    # how, so with nothing tweeted it reports nothing, and with words after a colon those words
    # are what was tweeted, not the gerund
    _, statements = run("gerund_report", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("raising nine million dollars in May", "report", "topic", "governor"),
        ("taking the bribes", "deny", "topic", "minister"),
        ("losing their land", "lament", "topic", "farmers"),
        ("meeting the players in June", "recall", "topic", "coach"),
        ("We won the vote", "tweet", "speech", "mayor")]


def test_a_bare_finite_clause_is_a_finding_when_a_person_or_organisation_finds_it(lexicon) -> None:
    # "the judge found [the company was in breach]", "the union has shown [it can win]": a
    # finding though no "that" opens the clause; "the results show [the party kept ...]" reports
    # an outcome in the outlet's voice (Wikinews gold), as "the video shows soldiers" a scene
    _, statements = run("found_bare_clause", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("the company was in breach of its contract", "find", "evidence", "judge"),
        ("it can win a strike", "show", "evidence", "union")]


def test_the_object_of_expect_or_fear_is_what_is_expected_or_feared(lexicon) -> None:
    # "expected such a sharp drop", "fear a long recession": the object names the belief's
    # content, as the object of "support" names a position
    _, statements = run("expect_object", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("such a sharp drop in prices", "expect", "belief", "Few economists"),
        ("a long recession", "fear", "belief", "Investors")]


def test_the_object_of_hate_or_love_is_the_attitudes_content(lexicon) -> None:
    # "hate the new tax": the object is what the farmers' attitude is about; "enjoyed wide
    # support" has the verb's other sense (to have), and stays the outlet's own sentence
    _, statements = run("attitude_object", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("the new tax", "hate", "belief", "Most farmers")]


def test_what_someone_agrees_with_is_the_agreements_content(lexicon) -> None:
    # "agreed with the new analysis": the view the mayor shares
    _, statements = run("agree_with", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("the new analysis", "agree", "belief", "former mayor")]


def test_what_someone_believes_in_or_thinks_of_is_the_beliefs_content(lexicon) -> None:
    # "believe in the old promise ...", "think of the mayor as a leader": the phrase names what
    # the belief is about, with the description it gives
    _, statements = run("believe_in", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("the old promise of a pension", "believe", "belief", "Young voters"),
        ("the mayor as a leader", "think", "belief", "Few people")]


def test_what_someone_knows_about_is_the_knowledges_content(lexicon) -> None:
    # "knows all about losing streaks" (the gerund phrase hung as an adverbial clause with
    # "about"), "know about the new rules": what the knowledge is about
    _, statements = run("know_about", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("losing streaks", "know", "belief", "old coach"), ("the new rules", "know", "belief", "Few voters")]


def test_a_noun_of_intention_with_a_to_infinitive_is_its_holders_intention(lexicon) -> None:
    # "the mayor's plan to close the old road": what the mayor intends; "the effort to rebuild"
    # names an act, not an intention, and nobody holds it here
    _, statements = run("intention_noun", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("to close the old road", "plan", "intention", "mayor")]


def test_what_is_decided_on_or_against_is_the_decisions_content(lexicon) -> None:
    # "decided against renewing the contract" (the gerund hung as an adverbial clause opened by
    # "against"), "decided on a new name": what the decision is about
    _, statements = run("decide_against", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("renewing the contract", "decide", "intention", "board"), ("a new name", "decide", "intention", "club")]


def test_the_infinitive_after_an_intention_verbs_object_is_what_is_asked(lexicon) -> None:
    # "urged [the city council] to approve ..." with "to approve" hung on "urged" as an adverbial
    # clause: still what the council is asked to do, with the whole object, though the parser
    # lost the verb's subject (the name hung on the date) and only its position names the mayor
    _, statements = run("urge_object_advcl", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class, p.speaker) for p in attributed(statements)] == [
        ("the city council to approve the budget", "urge", "intention", "Reyes")]


def test_a_stance_towards_a_name_or_a_person_is_content_of_one_word(lexicon) -> None:
    # "has endorsed Sen. Garcia" (the whole name, though the parser made two objects of it) and
    # "oppose him": the one named is what is supported or opposed; a speech act's one-word topic
    # is content only where it is a name the act was aimed at, its only object ("praised Garcia")
    _, statements = run("named_stance", lexicon)
    assert [(p.text, p.cue.lemma, p.cue_class) for p in attributed(statements)] == [
        ("Sen. Garcia", "endorse", "belief"), ("him", "oppose", "belief"), ("Garcia", "praise", "topic")]


def test_a_bare_name_object_is_a_topic_of_a_person_not_of_a_document(lexicon) -> None:
    # "The senator attacked Lopez": whom the act was aimed at; "The weekly sales report cheered
    # Republicans": a finding's effect on them, no statement
    _, statements = run("named_target_of_document", lexicon)
    assert [(s.mention.text, s.cue.text, s.text) for s in attributed(statements)] == [
        ("The senator", "attacked", "Lopez")]


def test_a_quotation_after_a_noun_of_shouting_is_words_said(lexicon) -> None:
    # "chants of “...”": the words were said, by the subject of the verb the noun hangs on, by
    # the object a verb moves to the shouting ("roused the crowd to chants", kept on the parser's
    # arc from "crowd"), with a quotation joined by "and"; a passive subject ("was greeted with
    # chants") was shouted at, so the words have no source
    _, statements = run("shout_nouns", lexicon)
    found = [(s.text, s.kind, s.speaker, s.cue.text if s.cue else None) for s in attributed(statements)]
    assert found == [
        ("Build the wall", "direct", "Supporters", "chants of"),
        ("Lock her up!", "direct", "crowd", "chants of"),
        ("Feel the Bern” and “Love you, Bernie", "direct", None, "calls of"),
        ("Bobby!", "direct", None, "chants of"),
    ]


def test_participle_whose_clause_the_parser_hung_on_the_sentence_verb(lexicon) -> None:
    # "sent a letter to members saying [the strike would end]", no comma before the participle:
    # the parser hung "end" on "sent" as a second predicate; it is what the letter said
    _, statements = run("participle_torn_clause", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.cue.text, s.kind, s.cue_class) == ("the strike would end", "saying", "indirect", "speech")
    assert s.speaker is not None


def test_participle_of_a_speech_verb_tagged_as_a_noun(lexicon) -> None:
    # "issued a statement saying that ...": "saying" tagged a noun heading "statement", its clause
    # a relative clause; mended, the senator's statement. "An old saying that ..." stays a noun
    _, statements = run("participle_read_as_noun", lexicon)
    [s] = attributed(statements)
    assert (s.text, s.cue.text, s.speaker, s.kind) == ("the council should wait until spring", "saying", "senator",
                                                        "indirect")


def test_a_relative_pronoun_that_a_cue_takes_is_its_content(lexicon) -> None:
    # "the claims, which he has denied", "the group, for which he apologized" (kept on the
    # parser's advcl arc): the pronoun is what is denied or apologized for, not the rest of the
    # sentence read as a frame's clause; "in which she criticized the plan" tells where, so the
    # plan stays the content
    _, statements = run("relative_content", lexicon)
    assert [(s.text, s.cue.text) for s in attributed(statements)] == [
        ("which", "denied"), ("for which", "apologized"), ("the new plan", "criticized")]


def test_a_closing_according_to_relays_both_clauses_joined_by_but(lexicon) -> None:
    # "A, but B, according to X": the phrase closes the sentence and relays all of it; fronted
    # ("According to X, A, but B") the ", but" clause is the outlet's comment
    _, statements = run("according_end_coordinated", lexicon)
    assert [(s.text, s.speaker) for s in attributed(statements)] == [
        ("Local groups may not give money, but national groups may give as long as they report it", "lawyer"),
        ("the man was arrested", "police")]


def test_a_relative_clause_the_parser_hung_on_the_verb_stays_in_the_topic(lexicon) -> None:
    # "announced [another step] [it will be taking ...]", "highlight [the extent] [to which ...]":
    # the clause right after the object, with its own subject, describes the object; one opened
    # by an adverb ("when he came under attack") tells when the act took place
    _, statements = run("misattached_relative", lexicon)
    assert [(s.text, s.cue.text) for s in attributed(statements)] == [
        ("another step it will be taking to help the mayor", "announced"),
        ("the extent to which the mayor as head of the board continued his work with the charity", "highlight"),
        ("the new remarks", "defended")]


def test_a_one_word_answer_is_what_a_speech_verb_reports(lexicon) -> None:
    # "70 percent said yes, but 20 percent said no" (the first "yes" kept on the parser's arc
    # to the second "said"): the answer is the content, not the question quoted before it;
    # "said no to the plan" is no bare answer
    _, statements = run("answer_word", lexicon)
    found = [(s.text, s.speaker, s.cue.text) for s in attributed(statements)]
    assert found == [("whether the mayor “is fit to lead the city", None, "Asked"),
                     ("yes", "70 percent", "said"), ("no", "20 percent", "said")]
