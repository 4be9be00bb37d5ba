"""The one strict YAML loader and dumper every diplotrack file goes through.

Loading follows YAML 1.2's core schema (``NO``, ``yes`` and ``off`` stay
strings; dates stay strings for the models to parse), rejects duplicate
keys, refuses anchors and aliases, bounds size and nesting, and turns every
failure into a `LocatedError` with a line and column. Dumping writes keys in
the order given, quotes only what a YAML 1.2 reader would misread, and
round-trips: ``load_yaml_text(dump_yaml(x)) == x``.
"""

from __future__ import annotations

import functools
import math
import re
import sys
from collections.abc import Sequence
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from diplotrack.errors import LocatedError
from diplotrack.problems import PathItem

MAX_BYTES = 256 * 1024 * 1024
MAX_DEPTH = 64

_STR_TAG = "tag:yaml.org,2002:str"
_PLAIN_TAG = "tag:diplotrack.plain"

# YAML 1.2 core schema, section 10.3.2.
_NULL = re.compile(r"^(?:~|null|Null|NULL|)$")
_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_INT10 = re.compile(r"^[-+]?[0-9]+$")
_INT8 = re.compile(r"^0o[0-7]+$")
_INT16 = re.compile(r"^0x[0-9a-fA-F]+$")
_FLOAT = re.compile(r"^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$")
_INF = re.compile(r"^[-+]?\.(?:inf|Inf|INF)$")
_NAN = re.compile(r"^\.(?:nan|NaN|NAN)$")
# YAML 1.1 words that other readers (PyYAML's safe_load) turn into booleans:
# quoting them on output keeps files meaning the same everywhere.
_BOOL_1_1 = re.compile(r"^(?:y|Y|yes|Yes|YES|n|N|no|No|NO|on|On|ON|off|Off|OFF)$")
_MAYBE_SPECIAL = frozenset("0123456789-+.~nNtTfF")


def resolve_plain_scalar(text: str) -> Any:
    """The value of an untagged plain scalar under the YAML 1.2 core schema.

    Examples:
        >>> resolve_plain_scalar("NO"), resolve_plain_scalar("2023-10-24"), resolve_plain_scalar("1.10")
        ('NO', '2023-10-24', 1.1)
    """
    if text and text[0] not in _MAYBE_SPECIAL:
        return text
    if _NULL.match(text):
        return None
    if _BOOL.match(text):
        return text[0] in "tT"
    if _INT10.match(text):
        return int(text)
    if _INT8.match(text):
        return int(text[2:], 8)
    if _INT16.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


class LoadedYaml:
    """A loaded document: its plain value, and positions of its parts on demand.

    The node tree that knows line and column of every value costs many times
    the file's size in memory, so it is composed from the text only when an
    error has to be located.
    """

    def __init__(self, value: Any, source: str | bytes, filename: str) -> None:
        self.value = value
        self.source = source
        self.filename = filename

    @functools.cached_property
    def root(self) -> Node | None:
        """The composed node tree (built on first use)."""
        loader = _NodeLoader(self.source)
        try:
            node: Node | None = loader.get_single_node()
        finally:
            loader.dispose()
        return node

    def locate(self, path: Sequence[PathItem]) -> tuple[int, int]:
        """1-based line and column of the value at ``path``, or of its nearest ancestor.

        A path that ends in a key the mapping lacks (a missing field) points at
        the mapping; a key the mapping has points at its value, except for
        unknown keys, which are best shown at the key itself: see `locate_key`.
        """
        node = self.root
        if node is None:
            return (1, 1)
        for item in path:
            child = _child(node, item)
            if child is None:
                break
            node = child[1]
        return (node.start_mark.line + 1, node.start_mark.column + 1)

    def locate_key(self, path: Sequence[PathItem]) -> tuple[int, int]:
        """1-based line and column of the key that ends ``path`` (for unknown keys)."""
        if not path:
            return self.locate(path)
        parent = self.root
        for item in path[:-1]:
            child = _child(parent, item) if parent is not None else None
            if child is None:
                return self.locate(path)
            parent = child[1]
        child = _child(parent, path[-1]) if parent is not None else None
        if child is None:
            return self.locate(path)
        key_node = child[0]
        return (key_node.start_mark.line + 1, key_node.start_mark.column + 1)


def _child(node: Node, item: PathItem) -> tuple[Node, Node] | None:
    if isinstance(node, MappingNode):
        for key_node, value_node in node.value:
            if isinstance(key_node, ScalarNode) and _scalar_key(key_node) == item:
                return (key_node, value_node)
        return None
    if isinstance(node, SequenceNode) and isinstance(item, int) and 0 <= item < len(node.value):
        return (node.value[item], node.value[item])
    return None


def _scalar_key(node: ScalarNode) -> Any:
    return resolve_plain_scalar(node.value) if node.tag == _PLAIN_TAG else node.value


