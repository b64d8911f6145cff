"""What the claims stage keeps of each article while a run streams: word counts, never the parse.

Two things of the claims stage look at every article of a run: the rarity of each word (counted
over all sentences) and the stories (whole-text word counts per article). Both are counted here
one article at a time as the run goes, so no parse needs to be kept for them; the parses of a
story's articles are read back only when that story is aligned.

One thing is known only at the end: the acronyms the run's articles spell out (acronyms.py),
which turn a name word ("NIS") into the words of its name. A word that could be such an acronym
is kept aside with the terms it has otherwise, and settled in :meth:`ClaimFeatures.finish`; the
counts are then exactly those of counting over all parses after learning the acronyms.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from attribution.align.acronyms import MAX_LETTERS, MIN_LETTERS, AcronymLearner
from attribution.align.similarity import Rarity
from attribution.align.tuning import AlignmentTuning, stable_repr
from attribution.align.vocabulary import Vocabulary
from attribution.document import ParsedDoc
from attribution.lexicon import Lexicon
from attribution.pipeline import code_fingerprint

Deferred = tuple[str, tuple[str, ...]]  # (the word as an alias is looked up, its keys without one)


class _Probe(dict):  # type: ignore[type-arg]
    """The aliases of the counting vocabulary: remembers the words looked up in it, so a word
    whose terms would change with an acronym learnt later is known without repeating the rules."""

    def __init__(self, aliases: dict[str, tuple[str, ...]]):
        super().__init__(aliases)
        self.asked: list[str] = []

    def __contains__(self, key: object) -> bool:
        self.asked.append(str(key))
        return dict.__contains__(self, key)


def _learnable(text: str) -> bool:
    """The shape of an acronym a run can learn (acronyms.py): 2 to 6 letters."""
    return MIN_LETTERS <= len(text) <= MAX_LETTERS and text.isalpha()


@dataclass(frozen=True)
class ArticleCounts:
    """What one article adds to a run's counts, in a form the parse cache keeps (``to_json``):
    the acronyms it may define or use, its key counts, and each sentence's keys (those with a
    word that may be an acronym apart, to be settled at the end of the run)."""

    written: tuple[str, ...]  # words written in capitals that could be acronyms (lower-cased)
    names: tuple[tuple[str, tuple[str, ...]], ...]  # acronym -> the shortest name seen first
    fixed: tuple[tuple[str, int], ...]  # key -> occurrences, words whose keys are settled
    deferred: tuple[tuple[Deferred, int], ...]  # possible acronym -> occurrences
    settled: tuple[tuple[str, ...], ...]  # the keys of each sentence without a possible acronym
    pending: tuple[tuple[tuple[str, ...], tuple[Deferred, ...]], ...]  # the others: keys, possible acronyms

    def to_json(self) -> str:
        return json.dumps([self.written, self.names, self.fixed, self.deferred, self.settled, self.pending],
                          ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, payload: str) -> ArticleCounts:
        written, names, fixed, deferred, settled, pending = json.loads(payload)

        def item(d: list) -> Deferred:  # type: ignore[type-arg]
            return d[0], tuple(d[1])

        return cls(tuple(written), tuple((a, tuple(n)) for a, n in names), tuple((k, n) for k, n in fixed),
                   tuple((item(d), n) for d, n in deferred), tuple(tuple(k) for k in settled),
                   tuple((tuple(f), tuple(item(d) for d in ds)) for f, ds in pending))


class ClaimFeatures:
    """Counts of the run's words for rarity and stories, added article by article (``add``)."""

    def __init__(self, tuning: AlignmentTuning, lexicon: Lexicon):
        self.vocabulary = Vocabulary(tuning, lexicon)
        self._aliases = _Probe(self.vocabulary.aliases)
        self.vocabulary.aliases = self._aliases
        self.acronyms = AcronymLearner()
        self.sentence_counts: Counter[str] = Counter()  # sentences holding each key, settled ones
        self.sentences = 0
        # sentences with a possible acronym: their other keys (a tuple, a quarter of a set's size)
        self._pending: list[tuple[tuple[str, ...], tuple[Deferred, ...]]] = []
        self._articles: list[tuple[Counter[str], Counter[Deferred]]] = []
        self._strings: dict[str, str] = {}  # one copy of each key string for the whole run

    @classmethod
    def of(cls, docs: Iterable[ParsedDoc], tuning: AlignmentTuning, lexicon: Lexicon) -> ClaimFeatures:
        features = cls(tuning, lexicon)
        for doc in docs:
            features.add(doc)
        return features

    def __len__(self) -> int:
        return len(self._articles)

    def _key(self, key: str) -> str:
        return self._strings.setdefault(key, key)

    def fingerprint(self) -> str:
        """Everything an article's counts depend on besides its parse: this code, the tuning and
        the lexicon's reporting and cue lemmas (a weight edit keeps it, so counts stored under
        it serve a re-score)."""
        vocab = self.vocabulary
        digest = hashlib.sha1()
        for part in (code_fingerprint(), stable_repr(vocab.tuning), stable_repr(vocab.reporting_lemmas),
                     stable_repr(vocab.cue_lemmas)):
            digest.update(part.encode())
            digest.update(b"\0")
        return digest.hexdigest()[:24]

    def count(self, doc: ParsedDoc) -> ArticleCounts:
        """What one article adds to the counts (worked out from its parse, added by ``add_counts``)."""
        vocab, asked = self.vocabulary, self._aliases.asked
        learner = AcronymLearner()
        fixed_counts: Counter[str] = Counter()
        deferred_counts: Counter[Deferred] = Counter()
        settled: list[tuple[str, ...]] = []
        pending: list[tuple[tuple[str, ...], tuple[Deferred, ...]]] = []
        for sentence in doc.sentences:
            learner.add(sentence)
            fixed: list[str] = []
            deferred: list[Deferred] = []
            for word in sentence.words:
                asked.clear()
                keys = tuple(self._key(t.key) for t in vocab.terms(sentence, word))
                looked_up = asked[-1] if asked else None
                if looked_up is not None and _learnable(looked_up) and not dict.__contains__(self._aliases, looked_up):
                    deferred.append((self._key(looked_up), keys))
                else:
                    fixed.extend(keys)
            fixed_counts.update(fixed)
            deferred_counts.update(deferred)
            if deferred:
                pending.append((tuple(set(fixed)), tuple(deferred)))
            else:
                settled.append(tuple(set(fixed)))
        return ArticleCounts(tuple(sorted(learner.written)), tuple(learner.names.items()), tuple(fixed_counts.items()),
                             tuple(deferred_counts.items()), tuple(settled), tuple(pending))

    def add(self, doc: ParsedDoc) -> None:
        """Count one article (the next in input order)."""
        self.add_counts(self.count(doc))

    def add_counts(self, counts: ArticleCounts) -> None:
        """Add one article's counts (the next in input order), made here or stored by an earlier run."""
        learner = AcronymLearner()
        learner.written = set(counts.written)
        learner.names = dict(counts.names)
        self.acronyms.merge(learner)
        for keys in counts.settled:
            self.sentence_counts.update(keys)
        self.sentences += len(counts.settled)
        key = self._key
        self._pending.extend((tuple(key(k) for k in fixed), tuple((key(t), tuple(key(k) for k in ks)) for t, ks in deferred))
                             for fixed, deferred in counts.pending)
        fixed_counts = Counter({key(k): n for k, n in counts.fixed})
        deferred_counts = Counter({(key(t), tuple(key(k) for k in ks)): n for (t, ks), n in counts.deferred})
        self._articles.append((fixed_counts, deferred_counts))

    def finish(self, vocabulary: Vocabulary) -> tuple[Rarity, list[Counter[str]]]:
        """Teach ``vocabulary`` the run's acronyms; the rarity counts and each article's key counts."""
        learnt = self.acronyms.learnt()
        vocabulary.learn(learnt)

        def settled(item: Deferred) -> tuple[str, ...]:  # a hand-listed alias was never deferred
            text, keys = item
            return learnt.get(text, keys)

        counts = Counter(self.sentence_counts)
        for fixed, deferred in self._pending:
            keys = set(fixed)
            for item in deferred:
                keys.update(settled(item))
            counts.update(keys)
        article_keys = []
        for fixed_counts, deferred_counts in self._articles:
            total = Counter(fixed_counts)
            for item, n in deferred_counts.items():
                for key in settled(item):
                    total[key] += n
            article_keys.append(total)
        return Rarity.of_counts(counts, self.sentences + len(self._pending)), article_keys
