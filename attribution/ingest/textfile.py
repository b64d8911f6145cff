"""Reading article files as text: size limits, binary files, bad encodings, line endings."""

from __future__ import annotations

from pathlib import Path

from attribution.ingest.problems import InputError

_CONTROL = set(range(0, 32)) - {9, 10, 12, 13}


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    return bool(head) and sum(b in _CONTROL for b in head) / len(head) > 0.05


def decode(data: bytes) -> tuple[str, InputError | None]:
    """UTF-8 text with Unix line ends, and a warning (with its line) if some bytes were not UTF-8.

    Invalid bytes become U+FFFD so the rest of the article is still analysed; the warning names
    the line and column of the first one.
    """
    try:
        text = data.decode("utf-8-sig")
        warning = None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
        bad = sum(1 for ch in data.decode("utf-8-sig", errors="replace") if ch == "\ufffd")
        warning = InputError(
            f"not valid UTF-8: byte 0x{data[exc.start]:02x} at column {column}"
            f" ({bad} bad byte{'s' if bad != 1 else ''} replaced by U+FFFD); re-save the file as UTF-8",
            line,
        )
        text = data.decode("utf-8-sig", errors="replace")
    return text.replace("\r\n", "\n").replace("\r", "\n"), warning


def read_text(path: Path, max_bytes: int) -> tuple[str, InputError | None]:
    """The file's text and an encoding warning (or None). Raises InputError for unusable files."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None
    if size > max_bytes:
        raise InputError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (limits.max_article_bytes)")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None
    if not data.strip():
        raise InputError("empty file")
    if looks_binary(data):
        raise InputError("binary file, not text (is it a PDF, image or archive?)")
    return decode(data)
