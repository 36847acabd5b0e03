"""OpenAPI Overlay 1.0 documents applied to the spec before and after conversion.

Overlays live in one folder: ``*.pre.yaml`` files edit the Swagger 2.0 document before
swagger2openapi sees it, ``*.post.yaml`` files edit the converted OpenAPI 3 document. They are
applied in file-name order with oas-patch. oas-patch silently skips an action whose target
matches nothing, which would let a patch rot unnoticed when the spec changes, so every target
is checked first and an unmatched one stops the build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from _spec_load import SpecLoadError, parse_text
from jsonpath_ng.exceptions import JsonPathLexerError, JsonPathParserError
from jsonpath_ng.ext import parse as parse_jsonpath
from jsonschema import Draft202012Validator
from oas_patch.overlay import apply_overlay
from oas_patch.validator import load_schema

PRE_SUFFIX = ".pre.yaml"
POST_SUFFIX = ".post.yaml"


class OverlayError(Exception):
    """An overlay is malformed or one of its actions does not apply."""


def overlay_files(patches_dir: Path | None, suffix: str) -> list[Path]:
    """The overlays in ``patches_dir`` whose names end with ``suffix``, in name order."""
    if patches_dir is None:
        return []
    if not patches_dir.is_dir():
        raise OverlayError(f"patches folder {patches_dir} does not exist")
    return sorted(path for path in patches_dir.iterdir() if path.name.endswith(suffix))


def load_overlay(path: Path) -> dict[str, Any]:
    """Read and validate one overlay against the Overlay 1.0 schema shipped with oas-patch."""
    try:
        # The spec's own reader, so an overlay gets the same YAML 1.2 scalars and the same
        # refusal of alias bombs and recursive aliases.
        overlay, _duplicates = parse_text(path.read_text(encoding="utf-8"), source=path.name)
    except (OSError, UnicodeDecodeError, SpecLoadError) as error:
        reason = " ".join(str(error).split())
        raise OverlayError(f"cannot read overlay {path.name}: {reason}") from error

    validator = Draft202012Validator(load_schema("overlay_schema_1.0.0.yml"))
    problems = sorted(validator.iter_errors(overlay), key=lambda problem: list(problem.path))
    if problems:
        where = "/".join(str(part) for part in problems[0].path) or "top level"
        raise OverlayError(
            f"overlay {path.name} is not Overlay 1.0 ({where}: {problems[0].message})"
        )
    return overlay


def apply_overlay_checked(document: dict[str, Any], overlay: dict[str, Any], name: str) -> int:
    """Apply ``overlay`` to ``document`` in place, one action at a time; return the count.

    Each target is checked against the document as the earlier actions left it, which is
    the order in which oas-patch applies them.
    """
    actions = overlay.get("actions", [])
    for number, action in enumerate(actions, start=1):
        target = action["target"]
        try:
            matches = parse_jsonpath(target).find(document)
        except (JsonPathLexerError, JsonPathParserError) as error:
            raise OverlayError(
                f"overlay {name}, action {number}: target {target!r} is not a JSONPath ({error})"
            ) from error
        if not matches:
            raise OverlayError(
                f"overlay {name}, action {number}: target {target!r} matches nothing in the spec"
            )
        apply_overlay(document, {"actions": [action]})
    return len(actions)


def apply_overlays(document: dict[str, Any], paths: list[Path]) -> list[str]:
    """Apply each overlay in ``paths`` to ``document`` in place; return one note per file."""
    notes: list[str] = []
    for path in paths:
        count = apply_overlay_checked(document, load_overlay(path), path.name)
        notes.append(f"overlay {path.name}: {count} action(s) applied")
    return notes
