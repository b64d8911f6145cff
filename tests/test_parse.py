"""The Stanza pipeline: offsets into the body, clitics, long sentences, CoNLL-U without loss."""

from __future__ import annotations

import pytest

from attribution.document import ParsedDoc
from attribution.parse import make_postprocessor, paragraph_starts, prepare_text

from .conftest import WIKINEWS


def test_processors_are_named_explicitly(parser) -> None:
    assert parser.processors.split(",")[:5] == ["tokenize", "mwt", "pos", "lemma", "depparse"]
    loaded = set(parser.pipeline.processors)
    assert not loaded & {"constituency", "sentiment"}


def test_offsets_index_the_body_and_paragraphs_are_numbered(seed_analyzed) -> None:
    for analyzed in seed_analyzed.values():
        body, doc = analyzed.article.body, analyzed.doc
        starts = paragraph_starts(body)
        assert doc.sentences[-1].paragraph == len(starts) - 1
        for sentence in doc.sentences:
            for token in sentence.tokens:
                assert body[token.start : token.end] == token.text
            for word in sentence.words:
                assert token_bounds(sentence, word)
                assert 1 <= word.id <= len(sentence.words)
                assert 0 <= word.head <= len(sentence.words)


def token_bounds(sentence, word) -> bool:
    return sentence.start <= word.start <= word.end <= sentence.end


def test_curly_apostrophes_and_clitics_follow_ud(parse) -> None:
    doc = parse("The video, published by Ukraine’s Center for Strategic Communications, allegedly shows soldiers. He couldn't say.")
    words = [w.text for s in doc.sentences for w in s.words]
    assert "Ukraine" in words and "’s" in words  # not garbled into single letters
    assert "could" in words and "n't" in words
    negation = next(w for s in doc.sentences for w in s.words if w.text == "n't")
    assert negation.lemma == "not"
    mwt = [t for s in doc.sentences for t in s.tokens if t.is_multiword]
    assert {t.text for t in mwt} == {"Ukraine’s", "couldn't"}


def test_prepared_text_keeps_every_offset() -> None:
    body = "Kim’s “pact”\u00a0was signed\u2009today."
    assert len(prepare_text(body)) == len(body)
    assert prepare_text(body)[3] == "'"


def test_typewriter_marks_reach_the_parser_as_one_double_mark() -> None:
    body = "He said, ''Poor Mexico,'' and left. ``Yes,'' she said, ''the word 'old-school,''' too."
    prepared = prepare_text(body)
    assert len(prepared) == len(body)
    assert prepared == "He said,  \"Poor Mexico,\"  and left.  \"Yes,\"  she said,  \"the word 'old-school,'\"  too."


def test_a_typewriter_mark_is_one_punctuation_word_over_both_characters(parse) -> None:
    body = "The mayor said the bridge was ''perfectly safe'' on Monday."
    doc = parse(body)
    marks = [w for s in doc.sentences for w in s.words if w.upos == "PUNCT" and w.text != "."]
    assert [(w.text, w.upos, body[w.start : w.end]) for w in marks] == [('"', "PUNCT", "''")] * 2
    for sentence in doc.sentences:
        for token in sentence.tokens:
            assert body[token.start : token.end] == token.text


def test_pathological_sentences_are_cut() -> None:
    postprocess = make_postprocessor(50)
    sentence = [f"w{i}" if i % 7 else "," for i in range(1, 181)]
    pieces = postprocess([sentence])
    assert all(len(p) <= 50 for p in pieces)
    assert [t for p in pieces for t in p] == sentence


def test_a_runaway_sentence_parses_within_the_cap(parse, settings) -> None:
    text = "Items on the list include " + ", ".join(f"item {i} of the inventory" for i in range(120)) + " and more."
    doc = parse(text)
    assert max(len(s.words) for s in doc.sentences) <= settings.limits.max_sentence_words
    assert doc.sentences[0].start == 0 and doc.sentences[-1].end == len(text)


def test_conllu_round_trip_is_lossless(seed_analyzed) -> None:
    for analyzed in seed_analyzed.values():
        doc = analyzed.doc
        conllu_text = doc.to_conllu(analyzed.article.article_id)
        assert "start_char=" in conllu_text and "# newpar" in conllu_text
        assert ParsedDoc.from_conllu(conllu_text, analyzed.article.body) == doc
        assert ParsedDoc.from_json(doc.to_json(), analyzed.article.body) == doc


def test_gold_trees_load_as_parsed_docs() -> None:
    path = WIKINEWS / "gold-ud" / "korea.conllu"
    if not path.exists():
        pytest.skip("the gold trees are read from ../shared")
    doc = ParsedDoc.from_conllu(path.read_text(encoding="utf-8"))
    assert len(doc.sentences) > 10
    first = doc.sentences[0]
    assert doc.text[first.start : first.end] == " ".join(doc.text[first.start : first.end].split())
    for s in doc.sentences:
        for t in s.tokens:
            assert doc.text[t.start : t.end] == t.text
    said = [w for s in doc.sentences for w in s.words if w.lemma == "say"]
    assert said, "the gold trees carry lemmas the rules can use"


def test_a_tree_with_a_head_cycle_gives_finite_subtrees() -> None:
    """A damaged tree (1 → 2 → 3 → 1, no root) must not loop: each word is visited once."""
    conllu = (
        "# text = Officials said it\n"
        "1\tOfficials\tofficial\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tsaid\tsay\tVERB\t_\t_\t3\tccomp\t_\t_\n"
        "3\tit\tit\tPRON\t_\t_\t1\tnmod\t_\t_\n\n"
    )
    sentence = ParsedDoc.from_conllu(conllu).sentences[0]
    assert [w.text for w in sentence.subtree(sentence.words[1])] == ["Officials", "said", "it"]


def test_depths_count_the_heads_above_each_word_even_in_a_cycle() -> None:
    """``Sentence.depth`` (worked out once per sentence) is the length of ``ancestors``, on a
    tree and on a damaged one with a head cycle; ``words_within`` finds the words by offset."""
    tree = (
        "# text = Officials said it rained\n"
        "1\tOfficials\tofficial\tNOUN\t_\t_\t2\tnsubj\t_\t_\n"
        "2\tsaid\tsay\tVERB\t_\t_\t0\troot\t_\t_\n"
        "3\tit\tit\tPRON\t_\t_\t4\tnsubj\t_\t_\n"
        "4\trained\train\tVERB\t_\t_\t2\tccomp\t_\t_\n\n"
    )
    cycle = tree.replace("0\troot", "4\tdep")
    for text in (tree, cycle):
        sentence = ParsedDoc.from_conllu(text).sentences[0]
        assert [sentence.depth(w) for w in sentence.words] == [sum(1 for _ in sentence.ancestors(w)) for w in sentence.words]
    sentence = ParsedDoc.from_conllu(tree).sentences[0]
    assert [sentence.depth(w) for w in sentence.words] == [1, 0, 2, 1]
    assert [w.text for w in sentence.words_within(10, 18)] == ["said", "it"]
