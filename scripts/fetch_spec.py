"""Download (or copy) GetSocial's Swagger 2.0 document, check it, and pin it.

The pin is two files that always change together:

- the vendored spec (``openapi/getsocial.swagger.json``), stored as pretty JSON even when
  the source was YAML, with the source's key order;
- the lock (``openapi/spec.lock.json``): where the spec came from, the sha256 of the vendored
  bytes, its ``info.version``, when it was taken and the versions of the tools that turn it
  into the client.

    python scripts/fetch_spec.py --url https://example.test/swagger.json \\
        --spec openapi/getsocial.swagger.json --lock openapi/spec.lock.json
    python scripts/fetch_spec.py --from-file ~/Downloads/swagger.yaml \\
        --spec openapi/getsocial.swagger.json --lock openapi/spec.lock.json
    python scripts/fetch_spec.py --verify \\
        --spec openapi/getsocial.swagger.json --lock openapi/spec.lock.json

Nothing on disk changes unless every check passes: the document must be a valid Swagger 2.0
description, self-contained, with a PEP 440 ``info.version`` (the wheel's version is derived
from it by ``scripts/sdk_version.py``, so a version that cannot become a wheel version is
refused here, where the cause is visible, rather than later in the build), and it must not
break callers of the pinned spec unless ``--accept-breaking`` is given.

Both files are written to temporary files next to their targets and moved into place, the
spec first and the lock last. A crash between the two moves leaves a spec whose sha256
differs from the lock; ``--verify`` (and ``make check``) report exactly that.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import re
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

import _cli
import httpx
from _spec_load import SpecLoadError, check_refs, parse_text
from openapi_spec_validator import OpenAPIV2SpecValidator
from packaging.version import InvalidVersion, Version
from spec_diff import SpecError, diff_specs, format_report, parse_document

DEFAULT_TIMEOUT_S = 30.0
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
REPO_ROOT = Path(__file__).resolve().parent.parent
PACKAGE_LOCK = REPO_ROOT / "package-lock.json"
PYTHON_TOOLS = ("openapi-python-client", "ruff")
NODE_TOOLS = ("swagger2openapi",)
LOCK_KEYS = ("source_url", "spec_sha256", "spec_version", "taken_at", "tools")
ACCEPT_HEADER = "application/json, application/yaml;q=0.9, text/yaml;q=0.9, */*;q=0.5"
MAX_MESSAGE_CHARS = 240

Json = Any


class PinError(Exception):
    """A reason not to pin; its message is printed as one ``error:`` line."""


@dataclass(frozen=True)
class Candidate:
    """A checked document, ready to be written as the new pin."""

    spec_bytes: bytes
    lock: dict[str, Json]
    document: dict[str, Json]


def _one_line(text: object, limit: int = MAX_MESSAGE_CHARS) -> str:
    flat = " ".join(str(text).split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


# --- getting the bytes -------------------------------------------------------------------


def download(url: str, *, timeout: float, max_bytes: int) -> tuple[bytes, str]:
    """Return the body and content type served at ``url``, following redirects.

    ``timeout`` bounds each network wait and the whole transfer, so a server that trickles
    bytes cannot hold the pin open. The body is read in chunks and abandoned as soon as it
    passes ``max_bytes`` (after content decoding, so a small gzip bomb is caught too).
    """
    deadline = time.monotonic() + timeout
    try:
        with httpx.Client(
            follow_redirects=True,
            timeout=httpx.Timeout(timeout),
            headers={"Accept": ACCEPT_HEADER},
        ) as client:
            with client.stream("GET", url) as response:
                if not response.is_success:
                    reason = response.reason_phrase or "no reason given"
                    raise PinError(f"{url} answered HTTP {response.status_code} {reason}")

                declared = response.headers.get("content-length", "")
                if declared.isdigit() and int(declared) > max_bytes:
                    raise PinError(_too_large(url, max_bytes))

                body = bytearray()
                for chunk in response.iter_bytes():
                    body.extend(chunk)
                    if len(body) > max_bytes:
                        raise PinError(_too_large(url, max_bytes))
                    if time.monotonic() > deadline:
                        raise PinError(f"timed out after {timeout:g} s downloading {url}")
                return bytes(body), response.headers.get("content-type", "")
    except httpx.TimeoutException as error:
        raise PinError(f"timed out after {timeout:g} s downloading {url}") from error
    except httpx.TooManyRedirects as error:
        raise PinError(f"too many redirects fetching {url}") from error
    except httpx.ConnectError as error:
        raise PinError(f"cannot connect to {url}: {_one_line(error)}") from error
    except (httpx.UnsupportedProtocol, httpx.InvalidURL) as error:
        raise PinError(f"cannot fetch {url!r}: {_one_line(error)}") from error
    except httpx.HTTPError as error:
        raise PinError(f"download of {url} failed: {_one_line(error)}") from error


def _too_large(source: str, max_bytes: int) -> str:
    return f"{source} is larger than {max_bytes} bytes (raise --max-bytes if that is expected)"


def read_local(path: Path, *, max_bytes: int) -> bytes:
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise PinError(_too_large(str(path), max_bytes))
        return path.read_bytes()
    except OSError as error:
        raise PinError(f"cannot read {path}: {error.strerror or error}") from error


# --- checking the document ---------------------------------------------------------------


def parse_spec(body: bytes, *, source: str, content_type: str = "") -> dict[str, Json]:
    """Turn downloaded bytes into a validated Swagger 2.0 document, or raise PinError."""
    if not body.strip():
        raise PinError(f"{source} returned an empty body")
    try:
        text = body.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise PinError(f"{source} is not UTF-8 text") from error

    if "html" in content_type.lower() or text.lstrip().startswith("<"):
        raise PinError(
            f"{source} returned an HTML or XML page, not a Swagger document "
            "(point --url at the swagger.json itself, not the API reference page)"
        )

    try:
        document, duplicate_keys = parse_text(text, source=source)
    except SpecLoadError as error:
        raise PinError(str(error)) from error
    if not isinstance(document, dict):
        kind = type(document).__name__
        raise PinError(f"{source} is not an API description: its top level is a {kind}")
    for duplicate in duplicate_keys:
        print(f"warning: {source}: {duplicate}", file=sys.stderr)

    if "openapi" in document and "swagger" not in document:
        raise PinError(
            f"{source} is an OpenAPI {document['openapi']} document; this pipeline pins the "
            "Swagger 2.0 file and converts it itself"
        )
    if str(document.get("swagger")) != "2.0":
        raise PinError(f'{source} is not a Swagger 2.0 document (no "swagger": "2.0" field)')

    try:
        # The validator would otherwise follow external refs over the network (and the pin
        # would no longer describe the whole API), or recurse without end on a $ref cycle.
        check_refs(document, source=source)
    except SpecLoadError as error:
        raise PinError(str(error)) from error
    _validate_swagger(document, source=source)
    return document


def _validate_swagger(document: Mapping[str, Json], *, source: str) -> None:
    try:
        error = next(OpenAPIV2SpecValidator(document).iter_errors(), None)
    except Exception as crash:  # a validator crash is still a failed check
        raise PinError(f"{source} could not be validated: {_one_line(crash)}") from crash
    if error is None:
        return
    parts = [str(part) for part in getattr(error, "absolute_path", None) or []]
    pointer = "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)
    where = f" at #/{pointer}" if parts else ""
    message = getattr(error, "message", str(error))
    # "not valid under any of the given schemas" says little; the alternatives' reasons do.
    reasons = list(dict.fromkeys(sub.message for sub in getattr(error, "context", None) or []))
    if reasons:
        message = f"{message} ({'; '.join(reasons[:3])})"
    raise PinError(f"{source} fails Swagger 2.0 validation{where}: {_one_line(message)}")


def spec_version_of(document: Mapping[str, Json], *, source: str) -> str:
    info = document.get("info")
    version = info.get("version") if isinstance(info, Mapping) else None
    try:
        Version(str(version))
    except InvalidVersion as error:
        raise PinError(
            f"{source} has info.version {version!r}, which is not a PEP 440 version; the "
            "wheel version derives from it (pin an edited copy with --from-file)"
        ) from error
    return str(version)


def render_spec(document: Mapping[str, Json]) -> bytes:
    """The vendored form: 2-space JSON, source key order, UTF-8, trailing newline."""
    return (json.dumps(document, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


def render_lock(lock: Mapping[str, Json]) -> bytes:
    return (json.dumps(lock, indent=2) + "\n").encode("utf-8")


# --- the lock ----------------------------------------------------------------------------


def tool_versions(package_lock: Path = PACKAGE_LOCK) -> dict[str, str]:
    """Versions of the tools that turn the spec into the client, as installed here."""
    versions: dict[str, str] = {}
    try:
        node_packages = json.loads(package_lock.read_text(encoding="utf-8"))["packages"]
    except (OSError, ValueError, KeyError) as error:
        raise PinError(f"cannot read node tool versions from {package_lock}: {error}") from error
    for name in NODE_TOOLS:
        entry = node_packages.get(f"node_modules/{name}")
        if not entry or "version" not in entry:
            raise PinError(f"{name} is missing from {package_lock}")
        versions[name] = entry["version"]
    for name in PYTHON_TOOLS:
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError as error:
            message = f"{name} is not installed in {sys.executable}; run make setup"
            raise PinError(message) from error
    return versions


def _utc_timestamp() -> str:
    """Now, to the second, as ISO 8601 with a Z suffix: 2024-05-01T12:00:00Z."""
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def build_candidate(document: dict[str, Json], *, source: str, source_url: str | None) -> Candidate:
    spec_bytes = render_spec(document)
    lock = {
        "source_url": source_url,
        "spec_sha256": _sha256(spec_bytes),
        "spec_version": spec_version_of(document, source=source),
        "taken_at": _utc_timestamp(),
        "tools": tool_versions(),
    }
    return Candidate(spec_bytes=spec_bytes, lock=lock, document=document)


def verify_pin(spec_path: Path, lock_path: Path) -> list[str]:
    """Problems that make the pinned spec and its lock disagree; empty when they agree."""
    try:
        lock = json.loads(lock_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as error:
        return [f"cannot read the lock {lock_path}: {_one_line(error)}"]
    if not isinstance(lock, dict):
        return [f"{lock_path} is not a JSON object"]
    problems = [f"{lock_path} has no {key!r}" for key in LOCK_KEYS if key not in lock]

    try:
        spec_bytes = spec_path.read_bytes()
    except OSError as error:
        return [*problems, f"cannot read the pinned spec {spec_path}: {error.strerror}"]
    if lock.get("spec_sha256") != _sha256(spec_bytes):
        problems.append(
            f"{spec_path} does not match spec_sha256 in {lock_path} (an interrupted make spec, "
            "or a hand edit): run make spec again, or restore both files from git"
        )
    else:
        try:
            version = json.loads(spec_bytes)["info"]["version"]
        except (ValueError, KeyError, TypeError):
            version = None
        if version != lock.get("spec_version"):
            problems.append(f"{lock_path} spec_version differs from info.version in {spec_path}")
    return problems


def _is_same_pin(candidate: Candidate, spec_path: Path, lock_path: Path) -> bool:
    """True when writing the candidate would change nothing but the timestamp."""
    try:
        current_lock = json.loads(lock_path.read_text(encoding="utf-8"))
        current_spec = spec_path.read_bytes()
    except (OSError, ValueError):
        return False
    unchanged = ("source_url", "spec_sha256", "spec_version", "tools")
    return current_spec == candidate.spec_bytes and all(
        isinstance(current_lock, dict) and current_lock.get(key) == candidate.lock[key]
        for key in unchanged
    )


# --- writing -----------------------------------------------------------------------------


def _staged_copy(target: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``target`` and return its path."""
    descriptor, staged = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        # mkstemp creates 0600 files; keep the target's mode, or the usual one for a new file.
        mode = target.stat().st_mode & 0o777 if target.exists() else 0o644
        os.chmod(staged, mode)
    except BaseException:
        Path(staged).unlink(missing_ok=True)
        raise
    return Path(staged)


