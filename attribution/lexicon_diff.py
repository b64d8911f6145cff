"""``attribution lexicon diff OLD NEW [--gold GOLD_DIR] CORPUS...``: what a lexicon edit gains and loses.

Both lexicons re-score the same parses (from the parse cache; an article not in it is parsed
once, and both sides share that parse), so every difference comes from the lexicon alone. Shown:

* the entries whose definition differs between OLD and NEW;
* against gold (``--gold``): per entry and per category, the gold cues gained and lost and the
  false alarms added and removed, each with its sentence; a gold cue counts as gained when NEW
  matches it and OLD did not (the matching rule of ``attribution evaluate``: same category,
  overlapping characters, one to one); cues of articles without a gold file are listed as found
  or no longer found, unjudged;
* per outlet, the mean confidence (outlet and source scores) of its statements under each
  lexicon, and how many statements rose or fell; the statements whose scores changed.

What OLD and NEW can be (``load_side``):

* an overlay (a file of changes, the kind ``--lexicon`` takes): applied over the shipped lexicons;
* a whole lexicon file, recognised by its top-level ``name`` (``name: hedges`` in a copy of
  ``lexicons/hedges.yaml``): it takes the place of that shipped file, so an entry deleted from the
  copy is gone, not merely unchanged;
* a folder holding lexicon files named as the shipped ones (a copy of ``lexicons/``): each
  replaces its shipped namesake; shipped files it lacks are used as they are;
* the word ``shipped``: the shipped lexicons alone.

The ``lexicons:`` of ``attribution.yaml`` are not applied to either side: each side is exactly
what is named, so an overlay compared with its edited copy shows the edit and nothing else.
"""

from __future__ import annotations

import json
import logging
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path

from attribution.config import Settings
from attribution.evaluate.cues import CATEGORY_ORDER, CueMatching, LocatedGold, SystemCue, match_cues
from attribution.evaluate.gold import GoldArticle, locate
from attribution.evaluate.matching import PRF, PRF_HEADERS, Table
from attribution.lexicon import SHIPPED_FILES, Entry, Lexicon, LexiconError
from attribution.pipeline import AnalyzedArticle, analyze_article
from attribution.records import Statement
from attribution.resources import lexicons_dir
from attribution.yamlfile import load_yaml

log = logging.getLogger(__name__)

SHIPPED_WORD = "shipped"
FORMATS = ("text", "md", "json")
GAINED, LOST, ADDED, REMOVED = "gained", "lost", "false alarm added", "false alarm removed"
FOUND, UNFOUND = "found (no gold)", "no longer found (no gold)"
CHANGE_ORDER = (GAINED, LOST, ADDED, REMOVED, FOUND, UNFOUND)
_SHIPPED_NAMES = {Path(name).stem: name for name in SHIPPED_FILES}
_TEXT_ROWS = 60  # rows of the long lists printed in text and markdown (JSON has them all)


# -- the two lexicons ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Side:
    """One side of the diff: the lexicon and, in plain words, how it was made."""

    spec: str
    lexicon: Lexicon
    how: str


def _whole_file_name(path: Path) -> str | None:
    """The shipped file a whole lexicon file replaces (by its top-level ``name``), or None for an overlay."""
    data = load_yaml(path)
    name = data.get("name") if isinstance(data, dict) else None
    return _SHIPPED_NAMES.get(name) if isinstance(name, str) else None


