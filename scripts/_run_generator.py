"""Run openapi-python-client once and write its warnings as JSON (a child of build_client.py).

The build runs the generator in its own process so that a crash or a kill cannot leave the
caller half-way, and so that the warnings come back as data rather than coloured terminal
text. Usage: ``_run_generator.py OPENAPI_JSON CONFIG_JSON OUTPUT_DIR WARNINGS_JSON [TEMPLATES]``.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from openapi_python_client import generate
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser.errors import ErrorLevel, GeneratorError, ParseError

# Generator messages sometimes embed reprs such as "<... object at 0x7f...>"; the address
# changes on every run and would make the report differ between identical builds.
_ADDRESS = re.compile(r"<[\w.]+ object at 0x[0-9a-f]+>")
_MAX_DATA_CHARS = 600


def _clean(text: str | None) -> str:
    return _ADDRESS.sub("<status code>", text or "").strip()


def _as_record(error: GeneratorError) -> dict[str, str]:
    record = {
        "level": error.level.value,
        "header": _clean(error.header),
        "detail": _clean(error.detail),
    }
    if isinstance(error, ParseError) and error.data is not None:
        data = error.data.model_dump_json(exclude_unset=True, by_alias=True)
        record["data"] = data if len(data) <= _MAX_DATA_CHARS else data[:_MAX_DATA_CHARS] + "…"
    return record


def main(argv: list[str]) -> int:
    if len(argv) not in (4, 5) or argv[0] in ("-h", "--help"):
        print(__doc__, file=sys.stderr)
        return 2
    openapi_path, config_path, output_dir, warnings_path = (Path(arg) for arg in argv[:4])
    templates = Path(argv[4]) if len(argv) == 5 else None

    config = Config.from_sources(
        ConfigFile.load_from_path(config_path),
        MetaType.NONE,
        openapi_path,
        "utf-8",
        overwrite=False,
        output_path=output_dir,
    )
    errors = generate(config=config, custom_template_path=templates)
    records = [_as_record(error) for error in errors]
    warnings_path.write_text(json.dumps(records, indent=2, ensure_ascii=False), encoding="utf-8")
    return 1 if any(error.level == ErrorLevel.ERROR for error in errors) else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
