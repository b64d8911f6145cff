"""Safe YAML loading that remembers line numbers, so every message can name file and line.

Mappings load as :class:`LineDict` (``.line`` of the mapping, ``.key_lines`` per key) and
sequences as :class:`LineList` (``.line``, ``.item_lines``). Loading always goes through
``yaml.SafeLoader``: a YAML file can never construct Python objects.
"""

from __future__ import annotations

import gc
from pathlib import Path
from typing import Any

import yaml


class YamlError(ValueError):
    """A YAML file that cannot be used, with the place to look."""

    def __init__(self, path: str | Path, line: int | None, message: str):
        self.path = str(path)
        self.line = line
        self.message = message
        where = f"{self.path}:{line}" if line else self.path
        super().__init__(f"{where}: {message}")


class LineDict(dict):
    line: int = 0
    key_lines: dict[Any, int]

    def line_of(self, key: Any) -> int:
        return self.key_lines.get(key, self.line)


class LineList(list):
    line: int = 0
    item_lines: list[int]

    def line_of(self, index: int) -> int:
        return self.item_lines[index] if 0 <= index < len(self.item_lines) else self.line


class _LineConstruction:
    """Mappings and sequences that remember their lines (shared by the C and the Python loader)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> LineDict:  # type: ignore[override]
        self.flatten_mapping(node)
        mapping = LineDict()
        mapping.line = node.start_mark.line + 1
        mapping.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=deep)
            try:
                hash(key)
            except TypeError:
                raise yaml.constructor.ConstructorError(
                    "while constructing a mapping", node.start_mark, "found an unhashable key", key_node.start_mark
                ) from None
            if key in mapping:
                raise yaml.constructor.ConstructorError(
                    None, None, f"duplicate key {key!r}", key_node.start_mark
                )
            mapping[key] = self.construct_object(value_node, deep=deep)
            mapping.key_lines[key] = key_node.start_mark.line + 1
        return mapping

    def construct_sequence(self, node: yaml.SequenceNode, deep: bool = False) -> LineList:  # type: ignore[override]
        seq = LineList(self.construct_object(child, deep=deep) for child in node.value)
        seq.line = node.start_mark.line + 1
        seq.item_lines = [child.start_mark.line + 1 for child in node.value]
        return seq


def _construct_map(loader: Any, node: yaml.MappingNode) -> LineDict:
    return loader.construct_mapping(node, deep=True)


def _construct_seq(loader: Any, node: yaml.SequenceNode) -> LineList:
    return loader.construct_sequence(node, deep=True)


class _LineLoader(_LineConstruction, yaml.SafeLoader):
    """The pure-Python loader: its error messages are the ones users see."""


# libyaml parses about ten times faster: every run loads the lexicons (more than once); when a
# file is broken, the pure-Python loader parses it again for the message.
_FastLineLoader: Any = (type("_FastLineLoader", (_LineConstruction, yaml.CSafeLoader), {})
                        if getattr(yaml, "__with_libyaml__", False) else None)

for _loader in (_LineLoader, _FastLineLoader):
    if _loader is not None:
        _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _construct_map)
        _loader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_SEQUENCE_TAG, _construct_seq)


class _NotPlain(Exception):
    """The file uses a YAML feature the event reader leaves to the full loader (anchors and
    aliases, merge keys, tags such as !!set, complex keys, duplicate keys)."""


_PLAIN_TAGS = frozenset(f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp"))
_MAP_TAGS = (None, "tag:yaml.org,2002:map")
_SEQ_TAGS = (None, "tag:yaml.org,2002:seq")


class _EventReader:
    """Builds LineDict/LineList straight from libyaml's events. PyYAML's composer and constructor
    cost some 15 microseconds per node in Python (a 100,000-entry lexicon: 600,000 nodes); here a
    scalar is resolved and constructed once per distinct text ("hedge", "0.5", "description")."""

    def __init__(self, loader: Any):
        self.loader = loader
        self.scalars: dict[tuple[str, bool, bool, str | None], Any] = {}

    def scalar(self, event: yaml.ScalarEvent) -> Any:
        key = (event.value, *event.implicit, event.tag)
        if key in self.scalars:
            return self.scalars[key]
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(yaml.ScalarNode, event.value, event.implicit)
        if tag not in _PLAIN_TAGS:
            raise _NotPlain(tag)
        node = yaml.ScalarNode(tag, event.value, event.start_mark, event.end_mark, event.style)
        value = self.loader.yaml_constructors[tag](self.loader, node)
        self.scalars[key] = value
        return value

    def document(self) -> Any:
        """The one document's value, built without recursion (nesting depth is no limit)."""
        loader = self.loader
        stack: list[tuple[Any, list[Any]]] = []  # (container, [pending key, its line]) per open level
        while True:
            event = loader.get_event()
            line = event.start_mark.line + 1
            if getattr(event, "anchor", None) is not None or isinstance(event, yaml.AliasEvent):
                raise _NotPlain("anchor")
            if isinstance(event, yaml.ScalarEvent):
                value: Any = self.scalar(event)
            elif isinstance(event, yaml.MappingStartEvent):
                if event.tag not in _MAP_TAGS:
                    raise _NotPlain(event.tag)
                value = LineDict()
                value.line, value.key_lines = line, {}
            elif isinstance(event, yaml.SequenceStartEvent):
                if event.tag not in _SEQ_TAGS:
                    raise _NotPlain(event.tag)
                value = LineList()
                value.line, value.item_lines = line, []
            elif isinstance(event, (yaml.MappingEndEvent, yaml.SequenceEndEvent)):
                value, _ = stack.pop()
                if not stack:
                    return value
                self._add(stack[-1], value, value.line)
                continue
            else:
                raise _NotPlain(type(event).__name__)
            if isinstance(value, (LineDict, LineList)):
                stack.append((value, [None, None]))
            elif not stack:
                return value
            else:
                self._add(stack[-1], value, line)

    @staticmethod
    def _add(level: tuple[Any, list[Any]], value: Any, line: int) -> None:
        container, pending = level
        if isinstance(container, LineList):
            container.append(value)
            container.item_lines.append(line)
        elif pending[1] is None:  # a key
            if isinstance(value, (LineDict, LineList)) or value in container:
                raise _NotPlain("key")
            pending[0], pending[1] = value, line
        else:
            container[pending[0]] = value
            container.key_lines[pending[0]] = pending[1]
            pending[1] = None


