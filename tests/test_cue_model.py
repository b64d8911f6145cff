"""The learned cue model: its features on fixed trees, training reproducible on a tiny brat sample
written for this test, the hook into attribution, and the setting that turns it off."""

from __future__ import annotations

from pathlib import Path

import pytest

from attribution.attribute import attribute
from attribution.attribute.cues import lexicon_verdict
from attribution.attribute.learned import CueModel, candidates, features, load_model
from attribution.attribute.quotes import find_quotes
from attribution.config import load_settings
from attribution.evaluate.brat import load_brat_corpus
from attribution.learn_cues import corpus_examples, train
from attribution.matching import Matcher
from attribution.parse import paragraph_starts
from attribution.records import Article
from tests.cue_model_trees import MAYOR_INSISTED, NOT_APPROVED, OFFICIALS_MET, WARNED_RESIDENTS, WROTE_QUOTE, tree

pytest.importorskip("sklearn")


def _features(spec: str, lemma: str, lexicon) -> list[str]:
    doc = tree(spec)
    body = doc.text
    quotes = find_quotes(body, paragraph_starts(body))
    matcher = Matcher(lexicon)
    sentence = doc.sentences[0]
    word = next(w for w in candidates(sentence, quotes) if w.lemma == lemma)
    verdict = lexicon_verdict(sentence, word, lexicon, matcher, quotes)
    return features(sentence, word, body, quotes, matcher.grammar, verdict, frozenset({"senator", "mayor"}))


def test_features_of_a_frame_before_a_quoted_command(lexicon) -> None:
    names = _features(WROTE_QUOTE, "write", lexicon)
    for name in ("lemma=write", "xpos=VBD", "deprel=root", "subject=role", "child=nsubj", "child=ccomp",
                 "ccomp_mark=-", "ccomp_clause=False", "quote_in_subtree"):
        assert name in names
    assert "voice=passive" not in names and "negated" not in names
    # the verb inside the quotation is no candidate: it is the quoted words'
    doc = tree(WROTE_QUOTE)
    quotes = find_quotes(doc.text, paragraph_starts(doc.text))
    assert [w.lemma for w in candidates(doc.sentences[0], quotes)] == ["write"]


def test_features_of_a_negated_passive(lexicon) -> None:
    names = _features(NOT_APPROVED, "approve", lexicon)
    for name in ("voice=passive", "negated", "child=nsubj:pass", "child=aux:pass", "child=obl:by", "subject=noun",
                 "lexicon_class=none", "lexicon_category=none"):
        assert name in names


def test_features_say_what_the_lexicon_makes_of_the_verb(lexicon) -> None:
    names = _features(MAYOR_INSISTED, "insist", lexicon)
    assert "lexicon_class=speech" in names and "lexicon_category=reporting_distancing" in names
    assert "ccomp_mark=that" in names and "ccomp_clause=True" in names


def test_a_model_maps_unknown_lemmas_to_the_rare_weight() -> None:
    model = CueModel({"lemma=say": 2.0, "lemma=<rare>": -1.0, "child=ccomp": 1.0}, 0.0, frozenset({"say"}), 0.5, {})
    assert model.probability(["lemma=say", "child=ccomp"]) > 0.95
    assert model.probability(["lemma=quibble", "child=ccomp"]) == pytest.approx(0.5)
    again = CueModel.from_json(model.to_json())
    assert again.probability(["lemma=say"]) == pytest.approx(model.probability(["lemma=say"]))
    assert again.fingerprint() == model.fingerprint()


def _brat_sample(folder: Path) -> Path:
    """Two hand-written articles (the trees above) with their cue spans in brat standoff."""
    (folder / "text").mkdir()
    (folder / "attributions").mkdir()
    for name, spec, cue, content in (("daily_a", MAYOR_INSISTED, "insisted", "taxes rise"),
                                     ("herald_b", OFFICIALS_MET, "argued", "the rules failed")):
        body = tree(spec).text
        headline = "Headline\n"
        (folder / "text" / f"{name}.txt").write_text(headline + body, encoding="utf-8")
        shift = len(headline)
        c0, t0 = body.index(cue) + shift, body.index(content) + shift
        (folder / "attributions" / f"{name}_x1.ann").write_text(
            f"T1\tCue {c0} {c0 + len(cue)}\t{cue}\nT2\tContent {t0} {t0 + len(content)}\t{content}\n"
            f"E1\tAttribution:T2 Content:T2 Cue:T1\n", encoding="utf-8")
    return folder


