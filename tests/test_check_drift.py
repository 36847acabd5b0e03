"""`make check` notices a changed generated file or a changed spec (on a copy of the repo)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from _build_helpers import ROOT

COPIED = (
    "Makefile",
    "pyproject.toml",
    "requirements-dev.txt",
    "package.json",
    "package-lock.json",
    "scripts",
    "openapi",
    "generated",
)


@pytest.fixture
def repo_copy(tmp_path: Path) -> Path:
    """The pipeline's files copied, tools linked, and the copy regenerated so it is clean."""
    copy = tmp_path / "repo"
    copy.mkdir()
    for name in COPIED:
        source = ROOT / name
        if source.is_dir():
            shutil.copytree(source, copy / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif source.exists():
            shutil.copy2(source, copy / name)
    for name in (".venv", "node_modules"):
        (copy / name).symlink_to(ROOT / name)
    build = subprocess.run(
        [
            sys.executable,
            "scripts/build_client.py",
            "--spec",
            "openapi/getsocial.swagger.json",
            "--patches",
            "openapi/patches",
            "--openapi-out",
            "openapi/getsocial.openapi.json",
            "--config",
            "openapi/generator-config.yaml",
            "--out",
            "generated",
            "--lock",
            "openapi/spec.lock.json",
        ],
        cwd=copy,
        capture_output=True,
        text=True,
        check=False,
    )
    assert build.returncode == 0, build.stderr
    return copy


def make_check(copy: Path) -> subprocess.CompletedProcess[str]:
    # The tool folders are links to the real ones: tell make they are up to date.
    command = [
        "make",
        "--no-print-directory",
        "-o",
        ".venv/.installed",
        "-o",
        "node_modules/.installed",
        "check",
    ]
    env = {**os.environ, "MAKEFLAGS": ""}
    return subprocess.run(
        command, cwd=copy, capture_output=True, text=True, env=env, check=False, timeout=600
    )


def test_clean_copy_has_no_drift(repo_copy: Path) -> None:
    result = make_check(repo_copy)

    assert result.returncode == 0, result.stderr
    assert "no drift" in result.stdout


def test_edited_generated_file_is_reported_by_name(repo_copy: Path) -> None:
    edited = repo_copy / "generated" / "getsocial_api" / "client.py"
    edited.write_text(edited.read_text(encoding="utf-8") + "# edited by hand\n", "utf-8")

    result = make_check(repo_copy)

    assert result.returncode != 0
    assert "generated/getsocial_api/client.py" in result.stderr
    assert "error: drift" in result.stderr


def test_removed_generated_file_is_reported(repo_copy: Path) -> None:
    (repo_copy / "generated" / "getsocial_api" / "errors.py").unlink()

    result = make_check(repo_copy)

    assert result.returncode != 0
    assert "generated/getsocial_api/errors.py" in result.stderr


def test_edited_spec_is_reported_against_the_lock(repo_copy: Path) -> None:
    spec = repo_copy / "openapi" / "getsocial.swagger.json"
    spec.write_text(
        spec.read_text(encoding="utf-8").replace("GetSocial", "GetSocia1", 1), encoding="utf-8"
    )

    result = make_check(repo_copy)

    assert result.returncode != 0
    assert "getsocial.swagger.json" in result.stderr
    assert "spec_sha256" in result.stderr or "lock" in result.stderr


def test_tool_version_other_than_the_lock_fails(repo_copy: Path) -> None:
    lock = repo_copy / "openapi" / "spec.lock.json"
    lock.write_text(
        lock.read_text(encoding="utf-8").replace('"ruff": "', '"ruff": "0.0.1-', 1),
        encoding="utf-8",
    )

    result = make_check(repo_copy)

    assert result.returncode != 0
    assert "ruff" in result.stderr


def test_executable_bit_on_a_generated_file_is_drift(repo_copy: Path) -> None:
    generated = repo_copy / "generated" / "getsocial_api" / "client.py"
    generated.chmod(generated.stat().st_mode | 0o111)

    result = make_check(repo_copy)

    assert result.returncode != 0
    assert "generated/getsocial_api/client.py (executable bit)" in result.stderr
