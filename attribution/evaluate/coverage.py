"""Scoring attribution against brat gold (PolNeAR conventions): coverage, strict matching, recalls.

Words are ``\\w+`` runs of the body; a span's words are those that start inside it.

* Units. Consecutive system statements of one speaker with nothing but whitespace and sentence
  punctuation between them form one unit, as PolNeAR annotates one content per quotation; so do
  the pieces of one content on both sides of the frame that reports them (one cue, one sentence).
* Coverage. A gold attribution is *found* when one unit covers at least half of its words; a unit
  is *right* when at least half of its words lie in one gold content. *With source* also asks
  that the unit's speaker mention overlap the gold source span, or that the speaker's last name
  occur in the gold source's words, the source being checked on one counterpart each way: a gold
  content's is the unit, among those covering at least half of it, whose words match it best
  (word Jaccard), and a unit's is the gold content, among those holding at least half of it,
  that matches it best. In a nest ("X said Y believes Z", gold "Y believes Z" by X and "Z" by
  Y) the unit "Z" thus answers gold "Z", not the wider unit that also covers it, nor the outer
  gold it also lies in. A unit of several statements is judged on those of its statements that
  overlap the gold content: another sentence's mention does not answer for it. Two readings of
  those words, no looser:
  - a gold attribution with no source span (brat ``Attribution-no-source``: "it is thought that
    ...") names no source to compare, so it is left out of both with-source figures (its
    recall's denominator, and the precision's units that lie in it), not counted wrong;
  - a gold source that is a relative pronoun ("X, who said ...") is PolNeAR's way of marking
    the noun phrase the pronoun follows; the system mention is that phrase, so it counts when it
    ends right before the pronoun (nothing but spaces and a comma between). A mention anywhere
    else (the wrong noun of "attacks by X, who ...") still does not.
* Strict. One-to-one pairs of gold contents and units at word Jaccard >= 0.5.
* Recalls apart: quotations (gold content with double quote marks), and by cue class, the
  reporting lexicon's ``class`` of the gold cue's head lemma (speech, writing, belief, intention,
  evidence; ``unlisted`` when no active entry lists it).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from attribution.document import ParsedDoc
from attribution.attribute.words import speaker_words
from attribution.evaluate.brat import BratArticle, BratAttribution, Spans
from attribution.evaluate.matching import PRF, Table, greedy_pairs, surname
from attribution.lexicon import Lexicon
from attribution.pipeline import AnalyzedArticle
from attribution.records import Statement

_WORD = re.compile(r"\w+")
_GAP = re.compile(r"^[\s.!?;:,]*$")
_BEFORE_RELATIVE = re.compile(r"^[\s,(\u2013\u2014-]*$")  # what sets a relative clause off: a comma, a dash, a bracket
_DOUBLE_QUOTES = ('"', "“", "”", "``", "''")
HALF = 0.5


@dataclass(frozen=True)
class Unit:
    statements: tuple[Statement, ...]
    words: frozenset[int]

    @property
    def speaker(self) -> str | None:
        return self.statements[0].speaker

    @property
    def kind(self) -> str:
        return self.statements[0].kind

    @property
    def mention_spans(self) -> list[tuple[int, int]]:
        return [(s.mention.start, s.mention.end) for s in self.statements if s.mention]

    def covering(self, spans: Spans) -> "Unit":
        """The unit cut to its statements that overlap ``spans`` (a gold content): a unit of
        several statements ("Lee said ... . He added ...") is judged on the statement(s) that
        give that content, not on a mention of another sentence's statement. Unchanged when
        none overlaps (a content not found)."""
        inside = tuple(s for s in self.statements if any(s.start < e and a < s.end for a, e in spans))
        return Unit(inside, self.words) if inside and len(inside) < len(self.statements) else self


@dataclass
class Coverage:
    found: int = 0
    found_source: int = 0
    gold: int = 0
    right: int = 0
    right_source: int = 0
    units: int = 0
    gold_sourced: int = 0  # gold attributions with a source span: the with-source recall's denominator
    units_sourced: int = 0  # units not lying in a source-less gold content: the with-source precision's

    def __iadd__(self, other: "Coverage") -> "Coverage":
        for name in vars(self):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        return self

    def row(self, label: str) -> list[str]:
        def ratio(a: int, b: int) -> str:
            return f"{a / b:.3f}" if b else "-"
        return [label, str(self.gold), str(self.units), ratio(self.right, self.units), ratio(self.found, self.gold),
                ratio(self.right_source, self.units_sourced), ratio(self.found_source, self.gold_sourced)]


COVERAGE_HEADERS = ["set", "gold", "units", "P found", "R found", "P with source", "R with source"]


@dataclass
class ArticleResult:
    outlet: str
    coverage: Coverage
    strict: PRF
    recall_by: dict[str, list[int]]  # group -> [found, of]
    missed_lemmas: Counter
    misses: list[tuple[BratAttribution, str]] = field(default_factory=list)
    false_alarms: list[tuple[Unit, str]] = field(default_factory=list)
    wrong_sources: list[tuple[BratAttribution, Unit]] = field(default_factory=list)  # content found, source not


def _word_index(body: str) -> list[int]:
    """Where each word of the body starts, in body order."""
    return [m.start() for m in _WORD.finditer(body)]


def _words_in(starts: list[int], spans: Spans) -> frozenset[int]:
    """Indexes of the words that start inside ``spans``."""
    return frozenset(i for s, e in spans for i in range(bisect_left(starts, s), bisect_left(starts, e)))


def _one_frame(a: Statement, b: Statement) -> bool:
    """Two pieces of one content around the frame that reports them ("The plan, he said, was
    never approved."): the same cue, so one attribution, as brat gives it discontinuous."""
    return a.cue is not None and b.cue is not None and (a.cue.start, a.cue.end) == (b.cue.start, b.cue.end) \
        and a.sentence_index == b.sentence_index


def units_of(statements: Sequence[Statement], body: str, index: list[int]) -> list[Unit]:
    """Attributed statements joined into units (see the module docstring)."""
    groups: list[list[Statement]] = []
    for s in sorted((s for s in statements if not s.is_own_voice), key=lambda s: s.start):
        last = groups[-1][-1] if groups else None
        if last is not None and last.speaker == s.speaker and last.end <= s.start and (
                _GAP.match(body[last.end:s.start]) or _one_frame(last, s)):
            groups[-1].append(s)
        else:
            groups.append([s])
    return [Unit(tuple(g), _words_in(index, tuple((s.start, s.end) for s in g))) for g in groups]


def _overlaps(a: Spans | list[tuple[int, int]], b: Spans | list[tuple[int, int]]) -> bool:
    return any(s1 < e2 and s2 < e1 for s1, e1 in a for s2, e2 in b)


def _before_relative(unit: Unit, gold: BratAttribution, body: str, relatives: frozenset[str]) -> bool:
    """The gold source is a relative pronoun and a unit mention is the phrase it follows."""
    if len(gold.source) != 1 or gold.source_text.strip().lower() not in relatives:
        return False
    start = gold.source[0][0]
    return any(e <= start and _BEFORE_RELATIVE.match(body[e:start]) for _, e in unit.mention_spans)


def _same_source(unit: Unit, gold: BratAttribution, body: str = "", relatives: frozenset[str] = frozenset()) -> bool:
    unit = unit.covering(gold.content)
    if _overlaps(unit.mention_spans, gold.source):
        return True
    if body and _before_relative(unit, gold, body, relatives):
        return True
    last = surname(unit.speaker)
    return bool(last) and last in {w.lower() for w in _WORD.findall(gold.source_text)}


def _jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    union = a | b
    return len(a & b) / len(union) if union else 0.0


def counterpart_unit(units: Sequence[Unit], words: frozenset[int]) -> Unit | None:
    """The unit a gold content is judged against: of the units covering at least half of its
    words, the one whose words match it best (Jaccard), so that in a nest ("X said Y believes Z")
    the inner unit "Z" answers gold "Z" rather than the wider outer one that also covers it;
    when none covers half (not found), the unit with the most words in it."""
    covering = [u for u in units if words and len(u.words & words) >= HALF * len(words)]
    if covering:
        return max(covering, key=lambda u: _jaccard(words, u.words))
    return max(units, key=lambda u: len(u.words & words), default=None)


def counterpart_gold(unit: Unit, golds: Sequence[BratAttribution],
                     gold_words: Sequence[frozenset[int]]) -> BratAttribution | None:
    """The gold attribution a unit is judged against: of those holding at least half of its words,
    the one whose content matches it best (Jaccard), so that a unit "Z" lying in both gold "Y
    believes Z" and gold "Z" is the inner one's, whichever the annotator wrote first."""
    holding = [(g, words) for g, words in zip(golds, gold_words)
               if unit.words and len(unit.words & words) >= HALF * len(unit.words)]
    if not holding:
        return None
    return max(holding, key=lambda gw: _jaccard(gw[1], unit.words))[0]


def cue_lemma(doc: ParsedDoc, cue: Spans, cue_text: str) -> str:
    """The gold cue's head lemma: its first verb (else noun, else word) in the parse; the cue's own
    text where it has no word (PolNeAR marks a bare colon as the cue of "X: ...")."""
    words = [w for sentence in doc.sentences for w in sentence.words
             if w.upos != "PUNCT" and _overlaps([(w.start, w.end)], cue)]
    for upos in ("VERB", "AUX", "NOUN"):
        chosen = [w for w in words if w.upos == upos]
        if chosen:
            return chosen[0].lemma.lower()
    return words[0].lemma.lower() if words else " ".join(cue_text.lower().split())


def cue_classes(lexicon: Lexicon) -> dict[str, str]:
    """First lemma of every reporting entry -> its class (speech, writing, belief, intention,
    evidence), the groups of recall by cue."""
    classes: dict[str, str] = {}
    for entry in lexicon.reporting():
        for lemma in entry.first_lemmas:
            classes.setdefault(lemma, entry.attribution_class)
    return classes


def score_article(analyzed: AnalyzedArticle, gold: BratArticle, classes: dict[str, str],
                  relatives: frozenset[str] | None = None) -> ArticleResult:
    """Coverage, strict pairs and recalls of one article. ``relatives``: the relative pronouns
    (speakers.yaml), read from the shipped lexicon when not given."""
    body = analyzed.article.body
    if relatives is None:
        relatives = speaker_words().relative_pronouns
    index = _word_index(body)
    units = units_of(analyzed.statements, body, index)
    gold_words = [_words_in(index, g.content) for g in gold.attributions]
    result = ArticleResult(gold.article.outlet or "-", Coverage(gold=len(gold_words), units=len(units)), PRF(),
                           defaultdict(lambda: [0, 0]), Counter())
    for g, words in zip(gold.attributions, gold_words):
        best = counterpart_unit(units, words)
        found = best is not None and bool(words) and len(best.words & words) >= HALF * len(words)
        with_source = found and bool(g.source) and _same_source(best, g, body, relatives)
        result.coverage.found += found
        result.coverage.found_source += with_source
        result.coverage.gold_sourced += bool(g.source)
        lemma = cue_lemma(analyzed.doc, g.cue, g.cue_text) if g.cue else "(no cue)"
        groups = [f"cue: {classes.get(lemma.split()[0] if lemma else lemma, 'unlisted')}"]
        if any(q in g.content_text for q in _DOUBLE_QUOTES):
            groups.append("quotations")
        for group in groups:
            result.recall_by[group][0] += found
            result.recall_by[group][1] += 1
        if found and g.source and not with_source:
            result.wrong_sources.append((g, best))
        if not found:
            result.missed_lemmas[lemma] += 1
            result.misses.append((g, lemma))
    for unit in units:
        hit = counterpart_gold(unit, gold.attributions, gold_words)
        result.coverage.right += hit is not None
        result.coverage.units_sourced += hit is None or bool(hit.source)
        result.coverage.right_source += hit is not None and bool(hit.source) and _same_source(unit, hit, body, relatives)
        if hit is None:
            result.false_alarms.append((unit, unit.statements[0].cue.text if unit.statements[0].cue else "-"))

    pairs = greedy_pairs(gold_words, units, lambda words, unit: _jaccard(words, unit.words), HALF)
    result.strict = PRF(tp=len(pairs), fp=len(units) - len(pairs), fn=len(gold_words) - len(pairs))
    return result


def coverage_tables(results: Sequence[ArticleResult], in_headline: int, top: int = 30) -> list[Table]:
    overall, strict = Coverage(), PRF()
    per_outlet: dict[str, Coverage] = defaultdict(Coverage)
    strict_outlet: dict[str, PRF] = defaultdict(PRF)
    recall: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    missed: Counter = Counter()
    for r in results:
        overall += r.coverage
        per_outlet[r.outlet] += r.coverage
        strict += r.strict
        strict_outlet[r.outlet] += r.strict
        missed.update(r.missed_lemmas)
        for group, (f, n) in r.recall_by.items():
            recall[group][0] += f
            recall[group][1] += n
    coverage = Table("Attribution coverage (brat gold)", COVERAGE_HEADERS)
    coverage.rows = [per_outlet[o].row(o) for o in sorted(per_outlet)] + [overall.row("ALL")]
    coverage.note = (f"found: one unit covers >= half of the gold content's words; right: >= half of the unit's words in one "
                     f"gold content; with source, checked on the best-matching (word Jaccard) of those units, or of those gold "
                     f"contents: mention overlaps the gold source (a relative pronoun source: the mention "
                     f"ends right before it) or the speaker's last name is in it, over the {overall.gold_sourced} gold "
                     f"attributions that give a source and the {overall.units_sourced} units not lying in one that does not. "
                     f"{in_headline} attributions in headlines not scored")
    strict_table = Table("Attribution strict (one-to-one, word Jaccard >= 0.5)", ["set", "TP", "FP", "FN", "P", "R", "F1"])
    strict_table.rows = [strict_outlet[o].row(o) for o in sorted(strict_outlet)] + [strict.row("ALL")]
    recalls = Table("Attribution recall by group", ["group", "found", "of", "R"])
    recalls.rows = [[g, str(f), str(n), f"{f / n:.3f}" if n else "-"] for g, (f, n) in sorted(recall.items())]
    lemmas = Table(f"Attribution: the {top} most frequent cue lemmas of missed gold", ["cue lemma", "missed"])
    lemmas.rows = [[lemma, str(n)] for lemma, n in missed.most_common(top)]
    return [coverage, strict_table, recalls, lemmas]


def _sentence(analyzed: AnalyzedArticle, offset: int) -> str:
    sentence = analyzed.doc.sentence_at(offset)
    return " ".join(sentence.text_of(analyzed.article.body).split()) if sentence else ""


def error_sample(pairs: Sequence[tuple[AnalyzedArticle, ArticleResult]], per_article: int = 5) -> str:
    """A readable sample of misses, false alarms and wrong sources (content found, source not),
    with the sentence each lies in: the wrong sources are where with-source precision is lost."""
    lines = ["# Attribution errors against brat gold", ""]
    for analyzed, r in pairs:
        if not r.misses and not r.false_alarms and not r.wrong_sources:
            continue
        lines.append(f"## {analyzed.article.article_id} ({r.outlet})")
        for g, lemma in r.misses[:per_article]:
            lines.append(f"- MISSED  cue '{g.cue_text}' ({lemma}), source '{g.source_text}': {_sentence(analyzed, g.content[0][0])}")
            lines.append(f"          gold content: {' '.join(g.content_text.split())}")
        for unit, cue in r.false_alarms[:per_article]:
            s = unit.statements[0]
            lines.append(f"- FALSE   cue '{cue}', speaker '{s.speaker}': {' '.join(s.text.split())}")
        for g, unit in r.wrong_sources[:per_article]:
            s = unit.covering(g.content).statements[0]
            mention = s.mention.text if s.mention else "-"
            lines.append(f"- SOURCE  gold '{g.source_text}', system '{s.speaker}' (mention '{mention}'), "
                         f"cue '{g.cue_text}': {_sentence(analyzed, g.content[0][0])}")
        lines.append("")
    return "\n".join(lines)
