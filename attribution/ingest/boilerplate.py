"""Keep the article body of a scraped page and drop the menus, widgets and story lists around it.

Each line gets a score: prose scores its word count, furniture a penalty (the rules and penalties
are data, in ``lexicons/boilerplate.yaml``). The body is the contiguous run of lines with the
highest total score, the maximum-subarray formulation of body text extraction (Finn, Kushmerick
and Smyth, 2001), here over lines. Lines the rules name are dropped even inside that run; photo
captions are kept apart. The body keeps each line's characters as they are, so every span of the
body is a span of the original page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from attribution.resources import lexicons_dir
from attribution.yamlfile import YamlError, line_of, load_yaml

_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”]$")
# the mark of a bulleted line kept as body text (a live page's summary bullets): not part of the
# sentence, so the body paragraph starts after it
_BULLET_MARK = re.compile(r"^[•·▪◦●►▸‣⁃]\s*")


class LineKind(Enum):
    BLANK = "blank"
    PROSE = "prose"
    SHORT = "short"  # a few words, no sentence: a subheading, a label, a menu entry
    TITLE = "title"
    CAPTION = "caption"
    FURNITURE = "furniture"  # dropped: navigation, widgets
    LISTING = "listing"  # dropped: an item in a list of other stories
    END = "end"  # dropped: copyright, "Other ... News"


@dataclass(frozen=True)
class BoilerplateRules:
    drop_lines: frozenset[str]
    furniture: tuple[re.Pattern[str], ...]
    end_markers: tuple[re.Pattern[str], ...]
    listings: tuple[re.Pattern[str], ...]
    captions: tuple[re.Pattern[str], ...]
    # penalties, in word-equivalents
    short_penalty: float = 2.0
    furniture_penalty: float = 3.0
    listing_penalty: float = 15.0
    end_penalty: float = 40.0

    @classmethod
    def load(cls, *paths: Path) -> BoilerplateRules:
        """The shipped rules, extended by any overlay files given."""
        drop: set[str] = set()
        groups: dict[str, list[re.Pattern[str]]] = {
            "drop_patterns": [], "end_markers": [], "listing_patterns": [], "caption_patterns": []
        }
        for path in (lexicons_dir() / "boilerplate.yaml", *paths):
            data = load_yaml(path) or {}
            if not isinstance(data, dict):
                raise YamlError(path, line_of(data), "a boilerplate file must be a mapping")
            for key, section in data.items():
                if key == "drop_lines":
                    lines = section.get("lines", []) if isinstance(section, dict) else None
                    if not isinstance(lines, list):
                        raise YamlError(path, line_of(data, key), "'drop_lines' needs a 'lines' list")
                    drop.update(_norm(str(x)).casefold() for x in lines)
                elif key in groups:
                    patterns = section.get("patterns", []) if isinstance(section, dict) else None
                    if not isinstance(patterns, list):
                        raise YamlError(path, line_of(data, key), f"'{key}' needs a 'patterns' list")
                    for i, item in enumerate(patterns):
                        text = item.get("pattern") if isinstance(item, dict) else item
                        try:
                            groups[key].append(re.compile(str(text), re.IGNORECASE))
                        except re.error as exc:
                            raise YamlError(path, line_of(patterns, i), f"bad pattern {text!r}: {exc}") from None
                else:
                    raise YamlError(path, line_of(data, key), f"unknown section '{key}'")
        return cls(
            drop_lines=frozenset(drop),
            furniture=tuple(groups["drop_patterns"]),
            end_markers=tuple(groups["end_markers"]),
            listings=tuple(groups["listing_patterns"]),
            captions=tuple(groups["caption_patterns"]),
        )


@dataclass(frozen=True)
class CleanPage:
    body: str
    captions: tuple[str, ...]
    title: str | None
    dropped_lines: int


def _norm(line: str) -> str:
    """Whitespace folded, no-break and other Unicode spaces as plain spaces."""
    return " ".join(line.split())


def _words(line: str) -> int:
    return len(re.findall(r"\w+", line))


def classify(line: str, rules: BoilerplateRules, title: str | None) -> LineKind:
    text = _norm(line)
    if not text:
        return LineKind.BLANK
    folded = text.casefold()
    if title and folded == _norm(title).casefold():
        return LineKind.TITLE
    if folded in rules.drop_lines:
        return LineKind.FURNITURE
    if any(p.search(text) for p in rules.end_markers):
        return LineKind.END
    if any(p.search(text) for p in rules.captions):
        return LineKind.CAPTION
    if any(p.search(text) for p in rules.listings):
        return LineKind.LISTING
    if any(p.search(text) for p in rules.furniture):
        return LineKind.FURNITURE
    words = _words(text)
    if words >= 8 or (words >= 4 and _SENTENCE_END.search(text)):
        return LineKind.PROSE
    return LineKind.SHORT


def _score(kind: LineKind, line: str, rules: BoilerplateRules) -> float:
    return {
        LineKind.BLANK: 0.0,
        LineKind.TITLE: 0.0,
        LineKind.CAPTION: 0.0,
        LineKind.PROSE: float(_words(line)),
        LineKind.SHORT: -rules.short_penalty,
        LineKind.FURNITURE: -rules.furniture_penalty,
        LineKind.LISTING: -rules.listing_penalty,
        LineKind.END: -rules.end_penalty,
    }[kind]


def _best_run(scores: list[float], lo: int) -> tuple[int, int] | None:
    """Kadane's maximum-sum run over ``scores[lo:]``; inclusive bounds, None if nothing scores."""
    best, best_range = 0.0, None
    total, start = 0.0, lo
    for i in range(lo, len(scores)):
        if total <= 0:
            total, start = 0.0, i
        total += scores[i]
        if total > best:
            best, best_range = total, (start, i)
    return best_range


