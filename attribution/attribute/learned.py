"""The learned cue model: how likely a predicate is to frame a reported statement, from its tree.

The rules and the lexicon decide which words are reporting cues and explain every decision
(docs/attribution.md). Where they plateau, a logistic regression trained on PolNeAR train
(``attribution train-cues``, docs/cue-model.md) scores each *cue candidate* (a verb outside
quotation marks) by parse features only: its lemma (only lemmas frequent in the training
corpus get a weight of their own), its tag and relation, the relations of its dependents
(a clause, an infinitive, an object, the prepositions of its obliques), its subject's kind
(pronoun, name, named-entity type, role noun), quote marks in or next to it, negation, voice,
and the lexicon's own verdict on it (entry class and category, or the unlisted-verb rule).

The model is a plain table of weights keyed by feature names (``cue_model.json``, no article
text); scoring it needs no scikit-learn, only training does. Attribution uses it in one place
(:func:`learned_cues` via :func:`attribution.attribute.cues.find_cues`): a candidate the
lexicon does not take, scored at or above the model's threshold, becomes a cue of the lexicon's
``reporting_learned`` entry, so its statement is marked as found by the model (lower weight,
shown as such in reports). The setting ``attribution: learned_cues: false`` turns it off.
"""

from __future__ import annotations

import hashlib
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from attribution.attribute.quotes import Quote
from attribution.attribute.spans import only_punctuation
from attribution.document import Sentence, Word
from attribution.matching import Grammar, is_clause, is_negated
from attribution.quotemarks import DOUBLE_MARKS

MODEL_FILE = Path(__file__).with_name("cue_model.json")
RARE = "<rare>"
_PRONOUN_PEOPLE = frozenset({"i", "we", "you", "he", "she", "they", "me", "us", "him", "her", "them", "who"})
_CONTENT_RELATIONS = ("ccomp", "xcomp", "obj", "iobj", "obl", "advcl", "parataxis", "csubj", "nsubj:pass")


@dataclass(frozen=True)
class Verdict:
    """What the lexicon makes of a candidate: its entry's class and category, ``unlisted`` when
    the unlisted-verb rule takes it, ``none`` when nothing does."""

    cue_class: str
    category: str


def candidates(sentence: Sentence, quotes: Sequence[Quote]) -> list[Word]:
    """The words that may frame a statement: verbs outside quotation marks."""
    return [w for w in sentence.words if w.upos == "VERB" and not any(q.contains(w.start, w.end) for q in quotes)]


def _subject_kind(sentence: Sentence, word: Word, roles: frozenset[str]) -> str:
    subject = next((c for c in sentence.children(word) if c.deprel.startswith("nsubj")), None)
    if subject is None:
        return "none"
    lemma = subject.lemma.lower()
    if subject.upos == "PRON":
        return "pron_person" if lemma in _PRONOUN_PEOPLE else "pron_other"
    if subject.upos == "PROPN":
        return "propn"
    if lemma in roles:
        return "role"
    return subject.upos.lower()


def _subject_ner(sentence: Sentence, word: Word) -> str:
    subject = next((c for c in sentence.children(word) if c.deprel.startswith("nsubj")), None)
    if subject is None or not subject.ner or subject.ner == "O":
        return "none"
    return subject.ner.split("-", 1)[-1]


def _case_word(sentence: Sentence, word: Word) -> str:
    case = next((c for c in sentence.children(word) if c.deprel == "case"), None)
    return case.lemma.lower() if case is not None else "-"


def _quote_next_to(sentence: Sentence, body: str, word: Word, quotes: Sequence[Quote]) -> tuple[bool, bool]:
    """A quotation closing just before the verb's clause, or opening just after it."""
    span = sentence.subtree(word)
    lo, hi = span[0].start, span[-1].end
    before = any(sentence.start - 3 <= q.end <= lo and only_punctuation(body, q.end, lo) for q in quotes)
    after = any(hi <= q.start <= sentence.end + 3 and only_punctuation(body, word.end, q.start)
                for q in quotes)
    return before, after


