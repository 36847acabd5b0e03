"""Contract test: every generated operation, sent through the overlay clients, is accepted by
a Prism mock server built from the converted spec.

Prism validates each request against ``openapi/getsocial.openapi.json``: a missing security
header gets 401 and a missing or malformed parameter or body gets 422. So a 2xx answer proves
that the generated function, the overlay client's auth headers and the spec agree. Argument
values are built from the spec's own parameter and body schemas, so the test keeps working
when ``make spec`` replaces the document; a new operation is picked up automatically, and one
without a generated function fails the count check.
"""

from __future__ import annotations

import importlib
import inspect
import json
import os
import pkgutil
import re
import signal
import socket
import subprocess
import time
import typing
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import getsocial
import httpx
import pytest
from getsocial_api import Client

REPO_ROOT = Path(__file__).resolve().parent.parent
OPENAPI_PATH = REPO_ROOT / "openapi" / "getsocial.openapi.json"
PRISM_BIN = REPO_ROOT / "node_modules" / ".bin" / "prism"

PRISM_HOST = "127.0.0.1"
PRISM_START_TIMEOUT = 120.0
PRISM_STOP_TIMEOUT = 10.0

API_KEY_HEADER = "x-getsocial-api-key"
ACCESS_TOKEN_HEADER = "x-getsocial-access-token"
TEST_API_KEY = "0123456789abcdef0123456789abcdef"
TEST_ACCESS_TOKEN = "contract-test-access-token"
TEST_APP_ID = "contracttest"

HTTP_METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")

# Deeper than this, generated example values carry only required properties, so that
# self-referencing schemas end.
MAX_EXAMPLE_DEPTH = 4

Schema = dict[str, Any]


# ------------------------------------------------------------------------------ the spec


@dataclass(frozen=True)
class SpecOperation:
    operation_id: str
    method: str
    path: str
    parameters: tuple[Schema, ...]
    body_schema: Schema | None
    security_headers: frozenset[str]
    success_has_body: bool


def _load_openapi() -> Schema:
    if not OPENAPI_PATH.is_file():
        pytest.fail(f"{OPENAPI_PATH.relative_to(REPO_ROOT)} is missing; run `make generate`")
    return json.loads(OPENAPI_PATH.read_text(encoding="utf-8"))


def _resolve(document: Schema, node: Schema) -> Schema:
    while "$ref" in node:
        target: Any = document
        for part in node["$ref"].removeprefix("#/").split("/"):
            target = target[part.replace("~1", "/").replace("~0", "~")]
        node = target
    return node


def _identifier(name: str) -> str:
    """``name`` reduced to lower-case letters and digits, the way Python names get compared.

    The generator turns ``X-GetSocial-impersonate-user`` into ``x_get_social_impersonate_user``
    and ``from`` into ``from_``; both sides reduce to the same string.
    """
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _security_headers(document: Schema, requirements: list[Schema]) -> frozenset[str]:
    """Header names of the first security requirement; empty when the call needs none."""
    if not requirements:
        return frozenset()
    schemes = document.get("components", {}).get("securitySchemes", {})
    headers = set()
    for scheme_name in requirements[0]:
        scheme = _resolve(document, schemes[scheme_name])
        assert scheme.get("in") == "header", f"security scheme {scheme_name} is not a header"
        headers.add(scheme["name"].lower())
    return frozenset(headers)


def _success_has_body(document: Schema, operation: Schema) -> bool:
    for status, response in operation.get("responses", {}).items():
        if status.startswith("2"):
            return bool(_resolve(document, response).get("content"))
    return False


def _spec_operations(document: Schema) -> dict[str, SpecOperation]:
    """Every operation of the spec, keyed by ``_identifier(operationId)``."""
    operations: dict[str, SpecOperation] = {}
    default_security = document.get("security", [])

    for path, path_item in document.get("paths", {}).items():
        shared_parameters = path_item.get("parameters", [])
        for method, operation in path_item.items():
            if method not in HTTP_METHODS:
                continue

            by_location = {}
            for parameter in [*shared_parameters, *operation.get("parameters", [])]:
                parameter = _resolve(document, parameter)
                by_location[(parameter["in"], parameter["name"])] = parameter

            body_schema = None
            if "requestBody" in operation:
                content = _resolve(document, operation["requestBody"]).get("content", {})
                if "application/json" in content:
                    body_schema = content["application/json"].get("schema", {})

            operation_id = operation["operationId"]
            operations[_identifier(operation_id)] = SpecOperation(
                operation_id=operation_id,
                method=method,
                path=path,
                parameters=tuple(by_location.values()),
                body_schema=body_schema,
                security_headers=_security_headers(
                    document, operation.get("security", default_security)
                ),
                success_has_body=_success_has_body(document, operation),
            )
    return operations