def test_training_is_reproducible(tmp_path: Path, lexicon) -> None:
    gold = load_brat_corpus(_brat_sample(tmp_path))
    docs = [tree(spec) for spec in (MAYOR_INSISTED, OFFICIALS_MET)]
    examples = corpus_examples(gold, docs, lexicon)
    # the candidates: insisted, rise, fell; met, argued, failed; the two cues are the positives
    assert len(examples) == 6 and sum(e.label for e in examples) == 2
    assert [e.lexicon_takes for e in examples] == [True, False, False, False, True, False]
    first = train(examples, min_lemma=1, corpus="sample")
    second = train(corpus_examples(gold, docs, lexicon), min_lemma=1, corpus="sample")
    assert first.to_json() == second.to_json()
    assert first.weights["lexicon_class=speech"] > 0  # what the lexicon takes is most often a cue
    assert "insist" in first.lemmas and first.card["articles"] == 2 and first.card["cv_folds"] == 2
    assert not any(word in first.to_json() for word in ("taxes", "rules", "Monday"))  # no article text


def test_the_shipped_model_is_read_and_has_its_card() -> None:
    model = load_model()
    assert model is not None
    assert 0.5 <= model.threshold < 1
    assert model.card["data"] == "polnear/train" and model.card["cv_not_in_lexicon"]["precision"] >= 0.85


def test_a_learned_cue_frames_a_clause_the_lexicon_does_not_take(lexicon) -> None:
    doc = tree(WARNED_RESIDENTS)
    article = Article(article_id="t", body=doc.text, path="t.txt")
    [s] = [s for s in attribute(article, doc, lexicon) if not s.is_own_voice]
    assert (s.text, s.speaker, s.cue.text, s.cue.category, s.cue.entry) == (
        "taxes would rise", "mayor", "warned", "reporting_learned", "reporting-learned")
    # the model off: the rules alone, the sentence in the outlet's own voice as before
    off = attribute(article, doc, lexicon.without_learned())
    assert [s.is_own_voice for s in off] == [True]
    assert lexicon.without_learned().learned() is None and lexicon.learned() is not None
    assert lexicon.without_learned().fingerprint() != lexicon.fingerprint()


def test_model_off_gives_the_rules_outputs_on_every_fixed_tree(lexicon) -> None:
    """With the model off no statement is the model's, and each tree's statements are those of a
    lexicon that has no learned entry at all."""
    from dataclasses import replace

    from attribution.document import ParsedDoc
    from tests.test_attribution_rules import TREES

    off = lexicon.without_learned()
    bare = replace(lexicon, entries={k: e for k, e in lexicon.entries.items() if not e.is_learned}, _index=None,
                   _reporting_lemmas=None, _reporting_part=None)
    for path in sorted(TREES.glob("*.conllu")):
        doc = ParsedDoc.from_conllu(path.read_text(encoding="utf-8"))
        article = Article(article_id=path.stem, body=doc.text, path=str(path))
        got = attribute(article, doc, off)
        assert not any(s.cue and s.cue.category == "reporting_learned" for s in got), path.name
        assert got == attribute(article, doc, bare), path.name


def test_the_setting_turns_the_model_off(tmp_path: Path) -> None:
    config = tmp_path / "attribution.yaml"
    config.write_text("attribution:\n  learned_cues: false\n", encoding="utf-8")
    assert load_settings(config).attribution.learned_cues is False
    assert load_settings(None).attribution.learned_cues is True
    config.write_text("attribution:\n  learned_cues: maybe\n", encoding="utf-8")
    with pytest.raises(Exception, match="learned_cues"):
        load_settings(config)