def features(sentence: Sentence, word: Word, body: str, quotes: Sequence[Quote], grammar: Grammar,
             verdict: Verdict, roles: frozenset[str] = frozenset(), cue_ids: frozenset[int] = frozenset()) -> list[str]:
    """The candidate's features, as names (each present feature has value 1). The lemma itself is
    ``lemma=...``; the model maps lemmas it has no weight for to ``lemma=<rare>``. ``cue_ids``:
    the words of the sentence the lexicon and rules take as cues (a verb below one is most often
    part of what it reports)."""
    children = sentence.children(word)
    out = [f"lemma={word.lemma.lower()}", f"xpos={word.xpos}", f"deprel={word.deprel}",
           f"subject={_subject_kind(sentence, word, roles)}", f"subject_ner={_subject_ner(sentence, word)}",
           f"lexicon_class={verdict.cue_class}", f"lexicon_category={verdict.category}"]
    for child in children:
        rel = child.deprel
        if rel in ("obl", "obl:tmod", "obl:npmod", "nmod"):
            out.append(f"child={rel}:{_case_word(sentence, child)}")
        elif rel in _CONTENT_RELATIONS or rel.startswith(("nsubj", "aux", "mark", "expl")):
            out.append(f"child={rel}")
        if rel == "ccomp":
            mark = next((m.lemma.lower() for m in sentence.children(child) if m.deprel == "mark"), "-")
            out.append(f"ccomp_mark={mark}")
            out.append(f"ccomp_clause={is_clause(sentence, child, grammar)}")
        if rel == "xcomp":
            out.append(f"xcomp_upos={child.upos}")
        if rel == "obj":
            out.append(f"obj_upos={child.upos}")
    if any(c.deprel.startswith("aux:pass") or c.deprel == "nsubj:pass" for c in children):
        out.append("voice=passive")
    if is_negated(sentence, word, grammar, [(q.start, q.end) for q in quotes]):
        out.append("negated")
    if word.id == 1 or all(w.upos == "PUNCT" for w in sentence.words[word.id:]):
        out.append("edge")
    inside = any(ch in DOUBLE_MARKS for w in sentence.subtree(word) if w.id != word.id for ch in w.text)
    if inside:
        out.append("quote_in_subtree")
    ancestors = [a.id for a in sentence.ancestors(word)]
    if ancestors and ancestors[0] in cue_ids:
        out.append("head_is_cue")
    elif any(a in cue_ids for a in ancestors):
        out.append("below_cue")
    before, after = _quote_next_to(sentence, body, word, quotes)
    if before:
        out.append("quote_before")
    if after:
        out.append("quote_after")
    return out


@dataclass(frozen=True)
class CueModel:
    """A logistic regression over feature names: weights, intercept, the lemmas it knows, and the
    probability from which a candidate counts as a cue (chosen on the training corpus)."""

    weights: dict[str, float]
    intercept: float
    lemmas: frozenset[str]
    threshold: float
    card: dict

    def probability(self, names: Sequence[str]) -> float:
        score = self.intercept
        for name in names:
            if name.startswith("lemma=") and name[6:] not in self.lemmas:
                name = f"lemma={RARE}"
            score += self.weights.get(name, 0.0)
        return 1.0 / (1.0 + math.exp(-score))

    def fingerprint(self) -> str:
        payload = json.dumps([sorted(self.weights.items()), self.intercept, self.threshold], sort_keys=True)
        return hashlib.sha1(payload.encode()).hexdigest()[:16]

    def to_json(self) -> str:
        return json.dumps({"intercept": round(self.intercept, 6), "threshold": self.threshold,
                           "lemmas": sorted(self.lemmas),
                           "weights": {k: round(v, 6) for k, v in sorted(self.weights.items())},
                           "card": self.card}, indent=1, sort_keys=False, ensure_ascii=False) + "\n"

    @classmethod
    def from_json(cls, text: str) -> CueModel:
        data = json.loads(text)
        return cls({k: float(v) for k, v in data["weights"].items()}, float(data["intercept"]),
                   frozenset(data["lemmas"]), float(data["threshold"]), data.get("card", {}))


@lru_cache(maxsize=4)
def load_model(path: str = str(MODEL_FILE)) -> CueModel | None:
    """The shipped (or given) model; None when the file is missing or unreadable (rules only)."""
    import logging

    try:
        return CueModel.from_json(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError) as exc:
        logging.getLogger(__name__).warning("%s: cue model not usable (%s); rules only", path, exc)
        return None
