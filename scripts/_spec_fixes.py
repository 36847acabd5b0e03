"""General fixes that make real-world Swagger 2.0 documents convert and generate cleanly.

Each fix is a function that edits the document in place and returns one note per change, so
the build can report what it changed. None of them knows about a particular API: they repair
patterns that swagger2openapi or openapi-python-client cannot handle, wherever they appear.
"""

from __future__ import annotations

import copy
import hashlib
import keyword
import re
from collections.abc import Callable, Iterator
from typing import Any

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Longest class, module or function name we let the generator derive from the document; file
# systems allow 255 bytes per name, and names longer than this are unreadable anyway.
MAX_NAME_LENGTH = 64

JSON_MEDIA_TYPE = "application/json"
BINARY_MEDIA_TYPE = "application/octet-stream"
FORM_MEDIA_TYPE = "application/x-www-form-urlencoded"
MULTIPART_MEDIA_TYPE = "multipart/form-data"
FORM_MEDIA_TYPES = (FORM_MEDIA_TYPE, MULTIPART_MEDIA_TYPE)
BINARY_SCHEMA: dict[str, str] = {"type": "string", "format": "binary"}

Document = dict[str, Any]
# Keys whose values are data, not schemas: never search them for schema keywords.
_VALUE_KEYS = frozenset({"example", "examples", "default", "enum", "const"})
Fix = Callable[[Document], list[str]]


# ----------------------------------------------------------------------------- helpers


def iter_operations(document: Document) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """Yield ``(path, method, operation)`` for every operation, in document order."""
    for path, path_item in (document.get("paths") or {}).items():
        if not isinstance(path_item, dict):
            continue
        for method, operation in path_item.items():
            if method in HTTP_METHODS and isinstance(operation, dict):
                yield path, method, operation


def iter_schemas(node: Any) -> Iterator[dict[str, Any]]:
    """Yield every mapping below ``node`` that sits where a schema or sub-schema may sit."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, dict):
            yield current
            stack.extend(
                value
                for key, value in current.items()
                if key not in _VALUE_KEYS and not key.startswith("x-")
            )
        elif isinstance(current, list):
            stack.extend(current)


def media_type_name(media_type: str) -> str:
    """Return ``type/subtype`` in lower case, without parameters."""
    return media_type.split(";", 1)[0].strip().lower()


def is_json_media_type(media_type: str) -> bool:
    name = media_type_name(media_type)
    subtype = name.split("/", 1)[-1]
    return subtype == "json" or subtype.endswith("+json") or subtype.startswith("json")


def snake_case(text: str) -> str:
    """A lower-case identifier made of the words of ``text``."""
    text = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", text)
    words = re.findall(r"[A-Za-z0-9]+", text)
    return "_".join(word.lower() for word in words)


def capped_name(name: str, limit: int = MAX_NAME_LENGTH) -> str:
    """``name`` itself when short enough, else a prefix plus a short stable hash."""
    if len(name) <= limit:
        return name
    digest = hashlib.sha256(name.encode("utf-8")).hexdigest()[:8]
    return f"{name[: limit - 9].rstrip('_ -.')}_{digest}"


def _operation_label(path: str, method: str) -> str:
    return f"{method.upper()} {path}"


# ----------------------------------------------------------------- Swagger 2.0 fixes


def fix_operation_ids(document: Document) -> list[str]:
    """Give every operation an operationId that is unique once turned into a Python name.

    Missing ids are derived from method and path. Ids that collide after snake-casing
    (the generator writes one module per id, so a collision silently loses an operation)
    get a numeric suffix in document order. Over-long ids are shortened.
    """
    notes: list[str] = []
    taken: set[str] = set()
    for path, method, operation in iter_operations(document):
        label = _operation_label(path, method)
        original = operation.get("operationId")
        if not isinstance(original, str) or not snake_case(original):
            operation_id = snake_case(f"{method} {path}") or method
            notes.append(f"{label}: no operationId; using {operation_id!r}")
        else:
            operation_id = original

        shortened = capped_name(operation_id)
        if shortened != operation_id:
            notes.append(f"{label}: operationId {operation_id!r} shortened to {shortened!r}")
            operation_id = shortened

        unique = operation_id
        counter = 2
        while snake_case(unique) in taken or keyword.iskeyword(snake_case(unique)):
            unique = f"{operation_id}_{counter}"
            counter += 1
        if unique != operation_id:
            notes.append(f"{label}: operationId {operation_id!r} is taken; using {unique!r}")
        taken.add(snake_case(unique))
        operation["operationId"] = unique
    return notes


_PATH_PARAMETER = re.compile(r"{([^{}]+)}")
_UNSAFE_PARAMETER_CHARS = re.compile(r"[^A-Za-z0-9_-]")


def _resolve_parameter(document: Document, parameter: Any) -> dict[str, Any]:
    """The parameter object itself, following a ``#/parameters/...`` reference."""
    if not isinstance(parameter, dict):
        return {}
    reference = parameter.get("$ref")
    if isinstance(reference, str) and reference.startswith("#/parameters/"):
        target = (document.get("parameters") or {}).get(reference.split("/", 2)[2])
        return target if isinstance(target, dict) else {}
    return parameter


