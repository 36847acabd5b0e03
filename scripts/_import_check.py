"""Import every module of a freshly generated package (a child of build_client.py).

Runs in its own interpreter so that the modules of one build never leak into another and a
module that hangs or crashes the interpreter cannot take the build down with it.
Usage: ``_import_check.py ROOT PACKAGE`` prints ``{"modules": [...], "failures": {...}}``.
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path


def module_names(root: Path, package: str) -> list[str]:
    names = []
    for path in sorted((root / package).rglob("*.py")):
        parts = list(path.relative_to(root).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        names.append(".".join(parts))
    return names


def main(argv: list[str]) -> int:
    if len(argv) != 2 or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    root, package = Path(argv[0]), argv[1]
    sys.path.insert(0, str(root))

    names = module_names(root, package)
    failures: dict[str, str] = {}
    for name in names:
        try:
            importlib.import_module(name)
        except Exception as error:  # noqa: BLE001 - every failure is reported, none is fatal here
            failures[name] = f"{type(error).__name__}: {error}"
    print(json.dumps({"modules": names, "failures": failures}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
