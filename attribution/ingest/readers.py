"""One reader per input format. Each turns a file into Articles, raising InputError for bad input."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

from attribution.config import Settings
from attribution.ingest.boilerplate import BoilerplateRules, clean_page
from attribution.ingest.problems import InputError, Problem, raise_hint
from attribution.ingest.sidecar import clean_metadata
from attribution.ingest.textfile import decode, looks_binary, read_text, utf16
from attribution.records import Article
from attribution.yamlfile import YamlError, kind_of

TABULAR_FIELDS = ("id", "outlet", "publisher", "title", "url", "published", "story", "text")


def _article(
    article_id: str, path: Path, raw: str, meta: dict[str, Any], settings: Settings,
    rules: BoilerplateRules, captions: tuple[str, ...] = (), line: int | None = None,
) -> Article:
    title = meta.get("title")
    if settings.ingest.remove_boilerplate:
        page = clean_page(raw, rules, title)
        body, title = page.body, page.title
        captions = captions + page.captions
        if not body:
            raise InputError(
                f"no article text left after removing boilerplate ({page.dropped_lines} lines of menus, "
                "links or furniture); use --keep-boilerplate to analyse it as it is", line
            )
    else:
        body = raw.strip()
        if not body:
            raise InputError("no text", line)
    limit = settings.limits.max_article_chars
    if len(body) > limit:
        raise InputError(f"the article text is {len(body):,} characters, over limits.max_article_chars ({limit:,}); "
                         + raise_hint("max_article_chars"), line)
    return Article(
        article_id=article_id,
        body=body,
        path=str(path),
        outlet=meta.get("outlet"),
        publisher=meta.get("publisher"),
        title=title,
        url=meta.get("url"),
        published=meta.get("published"),
        story=meta.get("story"),
        captions=captions,
    )


def _warned(article: Article, path: Path, warning: InputError | None) -> tuple[Article, list[Problem]]:
    if warning is None:
        return article, []
    problem = Problem(str(path), warning.message, warning.line, "warning")
    return article.with_warnings(str(problem)), [problem]


def read_plain(
    path: Path, meta: dict[str, Any], settings: Settings, rules: BoilerplateRules
) -> tuple[Article, list[Problem]]:
    text, warning = read_text(path, settings.limits.max_article_bytes)
    return _warned(_article(path.stem, path, text, meta, settings, rules), path, warning)


def read_html(
    path: Path, meta: dict[str, Any], settings: Settings, rules: BoilerplateRules
) -> tuple[Article, list[Problem]]:
    """Main text and metadata (title, date, site name) by trafilatura; captions from <figcaption>."""
    try:
        import lxml.html
        import trafilatura
        import lxml_html_clean  # noqa: F401 - trafilatura needs it; lxml no longer ships it
    except ImportError as exc:
        raise InputError(f"reading HTML needs the {exc.name or 'lxml_html_clean'} package, which is not installed: "
                         "pip install lxml_html_clean (or reinstall attribution)") from None

    text, warning = read_text(path, settings.limits.max_article_bytes)
    try:
        extracted = trafilatura.bare_extraction(
            text, with_metadata=True, include_comments=False, include_tables=False, include_images=False
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        raise InputError(f"cannot extract text from HTML: {exc}") from None
    if extracted is None or not (extracted.text or "").strip():
        raise InputError("no article text found in the HTML page")
    paragraphs = [
        " ".join(el.text_content().split()) if hasattr(el, "text_content") else " ".join("".join(el.itertext()).split())
        for el in extracted.body
    ] if extracted.body is not None else extracted.text.split("\n")
    found = {
        "title": extracted.title,
        "published": extracted.date,
        "outlet": extracted.sitename,
        "url": extracted.url,
    }
    merged = {**{k: v for k, v in found.items() if v}, **{k: v for k, v in meta.items() if v}}
    try:
        tree = lxml.html.fromstring(text.encode("utf-8"))
        captions = tuple(
            " ".join(fc.text_content().split()) for fc in tree.iter("figcaption") if fc.text_content().strip()
        )
    except Exception:  # a page lxml cannot parse still has its text from trafilatura
        captions = ()
    article = _article(path.stem, path, "\n\n".join(p for p in paragraphs if p), merged, settings, rules, captions)
    return _warned(article, path, warning)


def _row_article(
    row: dict[str, Any], path: Path, line: int, fallback_id: str, settings: Settings, rules: BoilerplateRules
) -> Article:
    text = row.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no 'text' field (or it is empty)", line)
    if len(text.encode("utf-8")) > settings.limits.max_article_bytes:
        raise InputError(f"article text is over limits.max_article_bytes ({settings.limits.max_article_bytes:,}); "
                         + raise_hint("max_article_bytes"), line)
    raw_id = row.get("id")
    article_id = str(raw_id).strip() if raw_id not in (None, "") else fallback_id
    try:
        meta = clean_metadata(row, path)
    except YamlError as exc:
        raise InputError(exc.message, line) from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _article(article_id, path, text, meta, settings, rules, line=line)


def read_jsonl(path: Path, settings: Settings, rules: BoilerplateRules) -> Iterator[Article | Problem]:
    """One article per line: an object with ``text`` and optional id, outlet, title, url, published."""
    limit = settings.limits.max_jsonl_line_bytes
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Problem(str(path), f"cannot read: {exc.strerror}")
        return
    with handle:
        if utf16(handle.read(4096)) is not None:
            yield Problem(str(path), "the file is UTF-16, not UTF-8: JSON lines must be UTF-8; re-save it as UTF-8")
            return
        handle.seek(0)
        for number, raw, size in _bounded_lines(handle, limit):
            if size > limit:
                yield Problem(str(path), f"line is {size:,} bytes, over limits.max_jsonl_line_bytes ({limit:,}); "
                              + raise_hint("max_jsonl_line_bytes"), number)
                continue
            if not raw.strip():
                continue
            if looks_binary(raw):
                yield Problem(str(path), "binary data, not a JSON line", number)
                continue
            line, warning = decode(raw)
            if warning is not None:
                warning.line = number
            try:
                row = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Problem(str(path), f"malformed JSON: {exc.msg} (column {exc.colno})", number)
                continue
            if not isinstance(row, dict):
                yield Problem(str(path), f"expected a JSON object ({{...}}), found {kind_of(row)}", number)
                continue
            try:
                article = _row_article(row, path, number, f"{path.stem}-{number}", settings, rules)
            except InputError as exc:
                yield Problem(str(path), exc.message, exc.line)
                continue
            article, problems = _warned(article, path, warning)
            yield from problems
            yield article


_SKIP_CHUNK = 1 << 20
CSV_OTHER_FIELDS_CHARS = 1 << 20  # room on a CSV line for the fields beside the text (id, title, url)


def _bounded_lines(handle: IO[bytes], limit: int) -> Iterator[tuple[int, bytes, int]]:
    """(number, line, size in bytes) of each line, never holding more than ``limit`` + 1 bytes of
    one: a longer line is measured while skipped and comes back empty with its size."""
    number = 0
    while True:
        raw = handle.readline(limit + 1)
        if not raw:
            return
        number += 1
        if len(raw) <= limit or raw.endswith(b"\n"):
            yield number, raw, len(raw)
            continue
        size = len(raw)
        while not raw.endswith(b"\n"):
            raw = handle.readline(_SKIP_CHUNK)
            if not raw:
                break
            size += len(raw)
        yield number, b"", size


def _csv_lines(path: Path, settings: Settings) -> tuple[Iterator[str], list[Problem]]:
    """The CSV file's text, streamed (a CSV of any size is read in bounded memory): UTF-8 with bad
    bytes replaced by U+FFFD (the first one reported); a UTF-16 file is read whole, within
    limits.max_article_bytes."""
    with path.open("rb") as probe:
        head = probe.read(8192)
    if utf16(head) is not None or head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        text, warning = read_text(path, settings.limits.max_article_bytes)
        problems = [Problem(str(path), warning.message, warning.line, "warning")] if warning else []
        return iter(io.StringIO(text, newline="")), problems
    if not head.strip():
        raise InputError("empty file")
    if looks_binary(head):
        raise InputError("binary file, not text (is it a PDF, image or archive?)")
    problems: list[Problem] = []
    # a row holds one article's text and a few short fields: a longer line is no such row, and is
    # never read whole (a file without line breaks would be)
    cap = settings.limits.max_article_bytes + CSV_OTHER_FIELDS_CHARS

    def lines() -> Iterator[str]:
        with path.open("r", encoding="utf-8-sig", errors="surrogateescape", newline="") as handle:
            number = 0
            while text := handle.readline(cap + 1):
                number += 1
                if len(text) > cap:
                    problems.append(Problem(
                        str(path), f"line is over {cap:,} characters, longer than a row with one article's text "
                        f"can be (limits.max_article_bytes: {settings.limits.max_article_bytes:,}); the rest of "
                        f"the file is not read; " + raise_hint("max_article_bytes"), number))
                    return
                if _BAD_BYTE.search(text):
                    if not problems:
                        problems.append(Problem(str(path), "not valid UTF-8: bad bytes replaced by U+FFFD; "
                                                           "re-save the file as UTF-8", number, "warning"))
                    text = _BAD_BYTE.sub("\ufffd", text)
                yield text

    return lines(), problems


_BAD_BYTE = re.compile("[\udc80-\udcff]")


def read_csv(path: Path, settings: Settings, rules: BoilerplateRules) -> Iterator[Article | Problem]:
    """A header row naming the columns (``text`` required; id, outlet, title, url, published).

    Rows are read one at a time, so a huge CSV is never held in memory whole."""
    try:
        lines, problems = _csv_lines(path, settings)
    except InputError as exc:
        yield Problem(str(path), exc.message, exc.line)
        return
    # one field may hold a whole article (the csv module's default cap is 128 KiB)
    csv.field_size_limit(max(csv.field_size_limit(), settings.limits.max_article_bytes + 1))
    reader = csv.DictReader(lines)
    reported = 0
    try:
        fieldnames = reader.fieldnames
    except csv.Error as exc:
        yield Problem(str(path), f"malformed CSV: {exc}", reader.line_num)
        return
    if not fieldnames or "text" not in [f.strip() for f in fieldnames]:
        yield from problems
        yield Problem(str(path), f"no 'text' column in the header (columns: {', '.join(fieldnames or [])})", 1)
        return
    while True:
        try:
            row = next(reader)
        except StopIteration:
            yield from problems[reported:]
            return
        except csv.Error as exc:
            yield from problems[reported:]
            yield Problem(str(path), f"malformed CSV: {exc}", reader.line_num)
            return
        yield from problems[reported:]
        reported = len(problems)
        line = reader.line_num
        row = {(k or "").strip(): v for k, v in row.items()}
        try:
            yield _row_article(row, path, line, f"{path.stem}-{line}", settings, rules)
        except InputError as exc:
            yield Problem(str(path), exc.message, exc.line)
