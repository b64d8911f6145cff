"""``<name>.meta.yaml`` beside an article file: outlet, publisher, title, date, story."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from attribution.yamlfile import YamlError, kind_of, line_of, load_yaml

SIDECAR_SUFFIX = ".meta.yaml"
METADATA_FIELDS = ("outlet", "publisher", "title", "url", "published", "story")


def sidecar_path(article_path: Path) -> Path:
    return article_path.with_name(article_path.stem + SIDECAR_SUFFIX)


def is_sidecar(path: Path) -> bool:
    return path.name.endswith(SIDECAR_SUFFIX)


def clean_metadata(data: dict[str, Any], path: Path | str, where: Any = None) -> dict[str, str | None]:
    """The known metadata fields as text (dates as ISO dates); other keys are kept out."""
    out: dict[str, str | None] = {}
    for key in METADATA_FIELDS:
        if key not in data:
            continue
        value = data[key]
        if value is None or value == "":
            out[key] = None
        elif isinstance(value, (dt.date, dt.datetime)):
            out[key] = value.isoformat()
        elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
            out[key] = str(value).strip()
        else:
            raise YamlError(path, line_of(where if where is not None else data, key),
                            f"'{key}' must be text, not {kind_of(value)}")
    return out


def read_sidecar(article_path: Path) -> dict[str, str | None]:
    """Metadata from the article's sidecar, or {} when it has none. Raises YamlError with the line."""
    path = sidecar_path(article_path)
    try:
        if not path.is_file():
            return {}
    except OSError as exc:  # e.g. the article's name is so long that its sidecar's is too long
        raise YamlError(path, None, f"cannot look for this sidecar ({exc.strerror})") from None
    data = load_yaml(path)
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise YamlError(path, line_of(data), "a sidecar must be a mapping (outlet: ..., title: ...)")
    return clean_metadata(data, path)
