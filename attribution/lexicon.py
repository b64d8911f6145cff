"""Lexicons: the YAML word lists every tunable rule reads (reporting verbs, hedges, boosters).

The shipped files in ``lexicons/`` are loaded first; user overlays (``--lexicon FILE``, or
``lexicons:`` in ``attribution.yaml``) are applied in order. In an overlay, an entry whose ``id``
exists already changes only the fields it gives (a new weight, say); ``enabled: false`` turns an
entry off; a new ``id`` adds an entry. Every problem is reported with file, line and entry id.

Entry fields (see ``docs/lexicon-tuning.md``):

``id``          unique name, used in output (``Cue.entry``) and by overlays
``pattern``     lemmas separated by spaces; ``a|b`` for alternatives; ``...`` for a gap of up to
                ``max_gap`` words in the same sentence (``first ... evidence``)
``type``        ``hedge``, ``booster`` or ``reporting``
``category``    evidential, modal, conditional, verification, reporting_neutral,
                reporting_distancing, reporting_endorsing, booster, ...
``weight``      in (0, 1]: how strongly it weakens (hedge) or strengthens (booster) a statement
``stance``      reporting cues only: neutral, distancing, endorsing or disputing
``upos``        optional list: the first word's part of speech must be one of these
``negated``     optional bool: the cue's head word must (true) or must not (false) be negated
``governs``     optional: ``clause`` (the cue introduces a clause, a to-infinitive included),
                ``finite_clause`` (a clause with its own subject or ``that``/``whether``, not a
                to-infinitive), ``object``, or ``proposition`` (a clause, an object, or a
                parenthetical use: "I think"; not a bare "think *about* it"), or ``content``
                (something reported: a clause, or the frame of a quotation, '"...," she
                tweeted'; not "the video was *published*" or "if either side is *attacked*")
``frame``       reporting cues only: how the cue frames its content: ``speech`` (say, tell: a
                quotation next to it is its content), ``cognition`` (believe, think) or ``document``
                (a report *shows that*: only a ``that`` clause is content)
``class``       reporting cues only: what is attributed: ``speech`` (said, told), ``writing``
                (wrote, tweeted, posted), ``belief`` (believes, expects, fears), ``intention``
                (wants, plans, vows to) or ``evidence`` (a poll shows, found, saw); left out, it
                follows from ``frame`` (speech, cognition -> belief, document -> evidence). Users can
                leave belief and intention statements out (``attribution: exclude_classes``)
``topic``       reporting cues only, optional list: how the verb names what a speech act was
                about when it reports no words of it: ``object`` ("*criticized* the ruling",
                "*cited* the report"), ``object-to`` (the object only with an infinitive after
                it that says what it was asked to do: "*encouraged* voters to stay home"),
                ``gerund`` (a gerund clause as the object: "*proposed* raising taxes"),
                ``second-object`` (of two objects, the second: the first is the addressee,
                "*asked* the general three questions")
                and/or prepositions ("*called for* a moratorium", "*spoke
                about* the deal"). Such a noun phrase is content (PolNeAR annotates it) of cue
                class ``topic``, which our own gold format does not annotate and users can leave
                out (``attribution: exclude_classes: [topic]``); a clause, a quotation or a
                governed object is preferred where the verb has one. A noun cue names it by a
                prepositional modifier ("*attacks* on the press", "*criticism* of the plan")
``topic_words`` optional list, with ``topic``: the entry's words that take it, where the others
                mostly report nothing by their object ("*discussed* the plan" names what was
                said, "*delivered* a speech" does not); all of them when left out
``speaker_after`` optional list of prepositions: the phrase after one of them, on the verb or on
                its noun, names who speaks, and the verb's subject is what was spoken of (a light
                verb of receiving, "*faced criticism* from X": X criticised the subject); with
                no such phrase nobody is named ("faced criticism" alone: no source)
``reason_after`` optional list of prepositions, with ``speaker_after``: the phrase after one of
                them, on the verb, on its noun or on the speaker's phrase, says what the
                subject was spoken of for, and is content beside the subject ("faced criticism
                *for the delays*": the mayor for the delays)
``provenance``  optional: where the entry's words were counted, ``{corpus: {word: count}}``
                (``{PolNeAR train: {say: 5348}}``: bench/mine_polnear_cues.py)
``deprel``      optional list: the cue's head word must attach with one of these relations
                (``amod`` for "the *reported* decision", universal part or full ``nsubj:pass``)
``scope``       optional: which words the cue weakens: ``head`` (the word it modifies, with its
                dependents), ``self`` (the cue word with its dependents), ``complement`` (the
                clause it introduces) or ``sentence``; left out, it follows from the parse
``links_back``  optional, verification cues: a disclaimer in the outlet's voice also scopes over
                earlier statements naming what it names, in its paragraph and this many before
``description`` plain words a student understands; ``examples``: sentences it matches
``reference``   where the entry comes from: a published list (``Hyland 2005``, ``CoNLL-2010``)
                or, for news wording found in no list, ``news`` (the file's ``sources`` say more)
``enabled``     default true

A file may also carry a ``scoring:`` mapping: the starting points and fixed weights of the
confidence formula (``docs/lexicon-tuning.md``); overlays change single keys of it; and a
``classes:`` mapping: the closed word classes and relations the matcher's tree tests use
(negators, subordinators, subject relations; ``lexicons/grammar.yaml``), each with a
``description`` and its ``members``; an overlay replaces a class's members.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, fields, replace
from functools import cached_property
from pathlib import Path
from typing import Any, TypeVar

from attribution.resources import lexicons_dir
from attribution.yamlfile import LineDict, YamlError, kind_of, line_of, load_yaml

_T = TypeVar("_T")

SHIPPED_FILES = ("grammar.yaml", "reporting.yaml", "reporting_corpus.yaml", "hedges.yaml", "boosters.yaml", "confidence.yaml")
TYPES = ("hedge", "booster", "reporting")
STANCES = ("neutral", "distancing", "endorsing", "disputing")
CATEGORIES = (
    "evidential", "modal", "conditional", "verification",
    "reporting_neutral", "reporting_distancing", "reporting_endorsing", "reporting_disputing", "reporting_unlisted",
    "reporting_learned",
    "booster",
)
# What a reporting cue attributes; belief and intention are left out of our own gold format.
CUE_CLASSES = ("speech", "writing", "belief", "intention", "evidence", "topic")
FRAME_CLASS = {"speech": "speech", "cognition": "belief", "document": "evidence"}
# The one entry of category reporting_unlisted has this pattern: any verb the lexicon does not list;
# so has the one of reporting_learned (a verb the learned cue model takes, attribute/learned.py).
UNLISTED_PATTERN = "*"
RULE_CATEGORIES = ("reporting_unlisted", "reporting_learned")
GOVERNS = ("clause", "finite_clause", "object", "proposition", "content")
SCOPES = ("head", "self", "complement", "sentence")
TOP_LEVEL_KEYS = ("entries", "name", "description", "sources", "scoring", "classes")
# The closed word classes and relations the matcher's tree tests read (lexicons/grammar.yaml).
CLASSES = ("negators", "negator_relations", "subordinators", "wh_words", "subject_relations", "clausal_relations",
           "loose_clause_relations", "negation_passes_up", "predicate_relations", "nominal_relations",
           "topic_prepositions", "object_topic_prepositions", "reported_relatives", "relative_topic_prepositions", "answer_words", "clause_subordinators", "non_reporting_verbs", "comment_markers", "clause_joiners", "neg_raising_verbs",
           "state_verbs", "absolute_openers", "noun_dependent_relations", "question_verbs", "expectation_passives", "impression_verbs",
           "reputation_passives", "reputation_prepositions", "regard_passives", "regard_prepositions",
           "oblique_topic_prepositions", "act_time_prepositions", "presentative_adverbs", "circumstance_marks")

# The confidence formula's starting points and fixed weights (hedging/confidence.py), overridable
# in a lexicon file's ``scoring:`` block. Every value lies in [0, 1].
DEFAULT_SCORING: dict[str, float] = {
    "own_voice": 1.0,        # outlet: a sentence in the outlet's own voice starts here
    "attributed": 0.8,       # outlet: a statement the outlet attributes to someone starts here
    "anonymous": 0.25,       # outlet: weight of an anonymous speaker, applied as x(1 - w)
    "relayed": 0.1,          # outlet: weight of each extra link in the chain of sources
    "source_direct": 0.9,    # source: a direct (or mixed) quote starts here
    "source_reported": 0.85, # source: reported speech and according-to start here
    "partial_scope": 0.5,    # share of its weight a cue has when its scope leaves out the statement's main word
}
FRAMES = ("speech", "cognition", "document")
_PATTERN_TOKEN = re.compile(r"^(\.\.\.|[^\s|]+(\|[^\s|]+)*)$")


@dataclass(frozen=True)
class Entry:
    id: str
    pattern: str
    type: str
    category: str
    weight: float
    description: str
    examples: tuple[str, ...] = ()
    stance: str | None = None
    upos: tuple[str, ...] = ()
    negated: bool | None = None
    governs: str | None = None
    frame: str | None = None
    max_gap: int = 4
    enabled: bool = True
    source: str = ""  # file:line it was defined (or last changed) at
    deprel: tuple[str, ...] = ()
    scope: str | None = None
    links_back: int = 0
    reference: str = ""
    cue_class: str | None = None  # ``class:`` in YAML
    provenance: tuple[tuple[str, tuple[tuple[str, int], ...]], ...] = ()  # (corpus, ((word, count), ...))
    topic: tuple[str, ...] = ()  # ``object`` and/or prepositions: what a speech act was about
    topic_words: tuple[str, ...] = ()  # the entry's words that take the topic; all of them when empty
    speaker_after: tuple[str, ...] = ()  # prepositions whose phrase is the speaker, the subject the topic
    reason_after: tuple[str, ...] = ()  # with speaker_after: prepositions whose phrase joins the subject as content

    @property
    def attribution_class(self) -> str:
        """What a reporting cue attributes: its ``class``, else the one its frame implies."""
        return self.cue_class or FRAME_CLASS.get(self.frame or "speech", "speech")

    @property
    def is_unlisted(self) -> bool:
        return self.category == "reporting_unlisted"

    @property
    def is_learned(self) -> bool:
        return self.category == "reporting_learned"

    @property
    def is_rule(self) -> bool:
        """Matched by a verb's tree (the unlisted rule) or by the cue model, not by its lemma."""
        return self.category in RULE_CATEGORIES

    def topic_for(self, lemma: str) -> tuple[str, ...]:
        """The ``topic`` constructions of one of the entry's words: an entry whose words differ
        (on PolNeAR train "discussed X" names what was said, "delivered X" does not) lists the
        ones that take it in ``topic_words``."""
        return self.topic if not self.topic_words or lemma.lower() in self.topic_words else ()

    def provenance_text(self) -> str:
        """``PolNeAR train: say 5348, tell 508``."""
        return "; ".join(f"{corpus}: " + ", ".join(f"{w} {n}" for w, n in counts) for corpus, counts in self.provenance)

    @cached_property
    def slots(self) -> tuple[tuple[str, ...] | None, ...]:
        """The pattern as a tuple of lemma alternatives; None stands for a gap. Worked out once
        per entry: the matcher reads it at every word that can start the pattern."""
        return tuple(None if t == "..." else tuple(a.lower() for a in t.split("|")) for t in self.pattern.split())

    @property
    def first_lemmas(self) -> tuple[str, ...]:
        first = self.slots[0]
        return first or ()


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "id": (str,), "pattern": (str,), "type": (str,), "category": (str,), "weight": (int, float),
    "description": (str,), "examples": (list,), "stance": (str,), "upos": (list, str),
    "negated": (bool,), "governs": (str,), "frame": (str,), "max_gap": (int,), "enabled": (bool,),
    "deprel": (list, str), "scope": (str,), "links_back": (int,), "reference": (str,),
    "class": (str,), "provenance": (dict,), "topic": (list,), "topic_words": (list,),
    "speaker_after": (list,), "reason_after": (list,),
}
REQUIRED = ("id", "pattern", "type", "category", "weight", "description")
# What each expected kind of value is called in a message (never a Python type name).
_KIND_WORDS = {str: "text", int: "a whole number", float: "a number", list: "a list", bool: "true/false",
               dict: "a mapping"}


