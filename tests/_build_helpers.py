"""Helpers shared by the pipeline tests: run build_client.py the way `make client` does."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
BUILD_CLIENT = ROOT / "scripts" / "build_client.py"
# Third-party Swagger 2.0 specs that prove the pipeline on documents written by others. They are
# not vendored (their licences vary); they sit in shared/specs beside the repository, or where
# GETSOCIAL_THIRD_PARTY_SPECS points.
SPECS = Path(os.environ.get("GETSOCIAL_THIRD_PARTY_SPECS", ROOT.parent / "shared" / "specs"))

sys.path.insert(0, str(ROOT / "scripts"))
from _pipeline import DUPLICATE_KEY_HEADER  # noqa: E402  (scripts/ is not a package)


def run_build(*arguments: str | Path, timeout: float = 600) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(BUILD_CLIENT), *(str(argument) for argument in arguments)]
    return subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=False)


def read_report(out_dir: Path) -> dict[str, Any]:
    return json.loads((out_dir / "generation-report.json").read_text(encoding="utf-8"))


def generator_warnings(report: dict[str, Any]) -> list[str]:
    """The report's warnings that come from the generator, not from duplicate keys in the spec."""
    return [
        warning["text"]
        for warning in report["warnings"]
        if warning["header"] != DUPLICATE_KEY_HEADER
    ]


def tree_digest(folder: Path) -> dict[str, str]:
    """sha256 of every file below ``folder``, by relative path."""
    return {
        path.relative_to(folder).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(folder.rglob("*"))
        if path.is_file()
    }
