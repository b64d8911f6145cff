"""Attribution gold in brat standoff (PolNeAR and any corpus with Source/Cue/Content relations).

A corpus folder holds ``text/<name>.txt`` (first line the headline) and
``attributions/<name>_<annotator>.ann``; where several annotators marked one text, the first
``.ann`` in name order is scored. ``metadata.tsv`` beside the folder (or inside it), when present,
gives each text's publisher; otherwise the file name's prefix before the first ``_`` is used.

The analysed body is the text after the headline line, so brat offsets (into the file) are moved
by the headline's length; attributions inside the headline are counted apart and not scored
(our gold convention annotates the body only).
"""

from __future__ import annotations

import csv
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from attribution.records import Article

log = logging.getLogger(__name__)

Spans = tuple[tuple[int, int], ...]
_TEXT_BOUND = re.compile(r"^(T\d+)\t(\S+) ([\d ;]+)\t(.*)$")
_EVENT = re.compile(r"^(E\d+)\t(\S+)$")


@dataclass(frozen=True)
class BratAttribution:
    """One gold attribution relation; spans are offsets into the analysed body."""

    content: Spans
    cue: Spans
    source: Spans
    content_text: str
    cue_text: str
    source_text: str
    line: int


@dataclass(frozen=True)
class BratArticle:
    article: Article
    ann_path: Path
    attributions: tuple[BratAttribution, ...]
    in_headline: int  # attributions in the headline, not scored


def is_brat_corpus(folder: Path) -> bool:
    return (folder / "text").is_dir() and (folder / "attributions").is_dir()


def _publishers(folder: Path) -> dict[str, str]:
    for candidate in (folder / "metadata.tsv", folder.parent / "metadata.tsv"):
        if candidate.is_file():
            with candidate.open(encoding="utf-8", newline="") as handle:
                return {row["filename"]: row["publisher"] for row in csv.DictReader(handle, delimiter="\t")
                        if row.get("filename") and row.get("publisher")}
    return {}


def _spans(raw: str) -> Spans:
    return tuple((int(a), int(b)) for a, b in (part.split() for part in raw.split(";")))


def parse_ann(path: Path, offset: int, body_length: int) -> tuple[list[BratAttribution], int]:
    """The attribution relations of one ``.ann`` file, moved by ``offset``; and how many lie in the
    headline. A line brat would not read is reported with its number and skipped."""
    bounds: dict[str, tuple[str, Spans, str]] = {}
    events: list[tuple[int, dict[str, str]]] = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        if m := _TEXT_BOUND.match(line):
            try:
                bounds[m.group(1)] = (m.group(2), _spans(m.group(3)), m.group(4))
            except ValueError:
                log.warning("%s:%d: unreadable span '%s'; line skipped", path, number, m.group(3))
            continue
        fields = line.split("\t")
        if len(fields) >= 2 and fields[0].startswith("E"):
            roles = dict(part.split(":", 1) for part in fields[1].split() if ":" in part)
            events.append((number, roles))
        elif not fields[0][:1] in ("R", "A", "N", "*"):
            log.warning("%s:%d: not a brat annotation line; skipped", path, number)
    result, in_headline = [], 0
    for number, roles in events:
        def spans(role: str) -> tuple[Spans, str]:
            tid = roles.get(role)
            if tid not in bounds:
                return (), ""
            _, raw, text = bounds[tid]
            return tuple((a - offset, b - offset) for a, b in raw), text

        content, content_text = spans("Content")
        if not content:
            log.warning("%s:%d: attribution without content; skipped", path, number)
            continue
        if content[0][0] < 0:
            in_headline += 1
            continue
        if any(b > body_length for _, b in content):
            log.warning("%s:%d: content span beyond the end of the text; skipped", path, number)
            continue
        cue, cue_text = spans("Cue")
        source, source_text = spans("Source")
        result.append(BratAttribution(content, cue, source, content_text, cue_text, source_text, number))
    return result, in_headline


def load_brat_corpus(folder: Path) -> list[BratArticle]:
    """Every text of the folder with one annotator's attributions, in file-name order."""
    publishers = _publishers(folder)
    annotations: dict[str, Path] = {}
    for ann in sorted((folder / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0] if "_" in ann.stem else ann.stem
        annotations.setdefault(name, ann)
    articles = []
    for text_path in sorted((folder / "text").glob("*.txt")):
        name = text_path.stem
        ann = annotations.get(name)
        if ann is None:
            log.warning("%s: no annotation file in %s; text skipped", text_path, folder / "attributions")
            continue
        text = text_path.read_text(encoding="utf-8")
        headline, _, _ = text.partition("\n")
        offset = len(headline) + 1 if "\n" in text else len(text)
        body = text[offset:]
        outlet = publishers.get(name) or name.split("_", 1)[0]
        article = Article(article_id=name, body=body, path=str(text_path), outlet=outlet, publisher=outlet,
                          title=headline.strip() or None)
        attributions, in_headline = parse_ann(ann, offset, len(body))
        articles.append(BratArticle(article, ann, tuple(attributions), in_headline))
    return articles