def write_pin(candidate: Candidate, spec_path: Path, lock_path: Path) -> None:
    """Replace spec and lock; each file is either the old or the new one, never partial."""
    for folder in {spec_path.parent, lock_path.parent}:
        if not folder.is_dir():
            raise PinError(f"folder {folder} does not exist")

    staged: list[Path] = []
    try:
        staged.append(_staged_copy(spec_path, candidate.spec_bytes))
        staged.append(_staged_copy(lock_path, render_lock(candidate.lock)))
        os.replace(staged[0], spec_path)
        os.replace(staged[1], lock_path)
    except OSError as error:
        raise PinError(f"cannot write the pin: {_one_line(error)}") from error
    finally:
        for path in staged:
            path.unlink(missing_ok=True)
    for folder in {spec_path.parent, lock_path.parent}:
        _fsync_folder(folder)


def _fsync_folder(folder: Path) -> None:
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:
        pass  # Some file systems cannot sync a folder; the renames themselves are still atomic.
    finally:
        os.close(descriptor)


# --- the breaking-change gate ------------------------------------------------------------


def breaking_change_gate(candidate: Candidate, spec_path: Path, *, accept_breaking: bool) -> None:
    """Print the report against the current pin; refuse breaking changes unless accepted."""
    if not spec_path.exists():
        print(f"no spec pinned at {spec_path} yet: nothing to compare with")
        return
    try:
        current = parse_document(spec_path.read_text(encoding="utf-8-sig"), source=str(spec_path))
        changes = diff_specs(current, candidate.document)
    except (OSError, UnicodeDecodeError, SpecError) as error:
        print(
            f"warning: cannot compare with the pinned spec ({_one_line(error)}); "
            "pinning without a breaking-change report",
            file=sys.stderr,
        )
        return

    print(f"changes from {spec_path} to the new spec:")
    print(format_report(changes))
    breaking = sum(change.breaking for change in changes)
    if breaking and not accept_breaking:
        plural = "s" if breaking > 1 else ""
        raise PinError(
            f"{breaking} breaking change{plural} against the pinned spec (listed above; "
            "`make diff OLD=... NEW=...` shows them for a saved copy); pass --accept-breaking "
            "(make spec SPEC_ACCEPT_BREAKING=1) to pin anyway"
        )


