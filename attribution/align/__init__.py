"""Claims across articles and outlets: statements that make the same claim, grouped.

    stories -> claim units (statement + clauses) -> scored pairs -> claims -> members + labels

``align(analyzed, settings)`` groups, inside each story, the stretches of text of different
articles that make the same claim. Each claim gets an id, a short summary (the wording most like
the others, trimmed) and, per member, its article, statement, outlet, span, speaker, confidence
and presentation (asserted, attributed, hedged, disputed). How and why: docs/claims.md; every
number: lexicons/alignment.yaml and ``claims.threshold`` in attribution.yaml.
"""

from __future__ import annotations

import logging
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from attribution.align.batch import TermMatches, contents
from attribution.align.candidates import index_table, rare_pairs, vector_neighbours, word_neighbours
from attribution.align.encoder import Encoder, EncoderUnavailable, load_encoder
from attribution.align.features import ClaimFeatures
from attribution.align.grouping import fold_copies, fold_duplicates, follow_copies, group_units, join_shared, sample
from attribution.align.presentation import CueFinder, label, mark_disputes, member_signals, reporting_frame
from attribution.align.similarity import Profile, Rarity, Similarity
from attribution.align.stories import Story, group_stories
from attribution.align.tuning import AlignmentTuning, load_tuning
from attribution.align.units import Unit, UnitBuilder
from attribution.align.vocabulary import Vocabulary
from attribution.config import Settings
from attribution.hedging import ArticleHedging
from attribution.lexicon import Lexicon
from attribution.pipeline import AnalyzedArticle
from attribution.records import Claim, ClaimMember, Confidence, Factor

log = logging.getLogger(__name__)

__all__ = ["align", "Aligner", "AlignedClaim"]

SUMMARY_CHARS = 160  # a summary is one line of a report table
SUMMARY_TOLERANCE = 0.1  # members this close to the most central one may give the summary
# fragments replaced by their whole clause in a claim: a predicate without its subject. A
# participle phrase ("released by officials") is left as it matched: widening it to the noun it
# describes lowered every claim figure on both dev stories (docs/claims.md), whose gold members
# are such phrases; it still gives way to a whole member in the summary
COMPLETED_FRAGMENTS = frozenset({"subject"})
# Penn tags of relative pronouns (which, who), left out of a summary like "after", "but"
_RELATIVE_XPOS = frozenset({"WDT", "WP"})


def _rare_keys(unit: Unit) -> list[str]:
    """The names and numbers of a unit, as keys for ``rare_pairs``."""
    return [f"name:{t.key}" for t in unit.names] + [f"number:{v:g}" for v in unit.numbers]


def by_sentence_of(units: Sequence[Unit]) -> dict[tuple[int, int], list[Unit]]:
    """Units by (article, sentence index): where a fragment's whole clause is looked for."""
    out: dict[tuple[int, int], list[Unit]] = {}
    for u in units:
        out.setdefault((u.article_index, u.sentence.index), []).append(u)
    return out


def _overlapping(members: Sequence[Unit]) -> bool:
    """Two members of one article overlap (compared article by article, not all pairs)."""
    by_article: dict[int, list[Unit]] = {}
    for u in members:
        by_article.setdefault(u.article_index, []).append(u)
    return any(a.overlap(b) for group in by_article.values() for i, a in enumerate(group) for b in group[i + 1:])


def _names_subject(unit: Unit) -> bool:
    """The unit contains its predicate's subject, or is a noun phrase (which needs none)."""
    if unit.head.upos in ("NOUN", "PROPN"):
        return True
    return any(
        c.relation in ("nsubj", "csubj") and unit.start <= c.start < unit.end
        for c in unit.sentence.children(unit.head)
    )


@dataclass
class AlignedClaim:
    """A claim with the units behind its members (for evaluation and inspection)."""

    claim: Claim
    units: list[Unit]