def _expected(key: str) -> str:
    kinds = _FIELD_TYPES[key]
    if kinds == (int, float):
        return "a number"
    return " or ".join(_KIND_WORDS[t] for t in kinds)


class LexiconError(YamlError):
    """Every problem of a lexicon, each already named by its own file and line (``problems``);
    ``str()`` is those lines, so no message carries the place twice."""

    def __init__(self, path: str | Path, line: int | None, message: str, problems: Sequence[str] = ()):
        super().__init__(path, line, message)
        self.problems = list(problems) or [str(self.args[0])]
        self.args = ("\n".join(self.problems),)

    def __str__(self) -> str:
        return "\n".join(self.problems)


@dataclass
class _Problem:
    path: str
    line: int | None
    entry: str | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: entry '{self.entry}': {self.message}" if self.entry else f"{where}: {self.message}"


def _check_value(key: str, value: Any) -> str | None:
    """Why the value is wrong for this key, or None."""
    if key not in _FIELD_TYPES:
        return f"unknown key '{key}' (known: {', '.join(_FIELD_TYPES)})"
    if isinstance(value, bool) and bool not in _FIELD_TYPES[key]:
        return f"'{key}' must be {_expected(key)}, not true/false"
    if not isinstance(value, _FIELD_TYPES[key]):
        return f"'{key}' must be {_expected(key)}, not {kind_of(value)}"
    if key == "weight" and not 0 < float(value) <= 1:
        return f"'weight' must be in (0, 1], not {value}"
    if key == "type" and value not in TYPES:
        return f"'type' must be one of {', '.join(TYPES)}, not '{value}'"
    if key == "category" and value not in CATEGORIES:
        return f"'category' must be one of {', '.join(CATEGORIES)}, not '{value}'"
    if key == "stance" and value not in STANCES:
        return f"'stance' must be one of {', '.join(STANCES)}, not '{value}'"
    if key == "governs" and value not in GOVERNS:
        return f"'governs' must be one of {', '.join(GOVERNS)}, not '{value}'"
    if key == "frame" and value not in FRAMES:
        return f"'frame' must be one of {', '.join(FRAMES)}, not '{value}'"
    if key == "class" and value not in CUE_CLASSES:
        return f"'class' must be one of {', '.join(CUE_CLASSES)}, not '{value}'"
    if key == "provenance":
        for corpus, counts in value.items():
            if not isinstance(corpus, str) or not isinstance(counts, dict) or not counts:
                return "'provenance' must map a corpus name to {word: count, ...}: {PolNeAR train: {say: 5348}}"
            for word, count in counts.items():
                if not isinstance(word, str) or isinstance(count, bool) or not isinstance(count, int) or count < 1:
                    return f"'provenance' of {corpus}: '{word}' needs a positive whole count, not {count!r}"
    if key == "scope" and value not in SCOPES:
        return f"'scope' must be one of {', '.join(SCOPES)}, not '{value}'"
    if key == "max_gap" and not 0 < value <= 20:
        return "'max_gap' must be between 1 and 20"
    if key == "links_back" and not 0 <= value <= 10:
        return "'links_back' must be between 0 and 10 (paragraphs)"
    if key == "pattern":
        tokens = value.split()
        if not tokens:
            return "'pattern' is empty"
        bad = [t for t in tokens if not _PATTERN_TOKEN.match(t)]
        if bad:
            return f"bad pattern token {bad[0]!r} (use lemmas, a|b alternatives and ... for a gap)"
        if tokens[0] == "..." or tokens[-1] == "...":
            return "a pattern cannot start or end with a gap (...)"
        if any(a == b == "..." for a, b in zip(tokens, tokens[1:])):
            return "a pattern cannot have two gaps (...) in a row"
    if key == "examples" and not all(isinstance(x, str) for x in value):
        return "'examples' must be a list of sentences"
    if key == "upos" and isinstance(value, list) and not all(isinstance(x, str) for x in value):
        return "'upos' must be a list of tags such as VERB, ADV"
    if key == "topic" and not all(isinstance(x, str) and x and " " not in x for x in value):
        return "'topic' must be a list of 'object', 'object-to', 'gerund', 'second-object' and/or prepositions such as for, about"
    if key == "topic_words" and not all(isinstance(x, str) and x and " " not in x for x in value):
        return "'topic_words' must be a list of the entry's words (lemmas) such as discuss"
    if key in ("speaker_after", "reason_after") and not all(isinstance(x, str) and x and " " not in x for x in value):
        return f"'{key}' must be a list of prepositions such as " + ("from" if key == "speaker_after" else "for, over")
    if key == "deprel" and isinstance(value, list) and not all(isinstance(x, str) for x in value):
        return "'deprel' must be a list of relations such as amod, advmod"
    return None