def _path_parameter_renames(names: list[str]) -> dict[str, str]:
    """New names for the placeholders the generator cannot read, distinct from the others.

    The generator accepts a placeholder that starts with a letter, ``_`` or ``-`` and goes on
    with letters, digits, ``_`` and ``-``; anything else is replaced by ``_``, and a leading
    digit gets a ``p`` in front (``{1x}`` -> ``{p1x}``).
    """
    taken = set(names)
    renames: dict[str, str] = {}
    for name in dict.fromkeys(names):
        new_name = _UNSAFE_PARAMETER_CHARS.sub("_", name)
        if not new_name or new_name[0].isdigit():
            new_name = f"p{new_name}"
        if new_name == name:
            continue
        unique, counter = new_name, 2
        while unique in taken:
            unique = f"{new_name}_{counter}"
            counter += 1
        taken.add(unique)
        renames[name] = unique
    return renames


def _rename_placeholders(path: str, renames: dict[str, str]) -> str:
    return _PATH_PARAMETER.sub(lambda match: "{" + renames.get(match[1], match[1]) + "}", path)


def fix_path_parameter_names(document: Document) -> list[str]:
    """Rename path parameters such as ``{chan_point.funding_txid_str}`` to identifiers.

    The generator matches path template names against parameter names and skips the whole
    operation when a name is not a plain identifier. The wire format is unchanged: only the
    placeholder name differs, the value still fills the same path segment.
    """
    notes: list[str] = []
    paths = document.get("paths") or {}
    new_paths: dict[str, str] = {}
    for path in paths:
        renames = _path_parameter_renames(_PATH_PARAMETER.findall(path))
        if not renames:
            continue

        new_path = _rename_placeholders(path, renames)
        path_item = paths[path]
        parameter_lists = [path_item.get("parameters") or []]
        parameter_lists += [
            operation.get("parameters") or []
            for operation in path_item.values()
            if isinstance(operation, dict)
        ]
        for parameters in parameter_lists:
            for index, parameter in enumerate(parameters):
                resolved = _resolve_parameter(document, parameter)
                if resolved.get("in") == "path" and resolved.get("name") in renames:
                    # A shared parameter may serve other paths too: rename a copy.
                    parameters[index] = {**resolved, "name": renames[resolved["name"]]}
        new_paths[path] = new_path
        notes.append(f"path {path}: parameters renamed to identifiers ({new_path})")
    if new_paths:
        document["paths"] = {new_paths.get(path, path): item for path, item in paths.items()}
    return notes


def _response_schemas(operation: dict[str, Any]) -> Iterator[Any]:
    for response in (operation.get("responses") or {}).values():
        if isinstance(response, dict) and "schema" in response:
            yield response["schema"]


