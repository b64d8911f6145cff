"""Gold annotations (``corpora/GOLD-FORMAT.md``), located in the analysed article bodies.

Gold strings are exact substrings of the article *file*; the analysed body keeps each line's
characters, so every gold span is found again in the body by its text (and ``occurrence``).
A gold string the body does not contain is reported, not silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from attribution.yamlfile import YamlError, line_of, load_yaml


@dataclass(frozen=True)
class GoldStatement:
    text: str
    speaker: str | None
    speaker_type: str | None
    role: str | None
    mention: str | None
    cue: str | None
    kind: str | None
    sources: tuple[str, ...]
    occurrence: int
    line: int | None


@dataclass(frozen=True)
class GoldCue:
    text: str
    sentence: str
    category: str
    type: str
    occurrence: int
    line: int | None


@dataclass(frozen=True)
class GoldArticle:
    article: str
    path: Path
    outlet: str | None
    title: str | None
    body_first: str | None
    body_last: str | None
    captions: tuple[str, ...]
    boilerplate: tuple[str, ...]
    statements: tuple[GoldStatement, ...]
    cues: tuple[GoldCue, ...]


@dataclass(frozen=True)
class GoldMember:
    article: str
    text: str
    presentation: str
    occurrence: int


@dataclass(frozen=True)
class GoldClaim:
    id: str
    summary: str
    members: tuple[GoldMember, ...]


@dataclass(frozen=True)
class GoldClaims:
    story: str | None
    claims: tuple[GoldClaim, ...]


def _text(value: Any) -> str | None:
    return None if value is None else str(value)


def load_gold_article(path: Path) -> GoldArticle:
    data = load_yaml(path)
    if not isinstance(data, dict) or "article" not in data:
        raise YamlError(path, line_of(data), "a gold file is a mapping with 'article', 'statements' and 'cues'")
    body = data.get("body") or {}
    statements = []
    for i, s in enumerate(data.get("statements") or []):
        if not isinstance(s, dict) or "text" not in s:
            raise YamlError(path, line_of(data.get("statements"), i), "a gold statement needs 'text'")
        statements.append(
            GoldStatement(
                text=str(s["text"]), speaker=_text(s.get("speaker")), speaker_type=_text(s.get("speaker_type")),
                role=_text(s.get("role")), mention=_text(s.get("mention")), cue=_text(s.get("cue")),
                kind=_text(s.get("kind")), sources=tuple(str(x) for x in s.get("sources") or ()),
                occurrence=int(s.get("occurrence", 1)), line=line_of(data.get("statements"), i),
            )
        )
    cues = []
    for i, c in enumerate(data.get("cues") or []):
        if not isinstance(c, dict) or not {"text", "sentence", "category"} <= set(c):
            raise YamlError(path, line_of(data.get("cues"), i), "a gold cue needs 'text', 'sentence' and 'category'")
        cues.append(
            GoldCue(
                text=str(c["text"]), sentence=str(c["sentence"]), category=str(c["category"]),
                type=str(c.get("type", "booster" if c["category"] == "booster" else "hedge")),
                occurrence=int(c.get("occurrence", 1)), line=line_of(data.get("cues"), i),
            )
        )
    return GoldArticle(
        article=str(data["article"]), path=path, outlet=_text(data.get("outlet")), title=_text(data.get("title")),
        body_first=_text(body.get("first")), body_last=_text(body.get("last")),
        captions=tuple(str(x) for x in body.get("captions") or ()),
        boilerplate=tuple(str(x) for x in body.get("boilerplate") or ()),
        statements=tuple(statements), cues=tuple(cues),
    )


def load_gold_dir(gold_dir: Path) -> dict[str, GoldArticle]:
    """Every ``*.yaml`` gold file in the folder, by article id; a ``claims.yaml`` there is the
    folder's claims (an annotator's own), not an article."""
    if not gold_dir.is_dir():
        raise FileNotFoundError(f"gold folder {gold_dir} does not exist")
    out = {}
    for path in sorted(gold_dir.glob("*.yaml")):
        if path.name == "claims.yaml":
            continue
        gold = load_gold_article(path)
        out[gold.article] = gold
    return out


def load_claims(path: Path) -> GoldClaims:
    data = load_yaml(path)
    if not isinstance(data, dict) or not isinstance(data.get("claims"), list):
        raise YamlError(path, line_of(data), "claims.yaml is a mapping with a 'claims' list")
    claims = []
    for i, c in enumerate(data["claims"]):
        members = tuple(
            GoldMember(str(m["article"]), str(m["text"]), str(m.get("presentation", "asserted")), int(m.get("occurrence", 1)))
            for m in c.get("members") or ()
        )
        claims.append(GoldClaim(str(c.get("id", f"claim-{i + 1}")), str(c.get("summary", "")), members))
    return GoldClaims(_text(data.get("story")), tuple(claims))


def locate(body: str, text: str, occurrence: int = 1, start: int = 0, end: int | None = None) -> tuple[int, int] | None:
    """The ``occurrence``-th place of ``text`` in ``body[start:end]``, as body offsets."""
    end = len(body) if end is None else end
    at = start - 1
    for _ in range(max(occurrence, 1)):
        at = body.find(text, at + 1, end)
        if at < 0:
            return None
    return at, at + len(text)


def locate_cue(body: str, cue: GoldCue) -> tuple[int, int] | None:
    sentence = locate(body, cue.sentence)
    if sentence is None:
        return None
    return locate(body, cue.text, cue.occurrence, sentence[0], sentence[1])
