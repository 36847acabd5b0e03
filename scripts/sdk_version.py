"""The package version: the pinned spec's ``info.version``, plus the SDK's own revision.

The wheel carries the version of the API description it was generated from, so that
``pip install getsocial-sdk==X`` picks the client for spec version X. Changes to the
overlay that do not come with a new spec bump ``SDK_REVISION`` and become ``X.postN``.

Run it to print the version: ``python scripts/sdk_version.py``.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from packaging.version import InvalidVersion, Version

SDK_REVISION = 0
LOCK_PATH = Path(__file__).resolve().parent.parent / "openapi" / "spec.lock.json"


def sdk_version(lock_path: Path = LOCK_PATH) -> str:
    """Return the PEP 440 version of the package built from the spec pinned in ``lock_path``."""
    spec_version = json.loads(lock_path.read_text(encoding="utf-8"))["spec_version"]
    try:
        base = Version(spec_version)
    except InvalidVersion as error:
        raise ValueError(
            f"spec info.version {spec_version!r} is not a PEP 440 version; "
            "the package version cannot be derived from it"
        ) from error
    return str(base) if SDK_REVISION == 0 else f"{base}.post{SDK_REVISION}"


__version__ = sdk_version()

if __name__ == "__main__":
    if len(sys.argv) > 1:
        print(__doc__)
        raise SystemExit(0 if sys.argv[1] in ("-h", "--help") else 2)
    print(__version__)