def fix_media_types(document: Document) -> list[str]:
    """Give every operation explicit ``produces``/``consumes`` the generator understands.

    - No ``produces`` anywhere: swagger2openapi writes ``*/*``, which the generator cannot
      read, so the responses vanish. JSON is assumed, or raw bytes for ``type: file``.
    - A body parameter next to form media types (or form parameters next to JSON ones):
      one operation cannot send both, and the generator produces code that fails at import.
      Each operation keeps only the media types that fit its parameters.
    """
    notes: list[str] = []
    global_produces = document.get("produces") or []
    global_consumes = document.get("consumes") or []
    for path, method, operation in iter_operations(document):
        label = _operation_label(path, method)
        produces = operation.get("produces", global_produces) or []
        if not produces or all(media_type_name(item) == "*/*" for item in produces):
            schemas = list(_response_schemas(operation))
            is_file = bool(schemas) and all(
                isinstance(schema, dict) and schema.get("type") == "file" for schema in schemas
            )
            operation["produces"] = [BINARY_MEDIA_TYPE if is_file else JSON_MEDIA_TYPE]
            if schemas:
                notes.append(f"{label}: no produces; assuming {operation['produces'][0]}")

        parameters = [p for p in operation.get("parameters") or [] if isinstance(p, dict)]
        has_body = any(p.get("in") == "body" for p in parameters)
        form_parameters = [p for p in parameters if p.get("in") == "formData"]
        consumes = list(operation.get("consumes", global_consumes) or [])
        kept = consumes
        if has_body:
            kept = [item for item in consumes if media_type_name(item) not in FORM_MEDIA_TYPES]
            kept = kept or [JSON_MEDIA_TYPE]
        elif form_parameters:
            has_file = any(p.get("type") == "file" for p in form_parameters)
            kept = [item for item in consumes if media_type_name(item) in FORM_MEDIA_TYPES]
            if has_file:
                kept = [MULTIPART_MEDIA_TYPE]
            kept = kept or [FORM_MEDIA_TYPE]
        if kept != consumes:
            operation["consumes"] = kept
            if consumes:
                notes.append(f"{label}: consumes {consumes} narrowed to {kept}")
    return notes


def fix_nested_collection_formats(document: Document) -> list[str]:
    """Drop ``collectionFormat`` on array items: OpenAPI 3 cannot express nested formats."""
    notes: list[str] = []
    for path, method, operation in iter_operations(document):
        for parameter in operation.get("parameters") or []:
            items = parameter.get("items") if isinstance(parameter, dict) else None
            while isinstance(items, dict):
                if items.pop("collectionFormat", None) is not None:
                    name = parameter.get("name")
                    notes.append(
                        f"{_operation_label(path, method)}: nested collectionFormat "
                        f"on {name!r} removed"
                    )
                items = items.get("items")
    return notes


def _is_scalar_enum(values: list[Any]) -> bool:
    present = [value for value in values if value is not None]
    if not present:
        return False
    if all(isinstance(value, str) for value in present):
        return True
    return all(isinstance(value, int) and not isinstance(value, bool) for value in present)


def fix_enums(document: Document) -> list[str]:
    """Remove enums the generator cannot turn into a class (objects, booleans, mixed types)."""
    notes: list[str] = []
    for schema in iter_schemas(document.get("definitions") or {}):
        _drop_unusable_enum(schema, notes)
    for _, _, operation in iter_operations(document):
        for schema in iter_schemas(operation):
            _drop_unusable_enum(schema, notes)
    return notes


def _drop_unusable_enum(schema: dict[str, Any], notes: list[str]) -> None:
    values = schema.get("enum")
    if isinstance(values, list) and not _is_scalar_enum(values):
        del schema["enum"]
        notes.append(f"enum {values!r} is not a list of strings or integers; removed")


_IDENTIFIER_LIKE = re.compile(r"^[A-Za-z][A-Za-z0-9_ .-]*$")


def fix_schema_titles(document: Document) -> list[str]:
    """Keep only titles that make good, unique class names.

    The generator names a class after a schema's ``title``. Titles written as sentences become
    absurd file names, and two schemas with one title collide (the second is silently
    dropped). Inline schemas lose their title (their name then comes from where they sit);
    definitions keep a short, unique, identifier-like title and otherwise use their key.
    """
    notes: list[str] = []
    definitions = document.get("definitions") or {}
    used = {snake_case(name) for name in definitions}
    for name, schema in definitions.items():
        if not isinstance(schema, dict):
            continue
        title = schema.get("title")
        if isinstance(title, str):
            key = snake_case(title)
            fine = (
                len(title) <= MAX_NAME_LENGTH
                and _IDENTIFIER_LIKE.match(title)
                and (key == snake_case(name) or key not in used)
            )
            if fine:
                used.add(key)
            else:
                del schema["title"]
                notes.append(f"definition {name}: title {title!r} not used as a class name")
        if len(name) > MAX_NAME_LENGTH and "title" not in schema:
            schema["title"] = capped_name(name)
            notes.append(f"definition {name}: class name shortened to {schema['title']!r}")

    roots = [definitions[name] for name in definitions]
    for root in roots:
        if isinstance(root, dict):
            for key in ("properties", "items", "additionalProperties", "allOf", "anyOf", "oneOf"):
                _strip_titles(root.get(key))
    for _, _, operation in iter_operations(document):
        _strip_titles(operation.get("parameters"))
        _strip_titles(operation.get("responses"))
    _strip_titles(document.get("parameters"))
    _strip_titles(document.get("responses"))
    return notes


