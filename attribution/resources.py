"""Where the shipped data files are, installed or in a checkout.

The lexicons and report templates sit at the top of the repository, where users read and edit them.
A wheel carries them inside the package (``attribution/_data``); a source checkout or an editable
install reads them from the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """The directory of shipped data called ``name`` (``lexicons`` or ``reports``)."""
    for candidate in (_PACKAGE_DIR / "_data" / name, _PACKAGE_DIR.parent / name):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"the shipped '{name}' directory is missing (looked in {_PACKAGE_DIR / '_data'} and "
        f"{_PACKAGE_DIR.parent}); reinstall the package"
    )


def lexicons_dir() -> Path:
    return data_dir("lexicons")


def reports_dir() -> Path:
    return data_dir("reports")