class _NodeLoader(yaml.CBaseLoader if yaml.__with_libyaml__ else yaml.BaseLoader):  # type: ignore[misc]
    """Composes nodes only; plain scalars are marked so we resolve them as YAML 1.2."""

    def resolve(self, kind: type, value: Any, implicit: tuple[bool, bool]) -> str:
        if kind is ScalarNode and implicit[0]:
            return _PLAIN_TAG
        return str(super().resolve(kind, value, implicit))


def load_yaml_bytes(
    data: bytes, filename: str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH
) -> LoadedYaml:
    """Load one YAML document from bytes, strictly, with located errors."""
    if len(data) > max_bytes:
        raise LocatedError(
            filename, 1, 1, f"file is {len(data)} bytes, more than the limit of {max_bytes}", "file-too-large"
        )
    try:
        # Checked here for a located message; the parser then reads the bytes
        # themselves, so no decoded copy of a large file stays in memory.
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise invalid_utf8(data, error, filename) from None
    return _load(data, filename, max_depth)


def invalid_utf8(data: bytes, error: UnicodeDecodeError, filename: str) -> LocatedError:
    """The located error for undecodable bytes: line, and column in characters."""
    line = data.count(b"\n", 0, error.start) + 1
    line_start = data.rfind(b"\n", 0, error.start) + 1
    column = len(data[line_start : error.start].decode("utf-8", "replace")) + 1
    return LocatedError(filename, line, column, f"invalid UTF-8 byte 0x{data[error.start]:02x}", "invalid-utf8")


def load_yaml_text(text: str, filename: str = "<string>", *, max_depth: int = MAX_DEPTH) -> Any:
    """Load one YAML document from text and return its plain value."""
    return _load(text, filename, max_depth).value


def load_yaml_file(path: str, *, max_bytes: int = MAX_BYTES, max_depth: int = MAX_DEPTH) -> LoadedYaml:
    """Load one YAML file strictly. I/O failures raise `OSError`; content failures `LocatedError`."""
    with open(path, "rb") as stream:
        data = stream.read(max_bytes + 1)
    return load_yaml_bytes(data, path, max_bytes=max_bytes, max_depth=max_depth)


def _load(source: str | bytes, filename: str, max_depth: int) -> LoadedYaml:
    parser = _EventParser(source)
    try:
        value = _ValueBuilder(parser, filename, max_depth).document()
    except yaml.MarkedYAMLError as error:
        raise _syntax_error(filename, error) from None
    except yaml.YAMLError as error:
        raise LocatedError(filename, 1, 1, f"YAML syntax: {error}", "yaml-syntax") from None
    finally:
        parser.dispose()
    return LoadedYaml(value, source, filename)


def _syntax_error(filename: str, error: yaml.MarkedYAMLError) -> LocatedError:
    mark = error.problem_mark or error.context_mark
    line, column = (mark.line + 1, mark.column + 1) if mark else (1, 1)
    problem = error.problem or error.context or "invalid YAML"
    if error.problem and error.context and error.context_mark and error.context_mark is not mark:
        where = f"line {error.context_mark.line + 1}, column {error.context_mark.column + 1}"
        problem = f"{error.problem} ({error.context} at {where})"
    return LocatedError(filename, line, column, f"YAML syntax: {problem}", "yaml-syntax")


class _EventParser(yaml.CBaseLoader if yaml.__with_libyaml__ else yaml.BaseLoader):  # type: ignore[misc]
    """Yields parse events; values are built from them without keeping nodes."""


