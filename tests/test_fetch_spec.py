"""`make spec` / scripts/fetch_spec.py against a real HTTP server on 127.0.0.1.

Every run works on a copy of openapi/ in a temporary folder; the real tree is never written.
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest
import yaml

REPO_ROOT = Path(__file__).resolve().parent.parent
SCRIPT = REPO_ROOT / "scripts" / "fetch_spec.py"
PINNED_SPEC = REPO_ROOT / "openapi" / "getsocial.swagger.json"
sys.path.insert(0, str(REPO_ROOT / "scripts"))

import fetch_spec  # noqa: E402  (a script, importable once scripts/ is on the path)

Route = tuple[int, dict[str, str], bytes]


def _pinned_document() -> dict[str, Any]:
    return json.loads(PINNED_SPEC.read_text(encoding="utf-8"))


def _compatible_update() -> dict[str, Any]:
    """The pinned spec with a new version and one extra operation: nothing breaks."""
    document = _pinned_document()
    document["info"]["version"] = "0.2.0"
    document["paths"]["/test-only/ping"] = {
        "get": {
            "operationId": "testOnlyPing",
            "responses": {"200": {"description": "pong"}},
        }
    }
    return document


def _breaking_update() -> dict[str, Any]:
    """The pinned spec with its first path removed."""
    document = _pinned_document()
    del document["paths"][next(iter(document["paths"]))]
    return document


def _json_bytes(document: Any) -> bytes:
    return json.dumps(document).encode()


def _routes() -> dict[str, Route]:
    json_type = {"Content-Type": "application/json"}
    good = _compatible_update()
    bad_version = copy.deepcopy(good)
    bad_version["info"]["version"] = "v2 beta"
    invalid_swagger = copy.deepcopy(good)
    invalid_swagger["paths"]["/test-only/ping"]["get"]["responses"]["200"] = {"schema": {}}
    external_ref = copy.deepcopy(good)
    external_ref["paths"]["/test-only/ping"]["get"]["responses"]["200"]["schema"] = {
        "$ref": "http://127.0.0.1:9/elsewhere.json#/Pong"
    }
    openapi3 = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1.0.0"},
        "paths": {},
    }
    return {
        "/good.json": (200, json_type, _json_bytes(good)),
        "/good.yaml": (
            200,
            {"Content-Type": "application/yaml"},
            yaml.safe_dump(good, sort_keys=False).encode(),
        ),
        "/breaking.json": (200, json_type, _json_bytes(_breaking_update())),
        "/bad-version.json": (200, json_type, _json_bytes(bad_version)),
        "/invalid-swagger.json": (200, json_type, _json_bytes(invalid_swagger)),
        "/external-ref.json": (200, json_type, _json_bytes(external_ref)),
        "/openapi3.json": (200, json_type, _json_bytes(openapi3)),
        "/broken.json": (200, json_type, b'{"swagger": "2.0", "info": {'),
        "/broken.yaml": (200, {"Content-Type": "text/yaml"}, b"swagger: '2.0'\npaths: [unclosed\n"),
        "/empty": (200, json_type, b""),
        "/page.html": (
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            b"<!DOCTYPE html><html><body>API reference</body></html>",
        ),
        "/server-error": (500, json_type, b'{"error": "boom"}'),
        "/big.json": (200, json_type, b" " * 5000 + _json_bytes(good)),
        "/redirect": (302, {"Location": "/good.json"}, b""),
        "/redirect-loop": (302, {"Location": "/redirect-loop"}, b""),
    }


class _SpecServer(ThreadingHTTPServer):
    daemon_threads = True
    routes: dict[str, Route]


class _Handler(BaseHTTPRequestHandler):
    server: _SpecServer

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - stdlib signature
        """Keep the test output clean."""

    def do_GET(self) -> None:  # noqa: N802 - stdlib naming
        try:
            if self.path == "/slow":
                time.sleep(3)  # Longer than the --timeout the test passes.
                self._send(200, {"Content-Type": "application/json"}, b"{}")
            elif self.path == "/trickle":
                self._trickle()
            elif self.path == "/big-chunked.json":
                self._chunked(b" " * 5000 + b"{}")
            elif self.path in self.server.routes:
                self._send(*self.server.routes[self.path])
            else:
                self._send(404, {"Content-Type": "text/plain"}, b"not found")
        except (BrokenPipeError, ConnectionResetError):
            pass  # The client gave up first, which is what the timeout tests want.

    def _send(self, status: int, headers: dict[str, str], body: bytes) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _chunked(self, body: bytes) -> None:
        # No Content-Length, so only the running count of received bytes can stop it.
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Transfer-Encoding", "chunked")
        self.end_headers()
        for start in range(0, len(body), 500):
            piece = body[start : start + 500]
            self.wfile.write(f"{len(piece):x}\r\n".encode() + piece + b"\r\n")
        self.wfile.write(b"0\r\n\r\n")

    def _trickle(self) -> None:
        # Each byte arrives well within a read timeout, but the whole body takes seconds.
        body = b" " * 30 + b"{}"
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        for byte in body:
            self.wfile.write(bytes([byte]))
            self.wfile.flush()
            time.sleep(0.1)


@pytest.fixture(scope="module")
def spec_server() -> Iterator[str]:
    server = _SpecServer(("127.0.0.1", 0), _Handler)
    server.routes = _routes()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """A copy of openapi/ (spec and lock) to pin into."""
    copied = tmp_path / "openapi"
    shutil.copytree(REPO_ROOT / "openapi", copied)
    return copied


def _snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder``, hidden temporary files included, with its bytes."""
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }


def _run(tree: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    command = [
        sys.executable,
        str(SCRIPT),
        "--spec",
        str(tree / "getsocial.swagger.json"),
        "--lock",
        str(tree / "spec.lock.json"),
        *args,
    ]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def _error_line(result: subprocess.CompletedProcess[str]) -> str:
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("error: "), lines[0]
    return lines[0]


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- failures leave every file as it was ------------------------------------------------

FAILURES: list[tuple[str, list[str], str]] = [
    ("/missing.json", [], r"answered HTTP 404 Not Found"),
    ("/server-error", [], r"answered HTTP 500 Internal Server Error"),
    ("/page.html", [], r"HTML or XML page, not a Swagger document"),
    ("/broken.json", [], r"is not valid JSON: .*line 1 column"),
    ("/broken.yaml", [], r"is not valid JSON or YAML"),
    ("/openapi3.json", [], r"is an OpenAPI 3\.0\.3 document; this pipeline pins the Swagger 2\.0"),
    ("/empty", [], r"returned an empty body"),
    ("/slow", ["--timeout", "0.5"], r"timed out after 0\.5 s"),
    ("/trickle", ["--timeout", "1"], r"timed out after 1 s"),
    ("/big.json", ["--max-bytes", "1000"], r"larger than 1000 bytes"),
    ("/big-chunked.json", ["--max-bytes", "1000"], r"larger than 1000 bytes"),
    (
        "/invalid-swagger.json",
        [],
        r"validation at #/paths/~1test-only~1ping/get/responses/200: .*'description' is a required",
    ),
    ("/external-ref.json", [], r"external \$ref .*self-contained"),
    ("/bad-version.json", [], r"info\.version 'v2 beta'.*not a PEP 440 version"),
    ("/good.json", ["--sha256", "0" * 64], r"has sha256 [0-9a-f]{64}, expected 0{64}"),
    ("/redirect-loop", [], r"too many redirects"),
    ("/breaking.json", [], r"\d+ breaking changes? against the pinned spec.*make diff"),
]


@pytest.mark.parametrize(
    ("path", "extra_args", "message"), FAILURES, ids=[case[0] for case in FAILURES]
)
def test_failed_fetch_prints_one_error_line_and_changes_no_file(
    spec_server: str, tree: Path, path: str, extra_args: list[str], message: str
) -> None:
    before = _snapshot(tree)

    result = _run(tree, "--url", spec_server + path, *extra_args)

    assert result.returncode == 1, result.stderr
    assert re.search(message, _error_line(result)), result.stderr
    assert _snapshot(tree) == before


def test_refused_connection_is_one_error_line_and_changes_no_file(tree: Path) -> None:
    before = _snapshot(tree)

    result = _run(tree, "--url", f"http://127.0.0.1:{_free_port()}/swagger.json")

    assert result.returncode == 1
    assert "cannot connect to" in _error_line(result)
    assert _snapshot(tree) == before


def test_missing_local_file_is_one_error_line(tree: Path, tmp_path: Path) -> None:
    before = _snapshot(tree)

    result = _run(tree, "--from-file", str(tmp_path / "absent.yaml"))

    assert result.returncode == 1
    assert "cannot read" in _error_line(result)
    assert _snapshot(tree) == before


def test_breaking_change_report_is_printed_before_refusing(spec_server: str, tree: Path) -> None:
    removed_path = next(iter(_pinned_document()["paths"]))

    result = _run(tree, "--url", spec_server + "/breaking.json")

    assert result.returncode == 1
    assert re.search(
        rf"^breaking .*{re.escape(removed_path)}: operation removed$", result.stdout, re.MULTILINE
    ), result.stdout


def test_bad_arguments_are_one_error_line(tree: Path) -> None:
    result = _run(tree, "--url", "http://127.0.0.1:1/x", "--sha256", "not-hex")

    assert result.returncode == 2
    assert "--sha256" in _error_line(result)


def test_help_describes_the_options() -> None:
    result = subprocess.run(
        [sys.executable, str(SCRIPT), "--help"], capture_output=True, text=True, check=False
    )

    assert result.returncode == 0
    for option in ("--url", "--from-file", "--sha256", "--accept-breaking", "--max-bytes"):
        assert option in result.stdout


# --- successful pins ---------------------------------------------------------------------


def _expected_tools() -> dict[str, str]:
    package_lock = json.loads((REPO_ROOT / "package-lock.json").read_text(encoding="utf-8"))
    return {
        "swagger2openapi": package_lock["packages"]["node_modules/swagger2openapi"]["version"],
        "openapi-python-client": metadata.version("openapi-python-client"),
        "ruff": metadata.version("ruff"),
    }


def _assert_pinned(tree: Path, *, source_url: str | None) -> None:
    spec_bytes = (tree / "getsocial.swagger.json").read_bytes()
    lock = json.loads((tree / "spec.lock.json").read_text(encoding="utf-8"))
    expected = _compatible_update()

    assert json.loads(spec_bytes) == expected
    assert list(json.loads(spec_bytes)) == list(expected), "key order must be kept"
    assert spec_bytes == (json.dumps(expected, indent=2, ensure_ascii=False) + "\n").encode()
    assert list(lock) == ["source_url", "spec_sha256", "spec_version", "taken_at", "tools"]
    assert lock["source_url"] == source_url
    assert lock["spec_sha256"] == hashlib.sha256(spec_bytes).hexdigest()
    assert lock["spec_version"] == "0.2.0"
    assert datetime.strptime(lock["taken_at"], "%Y-%m-%dT%H:%M:%SZ")
    assert lock["tools"] == _expected_tools()
    assert (tree / "spec.lock.json").read_bytes().endswith(b"}\n")
    assert sorted(path.name for path in tree.iterdir() if path.name.startswith(".")) == []


@pytest.mark.parametrize("path", ["/good.json", "/good.yaml", "/redirect"])
def test_good_document_is_pinned_as_pretty_json_with_a_matching_lock(
    spec_server: str, tree: Path, path: str
) -> None:
    url = spec_server + path

    result = _run(tree, "--url", url)

    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    assert "1 compatible change" in result.stdout
    assert "next: make generate" in result.stdout
    _assert_pinned(tree, source_url=url)


def test_matching_sha256_of_the_served_bytes_is_accepted(spec_server: str, tree: Path) -> None:
    served = _routes()["/good.yaml"][2]

    result = _run(
        tree, "--url", spec_server + "/good.yaml", "--sha256", hashlib.sha256(served).hexdigest()
    )

    assert result.returncode == 0, result.stderr
    _assert_pinned(tree, source_url=spec_server + "/good.yaml")


def test_from_file_pins_a_local_yaml_copy_with_a_null_source_url(
    tree: Path, tmp_path: Path
) -> None:
    local = tmp_path / "offline-copy.yaml"
    local.write_text(yaml.safe_dump(_compatible_update(), sort_keys=False), encoding="utf-8")

    result = _run(tree, "--from-file", str(local))

    assert result.returncode == 0, result.stderr
    _assert_pinned(tree, source_url=None)


def test_accept_breaking_pins_despite_breaking_changes(spec_server: str, tree: Path) -> None:
    result = _run(tree, "--url", spec_server + "/breaking.json", "--accept-breaking")

    assert result.returncode == 0, result.stderr
    assert re.search(r"^\d+ breaking changes?, ", result.stdout, re.MULTILINE), result.stdout
    pinned = json.loads((tree / "getsocial.swagger.json").read_text(encoding="utf-8"))
    assert pinned == _breaking_update()
    assert _run(tree, "--verify").returncode == 0


def test_pinning_the_same_document_again_changes_nothing(spec_server: str, tree: Path) -> None:
    assert _run(tree, "--url", spec_server + "/good.json").returncode == 0
    before = _snapshot(tree)

    result = _run(tree, "--url", spec_server + "/good.json")

    assert result.returncode == 0
    assert "already pins this document" in result.stdout
    assert _snapshot(tree) == before


def test_committed_lock_matches_the_committed_spec() -> None:
    assert fetch_spec.verify_pin(PINNED_SPEC, REPO_ROOT / "openapi" / "spec.lock.json") == []


def test_new_file_gets_the_usual_permissions_not_the_temp_file_ones(
    spec_server: str, tmp_path: Path
) -> None:
    empty = tmp_path / "fresh"
    empty.mkdir()

    result = _run(empty, "--url", spec_server + "/good.json")

    assert result.returncode == 0, result.stderr
    assert "nothing to compare with" in result.stdout
    assert (empty / "getsocial.swagger.json").stat().st_mode & 0o777 == 0o644


# --- a crash between the two renames -----------------------------------------------------


def test_crash_between_spec_and_lock_is_caught_by_verify(
    tree: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    spec_path, lock_path = tree / "getsocial.swagger.json", tree / "spec.lock.json"
    candidate = fetch_spec.build_candidate(_compatible_update(), source="test", source_url=None)
    real_replace = os.replace
    calls: list[str] = []

    def replace_then_crash(source: str, target: str) -> None:
        calls.append(str(target))
        if Path(target) == lock_path:
            raise OSError("simulated power cut")
        real_replace(source, target)

    monkeypatch.setattr(fetch_spec.os, "replace", replace_then_crash)

    with pytest.raises(fetch_spec.PinError):
        fetch_spec.write_pin(candidate, spec_path, lock_path)

    assert calls == [str(spec_path), str(lock_path)], "the spec moves first, the lock last"
    assert [p.name for p in tree.iterdir() if p.name.endswith(".tmp")] == []
    problems = fetch_spec.verify_pin(spec_path, lock_path)
    assert len(problems) == 1 and "does not match spec_sha256" in problems[0]

    result = _run(tree, "--verify")
    assert result.returncode == 1
    assert "run make spec again" in _error_line(result)


# --- through make ------------------------------------------------------------------------


def _make_variables(tree: Path) -> list[str]:
    return [
        f"SPEC={tree / 'getsocial.swagger.json'}",
        f"LOCK={tree / 'spec.lock.json'}",
        "SPEC_GENERATE=",
    ]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_spec_pins_into_the_given_spec_and_lock(spec_server: str, tree: Path) -> None:
    real_pin = [PINNED_SPEC.read_bytes(), (REPO_ROOT / "openapi" / "spec.lock.json").read_bytes()]

    result = subprocess.run(
        # -o setup: the test suite already runs inside the set-up environment.
        [
            "make",
            "--no-print-directory",
            "-o",
            "setup",
            "spec",
            f"SPEC_URL={spec_server}/good.json",
            *_make_variables(tree),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode == 0, result.stdout + result.stderr
    _assert_pinned(tree, source_url=f"{spec_server}/good.json")
    assert [PINNED_SPEC.read_bytes(), (REPO_ROOT / "openapi" / "spec.lock.json").read_bytes()] == (
        real_pin
    )


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_spec_failure_exits_non_zero_with_the_error_line(spec_server: str, tree: Path) -> None:
    before = _snapshot(tree)

    result = subprocess.run(
        [
            "make",
            "--no-print-directory",
            "-o",
            "setup",
            "spec",
            f"SPEC_URL={spec_server}/page.html",
            *_make_variables(tree),
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode != 0
    assert "error: " in result.stderr and "HTML" in result.stderr
    assert _snapshot(tree) == before


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_check_fails_when_the_spec_no_longer_matches_its_lock(tree: Path) -> None:
    spec_path = tree / "getsocial.swagger.json"
    spec_path.write_bytes(spec_path.read_bytes().replace(b'"swagger"', b'"swagger" ', 1))

    result = subprocess.run(
        ["make", "--no-print-directory", "-o", "setup", "check", *_make_variables(tree)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )

    assert result.returncode != 0
    assert "does not match spec_sha256" in result.stderr


def test_yaml_alias_bomb_is_refused_at_once_and_changes_no_file(tree: Path, tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.yaml"
    levels = "".join(
        f"l{level}: &l{level} [{', '.join([f'*l{level - 1}' if level else 'x'] * 9)}]\n"
        for level in range(9)
    )
    bomb.write_text(f'swagger: "2.0"\n{levels}paths: {{}}\n', encoding="utf-8")
    before = _snapshot(tree)

    result = _run(tree, "--from-file", str(bomb), timeout=20)

    assert result.returncode == 1
    assert "aliases expand to more than" in _error_line(result)
    assert _snapshot(tree) == before


def test_duplicate_key_in_the_source_is_a_warning_line(tree: Path, tmp_path: Path) -> None:
    source = tmp_path / "duplicate.json"
    text = json.dumps(_compatible_update(), indent=2)
    # An earlier basePath that the spec's own one overrides: the pin is unchanged by it.
    source.write_text('{"basePath": "/old", ' + text[1:], encoding="utf-8")

    result = _run(tree, "--from-file", str(source))

    assert result.returncode == 0, result.stderr
    assert f"warning: {source}: duplicate key 'basePath'; last one wins" in result.stderr
