"""What the claims stage keeps of each article while a run streams: word counts, never the parse.

Two things of the claims stage look at every article of a run: the rarity of each word (counted
over all sentences) and the stories (whole-text word counts per article). Both are counted here
one article at a time as the run goes, so no parse needs to be kept for them; the parses of a
story's articles are read back only when that story is aligned.

One thing is known only at the end: the acronyms the run's articles spell out (acronyms.py),
which turn a name word ("NIS") into the words of its name. A word that could be such an acronym
is kept aside with the terms it has otherwise, and settled in :meth:`ClaimFeatures.finish`; the
counts are then exactly those of counting over all parses after learning the acronyms.

What is kept grows with the corpus, so it is kept as numbers: each key string of the run is
numbered once, and the counts of every article and the sentences waiting for the acronyms are
flat arrays of those numbers (a few bytes a key, where a dictionary of strings took about a
hundred), read back into word counts one article at a time (:class:`ArticleKeys`).
"""

from __future__ import annotations

import hashlib
import json
from array import array
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass

from attribution.align.acronyms import MAX_LETTERS, MIN_LETTERS, AcronymLearner
from attribution.align.similarity import Rarity
from attribution.align.tuning import AlignmentTuning, stable_repr
from attribution.align.vocabulary import QUALIFIER_UPOS, Vocabulary
from attribution.document import ParsedDoc
from attribution.lexicon import Lexicon
from attribution.pipeline import code_fingerprint

Deferred = tuple[str, tuple[str, ...]]  # (the word as an alias is looked up, its keys without one)
DeferredIds = tuple[int, tuple[int, ...]]  # the same as the run numbers its keys


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


def _flat(counts: Iterable[tuple[int, int]]) -> array:
    """(number, count) pairs as one array: number, count, number, count ... (in their order)."""
    out = array("q")
    for key, n in counts:
        out.append(key)
        out.append(n)
    return out


class ArticleKeys(Sequence[Counter[str]]):
    """Each article's key counts (the whole-text counts stories are grouped by), made one article
    at a time from the run's flat arrays when asked for: nothing per article is kept as strings."""

    def __init__(self, keys: list[str], settled: list[tuple[int, ...]], counts: array, ends: array):
        self._keys, self._settled, self._counts, self._ends = keys, settled, counts, ends

    def __len__(self) -> int:
        return len(self._ends) // 2

    def __getitem__(self, index: int) -> Counter[str]:  # type: ignore[override]
        if not 0 <= index < len(self):
            raise IndexError(index)
        start = self._ends[2 * index - 1] if index else 0
        fixed_end, end = self._ends[2 * index], self._ends[2 * index + 1]
        keys, counts = self._keys, self._counts
        total: Counter[str] = Counter()
        for at in range(start, fixed_end, 2):
            total[keys[counts[at]]] = counts[at + 1]
        for at in range(fixed_end, end, 2):
            n = counts[at + 1]
            for key in self._settled[counts[at]]:
                total[keys[key]] += n
        return total

    def __iter__(self) -> Iterator[Counter[str]]:
        return (self[i] for i in range(len(self)))