# --- command line ------------------------------------------------------------------------


def _sha256_argument(value: str) -> str | None:
    if not value:
        return None  # `make spec` passes --sha256 '' when SPEC_SHA256 is unset.
    if not re.fullmatch(r"[0-9a-fA-F]{64}", value):
        raise argparse.ArgumentTypeError("expected 64 hex digits")
    return value.lower()


def _positive(kind: type[int] | type[float]) -> Callable[[str], int | float]:
    """An argparse type that accepts only numbers above zero."""

    def parse(value: str) -> int | float:
        number = kind(value)
        if number <= 0:
            raise argparse.ArgumentTypeError("must be greater than 0")
        return number

    return parse


class _OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # type: ignore[override]
        self.exit(2, f"error: {message} (see {self.prog} --help)\n")


def _parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = _OneLineParser(
        prog="fetch_spec.py",
        description="Download or copy a Swagger 2.0 document, validate it, compare it with the "
        "pinned one, and pin it (vendored JSON spec plus lock file).",
        epilog="After a pin, regenerate the client with `make generate`; `make spec` does so "
        "itself.",
    )
    source = parser.add_mutually_exclusive_group(required=False)
    source.add_argument("--url", help="http(s) address of the Swagger 2.0 document")
    source.add_argument(
        "--from-file",
        type=Path,
        metavar="PATH",
        help="pin a local JSON or YAML file instead of downloading (source_url is null)",
    )
    source.add_argument(
        "--verify",
        action="store_true",
        help="only check that the pinned spec matches its lock; change nothing",
    )
    parser.add_argument(
        "--sha256",
        type=_sha256_argument,
        default=None,
        metavar="HEX",
        help="expected sha256 of the document as served (before it is re-serialised)",
    )
    parser.add_argument("--spec", type=Path, required=True, help="the vendored spec to replace")
    parser.add_argument("--lock", type=Path, required=True, help="the lock file to replace")
    parser.add_argument(
        "--accept-breaking",
        action="store_true",
        help="pin even if the new spec breaks callers of the pinned one",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float),
        default=DEFAULT_TIMEOUT_S,
        metavar="S",
        help=f"seconds allowed for the whole download (default {DEFAULT_TIMEOUT_S:g})",
    )
    parser.add_argument(
        "--max-bytes",
        type=_positive(int),
        default=DEFAULT_MAX_BYTES,
        metavar="N",
        help=f"largest document accepted, in bytes (default {DEFAULT_MAX_BYTES})",
    )
    parser.add_argument(
        "--debug",
        action="store_true",
        help=f"print the traceback of an unexpected failure (or set {_cli.DEBUG_ENV_VAR}=1)",
    )
    args = parser.parse_args(argv)
    if not (args.url or args.from_file or args.verify):
        parser.error("one of --url, --from-file or --verify is required")
    return args