def _entry_from(raw: dict[str, Any], source: str) -> Entry:
    values = {k: v for k, v in raw.items()}
    if "class" in values:
        values["cue_class"] = values.pop("class")
    provenance = values.get("provenance") or ()
    if isinstance(provenance, dict):
        provenance = tuple((str(c), tuple((str(w), int(n)) for w, n in counts.items())) for c, counts in provenance.items())
    values["provenance"] = tuple(provenance)
    values["weight"] = float(values["weight"])
    values["examples"] = tuple(values.get("examples") or ())
    for key in ("upos", "deprel", "topic", "topic_words", "speaker_after", "reason_after"):
        value = values.get(key) or ()
        values[key] = (value,) if isinstance(value, str) else tuple(value)
    return Entry(**values, source=source)


@dataclass
class Lexicon:
    """The effective lexicon: shipped entries with overlays applied, in file order."""

    entries: dict[str, Entry] = field(default_factory=dict)
    files: list[str] = field(default_factory=list)
    scoring: dict[str, float] = field(default_factory=lambda: dict(DEFAULT_SCORING))
    scoring_sources: dict[str, str] = field(default_factory=dict)  # key -> file:line that set it
    classes: dict[str, frozenset[str]] = field(default_factory=dict)  # grammar word classes by name
    class_sources: dict[str, str] = field(default_factory=dict)
    speaker_files: list[str] = field(default_factory=list)  # overlays of lexicons/speakers.yaml (lists, rules)
    _index: dict[str, tuple[Entry, ...]] | None = field(default=None, repr=False, compare=False)
    _reporting_lemmas: frozenset[str] | None = field(default=None, repr=False, compare=False)
    # classes of reporting cue (belief, intention) whose statements attribution leaves out:
    # the words still count as listed (no unlisted-verb fallback) and keep their hedging stance
    excluded_classes: frozenset[str] = frozenset()
    # rule key (what an entry matches) -> id of the one active entry with it: twins found by hashing
    _rules: dict[tuple[Any, ...], str] = field(default_factory=dict, repr=False, compare=False)
    _reporting_part: Lexicon | None = field(default=None, repr=False, compare=False)
    _second: dict[str, tuple[str, ...]] | None = field(default=None, repr=False, compare=False)
    # what is worked out of the entries (or word classes) once: name -> (the dict it came from, value)
    _derived: dict[str, tuple[Any, Any]] = field(default_factory=dict, repr=False, compare=False)

    def derived(self, name: str, source: Any, make: Callable[[], _T]) -> _T:
        """``make()``, worked out once per ``source`` (``entries`` or ``classes``, by identity):
        attribution asks for the reporting entries and the grammar in every sentence. A copy
        with other entries (``replace``) works out its own."""
        known = self._derived.get(name)
        if known is not None and known[0] is source:
            return known[1]
        value = make()
        self._derived[name] = (source, value)
        return value

    def active(self, type_: str | None = None, category: str | None = None) -> Iterator[Entry]:
        for entry in self.entries.values():
            if entry.enabled and (type_ is None or entry.type == type_) and (category is None or entry.category == category):
                yield entry

    def reporting(self) -> tuple[Entry, ...]:
        """The active reporting entries that list words (the unlisted-verb and learned fallbacks left out)."""
        return self.derived("reporting", self.entries,
                            lambda: tuple(e for e in self.active("reporting") if not e.is_rule))

    def reporting_lemmas(self) -> frozenset[str]:
        """Every lemma a reporting entry's pattern can start with (built once); not a light verb
        that only reports with a noun after a gap ("make ... comment"): "made" alone is left to
        the unlisted-verb rule and the learned cue model as before."""
        if self._reporting_lemmas is None:
            self._reporting_lemmas = frozenset(lemma for e in self.reporting() if not (len(e.slots) > 1 and e.slots[1] is None)
                                               for lemma in e.first_lemmas)
        return self._reporting_lemmas

    def unlisted(self) -> Entry | None:
        """The active ``reporting_unlisted`` entry: what a verb not in the lexicon that reports a
        clause or a quotation is attributed with; None when an overlay turned it off."""
        return self.derived("unlisted", self.entries,
                            lambda: next((e for e in self.active("reporting") if e.is_unlisted), None))

    def learned(self) -> Entry | None:
        """The active ``reporting_learned`` entry: what a verb the learned cue model takes (and no
        entry or rule does) is attributed with; None when turned off (``attribution:
        learned_cues: false``, or an overlay)."""
        return self.derived("learned", self.entries,
                            lambda: next((e for e in self.active("reporting") if e.is_learned), None))

    def without_learned(self) -> Lexicon:
        """This lexicon with the learned cue entry turned off: rules and lexicon only."""
        entries = {k: (replace(e, enabled=False) if e.is_learned else e) for k, e in self.entries.items()}
        return replace(self, entries=entries, _index=None, _second=None, _reporting_lemmas=None, _reporting_part=None)

    def by_first_lemma(self) -> dict[str, tuple[Entry, ...]]:
        """Active entries under each lemma their pattern can start with: matching looks up one
        word at a time instead of trying every entry everywhere. Built once per lexicon."""
        if self._index is None:
            index: dict[str, list[Entry]] = {}
            for entry in self.active():
                if entry.is_rule:
                    continue  # matched by the verb's tree, not its lemma (Lexicon.unlisted, Lexicon.learned)
                for lemma in entry.first_lemmas:
                    index.setdefault(lemma, []).append(entry)
            self._index = {k: tuple(v) for k, v in index.items()}
        return self._index

    def second_slots(self) -> dict[str, tuple[str, ...]]:
        """The alternatives of each indexed entry's second slot, where the pattern's second word
        must follow its first at once: the matcher drops an entry whose second word is not there
        before trying it. Built once per lexicon."""
        if self._second is None:
            self._second = {e.id: e.slots[1] for entries in self.by_first_lemma().values() for e in entries
                            if len(e.slots) > 1 and e.slots[1] is not None}
        return self._second

    def reporting_part(self) -> Lexicon:
        """What attribution reads of this lexicon: its reporting entries, word classes, speaker
        files and excluded classes (no hedges, boosters or scoring). Attribution is given this,
        so its fingerprint says exactly when a run's statements must be found again: a hedge or
        booster edit re-scores without re-attributing. Built once per lexicon."""
        if self._reporting_part is None:
            entries = {k: e for k, e in self.entries.items() if e.type == "reporting"}
            self._reporting_part = replace(
                self, entries=entries, scoring=dict(DEFAULT_SCORING), scoring_sources={}, _index=None, _second=None,
                _reporting_lemmas=None, _rules={k: v for k, v in self._rules.items() if v in entries},
                _reporting_part=None)
        return self._reporting_part

    def excluding(self, classes: Iterable[str]) -> Lexicon:
        """This lexicon with attribution leaving out statements of the given cue classes
        (``attribution: exclude_classes: [belief, intention]``); raises ValueError on an unknown one."""
        wanted = frozenset(classes)
        unknown = sorted(wanted - set(CUE_CLASSES))
        if unknown:
            raise ValueError(f"unknown cue class '{unknown[0]}' (known: {', '.join(CUE_CLASSES)})")
        return replace(self, excluded_classes=wanted, _reporting_part=None)

    def fingerprint(self) -> str:
        """Changes whenever any active entry changes: lets callers know scores must be redone."""
        import hashlib

        digest = hashlib.sha1()
        for e in self.entries.values():
            digest.update(repr(replace(e, source="")).encode())
        digest.update(repr(sorted(self.scoring.items())).encode())
        digest.update(repr(sorted((k, sorted(v)) for k, v in self.classes.items())).encode())
        if self.excluded_classes:
            digest.update(repr(sorted(self.excluded_classes)).encode())
        for name in self.speaker_files:
            digest.update(Path(name).read_bytes())
        return digest.hexdigest()[:16]

    @classmethod
    def load(cls, overlays: Iterable[Path] = (), shipped: Iterable[Path] | None = None) -> Lexicon:
        """Shipped lexicons plus overlays; raises LexiconError listing every problem found."""
        problems: list[_Problem] = []
        base = list(shipped) if shipped is not None else [lexicons_dir() / name for name in SHIPPED_FILES]
        stamp = _stamp(base) if shipped is None else None  # files given by the caller are always read
        known = _BASES.get(stamp) if stamp is not None else None
        if known is not None:
            lexicon = known.copy()
        else:
            lexicon = cls()
            for path in base:
                lexicon._apply(path, overlay=False, problems=problems)
            if stamp is not None and not problems:
                _BASES.clear()  # the last base read: a session re-scoring after each overlay edit
                _BASES[stamp] = lexicon.copy()
        for path in overlays:
            lexicon._apply(Path(path), overlay=True, problems=problems)
        missing = [name for name in CLASSES if name not in lexicon.classes]
        if missing and not problems:
            where = base[0] if base else Path("lexicons")
            problems.append(_Problem(str(where), None, None, f"word classes missing: {', '.join(missing)} "
                                     f"(the shipped lexicons/grammar.yaml defines them)"))
        if problems:
            first = problems[0]
            message = f"entry '{first.entry}': {first.message}" if first.entry else first.message
            raise LexiconError(first.path, first.line, message, [str(p) for p in problems])
        return lexicon

    def copy(self) -> Lexicon:
        """A lexicon of the same entries and settings that overlays can change without changing
        this one (entries and word classes are immutable, so they are shared)."""
        return Lexicon(entries=dict(self.entries), files=list(self.files), scoring=dict(self.scoring),
                       scoring_sources=dict(self.scoring_sources), classes=dict(self.classes),
                       class_sources=dict(self.class_sources), speaker_files=list(self.speaker_files),
                       excluded_classes=self.excluded_classes, _rules=dict(self._rules))

    def _apply(self, path: Path, overlay: bool, problems: list[_Problem]) -> None:
        try:
            data = load_yaml(path)
        except YamlError as exc:
            problems.append(_Problem(exc.path, exc.line, None, exc.message))
            return
        self.files.append(str(path))
        if data is None:
            return
        from attribution.attribute.words import check_overlay, is_speaker_file  # here: attribute imports lexicon

        if overlay and is_speaker_file(data):
            # speaker lists and rules: checked here, applied by attribution (attribute/words.py)
            try:
                check_overlay(path, tuple(Path(p) for p in self.speaker_files))
            except YamlError as exc:
                problems.append(_Problem(exc.path, exc.line, None, exc.message))
                return
            self.speaker_files.append(str(path))
            return
        if not isinstance(data, LineDict) or not any(k in data for k in ("entries", "scoring", "classes")):
            problems.append(_Problem(str(path), line_of(data), None, "a lexicon file is a mapping with an 'entries' list"))
            return
        for key in data:
            if key not in TOP_LEVEL_KEYS:
                problems.append(_Problem(str(path), data.line_of(key), None,
                                         f"unknown top-level key '{key}' (known: {', '.join(TOP_LEVEL_KEYS)})"))
        if "scoring" in data:
            self._apply_scoring(path, data["scoring"], data.line_of("scoring"), problems)
        if "classes" in data:
            self._apply_classes(path, data["classes"], data.line_of("classes"), problems)
        entries = data.get("entries") or []
        if not isinstance(entries, list):
            problems.append(_Problem(str(path), data.line_of("entries"), None, "'entries' must be a list"))
            return
        seen_here: set[str] = set()
        for index, raw in enumerate(entries):
            line = line_of(entries, index)
            if not isinstance(raw, dict):
                problems.append(_Problem(str(path), line, None, "each entry must be a mapping (id: ..., pattern: ...)"))
                continue
            entry_id = raw.get("id")
            if not isinstance(entry_id, str) or not entry_id.strip():
                problems.append(_Problem(str(path), line, None, "entry has no 'id'"))
                continue
            bad = False
            for key, value in raw.items():
                why = _check_value(key, value)
                if why:
                    problems.append(_Problem(str(path), line_of(raw, key), entry_id, why))
                    bad = True
            if entry_id in seen_here:
                problems.append(_Problem(str(path), line, entry_id, "duplicate id in this file"))
                continue
            seen_here.add(entry_id)
            if bad:
                continue
            source = f"{path}:{line}"
            if entry_id in self.entries:
                if not overlay:
                    problems.append(_Problem(str(path), line, entry_id, f"id already defined at {self.entries[entry_id].source}"))
                    continue
                changed = {k: v for k, v in raw.items() if k != "id"}
                merged = {f.name: getattr(self.entries[entry_id], f.name) for f in fields(Entry) if f.name != "source"}
                merged.update(changed)
                merged["examples"] = list(merged["examples"])
                for key in ("upos", "deprel"):
                    merged[key] = list(merged[key]) if not isinstance(merged[key], str) else merged[key]
                entry = _entry_from(merged, source)
            else:
                missing = [k for k in REQUIRED if k not in raw]
                if missing and overlay and "pattern" not in raw:
                    problems.append(_Problem(str(path), line, entry_id,
                                             f"no entry '{entry_id}' to change (a new entry needs {', '.join(REQUIRED)})"))
                    continue
                if missing:
                    problems.append(_Problem(str(path), line, entry_id, f"missing {', '.join(missing)}"))
                    continue
                entry = _entry_from(raw, source)
            why = _consistency(entry)
            if why:
                problems.append(_Problem(str(path), line, entry_id, why))
                continue
            twin = self._same_rule(entry)
            if twin is not None:
                problems.append(_Problem(str(path), line, entry_id,
                                         f"same pattern and conditions as entry '{twin.id}' ({twin.source}); "
                                         f"change that entry by its id instead"))
                continue
            self._put(entry)

    def _put(self, entry: Entry) -> None:
        """Store an entry (new or changed), keeping the rule-key index of active entries exact."""
        old = self.entries.get(entry.id)
        if old is not None and old.enabled and self._rules.get(_rule_key(old)) == old.id:
            del self._rules[_rule_key(old)]
        self.entries[entry.id] = entry
        self._index = None
        self._second = None
        self._reporting_part = None
        self._derived = {}
        if entry.enabled:
            self._rules[_rule_key(entry)] = entry.id

    def _same_rule(self, entry: Entry) -> Entry | None:
        """An active entry other than this one that would match exactly the same words
        (one dictionary look-up: checking a lexicon stays linear in its size)."""
        if not entry.enabled:
            return None
        other_id = self._rules.get(_rule_key(entry))
        if other_id is None or other_id == entry.id:
            return None
        return self.entries[other_id]

    def _apply_scoring(self, path: Path, raw: Any, line: int | None, problems: list[_Problem]) -> None:
        if not isinstance(raw, dict):
            problems.append(_Problem(str(path), line, None, "'scoring' must be a mapping such as 'attributed: 0.8'"))
            return
        for key, value in raw.items():
            where = line_of(raw, key)
            if key not in DEFAULT_SCORING:
                problems.append(_Problem(str(path), where, None,
                                         f"unknown scoring key '{key}' (known: {', '.join(DEFAULT_SCORING)})"))
            elif isinstance(value, bool) or not isinstance(value, (int, float)):
                problems.append(_Problem(str(path), where, None, f"scoring '{key}' must be a number, not {value!r}"))
            elif not 0 <= float(value) <= 1:
                problems.append(_Problem(str(path), where, None, f"scoring '{key}' must be in [0, 1], not {value}"))
            else:
                self.scoring[key] = float(value)
                self.scoring_sources[key] = f"{path}:{where}"


    def _apply_classes(self, path: Path, raw: Any, line: int | None, problems: list[_Problem]) -> None:
        if not isinstance(raw, dict):
            problems.append(_Problem(str(path), line, None, "'classes' must be a mapping of class name to description and members"))
            return
        for name, value in raw.items():
            where = line_of(raw, name)
            if name not in CLASSES:
                problems.append(_Problem(str(path), where, None, f"unknown word class '{name}' (known: {', '.join(CLASSES)})"))
                continue
            if not isinstance(value, dict) or not isinstance(value.get("members"), list) \
                    or not all(isinstance(m, str) for m in value["members"]):
                problems.append(_Problem(str(path), where, None, f"word class '{name}' needs 'members': a list of words or relations"))
                continue
            if name not in self.classes and not isinstance(value.get("description"), str):
                problems.append(_Problem(str(path), where, None, f"word class '{name}' needs a 'description'"))
                continue
            unknown = [k for k in value if k not in ("description", "members")]
            if unknown:
                problems.append(_Problem(str(path), where, None, f"word class '{name}': unknown key '{unknown[0]}' (known: description, members)"))
                continue
            self.classes[name] = frozenset(m.lower() for m in value["members"])
            self._derived = {}
            self.class_sources[name] = f"{path}:{where}"