def load_side(spec: str) -> Side:
    """The lexicon ``spec`` stands for: ``shipped``, an overlay, a whole lexicon file or a folder of them."""
    path = Path(spec)
    shipped = {name: lexicons_dir() / name for name in SHIPPED_FILES}
    if spec == SHIPPED_WORD and not path.exists():
        return Side(spec, Lexicon.load(), "the shipped lexicons")
    if not path.exists():
        raise FileNotFoundError(f"{spec}: no such lexicon file or folder (or write '{SHIPPED_WORD}' for the shipped lexicons)")
    if path.is_dir():
        found = [name for name in SHIPPED_FILES if (path / name).is_file()]
        if not found:
            raise LexiconError(str(path), None, f"no lexicon files in this folder (looked for {', '.join(SHIPPED_FILES)})")
        base = [path / name if name in found else shipped[name] for name in SHIPPED_FILES]
        rest = [name for name in SHIPPED_FILES if name not in found]
        how = f"the lexicon files in {path} ({', '.join(found)})" + (f", the shipped {', '.join(rest)}" if rest else "")
        return Side(spec, Lexicon.load(shipped=base), how)
    replaced = _whole_file_name(path)
    if replaced is not None:
        base = [path if name == replaced else shipped[name] for name in SHIPPED_FILES]
        return Side(spec, Lexicon.load(shipped=base), f"the shipped lexicons with {replaced} replaced by {path}")
    return Side(spec, Lexicon.load([path]), f"the shipped lexicons with the overlay {path}")


def entry_changes(old: Lexicon, new: Lexicon) -> dict[str, str]:
    """Entry id -> what differs between the two definitions, in words ("weight 0.50 -> 0.70", "removed")."""
    out: dict[str, str] = {}
    for entry_id in [*old.entries, *(i for i in new.entries if i not in old.entries)]:
        a, b = old.entries.get(entry_id), new.entries.get(entry_id)
        if a is None:
            out[entry_id] = "new entry" + ("" if b.enabled else " (off)")
        elif b is None:
            out[entry_id] = "removed"
        elif a.enabled != b.enabled:
            out[entry_id] = "turned off" if a.enabled else "turned on"
        else:
            diffs = [_field_change(f.name, getattr(a, f.name), getattr(b, f.name))
                     for f in fields(Entry) if f.name not in ("source", "enabled")]
            diffs = [d for d in diffs if d]
            if diffs:
                out[entry_id] = "; ".join(diffs)
    return out


def _field_change(name: str, a: object, b: object) -> str | None:
    if a == b:
        return None
    if name == "weight":
        return f"weight {a:.2f} -> {b:.2f}"
    if name in ("description", "examples", "reference"):
        return f"{name} changed"
    return f"{name} {_plain(a)} -> {_plain(b)}"


def _plain(value: object) -> str:
    if value in (None, (), ""):
        return "-"
    if isinstance(value, tuple):
        return "|".join(map(str, value))
    return str(value)


# -- what changed --------------------------------------------------------------------------------

