"""``attribution train-cues``: the learned cue model, trained on a brat corpus (PolNeAR train).

Every cue candidate (a verb outside quotation marks, :func:`attribution.attribute.learned.candidates`)
of every parsed article is one example; it is positive when it lies inside a gold cue span. The
parses come from the parse cache (or are made). The model is scikit-learn's logistic regression
(L2, lbfgs, fixed settings, so the same data give the same weights); its probability
threshold is the lowest at which the cross-validated predictions (5 folds by article) of the
candidates the lexicon does not take are right at least ``TARGET_PRECISION`` of the time. Lemmas seen fewer than ``min_lemma`` times share the weight of
``lemma=<rare>``, so the artefact lists no rare word of any article.

scikit-learn is needed here only: scoring a trained model is plain arithmetic.
"""

from __future__ import annotations

import argparse
import logging
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from attribution.attribute import rule_cues
from attribution.attribute.cues import lexicon_verdict
from attribution.attribute.learned import MODEL_FILE, RARE, CueModel, Verdict, candidates, features
from attribution.attribute.quoteframes import framed_quotes
from attribution.attribute.quotes import find_quotes
from attribution.attribute.words import SpeakerWords, speaker_words
from attribution.document import ParsedDoc, Word
from attribution.evaluate.brat import BratArticle, load_brat_corpus
from attribution.lexicon import Lexicon
from attribution.matching import Matcher
from attribution.parse import paragraph_starts

log = logging.getLogger(__name__)

CV_FOLDS = 5
C = 0.5  # inverse L2 strength: moderate, so a lemma's weight needs several examples
TARGET_PRECISION = 0.85  # cues the model adds must be right at least this often (cross-validated, on train)


@dataclass(frozen=True)
class Example:
    names: tuple[str, ...]
    label: bool
    lexicon_takes: bool  # the lexicon (an entry or the unlisted rule) already makes it a cue
    group: int  # the article's index: cross-validation folds never split an article


def _in_cue(word: Word, cues: Sequence[tuple[int, int]]) -> bool:
    return any(a < word.end and word.start < b for a, b in cues)


def article_examples(doc: ParsedDoc, body: str, cues: Sequence[tuple[int, int]], lexicon: Lexicon, matcher: Matcher,
                     words_: SpeakerWords, group: int) -> Iterator[Example]:
    """One example per cue candidate of the article, with the verdict attribution itself would
    give it: the entry or rule cue that takes it, else what the lexicon makes of it."""
    quotes = find_quotes(body, paragraph_starts(body))
    framed = framed_quotes(doc.sentences, quotes, lexicon)
    for sentence in doc.sentences:
        taken = {w.id: hit for hit in rule_cues(sentence, body, lexicon, quotes, words_, framed) for w in hit.words}
        for word in candidates(sentence, quotes):
            hit = taken.get(word.id)
            v = (Verdict(hit.entry.attribution_class, hit.entry.category) if hit is not None
                 else lexicon_verdict(sentence, word, lexicon, matcher, quotes))
            names = features(sentence, word, body, quotes, matcher.grammar, v, words_.person_roles, frozenset(taken))
            yield Example(tuple(names), _in_cue(word, cues), hit is not None, group)


def corpus_examples(gold: Sequence[BratArticle], docs: Sequence[ParsedDoc], lexicon: Lexicon) -> list[Example]:
    lexicon = lexicon.without_learned()
    matcher = Matcher(lexicon)
    words_ = speaker_words(overlays=tuple(Path(p) for p in lexicon.speaker_files))
    out: list[Example] = []
    for i, (g, doc) in enumerate(zip(gold, docs)):
        cues = [span for a in g.attributions for span in a.cue]
        out.extend(article_examples(doc, g.article.body, cues, lexicon, matcher, words_, i))
    return out


def _lemma_counts(examples: Sequence[Example]) -> Counter:
    return Counter(n for e in examples for n in e.names if n.startswith("lemma="))


def _rows(examples: Sequence[Example], known: frozenset[str]) -> list[dict[str, int]]:
    rows = []
    for e in examples:
        rows.append({(n if not n.startswith("lemma=") or n[6:] in known else f"lemma={RARE}"): 1 for n in e.names})
    return rows


