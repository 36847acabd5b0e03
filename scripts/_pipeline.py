"""The Swagger 2.0 -> OpenAPI 3 -> Python client pipeline shared by build_client and check_drift.

One code path serves the GetSocial build and any other spec:

1. load the Swagger document leniently and check that it is Swagger 2.0;
2. apply the general Swagger fixes, then the ``*.pre.yaml`` overlays;
3. convert with swagger2openapi (JSON only) and validate the result as OpenAPI 3;
4. apply the general OpenAPI fixes, then the ``*.post.yaml`` overlays;
5. generate with openapi-python-client into a temporary folder;
6. import every generated module and match generated endpoints against the spec;
7. only then put the results in place, each with an atomic rename.
"""

from __future__ import annotations

import ctypes
import errno
import hashlib
import importlib.metadata
import json
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import _overlays
import _spec_fixes
import yaml
from _spec_load import SpecLoadError, check_refs, load_document

ROOT = Path(__file__).resolve().parent.parent
SCRIPTS = Path(__file__).resolve().parent
NODE_BIN = ROOT / "node_modules" / ".bin"
SWAGGER2OPENAPI_PACKAGE = ROOT / "node_modules" / "swagger2openapi" / "package.json"
REPORT_NAME = "generation-report.json"
BUILD_DIR_PREFIX = ".build-"

# Post hooks for the generated code. ``--isolated`` keeps the formatting independent of any
# ruff configuration found above the output folder, so the output is the same everywhere.
DEFAULT_POST_HOOKS = (
    "ruff check . --isolated --no-cache --fix-only --extend-select=I --line-length 100",
    "ruff format . --isolated --no-cache --line-length 100",
)
SUFFIX_FOR_DERIVED_PACKAGE = "_client"
MAX_PACKAGE_NAME_LENGTH = 48
CONVERT_TIMEOUT_SECONDS = 300
GENERATE_TIMEOUT_SECONDS = 900
IMPORT_TIMEOUT_SECONDS = 600
# The report's warnings come from the generator, plus one per duplicate key in the spec.
DUPLICATE_KEY_HEADER = "Duplicate key in the spec"


class PipelineError(Exception):
    """A step failed; the message is the one line shown to the user."""


@dataclass
class BuildResult:
    """What a build produced, kept in memory until it has been verified."""

    openapi: dict[str, Any]
    package_name: str = ""
    package_dir: Path | None = None
    report: dict[str, Any] = field(default_factory=dict)


# ------------------------------------------------------------------------- utilities


def canonical_json(document: Any) -> str:
    """Stable, pretty JSON with a trailing newline: the form every JSON output is written in."""
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"


def atomic_write_text(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old file or the new one."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def sha256_file(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(text: str, limit: int = 400) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def tool_versions() -> dict[str, str]:
    """Versions of the three tools whose output ends up in the repository."""
    try:
        converter = json.loads(SWAGGER2OPENAPI_PACKAGE.read_text(encoding="utf-8"))["version"]
    except (OSError, ValueError, KeyError):
        converter = "missing"
    versions = {"swagger2openapi": converter}
    for name in ("openapi-python-client", "ruff"):
        try:
            versions[name] = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            versions[name] = "missing"
    return versions


def child_environment() -> dict[str, str]:
    """Environment for tool processes: the pinned ruff first on PATH, no stray bytecode."""
    env = dict(os.environ)
    bin_dirs = [str(Path(sys.executable).parent), str(ROOT / ".venv" / "bin")]
    env["PATH"] = os.pathsep.join([*bin_dirs, env.get("PATH", "")])
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env.pop("PYTHONPATH", None)
    return env


def _run(command: list[str], *, timeout: int, what: str) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            command,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=child_environment(),
            check=False,
        )
    except FileNotFoundError as error:
        raise PipelineError(f"{what}: {command[0]} not found (run `make setup`)") from error
    except subprocess.TimeoutExpired as error:
        raise PipelineError(f"{what} did not finish within {timeout} s") from error


# ------------------------------------------------------------------ conversion stage


def derive_package_name(title: str) -> str:
    """A package name from a spec title: ``"Swagger Petstore"`` -> ``swagger_petstore_client``."""
    base = _spec_fixes.snake_case(title) or "api"
    if base[0].isdigit():
        base = f"api_{base}"
    base = _spec_fixes.capped_name(base, MAX_PACKAGE_NAME_LENGTH).lower()
    return f"{base}{SUFFIX_FOR_DERIVED_PACKAGE}"