@dataclass(frozen=True)
class CueChange:
    change: str       # one of CHANGE_ORDER
    article: str
    entry: str        # the entry that made the cue (NEW's for a gain or addition, OLD's for a loss or removal)
    category: str
    text: str
    sentence: str
    start: int        # the cue's offset in the article body
    at: int = -1      # the cue's offset in ``sentence`` (-1: not found there)

    def marked(self, width: int = 110) -> str:
        """The sentence with the cue in [brackets], cut to about ``width`` characters around it."""
        if self.at < 0:
            return _short(self.sentence, width)
        end = self.at + len(self.text)
        left, right = self.sentence[:self.at], self.sentence[end:]
        room = max(10, (width - len(self.text)) // 2)
        if len(left) > room:
            left = "…" + left[len(left) - room + 1:]
        if len(right) > room:
            right = right[:room - 1] + "…"
        return f"{left}[{self.sentence[self.at:end]}]{right}"


def _change(kind: str, article: str, entry: str, category: str, text: str, sentence: str, sentence_start: int,
            start: int) -> CueChange:
    """A CueChange whose sentence is shown with whitespace collapsed, the cue's place in it kept."""
    at = start - sentence_start
    if not (0 <= at and sentence[at:at + len(text)] == text):
        at = sentence.find(text)
    if at < 0:
        return CueChange(kind, article, entry, category, text, " ".join(sentence.split()), start)
    end = at + len(text)
    left, cue, right = (" ".join(part.split()) for part in (sentence[:at], text, sentence[end:]))
    gap_left = " " if left and sentence[at - 1].isspace() else ""
    gap_right = " " if right and sentence[end:end + 1].isspace() else ""
    return CueChange(kind, article, entry, category, cue, f"{left}{gap_left}{cue}{gap_right}{right}", start,
                     len(left) + len(gap_left))


@dataclass(frozen=True)
class OutletConfidence:
    outlet: str
    articles: int
    statements_old: int
    statements_new: int
    outlet_old: float | None
    outlet_new: float | None
    source_old: float | None
    source_new: float | None
    rose: int   # statements (same span under both lexicons) whose outlet or source score rose
    fell: int

    @property
    def outlet_change(self) -> float | None:
        if self.outlet_old is None or self.outlet_new is None:
            return None
        return self.outlet_new - self.outlet_old


@dataclass(frozen=True)
class StatementChange:
    article: str
    outlet: str
    statement_id: str
    text: str
    outlet_old: float
    outlet_new: float
    source_old: float
    source_new: float


@dataclass
class LexiconDiff:
    old: str
    new: str
    articles: int
    gold_articles: int
    entries_changed: dict[str, str]
    changes: list[CueChange]
    categories_old: dict[str, PRF]
    categories_new: dict[str, PRF]
    entry_counts_old: dict[str, PRF]  # per entry: matches (tp) and false alarms (fp) it makes
    entry_counts_new: dict[str, PRF]
    outlets: list[OutletConfidence]
    statements: list[StatementChange]
    cache_hits: int = 0
    parsed: int = 0
    notes: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, Counter[str]]:
        """Entry id -> number of changes of each kind."""
        out: dict[str, Counter[str]] = defaultdict(Counter)
        for change in self.changes:
            out[change.entry][change.change] += 1
        return out


def _outlet_of(analyzed: AnalyzedArticle) -> str:
    article = analyzed.article
    return article.outlet or article.publisher or "(no outlet)"


def _system_change(kind: str, analyzed: AnalyzedArticle, s: SystemCue) -> CueChange:
    sentence = analyzed.doc.sentence_at(s.cue.start)
    body = analyzed.article.body
    start = sentence.start if sentence is not None else s.cue.start
    text = body[start:sentence.end] if sentence is not None else body[start:start + 120]
    return _change(kind, analyzed.article.article_id, s.cue.entry, s.cue.category, s.cue.text, text, start, s.cue.start)


def _gold_change(kind: str, gold: GoldArticle, g: LocatedGold, entry: str, body: str) -> CueChange:
    where = locate(body, g.cue.sentence)
    start = where[0] if where else g.start
    return _change(kind, gold.article, entry, g.cue.category, g.cue.text, g.cue.sentence, start, g.start)


def _tally(matching: CueMatching, categories: dict[str, PRF], entries: dict[str, PRF]) -> None:
    matched_g = {gi for gi, _, _ in matching.pairs}
    matched_s = {si for _, si, _ in matching.pairs}
    for gi, si, _ in matching.pairs:
        categories.setdefault(matching.located[gi].cue.category, PRF()).tp += 1
        entries.setdefault(matching.system[si].cue.entry, PRF()).tp += 1
    for gi, g in enumerate(matching.located):
        if gi not in matched_g:
            categories.setdefault(g.cue.category, PRF()).fn += 1
    for g in matching.missing:
        categories.setdefault(g.category, PRF()).fn += 1
    for si, s in enumerate(matching.system):
        if si not in matched_s:
            categories.setdefault(s.cue.category, PRF()).fp += 1
            entries.setdefault(s.cue.entry, PRF()).fp += 1


def _cue_key(s: SystemCue) -> tuple[str, str, int, int]:
    return (s.cue.entry, s.cue.category, s.cue.start, s.cue.end)