def threshold_table(probabilities: Sequence[float], labels: Sequence[bool]) -> list[tuple[float, int, float, float]]:
    """For each threshold 0.50, 0.55, ..., 0.95: how many candidates reach it, and their
    precision and recall."""
    positives = sum(labels)
    table = []
    for step in range(10, 20):
        t = step / 20
        chosen = [y for p, y in zip(probabilities, labels) if p >= t]
        tp = sum(chosen)
        table.append((t, len(chosen), tp / len(chosen) if chosen else 0.0, tp / positives if positives else 0.0))
    return table


def choose_threshold(table: Sequence[tuple[float, int, float, float]], precision: float) -> float:
    """The lowest threshold whose cross-validated precision reaches ``precision``: the model adds
    cues no less precise than the figure the project aims at for its statements."""
    return next((t for t, _, p, _ in table if p >= precision), table[-1][0])


def train(examples: Sequence[Example], min_lemma: int = 20, corpus: str = "") -> CueModel:
    """A logistic regression over the examples; the threshold and figures from grouped
    cross-validation (folds by article)."""
    try:
        from sklearn.feature_extraction import DictVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.model_selection import GroupKFold, cross_val_predict
    except ImportError as exc:  # pragma: no cover - scikit-learn is a dependency
        raise SystemExit(f"train-cues needs scikit-learn ({exc})") from exc
    counts = _lemma_counts(examples)
    known = frozenset(n[6:] for n, k in counts.items() if k >= min_lemma)
    rows = _rows(examples, known)
    labels = [e.label for e in examples]
    vectorizer = DictVectorizer(sort=True)
    matrix = vectorizer.fit_transform(rows)

    def model() -> LogisticRegression:
        return LogisticRegression(C=C, solver="lbfgs", max_iter=2000)

    groups = [e.group for e in examples]
    folds = min(CV_FOLDS, len(set(groups)))
    probabilities = cross_val_predict(model(), matrix, labels, groups=groups, cv=GroupKFold(folds),
                                      method="predict_proba")[:, 1]
    new = [i for i, e in enumerate(examples) if not e.lexicon_takes]
    table = threshold_table([probabilities[i] for i in new], [labels[i] for i in new])
    threshold = choose_threshold(table, TARGET_PRECISION)
    chosen = next(row for row in table if row[0] == threshold)
    fitted = model().fit(matrix, labels)
    weights = {name: float(w) for name, w in zip(vectorizer.get_feature_names_out(), fitted.coef_[0]) if abs(w) > 1e-9}
    card = {
        "data": corpus, "candidates": len(examples), "positives": int(sum(labels)), "articles": len(set(groups)),
        "min_lemma": min_lemma, "C": C, "solver": "lbfgs", "cv_folds": folds,
        "target_precision": TARGET_PRECISION,
        "cv_not_in_lexicon": {"candidates": len(new), "positives": int(sum(labels[i] for i in new)),
                              "threshold": threshold, "chosen": chosen[1], "precision": round(chosen[2], 3),
                              "recall": round(chosen[3], 3),
                              "by_threshold": [[t, n, round(p, 3), round(r, 3)] for t, n, p, r in table]},
    }
    return CueModel(weights, float(fitted.intercept_[0]), known, threshold, card)


def _docs(gold: Sequence[BratArticle], settings) -> list[ParsedDoc]:
    from attribution.engine.local import Analyzer, RunSummary

    analyzer = Analyzer(settings)
    summary = RunSummary(out_dir=Path("."))
    try:
        parsed = analyzer.parse([g.article for g in gold], summary, lambda problem: log.warning("%s", problem))
    finally:
        analyzer.close()
    by_id = {a.article_id: d for a, d in parsed}
    return [by_id[g.article.article_id] for g in gold]


def train_cues_command(args: argparse.Namespace, settings) -> int:
    gold = load_brat_corpus(args.corpus)
    if not gold:
        log.error("%s: no brat corpus (text/ and attributions/)", args.corpus)
        return 1
    docs = _docs(gold, settings)
    lexicon = Lexicon.load(settings.lexicons)
    examples = corpus_examples(gold, docs, lexicon)
    name = args.corpus.name if args.corpus.name not in ("train", "dev") else f"{args.corpus.parent.name}/{args.corpus.name}"
    model = train(examples, args.min_lemma, name)
    if args.threshold is not None:
        model = CueModel(model.weights, model.intercept, model.lemmas, args.threshold, model.card)
    out = args.out or MODEL_FILE
    out.write_text(model.to_json(), encoding="utf-8")
    print(f"{len(examples)} candidates from {len(gold)} articles; model written to {out}")
    print(f"cross-validated, candidates the lexicon does not take: {model.card['cv_not_in_lexicon']}")
    return 0
