"""build_client.py replaces the package atomically: a kill or a failure leaves the old one."""

from __future__ import annotations

import importlib
import json
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _build_helpers import BUILD_CLIENT, ROOT, read_report, run_build, tree_digest
from loopback import JsonAnswer, serve, url_of

sys.path.insert(0, str(ROOT / "scripts"))
import _cli  # noqa: E402
import _pipeline  # noqa: E402

PACKAGE = "atomic_demo"
ITEM_REFERENCE = {"$ref": "#/definitions/Item"}


def write_spec(path: Path, *, operations: int) -> Path:
    paths = {
        f"/items{number}": {
            "get": {
                "operationId": f"listItems{number}",
                "produces": ["application/json"],
                "responses": {
                    "200": {"description": "ok", "schema": {"$ref": "#/definitions/Item"}}
                },
            }
        }
        for number in range(operations)
    }
    spec = {
        "swagger": "2.0",
        "info": {"title": "Atomic demo", "version": "1.0"},
        "paths": paths,
        "definitions": {"Item": {"type": "object", "properties": {"id": {"type": "string"}}}},
    }
    path.write_text(json.dumps(spec), encoding="utf-8")
    return path


@pytest.fixture
def config(tmp_path: Path) -> Path:
    path = tmp_path / "config.yaml"
    path.write_text(f"package_name_override: {PACKAGE}\n", encoding="utf-8")
    return path


