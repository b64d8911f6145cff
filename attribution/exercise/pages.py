"""Worksheet and answer-key pages: the tasks turned into what the templates lay out.

Article text reaches the page only through :func:`attribution.report.highlight.highlight`
(escaped) or Jinja2's autoescape; the pages are self-contained like the report's (the report's
stylesheet plus ``reports/static/exercise.css``, inlined, under the same Content-Security-Policy).
The worksheet carries no answer: no marks on the text, no choice ticked, no explanation; the key
gives each answer with its cue highlighted and the lexicon entry's plain-words description.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from markupsafe import Markup

from attribution.config import Settings
from attribution.exercise.classroom import Classroom, Level
from attribution.exercise.tasks import (
    KINDS, SAME, Quote, Sheet, Task, certainty_answer, compare_answer, hedge_answer, numbers_asked, select_tasks,
    sheets, source_answer,
)
from attribution.lexicon import Entry, Lexicon
from attribution.output import Analysis, atomic_write
from attribution.records import Cue, Statement
from attribution.report.highlight import highlight, paragraphs
from attribution.report.slugs import unique_slugs
from attribution.report.stats import Stances, outlet_name
from attribution.report.views import (
    PRESENTATION_TEXT, Category, MarkSet, Site, category, cue_view, fmt, statement_marks, statement_view,
)

REPORT_ROOT = "../report/"  # the exercises folder sits beside the report folder
# how far (characters) the key's quote of a source task reaches out to show the speaker's name
CONTEXT_REACH = 200

QUESTIONS = {
    "source": "Who is the source of these words? Tick one, and write the name if the article gives one.",
    "hedges": "Underline the words that show the outlet is not sure.",
    "certainty": "How sure is the outlet about this claim? Tick one, and write the words that tell you.",
    "compare": "Both outlets report this claim. Which one sounds surer? Tick one, and write the words that make the difference.",
}
INSTRUCTIONS = {
    "source": "Find the words in the article. Who says them: a person, an organisation, an unnamed source, a document, or the outlet itself?",
    "hedges": "Some words show that the outlet does not vouch for what it says: allegedly, could not verify, if true, claimed.",
    "certainty": "Look at how the outlet tells you the claim: as a fact, as what someone said, or with words of doubt.",
    "compare": "Read how each outlet tells the same thing. Look for the words that weaken or back it.",
}


@dataclass(frozen=True)
class Choice:
    words: str
    correct: bool


@dataclass(frozen=True)
class Reason:
    """A word the answer rests on: as written, what kind of word, and why (the lexicon's words)."""

    text: str
    category: Category | None  # None: the words that name the speaker
    what: str
    description: str
    note: str = ""


@dataclass(frozen=True)
class QuoteView:
    label: str  # "statement 5", or "Associated Press, statement 5" on a story sheet
    outlet: str
    n: int
    plain: Markup  # the quoted words, escaped (the worksheet)
    marked: Markup  # the words with their cues highlighted (the key; a source task shows the speaker too)
    href: str | None  # the statement on the report's article page (the key)


@dataclass(frozen=True)
class TaskView:
    number: int
    kind: str
    question: str
    quotes: tuple[QuoteView, ...]
    choices: tuple[Choice, ...]
    write_line: str | None  # the label of the line the student writes on
    answer: str
    details: tuple[str, ...]
    reasons: tuple[Reason, ...]
    notes: tuple[str, ...]


@dataclass(frozen=True)
class ArticleText:
    article_id: str
    title: str
    outlet: str
    published: str | None
    paragraphs: tuple[Markup, ...]


@dataclass(frozen=True)
class ExercisePage:
    sheet: Sheet
    title: str
    what: str  # "article" or "story"
    texts: tuple[ArticleText, ...]
    tasks: tuple[TaskView, ...]
    instructions: tuple[tuple[str, str], ...]  # (kind, words) for the kinds on the sheet
    seed: int
    worksheet: str  # file names, for the links between the two
    key: str
    levels: tuple[Level, ...]


# --- lexicon look-ups -----------------------------------------------------------------------


class ReportingEntries:
    """The reporting entry a reporting cue came from, by its lemma or words ("according to")."""

    def __init__(self, lexicon: Lexicon):
        self._by_words: dict[str, Entry] = {}
        for entry in lexicon.active("reporting"):
            self._by_words.setdefault(entry.pattern.lower(), entry)
            slots = [slot for slot in entry.slots if slot is not None]
            for words in itertools.product(*slots):
                self._by_words.setdefault(" ".join(words), entry)

    def of(self, lemma: str | None, text: str | None) -> Entry | None:
        for key in (lemma, text):
            if key and key.lower().strip() in self._by_words:
                return self._by_words[key.lower().strip()]
        return None


def _cue_reason(cue: Cue, cue_type: str, lexicon: Lexicon, note: str = "") -> Reason:
    view = cue_view(cue_type, cue.entry, cue.text, cue.category or cue_type, cue.weight, lexicon)
    return Reason(cue.text, view.category, view.category.label, view.description, note)


def _reporting_reason(s: Statement, stances: Stances, entries: ReportingEntries) -> Reason | None:
    if s.cue is None or s.is_own_voice:
        return None
    stance = stances.of(s.cue.lemma, s.cue.text)
    cat = category(f"reporting_{stance}")
    entry = entries.of(s.cue.lemma, s.cue.text)
    return Reason(s.cue.text, cat, cat.label, entry.description if entry else cat.description)


# --- the views of one task ------------------------------------------------------------------


class _Builder:
    def __init__(self, site: Site, lexicon: Lexicon, classroom: Classroom, story: bool):
        self.site, self.lexicon, self.classroom, self.story = site, lexicon, classroom, story
        self.stances = Stances(lexicon)
        self.entries = ReportingEntries(lexicon)

    def quote_view(self, q: Quote, task: Task) -> QuoteView:
        body = self.site.articles[q.article_id].body
        s = q.statement
        marks = MarkSet(body)
        if task.kind == "hedges":  # only the outlet's hedges are the answer, so only they are marked
            answer = hedge_answer(task)
            marked_statement = replace(s, boosters=(), hedges=answer.outlet + answer.elsewhere)
        else:
            marked_statement = s
        statement_marks(marks, marked_statement, statement_view(q.n, s, self.stances, self.lexicon), self.lexicon, None,
                        cues_only=True)
        start, end = q.start, q.end
        if task.kind == "source" and not s.is_own_voice:  # show the words that name the speaker and report it
            for span in (s.mention, s.cue):
                if span is not None and span.start >= start - CONTEXT_REACH and span.end <= end + CONTEXT_REACH:
                    start, end = min(start, span.start), max(end, span.end)
        href = self.site.article_href(q.article_id, REPORT_ROOT)
        return QuoteView(
            label=f"{q.outlet}, statement {q.n}" if self.story else f"Statement {q.n}",
            outlet=q.outlet,
            n=q.n,
            plain=highlight(body, [], q.start, q.end),
            marked=highlight(body, marks.marks, start, end),
            href=f"{href}#s-{q.n}" if href else None,
        )

    def statement_reasons(self, s: Statement, start: int, end: int) -> list[Reason]:
        """The reporting word and every hedge and booster that moves the outlet's confidence."""
        reasons = []
        reporting = _reporting_reason(s, self.stances, self.entries)
        if reporting is not None:
            reasons.append(reporting)
        for cue_type, cues in (("hedge", s.hedges), ("booster", s.boosters)):
            for c in cues:
                if reporting is not None and c.text == reporting.text:
                    continue  # "claimed" is the reporting word and a hedge: said once
                if start <= c.start and c.end <= end:
                    note = ""
                elif s.start <= c.start and c.end <= s.end:
                    note = "in the same statement, outside these words"
                else:
                    note = "in another sentence, reaching back to these words"
                reasons.append(_cue_reason(c, cue_type, self.lexicon, note))
        return reasons

    def view(self, number: int, task: Task) -> TaskView:
        quotes = tuple(self.quote_view(q, task) for q in task.quotes)
        return getattr(self, f"_{task.kind}")(number, task, quotes)

    def _source(self, number: int, task: Task, quotes: tuple[QuoteView, ...]) -> TaskView:
        answer = source_answer(task)
        s = task.quote.statement
        words = self.classroom.speaker_words(answer.speaker_type)
        reasons: list[Reason] = []
        notes: list[str] = []
        if s.is_own_voice:
            notes.append("No one else is named for these words and no reporting word (said, told, according to) "
                         "passes them on: the outlet says this itself.")
        else:
            if s.mention is not None:
                reasons.append(Reason(s.mention.text, None, "names the speaker",
                                      f"These words tell you who is speaking: {s.speaker}."))
            reporting = _reporting_reason(s, self.stances, self.entries)
            if reporting is not None:
                reasons.append(reporting)
            if len(s.sources) > 1:
                notes.append("The words are passed on through " + " › ".join(s.sources) + ".")
        name = f": {answer.speaker}" if answer.speaker else ""
        return TaskView(
            number, "source", QUESTIONS["source"], quotes,
            tuple(Choice(w, t == answer.speaker_type) for t, w in self.classroom.speaker_choices),
            "Name", f"{words}{name}", (), tuple(reasons), tuple(notes),
        )

    def _hedges(self, number: int, task: Task, quotes: tuple[QuoteView, ...]) -> TaskView:
        answer = hedge_answer(task)
        reasons = [_cue_reason(c, "hedge", self.lexicon) for c in answer.outlet]
        reasons += [_cue_reason(c, "hedge", self.lexicon, "in another sentence, reaching back to this one")
                    for c in answer.elsewhere]
        who = task.quote.statement.speaker or "the speaker"
        notes = tuple(f"“{c.text}” is {who}'s own doubt ({category(c.category).label}), not the outlet's: "
                      "it is inside the words the outlet reports." for c in answer.speaker)
        words = ", ".join(f"“{c.text}”" for c in answer.outlet)
        return TaskView(number, "hedges", QUESTIONS["hedges"], quotes, (), None, words, (), tuple(reasons), notes)

    def _level_details(self, q: Quote, level: Level) -> str:
        label = f"presented as {q.presentation} ({PRESENTATION_TEXT.get(q.presentation, '')})" if q.presentation else \
            "judged by its outlet confidence alone (the article is in no story, so it has no claims)"
        return f"{level.label}: {level.description} The claim is {label}; outlet confidence {fmt(q.confidence)}."

    def _certainty(self, number: int, task: Task, quotes: tuple[QuoteView, ...]) -> TaskView:
        (level,) = certainty_answer(task, self.classroom)
        q = task.quote
        return TaskView(
            number, "certainty", QUESTIONS["certainty"], quotes,
            tuple(Choice(lv.label, lv.id == level.id) for lv in self.classroom.levels),
            "Words that tell you", level.label, (self._level_details(q, level),),
            tuple(self.statement_reasons(q.statement, q.start, q.end)), (),
        )

    def _compare(self, number: int, task: Task, quotes: tuple[QuoteView, ...]) -> TaskView:
        levels = certainty_answer(task, self.classroom)
        surer = compare_answer(task, self.classroom)
        a, b = task.quotes
        answer = "about the same" if surer == SAME else f"{surer} sounds surer"
        reasons: list[Reason] = []
        for q in task.quotes:
            reasons += [replace(r, note=f"{q.outlet}" + (f"; {r.note}" if r.note else ""))
                        for r in self.statement_reasons(q.statement, q.start, q.end)]
        return TaskView(
            number, "compare", QUESTIONS["compare"], quotes,
            (Choice(f"{a.outlet} sounds surer", surer == a.outlet), Choice(f"{b.outlet} sounds surer", surer == b.outlet),
             Choice("both about the same", surer == SAME)),
            "Words that make the difference", answer,
            tuple(f"{q.outlet}: {self._level_details(q, lv)}" for q, lv in zip(task.quotes, levels)),
            tuple(reasons), (),
        )


def _numbered_paragraphs(body: str, starts: dict[int, list[int]]) -> tuple[Markup, ...]:
    """The paragraphs as escaped text, a statement's number set before its first word."""
    out = []
    for a, b in paragraphs(body):
        cuts = sorted(p for p in starts if a <= p < b)
        pieces: list[str] = []
        at = a
        for p in cuts:
            pieces.append(str(highlight(body, [], at, p)))
            for n in starts[p]:
                pieces.append(f'<span class="ws-n" title="statement {n}">{n}</span>')
            at = p
        pieces.append(str(highlight(body, [], at, b)))
        out.append(Markup("".join(pieces)))
    return tuple(out)


def exercise_page(analysis: Analysis, site: Site, sheet: Sheet, lexicon: Lexicon, classroom: Classroom,
                  count: int, kinds: Sequence[str], seed: int, files: tuple[str, str]) -> ExercisePage:
    tasks = select_tasks(analysis, site, sheet, classroom, count=count, kinds=kinds, seed=seed)
    builder = _Builder(site, lexicon, classroom, sheet.is_story)
    asked = numbers_asked(tasks)
    texts = []
    for article_id in sheet.article_ids:
        article = site.articles[article_id]
        starts: dict[int, list[int]] = {}
        for s in site.statements_of(article_id):
            n = site.numbers[s.statement_id]
            if n in asked.get(article_id, ()):
                starts.setdefault(s.start, []).append(n)
        texts.append(ArticleText(article_id, article.title or article_id, outlet_name(article.outlet), article.published,
                                 _numbered_paragraphs(article.body, starts)))
    used = [k for k in KINDS if any(t.kind == k for t in tasks)]
    return ExercisePage(
        sheet=sheet,
        title=sheet.title,
        what="story" if sheet.is_story else "article",
        texts=tuple(texts),
        tasks=tuple(builder.view(i, t) for i, t in enumerate(tasks, start=1)),
        instructions=tuple((k, INSTRUCTIONS[k]) for k in used),
        seed=seed,
        worksheet=files[0],
        key=files[1],
        levels=classroom.levels,
    )


# --- writing --------------------------------------------------------------------------------


@dataclass(frozen=True)
class IndexRow:
    title: str
    what: str
    worksheet: str
    key: str
    tasks: int


def write_exercises(analysis: Analysis, out_dir: Path, settings: Settings, count: int = 6,
                    kinds: Sequence[str] = KINDS, seed: int = 0, classroom: Classroom | None = None,
                    lexicon: Lexicon | None = None) -> Path:
    """Write ``out_dir/exercises/``: a worksheet and a key per article and per story, and an index.
    Returns the index page. ``lexicon``: the one the analysis used, else loaded from ``settings``."""
    from attribution.exercise.classroom import shipped_classroom
    from attribution.report.render import environment

    classroom = classroom or shipped_classroom()
    folder = out_dir / "exercises"
    env = environment(extra_css=("exercise.css",))
    lexicon = lexicon if lexicon is not None else Lexicon.load(settings.lexicons)
    site = Site.of(analysis)
    title = settings.report.title
    article_sheets, story_sheets = sheets(analysis)
    slugs = unique_slugs([s.sheet_id for s in article_sheets + story_sheets], "sheet")
    worksheet_t, key_t = env.get_template("worksheet.html.j2"), env.get_template("key.html.j2")
    rows = []
    written = set()
    for sheet in article_sheets + story_sheets:
        slug = slugs[sheet.sheet_id]
        files = (f"{slug}.worksheet.html", f"{slug}.key.html")
        page = exercise_page(analysis, site, sheet, lexicon, classroom, count, kinds, seed, files)
        for name, template in zip(files, (worksheet_t, key_t)):
            with atomic_write(folder / name) as handle:
                handle.write(template.render(title=title, root=REPORT_ROOT, page=page))
            written.add(folder / name)
        rows.append(IndexRow(page.title, page.what, files[0], files[1], len(page.tasks)))
    index = folder / "index.html"
    with atomic_write(index) as handle:
        handle.write(env.get_template("exercises.html.j2").render(title=title, root=REPORT_ROOT, rows=rows, seed=seed))
    for path in folder.glob("*.html"):
        if path != index and path not in written:
            path.unlink()
    return index

