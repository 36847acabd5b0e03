"""The README's table of operations tells users how sure we are of each: it must match the spec."""

from __future__ import annotations

import json
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CREDENTIALS = {"ApiKey": "API key", "AccessToken": "access token"}
ROW = re.compile(r"^\| `(\w+) (\S+)` \| `(\w+)\.(\w+)` \| ([\w ]+) \| (\w+) \| (\w+) \|$")


def _spec_rows() -> set[tuple[str, ...]]:
    spec = json.loads((ROOT / "openapi" / "getsocial.swagger.json").read_text(encoding="utf-8"))
    rows = set()
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            if method == "parameters":
                continue
            schemes = [name for requirement in operation["security"] for name in requirement]
            credential = ", ".join(CREDENTIALS[name] for name in schemes) or "none"
            rows.add(
                (
                    method.upper(),
                    path,
                    operation["operationId"],
                    credential,
                    operation["x-getsocial-evidence"],
                    operation["x-getsocial-path"],
                )
            )
    return rows


def test_readme_lists_every_operation_with_its_credential_and_evidence() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    listed = set()
    for line in readme.splitlines():
        match = ROW.match(line)
        if match:
            method, path, module, function, credential, evidence, path_mark = match.groups()
            generated = ROOT / "generated" / "getsocial_api" / "api" / module / f"{function}.py"
            assert generated.is_file(), f"README names {module}.{function}, which does not exist"
            listed.add((method, path, function, credential, evidence, path_mark))

    assert listed == _spec_rows()
