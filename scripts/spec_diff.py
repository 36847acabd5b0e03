"""Breaking-change report between two versions of an API description.

Compares an old and a new Swagger 2.0 (or OpenAPI 3) document from the point of view of
someone who calls the API through the generated client, and lists what would break their
code or their requests: removed or moved operations, removed or newly required parameters,
type and format changes, removed request or response fields, newly required request fields,
removed enum values, changed security. Compatible changes are listed too.

    python scripts/spec_diff.py old.json new.yaml            # human-readable lines
    python scripts/spec_diff.py old.json new.json --json     # the same as JSON

Exit status: 0 when nothing breaks (or with --accept-breaking), 1 when something breaks,
2 when an input cannot be read or is not an API description.

Why a hand-written comparison: the maintained diff tools reachable from this project's
registries either need a Go binary (oasdiff, openapi-changes) or, like npm's `openapi-diff`,
judge only whole request and response bodies and miss parameter, type and security changes.
The comparison below walks the two documents directly and resolves local `$ref`s.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import _cli
from _spec_load import SpecLoadError, iter_refs, parse_text

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
PREFERRED_MEDIA_TYPES = ("application/json", "*/*")
SECURITY_SCHEME_FIELDS = (
    "type",
    "in",
    "name",
    "scheme",
    "flow",
    "tokenUrl",
    "authorizationUrl",
    "openIdConnectUrl",
)

Json = Any
Schema = Mapping[str, Any]


class SpecError(Exception):
    """An input that cannot be read, parsed or understood as an API description."""


@dataclass(frozen=True)
class Change:
    """One difference between the two documents."""

    breaking: bool
    code: str
    operation: str
    message: str

    def line(self) -> str:
        label = "breaking" if self.breaking else "compatible"
        where = f"{self.operation}: " if self.operation else ""
        return f"{label:<11} {where}{self.message}"


# --- reading documents -------------------------------------------------------------------


def parse_document(text: str, *, source: str) -> dict[str, Json]:
    """Parse JSON or YAML text into a dict whose keys are all strings, keeping key order.

    The reading is the build's (``_spec_load.parse_text``): YAML 1.2 scalars, a bound on
    alias expansion, no recursive aliases. Raises ``SpecError`` with a one-line reason.
    """
    try:
        document, _duplicates = parse_text(text, source=source)
    except SpecLoadError as error:
        raise SpecError(str(error)) from error

    if not isinstance(document, dict):
        kind = type(document).__name__
        raise SpecError(f"{source} is not an API description: its top level is a {kind}")
    return document


def api_kind(document: Mapping[str, Json]) -> str:
    """Return "swagger2" or "openapi3", or raise SpecError for anything else."""
    if str(document.get("swagger", "")) == "2.0":
        kind = "swagger2"
    elif str(document.get("openapi", "")).startswith("3."):
        kind = "openapi3"
    else:
        raise SpecError("not a Swagger 2.0 or OpenAPI 3 document (no swagger/openapi field)")

    if not isinstance(document.get("paths"), Mapping):
        raise SpecError("the document has no 'paths' object")
    return kind


def load_document(path: Path) -> dict[str, Json]:
    """Read a Swagger 2.0 or OpenAPI 3 file (JSON or YAML)."""
    if not str(path):
        raise SpecError("no file given")
    try:
        text = path.read_text(encoding="utf-8-sig")
    except OSError as error:
        raise SpecError(f"cannot read {path}: {error.strerror or error}") from error
    except UnicodeDecodeError as error:
        raise SpecError(f"{path} is not UTF-8 text") from error

    document = parse_document(text, source=str(path))
    try:
        api_kind(document)
    except SpecError as error:
        raise SpecError(f"{path}: {error}") from error
    return document


# --- a common shape for both Swagger 2.0 and OpenAPI 3 -----------------------------------


@dataclass
class Parameter:
    location: str
    name: str
    required: bool
    schema: Schema


@dataclass
class Operation:
    method: str
    path: str
    operation_id: str | None
    parameters: dict[tuple[str, str], Parameter]
    request_body: Schema | None
    request_body_required: bool
    responses: dict[str, Schema | None]
    security: frozenset[frozenset[str]]

    @property
    def label(self) -> str:
        return f"{self.method.upper()} {self.path}"


@dataclass
class Document:
    """One API description with its `$ref`s resolvable."""

    raw: Mapping[str, Json]
    kind: str = field(init=False)

    def __post_init__(self) -> None:
        self.kind = api_kind(self.raw)
        # Check every reference up front: one in an operation that only exists on one side
        # would otherwise never be followed.
        for ref in iter_refs(self.raw):
            self._lookup(ref)

    def resolve(self, node: Json) -> Json:
        """Follow local `$ref`s until a node without one is reached."""
        seen: set[str] = set()
        while isinstance(node, Mapping) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref in seen:
                raise SpecError(f"$ref cycle at {ref}")
            seen.add(ref)
            node = self._lookup(ref)
        return node

    def _lookup(self, ref: str) -> Json:
        if not ref.startswith("#/"):
            raise SpecError(f"only local $refs are supported, found {ref!r}")
        node: Json = self.raw
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            if not isinstance(node, Mapping) or part not in node:
                raise SpecError(f"$ref {ref!r} points at nothing")
            node = node[part]
        return node

    def security_schemes(self) -> Mapping[str, Json]:
        if self.kind == "swagger2":
            schemes = self.raw.get("securityDefinitions") or {}
        else:
            schemes = (self.raw.get("components") or {}).get("securitySchemes") or {}
        return {name: self.resolve(scheme) for name, scheme in schemes.items()}

    def base_path(self) -> str:
        if self.kind == "swagger2":
            return str(self.raw.get("basePath") or "/").rstrip("/") or "/"
        servers = self.raw.get("servers") or [{}]
        url = str(servers[0].get("url") or "/")
        path = re.sub(r"^[a-zA-Z][a-zA-Z0-9+.-]*://[^/]*", "", url)
        return path.rstrip("/") or "/"

    def operations(self) -> Iterator[Operation]:
        for path, path_item in self.raw["paths"].items():
            path_item = self.resolve(path_item)
            if not isinstance(path_item, Mapping):
                continue
            shared = path_item.get("parameters") or []
            for method in HTTP_METHODS:
                operation = path_item.get(method)
                if isinstance(operation, Mapping):
                    yield self._operation(method, path, operation, shared)

    def _operation(
        self, method: str, path: str, operation: Mapping[str, Json], shared: Sequence[Json]
    ) -> Operation:
        parameters: dict[tuple[str, str], Parameter] = {}
        request_body: Schema | None = None
        request_body_required = False

        # Operation-level parameters override path-level ones with the same name and place.
        for raw_parameter in [*shared, *(operation.get("parameters") or [])]:
            parameter = self.resolve(raw_parameter)
            location, name = parameter.get("in"), parameter.get("name")
            if location == "body":
                request_body = parameter.get("schema") or {}
                request_body_required = bool(parameter.get("required"))
                continue
            if "schema" in parameter:
                schema = parameter["schema"]
            else:
                # A Swagger 2.0 non-body parameter carries its type, format, enum, items.
                ignored = ("name", "in", "required", "description")
                schema = {k: v for k, v in parameter.items() if k not in ignored}
            parameters[(str(location), str(name))] = Parameter(
                location=str(location),
                name=str(name),
                required=bool(parameter.get("required")) or location == "path",
                schema=schema,
            )

        if "requestBody" in operation:
            body = self.resolve(operation["requestBody"])
            request_body = self._media_schema(body.get("content")) or {}
            request_body_required = bool(body.get("required"))

        responses: dict[str, Schema | None] = {}
        for status, raw_response in (operation.get("responses") or {}).items():
            response = self.resolve(raw_response)
            if self.kind == "swagger2":
                responses[str(status)] = response.get("schema")
            else:
                responses[str(status)] = self._media_schema(response.get("content"))

        security_source = operation["security"] if "security" in operation else None
        if security_source is None:
            security_source = self.raw.get("security") or []

        return Operation(
            method=method,
            path=path,
            operation_id=operation.get("operationId"),
            parameters=parameters,
            request_body=request_body,
            request_body_required=request_body_required,
            responses=responses,
            security=frozenset(frozenset(requirement) for requirement in security_source),
        )

    @staticmethod
    def _media_schema(content: Mapping[str, Json] | None) -> Schema | None:
        if not content:
            return None
        for media_type in PREFERRED_MEDIA_TYPES:
            if media_type in content:
                return content[media_type].get("schema")
        return next(iter(content.values())).get("schema")


# --- the comparison ----------------------------------------------------------------------


def _template_key(path: str) -> str:
    """`/users/{id}` and `/users/{user_id}` are the same route."""
    return re.sub(r"\{[^}/]*\}", "{}", path)


def _template_names(path: str) -> list[str]:
    return re.findall(r"\{([^}/]*)\}", path)


def _describe_type(schema: Schema) -> str | None:
    declared = schema.get("type")
    if declared is not None:
        return "|".join(declared) if isinstance(declared, list) else str(declared)
    if "properties" in schema or "additionalProperties" in schema:
        return "object"
    if "items" in schema:
        return "array"
    return None


def _field_phrase(field_path: str) -> str:
    return f" field '{field_path}'" if field_path else ""


class _Comparison:
    def __init__(self, old: Document, new: Document) -> None:
        self.old = old
        self.new = new
        self.changes: list[Change] = []
        self._schemas_in_progress: set[tuple[int, int]] = set()

    def add(self, breaking: bool, code: str, operation: str, message: str) -> None:
        self.changes.append(Change(breaking, code, operation, message))

    # Document level.

    def compare_documents(self) -> None:
        old_base, new_base = self.old.base_path(), self.new.base_path()
        if old_base != new_base:
            message = f"base path changed from {old_base} to {new_base}"
            self.add(True, "base_path.changed", "", message)

        self.compare_security_schemes()
        self.compare_operations()

    def compare_security_schemes(self) -> None:
        old_schemes, new_schemes = self.old.security_schemes(), self.new.security_schemes()
        for name, old_scheme in old_schemes.items():
            if name not in new_schemes:
                self.add(True, "security_scheme.removed", "", f"security scheme '{name}' removed")
                continue
            new_scheme = new_schemes[name]
            for key in SECURITY_SCHEME_FIELDS:
                if key in old_scheme and key in new_scheme and old_scheme[key] != new_scheme[key]:
                    self.add(
                        True,
                        "security_scheme.changed",
                        "",
                        f"security scheme '{name}': {key} changed from "
                        f"{old_scheme[key]!r} to {new_scheme[key]!r}",
                    )
        for name in new_schemes:
            if name not in old_schemes:
                self.add(False, "security_scheme.added", "", f"security scheme '{name}' added")

    def compare_operations(self) -> None:
        old_ops = {(op.method, _template_key(op.path)): op for op in self.old.operations()}
        new_ops = {(op.method, _template_key(op.path)): op for op in self.new.operations()}
        unmatched_new = {key: op for key, op in new_ops.items() if key not in old_ops}
        new_by_id = {op.operation_id: key for key, op in unmatched_new.items() if op.operation_id}

        for key, old_op in old_ops.items():
            if key in new_ops:
                self.compare_operation(old_op, new_ops[key])
            elif old_op.operation_id and old_op.operation_id in new_by_id:
                new_op = unmatched_new.pop(new_by_id.pop(old_op.operation_id))
                self.add(
                    True,
                    "operation.moved",
                    old_op.label,
                    f"operation '{old_op.operation_id}' moved to {new_op.label}",
                )
                self.compare_operation(old_op, new_op)
            else:
                self.add(True, "operation.removed", old_op.label, "operation removed")

        for new_op in unmatched_new.values():
            self.add(False, "operation.added", new_op.label, "operation added")

    # Operation level.

    def compare_operation(self, old_op: Operation, new_op: Operation) -> None:
        label = new_op.label
        self.compare_parameters(old_op, new_op, label)
        self.compare_request_body(old_op, new_op, label)
        self.compare_responses(old_op, new_op, label)
        self.compare_security(old_op.security, new_op.security, label)

    def compare_parameters(self, old_op: Operation, new_op: Operation, label: str) -> None:
        old_params, new_params = dict(old_op.parameters), dict(new_op.parameters)

        # A path parameter renamed in the template is one change, not a removal plus an add.
        # A moved operation may have a different number of them, hence strict=False.
        old_names, new_names = _template_names(old_op.path), _template_names(new_op.path)
        for old_name, new_name in zip(old_names, new_names, strict=False):
            old_key, new_key = ("path", old_name), ("path", new_name)
            if old_name != new_name and old_key in old_params and new_key in new_params:
                self.add(
                    True,
                    "parameter.renamed",
                    label,
                    f"path parameter '{old_name}' renamed to '{new_name}'",
                )
                old_param, new_param = old_params.pop(old_key), new_params.pop(new_key)
                where = f"path parameter '{new_name}'"
                self.compare_schema(old_param.schema, new_param.schema, label, where, "", "request")

        for key, old_param in old_params.items():
            where = f"{old_param.location} parameter '{old_param.name}'"
            new_param = new_params.get(key)
            if new_param is None:
                self.add(True, "parameter.removed", label, f"{where} removed")
                continue
            if new_param.required and not old_param.required:
                self.add(True, "parameter.now_required", label, f"{where} is now required")
            elif old_param.required and not new_param.required:
                self.add(False, "parameter.now_optional", label, f"{where} is now optional")
            self.compare_schema(old_param.schema, new_param.schema, label, where, "", "request")

        for key, new_param in new_params.items():
            if key in old_params:
                continue
            where = f"{new_param.location} parameter '{new_param.name}'"
            if new_param.required:
                self.add(True, "parameter.added_required", label, f"required {where} added")
            else:
                self.add(False, "parameter.added", label, f"optional {where} added")

    def compare_request_body(self, old_op: Operation, new_op: Operation, label: str) -> None:
        old_body, new_body = old_op.request_body, new_op.request_body
        if old_body is None and new_body is None:
            return
        if new_body is None:
            self.add(True, "request.body_removed", label, "request body removed")
            return
        if old_body is None:
            if new_op.request_body_required:
                self.add(True, "request.body_added_required", label, "required request body added")
            else:
                self.add(False, "request.body_added", label, "optional request body added")
            return
        if new_op.request_body_required and not old_op.request_body_required:
            self.add(True, "request.body_now_required", label, "request body is now required")
        self.compare_schema(old_body, new_body, label, "request body", "", "request")

    def compare_responses(self, old_op: Operation, new_op: Operation, label: str) -> None:
        for status, old_schema in old_op.responses.items():
            where = f"response {status}"
            succeeds = status.startswith("2")
            if status not in new_op.responses:
                # Callers depend on what a success returns; a dropped error response is noise.
                self.add(succeeds, "response.removed", label, f"{where} removed")
                continue
            new_schema = new_op.responses[status]
            if old_schema is not None and new_schema is None:
                self.add(succeeds, "response.body_removed", label, f"{where} no longer has a body")
            elif old_schema is not None and new_schema is not None:
                self.compare_schema(old_schema, new_schema, label, where, "", "response")
        for status in new_op.responses:
            if status not in old_op.responses:
                self.add(False, "response.added", label, f"response {status} added")

    def compare_security(
        self, old: frozenset[frozenset[str]], new: frozenset[frozenset[str]], label: str
    ) -> None:
        old_public = not old or frozenset() in old
        new_public = not new or frozenset() in new
        if old == new or new_public:
            if not old_public and new_public:
                self.add(False, "security.removed", label, "no longer requires authentication")
            return
        if old_public:
            self.add(True, "security.added", label, f"now requires {_describe_security(new)}")
        elif not old <= new:
            self.add(
                True,
                "security.changed",
                label,
                f"security changed from {_describe_security(old)} to {_describe_security(new)}",
            )
        else:
            message = f"now also accepts {_describe_security(new - old)}"
            self.add(False, "security.widened", label, message)

    # Schema level.

    def compare_schema(
        self,
        old_schema: Json,
        new_schema: Json,
        label: str,
        where: str,
        field_path: str,
        direction: str,
    ) -> None:
        old_schema = _flatten_all_of(self.old, self.old.resolve(old_schema))
        new_schema = _flatten_all_of(self.new, self.new.resolve(new_schema))
        if not isinstance(old_schema, Mapping) or not isinstance(new_schema, Mapping):
            return

        # Recursive models (a comment whose replies are comments) stop at the first repeat
        # along one path; the same model under another operation is compared again.
        pair = (id(old_schema), id(new_schema))
        if pair in self._schemas_in_progress:
            return
        self._schemas_in_progress.add(pair)
        try:
            self._compare_resolved_schemas(
                old_schema, new_schema, label, where, field_path, direction
            )
        finally:
            self._schemas_in_progress.discard(pair)

    def _compare_resolved_schemas(
        self,
        old_schema: Schema,
        new_schema: Schema,
        label: str,
        where: str,
        field_path: str,
        direction: str,
    ) -> None:
        at = f"{where}{_field_phrase(field_path)}"
        old_type, new_type = _describe_type(old_schema), _describe_type(new_schema)
        if old_type and new_type and old_type != new_type:
            message = f"{at}: type changed from {old_type} to {new_type}"
            self.add(True, "type.changed", label, message)
            return

        old_format, new_format = old_schema.get("format"), new_schema.get("format")
        if old_format != new_format:
            # The generator maps formats to Python types (date-time to datetime, binary to File).
            self.add(
                True,
                "format.changed",
                label,
                f"{at}: format changed from {old_format or 'none'} to {new_format or 'none'}",
            )

        self.compare_enum(old_schema, new_schema, label, at, direction)
        self.compare_properties(old_schema, new_schema, label, where, field_path, direction)

        if "items" in old_schema and "items" in new_schema:
            self.compare_schema(
                old_schema["items"], new_schema["items"], label, where, f"{field_path}[]", direction
            )
        old_extra = old_schema.get("additionalProperties")
        new_extra = new_schema.get("additionalProperties")
        if isinstance(old_extra, Mapping) and isinstance(new_extra, Mapping):
            self.compare_schema(old_extra, new_extra, label, where, f"{field_path}{{}}", direction)

    def compare_enum(
        self, old_schema: Schema, new_schema: Schema, label: str, at: str, direction: str
    ) -> None:
        old_enum, new_enum = old_schema.get("enum"), new_schema.get("enum")
        if old_enum is None and new_enum is None:
            return
        if old_enum is None:
            # A value that used to be free-form is now restricted: old requests may be refused.
            breaking = direction == "request"
            self.add(breaking, "enum.added", label, f"{at}: now limited to {_values(new_enum)}")
            return
        if new_enum is None:
            self.add(False, "enum.removed", label, f"{at}: no longer limited to listed values")
            return
        for value in old_enum:
            if value not in new_enum:
                self.add(True, "enum.value_removed", label, f"{at}: enum value {value!r} removed")
        for value in new_enum:
            if value not in old_enum:
                self.add(False, "enum.value_added", label, f"{at}: enum value {value!r} added")

    def compare_properties(
        self,
        old_schema: Schema,
        new_schema: Schema,
        label: str,
        where: str,
        field_path: str,
        direction: str,
    ) -> None:
        old_props = old_schema.get("properties") or {}
        new_props = new_schema.get("properties") or {}
        old_required = set(old_schema.get("required") or [])
        new_required = set(new_schema.get("required") or [])
        side = "request" if direction == "request" else "response"

        for name, old_prop in old_props.items():
            path = f"{field_path}.{name}" if field_path else name
            if name not in new_props:
                self.add(True, f"{side}.field_removed", label, f"{where}: field '{path}' removed")
                continue
            if direction == "request" and name in new_required and name not in old_required:
                message = f"{where}: field '{path}' is now required"
                self.add(True, "request.field_now_required", label, message)
            if direction == "response" and name in old_required and name not in new_required:
                message = f"{where}: field '{path}' may now be absent"
                self.add(True, "response.field_now_optional", label, message)
            self.compare_schema(old_prop, new_props[name], label, where, path, direction)

        for name in new_props:
            if name in old_props:
                continue
            path = f"{field_path}.{name}" if field_path else name
            if direction == "request" and name in new_required:
                message = f"{where}: required field '{path}' added"
                self.add(True, "request.field_added_required", label, message)
            else:
                self.add(False, f"{side}.field_added", label, f"{where}: field '{path}' added")


def _flatten_all_of(document: Document, schema: Json) -> Json:
    """Merge `allOf` parts into one object schema (properties and required lists)."""
    if not isinstance(schema, Mapping) or "allOf" not in schema:
        return schema
    merged: dict[str, Json] = {k: v for k, v in schema.items() if k != "allOf"}
    properties: dict[str, Json] = dict(merged.get("properties") or {})
    required: list[str] = list(merged.get("required") or [])
    for part in schema["allOf"]:
        part = _flatten_all_of(document, document.resolve(part))
        if not isinstance(part, Mapping):
            continue
        properties.update(part.get("properties") or {})
        required.extend(name for name in part.get("required") or [] if name not in required)
        for key in ("type", "enum", "items", "additionalProperties", "format"):
            if key in part and key not in merged:
                merged[key] = part[key]
    if properties:
        merged["properties"] = properties
    if required:
        merged["required"] = required
    return merged


def _values(values: Sequence[Json]) -> str:
    return ", ".join(repr(value) for value in values)


def _describe_security(alternatives: frozenset[frozenset[str]]) -> str:
    if not alternatives:
        return "no authentication"
    parts = sorted(" + ".join(sorted(requirement)) or "none" for requirement in alternatives)
    return " or ".join(parts)


def diff_specs(old: Mapping[str, Json], new: Mapping[str, Json]) -> list[Change]:
    """Compare two parsed API descriptions and return every change found, breaking first.

    >>> old = {"swagger": "2.0", "paths": {"/a": {"get": {"responses": {}}}}}
    >>> [change.line() for change in diff_specs(old, {"swagger": "2.0", "paths": {}})]
    ['breaking    GET /a: operation removed']
    """
    comparison = _Comparison(Document(old), Document(new))
    comparison.compare_documents()
    return sorted(comparison.changes, key=lambda change: not change.breaking)


def format_report(changes: Sequence[Change]) -> str:
    """Human-readable lines, one per change, and a summary line."""
    breaking = sum(change.breaking for change in changes)
    compatible = len(changes) - breaking
    lines = [change.line() for change in changes]
    if changes:
        lines.append(
            f"{_count(breaking, 'breaking change')}, {_count(compatible, 'compatible change')}"
        )
    else:
        lines.append("no changes to operations, parameters, schemas or security")
    return "\n".join(lines)


def report_as_json(changes: Sequence[Change], *, old: str, new: str) -> str:
    payload = {
        "old": old,
        "new": new,
        "breaking": [asdict(change) for change in changes if change.breaking],
        "compatible": [asdict(change) for change in changes if not change.breaking],
    }
    for group in ("breaking", "compatible"):
        for item in payload[group]:
            del item["breaking"]
    return json.dumps(payload, indent=2)


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="spec_diff.py",
        description="List the changes between two Swagger 2.0 / OpenAPI 3 documents and say "
        "which ones break callers of the generated client.",
        epilog="Exit status: 0 no breaking change (or --accept-breaking), 1 breaking changes, "
        "2 unreadable input.",
    )
    parser.add_argument("old", type=Path, help="the earlier spec (JSON or YAML)")
    parser.add_argument("new", type=Path, help="the later spec (JSON or YAML)")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    parser.add_argument(
        "--accept-breaking",
        action="store_true",
        help="exit 0 even when breaking changes are found",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"print the traceback of an unexpected failure (or set {_cli.DEBUG_ENV_VAR}=1)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    # An unexpected failure is still "could not compare": exit 2, never 1 (breaking changes).
    return _cli.run_guarded(lambda: run(args), debug=args.debug, exit_status=2)


def run(args: argparse.Namespace) -> int:
    try:
        if not str(args.old) or str(args.old) == ".":
            raise SpecError("no old spec given (make diff OLD=old.json NEW=new.json)")
        if not str(args.new) or str(args.new) == ".":
            raise SpecError("no new spec given (make diff OLD=old.json NEW=new.json)")
        changes = diff_specs(load_document(args.old), load_document(args.new))
    except SpecError as error:
        print(f"error: {error}", file=sys.stderr)
        return 2

    if args.json:
        print(report_as_json(changes, old=str(args.old), new=str(args.new)))
    else:
        print(format_report(changes))

    breaking = sum(change.breaking for change in changes)
    if breaking and not args.accept_breaking:
        print(
            f"error: {_count(breaking, 'breaking change')} from {args.old} to {args.new} "
            "(accept them with --accept-breaking, or SPEC_ACCEPT_BREAKING=1 through make)",
            file=sys.stderr,
        )
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