def _strip_titles(node: Any) -> None:
    # Inline titles are documentation only, so dropping them is not worth a note each.
    for schema in iter_schemas(node):
        title = schema.get("title")
        if isinstance(title, str) and (
            "type" in schema or "properties" in schema or "$ref" in schema or "allOf" in schema
        ):
            del schema["title"]


def fix_schema_references_to_responses(document: Document) -> list[str]:
    """Repair ``schema: {$ref: "#/responses/X"}``: a schema that points at a whole response.

    The schema of response X is used instead, or no schema when X has none.
    """
    notes: list[str] = []
    shared = document.get("responses") or {}
    for path, method, operation in iter_operations(document):
        for code, response in (operation.get("responses") or {}).items():
            schema = response.get("schema") if isinstance(response, dict) else None
            reference = schema.get("$ref") if isinstance(schema, dict) else None
            if not isinstance(reference, str) or not reference.startswith("#/responses/"):
                continue
            target = shared.get(reference.split("/", 2)[2])
            target_schema = target.get("schema") if isinstance(target, dict) else None
            if target_schema is None:
                del response["schema"]
            else:
                response["schema"] = copy.deepcopy(target_schema)
            notes.append(
                f"{_operation_label(path, method)} response {code}: schema {reference} "
                "points at a response; replaced by that response's schema"
            )
    return notes


SWAGGER_FIXES: tuple[Fix, ...] = (
    fix_schema_references_to_responses,
    fix_operation_ids,
    fix_path_parameter_names,
    fix_media_types,
    fix_nested_collection_formats,
    fix_enums,
    fix_schema_titles,
)


# ---------------------------------------------------------------- OpenAPI 3 fixes

# Media types openapi-python-client 0.29 reads without help.
_GENERATOR_REQUEST_TYPES = (
    JSON_MEDIA_TYPE,
    FORM_MEDIA_TYPE,
    MULTIPART_MEDIA_TYPE,
    BINARY_MEDIA_TYPE,
)


def _generator_reads_response(media_type: str) -> bool:
    name = media_type_name(media_type)
    return (
        name in (JSON_MEDIA_TYPE, BINARY_MEDIA_TYPE)
        or name.startswith("text/")
        or name.endswith("+json")
    )


def _generator_reads_request(media_type: str) -> bool:
    name = media_type_name(media_type)
    return name in _GENERATOR_REQUEST_TYPES or name.endswith("+json")


def _preferred_request_type(content: dict[str, Any]) -> str:
    def rank(media_type: str) -> int:
        name = media_type_name(media_type)
        if name == JSON_MEDIA_TYPE:
            return 0
        if is_json_media_type(name):
            return 1
        if name == MULTIPART_MEDIA_TYPE:
            return 2
        if name == FORM_MEDIA_TYPE:
            return 3
        if name == BINARY_MEDIA_TYPE:
            return 4
        return 5

    return min(content, key=rank)


def _iter_openapi_responses(document: Document) -> Iterator[tuple[str, dict[str, Any]]]:
    for path, method, operation in iter_operations(document):
        for code, response in (operation.get("responses") or {}).items():
            if isinstance(response, dict):
                yield f"{_operation_label(path, method)} response {code}", response
    for name, response in ((document.get("components") or {}).get("responses") or {}).items():
        if isinstance(response, dict):
            yield f"response {name}", response