def _example_string(schema: Schema) -> str:
    by_format = {
        "date-time": "2024-01-02T03:04:05Z",
        "date": "2024-01-02",
        "uuid": "8c1c6a3e-1f2b-4c5d-9e8f-0a1b2c3d4e5f",
        "uri": "https://example.com/contract-test",
        "url": "https://example.com/contract-test",
        "email": "contract-test@example.com",
    }
    text = by_format.get(schema.get("format", ""), "contract-test")
    min_length = schema.get("minLength", 0)
    return text.ljust(min_length, "x")


def _example_value(document: Schema, schema: Schema, depth: int = 0) -> Any:
    """A value that satisfies ``schema``, preferring the spec's own examples and defaults."""
    schema = _resolve(document, schema)

    if "allOf" in schema:
        merged: Any = None
        for part in schema["allOf"]:
            value = _example_value(document, part, depth)
            merged = {**merged, **value} if isinstance(merged, dict) else value
        return merged
    for alternatives in ("oneOf", "anyOf"):
        if schema.get(alternatives):
            return _example_value(document, schema[alternatives][0], depth)
    for given in ("example", "default"):
        if given in schema:
            return schema[given]
    if schema.get("enum"):
        return schema["enum"][0]

    schema_type = schema.get("type")
    if schema_type == "object" or "properties" in schema:
        required = set(schema.get("required", []))
        value = {
            name: _example_value(document, property_schema, depth + 1)
            for name, property_schema in schema.get("properties", {}).items()
            if depth < MAX_EXAMPLE_DEPTH or name in required
        }
        extra = schema.get("additionalProperties")
        if not value and isinstance(extra, dict) and extra:
            value = {"key": _example_value(document, extra, depth + 1)}
        return value
    if schema_type == "array":
        if depth >= MAX_EXAMPLE_DEPTH and not schema.get("minItems"):
            return []
        return [_example_value(document, schema.get("items", {}), depth + 1)]
    if schema_type == "integer":
        return max(schema.get("minimum", 1), 1)
    if schema_type == "number":
        return max(schema.get("minimum", 1.5), 1.5)
    if schema_type == "boolean":
        return True
    return _example_string(schema)


# ------------------------------------------------------------------- the generated package


def _generated_operation_modules() -> dict[str, ModuleType]:
    """Every module under ``getsocial_api.api``, keyed by ``_identifier(module name)``."""
    api_package = importlib.import_module("getsocial_api.api")
    modules = {}
    for info in pkgutil.walk_packages(api_package.__path__, "getsocial_api.api."):
        module = importlib.import_module(info.name)
        if hasattr(module, "sync_detailed"):
            modules[_identifier(info.name.rsplit(".", 1)[1])] = module
    return modules


def _body_argument(function: Any, value: Any) -> Any:
    """``value`` turned into the model class the generated ``function`` takes as ``body``."""
    hint = typing.get_type_hints(function)["body"]
    for candidate in (hint, *typing.get_args(hint)):
        if hasattr(candidate, "from_dict"):
            return candidate.from_dict(value)
        item_types = typing.get_args(candidate)
        if typing.get_origin(candidate) is list and hasattr(item_types[0], "from_dict"):
            return [item_types[0].from_dict(item) for item in value]
    return value


def _call_arguments(
    document: Schema, operation: SpecOperation, module: ModuleType
) -> dict[str, Any]:
    """Keyword arguments for ``module.sync_detailed``: every spec parameter, and the body."""
    signature = inspect.signature(module.sync_detailed)
    keyword_by_identifier = {
        _identifier(name): name for name in signature.parameters if name != "client"
    }

    arguments: dict[str, Any] = {}
    for parameter in operation.parameters:
        keyword = keyword_by_identifier.get(_identifier(parameter["name"]))
        if keyword is None:
            pytest.fail(
                f"{operation.operation_id}: the generated function has no argument for the "
                f"{parameter['in']} parameter {parameter['name']!r}"
            )
        arguments[keyword] = _example_value(document, parameter.get("schema", {}))

    if operation.body_schema is not None:
        body = _example_value(document, operation.body_schema)
        arguments["body"] = _body_argument(module.sync_detailed, body)

    missing = [
        name
        for name, parameter in signature.parameters.items()
        if name != "client"
        and parameter.default is inspect.Parameter.empty
        and name not in arguments
    ]
    assert not missing, f"{operation.operation_id}: no spec value for {missing}"
    return arguments


# ------------------------------------------------------------------------------- fixtures


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind((PRISM_HOST, 0))
        return probe.getsockname()[1]