def _gold_changes(old: AnalyzedArticle, new: AnalyzedArticle, gold: GoldArticle, m_old: CueMatching,
                  m_new: CueMatching) -> list[CueChange]:
    article = gold.article
    by_gold_old = {gi: m_old.system[si] for gi, si, _ in m_old.pairs}
    by_gold_new = {gi: m_new.system[si] for gi, si, _ in m_new.pairs}
    out: list[CueChange] = []
    body = new.article.body
    for gi, g in enumerate(m_new.located):  # the same gold cues, located in the same body, on both sides
        if gi in by_gold_new and gi not in by_gold_old:
            out.append(_gold_change(GAINED, gold, g, by_gold_new[gi].cue.entry, body))
        elif gi in by_gold_old and gi not in by_gold_new:
            out.append(_gold_change(LOST, gold, g, by_gold_old[gi].cue.entry, body))
    alarms_old = {_cue_key(m_old.system[si]): m_old.system[si] for si in range(len(m_old.system))
                  if si not in {s for _, s, _ in m_old.pairs}}
    alarms_new = {_cue_key(m_new.system[si]): m_new.system[si] for si in range(len(m_new.system))
                  if si not in {s for _, s, _ in m_new.pairs}}
    out += [_system_change(ADDED, new, s) for key, s in alarms_new.items() if key not in alarms_old]
    out += [_system_change(REMOVED, old, s) for key, s in alarms_old.items() if key not in alarms_new]
    return out


def _unjudged_changes(old: AnalyzedArticle, new: AnalyzedArticle) -> list[CueChange]:
    from attribution.evaluate.cues import system_cues

    before = {_cue_key(s): s for s in system_cues(old)}
    after = {_cue_key(s): s for s in system_cues(new)}
    out = [_system_change(FOUND, new, s) for k, s in after.items() if k not in before]
    out += [_system_change(UNFOUND, old, s) for k, s in before.items() if k not in after]
    return out


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _confidences(pairs: Sequence[tuple[AnalyzedArticle, AnalyzedArticle]]) -> tuple[list[OutletConfidence], list[StatementChange]]:
    by_outlet: dict[str, list[tuple[AnalyzedArticle, AnalyzedArticle]]] = defaultdict(list)
    for old, new in pairs:
        by_outlet[_outlet_of(old)].append((old, new))
    outlets: list[OutletConfidence] = []
    statements: list[StatementChange] = []
    for outlet in sorted(by_outlet):
        olds = [s for old, _ in by_outlet[outlet] for s in old.statements]
        news = [s for _, new in by_outlet[outlet] for s in new.statements]
        rose = fell = 0
        for old, new in by_outlet[outlet]:
            after: dict[tuple[int, int], Statement] = {(s.start, s.end): s for s in new.statements}
            for s in old.statements:
                t = after.get((s.start, s.end))
                if t is None:
                    continue
                a, b = (s.confidence.outlet, s.confidence.source), (t.confidence.outlet, t.confidence.source)
                if a == b:
                    continue
                rose += b[0] > a[0] or b[1] > a[1]
                fell += b[0] < a[0] or b[1] < a[1]
                statements.append(StatementChange(old.article.article_id, outlet, s.statement_id, " ".join(s.text.split()),
                                                  a[0], b[0], a[1], b[1]))
        outlets.append(OutletConfidence(
            outlet, len(by_outlet[outlet]), len(olds), len(news),
            _mean([s.confidence.outlet for s in olds]), _mean([s.confidence.outlet for s in news]),
            _mean([s.confidence.source for s in olds]), _mean([s.confidence.source for s in news]), rose, fell))
    return outlets, statements