# The base lexicon (the shipped files) last read in this process, by the files' size and
# modification time: loading it with another overlay (a re-score after each edit) reads no YAML.
_BASES: dict[tuple[tuple[str, int, int], ...], Lexicon] = {}


def _stamp(paths: Sequence[Path]) -> tuple[tuple[str, int, int], ...] | None:
    """The files' identity as the file system tells it; None when one cannot be looked at."""
    try:
        return tuple((str(p), (st := p.stat()).st_mtime_ns, st.st_size) for p in paths)
    except OSError:
        return None


def _rule_key(entry: Entry) -> tuple[Any, ...]:
    if entry.is_rule:  # the unlisted rule and the learned model: pattern '*' each, never twins
        return (entry.type, entry.category)
    return (entry.type, entry.slots, tuple(sorted(entry.upos)), tuple(sorted(entry.deprel)), entry.negated,
            entry.governs, entry.max_gap if None in entry.slots else None)


def _consistency(entry: Entry) -> str | None:
    if entry.type == "reporting" and entry.stance is None:
        return "a reporting entry needs a 'stance' (neutral, distancing, endorsing or disputing)"
    if entry.type != "reporting" and entry.stance is not None:
        return "only reporting entries have a 'stance'"
    if entry.type == "booster" and entry.category != "booster":
        return "a booster entry has category 'booster'"
    if entry.type == "hedge" and entry.category == "booster":
        return "a hedge entry cannot have category 'booster'"
    if entry.type == "reporting" and not entry.category.startswith("reporting_"):
        return "a reporting entry has a category reporting_neutral, _distancing, _endorsing or _disputing"
    if entry.category in RULE_CATEGORIES:
        if entry.type != "reporting" or entry.stance != "neutral" or entry.pattern != UNLISTED_PATTERN:
            return (f"the {entry.category} entry is type reporting, stance neutral, pattern '{UNLISTED_PATTERN}' "
                    f"(it stands for any verb the lexicon does not list)")
        return None
    if entry.pattern == UNLISTED_PATTERN:
        return f"pattern '{UNLISTED_PATTERN}' belongs to the one entry of category reporting_unlisted (or reporting_learned)"
    if entry.type != "reporting" and (entry.cue_class is not None or entry.frame is not None):
        return "only reporting entries have a 'class' or 'frame'"
    if entry.type == "reporting" and entry.category != f"reporting_{entry.stance}":
        return f"stance '{entry.stance}' and category '{entry.category}' disagree (use reporting_{entry.stance})"
    if entry.type != "reporting" and entry.category.startswith("reporting_"):
        return "categories reporting_* belong to reporting entries (type: reporting)"
    return None


def check_files(paths: Iterable[Path]) -> list[str]:
    """Problems in the shipped lexicons with the given overlays applied (empty list: all good)."""
    try:
        Lexicon.load(paths)
    except LexiconError as exc:
        return list(getattr(exc, "problems", [str(exc)]))
    return []