class ClaimFeatures:
    """Counts of the run's words for rarity and stories, added article by article (``add``)."""

    def __init__(self, tuning: AlignmentTuning, lexicon: Lexicon):
        self.vocabulary = Vocabulary(tuning, lexicon)
        self._aliases = _Probe(self.vocabulary.aliases)
        self.vocabulary.aliases = self._aliases
        self.acronyms = AcronymLearner()
        self._ids: dict[str, int] = {}  # each key string of the run, numbered in order of appearance
        self._deferred: dict[DeferredIds, int] = {}  # each word that waits for the acronyms, numbered
        self.sentence_counts: Counter[int] = Counter()  # sentences holding each key, settled ones
        self.sentences = 0
        # sentences with a possible acronym: their other keys and their waiting words, flat, with
        # the end of each sentence's part in both
        self._pending_keys, self._pending_words, self._pending_ends = array("q"), array("q"), array("q")
        # per article: its keys' counts then its waiting words' counts (number, count pairs), flat,
        # with the end of each part
        self._counts, self._ends = array("q"), array("q")

    @classmethod
    def of(cls, docs: Iterable[ParsedDoc], tuning: AlignmentTuning, lexicon: Lexicon) -> ClaimFeatures:
        features = cls(tuning, lexicon)
        for doc in docs:
            features.add(doc)
        return features

    def __len__(self) -> int:
        return len(self._ends) // 2

    def _id(self, key: str) -> int:
        return self._ids.setdefault(key, len(self._ids))

    def _word(self, item: Deferred) -> int:
        """The number of a word that waits for the acronyms (with its keys without one)."""
        text, keys = item
        numbered = (self._id(text), tuple(self._id(k) for k in keys))
        return self._deferred.setdefault(numbered, len(self._deferred))

    def fingerprint(self) -> str:
        """What every article's counts depend on besides its parse and :meth:`lexicon_part`:
        this code and the tuning (a lexicon edit keeps it, so counts stored under it serve a
        re-score). The reporting lemmas are not in it: they weigh a term, never change its key."""
        vocab = self.vocabulary
        digest = hashlib.sha1()
        for part in (code_fingerprint(), stable_repr(vocab.tuning)):
            digest.update(part.encode())
            digest.update(b"\0")
        return digest.hexdigest()[:24]

    def lexicon_part(self, doc: ParsedDoc) -> str:
        """What of the lexicon one article's counts read: the hedge and booster lemmas among its
        words of a qualifying tag that counts as content (:meth:`Vocabulary.is_content` leaves
        those out). Adding or dropping a cue the article does not hold keeps its counts."""
        vocab = self.vocabulary
        tags = QUALIFIER_UPOS & vocab.tuning.units.content_upos
        cues = vocab.cue_lemmas
        found = {lemma for s in doc.sentences for w in s.words if w.upos in tags
                 for lemma in (w.lemma.lower(),) if lemma in cues}
        return stable_repr(sorted(found))

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
                keys = vocab.keys(sentence, word)
                looked_up = asked[-1] if asked else None
                if looked_up is not None and _learnable(looked_up) and not dict.__contains__(self._aliases, looked_up):
                    deferred.append((looked_up, keys))
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
            self.sentence_counts.update(self._id(k) for k in keys)
        self.sentences += len(counts.settled)
        for fixed, deferred in counts.pending:
            self._pending_keys.extend(self._id(k) for k in fixed)
            self._pending_words.extend(self._word(d) for d in deferred)
            self._pending_ends.extend((len(self._pending_keys), len(self._pending_words)))
        self._counts.extend(_flat((self._id(k), n) for k, n in counts.fixed))
        self._ends.append(len(self._counts))
        self._counts.extend(_flat((self._word(d), n) for d, n in counts.deferred))
        self._ends.append(len(self._counts))

    def finish(self, vocabulary: Vocabulary) -> tuple[Rarity, ArticleKeys]:
        """Teach ``vocabulary`` the run's acronyms; the rarity counts and each article's key counts."""
        learnt = self.acronyms.learnt()
        vocabulary.learn(learnt)
        keys = list(self._ids)  # a hand-listed alias was never deferred
        settled = [tuple(self._id(k) for k in learnt[keys[text]]) if keys[text] in learnt else ids
                   for text, ids in self._deferred]
        keys = list(self._ids)
        counts: Counter[int] = Counter(self.sentence_counts)
        start_keys = start_words = 0
        pending = len(self._pending_ends) // 2
        for n in range(pending):
            end_keys, end_words = self._pending_ends[2 * n], self._pending_ends[2 * n + 1]
            sentence = set(self._pending_keys[start_keys:end_keys])
            for word in self._pending_words[start_words:end_words]:
                sentence.update(settled[word])
            counts.update(sentence)
            start_keys, start_words = end_keys, end_words
        rarity = Rarity.of_counts(Counter({keys[k]: n for k, n in counts.items()}), self.sentences + pending)
        return rarity, ArticleKeys(keys, settled, self._counts, self._ends)