def fix_response_media_types(document: Document) -> list[str]:
    """Make every response readable: JSON-like types as JSON, anything else as raw bytes.

    The key of a response media type is not sent anywhere by the generated client, so it can
    be renamed freely. Without this, XML-only, tar, ``vnd.*`` or ``*/*`` responses are
    omitted from the generated client.
    """
    notes: list[str] = []
    for label, response in _iter_openapi_responses(document):
        content = response.get("content")
        if not isinstance(content, dict) or not content:
            continue
        if any(_generator_reads_response(media_type) for media_type in content):
            continue
        json_like = [media_type for media_type in content if is_json_media_type(media_type)]
        if json_like:
            media = content[json_like[0]]
            response["content"] = {JSON_MEDIA_TYPE: media}
            notes.append(f"{label}: {json_like[0]} read as {JSON_MEDIA_TYPE}")
        else:
            response["content"] = {BINARY_MEDIA_TYPE: {"schema": dict(BINARY_SCHEMA)}}
            notes.append(f"{label}: {', '.join(content)} read as raw bytes")
    return notes


def fix_request_bodies(document: Document) -> tuple[list[str], dict[str, str]]:
    """Leave each request body one media type the generator can write.

    Several media types on one body make the generator emit a union of bodies whose code
    fails at import, so the most structured type is kept (JSON, then forms, then bytes).
    A type the generator does not know keeps its name, so that the right ``Content-Type``
    is sent, and is mapped through ``content_type_overrides`` (returned) onto JSON or raw
    bytes.
    """
    notes: list[str] = []
    overrides: dict[str, str] = {}
    bodies: list[tuple[str, dict[str, Any]]] = []
    for path, method, operation in iter_operations(document):
        body = operation.get("requestBody")
        if isinstance(body, dict):
            bodies.append((_operation_label(path, method), body))
    components = document.get("components") or {}
    for name, body in (components.get("requestBodies") or {}).items():
        if isinstance(body, dict):
            bodies.append((f"request body {name}", body))

    for label, body in bodies:
        content = body.get("content")
        if not isinstance(content, dict) or not content:
            continue
        chosen = _preferred_request_type(content)
        media = content[chosen]
        if len(content) > 1:
            notes.append(f"{label}: body media types {list(content)} reduced to {chosen}")
        if media_type_name(chosen) == "*/*":
            body["content"] = {BINARY_MEDIA_TYPE: {"schema": dict(BINARY_SCHEMA)}}
            notes.append(f"{label}: body */* sent as raw bytes")
            continue
        body["content"] = {chosen: media}
        if _generator_reads_request(chosen):
            continue
        if is_json_media_type(chosen):
            overrides[chosen] = JSON_MEDIA_TYPE
        else:
            overrides[chosen] = BINARY_MEDIA_TYPE
            media["schema"] = dict(BINARY_SCHEMA)
            notes.append(f"{label}: body {chosen} sent as raw bytes")
    return notes, overrides


_SCHEMA_PREFIX = "#/components/schemas/"


def _has_inline_model(schema: dict[str, Any]) -> bool:
    for child in (schema.get("properties") or {}).values():
        if (
            isinstance(child, dict)
            and "$ref" not in child
            and (
                "properties" in child
                or "enum" in child
                or isinstance(child.get("additionalProperties"), dict)
                or isinstance(child.get("items"), dict)
                and "properties" in child["items"]
            )
        ):
            return True
    return False


def fix_nullable_models(document: Document) -> list[str]:
    """Drop ``nullable`` from shared object schemas where the generator cannot handle it.

    A nullable shared object becomes a union with ``None``. Used inside ``allOf`` that union
    is rejected ("Cannot take allOf a non-object"), and when the object has inline sub-models
    they are generated twice ("duplicate models"); either way the model and every operation
    that uses it lose their types. Such schemas are made non-nullable.
    """
    notes: list[str] = []
    schemas = (document.get("components") or {}).get("schemas") or {}
    in_all_of: set[str] = set()
    for schema in iter_schemas(document):
        for part in schema.get("allOf") or []:
            reference = part.get("$ref") if isinstance(part, dict) else None
            if isinstance(reference, str) and reference.startswith(_SCHEMA_PREFIX):
                in_all_of.add(reference[len(_SCHEMA_PREFIX) :])
    for name, schema in schemas.items():
        if not isinstance(schema, dict) or schema.get("nullable") is not True:
            continue
        if schema.get("type") not in (None, "object"):
            continue
        if name in in_all_of or _has_inline_model(schema):
            del schema["nullable"]
            notes.append(f"schema {name}: nullable dropped (generator cannot make it optional)")
    return notes
