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
# a pull quote: a whole line in quotation marks with a dash and the speaker's name after it
_PULL_QUOTE = re.compile(r"^[\"“].{20,}[\"”]\s*[-–—]\s*\w[\w.' -]{1,60}$")


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
    # a line of this many words is a sentence even without a full stop (a live page's unpunctuated
    # lead); shorter unpunctuated lines are labels: headings, names under photos
    opening_words: int = 15
    # a line whose first characters (this many) recur in a longer line repeats the body: a pull quote
    repeat_chars: int = 60

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


def _opens_sentence(line: str, rules: BoilerplateRules) -> bool:
    """A body opens on a sentence: a capital, digit or quotation mark first, and a sentence end or
    the length of one (``opening_words``), not a lower-case caption fragment or a bare label."""
    text = _BULLET_MARK.sub("", _norm(line))
    if not text or not (text[0].isupper() or text[0].isdigit() or text[0] in "\"'“‘("):
        return False
    return bool(_SENTENCE_END.search(text)) or _words(text) >= rules.opening_words


def _is_label(kind: LineKind, line: str, rules: BoilerplateRules) -> bool:
    """A short line that is no sentence: a heading, a name under a photo."""
    return kind is LineKind.SHORT or (
        kind is LineKind.PROSE and not _SENTENCE_END.search(_norm(line)) and _words(line) < rules.opening_words
    )


def _caption_shapes(
    lines: list[str], kinds: list[LineKind], start: int, end: int, rules: BoilerplateRules
) -> list[LineKind]:
    """Captions inside the body run that no pattern names, told by their place on the page.

    A pull quote repeats a passage of the body (or stands as a quotation with a dash and a name
    after it); two or more labels in a row with no sentence between them are the captions of a
    row of photos (a subheading stands alone, with its paragraph after it).
    """
    kinds = list(kinds)
    texts = {i: _norm(lines[i]) for i in range(start, end + 1) if kinds[i] is LineKind.PROSE}
    for i, text in texts.items():
        if _PULL_QUOTE.match(text):
            kinds[i] = LineKind.CAPTION
            continue
        probe = text.strip("\"“”'‘’ ")[: rules.repeat_chars]
        if len(probe) == rules.repeat_chars and any(
            j != i and len(other) > len(text) and probe in other for j, other in texts.items()
        ):
            kinds[i] = LineKind.CAPTION
    stack: list[int] = []
    for i in range(start, end + 2):
        kind = kinds[i] if i <= end else LineKind.PROSE
        if kind is LineKind.BLANK:
            continue
        if i <= end and _is_label(kind, lines[i], rules):
            stack.append(i)
            continue
        if len(stack) >= 2:
            for j in stack:
                kinds[j] = LineKind.CAPTION
        stack = []
    return kinds


def _gallery_labels(kinds: list[LineKind], end: int, stop: int) -> list[LineKind]:
    """After the body, a short line next to a photo caption is the label of a gallery section."""
    kinds = list(kinds)
    after = [i for i in range(end + 1, stop) if kinds[i] is not LineKind.BLANK]
    for n, i in enumerate(after):
        if kinds[i] in (LineKind.END, LineKind.LISTING):
            break
        neighbours = [kinds[after[m]] for m in (n - 1, n + 1) if 0 <= m < len(after)]
        if kinds[i] is LineKind.SHORT and LineKind.CAPTION in neighbours:
            kinds[i] = LineKind.CAPTION
    return kinds


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
    kinds = _caption_shapes(lines, kinds, start, end, rules)
    # the run starts and ends on prose, and opens on a sentence: a subheading or label at its edge
    # belongs to the page, and a fragment before the first sentence is the lead photo's caption
    while start <= end and not (kinds[start] is LineKind.PROSE and _opens_sentence(lines[start], rules)):
        if kinds[start] is LineKind.PROSE:
            kinds[start] = LineKind.CAPTION
        start += 1
    while end >= start and kinds[end] is not LineKind.PROSE:
        end -= 1
    kinds = _gallery_labels(kinds, end, len(lines))
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