def convert(swagger: dict[str, Any], workdir: Path) -> dict[str, Any]:
    """Run swagger2openapi on ``swagger``; return the OpenAPI 3 document."""
    source = workdir / "swagger.json"
    target = workdir / "openapi.json"
    source.write_text(canonical_json(swagger), encoding="utf-8")
    command = [str(NODE_BIN / "swagger2openapi"), "--patch", "--outfile", str(target), str(source)]
    result = _run(command, timeout=CONVERT_TIMEOUT_SECONDS, what="swagger2openapi")
    if result.returncode != 0 or not target.exists():
        reason = result.stderr.strip().splitlines() or ["no output"]
        message = next((line for line in reason if "Error" in line), reason[-1])
        raise PipelineError(f"swagger2openapi failed: {one_line(message)}")
    return json.loads(target.read_text(encoding="utf-8"))


def validate_openapi(document: dict[str, Any]) -> None:
    from openapi_spec_validator import validate
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

    try:
        # The validator follows every $ref it meets: only local, resolvable, acyclic ones
        # may reach it (an overlay could have added others after the spec was loaded).
        check_refs(document, source="the converted OpenAPI 3 document")
    except SpecLoadError as error:
        raise PipelineError(str(error)) from error
    try:
        validate(document)
    except OpenAPIValidationError as error:
        where = "/".join(str(part) for part in getattr(error, "path", []) or [])
        raise PipelineError(
            f"converted document is not valid OpenAPI 3 at {where or '/'}: "
            f"{one_line(str(getattr(error, 'message', error)), 200)}"
        ) from error
    except Exception as crash:  # a validator crash is still a failed check, not a traceback
        raise PipelineError(
            f"the converted OpenAPI 3 document could not be validated: "
            f"{type(crash).__name__}: {one_line(str(crash), 200)}"
        ) from crash


def build_openapi(spec: Path, patches: Path | None, workdir: Path) -> tuple[dict[str, Any], dict]:
    """Steps 1-4: the converted, fixed and patched OpenAPI 3 document, plus notes for the report."""
    swagger, duplicate_keys = load_document(spec)
    notes: dict[str, list[str]] = {
        "load": duplicate_keys,
        "swagger_fixes": [],
        "openapi_fixes": [],
        "overlays": [],
    }

    for fix in _spec_fixes.SWAGGER_FIXES:
        notes["swagger_fixes"].extend(fix(swagger))
    pre = _overlays.overlay_files(patches, _overlays.PRE_SUFFIX)
    notes["overlays"].extend(_overlays.apply_overlays(swagger, pre))

    openapi = convert(swagger, workdir)
    validate_openapi(openapi)

    notes["openapi_fixes"].extend(_spec_fixes.fix_nullable_models(openapi))
    notes["openapi_fixes"].extend(_spec_fixes.fix_response_media_types(openapi))
    body_notes, overrides = _spec_fixes.fix_request_bodies(openapi)
    notes["openapi_fixes"].extend(body_notes)
    post = _overlays.overlay_files(patches, _overlays.POST_SUFFIX)
    notes["overlays"].extend(_overlays.apply_overlays(openapi, post))
    if post:
        validate_openapi(openapi)
    return openapi, {"notes": notes, "content_type_overrides": overrides}


# ------------------------------------------------------------------ generation stage


