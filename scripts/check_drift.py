#!/usr/bin/env python3
"""Fail when the committed spec, converted spec or generated package drift from the pin.

Checks, in order: the pinned Swagger file still has the sha256 recorded in the lock; the
installed swagger2openapi, openapi-python-client and ruff are the versions recorded in the
lock; and a fresh build of the pinned spec (same code path as ``make generate``, into a
scratch folder) is byte-for-byte what is committed: the OpenAPI 3 document, every file of the
generated package and the generation report. Exit status 0 when all hold, 1 with the drifted
files named otherwise.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

import _cli
import _pipeline
import build_client
from _overlays import OverlayError
from _spec_load import SpecLoadError

MAX_FILES_LISTED = 10
IGNORED_PARTS = frozenset({"__pycache__", ".ruff_cache", ".mypy_cache"})
# git records one mode bit of a file: whether it is executable.
EXECUTABLE_BITS = 0o111


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    root = _pipeline.ROOT
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0], epilog=__doc__)
    parser.add_argument("--spec", type=Path, default=root / "openapi/getsocial.swagger.json")
    parser.add_argument("--lock", type=Path, default=root / "openapi/spec.lock.json")
    parser.add_argument("--openapi", type=Path, default=root / "openapi/getsocial.openapi.json")
    parser.add_argument("--patches", type=Path, default=root / "openapi/patches")
    parser.add_argument("--config", type=Path, default=root / "openapi/generator-config.yaml")
    parser.add_argument(
        "--generated",
        type=Path,
        default=root / "generated",
        help="folder holding the committed package and generation-report.json",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"print the traceback of an unexpected failure (or set {_cli.DEBUG_ENV_VAR}=1)",
    )
    return parser.parse_args(argv)


FileState = tuple[bytes, bool]


def file_state(path: Path) -> FileState:
    """What git records of a file: its bytes and whether it is executable."""
    return path.read_bytes(), bool(path.stat().st_mode & EXECUTABLE_BITS)


def tree_files(folder: Path) -> dict[str, FileState]:
    """Every file below ``folder`` by relative path, leaving out interpreter and tool caches."""
    if not folder.is_dir():
        return {}
    return {
        path.relative_to(folder).as_posix(): file_state(path)
        for path in sorted(folder.rglob("*"))
        if path.is_file() and not IGNORED_PARTS.intersection(path.relative_to(folder).parts)
    }


def drift_label(name: str, committed: FileState | None, fresh: FileState | None) -> str | None:
    """``name`` when the two states differ (marked when only the mode does), else None."""
    if committed == fresh:
        return None
    if committed is not None and fresh is not None and committed[0] == fresh[0]:
        return f"{name} (executable bit)"
    return name


def differing_files(committed: dict[str, FileState], fresh: dict[str, FileState]) -> list[str]:
    labels = (
        drift_label(name, committed.get(name), fresh.get(name))
        for name in sorted(committed.keys() | fresh.keys())
    )
    return [label for label in labels if label is not None]


def check_pin(arguments: argparse.Namespace) -> list[str]:
    """Problems with the pin itself: spec hash and tool versions."""
    try:
        lock = json.loads(arguments.lock.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise _pipeline.PipelineError(f"cannot read lock {arguments.lock}: {error}") from error
    problems: list[str] = []
    if not arguments.spec.is_file():
        problems.append(f"{arguments.spec} is missing")
    elif _pipeline.sha256_file(arguments.spec) != lock.get("spec_sha256"):
        problems.append(
            f"{arguments.spec.name} does not match spec_sha256 in {arguments.lock.name}"
        )
    installed = _pipeline.tool_versions()
    for name, version in sorted((lock.get("tools") or {}).items()):
        if installed.get(name) != version:
            problems.append(f"tool {name} is {installed.get(name)}, the lock pins {version}")
    return problems


def check_build(arguments: argparse.Namespace) -> list[str]:
    """Files whose fresh build differs from the committed one."""
    package_name = _pipeline.generator_config(arguments.config, "", {})["package_name_override"]
    with tempfile.TemporaryDirectory(prefix="check-drift-") as scratch:
        out_dir = Path(scratch) / "generated"
        fresh_openapi = Path(scratch) / arguments.openapi.name
        build_arguments = build_client.parse_arguments(
            [
                "--spec",
                str(arguments.spec),
                "--patches",
                str(arguments.patches),
                "--openapi-out",
                str(fresh_openapi),
                "--config",
                str(arguments.config),
                "--out",
                str(out_dir),
            ]
        )
        build_client.build(build_arguments)

        drifted: list[str] = []
        single_files = (
            (arguments.openapi, fresh_openapi),
            (arguments.generated / _pipeline.REPORT_NAME, out_dir / _pipeline.REPORT_NAME),
        )
        for committed, fresh in single_files:
            state = file_state(committed) if committed.is_file() else None
            label = drift_label(str(committed), state, file_state(fresh))
            if label is not None:
                drifted.append(label)
        package = arguments.generated / package_name
        for name in differing_files(tree_files(package), tree_files(out_dir / package_name)):
            drifted.append(str(package / name))
    return drifted


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    return _cli.run_guarded(lambda: run(arguments), debug=arguments.debug)


def run(arguments: argparse.Namespace) -> int:
    try:
        problems = check_pin(arguments)
        if problems:
            print(f"error: drift: {'; '.join(problems)}", file=sys.stderr)
            return 1
        drifted = check_build(arguments)
    except (_pipeline.PipelineError, SpecLoadError, OverlayError, OSError) as error:
        print(f"error: cannot rebuild for the drift check: {error}", file=sys.stderr)
        return 1

    if drifted:
        listed = ", ".join(_relative(name) for name in drifted[:MAX_FILES_LISTED])
        more = (
            f" and {len(drifted) - MAX_FILES_LISTED} more"
            if len(drifted) > MAX_FILES_LISTED
            else ""
        )
        print(
            f"error: drift: {len(drifted)} file(s) differ from a fresh `make generate`: "
            f"{listed}{more}",
            file=sys.stderr,
        )
        return 1
    print("no drift: spec, tools, converted spec and generated package match the pin")
    return 0


def _relative(name: str) -> str:
    try:
        return str(Path(name).resolve().relative_to(_pipeline.ROOT))
    except ValueError:
        return name


if __name__ == "__main__":
    raise SystemExit(main())
