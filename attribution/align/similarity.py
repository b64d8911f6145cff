"""How alike two claim units are: a weighted mean of content, predicate, arguments, names and
numbers (weights and the reasons for them in ``lexicons/alignment.yaml`` and docs/claims.md).

Content words are weighted by rarity (inverse document frequency over the sentences of the
run), so "North Korean soldiers", which a story about them repeats in every other sentence,
weighs little and "11,000" or "footage" weighs a lot. Words match exactly (lemma or surface
form), as synonyms (a little less), or as related forms (less again).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from attribution.align.numbers import quantities_agree
from attribution.align.tuning import SimilarityTuning
from attribution.align.units import Unit
from attribution.align.vocabulary import Term, prefix_related


def numbers_conflict(a: Unit, b: Unit) -> bool:
    """Both units state numbers and none of one fits any of the other, approximators read
    ("about 5,000" fits "5 000", "at least 2,000" does not fit "1,500"; numbers.py)."""
    return bool(a.quantities) and bool(b.quantities) and not quantities_agree(a.quantities, b.quantities)


def unknown_subject(a: Unit, b: Unit) -> tuple[frozenset[str], frozenset[str]]:
    """Subject words to leave out of a comparison: a pronoun or missing subject on one side
    ("they signed", "signed a pact") may stand for whatever the other side's subject names, so
    those names are neither a match nor a difference."""
    skip_a = a.subject_keys if b.open_subject and not a.open_subject else frozenset()
    skip_b = b.subject_keys if a.open_subject and not b.open_subject else frozenset()
    return skip_a, skip_b


class Rarity:
    """Inverse document frequency of term keys, counted over sentences."""

    def __init__(self, sentence_keys: Iterable[set[str]]):
        counts: Counter[str] = Counter()
        total = 0
        for keys in sentence_keys:
            counts.update(keys)
            total += 1
        self.total = total
        self.counts = counts
        self._memo: dict[str, float] = {}  # every pair scored looks its terms up again

    @classmethod
    def of_counts(cls, counts: Counter[str], sentences: int) -> Rarity:
        """From counts made elsewhere: the sentences holding each key, and the number of sentences."""
        rarity = cls(())
        rarity.counts, rarity.total = counts, sentences
        return rarity

    def __call__(self, key: str) -> float:
        value = self._memo.get(key)
        if value is None:
            value = self._memo[key] = math.log((self.total + 1) / (self.counts.get(key, 0) + 1)) + 1.0
        return value


Role = tuple[str, Term, int]  # (role, term, the term's number): what a soft Dice compares


@dataclass(frozen=True)
class Profile:
    """A unit prepared for fast comparison: weights and the sets every term is looked up in."""

    unit: Unit
    weights: tuple[float, ...]
    total: float
    forms: frozenset[str]
    groups: frozenset[int]
    prefixes: frozenset[str]
    # per term (in ``unit.terms`` order): its forms that have a prefix key, with the key
    keyed: tuple[tuple[tuple[str, str], ...], ...] = field(default=(), compare=False)
    # prefix key -> the unit's forms with that beginning: the only forms a form can be related to
    by_prefix: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False)
    # per term: it counts as a full content word (not a reporting verb)
    full: tuple[bool, ...] = field(default=(), compare=False)
    # the unit's predicates, arguments and names, each term with its number (``Similarity.intern``)
    predicates: tuple[tuple[Term, int], ...] = field(default=(), compare=False)
    arguments: tuple[Role, ...] = field(default=(), compare=False)
    names: tuple[Role, ...] = field(default=(), compare=False)
    ids: tuple[int, ...] = field(default=(), compare=False)  # per term: its number
    in_subject: tuple[bool, ...] = field(default=(), compare=False)  # per term: a word of the subject


@dataclass(frozen=True)
class Score:
    value: float
    parts: dict[str, float]


class Similarity:
    def __init__(self, tuning: SimilarityTuning, rarity: Rarity):
        self.tuning = tuning
        self.rarity = rarity
        # term x term matches: a story's units share their words, so the same two terms meet
        # in many pairs (soft Dice of arguments and names, predicates)
        self._matches: dict[tuple[int, int], float] = {}
        self._ids: dict[Term, int] = {}  # each distinct term of the run, numbered

    def intern(self, term: Term) -> int:
        """The term's number: equal terms get one number, so matches are memoised by numbers."""
        number = self._ids.get(term)
        if number is None:
            number = self._ids[term] = len(self._ids)
        return number

    def terms(self) -> list[Term]:
        """The run's terms in the order of their numbers."""
        return list(self._ids)

    def term_count(self) -> int:
        return len(self._ids)

    def prefix_key(self, form: str) -> str | None:
        """The beginning related forms share; none for short words and numbers (11,000 is not
        a form of 11,001)."""
        n = self.tuning.prefix_min_chars
        return form[:n] if len(form) >= n and not form.startswith("#") else None

    def index_keys(self, profile: Profile) -> set[str]:
        """Keys two matching words always have in common: the word's beginning (or the whole
        word when short) and its synonym groups."""
        keys: set[str] = set()
        for term in profile.unit.terms:
            if term.factor < 1.0:
                continue  # reporting words do not count as shared words
            for form in term.forms:
                keys.add(f"p:{self.prefix_key(form) or form}")
            keys.update(f"g:{g}" for g in term.groups)
        return keys

    def profile(self, unit: Unit) -> Profile:
        weights = tuple(self.rarity(t.key) * t.factor for t in unit.terms)
        forms = frozenset(f for t in unit.terms for f in t.forms)
        groups = frozenset(g for t in unit.terms for g in t.groups)
        prefixes = frozenset(p for f in forms if (p := self.prefix_key(f)))
        keyed = tuple(tuple((f, k) for f in t.forms if (k := self.prefix_key(f)) is not None) for t in unit.terms)
        by_prefix: dict[str, list[str]] = {}
        for f in forms:
            if (k := self.prefix_key(f)) is not None:
                by_prefix.setdefault(k, []).append(f)
        return Profile(unit, weights, sum(weights), forms, groups, prefixes, keyed,
                       {k: tuple(v) for k, v in by_prefix.items()}, tuple(t.factor >= 1.0 for t in unit.terms),
                       tuple((t, self.intern(t)) for t in unit.predicates),
                       tuple((r, t, self.intern(t)) for r, t in unit.arguments),
                       tuple(("name", t, self.intern(t)) for t in unit.names),
                       tuple(self.intern(t) for t in unit.terms), tuple(t.key in unit.subject_keys for t in unit.terms))

    def match(self, a: Term, b: Term) -> float:
        """How well one term matches another: 1 same word, less for synonyms and related forms."""
        return self._matched(a, self.intern(a), b, self.intern(b))

    def _matched(self, a: Term, ia: int, b: Term, ib: int) -> float:
        """``match`` of two interned terms, memoised: the same two terms meet in many pairs."""
        key = (ia, ib)
        value = self._matches.get(key)
        if value is None:
            value = self._matches[key] = self._match(a, b)
        return value

    def _match(self, a: Term, b: Term) -> float:
        if a.forms & b.forms:
            return 1.0
        if a.groups & b.groups:
            return self.tuning.synonym_match
        n = self.tuning.prefix_min_chars
        if any(prefix_related(x, y, n) for x in a.forms for y in b.forms):
            return self.tuning.prefix_match
        return 0.0

    def _best(self, term: Term, keyed: Sequence[tuple[str, str]], other: Profile) -> float:
        """The best match of ``term`` among the other unit's terms (set lookups first);
        ``keyed``: the term's forms with their prefix keys (``Profile.keyed``). A form can only
        be related to a form with its own beginning (``Profile.by_prefix``)."""
        if not term.forms.isdisjoint(other.forms):
            return 1.0
        tuning = self.tuning
        best = tuning.synonym_match if not term.groups.isdisjoint(other.groups) else 0.0
        if best < tuning.prefix_match:
            n = tuning.prefix_min_chars
            by_prefix = other.by_prefix
            for f, key in keyed:
                candidates = by_prefix.get(key)
                if candidates and any(prefix_related(f, y, n) for y in candidates):
                    return max(best, tuning.prefix_match)
        return best

    def best_of(self, term: Term, other: Profile) -> float:
        """``_best`` for a term not of a profile (its prefix keys worked out here)."""
        keyed = tuple((f, k) for f in term.forms if (k := self.prefix_key(f)) is not None)
        return self._best(term, keyed, other)

    def content(self, a: Profile, b: Profile) -> tuple[float, int, bool]:
        """Weighted soft Dice (the share of both units' word weight that finds a match), how many
        content words (full words, not reporting verbs) the two share, and whether every content
        word of one of them is matched."""
        if a.total + b.total <= 0:
            return 0.0, 0, False
        skip_a, skip_b = unknown_subject(a.unit, b.unit)
        covered = total = 0.0
        counts = []
        for mine, other, skip in ((a, b, skip_a), (b, a, skip_b)):
            shared = full = 0
            for t, keyed, w, whole in zip(mine.unit.terms, mine.keyed, mine.weights, mine.full):
                m = self._best(t, keyed, other)
                if t.key not in skip:
                    covered += w * m
                    total += w
                    full += whole
                if m > 0 and whole:
                    shared += 1
            counts.append((shared, full))
        if total <= 0:
            return 0.0, 0, False
        (shared_a, full_a), (shared_b, full_b) = counts
        # a short unit all of whose content words the other has is as good as one more shared word
        return covered / total, min(shared_a, shared_b), shared_a == full_a or shared_b == full_b

    def _soft_dice(self, xs: Sequence[Role], ys: Sequence[Role]) -> float:
        """Rarity-weighted soft Dice of two lists of (role, term, number); a match across roles
        counts less."""
        if not xs or not ys:
            return 0.0

        cross = self.tuning.cross_role_match
        matched = self._matched

        def best(role: str, term: Term, number: int, others: Sequence[Role]) -> float:
            return max((matched(term, number, o, on) * (1.0 if r == role else cross) for r, o, on in others), default=0.0)

        wx = [self.rarity(t.key) for _, t, _ in xs]
        wy = [self.rarity(t.key) for _, t, _ in ys]
        covered = sum(w * best(r, t, n, ys) for (r, t, n), w in zip(xs, wx))
        covered += sum(w * best(r, t, n, xs) for (r, t, n), w in zip(ys, wy))
        return covered / (sum(wx) + sum(wy))

    def semantic_part(self, cosine: float) -> float:
        """The sentence vectors' cosine on a 0..1 scale: ``semantic_floor`` (what unrelated
        sentences of one story reach) and below is 0."""
        floor = self.tuning.semantic_floor
        return min(1.0, max(0.0, (cosine - floor) / (1.0 - floor)))

    def score(self, a: Profile, b: Profile, cosine: float | None = None,
              content: tuple[float, int, bool] | None = None) -> Score:
        """The similarity of two units: the word-based score, or, when the sentence vectors'
        ``cosine`` reaches ``semantic_gate``, the rescaled cosine if that is higher (the outlets
        reworded the claim). Numbers that disagree part a pair either way. ``content``: the pair's
        ``content``, where worked out already (batch.py)."""
        lexical = self.lexical(a, b, content)
        if cosine is None:
            return lexical
        parts = {**lexical.parts, "semantic": self.semantic_part(cosine)}
        if cosine < self.tuning.semantic_gate and not (cosine >= self.tuning.agreement_gate and self.agree(a, b)):
            return Score(lexical.value, parts)
        semantic = parts["semantic"] * (self.tuning.number_conflict if numbers_conflict(a.unit, b.unit) else 1.0)
        return Score(round(max(lexical.value, semantic), 4), parts)

    def agree(self, a: Profile, b: Profile) -> bool:
        """Do the two units' facts agree? Both state numbers and some fit each other
        (approximators read, numbers.py), or, where either states none, both name someone or
        something and the names match (rarity-weighted soft Dice at least ``agreement_names``)
        with one of them a *telling* name (rarity at least ``agreement_name_rarity``: not one of
        the story's main actors, whom nearly every clause names), and their words still share
        ``min_content``. Such a pair may pass a lower
        cosine (``agreement_gate``): "three pilots and seven passengers" / "five other passengers
        and three crew"; "went down in the Tver region" / "has crashed in the Tver region"."""
        ua, ub = a.unit, b.unit
        if ua.quantities and ub.quantities:
            return not numbers_conflict(ua, ub)
        skip_a, skip_b = unknown_subject(ua, ub)
        names_a = [n for n in a.names if n[1].key not in skip_a]
        names_b = [n for n in b.names if n[1].key not in skip_b]
        if not names_a or not names_b or self._soft_dice(names_a, names_b) < self.tuning.agreement_names:
            return False
        if self.content(a, b)[0] < self.tuning.min_content:  # names alone, in otherwise unlike clauses
            return False
        return any(self.best_of(t, b) >= 1.0 and self.rarity(t.key) >= self.tuning.agreement_name_rarity for _, t, _ in names_a)

    def graded(self, a: Profile, b: Profile, cosine: float | None = None, value: float | None = None) -> float:
        """How alike two members of one claim are, for the averages that hold a claim together
        (grouping): the pair score, or the rescaled cosine where that is higher, below the gate
        too. The gate says when a pair may start a claim on its vectors alone; once a claim
        exists, a cosine of 0.75 says "much alike", and counting it as 0 kept the third outlet's
        wording out of claims whose first two outlets it matched in words or vectors.
        ``value``: the pair's score, where the caller has it already (so it is not scored twice)."""
        if value is None:
            value = self.score(a, b, cosine).value
        if cosine is None:
            return value
        semantic = self.semantic_part(cosine)
        if numbers_conflict(a.unit, b.unit):
            semantic *= self.tuning.number_conflict
        return max(value, semantic)

    def lexical(self, a: Profile, b: Profile, content_part: tuple[float, int, bool] | None = None) -> Score:
        """The word-based similarity (0 when the units share too little content to be one claim)."""
        content, shared, whole = content_part or self.content(a, b)
        parts = {"content": content}
        if content < self.tuning.min_content:
            return Score(0.0, parts)
        ua, ub = a.unit, b.unit
        if ua.predicates or ub.predicates:  # a unit with no predicate word ("there was ...") does not agree
            parts["predicate"] = max((self._matched(x, ix, y, iy) for x, ix in a.predicates for y, iy in b.predicates),
                                     default=0.0)
        # enough shared words: "the location is unknown" / "the location ... was also unknown" share
        # only two, but the same predicate and all of the shorter one; "wanted to issue her support"
        # and "no longer wants to support it" share two and the predicate, and are not one claim
        enough = shared >= self.tuning.min_shared_words or (
            shared >= self.tuning.min_shared_words_same_predicate and whole and parts.get("predicate", 0.0) > 0
        )
        if not enough:
            return Score(0.0, parts)
        skip_a, skip_b = unknown_subject(ua, ub)
        args_a = [x for x in a.arguments if x[1].key not in skip_a]
        args_b = [x for x in b.arguments if x[1].key not in skip_b]
        if args_a and args_b:
            parts["arguments"] = self._soft_dice(args_a, args_b)
        names_a = [x for x in a.names if x[1].key not in skip_a]
        names_b = [x for x in b.names if x[1].key not in skip_b]
        if names_a and names_b:  # a unit that names no one does not disagree about names
            parts["names"] = self._soft_dice(names_a, names_b)
        conflict = False
        if ua.quantities and ub.quantities:
            conflict = numbers_conflict(ua, ub)
            parts["numbers"] = 0.0 if conflict else 1.0
        weights = self.tuning.weights
        total_weight = sum(weights[k] for k in parts)
        value = sum(weights[k] * v for k, v in parts.items()) / total_weight if total_weight else 0.0
        if conflict:
            value *= self.tuning.number_conflict
        return Score(round(value, 4), parts)
