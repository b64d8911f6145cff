"""The reporting lexicon in attribution, on fixed trees: verbs it does not list, and what class
of thing a statement attributes (speech, belief, intention)."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.lexicon import Lexicon, LexiconError
from attribution.document import ParsedDoc
from attribution.pipeline import analyze_article
from attribution.records import Article
from tests.test_attribution_rules import TREES, attributed, run


def test_unlisted_verb_with_subject_and_clause_is_attributed(lexicon) -> None:
    # "marvel" is in no entry of the lexicon: the tree (subject + "that" clause) makes it a report
    assert "marvel" not in lexicon.reporting_lemmas()
    _, statements = run("unlisted_clause", lexicon)
    [s] = attributed(statements)
    assert s.text == "the budget had fewer pages than the menu"
    assert (s.kind, s.cue.text, s.cue.category, s.cue.entry) == ("indirect", "marvelled", "reporting_unlisted", "reporting-unlisted")
    assert s.mention.text == "The senator"
    # hedging scores it as an attributed statement, not the outlet's own claim at 1.0
    doc = ParsedDoc.from_conllu((TREES / "unlisted_clause.conllu").read_text(encoding="utf-8"))
    analyzed = analyze_article(Article("unlisted_clause", doc.text, path="unlisted_clause.conllu"), doc, lexicon)
    [scored] = [x for x in analyzed.statements if not x.is_own_voice]
    assert scored.confidence.outlet <= lexicon.scoring["attributed"] < lexicon.scoring["own_voice"]
    assert any("no stance in the lexicon" in f.detail for f in scored.explanation)


def test_unlisted_verb_beside_a_quotation_is_its_frame(lexicon) -> None:
    assert "scoff" not in lexicon.reporting_lemmas()
    _, statements = run("unlisted_quote", lexicon)
    [s] = attributed(statements)
    assert s.text == "We will be back next year"
    assert (s.kind, s.cue.text, s.cue.category) == ("direct", "scoffed", "reporting_unlisted")
    assert s.mention.text == "the coach"


def test_a_verb_that_takes_a_clause_without_reporting_stays_own_voice(lexicon) -> None:
    _, statements = run("unlisted_means", lexicon)
    assert attributed(statements) == []


def test_the_rule_can_be_turned_off_by_an_overlay(tmp_path: Path) -> None:
    overlay = tmp_path / "off.yaml"
    overlay.write_text("entries:\n  - id: reporting-unlisted\n    enabled: false\n", encoding="utf-8")
    lexicon = Lexicon.load([overlay])
    assert lexicon.unlisted() is None
    _, statements = run("unlisted_clause", lexicon)
    assert attributed(statements) == []


def test_belief_and_intention_statements_carry_their_class(lexicon) -> None:
    _, statements = run("belief_intention", lexicon)
    found = {s.cue.lemma: s for s in attributed(statements)}
    assert found["expect"].text == "prices will fall"
    assert found["expect"].cue_class == "belief"
    assert found["want"].cue_class == "intention"
    assert found["want"].text == "to close the road on Sundays"


def test_infinitive_keeps_its_adverbials_hung_on_the_cue_but_not_the_frames_time(lexicon) -> None:
    _, statements = run("infinitive_tail_on_cue", lexicon)
    found = {s.cue.lemma: s for s in attributed(statements)}
    assert found["plan"].text == "to raise rates more slowly than it has in past years"
    assert found["refuse"].text == "to speak to reporters"


def test_infinitive_keeps_the_bare_conjuncts_hung_on_the_cue(lexicon) -> None:
    _, statements = run("infinitive_conjunct_on_cue", lexicon)
    pledges = [s.text for s in attributed(statements) if s.cue.lemma == "pledge"]
    assert pledges == ["to reform the courts, fix the tax code and cut spending", "to reform the courts"]


def test_class_and_provenance_are_checked(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "entries:\n"
        "  - {id: x-class, pattern: gush, type: reporting, category: reporting_neutral, stance: neutral,\n"
        "     weight: 0.1, description: d, class: rumour}\n"
        "  - {id: x-prov, pattern: gush, type: reporting, category: reporting_neutral, stance: neutral,\n"
        "     weight: 0.1, description: d, upos: [VERB], provenance: {PolNeAR train: {gush: -2}}}\n"
        "  - {id: x-star, pattern: '*', type: reporting, category: reporting_neutral, stance: neutral,\n"
        "     weight: 0.1, description: d}\n",
        encoding="utf-8",
    )
    with pytest.raises(LexiconError) as caught:
        Lexicon.load([bad])
    problems = caught.value.problems  # type: ignore[attr-defined]
    assert any("x-class" in p and "'class' must be one of" in p for p in problems)
    assert any("x-prov" in p and "positive whole count" in p for p in problems)
    assert any("x-star" in p and "reporting_unlisted" in p for p in problems)


def test_every_corpus_entry_says_where_its_words_were_counted(lexicon) -> None:
    corpus = [e for e in lexicon.reporting() if e.source.split(":")[0].endswith("reporting_corpus.yaml")]
    assert len(corpus) >= 40
    for entry in corpus:
        assert entry.provenance, entry.id
        assert entry.examples and entry.description, entry.id
        assert entry.attribution_class in ("speech", "writing", "belief", "intention", "evidence")


def test_excluded_classes_leave_their_sentences_in_the_outlets_voice(lexicon) -> None:
    _, statements = run("belief_intention", lexicon.excluding(["belief", "intention"]))
    assert attributed(statements) == []
    assert len(statements) == 2 and all(s.is_own_voice for s in statements)
    with pytest.raises(ValueError, match="unknown cue class 'rumour'"):
        lexicon.excluding(["rumour"])


def test_exclude_classes_is_a_setting(tmp_path: Path) -> None:
    from attribution.config import read_config_file
    from attribution.yamlfile import YamlError

    good = tmp_path / "attribution.yaml"
    good.write_text("attribution:\n  exclude_classes: [belief, intention]\n", encoding="utf-8")
    assert read_config_file(good).attribution.exclude_classes == ("belief", "intention")
    bad = tmp_path / "bad.yaml"
    bad.write_text("attribution:\n  exclude_classes: [beliefs]\n", encoding="utf-8")
    with pytest.raises(YamlError, match=r"bad.yaml:2: unknown cue class 'beliefs'"):
        read_config_file(bad)


def test_gold_format_scores_leave_beliefs_and_intentions_out(lexicon) -> None:
    from attribution.evaluate.attribution import scored_statements

    _, statements = run("belief_intention", lexicon)
    assert len(attributed(statements)) == 2
    assert scored_statements(statements) == []
    _, speech = run("told_that", lexicon)
    assert [s.cue.lemma for s in scored_statements(speech)] == ["tell"]