def diff_analyses(pairs: Sequence[tuple[AnalyzedArticle, AnalyzedArticle]], golds: dict[str, GoldArticle] | None,
                  old: Side, new: Side) -> LexiconDiff:
    """The differences between the same articles analysed with OLD (first of each pair) and NEW."""
    golds = golds or {}
    changes: list[CueChange] = []
    cats_old: dict[str, PRF] = {}
    cats_new: dict[str, PRF] = {}
    ent_old: dict[str, PRF] = {}
    ent_new: dict[str, PRF] = {}
    judged = 0
    for a_old, a_new in pairs:
        gold = golds.get(a_old.article.article_id)
        if gold is None:
            changes += _unjudged_changes(a_old, a_new)
            continue
        judged += 1
        m_old, m_new = match_cues(a_old, gold), match_cues(a_new, gold, warn=False)
        _tally(m_old, cats_old, ent_old)
        _tally(m_new, cats_new, ent_new)
        changes += _gold_changes(a_old, a_new, gold, m_old, m_new)
    changes.sort(key=lambda c: (CHANGE_ORDER.index(c.change), c.article, c.start))
    outlets, statements = _confidences(pairs)
    return LexiconDiff(old.spec, new.spec, len(pairs), judged, entry_changes(old.lexicon, new.lexicon), changes,
                       cats_old, cats_new, ent_old, ent_new, outlets, statements,
                       notes=[f"OLD: {old.how}", f"NEW: {new.how}"])


# -- re-scoring the corpus -----------------------------------------------------------------------

def analyze_both(paths: Sequence[Path], settings: Settings, old: Lexicon, new: Lexicon,
                 models_dir: Path | None = None) -> tuple[list[tuple[AnalyzedArticle, AnalyzedArticle]], int, int, int]:
    """Each article analysed with both lexicons over one parse (from the cache where it has it).

    Returns the pairs, the cache hits, the articles parsed now, and the number of inputs skipped."""
    from attribution.engine.local import Analyzer, RunSummary
    from attribution.ingest import Problem, ingest
    from attribution.records import Article

    analyzer = Analyzer(settings, lexicon=old, models_dir=models_dir)
    summary = RunSummary(out_dir=Path("."))
    report = analyzer.reporter(summary)
    pairs: list[tuple[AnalyzedArticle, AnalyzedArticle]] = []
    try:
        articles: list[Article] = []
        for item in ingest(list(paths), settings):
            if isinstance(item, Problem):
                report(item)
            else:
                articles.append(item)
        size = max(1, settings.models.batch_size)
        for i in range(0, len(articles), size):
            for article, doc in analyzer.parse(articles[i:i + size], summary, report):
                try:
                    pairs.append((analyze_article(article, doc, old), analyze_article(article, doc, new)))
                except Exception as exc:  # noqa: BLE001 - a bug on one article must not lose the others
                    log.debug("analysis failed", exc_info=True)
                    report(Problem(article.path, f"internal error while analysing this article: {exc!r}"))
    finally:
        analyzer.close()
    return pairs, summary.cache_hits, summary.parsed, len(summary.errors)


# -- rendering -------------------------------------------------------------------------------------

def _f(value: float | None, signed: bool = False) -> str:
    if value is None:
        return "-"
    return f"{value:+.3f}" if signed else f"{value:.3f}"


