"""`make diff` / scripts/spec_diff.py: which changes between two specs break callers."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "scripts" / "spec_diff.py"
PINNED_SPEC = REPO_ROOT / "openapi" / "getsocial.swagger.json"
sys.path.insert(0, str(REPO_ROOT / "scripts"))

from spec_diff import Change, diff_specs  # noqa: E402  (scripts/ is not a package)

Document = dict[str, Any]


def _base() -> Document:
    """A small Swagger 2.0 API with the features the comparison looks at."""
    return {
        "swagger": "2.0",
        "info": {"title": "Test API", "version": "1.0.0"},
        "basePath": "/v1",
        "securityDefinitions": {
            "ApiKey": {"type": "apiKey", "in": "header", "name": "X-Api-Key"},
        },
        "security": [{"ApiKey": []}],
        "paths": {
            "/users/{user_id}": {
                "parameters": [
                    {"name": "user_id", "in": "path", "required": True, "type": "string"}
                ],
                "get": {
                    "operationId": "getUser",
                    "parameters": [
                        {"name": "fields", "in": "query", "type": "string"},
                        {
                            "name": "sort",
                            "in": "query",
                            "type": "string",
                            "enum": ["name", "created"],
                        },
                    ],
                    "responses": {
                        "200": {"description": "ok", "schema": {"$ref": "#/definitions/User"}},
                        "404": {"description": "missing"},
                    },
                },
                "delete": {
                    "operationId": "deleteUser",
                    "responses": {"204": {"description": "gone"}},
                },
            },
            "/users": {
                "post": {
                    "operationId": "createUser",
                    "parameters": [
                        {
                            "name": "body",
                            "in": "body",
                            "required": True,
                            "schema": {"$ref": "#/definitions/NewUser"},
                        }
                    ],
                    "responses": {
                        "201": {"description": "ok", "schema": {"$ref": "#/definitions/User"}}
                    },
                }
            },
            "/status": {
                "get": {
                    "operationId": "status",
                    "security": [],
                    "responses": {"200": {"description": "up"}},
                }
            },
        },
        "definitions": {
            "User": {
                "type": "object",
                "required": ["id"],
                "properties": {
                    "id": {"type": "string"},
                    "name": {"type": "string"},
                    "role": {"$ref": "#/definitions/Role"},
                    "friends": {"type": "array", "items": {"$ref": "#/definitions/User"}},
                },
            },
            "NewUser": {
                "type": "object",
                "required": ["name"],
                "properties": {
                    "name": {"type": "string"},
                    "role": {"$ref": "#/definitions/Role"},
                    "age": {"type": "integer", "format": "int32"},
                },
            },
            "Role": {"type": "string", "enum": ["admin", "member"]},
        },
    }


def _codes(changes: list[Change], *, breaking: bool) -> list[str]:
    return [change.code for change in changes if change.breaking is breaking]


def _messages(changes: list[Change]) -> list[str]:
    return [f"{change.operation}: {change.message}" for change in changes]


def _write(folder: Path, name: str, document: Document) -> Path:
    path = folder / name
    if name.endswith((".yaml", ".yml")):
        path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    else:
        path.write_text(json.dumps(document, indent=2), encoding="utf-8")
    return path


def _run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, str(SCRIPT), *map(str, args)],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )


# --- the command line --------------------------------------------------------------------


def _removed_operation(document: Document) -> None:
    del document["paths"]["/users/{user_id}"]["delete"]


def _new_required_parameter(document: Document) -> None:
    document["paths"]["/users"]["post"]["parameters"].append(
        {"name": "X-Request-Id", "in": "header", "required": True, "type": "string"}
    )


def _removed_enum_value(document: Document) -> None:
    document["definitions"]["Role"]["enum"] = ["admin"]


@pytest.mark.parametrize(
    ("edit", "expected_line"),
    [
        (_removed_operation, "breaking    DELETE /users/{user_id}: operation removed"),
        (
            _new_required_parameter,
            "breaking    POST /users: required header parameter 'X-Request-Id' added",
        ),
        (
            _removed_enum_value,
            "breaking    POST /users: request body field 'role': enum value 'member' removed",
        ),
    ],
    ids=["removed-operation", "new-required-parameter", "removed-enum-value"],
)
def test_breaking_change_exits_1_and_names_the_change(
    tmp_path: Path, edit: Any, expected_line: str
) -> None:
    new = _base()
    edit(new)

    result = _run(_write(tmp_path, "old.json", _base()), _write(tmp_path, "new.json", new))

    assert result.returncode == 1
    assert expected_line in result.stdout.splitlines()
    assert result.stderr.startswith("error: ") and len(result.stderr.splitlines()) == 1
    assert "--accept-breaking" in result.stderr


def test_added_optional_field_is_compatible_and_exits_0(tmp_path: Path) -> None:
    new = _base()
    new["definitions"]["NewUser"]["properties"]["nickname"] = {"type": "string"}

    result = _run(_write(tmp_path, "old.json", _base()), _write(tmp_path, "new.json", new))

    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.splitlines() == [
        "compatible  POST /users: request body: field 'nickname' added",
        "0 breaking changes, 1 compatible change",
    ]
    assert result.stderr == ""


def test_accept_breaking_reports_but_exits_0(tmp_path: Path) -> None:
    new = _base()
    _removed_operation(new)

    result = _run(
        _write(tmp_path, "old.json", _base()),
        _write(tmp_path, "new.json", new),
        "--accept-breaking",
    )

    assert result.returncode == 0
    assert "operation removed" in result.stdout
    assert result.stderr == ""


def test_identical_specs_report_no_changes(tmp_path: Path) -> None:
    path = _write(tmp_path, "same.json", _base())

    result = _run(path, path)

    assert result.returncode == 0
    assert result.stdout.strip() == "no changes to operations, parameters, schemas or security"


def test_json_output_lists_breaking_and_compatible_changes(tmp_path: Path) -> None:
    new = _base()
    _removed_enum_value(new)
    new["paths"]["/health"] = {"get": {"responses": {"200": {"description": "ok"}}}}

    result = _run(
        _write(tmp_path, "old.json", _base()), _write(tmp_path, "new.json", new), "--json"
    )

    assert result.returncode == 1
    report = json.loads(result.stdout)
    assert {item["code"] for item in report["breaking"]} == {"enum.value_removed"}
    assert report["compatible"] == [
        {"code": "operation.added", "operation": "GET /health", "message": "operation added"}
    ]


def test_yaml_and_json_inputs_compare_equal(tmp_path: Path) -> None:
    result = _run(_write(tmp_path, "old.json", _base()), _write(tmp_path, "new.yaml", _base()))

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read"),
        ('{"swagger": "2.0", ', "is not valid JSON"),
        ("paths: [unclosed\n", "is not valid JSON or YAML"),
        ("- a list\n", "its top level is a list"),
        ('{"info": {}}', "not a Swagger 2.0 or OpenAPI 3 document"),
        (
            '{"swagger": "2.0", "paths": {"/a": {"get": {"responses": {"200": {"description": "",'
            ' "schema": {"$ref": "#/definitions/Missing"}}}}}}}',
            "points at nothing",
        ),
    ],
    ids=["missing-file", "invalid-json", "invalid-yaml", "not-a-mapping", "not-a-spec", "bad-ref"],
)
def test_bad_input_exits_2_with_one_error_line(
    tmp_path: Path, content: str | None, message: str
) -> None:
    good = _write(tmp_path, "good.json", _base())
    bad = tmp_path / "bad.json"
    if content is not None:
        bad.write_text(content, encoding="utf-8")

    result = _run(good, bad)

    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines


def test_help_exits_0() -> None:
    result = _run("--help")

    assert result.returncode == 0
    assert "--accept-breaking" in result.stdout and "--json" in result.stdout


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_diff_compares_the_given_files(tmp_path: Path) -> None:
    new = _base()
    _removed_operation(new)
    old_path, new_path = _write(tmp_path, "old.json", _base()), _write(tmp_path, "new.json", new)

    failing = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "setup",
            "diff",
            f"OLD={old_path}",
            f"NEW={new_path}",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    accepted = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "setup",
            "diff",
            f"OLD={old_path}",
            f"NEW={new_path}",
            "SPEC_ACCEPT_BREAKING=1",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )

    assert failing.returncode != 0 and "operation removed" in failing.stdout
    assert accepted.returncode == 0 and "operation removed" in accepted.stdout


# --- what counts as breaking -------------------------------------------------------------


def test_removed_response_field_is_breaking() -> None:
    new = _base()
    del new["definitions"]["User"]["properties"]["name"]

    changes = diff_specs(_base(), new)

    assert "GET /users/{user_id}: response 200: field 'name' removed" in _messages(changes)
    assert "POST /users: response 201: field 'name' removed" in _messages(changes)
    assert set(_codes(changes, breaking=True)) == {"response.field_removed"}


def test_added_response_field_is_compatible() -> None:
    new = _base()
    new["definitions"]["User"]["properties"]["avatar_url"] = {"type": "string"}

    changes = diff_specs(_base(), new)

    assert _codes(changes, breaking=True) == []
    assert set(_codes(changes, breaking=False)) == {"response.field_added"}


def test_newly_required_request_field_is_breaking() -> None:
    new = _base()
    new["definitions"]["NewUser"]["required"].append("age")

    changes = diff_specs(_base(), new)

    assert _codes(changes, breaking=True) == ["request.field_now_required"]


def test_new_required_request_field_is_breaking() -> None:
    new = _base()
    new["definitions"]["NewUser"]["properties"]["email"] = {"type": "string"}
    new["definitions"]["NewUser"]["required"].append("email")

    assert _codes(diff_specs(_base(), new), breaking=True) == ["request.field_added_required"]


def test_parameter_type_change_is_breaking() -> None:
    new = _base()
    new["paths"]["/users/{user_id}"]["parameters"][0]["type"] = "integer"

    changes = diff_specs(_base(), new)

    assert "path parameter 'user_id': type changed from string to integer" in [
        change.message for change in changes if change.breaking
    ]


def test_nested_property_type_change_is_breaking() -> None:
    new = _base()
    new["definitions"]["NewUser"]["properties"]["age"] = {"type": "string"}

    changes = diff_specs(_base(), new)

    assert "request body field 'age': type changed from integer to string" in [
        change.message for change in changes if change.breaking
    ]


def test_optional_parameter_becoming_required_is_breaking() -> None:
    new = _base()
    new["paths"]["/users/{user_id}"]["get"]["parameters"][0]["required"] = True

    changes = diff_specs(_base(), new)

    assert _messages(changes) == ["GET /users/{user_id}: query parameter 'fields' is now required"]
    assert changes[0].breaking


def test_removed_parameter_is_breaking_and_added_optional_parameter_is_not() -> None:
    new = _base()
    new["paths"]["/users/{user_id}"]["get"]["parameters"] = [
        {"name": "sort", "in": "query", "type": "string", "enum": ["name", "created"]},
        {"name": "expand", "in": "query", "type": "boolean"},
    ]

    changes = diff_specs(_base(), new)

    assert _codes(changes, breaking=True) == ["parameter.removed"]
    assert _codes(changes, breaking=False) == ["parameter.added"]


def test_moved_operation_is_found_by_operation_id() -> None:
    new = _base()
    new["paths"]["/accounts"] = new["paths"].pop("/users")

    changes = diff_specs(_base(), new)

    assert _messages(changes) == ["POST /users: operation 'createUser' moved to POST /accounts"]


def test_renamed_path_parameter_is_one_breaking_change() -> None:
    new = _base()
    item = new["paths"].pop("/users/{user_id}")
    item["parameters"][0]["name"] = "id"
    new["paths"]["/users/{id}"] = item

    changes = diff_specs(_base(), new)

    assert _messages(changes) == [
        "GET /users/{id}: path parameter 'user_id' renamed to 'id'",
        "DELETE /users/{id}: path parameter 'user_id' renamed to 'id'",
    ]


def test_security_requirement_on_a_public_operation_is_breaking() -> None:
    new = _base()
    del new["paths"]["/status"]["get"]["security"]

    changes = diff_specs(_base(), new)

    assert _messages(changes) == ["GET /status: now requires ApiKey"]
    assert changes[0].breaking


def test_changed_security_scheme_header_is_breaking() -> None:
    new = _base()
    new["securityDefinitions"]["ApiKey"]["name"] = "Authorization"

    changes = diff_specs(_base(), new)

    assert [change.message for change in changes] == [
        "security scheme 'ApiKey': name changed from 'X-Api-Key' to 'Authorization'"
    ]
    assert changes[0].breaking


def test_dropping_authentication_is_compatible() -> None:
    new = _base()
    new["security"] = []

    changes = diff_specs(_base(), new)

    assert changes and _codes(changes, breaking=True) == []
    assert set(_codes(changes, breaking=False)) == {"security.removed"}


def test_base_path_change_is_breaking() -> None:
    new = _base()
    new["basePath"] = "/v2"

    assert _codes(diff_specs(_base(), new), breaking=True) == ["base_path.changed"]


def test_added_enum_value_is_compatible() -> None:
    new = _base()
    new["definitions"]["Role"]["enum"].append("guest")

    changes = diff_specs(_base(), new)

    assert changes and _codes(changes, breaking=True) == []


def test_all_of_parts_are_compared_as_one_object() -> None:
    old, new = _base(), _base()
    for document in (old, new):
        document["definitions"]["Admin"] = {
            "allOf": [
                {"$ref": "#/definitions/User"},
                {"properties": {"level": {"type": "integer"}}},
            ]
        }
        document["paths"]["/users"]["post"]["responses"]["201"]["schema"] = {
            "$ref": "#/definitions/Admin"
        }
    del new["definitions"]["User"]["properties"]["id"]

    changes = diff_specs(old, new)

    assert "POST /users: response 201: field 'id' removed" in _messages(changes)


def test_recursive_schemas_do_not_loop_and_nested_changes_are_found() -> None:
    new = _base()
    new["definitions"]["Role"]["enum"] = ["admin"]

    changes = diff_specs(_base(), new)

    assert "GET /users/{user_id}: response 200 field 'role': enum value 'member' removed" in (
        _messages(changes)
    )


def test_openapi3_documents_are_compared_too() -> None:
    def openapi3(required: list[str]) -> Document:
        return {
            "openapi": "3.0.3",
            "info": {"title": "t", "version": "1"},
            "paths": {
                "/things": {
                    "post": {
                        "requestBody": {
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "required": required,
                                        "properties": {
                                            "a": {"type": "string"},
                                            "b": {"type": "string"},
                                        },
                                    }
                                }
                            }
                        },
                        "responses": {"200": {"description": "ok"}},
                    }
                }
            },
        }

    changes = diff_specs(openapi3(["a"]), openapi3(["a", "b"]))

    assert _messages(changes) == ["POST /things: request body: field 'b' is now required"]


def test_the_pinned_spec_has_no_changes_against_itself() -> None:
    pinned = json.loads(PINNED_SPEC.read_text(encoding="utf-8"))

    assert diff_specs(pinned, copy.deepcopy(pinned)) == []


@settings(max_examples=30, deadline=None)
@given(st.data())
def test_every_removed_operation_of_the_pinned_spec_is_reported(data: st.DataObject) -> None:
    pinned = json.loads(PINNED_SPEC.read_text(encoding="utf-8"))
    operations = [
        (path, method)
        for path, item in pinned["paths"].items()
        for method in item
        if method in ("get", "put", "post", "delete", "patch")
    ]
    removed = data.draw(st.sets(st.sampled_from(operations), min_size=1, max_size=4))
    new = copy.deepcopy(pinned)
    for path, method in removed:
        del new["paths"][path][method]

    changes = diff_specs(pinned, new)

    reported = {change.operation for change in changes if change.code == "operation.removed"}
    assert reported == {f"{method.upper()} {path}" for path, method in removed}
    assert all(change.breaking for change in changes)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (
            'swagger: "2.0"\n'
            + "".join(
                f"l{level}: &l{level} [{', '.join([f'*l{level - 1}' if level else 'x'] * 9)}]\n"
                for level in range(9)
            )
            + "paths: {}\n",
            "aliases expand to more than",
        ),
        ('swagger: "2.0"\ninfo: &a {title: T, x: *a}\npaths: {}\n', "recursive YAML"),
    ],
    ids=["alias-bomb", "recursive-alias"],
)
def test_hostile_yaml_exits_2_with_one_error_line_at_once(
    tmp_path: Path, content: str, message: str
) -> None:
    hostile = tmp_path / "hostile.yaml"
    hostile.write_text(content, encoding="utf-8")

    result = _run(_write(tmp_path, "old.json", _base()), hostile)

    assert result.returncode == 2
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], lines


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_diff_takes_quotes_semicolons_and_dollars_in_paths_as_plain_characters(
    tmp_path: Path,
) -> None:
    marker = tmp_path / "pwned"
    odd = tmp_path / "it's $HOME; a copy.json"
    odd.write_text(json.dumps(_base()), encoding="utf-8")

    def make_diff(new: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            ["make", "--no-print-directory", "-o", "setup", "diff", f"OLD={odd}", f"NEW={new}"],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )

    injected = make_diff(f"x'; touch {marker}; echo '")
    odd_name = make_diff(str(odd))

    assert injected.returncode != 0 and not marker.exists()
    assert f"cannot read x'; touch {marker}; echo '" in injected.stderr
    assert odd_name.returncode == 0, odd_name.stderr
    assert "no changes" in odd_name.stdout
