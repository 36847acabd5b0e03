"""Lenient loading of Swagger 2.0 documents written as YAML or JSON.

swagger2openapi parses YAML strictly and rejects documents that are common in the wild
(multi-line double-quoted scalars, duplicate mapping keys). This loader accepts them, keeps
every scalar as the JSON type a YAML 1.2 reader would give it, and reports each duplicate key
so that the caller can surface it as a warning.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

# YAML 1.2 booleans only: "yes", "no", "on" and "off" stay strings, as in JavaScript parsers.
_YAML12_BOOL = re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$")
_BOOL_TAG = "tag:yaml.org,2002:bool"
_TIMESTAMP_TAG = "tag:yaml.org,2002:timestamp"


class SpecLoadError(Exception):
    """The document cannot be read as a Swagger 2.0 description."""


class _LenientLoader(yaml.SafeLoader):
    """Safe loader without timestamps or YAML 1.1 booleans, recording duplicate keys."""

    duplicate_keys: list[str]

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
        return {str(key): value for key, value in mapping.items()}


def _install_yaml12_resolvers() -> None:
    resolvers: dict[str, list[tuple[str, re.Pattern[str]]]] = {}
    for first_char, entries in yaml.SafeLoader.yaml_implicit_resolvers.items():
        kept = [(tag, regexp) for tag, regexp in entries if tag not in (_BOOL_TAG, _TIMESTAMP_TAG)]
        resolvers[first_char] = kept
    _LenientLoader.yaml_implicit_resolvers = resolvers
    _LenientLoader.add_implicit_resolver(_BOOL_TAG, _YAML12_BOOL, list("tTfF"))


_install_yaml12_resolvers()


def _json_pairs_hook(duplicates: list[str]) -> Any:
    def build(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result: dict[str, Any] = {}
        for key, value in pairs:
            if key in result:
                duplicates.append(f"duplicate key {key!r}; last one wins")
            result[key] = value
        return result

    return build


def load_document(path: Path) -> tuple[dict[str, Any], list[str]]:
    """Read ``path`` as JSON or YAML; return the document and one warning per duplicate key."""
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise SpecLoadError(f"cannot read {path}: {error}") from error

    duplicates: list[str] = []
    document: Any
    if text.lstrip().startswith(("{", "[")):
        try:
            document = json.loads(text, object_pairs_hook=_json_pairs_hook(duplicates))
        except json.JSONDecodeError:
            document = None
    else:
        document = None

    if document is None:
        loader = _LenientLoader(text)
        loader.duplicate_keys = duplicates
        try:
            document = loader.get_single_data()
        except yaml.YAMLError as error:
            reason = " ".join(str(error).split())
            raise SpecLoadError(f"{path} is neither valid JSON nor YAML: {reason}") from error
        finally:
            loader.dispose()

    if not isinstance(document, dict):
        raise SpecLoadError(f"{path} does not hold a mapping at the top level")
    if str(document.get("swagger")) != "2.0":
        found = document.get("openapi") or document.get("swagger")
        raise SpecLoadError(
            f'{path} is not a Swagger 2.0 document (no swagger: "2.0"); found {found!r}'
        )
    return _jsonable(document, path), duplicates


def _jsonable(value: Any, path: Path) -> Any:
    """Return ``value`` with only JSON types, so that it can be written as canonical JSON."""
    if isinstance(value, dict):
        return {str(key): _jsonable(item, path) for key, item in value.items()}
    if isinstance(value, list):
        return [_jsonable(item, path) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    raise SpecLoadError(f"{path} holds a value JSON cannot represent: {value!r}")
