#!/usr/bin/env python3
"""Build a Python client package from a Swagger 2.0 document.

The same steps serve the GetSocial SDK (``make generate``) and any other spec
(``make client SPEC=x.yaml OUT=dir``): lenient load, general fixes, overlays, conversion to
OpenAPI 3 with swagger2openapi, generation with openapi-python-client into a scratch folder,
an import of every generated module, a count of the generated operations, and only then an
atomic swap into ``OUT/<package>`` plus ``OUT/generation-report.json``. On any failure one
``error: ...`` line is printed, the exit status is non-zero, and nothing in OUT changes.

Examples:
  build_client.py --spec api.yaml --out clients
  build_client.py --spec openapi/getsocial.swagger.json --patches openapi/patches \\
      --openapi-out openapi/getsocial.openapi.json --config openapi/generator-config.yaml \\
      --out generated --lock openapi/spec.lock.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

import _cli
import _pipeline
from _overlays import OverlayError
from _spec_load import SpecLoadError


def parse_arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog=__doc__.split("\n\n", 1)[1],
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--spec", type=Path, required=True, help="Swagger 2.0 file, YAML or JSON")
    parser.add_argument(
        "--patches",
        type=Path,
        help="folder of Overlay 1.0 files: *.pre.yaml (Swagger) and *.post.yaml (OpenAPI 3)",
    )
    parser.add_argument(
        "--openapi-out",
        type=Path,
        help="where to write the converted OpenAPI 3 JSON (default: OUT/openapi.json)",
    )
    parser.add_argument(
        "--config",
        type=Path,
        help="openapi-python-client config (default: package name from the title)",
    )
    parser.add_argument(
        "--templates",
        type=Path,
        help="custom template folder (default: templates/ next to --config, when it exists)",
    )
    parser.add_argument(
        "--out", type=Path, help="folder that receives <package>/ and generation-report.json"
    )
    parser.add_argument(
        "--lock", type=Path, help="spec.lock.json; the spec must have the sha256 pinned there"
    )
    parser.add_argument(
        "--stage",
        choices=("openapi", "generate"),
        default="generate",
        help="stop after writing the OpenAPI document, or build everything (default)",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"print the traceback of an unexpected failure (or set {_cli.DEBUG_ENV_VAR}=1)",
    )
    arguments = parser.parse_args(argv)
    if arguments.stage == "openapi" and arguments.openapi_out is None:
        parser.error("--stage openapi needs --openapi-out")
    if arguments.stage == "generate" and arguments.out is None:
        parser.error("--out is required unless --stage openapi")
    return arguments


def check_lock(spec: Path, lock: Path | None) -> None:
    """Refuse a spec that differs from the pinned one; note tools that differ from the pin."""
    if lock is None:
        return
    if not lock.exists():
        print(
            f"warning: {lock} does not exist; the spec is not checked against a pin",
            file=sys.stderr,
        )
        return
    try:
        pinned = json.loads(lock.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        raise _pipeline.PipelineError(f"cannot read {lock}: {error}") from error
    actual = _pipeline.sha256_file(spec)
    if pinned.get("spec_sha256") != actual:
        raise _pipeline.PipelineError(
            f"{spec} has sha256 {actual[:12]}…, but {lock} pins "
            f"{str(pinned.get('spec_sha256'))[:12]}…; re-pin it with `make spec`"
        )
    installed = _pipeline.tool_versions()
    for name, version in sorted((pinned.get("tools") or {}).items()):
        if installed.get(name) != version:
            print(
                f"warning: {name} {installed.get(name)} is installed, {lock} pins {version}",
                file=sys.stderr,
            )


def default_templates(config: Path | None) -> Path | None:
    if config is None:
        return None
    candidate = config.parent / "templates"
    return candidate if candidate.is_dir() else None


def build(arguments: argparse.Namespace) -> dict:
    """Run the pipeline; return the report (or an empty dict for ``--stage openapi``)."""
    spec: Path = arguments.spec
    if not spec.is_file():
        raise _pipeline.PipelineError(f"spec {spec} does not exist")
    check_lock(spec, arguments.lock)

    with tempfile.TemporaryDirectory(prefix="build-client-") as workdir:
        openapi, extras = _pipeline.build_openapi(spec, arguments.patches, Path(workdir))
    for duplicate in extras["notes"]["load"]:
        print(f"warning: {spec}: {duplicate}", file=sys.stderr)
    openapi_text = _pipeline.canonical_json(openapi)
    if arguments.stage == "openapi":
        _pipeline.atomic_write_text(arguments.openapi_out, openapi_text)
        return {}

    out_dir: Path = arguments.out
    title = str((openapi.get("info") or {}).get("title") or spec.stem)
    config = _pipeline.generator_config(arguments.config, title, extras["content_type_overrides"])
    package_name = config["package_name_override"]
    templates = arguments.templates or default_templates(arguments.config)
    openapi_out = arguments.openapi_out or out_dir / "openapi.json"

    _pipeline.recover_interrupted(out_dir, package_name)
    build_dir = _pipeline.new_build_dir(out_dir)
    try:
        package_dir, warnings = _pipeline.run_generator(openapi, config, build_dir, templates)
        result = _pipeline.BuildResult(
            openapi=openapi, package_name=package_name, package_dir=package_dir
        )
        result.report = _pipeline.verify(openapi, package_dir, warnings)
        report = _pipeline.report_document(result, extras, warnings, spec)

        _pipeline.atomic_write_text(openapi_out, openapi_text)
        _pipeline.swap_in(package_dir, out_dir / package_name)
        _pipeline.atomic_write_text(
            out_dir / _pipeline.REPORT_NAME, _pipeline.canonical_json(report)
        )
    finally:
        shutil.rmtree(build_dir, ignore_errors=True)
    return report


def main(argv: list[str] | None = None) -> int:
    arguments = parse_arguments(argv)
    return _cli.run_guarded(lambda: run(arguments), debug=arguments.debug)


def run(arguments: argparse.Namespace) -> int:
    try:
        report = build(arguments)
    except (_pipeline.PipelineError, SpecLoadError, OverlayError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1

    if not report:
        print(f"wrote {arguments.openapi_out}")
        return 0
    print(
        f"generated {report['package']}: {report['operations_generated']}/"
        f"{report['operations_in_spec']} operations, {report['modules_imported']}/"
        f"{report['modules_total']} modules import, {len(report['warnings'])} warning(s)"
    )
    if report["dropped"]:
        print(
            f"warning: {len(report['dropped'])} operation(s) dropped; see "
            f"{arguments.out / _pipeline.REPORT_NAME}",
            file=sys.stderr,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