def build(spec: Path, config: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return run_build(
        "--spec", spec, "--config", config, "--out", out, "--openapi-out", out / "demo.openapi.json"
    )


def package_snapshot(out: Path) -> dict[str, str]:
    return tree_digest(out / PACKAGE)


def test_sigkill_during_generation_leaves_previous_package_byte_identical(
    tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "out"
    assert build(write_spec(tmp_path / "v1.json", operations=2), config, out).returncode == 0
    before = package_snapshot(out)
    report_before = (out / "generation-report.json").read_bytes()

    # Many operations make generation last long enough to be caught in the act.
    bigger = write_spec(tmp_path / "v2.json", operations=150)
    command = [
        sys.executable,
        str(BUILD_CLIENT),
        "--spec",
        str(bigger),
        "--config",
        str(config),
        "--out",
        str(out),
        "--openapi-out",
        str(out / "demo.openapi.json"),
    ]
    process = subprocess.Popen(
        command, start_new_session=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    deadline = time.monotonic() + 120
    caught = False
    while time.monotonic() < deadline and process.poll() is None:
        # The generator writes api/ only after creating the package folder in the scratch dir.
        if any(out.glob(f"{_pipeline.BUILD_DIR_PREFIX}*/{PACKAGE}/api")):
            os.killpg(process.pid, signal.SIGKILL)
            caught = True
            break
        time.sleep(0.002)
    process.wait(timeout=30)

    assert caught, "the build finished before it could be killed during generation"
    assert package_snapshot(out) == before
    assert (out / "generation-report.json").read_bytes() == report_before

    # The next build clears the leftovers and completes.
    assert build(bigger, config, out).returncode == 0
    assert read_report(out)["operations_generated"] == 150
    assert not list(out.glob(f"{_pipeline.BUILD_DIR_PREFIX}*"))


def test_failed_build_prints_one_error_line_and_changes_nothing(
    tmp_path: Path, config: Path
) -> None:
    out = tmp_path / "out"
    assert build(write_spec(tmp_path / "v1.json", operations=2), config, out).returncode == 0
    before = tree_digest(out)
    broken = tmp_path / "broken.json"
    broken.write_text('{"openapi": "3.0.0", "info": {}, "paths": {}}', encoding="utf-8")

    result = build(broken, config, out)

    assert result.returncode != 0
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("error: ")
    assert "Swagger 2.0" in result.stderr
    assert tree_digest(out) == before


def test_unimportable_module_fails_the_build_before_the_swap(tmp_path: Path, config: Path) -> None:
    out = tmp_path / "out"
    assert build(write_spec(tmp_path / "v1.json", operations=2), config, out).returncode == 0
    before = tree_digest(out)
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "types.py.jinja").write_text(
        "raise RuntimeError('broken on purpose')\n", encoding="utf-8"
    )

    result = run_build(
        "--spec",
        tmp_path / "v1.json",
        "--config",
        config,
        "--out",
        out,
        "--openapi-out",
        out / "demo.openapi.json",
        "--templates",
        templates,
    )

    assert result.returncode != 0
    assert result.stderr.startswith("error: ") and "fail to import" in result.stderr
    assert tree_digest(out) == before


def test_interrupted_fallback_swap_is_undone_on_the_next_run(tmp_path: Path) -> None:
    # Where renameat2 is missing the swap takes two renames; a kill between them leaves the
    # old package under <scratch>/previous, which the next run must put back.
    out = tmp_path / "out"
    scratch = out / f"{_pipeline.BUILD_DIR_PREFIX}killed"
    (scratch / "previous").mkdir(parents=True)
    (scratch / "previous" / "__init__.py").write_text("OLD = 1\n", encoding="utf-8")
    (scratch / PACKAGE).mkdir()

    _pipeline.recover_interrupted(out, PACKAGE)

    assert (out / PACKAGE / "__init__.py").read_text(encoding="utf-8") == "OLD = 1\n"
    assert not scratch.exists()


def test_swap_without_exchange_support_still_replaces_the_package(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(_pipeline, "_exchange", lambda first, second: False)
    target = tmp_path / PACKAGE
    target.mkdir()
    (target / "old.py").write_text("", encoding="utf-8")
    scratch = tmp_path / ".build-x"
    (scratch / PACKAGE).mkdir(parents=True)
    (scratch / PACKAGE / "new.py").write_text("", encoding="utf-8")

    _pipeline.swap_in(scratch / PACKAGE, target)

    assert sorted(path.name for path in target.iterdir()) == ["new.py"]
    assert not (scratch / "previous").exists()


# --- hostile specs: one error line, no request, nothing changed ----------------------------


class _CountingHandler(JsonAnswer):
    body = b'{"A": {"type": "string"}}'


@pytest.fixture
def ref_server() -> Iterator[str]:
    """A loopback server an external $ref could point at; it records every request."""
    with serve(_CountingHandler) as server:
        yield url_of(server)


def _spec_with_schema(schema: dict) -> str:
    return json.dumps(
        {
            "swagger": "2.0",
            "info": {"title": "Atomic demo", "version": "1.0"},
            "paths": {
                "/a": {"get": {"responses": {"200": {"description": "ok", "schema": schema}}}}
            },
            "definitions": {"A": {"$ref": "#/definitions/A"}},
        }
    )


HOSTILE_SPECS = {
    "alias-bomb.yaml": (
        'swagger: "2.0"\n'
        + "".join(
            f"l{level}: &l{level} [{', '.join([f'*l{level - 1}' if level else 'x'] * 9)}]\n"
            for level in range(9)
        )
        + "paths: {/a: {get: {responses: {'200': {description: ok}}}}}\n",
        "aliases expand to more than",
    ),
    "recursive.yaml": (
        'swagger: "2.0"\ninfo: &a {title: T, version: "1", x: *a}\n'
        "paths: {/a: {get: {responses: {'200': {description: ok}}}}}\n",
        "recursive YAML",
    ),
    "self-ref.json": (_spec_with_schema({"$ref": "#/definitions/A"}), "only point at each other"),
    "dangling-ref.json": (_spec_with_schema({"$ref": "#/definitions/B"}), "points at nothing"),
    "file-ref.json": (_spec_with_schema({"$ref": "/etc/passwd#/A"}), "external $ref"),
    "no-paths.json": ('{"swagger": "2.0", "info": {"title": "T", "version": "1"}}', "no paths"),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_SPECS))
def test_hostile_spec_fails_fast_with_one_error_line_and_changes_nothing(
    tmp_path: Path, config: Path, name: str
) -> None:
    out = tmp_path / "out"
    assert build(write_spec(tmp_path / "v1.json", operations=2), config, out).returncode == 0
    before = tree_digest(out)
    text, message = HOSTILE_SPECS[name]
    (tmp_path / name).write_text(text, encoding="utf-8")

    started = time.monotonic()
    result = build(tmp_path / name, config, out)

    assert time.monotonic() - started < 30
    assert result.returncode == 1
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert tree_digest(out) == before


def test_external_http_ref_is_refused_without_sending_a_request(
    tmp_path: Path, config: Path, ref_server: str
) -> None:
    spec = tmp_path / "external.json"
    spec.write_text(_spec_with_schema({"$ref": f"{ref_server}/other.json#/A"}), encoding="utf-8")

    result = build(spec, config, tmp_path / "out")

    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        f"error: {spec} has an external $ref '{ref_server}/other.json#/A'; "
        "the spec must be self-contained"
    ]
    assert _CountingHandler.seen == []
    assert not (tmp_path / "out").exists()


# --- the guard around every script's main ---------------------------------------------------

SCRIPTS_AND_ARGUMENTS = {
    "build_client": ["--spec", "x.json", "--out", "out"],
    "check_drift": [],
    "fetch_spec": ["--verify", "--spec", "x.json", "--lock", "x.lock"],
    "spec_diff": ["old.json", "new.json"],
}


@pytest.mark.parametrize("script", sorted(SCRIPTS_AND_ARGUMENTS))
def test_unexpected_exception_is_one_error_line_naming_its_type(
    script: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    module = importlib.import_module(script)
    monkeypatch.delenv(_cli.DEBUG_ENV_VAR, raising=False)

    def crash(arguments: object) -> int:
        raise RecursionError("maximum recursion depth exceeded\nwhile calling a Python object")

    monkeypatch.setattr(module, "run", crash)

    status = module.main(SCRIPTS_AND_ARGUMENTS[script])

    assert status == (2 if script == "spec_diff" else 1)
    error = capsys.readouterr().err
    assert error.splitlines() == [
        "error: unexpected RecursionError: maximum recursion depth exceeded while calling a "
        f"Python object (--debug or {_cli.DEBUG_ENV_VAR}=1 for a traceback)"
    ]


@pytest.mark.parametrize("how", ["flag", "environment"])
def test_debug_shows_the_traceback_of_an_unexpected_exception(
    how: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import build_client

    def crash(arguments: object) -> int:
        raise KeyError("boom")

    monkeypatch.setattr(build_client, "run", crash)
    arguments = ["--spec", "x.json", "--out", "out"]
    if how == "flag":
        arguments.append("--debug")
    else:
        monkeypatch.setenv(_cli.DEBUG_ENV_VAR, "1")

    assert build_client.main(arguments) == 1

    error = capsys.readouterr().err
    assert error.startswith("Traceback (most recent call last):")
    assert error.splitlines()[-1] == "error: unexpected KeyError: 'boom'"
