"""Reading article files as text: size limits, binary files, bad encodings, line endings."""

from __future__ import annotations

from pathlib import Path

from attribution.ingest.problems import InputError, raise_hint

_CONTROL = bytes(sorted(set(range(0, 32)) - {9, 10, 12, 13}))


def looks_binary(data: bytes) -> bool:
    """NUL bytes, or many control bytes in the first 8 KiB: not a text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))  # counted in C, not byte by byte
    return bool(head) and controls / len(head) > 0.05


def utf16(data: bytes) -> str | None:
    """The text of a UTF-16 file (with a byte-order mark, or plainly UTF-16 by its NUL pattern), else None.

    Word processors on Windows save "Unicode text" as UTF-16; it is text, not binary."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        encoding = "utf-16"
    else:
        head = data[:4096]
        even, odd = head[0::2], head[1::2]
        if len(head) < 4 or len(head) % 2:
            return None
        if odd.count(0) > 0.4 * len(odd) and even.count(0) < 0.05 * len(even):
            encoding = "utf-16-le"
        elif even.count(0) > 0.4 * len(even) and odd.count(0) < 0.05 * len(odd):
            encoding = "utf-16-be"
        else:
            return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


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
        raise InputError(f"file is {size:,} bytes, over the limit of {max_bytes:,} (limits.max_article_bytes); "
                         + raise_hint("max_article_bytes"))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}") from None
    if not data.strip():
        raise InputError("empty file")
    text16 = utf16(data)
    if text16 is not None:
        text = text16.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
        return text, InputError("the file is UTF-16, not UTF-8: read as UTF-16; re-save it as UTF-8 to silence this")
    if looks_binary(data):
        raise InputError("binary file, not text (is it a PDF, image or archive?)")
    return decode(data)