def generator_config(
    config_path: Path | None, title: str, overrides: dict[str, str]
) -> dict[str, Any]:
    """The generator configuration: the config file, completed with derived values."""
    config: dict[str, Any] = {}
    if config_path is not None:
        try:
            loaded = yaml.safe_load(config_path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as error:
            raise PipelineError(
                f"cannot read generator config {config_path}: {one_line(str(error), 200)}"
            ) from error
        if not isinstance(loaded, dict):
            raise PipelineError(f"generator config {config_path} is not a mapping")
        config.update(loaded)
    package_name = config.get("package_name_override") or derive_package_name(title)
    config["package_name_override"] = package_name
    config.setdefault("project_name_override", package_name.replace("_", "-"))
    config.setdefault("post_hooks", list(DEFAULT_POST_HOOKS))
    merged_overrides = dict(overrides)
    merged_overrides.update(config.get("content_type_overrides") or {})
    if merged_overrides:
        config["content_type_overrides"] = merged_overrides
    return config


def run_generator(
    openapi: dict[str, Any], config: dict[str, Any], build_dir: Path, templates: Path | None
) -> tuple[Path, list[dict[str, str]]]:
    """Generate the package into ``build_dir``; return its folder and the generator warnings."""
    openapi_path = build_dir / "openapi.json"
    config_path = build_dir / "generator-config.json"
    warnings_path = build_dir / "warnings.json"
    openapi_path.write_text(canonical_json(openapi), encoding="utf-8")
    config_path.write_text(canonical_json(config), encoding="utf-8")
    package_dir = build_dir / config["package_name_override"]

    command = [
        sys.executable,
        str(SCRIPTS / "_run_generator.py"),
        str(openapi_path),
        str(config_path),
        str(package_dir),
        str(warnings_path),
    ]
    if templates is not None:
        command.append(str(templates))
    result = _run(command, timeout=GENERATE_TIMEOUT_SECONDS, what="openapi-python-client")
    warnings: list[dict[str, str]] = []
    if warnings_path.exists():
        warnings = json.loads(warnings_path.read_text(encoding="utf-8"))
    errors = [item for item in warnings if item.get("level") == "ERROR"]
    skipped = [item for item in warnings if item.get("header") == "Skipping Integration"]
    if skipped:
        # An unformatted package would differ from a formatted one: never accept it silently.
        raise PipelineError(f"post hook not run: {skipped[0]['detail']}")
    if result.returncode != 0 or not package_dir.is_dir():
        if errors:
            first = errors[0]
            raise PipelineError(
                f"openapi-python-client failed: {first['header']} "
                f"{one_line(first.get('detail', ''), 300)}"
            )
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise PipelineError(f"openapi-python-client failed: {one_line(tail)}")
    for name in ("openapi.json", "generator-config.json", "warnings.json"):
        (build_dir / name).unlink()
    _remove_tool_caches(package_dir)
    # The generator writes the PEP 561 marker only into a full project (--meta); the package is
    # generated bare, so the build adds it: type checkers then read the generated annotations.
    (package_dir / "py.typed").write_text("", encoding="utf-8")
    return package_dir, warnings


def _remove_tool_caches(package_dir: Path) -> None:
    # A post hook from a user's config may leave a cache behind; it is not part of the output.
    for pattern in (".ruff_cache", "__pycache__", ".mypy_cache"):
        for cache in sorted(package_dir.rglob(pattern), reverse=True):
            shutil.rmtree(cache, ignore_errors=True)


def import_all(package_dir: Path) -> tuple[list[str], dict[str, str]]:
    """Import every module of the package in a fresh interpreter."""
    command = [
        sys.executable,
        str(SCRIPTS / "_import_check.py"),
        str(package_dir.parent),
        package_dir.name,
    ]
    result = _run(command, timeout=IMPORT_TIMEOUT_SECONDS, what="import check")
    if result.returncode != 0:
        tail = (result.stderr.strip().splitlines() or ["no output"])[-1]
        raise PipelineError(f"import check crashed: {one_line(tail)}")
    outcome = json.loads(result.stdout)
    return outcome["modules"], outcome["failures"]


def match_operations(
    openapi: dict[str, Any], package_dir: Path, warnings: list[dict[str, str]]
) -> tuple[int, int, list[dict[str, str]]]:
    """Count operations in the spec and generated endpoint modules; list what went missing."""
    from openapi_python_client.strings import PythonIdentifier

    api_dir = package_dir / "api"
    expected = 0
    generated = 0
    dropped: list[dict[str, str]] = []
    for path, method, operation in _spec_fixes.iter_operations(openapi):
        expected += 1
        tag = (operation.get("tags") or ["default"])[0]
        module = (
            api_dir
            / str(PythonIdentifier(str(tag), prefix="tag"))
            / (f"{PythonIdentifier(operation['operationId'], prefix='field_')}.py")
        )
        if module.is_file() and f'"method": "{method}"' in module.read_text(encoding="utf-8"):
            generated += 1
            continue
        label = f"{method.upper()} {path}"
        reasons = [
            f"{item['header']} {item['detail']}".strip()
            for item in warnings
            if item["header"].startswith(f"WARNING parsing {label} within")
        ]
        reason = "; ".join(one_line(text, 300) for text in reasons) or "no reason given"
        dropped.append(
            {"operation": label, "operationId": operation["operationId"], "reason": reason}
        )
    return expected, generated, dropped


def verify(
    openapi: dict[str, Any], package_dir: Path, warnings: list[dict[str, str]]
) -> dict[str, Any]:
    """Step 6: the verification part of the report; raises when the package is unusable."""
    modules, failures = import_all(package_dir)
    if failures:
        name, error = sorted(failures.items())[0]
        raise PipelineError(
            f"{len(failures)} of {len(modules)} generated modules fail to import; "
            f"first: {name}: {one_line(error, 200)}"
        )
    in_spec, generated, dropped = match_operations(openapi, package_dir, warnings)
    silent = [item for item in dropped if item["reason"] == "no reason given"]
    if silent:
        raise PipelineError(
            f"{len(silent)} operation(s) missing from the generated client "
            f"without a generator warning; first: {silent[0]['operation']}"
        )
    return {
        "operations_in_spec": in_spec,
        "operations_generated": generated,
        "dropped": dropped,
        "modules_total": len(modules),
        "modules_imported": len(modules) - len(failures),
    }


# ------------------------------------------------------------------ putting in place


_AT_FDCWD = -100
_RENAME_EXCHANGE = 2


def _exchange(first: Path, second: Path) -> bool:
    """Atomically swap two paths with renameat2(RENAME_EXCHANGE); False when unsupported."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        renameat2 = libc.renameat2
    except (OSError, AttributeError):
        return False
    renameat2.argtypes = [
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_int,
        ctypes.c_char_p,
        ctypes.c_uint,
    ]
    outcome = renameat2(
        _AT_FDCWD, os.fsencode(first), _AT_FDCWD, os.fsencode(second), _RENAME_EXCHANGE
    )
    if outcome == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.ENOSYS, errno.EINVAL, errno.ENOTSUP):
        return False
    raise OSError(code, os.strerror(code), str(first))


def recover_interrupted(out_dir: Path, package_name: str) -> None:
    """Undo what a killed build left in ``out_dir``: restore the package, drop leftovers."""
    if not out_dir.is_dir():
        return
    target = out_dir / package_name
    for leftover in sorted(out_dir.glob(f"{BUILD_DIR_PREFIX}*")):
        previous = leftover / "previous"
        if not target.exists() and previous.is_dir():
            os.rename(previous, target)
        shutil.rmtree(leftover, ignore_errors=True)


def new_build_dir(out_dir: Path) -> Path:
    """A scratch folder next to the output, so that the final move is a same-disk rename."""
    out_dir.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=BUILD_DIR_PREFIX, dir=out_dir))


def swap_in(new_package: Path, target: Path) -> None:
    """Put ``new_package`` at ``target``; at every instant one complete package is there.

    With an existing package, the two folders are exchanged in one system call, then the old
    one (now inside the scratch folder) is deleted. Where the exchange is not available the
    old package is moved aside to ``<scratch>/previous`` first; a build killed between the
    two renames is undone by ``recover_interrupted`` at the start of the next run.
    """
    if not target.exists():
        os.rename(new_package, target)
        return
    if _exchange(new_package, target):
        shutil.rmtree(new_package)
        return
    previous = new_package.parent / "previous"
    os.rename(target, previous)
    os.rename(new_package, target)
    shutil.rmtree(previous)


# ------------------------------------------------------------------ whole build


def report_document(
    result: BuildResult, extras: dict[str, Any], warnings: list[dict[str, str]], spec: Path
) -> dict[str, Any]:
    notes = extras["notes"]
    return {
        "spec_sha256": sha256_file(spec),
        "package": result.package_name,
        "tools": tool_versions(),
        "operations_in_spec": result.report["operations_in_spec"],
        "operations_generated": result.report["operations_generated"],
        "modules_total": result.report["modules_total"],
        "modules_imported": result.report["modules_imported"],
        "dropped": result.report["dropped"],
        "warnings": [*load_warnings(notes["load"]), *generator_warnings(warnings)],
        "fixes": notes,
        "content_type_overrides": extras["content_type_overrides"],
    }


def load_warnings(duplicate_keys: list[str]) -> list[dict[str, str]]:
    """Report entries for what the lenient loader accepted but a strict one would refuse."""
    return [
        {"text": detail, "level": "WARNING", "header": DUPLICATE_KEY_HEADER, "detail": detail}
        for detail in duplicate_keys
    ]


def generator_warnings(warnings: list[dict[str, str]]) -> list[dict[str, str]]:
    return [{"text": f"{item['header']} {item['detail']}".strip(), **item} for item in warnings]
