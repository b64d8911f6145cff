"""A folder the user may not look into is that folder's problem, never a traceback (issue 17:
"a file inside a directory without search permission (PermissionError in discovery)").

The tests run as root, whom chmod does not stop; so the folder is made unreadable two ways: by
pathlib raising PermissionError for what is inside it (as it does for a user without search
permission), and, where ``setpriv`` can drop root's permission to override modes, for real."""

from __future__ import annotations

import json
import os
import pathlib
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from attribution.ingest import discover
from attribution.ingest.problems import Problem

from .conftest import ROOT


def _corpus(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    (corpus / "locked").mkdir(parents=True)
    (corpus / "a.txt").write_text("The minister said the plan would work.\n", encoding="utf-8")
    (corpus / "locked" / "b.txt").write_text("Officials said it was unclear.\n", encoding="utf-8")
    return corpus


def _split(items: list[Path | Problem]) -> tuple[list[str], list[str]]:
    return ([p.name for p in items if isinstance(p, Path)],
            [f"{Path(p.path).name}: {p.message}" for p in items if isinstance(p, Problem)])


def test_a_folder_whose_entries_cannot_be_examined_is_reported_and_skipped(tmp_path: Path, monkeypatch) -> None:
    corpus = _corpus(tmp_path)
    real_stat = pathlib.Path.stat

    def stat(self: Path, *args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        if self.parent.name == "locked":
            raise PermissionError(13, "Permission denied", str(self))
        return real_stat(self, *args, **kwargs)

    monkeypatch.setattr(pathlib.Path, "stat", stat)
    files, problems = _split(list(discover([corpus])))
    assert files == ["a.txt"]
    assert problems == ["locked: cannot read the files in this folder (Permission denied); they are skipped"]


_PROBE = r"""
import json, sys
from pathlib import Path
from attribution.ingest import discover
items = list(discover([Path(sys.argv[1])]))
print(json.dumps([[type(i).__name__, str(getattr(i, "path", i)), getattr(i, "message", "")] for i in items]))
"""


@pytest.mark.skipif(shutil.which("setpriv") is None or os.geteuid() != 0, reason="needs root and setpriv")
@pytest.mark.parametrize("mode, words", [(0o000, "cannot read this folder"), (0o444, "cannot read the files in this folder")])
def test_without_permission_for_real(tmp_path: Path, mode: int, words: str) -> None:
    corpus = _corpus(tmp_path)
    (corpus / "locked").chmod(mode)
    try:
        drop = ["setpriv", "--inh-caps=-dac_override,-dac_read_search", "--bounding-set=-dac_override,-dac_read_search"]
        done = subprocess.run([*drop, sys.executable, "-c", _PROBE, str(corpus)], capture_output=True, text=True,
                              env={**os.environ, "PYTHONPATH": str(ROOT)}, timeout=120)
    finally:
        (corpus / "locked").chmod(0o755)
    if "Operation not permitted" in done.stderr and done.returncode != 0 and "Traceback" not in done.stderr:
        pytest.skip("setpriv may not change capabilities here")
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    items = json.loads(done.stdout)
    assert [Path(p).name for kind, p, _ in items if kind != "Problem"] == ["a.txt"]
    assert [(Path(p).name, m.split(" (")[0]) for kind, p, m in items if kind == "Problem"] == [("locked", words)]
