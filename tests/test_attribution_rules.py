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