def diff_tables(diff: LexiconDiff, limit: int | None = _TEXT_ROWS) -> list[Table]:
    """The diff as tables, most telling first; ``limit`` caps the long lists (None: everything)."""
    tables: list[Table] = []
    counts = diff.counts()
    judged_any = diff.gold_articles > 0
    kinds = [GAINED, LOST, ADDED, REMOVED] if judged_any else []
    if diff.gold_articles < diff.articles:
        kinds += [FOUND, UNFOUND]

    entries = Table("Entries: what each one gained and lost", ["entry", "definition", *kinds, "matches", "false alarms"])
    ids = [*diff.entries_changed, *sorted(i for i in counts if i not in diff.entries_changed)]
    for entry_id in ids:
        old, new = diff.entry_counts_old.get(entry_id, PRF()), diff.entry_counts_new.get(entry_id, PRF())
        entries.rows.append([entry_id, diff.entries_changed.get(entry_id, "same"),
                             *(str(counts[entry_id][k]) for k in kinds),
                             f"{old.tp} -> {new.tp}" if judged_any else "-", f"{old.fp} -> {new.fp}" if judged_any else "-"])
    entries.note = ("none: both lexicons find the same cues" if not entries.rows else
                    "matches / false alarms: gold cues this entry matches and cues it finds that no gold cue has, OLD -> NEW")
    tables.append(entries)

    if judged_any:
        cats = Table("Categories: gold cues, OLD -> NEW", ["category", "TP", "FP", "FN", "P", "R", "F1", "gained", "lost",
                                                          "alarms added", "alarms removed"])
        by_cat: dict[str, Counter[str]] = defaultdict(Counter)
        for change in diff.changes:
            by_cat[change.category][change.change] += 1
        every_old, every_new = PRF(), PRF()
        names = [c for c in CATEGORY_ORDER if c in diff.categories_old or c in diff.categories_new]
        names += sorted(c for c in {*diff.categories_old, *diff.categories_new} if c not in names)
        for name in names:
            a, b = diff.categories_old.get(name, PRF()), diff.categories_new.get(name, PRF())
            every_old += a
            every_new += b
            cats.rows.append(_cat_row(name, a, b, by_cat[name]))
        total = Counter()
        for c in by_cat.values():
            total += c
        cats.rows.append(_cat_row("ALL (micro)", every_old, every_new, total))
        cats.note = (f"{diff.gold_articles} of {diff.articles} articles have a gold file; match: same category and "
                     "overlapping characters, one to one (as in attribution evaluate)")
        tables.append(cats)

    for kind in kinds:
        rows = [[c.article, c.entry, c.category, c.text, c.marked()] for c in diff.changes if c.change == kind]
        if not rows:
            continue
        table = Table(f"Cues {kind} ({len(rows)})", ["article", "entry", "category", "cue", "sentence"],
                      rows[:limit] if limit else rows)
        if limit and len(rows) > limit:
            table.note = f"... and {len(rows) - limit} more (--format json lists them all)"
        tables.append(table)

    outlets = Table("Outlets: mean confidence of their statements, OLD -> NEW",
                    ["outlet", "articles", "statements", "outlet score", "change", "source score", "change", "rose", "fell"])
    for o in diff.outlets:
        statements = str(o.statements_old) if o.statements_old == o.statements_new else f"{o.statements_old} -> {o.statements_new}"
        source_change = None if o.source_old is None or o.source_new is None else o.source_new - o.source_old
        outlets.rows.append([o.outlet, str(o.articles), statements, f"{_f(o.outlet_old)} -> {_f(o.outlet_new)}",
                             _f(o.outlet_change, signed=True), f"{_f(o.source_old)} -> {_f(o.source_new)}",
                             _f(source_change, signed=True), str(o.rose), str(o.fell)])
    outlets.note = ("outlet score: how far the outlet stands behind a statement; source: how sure the speaker sounds; "
                    "rose / fell: statements (the same span under both lexicons) with either score higher / lower")
    tables.append(outlets)

    if diff.statements:
        rows = [[s.article, s.statement_id, f"{s.outlet_old:.3f} -> {s.outlet_new:.3f}",
                 f"{s.source_old:.3f} -> {s.source_new:.3f}", _short(s.text, 90)] for s in diff.statements]
        table = Table(f"Statements whose confidence changed ({len(rows)})",
                      ["article", "statement", "outlet score", "source score", "text"], rows[:limit] if limit else rows)
        if limit and len(rows) > limit:
            table.note = f"... and {len(rows) - limit} more (--format json lists them all)"
        tables.append(table)
    return tables


def _cat_row(name: str, a: PRF, b: PRF, changes: Counter[str]) -> list[str]:
    def pair(x: object, y: object) -> str:
        return str(x) if x == y else f"{x} -> {y}"

    return [name, pair(a.tp, b.tp), pair(a.fp, b.fp), pair(a.fn, b.fn), pair(f"{a.precision:.3f}", f"{b.precision:.3f}"),
            pair(f"{a.recall:.3f}", f"{b.recall:.3f}"), pair(f"{a.f1:.3f}", f"{b.f1:.3f}"),
            str(changes[GAINED]), str(changes[LOST]), str(changes[ADDED]), str(changes[REMOVED])]


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[:width - 1] + "…"


