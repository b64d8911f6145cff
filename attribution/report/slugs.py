"""Safe file names for report pages, from outlet names and article ids (untrusted strings).

A slug holds only ``a-z 0-9 . _ -``, never starts with a dot, is at most 80 characters and is never
a name Windows reserves (not even before a dot: ``lpt9.html-...``). When the slug is not the original string itself (it was lower-cased,
cleaned or cut), a short hash of the original is appended, so two different ids never share a
page, also on case-insensitive file systems, and the same id always gets the same page.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Iterable

MAX_LENGTH = 80
_UNSAFE = re.compile(r"[^a-z0-9._-]+")
_RESERVED = frozenset(
    {"con", "prn", "aux", "nul", "index", "claims"}
    | {f"com{i}" for i in range(10)}
    | {f"lpt{i}" for i in range(10)}
)


def slugify(name: str, fallback: str = "item") -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _UNSAFE.sub("-", ascii_name.lower()).strip("-._")
    slug = re.sub(r"-{2,}", "-", slug)[: MAX_LENGTH - 9].strip("-._")
    if not slug:
        slug = fallback
    reserved = slug.split(".")[0] in _RESERVED
    if reserved:  # Windows reserves 'nul' and also 'nul.anything': the dot goes
        slug = slug.replace(".", "-")
    if slug != name or reserved:
        slug = f"{slug}-{hashlib.sha1(name.encode('utf-8')).hexdigest()[:8]}"
    return slug


def unique_slugs(names: Iterable[str], fallback: str = "item") -> dict[str, str]:
    """A slug for each distinct name; the (astronomically rare) clash gets a counter."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for name in sorted(set(names)):
        slug = base = slugify(name, fallback)
        n = 2
        while slug in taken:
            slug = f"{base}-{n}"
            n += 1
        taken.add(slug)
        slugs[name] = slug
    return slugs