def _read_events(text: str) -> Any:
    """The value of a plain YAML document via libyaml's events; _NotPlain or a YAMLError when the
    full loader must read it."""
    loader = yaml.CSafeLoader(text)
    collecting = gc.isenabled()
    gc.disable()  # only new containers, no cycles: the collector would walk them all again and again
    try:
        loader.get_event()  # stream start
        if loader.check_event(yaml.StreamEndEvent):
            return None
        loader.get_event()  # document start
        value = _EventReader(loader).document()
        loader.get_event()  # document end
        if not loader.check_event(yaml.StreamEndEvent):
            raise _NotPlain("documents")
        return value
    finally:
        loader.dispose()
        if collecting:
            gc.enable()


def _broken(exc: yaml.YAMLError, text: str, path: str | Path) -> YamlError:
    """The YamlError for a parser's error: its problem, at the line to look at."""
    if not isinstance(exc, yaml.MarkedYAMLError):
        return YamlError(path, None, f"broken YAML: {exc}")
    mark = exc.problem_mark or exc.context_mark
    problem = exc.problem or str(exc)
    if exc.context:
        problem = f"{exc.context}, {problem}"
    # an unclosed bracket or quote is found at the end of the file: point where it was opened
    if exc.context_mark is not None and exc.problem_mark is not None and exc.problem_mark.index >= len(text.rstrip()):
        mark = exc.context_mark
        problem += f" (the file ends before it is closed; it opens on line {mark.line + 1})"
    return YamlError(path, mark.line + 1 if mark else None, f"broken YAML: {problem}")


def parse_yaml(text: str, path: str | Path = "<string>") -> Any:
    """Parse YAML text; a syntax error becomes a :class:`YamlError` with the line it is on."""
    fast_error: yaml.YAMLError | None = None
    if _FastLineLoader is not None:
        try:
            return _read_events(text)
        except yaml.YAMLError as exc:
            fast_error = exc  # broken: the pure-Python loader below words the message
        except (_NotPlain, ValueError, TypeError):
            try:
                return yaml.load(text, Loader=_FastLineLoader)  # noqa: S506 - a SafeLoader (CSafeLoader)
            except yaml.YAMLError as exc:
                fast_error = exc
            except RecursionError:
                pass
    try:
        return yaml.load(text, Loader=_LineLoader)  # noqa: S506 - _LineLoader is a SafeLoader
    except RecursionError:  # nested deeper than Python recurses (libyaml's own limit is 1,000 levels)
        if fast_error is not None:
            raise _broken(fast_error, text, path) from None
        raise YamlError(path, None, "broken YAML: nested too deeply") from None
    except yaml.YAMLError as exc:
        raise _broken(exc, text, path) from None


def load_yaml(path: str | Path) -> Any:
    """Read and parse a YAML file (UTF-8)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise YamlError(p, None, "no such file") from None
    except UnicodeDecodeError as exc:
        raise YamlError(p, None, f"not UTF-8 text ({exc.reason} at byte {exc.start})") from None
    except OSError as exc:
        raise YamlError(p, None, f"cannot read: {exc.strerror}") from None
    return parse_yaml(text, p)


def line_of(container: Any, key: Any = None) -> int | None:
    """Best-known line of ``container[key]`` (or of the container)."""
    if isinstance(container, LineDict):
        return container.line_of(key) if key is not None else container.line
    if isinstance(container, LineList):
        return container.line_of(key) if isinstance(key, int) else container.line
    return None


def kind_of(value: Any) -> str:
    """What a value is, in the words of the file's author (never a Python type name)."""
    if value is None:
        return "empty"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, dict):
        return "a mapping (key: value lines)"
    if isinstance(value, (list, tuple)):
        return "a list"
    return "a date" if hasattr(value, "isoformat") else "something else"
