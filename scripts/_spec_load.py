"""Reading API descriptions written as YAML or JSON: the one loader every script uses.

swagger2openapi parses YAML strictly and rejects documents that are common in the wild
(multi-line double-quoted scalars, duplicate mapping keys). This loader accepts them, keeps
every scalar as the JSON type a YAML 1.2 reader would give it, and reports each duplicate key
so that the caller can surface it as a warning.

It also refuses what would make a reader hang or crash instead of failing with one line:

- YAML aliases that expand to more than ``MAX_ALIAS_EXPANSION`` nodes (a kilobyte of nested
  ``&a [*b, *b, ...]`` anchors can stand for billions of nodes once written out as JSON);
- an alias inside the node it names (recursive YAML), which JSON cannot hold;
- nesting deeper than the interpreter can walk;
- ``$ref``s that leave the document, point at nothing, or only point at each other.
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import unquote

import yaml

# Nodes that YAML aliases may add to a document once every alias is written out in full. The
# third-party specs this pipeline is tested on use no aliases at all; a hand-written spec that
# shares a few parameter blocks through anchors stays far below this.
MAX_ALIAS_EXPANSION = 100_000

# YAML 1.2 booleans only: "yes", "no", "on" and "off" stay strings, as in JavaScript parsers.
_YAML12_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class SpecLoadError(Exception):
    """The document cannot be read as an API description; the message is one line."""


class _AliasError(yaml.YAMLError):
    """An alias that would expand without bound or refers to the node that contains it."""


class _LenientLoader(yaml.SafeLoader):
    """Safe loader without timestamps or YAML 1.1 booleans, recording duplicate keys.

    While composing, every node records how many nodes it stands for with its aliases
    written out; an alias adds that many to a running total, so an alias bomb is refused
    after reading a few lines instead of after filling the memory.
    """

    duplicate_keys: list[str]

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.duplicate_keys = []
        self._expanded_sizes: dict[yaml.Node, int] = {}
        self._alias_expansion = 0

    def compose_node(self, parent: yaml.Node | None, index: Any) -> yaml.Node:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            target = self.anchors.get(event.anchor)
            if target is not None:
                self._count_alias(event, target)
            return super().compose_node(parent, index)

        node = super().compose_node(parent, index)
        children: list[yaml.Node] = []
        if isinstance(node, yaml.SequenceNode):
            children = node.value
        elif isinstance(node, yaml.MappingNode):
            children = [child for pair in node.value for child in pair]
        self._expanded_sizes[node] = 1 + sum(self._expanded_sizes[child] for child in children)
        return node

    def _count_alias(self, event: yaml.AliasEvent, target: yaml.Node) -> None:
        line = event.start_mark.line + 1
        size = self._expanded_sizes.get(target)
        if size is None:  # the anchored node is still being composed: it contains its alias
            raise _AliasError(
                f"alias *{event.anchor} at line {line} is inside the node it names "
                "(recursive YAML), which JSON cannot represent"
            )
        self._alias_expansion += size
        if self._alias_expansion > MAX_ALIAS_EXPANSION:
            raise _AliasError(
                f"YAML aliases expand to more than {MAX_ALIAS_EXPANSION} nodes (at alias "
                f"*{event.anchor}, line {line}); refusing what looks like an alias bomb"
            )

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[str] = set()
        for key_node, _ in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                continue
            key = key_node.value
            if key in seen and key != "<<":
                line = key_node.start_mark.line + 1
                self.duplicate_keys.append(f"duplicate key {key!r} at line {line}; last one wins")
            seen.add(key)
        mapping = super().construct_mapping(node, deep=deep)
        return {_json_key(key): value for key, value in mapping.items()}


def _install_yaml12_resolvers() -> None:
    resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for first_char, entries in yaml.SafeLoader.yaml_implicit_resolvers.items():
        kept = [(tag, regexp) for tag, regexp in entries if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
        resolvers[first_char] = kept
    _LenientLoader.yaml_implicit_resolvers = resolvers
    _LenientLoader.add_implicit_resolver(_BOOL_TAG, _YAML12_BOOL, list("tTfF"))


_install_yaml12_resolvers()


def _json_key(key: Any) -> str:
    """The key as JSON would write it: ``200`` -> ``"200"``, ``true`` -> ``"true"``."""
    if isinstance(key, str):
        return key
    if key is None or isinstance(key, (bool, int, float)):
        return json.dumps(key)
    return str(key)


def _json_pairs_hook(duplicates: list[str]) -> Any:
    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                duplicates.append(f"duplicate key {key!r}; last one wins")
            result[key] = value
        return result

    return build


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not valid JSON")


def _one_line(text: object) -> str:
    return " ".join(str(text).split())


def parse_text(text: str, *, source: str) -> tuple[Any, list[str]]:
    """Parse JSON or YAML text into JSON types; return it and one warning per duplicate key.

    Text that starts with ``{`` or ``[`` is read as JSON first, and its JSON error is the one
    reported when YAML cannot read it either. Raises ``SpecLoadError`` with a one-line reason.
    """
    stripped = text.lstrip("\ufeff \t\r\n")
    if not stripped:
        raise SpecLoadError(f"{source} is empty")

    json_error: str | None = None
    if stripped.startswith(("{", "[")):
        duplicates: list[str] = []
        try:
            document = json.loads(
                stripped,
                object_pairs_hook=_json_pairs_hook(duplicates),
                parse_constant=_reject_constant,
            )
        except ValueError as error:
            json_error = f"{source} is not valid JSON: {_one_line(error)}"
        except RecursionError as error:
            raise SpecLoadError(f"{source} is nested too deeply to read") from error
        else:
            return document, duplicates

    loader = _LenientLoader(stripped)
    try:
        document = loader.get_single_data()
    except _AliasError as error:
        raise SpecLoadError(f"{source}: {error}") from error
    except yaml.YAMLError as error:
        reason = json_error or f"{source} is not valid JSON or YAML: {_one_line(error)}"
        raise SpecLoadError(reason) from error
    except RecursionError as error:
        raise SpecLoadError(f"{source} is nested too deeply to read") from error
    finally:
        loader.dispose()
    try:
        return _jsonable(document, source), loader.duplicate_keys
    except RecursionError as error:
        raise SpecLoadError(f"{source} is nested too deeply to read") from error


def _jsonable(value: Any, source: str) -> Any:
    """Return ``value`` with only JSON types, so that it can be written as canonical JSON."""
    if isinstance(value, dict):
        return {_json_key(key): _jsonable(item, source) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item, source) for item in value]
    if isinstance(value, float) and not math.isfinite(value):
        raise SpecLoadError(f"{source} holds the number {value}, which JSON cannot represent")
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    raise SpecLoadError(f"{source} holds a value JSON cannot represent: {value!r:.80}")


# --- references ----------------------------------------------------------------------------


def iter_refs(node: Any) -> Iterator[str]:
    """Every ``$ref`` string in a document, in document order."""
    pending: list[Any] = [node]
    while pending:
        current = pending.pop()
        if isinstance(current, dict):
            children = []
            for key, value in current.items():
                if key == "$ref" and isinstance(value, str):
                    yield value
                else:
                    children.append(value)
            pending.extend(reversed(children))
        elif isinstance(current, list):
            pending.extend(reversed(current))


class _Missing:
    """What a JSON pointer that leads nowhere resolves to."""


_MISSING = _Missing()


def _pointer_target(document: Any, ref: str) -> Any:
    """The node a local ``#/...`` reference names, or ``_MISSING``."""
    node = document
    for raw in ref[1:].split("/")[1:]:
        found = False
        # A $ref is a URI fragment, so it may be percent-encoded; try the decoded token first.
        for token in dict.fromkeys((unquote(raw), raw)):
            token = token.replace("~1", "/").replace("~0", "~")
            if isinstance(node, dict) and token in node:
                node, found = node[token], True
                break
            if isinstance(node, list) and token.isdigit() and int(token) < len(node):
                node, found = node[int(token)], True
                break
        if not found:
            return _MISSING
    return node


def check_refs(document: Any, *, source: str) -> None:
    """Refuse ``$ref``s that leave the document, point at nothing, or only at each other.

    Validators and converters would otherwise fetch external references (over the network,
    or from any file on disk), fail with a traceback on a dangling one, or recurse until the
    interpreter gives up on ``A: {$ref: A}``. A cycle through a schema's properties is a
    recursive model and stays allowed: only a chain made of nothing but references is refused.
    """
    local: dict[str, None] = {}
    for ref in iter_refs(document):
        if not ref.startswith("#"):
            raise SpecLoadError(
                f"{source} has an external $ref {ref!r}; the spec must be self-contained"
            )
        local[ref] = None

    for ref in local:
        chain = [ref]
        target = _pointer_target(document, ref)
        while True:
            if target is _MISSING:
                raise SpecLoadError(f"{source}: $ref {chain[-1]!r} points at nothing")
            following = target.get("$ref") if isinstance(target, dict) else None
            if not isinstance(following, str):
                break
            if following in chain:
                loop = " -> ".join([*chain[chain.index(following) :], following])
                raise SpecLoadError(f"{source}: $refs that only point at each other: {loop}")
            chain.append(following)
            target = _pointer_target(document, following)


# --- the build's Swagger 2.0 input ---------------------------------------------------------


def load_document(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Read ``path`` as a Swagger 2.0 document; return it and one warning per duplicate key."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecLoadError(f"cannot read {path}: {error}") from error

    document, duplicates = parse_text(text, source=str(path))
    if not isinstance(document, dict):
        raise SpecLoadError(f"{path} does not hold a mapping at the top level")
    if str(document.get("swagger")) != "2.0":
        found = document.get("openapi") or document.get("swagger")
        raise SpecLoadError(
            f'{path} is not a Swagger 2.0 document (no swagger: "2.0"); found {found!r}'
        )
    # YAML's `swagger: 2.0` and JSON's "swagger": 2.0 are numbers; the converter wants "2.0".
    document["swagger"] = "2.0"

    paths = document.get("paths")
    if paths is None:
        problem = "has no paths"
    elif not isinstance(paths, dict):
        problem = f"has paths of type {type(paths).__name__}, not a mapping"
    elif not paths:
        problem = "has an empty paths object"
    else:
        problem = ""
    if problem:
        raise SpecLoadError(f"{path} {problem}: there is no operation to generate a client for")
    check_refs(document, source=str(path))
    return document, duplicates