def _header(diff: LexiconDiff) -> list[str]:
    parsed = f", {diff.parsed} parsed now" if diff.parsed else ""
    return [f"Lexicon diff: {diff.old} -> {diff.new}", *diff.notes,
            f"{diff.articles} articles re-scored ({diff.cache_hits} parses from the cache{parsed})"]


def render_text(diff: LexiconDiff) -> str:
    return "\n\n".join(["\n".join(_header(diff)), *(t.render() for t in diff_tables(diff))]) + "\n"


def render_md(diff: LexiconDiff) -> str:
    head = _header(diff)
    return "\n\n".join([f"## {head[0]}", "\n".join(f"- {line}" for line in head[1:]),
                        *(t.markdown() for t in diff_tables(diff))]) + "\n"


def to_json(diff: LexiconDiff) -> dict[str, object]:
    def prf(p: PRF) -> dict[str, float]:
        return {"tp": p.tp, "fp": p.fp, "fn": p.fn, "precision": p.precision, "recall": p.recall, "f1": p.f1}

    counts = diff.counts()
    return {
        "old": diff.old, "new": diff.new, "notes": diff.notes,
        "articles": diff.articles, "gold_articles": diff.gold_articles,
        "cache_hits": diff.cache_hits, "parsed": diff.parsed,
        "entries_changed": diff.entries_changed,
        "entries": {i: {"definition": diff.entries_changed.get(i, "same"), **{k: counts[i][k] for k in CHANGE_ORDER},
                        "old": prf(diff.entry_counts_old.get(i, PRF())), "new": prf(diff.entry_counts_new.get(i, PRF()))}
                    for i in [*diff.entries_changed, *sorted(c for c in counts if c not in diff.entries_changed)]},
        "categories": {c: {"old": prf(diff.categories_old.get(c, PRF())), "new": prf(diff.categories_new.get(c, PRF()))}
                       for c in sorted({*diff.categories_old, *diff.categories_new})},
        "changes": [asdict(c) for c in diff.changes],
        "outlets": [{**asdict(o), "outlet_change": o.outlet_change} for o in diff.outlets],
        "statements": [asdict(s) for s in diff.statements],
    }


def render(diff: LexiconDiff, format_: str) -> str:
    if format_ == "json":
        return json.dumps(to_json(diff), indent=2, ensure_ascii=False) + "\n"
    return render_md(diff) if format_ == "md" else render_text(diff)


def lexicon_diff(old_spec: str, new_spec: str, paths: Sequence[Path], settings: Settings, gold_dir: Path | None,
                 format_: str = "text", models_dir: Path | None = None, out: Path | None = None) -> int:
    """The ``lexicon diff`` command: 0 done, 1 done but some inputs were skipped, 5 no article read."""
    from attribution.evaluate.gold import load_gold_dir

    old, new = load_side(old_spec), load_side(new_spec)
    golds = load_gold_dir(gold_dir) if gold_dir is not None else None
    pairs, hits, parsed, skipped = analyze_both(paths, settings, old.lexicon, new.lexicon, models_dir)
    if not pairs:
        log.error("no article could be read from %s", ", ".join(map(str, paths)))
        return 5
    if golds is not None and not any(a.article.article_id in golds for a, _ in pairs):
        log.warning("none of the articles has a gold file in %s (gold files are named <article-id>.yaml): "
                    "cue changes are listed unjudged", gold_dir)
    diff = diff_analyses(pairs, golds, old, new)
    diff.cache_hits, diff.parsed = hits, parsed
    text = render(diff, format_)
    if out is not None:
        out.write_text(text, encoding="utf-8")
        print(f"Lexicon diff written to {out}")
    else:
        print(text, end="")
    return 1 if skipped else 0


__all__ = ["load_side", "entry_changes", "diff_analyses", "analyze_both", "lexicon_diff", "render", "LexiconDiff"]