def clean_page(raw: str, rules: BoilerplateRules, title: str | None = None) -> CleanPage:
    """The body, captions and title of a scraped page.

    With no ``title`` given, the first line is taken as the headline when a blank line follows
    it and it reads like one (no final full stop).
    """
    lines = raw.split("\n")
    if title is None:
        first = next((i for i, line in enumerate(lines) if line.strip()), None)
        if first is not None and first + 1 < len(lines) and not lines[first + 1].strip():
            candidate = _norm(lines[first])
            if candidate and not candidate.endswith(".") and _words(candidate) <= 30:
                title = candidate
    kinds = [classify(line, rules, title) for line in lines]
    scores = [_score(k, line, rules) for k, line in zip(kinds, lines)]
    title_at = next((i for i, k in enumerate(kinds) if k is LineKind.TITLE), None)
    lo = title_at + 1 if title_at is not None and title_at < len(lines) * 0.75 else 0
    run = _best_run(scores, lo)
    if run is None:
        return CleanPage("", (), title, sum(k is not LineKind.BLANK for k in kinds))
    start, end = run
    # the run starts and ends on prose: a subheading or label at its edge belongs to the page
    while start <= end and kinds[start] is not LineKind.PROSE:
        start += 1
    while end >= start and kinds[end] is not LineKind.PROSE:
        end -= 1
    # captions may follow the body (a photo gallery), up to where the page footer starts
    footer = next(
        (i for i in range(end + 1, len(lines)) if kinds[i] in (LineKind.END, LineKind.LISTING)), len(lines)
    )
    captions = tuple(_norm(lines[i]) for i in range(lo, footer) if kinds[i] is LineKind.CAPTION)
    paragraphs: list[str] = []
    previous_kept: int | None = None
    for i in range(start, end + 1):
        if kinds[i] not in (LineKind.PROSE, LineKind.SHORT):
            continue
        text = _BULLET_MARK.sub("", lines[i].strip())
        wrapped = (
            previous_kept == i - 1
            and paragraphs
            and not _SENTENCE_END.search(paragraphs[-1])
            and text[:1].islower()
        )
        if wrapped:
            paragraphs[-1] += "\n" + text
        else:
            paragraphs.append(text)
        previous_kept = i
    kept = sum(1 for i in range(start, end + 1) if kinds[i] in (LineKind.PROSE, LineKind.SHORT))
    dropped = sum(k is not LineKind.BLANK for k in kinds) - kept - len(captions)
    return CleanPage("\n\n".join(paragraphs), captions, title, dropped)