_NO_KEY = object()
_COLLECTION_TAGS = frozenset({None, "!", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"})
_SHORT_STRING = 40


class _ValueBuilder:
    """Builds plain values from parse events, enforcing the strict rules as it goes.

    Iterative rather than recursive, so that nesting depth is bounded by our
    limit, not by Python's stack. Keys are interned and short strings shared:
    position files repeat the same keys and values many thousands of times.
    """

    def __init__(self, parser: Any, filename: str, max_depth: int) -> None:
        self.parser = parser
        self.filename = filename
        self.max_depth = max_depth
        self.strings: dict[str, str] = {}

    def fail(self, event: Any, message: str, kind: str) -> LocatedError:
        mark = event.start_mark
        return LocatedError(self.filename, mark.line + 1, mark.column + 1, message, kind)

    def document(self) -> Any:
        get = self.parser.get_event
        get()  # StreamStartEvent
        event = get()
        if isinstance(event, yaml.StreamEndEvent):
            return None
        value = self.node()
        get()  # DocumentEndEvent
        event = get()
        if not isinstance(event, yaml.StreamEndEvent):
            raise self.fail(event, "a file holds one YAML document; found a second one", "multiple-documents")
        return value

    def node(self) -> Any:
        get = self.parser.get_event
        # Each open collection: [container, is_mapping, pending key or _NO_KEY].
        open_collections: list[list[Any]] = []
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                self.check_anchor_and_depth(event, len(open_collections) + 1)
                value = self.scalar(event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self.check_anchor_and_depth(event, len(open_collections) + 1)
                if event.tag not in _COLLECTION_TAGS:
                    raise self.fail(event, f"tag {event.tag!r} is not allowed", "tag")
                if open_collections and open_collections[-1][1] and open_collections[-1][2] is _NO_KEY:
                    raise self.fail(event, "a mapping key must be a plain value, not a list or mapping", "complex-key")
                is_mapping = kind is yaml.MappingStartEvent
                open_collections.append([{} if is_mapping else [], is_mapping, _NO_KEY])
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                value = open_collections.pop()[0]
            elif kind is yaml.AliasEvent:
                raise self.fail(event, "anchors (&name) and aliases (*name) are not allowed", "alias")
            else:
                raise self.fail(event, f"unexpected YAML event {kind.__name__}", "yaml-syntax")
            if not open_collections:
                return value
            parent = open_collections[-1]
            if not parent[1]:
                parent[0].append(value)
            elif parent[2] is _NO_KEY:
                if isinstance(value, str):
                    value = sys.intern(value)
                if value in parent[0]:
                    raise self.fail(event, f"duplicate key {value!r}", "duplicate-key")
                parent[2] = value
            else:
                parent[0][parent[2]] = value
                parent[2] = _NO_KEY

    def check_anchor_and_depth(self, event: Any, depth: int) -> None:
        if event.anchor is not None:
            raise self.fail(event, "anchors (&name) and aliases (*name) are not allowed", "alias")
        if depth > self.max_depth:
            raise self.fail(event, f"nesting deeper than {self.max_depth} levels", "too-deep")

    def scalar(self, event: Any) -> Any:
        tag = event.tag
        if tag is None and event.implicit[0]:
            value = resolve_plain_scalar(event.value)
        elif tag is None or tag == "!" or tag == _STR_TAG:
            value = event.value
        else:
            raise self.fail(event, f"tag {tag!r} is not allowed", "tag")
        if type(value) is str and len(value) <= _SHORT_STRING:
            value = self.strings.setdefault(value, value)
        return value


class _Resolver12(yaml.resolver.BaseResolver):
    """Tells the dumper which strings a YAML 1.2 (or 1.1) reader would not read as strings."""


def _add_implicit(tag: str, pattern: re.Pattern[str], first: str) -> None:
    _Resolver12.add_implicit_resolver(tag, pattern, list(first) or None)


_add_implicit("tag:yaml.org,2002:null", _NULL, "~nN")
_add_implicit("tag:yaml.org,2002:null", re.compile(r"^$"), "")
_add_implicit("tag:yaml.org,2002:bool", _BOOL, "tTfF")
_add_implicit("tag:yaml.org,2002:bool", _BOOL_1_1, "yYnNoO")
_add_implicit(
    "tag:yaml.org,2002:int", re.compile(_INT10.pattern + "|" + _INT8.pattern + "|" + _INT16.pattern), "-+0123456789"
)
_add_implicit(
    "tag:yaml.org,2002:float",
    re.compile(_FLOAT.pattern + "|" + _INF.pattern + "|" + _NAN.pattern),
    "-+0123456789.",
)


class _Dumper(yaml.emitter.Emitter, yaml.serializer.Serializer, yaml.representer.SafeRepresenter, _Resolver12):
    def __init__(self, stream: Any, **kwargs: Any) -> None:
        yaml.emitter.Emitter.__init__(
            self, stream, canonical=False, indent=2, width=10_000, allow_unicode=True, line_break="\n"
        )
        yaml.serializer.Serializer.__init__(self, explicit_start=False, explicit_end=False, version=None, tags=None)
        yaml.representer.SafeRepresenter.__init__(self, default_style=None, default_flow_style=False, sort_keys=False)
        _Resolver12.__init__(self)

    def ignore_aliases(self, data: Any) -> bool:
        return True

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        # Indent list items under their key, as people write them by hand.
        super().increase_indent(flow, False)


_YAML_1_1_BREAKS = frozenset("\x85\u2028\u2029")


def _represent_str(dumper: _Dumper, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if _YAML_1_1_BREAKS.intersection(value):
        # PyYAML would write these raw, and a reader folds them as line breaks.
        style = '"'
    elif "\n" in value and _literal_safe(value):
        style = "|"
    return dumper.represent_scalar(_STR_TAG, value, style=style)


def _literal_safe(value: str) -> bool:
    # A literal block cannot keep trailing spaces on lines or carriage returns exactly.
    return "\r" not in value and not any(line.endswith((" ", "\t")) for line in value.split("\n"))


_Dumper.add_representer(str, _represent_str)


def dump_yaml(value: Any) -> str:
    """YAML text for plain data (dicts, lists, str, int, float, bool, None), keys in given order.

    Examples:
        >>> print(dump_yaml({"country": "NO", "date": "2023-10-24", "items": ["a", "b"]}), end="")
        country: 'NO'
        date: 2023-10-24
        items:
          - a
          - b
    """
    return str(yaml.dump(value, Dumper=_Dumper, encoding=None))
