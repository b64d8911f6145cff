"""A big lexicon loads in seconds and once (issue 17: 100,000 entries took 23-41 s, most of it in
PyYAML's composer and constructor): plain YAML is read from libyaml's events, with every line kept
for the messages; anything else goes to the full loader, which gives the same values and errors."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from attribution import cli
from attribution import yamlfile
from attribution.lexicon import Lexicon
from attribution.resources import lexicons_dir
from attribution.yamlfile import LineDict, LineList, YamlError, parse_yaml

pytestmark = pytest.mark.skipif(not yaml.__with_libyaml__, reason="PyYAML without libyaml: the pure-Python loader")

SAMPLE = """\
# a comment
entries:
  - id: maybe
    type: hedge
    pattern: "may"
    weight: 0.5
    examples: [It may rain., 'It "may" rain.']
    provenance: {PolNeAR train: {may: 12}}
    enabled: true
    note: ~
    empty:
    when: 2024-10-18
    hex: 0x1F
    text: |
      two
      lines
  - {id: other, weight: .5, quoted: '0.5'}
flow: [1, [2, [3, {a: b}]]]
"""


def _same(a: Any, b: Any, where: str = "") -> None:
    """Equal values, equal types and the same lines everywhere."""
    assert type(a) is type(b), where
    if isinstance(a, LineDict):
        assert (a.line, a.key_lines, list(a)) == (b.line, b.key_lines, list(b)), where
        for key in a:
            _same(a[key], b[key], f"{where}.{key}")
    elif isinstance(a, LineList):
        assert (a.line, a.item_lines, len(a)) == (b.line, b.item_lines, len(b)), where
        for i, (x, y) in enumerate(zip(a, b)):
            _same(x, y, f"{where}[{i}]")
    else:
        assert a == b, where


def _full(text: str) -> Any:
    return yaml.load(text, Loader=yamlfile._LineLoader)  # noqa: S506 - a SafeLoader


def test_plain_yaml_never_goes_through_pyyamls_composer(monkeypatch) -> None:
    expected = _full(SAMPLE)

    def refuse(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("yaml.load was called for plain YAML")

    monkeypatch.setattr(yaml, "load", refuse)
    data = parse_yaml(SAMPLE)
    _same(data, expected)
    assert data.line_of("flow") == 18 and data["entries"].line_of(1) == 17
    assert data["entries"][0].line_of("when") == 12 and data["entries"][0]["text"] == "two\nlines\n"


@pytest.mark.parametrize("name", sorted(p.name for p in lexicons_dir().glob("*.yaml")))
def test_every_shipped_file_reads_as_the_full_loader_reads_it(name: str) -> None:
    text = (lexicons_dir() / name).read_text(encoding="utf-8")
    _same(yamlfile._read_events(text), _full(text))


@pytest.mark.parametrize("text", [
    "base: &b {weight: 0.5}\nentry: *b\n",  # anchors and aliases
    "base: &b {weight: 0.5}\nentry:\n  <<: *b\n  id: x\n",  # a merge key
    "words: !!set {may: null, might: null}\n",  # a tag of another kind
    "? [a, b]\n: complex key\n",
    "--- 1\n--- 2\n",  # two documents
    "",
    "just text\n",
])
def test_other_yaml_goes_to_the_full_loader_with_the_same_result(text: str) -> None:
    try:
        expected: Any = _full(text)
    except yaml.YAMLError:
        expected = YamlError
    if expected is YamlError:
        with pytest.raises(YamlError):
            parse_yaml(text)
    else:
        _same(parse_yaml(text), expected)


def test_a_duplicate_key_is_named_at_its_line() -> None:
    with pytest.raises(YamlError) as error:
        parse_yaml("entries:\n  - id: a\n    weight: 0.5\n    weight: 0.6\n", "mine.yaml")
    assert error.value.line == 4 and "duplicate key 'weight'" in str(error.value)


def test_deep_nesting_is_read_or_refused_at_its_line_never_a_crash() -> None:
    """Python's recursion limit was a RecursionError traceback at about 300 levels; now libyaml's
    1,000 levels are read (without recursion) and deeper is one message."""
    depth = 900
    data = parse_yaml("[" * depth + "]" * depth)
    for _ in range(depth - 1):
        data = data[0]
    assert data == []
    with pytest.raises(YamlError) as error:
        parse_yaml("x:\n  " + "[" * 5000 + "]" * 5000 + "\n", "deep.yaml")
    assert error.value.line == 2 and "nesting depth" in str(error.value)


def test_exercise_loads_the_lexicon_once(tmp_path: Path, settings, models, monkeypatch) -> None:  # noqa: ANN001
    """``exercise`` analyses and then writes the answer keys: one load serves both."""
    from .conftest import SEED

    loads = []
    real = Lexicon.load.__func__
    monkeypatch.setattr(Lexicon, "load", classmethod(lambda cls, *a, **k: loads.append(a) or real(cls, *a, **k)))
    code = cli.main(["exercise", str(SEED / "articles"), "--out", str(tmp_path / "out"), "--cache",
                     str(settings.cache.path), "--models", str(models.dir), "-q"])
    assert code == cli.EXIT_OK and len(loads) == 1