def _wait_until_answering(url: str, prism: subprocess.Popen[bytes], log_path: Path) -> None:
    deadline = time.monotonic() + PRISM_START_TIMEOUT
    while time.monotonic() < deadline:
        if prism.poll() is not None:
            log = log_path.read_text(encoding="utf-8", errors="replace")
            pytest.fail(f"Prism exited with status {prism.returncode}:\n{log[-3000:]}")
        try:
            # Any HTTP answer, even Prism's 404 for an unknown route, means it is serving.
            httpx.get(f"{url}/", timeout=1.0)
            return
        except httpx.TransportError:
            time.sleep(0.25)
    pytest.fail(f"Prism did not answer on {url} within {PRISM_START_TIMEOUT:.0f} s")


def _stop(prism: subprocess.Popen[bytes]) -> None:
    """Stop Prism and the node processes it started, which share its process group."""
    if prism.poll() is not None:
        return
    os.killpg(prism.pid, signal.SIGTERM)
    try:
        prism.wait(timeout=PRISM_STOP_TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(prism.pid, signal.SIGKILL)
        prism.wait()


@pytest.fixture(scope="module")
def prism_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Base URL of a Prism mock of ``openapi/getsocial.openapi.json`` on a free local port."""
    if not PRISM_BIN.exists():
        pytest.fail(f"{PRISM_BIN.relative_to(REPO_ROOT)} is missing; run `make setup`")
    _load_openapi()

    port = _free_port()
    url = f"http://{PRISM_HOST}:{port}"
    log_path = tmp_path_factory.mktemp("prism") / "prism.log"
    with log_path.open("wb") as log:
        prism = subprocess.Popen(
            [str(PRISM_BIN), "mock", str(OPENAPI_PATH), "-h", PRISM_HOST, "-p", str(port)],
            cwd=REPO_ROOT,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        _wait_until_answering(url, prism, log_path)
        yield url
    finally:
        _stop(prism)


@pytest.fixture(scope="module")
def clients_by_header(prism_url: str) -> Iterator[dict[str, Any]]:
    """The overlay clients, with their default options, keyed by the header each one sends."""
    management = getsocial.GetSocial(api_key=TEST_API_KEY, base_url=prism_url)
    user = getsocial.GetSocialUser(
        access_token=TEST_ACCESS_TOKEN, app_id=TEST_APP_ID, base_url=prism_url
    )
    with management, user:
        yield {API_KEY_HEADER: management, ACCESS_TOKEN_HEADER: user}


# ---------------------------------------------------------------------------------- tests


def _spec_operations_for_parametrize() -> list[SpecOperation]:
    if not OPENAPI_PATH.is_file():
        return []
    document = json.loads(OPENAPI_PATH.read_text(encoding="utf-8"))
    return list(_spec_operations(document).values())


def test_every_spec_operation_has_a_generated_function() -> None:
    operations = _spec_operations(_load_openapi())
    modules = _generated_operation_modules()

    assert sorted(modules) == sorted(operations)
    assert len(modules) == len(operations)


@pytest.mark.parametrize(
    "operation",
    _spec_operations_for_parametrize(),
    ids=lambda operation: operation.operation_id,
)
def test_prism_accepts_the_generated_request(
    operation: SpecOperation, clients_by_header: dict[str, Any]
) -> None:
    document = _load_openapi()
    module = _generated_operation_modules().get(_identifier(operation.operation_id))
    assert module is not None, f"no generated module for {operation.operation_id}"

    # A call that needs no credentials goes through the management client; Prism ignores
    # headers a call does not declare.
    header = next(iter(operation.security_headers), API_KEY_HEADER)
    assert header in clients_by_header, f"{operation.operation_id}: no client sends {header}"
    arguments = _call_arguments(document, operation, module)

    where = f"{operation.method.upper()} {operation.path} ({operation.operation_id})"

    # The overlay raises on a 4xx (Prism's 401 or 422); show Prism's reason either way.
    try:
        response = module.sync_detailed(client=clients_by_header[header], **arguments)
    except getsocial.APIStatusError as error:
        pytest.fail(f"{where}: Prism answered {error.status_code}: {error.body!r}")

    assert 200 <= response.status_code < 300, (
        f"{where}: Prism answered {response.status_code}: {response.content[:800]!r}"
    )
    if operation.success_has_body:
        assert response.parsed is not None, f"{operation.operation_id}: body was not parsed"


def test_call_without_its_security_header_gets_prism_401(prism_url: str) -> None:
    document = _load_openapi()
    modules = _generated_operation_modules()
    secured = [
        operation
        for key, operation in sorted(_spec_operations(document).items())
        if operation.security_headers and key in modules
    ]
    assert secured, "the spec has no operation that needs credentials"
    operation = secured[0]
    module = modules[_identifier(operation.operation_id)]
    arguments = _call_arguments(document, operation, module)

    with Client(base_url=prism_url) as anonymous:
        response = module.sync_detailed(client=anonymous, **arguments)

    assert response.status_code == 401, (
        f"{operation.operation_id} without credentials: Prism answered "
        f"{response.status_code}: {response.content[:800]!r}"
    )