def pin(args: argparse.Namespace) -> None:
    if args.from_file is not None:
        source = str(args.from_file)
        body = read_local(args.from_file, max_bytes=args.max_bytes)
        content_type = ""
        source_url = None
    else:
        source = args.url
        body, content_type = download(args.url, timeout=args.timeout, max_bytes=args.max_bytes)
        source_url = args.url

    if args.sha256 is not None and _sha256(body) != args.sha256:
        raise PinError(f"{source} has sha256 {_sha256(body)}, expected {args.sha256}")

    document = parse_spec(body, source=source, content_type=content_type)
    candidate = build_candidate(document, source=source, source_url=source_url)

    if _is_same_pin(candidate, args.spec, args.lock) and not verify_pin(args.spec, args.lock):
        print(f"{args.spec} already pins this document (sha256 {candidate.lock['spec_sha256']})")
        return

    breaking_change_gate(candidate, args.spec, accept_breaking=args.accept_breaking)
    write_pin(candidate, args.spec, args.lock)
    print(
        f"pinned {source} as {args.spec} (info.version {candidate.lock['spec_version']}, "
        f"sha256 {candidate.lock['spec_sha256']}); lock written to {args.lock}"
    )
    print("next: make generate (regenerates the client from the new pin)")


def main(argv: Sequence[str] | None = None) -> int:
    args = _parse_args(argv)
    return _cli.run_guarded(lambda: run(args), debug=args.debug)


def run(args: argparse.Namespace) -> int:
    try:
        if args.verify:
            problems = verify_pin(args.spec, args.lock)
            if problems:
                raise PinError("; ".join(problems))
            print(f"{args.spec} matches {args.lock}")
        else:
            pin(args)
    except PinError as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