class Aligner:
    """One alignment run: the tuning, lexicon and rarity counts shared by every story."""

    def __init__(self, analyzed: Sequence[AnalyzedArticle], settings: Settings,
                 tuning: AlignmentTuning | None = None, lexicon: Lexicon | None = None,
                 encoder: Encoder | None = None, features: ClaimFeatures | None = None):
        self.analyzed = list(analyzed)
        self.encoder = encoder  # None: shared words only (align() loads the one settings name)
        self._vectors: dict[int, np.ndarray] = {}
        self.settings = settings
        self.tuning = tuning or load_tuning(settings.claims.alignment)
        self.lexicon = lexicon or Lexicon.load(settings.lexicons)
        self.vocabulary = Vocabulary(self.tuning, self.lexicon)
        self.finder = CueFinder(self.lexicon, self.tuning.evidence_nouns)
        self._hedging: dict[int, ArticleHedging] = {}
        # rarity and story counts: counted by the run as it streamed (``features``, so no parse
        # was kept for them), else from the parses at hand; the run's acronyms are learnt here
        self._streamed = features is not None
        if features is None:
            features = ClaimFeatures.of((a.doc for a in self.analyzed), self.tuning, self.lexicon)
        rarity, self.article_keys = features.finish(self.vocabulary)
        self.similarity = Similarity(self.tuning.similarity, rarity)
        self._profiles: dict[int, Profile] = {}
        self._scores: dict[tuple[int, int], float] = {}
        self._links: dict[tuple[int, int], float] = {}
        self._is_frame: dict[int, bool] = {}
        self._term_matches: TermMatches | None = None  # batch.py: the run's matching terms

    def stories(self) -> list[Story]:
        arts = [a.article for a in self.analyzed]
        return group_stories(
            [a.story for a in arts], [a.published for a in arts], self.article_keys,
            [a.article_id for a in arts], self.tuning.stories,
        )

    def score(self, a: Unit, b: Unit) -> float:
        key = (a.uid, b.uid) if a.uid < b.uid else (b.uid, a.uid)
        if key not in self._scores:
            self._scores[key] = self.similarity.score(self._profile(a), self._profile(b), self.cosine(a, b)).value
        return self._scores[key]

    def cosine(self, a: Unit, b: Unit) -> float | None:
        """The cosine of the two units' sentence vectors, None without an encoder."""
        va, vb = self._vectors.get(a.uid), self._vectors.get(b.uid)
        if va is None or vb is None:
            return None
        return float(va @ vb)

    def encode(self, units: Sequence[Unit]) -> None:
        """Sentence vectors of all units of a story, in batches, through the vector cache."""
        if self.encoder is None or not units:
            return
        try:
            vectors = self.encoder.encode([" ".join(u.compared_text.split()) for u in units])
        except EncoderUnavailable as e:  # loaded on the first text not in the vector cache
            log.warning("claims: %s; claims are matched on shared words only", e)
            self.encoder = None
            return
        for u, v in zip(units, vectors):
            self._vectors[u.uid] = v

    def link(self, a: Unit, b: Unit) -> float:
        """The score that holds a claim together (grouping's averages): like ``rank``, but a
        cosine below ``semantic_gate`` counts too (``Similarity.graded``); only the pairs that
        start or extend a claim must pass the gate."""
        key = (a.uid, b.uid) if a.uid < b.uid else (b.uid, a.uid)
        if key not in self._links:
            value = self.similarity.graded(self._profile(a), self._profile(b), self.cosine(a, b), value=self.score(a, b))
            self._links[key] = value * (1.0 - self.tuning.similarity.aside_penalty) ** (a.asides + b.asides)
        return self._links[key]

    def rank(self, a: Unit, b: Unit) -> float:
        """The score that grouping uses: the similarity, lowered for every clause set off by
        commas inside either unit, so a sentence that bundles three claims loses to the clause
        that carries the one they share."""
        return self.score(a, b) * (1.0 - self.tuning.similarity.aside_penalty) ** (a.asides + b.asides)

    def _profile(self, unit: Unit) -> Profile:
        if unit.uid not in self._profiles:
            self._profiles[unit.uid] = self.similarity.profile(unit)
        return self._profiles[unit.uid]

    def units(self, article_index: int, builder: UnitBuilder) -> list[Unit]:
        a = self.analyzed[article_index]
        return builder.units(article_index, a.article.body, a.doc, a.statements)

    def candidate_pairs(self, units: Sequence[Unit]) -> list[tuple[Unit, Unit]]:
        """Pairs from different articles worth scoring, a bounded number per unit (candidates.py):
        the units sharing the most telling index keys (word beginnings, synonym groups; at least
        ``min_shared_words_same_predicate`` of them), the nearest by sentence vector (cosine at
        least ``semantic_gate``, or ``agreement_gate`` where lower: rewordings that share too few
        words) and those sharing a rare
        name or number. Never all pairs."""
        c = self.tuning.candidates
        articles = np.array([u.article_index for u in units], dtype=np.int64)
        keys = [self.similarity.index_keys(self._profile(u)) for u in units]
        rows, weights = index_table(keys, c.common_key_units, c.common_key_share)
        needed = self.tuning.similarity.min_shared_words_same_predicate
        found = word_neighbours(rows, weights, articles, needed, c.word_neighbours)
        found |= rare_pairs([_rare_keys(u) for u in units], articles, c.rare_key_units)
        if self.encoder is not None and len(units) >= 2:
            matrix = np.stack([self._vectors[u.uid] for u in units])
            # from the lower gate: a pair whose numbers agree needs only ``agreement_gate``
            gate = min(self.tuning.similarity.semantic_gate, self.tuning.similarity.agreement_gate)
            found |= vector_neighbours(matrix, articles, c.neighbours, gate, c.exact_neighbours_up_to)
        pairs = [(units[i], units[j]) if units[i].uid < units[j].uid else (units[j], units[i]) for i, j in found]
        return sorted(pairs, key=lambda p: (p[0].uid, p[1].uid))

    def _frames(self, unit: Unit) -> bool:
        """Whether the unit is headed by a reporting word: widening a reported clause into its
        frame ("claimed in local media that ...") would add who said it, not what was said."""
        if unit.uid not in self._is_frame:
            self._is_frame[unit.uid] = any(e.type == "reporting" for e in self.finder.at(unit.sentence, unit.head))
        return self._is_frame[unit.uid]

    def widen(self, edges: Sequence[tuple[float, Unit, Unit]], units: Sequence[Unit]) -> list[tuple[float, Unit, Unit]]:
        """Each matched pair replaced by the largest pair of enclosing units (same articles) that
        scores at most ``widen_tolerance`` below it: the whole clause, not a fragment of it, but
        no more asides or conjoined clauses than it had (each is a claim of its own)."""
        containers: dict[int, list[Unit]] = {}
        by_article: dict[int, list[Unit]] = {}
        for u in units:
            by_article.setdefault(u.article_index, []).append(u)
        for u in units:
            containers[u.uid] = [
                v for v in by_article[u.article_index]
                if v.start <= u.start and v.end >= u.end and v.asides <= u.asides and v.conjoined <= u.conjoined
                and (v.head.id == u.head.id or not self._frames(v))
            ]
        floor_min = self.settings.claims.threshold
        tolerance = self.tuning.similarity.widen_tolerance
        widened: dict[tuple[int, int], tuple[float, Unit, Unit]] = {}
        for value, a, b in edges:
            floor = max(floor_min, value - tolerance)
            best = (self._profile(a).total + self._profile(b).total, value, a, b)
            for wa in containers[a.uid]:
                for wb in containers[b.uid]:
                    size = self._profile(wa).total + self._profile(wb).total
                    if size <= best[0]:
                        continue
                    score = self.rank(wa, wb)
                    if score >= floor:
                        best = (size, score, wa, wb)
            _, score, wa, wb = best
            key = (wa.uid, wb.uid) if wa.uid < wb.uid else (wb.uid, wa.uid)
            widened[key] = (score, wa, wb)
        return list(widened.values())

    def whole_members(self, group: Sequence[Unit], units: Sequence[Unit] | dict[tuple[int, int], list[Unit]]) -> list[Unit]:
        """The claim's members as whole clauses: a fragment that matched ("was on the passenger
        list": who was?) is replaced by the smallest unit of its sentence with
        the same head that is whole (with its subject; ``COMPLETED_FRAGMENTS``); of two
        members of one article that then overlap, the one more like the other articles' stays.
        ``units``: the story's units, or those of each sentence (``by_sentence``)."""
        by_sentence = units if isinstance(units, dict) else by_sentence_of(units)
        completed: list[Unit] = []
        for u in group:
            if u.fragment in COMPLETED_FRAGMENTS:
                options = [
                    v for v in by_sentence.get((u.article_index, u.sentence.index), ())
                    if v.fragment is None and v.sentence is u.sentence
                    and v.head.id == u.head.id and v.start <= u.start and v.end >= u.end
                ]
                u = min(options, key=lambda v: (v.end - v.start, v.uid), default=u)
            completed.append(u)
        if len({u.uid for u in completed}) == len(completed) and not _overlapping(completed):
            return sorted(completed, key=lambda u: (u.article_index, u.start))
        part = sample(completed, self.tuning.candidates.claim_sample_articles)

        def average(u: Unit) -> float:
            others = [v for v in part if v.article_index != u.article_index]
            return sum(self.rank(u, v) for v in others) / len(others) if others else 0.0
        kept: list[Unit] = []
        for u in sorted(completed, key=lambda u: (-average(u), u.uid)):
            if not any(u.article_index == k.article_index and u.overlap(k) for k in kept):
                kept.append(u)
        return sorted(kept, key=lambda u: (u.article_index, u.start))

    def align_story(self, story: Story, builder: UnitBuilder) -> list[AlignedClaim]:
        if len(story.members) < 2:
            return []
        copies = fold_copies([u for i in story.members for u in self.units(i, builder)])
        self.encode(copies.kept)
        cores = self.group(copies.kept)
        groups = list(zip(follow_copies(cores, copies), cores))
        groups.sort(key=lambda g: (-len({u.article_index for u in g[0]}), min(u.article_index for u in g[0]), g[0][0].start))
        story_name = story.story_id
        return [self._claim(f"{story_name}:{n}", story_name, g, core) for n, (g, core) in enumerate(groups, 1)]

    def group(self, units: Sequence[Unit]) -> list[list[Unit]]:
        """Claims of a story's units (exact copies folded, ``fold_copies``): candidate pairs
        scored, widened, grouped, made whole, folded and joined."""
        return self.claims_of(self.edges(self.candidate_pairs(units)), units)

    def edges(self, pairs: Sequence[tuple[Unit, Unit]]) -> list[tuple[float, Unit, Unit]]:
        """The candidate pairs that reach ``claims.threshold``, with their scores."""
        self.score_all(pairs)
        threshold = self.settings.claims.threshold
        return [(value, a, b) for a, b in pairs if (value := self.rank(a, b)) >= threshold]

    def score_all(self, pairs: Sequence[tuple[Unit, Unit]]) -> None:
        """``score`` of many pairs at once: their content parts worked out over arrays (batch.py),
        the same numbers as one by one, in a fraction of the time."""
        todo: dict[tuple[int, int], tuple[Unit, Unit]] = {}
        for a, b in pairs:
            key = (a.uid, b.uid) if a.uid < b.uid else (b.uid, a.uid)
            if key not in self._scores and key not in todo:
                todo[key] = (a, b)
        if not todo:
            return
        profiled = [(self._profile(a), self._profile(b)) for a, b in todo.values()]
        if self._term_matches is None or self._term_matches.size < self.similarity.term_count():
            self._term_matches = TermMatches(self.similarity)
        parts = contents(self.similarity, profiled, self._term_matches)
        for (key, (a, b)), (pa, pb), part in zip(todo.items(), profiled, parts):
            self._scores[key] = self.similarity.score(pa, pb, self.cosine(a, b), content=part).value

    def claims_of(self, edges: Sequence[tuple[float, Unit, Unit]], units: Sequence[Unit]) -> list[list[Unit]]:
        """Claims from the scored pairs: widened, grouped, made whole, folded and joined."""
        threshold = self.settings.claims.threshold
        n = self.tuning.candidates.claim_sample_articles
        groups = group_units(self.widen(edges, units), self.link, threshold, n)
        by_sentence = by_sentence_of(units)
        groups = fold_duplicates([self.whole_members(g, by_sentence) for g in groups], self.link, n)
        return join_shared(groups, self.link, threshold, n)

    def _claim(self, claim_id: str, story: str, units: list[Unit], core: Sequence[Unit] | None = None) -> AlignedClaim:
        """``core``: the members before copies followed them (``follow_copies``); the summary
        is chosen among these, since a copy words the claim exactly as its original."""
        members = []
        labels = []
        scored = []
        for u in units:
            statements = self.analyzed[u.article_index].statements
            signals = member_signals(u, statements, self.finder)
            confidence, factors = self.member_score(u, reporting_frame(u.statement, signals))
            labels.append(label(u.statement, signals, factors))
            scored.append(confidence)
        labels = mark_disputes(labels, [u.negated for u in units])
        for u, presented, confidence in zip(units, labels, scored):
            article = self.analyzed[u.article_index].article
            s = u.statement
            members.append(ClaimMember(
                article_id=article.article_id, statement_id=s.statement_id, outlet=article.outlet,
                text=u.text, start=u.start, end=u.end, speaker=s.speaker, presentation=presented,
                confidence_outlet=confidence.outlet, confidence_source=confidence.source,
            ))
        return AlignedClaim(Claim(claim_id, story, self.summary(core or units), tuple(members)), units)

    def member_confidence(self, unit: Unit) -> Confidence:
        """The member's confidence alone (see ``member_score``)."""
        return self.member_score(unit)[0]

    def member_score(self, unit: Unit, reported_by: str | None = None) -> tuple[Confidence, tuple[Factor, ...]]:
        """The hedging stage's score of the member's stretch, by the cues that bear on its head
        word: the same reading that gives its presentation label, so a clause the outlet asserts
        inside a hedged sentence is not scored as hedged (docs/claims.md). ``reported_by``: the
        reporting word the parse found over a member in the outlet's own voice
        (presentation.reporting_frame), so the member is scored as the report it is."""
        s = unit.statement
        index = unit.article_index
        if index not in self._hedging:
            analyzed = self.analyzed[index]
            self._hedging[index] = ArticleHedging(analyzed.article, analyzed.doc, analyzed.statements, self.lexicon)
        scorer = self._hedging[index]
        position = next(i for i, x in enumerate(scorer.statements) if x.statement_id == s.statement_id)
        return scorer.span_confidence(position, unit.start, unit.end, unit.head.start, reported_by)

    def summary(self, units: Sequence[Unit]) -> str:
        """A member's wording, trimmed to a line: of the members nearly as like the others as the
        most alike one, the first that names its subject ("a Russian soldier shot the footage"
        rather than "shot the footage"), without a leading linking word (which, after, but)."""
        part = sample(units, self.tuning.candidates.claim_sample_articles)

        def centrality(u: Unit) -> float:
            others = [v for v in part if v.article_index != u.article_index]
            return sum(self.score(u, v) for v in others) / len(others) if others else 0.0

        ranked = sorted(units, key=lambda u: (-centrality(u), len(u.text), u.uid))
        best = centrality(ranked[0])
        near = [u for u in ranked if centrality(u) >= best - SUMMARY_TOLERANCE]
        chosen = next((u for u in near if _names_subject(u) and u.fragment is None),
                      next((u for u in near if _names_subject(u)), ranked[0]))
        words = [w for w in chosen.sentence.words if chosen.start <= w.start and w.end <= chosen.end]
        while len(words) > 3 and (words[0].xpos in _RELATIVE_XPOS or words[0].relation in ("mark", "cc")):
            words.pop(0)
        start = words[0].start if words else chosen.start
        text = " ".join(chosen.text[start - chosen.start:].split())
        if len(text) > SUMMARY_CHARS:
            cut = text[:SUMMARY_CHARS].rsplit(" ", 1)[0]
            text = cut.rstrip(",;:-–— ") + " …"
        return text[:1].upper() + text[1:]

    def run(self) -> list[AlignedClaim]:
        builder = UnitBuilder(self.vocabulary)
        out: list[AlignedClaim] = []
        for story in self.stories():
            out.extend(self.align_story(story, builder))
            if self._streamed:
                self.release()
        return out

    def release(self) -> None:
        """Forget what was worked out for the last story (scores, profiles, vectors, hedging):
        it holds that story's parses, and no unit of one story meets a unit of another."""
        for memo in (self._profiles, self._scores, self._links, self._vectors, self._hedging, self._is_frame):
            memo.clear()
        self._term_matches = None


def align(analyzed: Sequence[AnalyzedArticle], settings: Settings, lexicon: Lexicon | None = None,
          features: ClaimFeatures | None = None) -> list[Claim]:
    """Claims made by more than one article of a story, in story order, widest-carried first.

    ``lexicon``: the one the analysis used (loaded once per run); else the settings' lexicons.
    ``features``: the run's counts, made as it streamed (``analyzed`` may then read each parse
    back only when asked for its ``doc``); the memo of each story is dropped once it is done."""
    aligner = Aligner(analyzed, settings, lexicon=lexicon, encoder=load_encoder(settings), features=features)
    return [c.claim for c in aligner.run()]
