"""The records the pipeline passes between stages and writes out (DESIGN.md, output contract).

All character offsets are Python ``str`` indices into ``Article.body``; everywhere
``statement.text == article.body[statement.start:statement.end]``.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, fields, replace
from typing import Any, Literal

SpeakerType = Literal["person", "organization", "anonymous", "document", "outlet"]
Kind = Literal["direct", "indirect", "mixed", "according_to", "none"]
Presentation = Literal["asserted", "attributed", "hedged", "disputed"]

SPEAKER_TYPES: tuple[str, ...] = ("person", "organization", "anonymous", "document", "outlet")
KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to", "none")
PRESENTATIONS: tuple[str, ...] = ("asserted", "attributed", "hedged", "disputed")


_SCALARS = (str, int, float, bool, type(None))
_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # each dataclass's field names, looked up once


def _plain(value: Any) -> Any:
    """Dataclasses, tuples and lists as JSON-ready dicts and lists (every statement of a run is
    written so: the field names of each class are looked up once)."""
    if isinstance(value, _SCALARS):
        return value
    if hasattr(value, "__dataclass_fields__"):
        names = _FIELD_NAMES.get(type(value))
        if names is None:
            names = _FIELD_NAMES[type(value)] = tuple(f.name for f in fields(value))
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass(frozen=True)
class Article:
    """One news article as ingested: clean body text plus what is known about it."""

    article_id: str
    body: str
    path: str
    outlet: str | None = None
    publisher: str | None = None
    title: str | None = None
    url: str | None = None
    published: str | None = None
    story: str | None = None
    captions: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def body_sha256(self) -> str:
        return hashlib.sha256(self.body.encode("utf-8")).hexdigest()

    def with_warnings(self, *messages: str) -> Article:
        return replace(self, warnings=self.warnings + tuple(messages))

    def to_dict(self, word_count: int, sentence_count: int) -> dict[str, Any]:
        """The ``articles.jsonl`` object; counts come from the parse."""
        return {
            "article_id": self.article_id,
            "outlet": self.outlet,
            "publisher": self.publisher,
            "title": self.title,
            "url": self.url,
            "published": self.published,
            "story": self.story,
            "path": self.path,
            "body": self.body,
            "body_sha256": self.body_sha256,
            "captions": list(self.captions),
            "word_count": word_count,
            "sentence_count": sentence_count,
            "warnings": list(self.warnings),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Article:
        return cls(
            article_id=data["article_id"],
            body=data["body"],
            path=data.get("path", ""),
            outlet=data.get("outlet"),
            publisher=data.get("publisher"),
            title=data.get("title"),
            url=data.get("url"),
            published=data.get("published"),
            story=data.get("story"),
            captions=tuple(data.get("captions") or ()),
            warnings=tuple(data.get("warnings") or ()),
        )


@dataclass(frozen=True)
class Span:
    """Words of the body: a speaker mention, say."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class ReportingCue:
    """The reporting word(s) of an attribution frame: said, told, claimed, according to.

    ``entry`` is the lexicon entry that found it and ``category`` that entry's category
    (``reporting_unlisted``: a verb the lexicon does not list, read as reporting by its tree);
    ``cue_class`` says what is attributed: speech, writing, belief, intention, evidence, or topic (the statement names what a speech act was about: "called for a moratorium")."""

    text: str
    lemma: str
    start: int
    end: int
    entry: str | None = None
    category: str | None = None
    cue_class: str | None = None


@dataclass(frozen=True)
class Cue:
    """A hedge or booster found in the text, with the span of the proposition it modifies."""

    entry: str
    category: str
    text: str
    start: int
    end: int
    scope: tuple[int, int]
    weight: float


@dataclass(frozen=True)
class Confidence:
    """How certain the source presents a statement, and how far the outlet stands behind it."""

    source: float = 1.0
    outlet: float = 1.0


@dataclass(frozen=True)
class Factor:
    """One term of a confidence score, for the reader who asks why."""

    factor: str
    detail: str
    contribution: float


@dataclass(frozen=True)
class Statement:
    """A reported content span with its speaker, or one sentence in the outlet's own voice."""

    article_id: str
    statement_id: str
    sentence_index: int
    start: int
    end: int
    text: str
    speaker: str | None = None
    speaker_type: str = "outlet"
    role: str | None = None
    mention: Span | None = None
    cue: ReportingCue | None = None
    kind: str = "none"
    sources: tuple[str, ...] = ()
    hedges: tuple[Cue, ...] = ()
    boosters: tuple[Cue, ...] = ()
    confidence: Confidence = field(default_factory=Confidence)
    explanation: tuple[Factor, ...] = ()

    @property
    def is_own_voice(self) -> bool:
        return self.speaker_type == "outlet"

    @property
    def cue_class(self) -> str | None:
        """What the statement attributes (speech, writing, belief, intention, evidence); None in
        the outlet's own voice."""
        return self.cue.cue_class if self.cue is not None else None

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        for cue in data["hedges"] + data["boosters"]:
            cue["scope"] = list(cue["scope"])
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Statement:
        def cue(d: dict[str, Any]) -> Cue:
            return Cue(**{**d, "scope": tuple(d["scope"])})

        return cls(
            article_id=data["article_id"],
            statement_id=data["statement_id"],
            sentence_index=data["sentence_index"],
            start=data["start"],
            end=data["end"],
            text=data["text"],
            speaker=data.get("speaker"),
            speaker_type=data.get("speaker_type", "outlet"),
            role=data.get("role"),
            mention=Span(**data["mention"]) if data.get("mention") else None,
            cue=ReportingCue(**data["cue"]) if data.get("cue") else None,
            kind=data.get("kind", "none"),
            sources=tuple(data.get("sources") or ()),
            hedges=tuple(cue(c) for c in data.get("hedges") or ()),
            boosters=tuple(cue(c) for c in data.get("boosters") or ()),
            confidence=Confidence(**(data.get("confidence") or {})),
            explanation=tuple(Factor(**f) for f in data.get("explanation") or ()),
        )


@dataclass(frozen=True)
class ClaimMember:
    """One article's wording of a claim."""

    article_id: str
    statement_id: str
    outlet: str | None
    text: str
    start: int
    end: int
    speaker: str | None
    presentation: str
    confidence_outlet: float
    confidence_source: float


@dataclass(frozen=True)
class Claim:
    """The same claim as several articles carry it."""

    claim_id: str
    story: str | None
    summary: str
    members: tuple[ClaimMember, ...]

    @property
    def spread(self) -> float:
        """Max minus min outlet confidence over the members: how differently outlets present it."""
        values = [m.confidence_outlet for m in self.members]
        return round(max(values) - min(values), 4) if values else 0.0

    def to_dict(self) -> dict[str, Any]:
        data = _plain(self)
        data["spread"] = self.spread
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Claim:
        return cls(
            claim_id=data["claim_id"],
            story=data.get("story"),
            summary=data.get("summary", ""),
            members=tuple(ClaimMember(**m) for m in data.get("members") or ()),
        )
