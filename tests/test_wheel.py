"""The built wheel is what users install: it must carry both packages and work on its own.

The wheel is built from the working tree, installed into a brand-new virtual environment (its
dependencies resolved by pip from the registry, held to the versions in requirements-dev.txt)
and used from a separate interpreter against a local HTTP server.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import threading
import zipfile
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
APPS_PAGE = [
    {
        "id": "example",
        "name": "Example App",
        "icon": "",
        "platforms": {
            "android_settings": {"cert_fingerprints": [], "enabled": False, "package_name": ""},
            "ios_settings": {
                "app_store_id": "12345",
                "bundle_id": "",
                "enabled": False,
                "team_id": "EXAMPLE",
            },
        },
    }
]


class _AppsHandler(BaseHTTPRequestHandler):
    seen_api_keys: list[str | None] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        type(self).seen_api_keys.append(self.headers.get("X-GetSocial-API-Key"))
        body = json.dumps(APPS_PAGE).encode()
        self.send_response(200 if self.path == "/v1/apps" else 404)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture(scope="module")
def apps_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AppsHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/v1"
    server.shutdown()
    server.server_close()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    outdir = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [sys.executable, "-m", "build", "--no-isolation", "--wheel", "--outdir", str(outdir)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (built,) = outdir.glob("*.whl")
    return built


def _expected_version() -> str:
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "sdk_version.py")],
        check=True,
        capture_output=True,
        text=True,
    )
    return result.stdout.strip()


def test_wheel_carries_both_packages_typed_and_versioned_from_the_spec(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())

    assert "getsocial/__init__.py" in names
    assert "getsocial/py.typed" in names
    assert "getsocial_api/__init__.py" in names
    assert "getsocial_api/py.typed" in names
    assert "getsocial_api/api/apps/list_apps.py" in names
    assert wheel.name.startswith(f"getsocial_sdk-{_expected_version()}-")


def test_wheel_in_a_fresh_venv_calls_an_operation_on_a_local_server(
    wheel: Path, apps_server: str, tmp_path: Path
) -> None:
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    python = venv / "bin" / "python"
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--disable-pip-version-check",
            "-c",
            str(ROOT / "requirements-dev.txt"),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    program = textwrap.dedent(
        f"""
        import getsocial
        from getsocial_api.api.apps import list_apps

        with getsocial.GetSocial(api_key="wheel-test-key", base_url={apps_server!r}) as client:
            apps = list_apps.sync(client=client)
        print(apps[0].id, apps[0].platforms.ios_settings.app_store_id)
        print(getsocial.__file__)
        """
    )

    result = subprocess.run(
        [str(python), "-c", program], cwd=tmp_path, capture_output=True, text=True, check=True
    )

    first_line, location = result.stdout.splitlines()
    assert first_line == "example 12345"
    assert location.startswith(str(venv))
    assert _AppsHandler.seen_api_keys[-1] == "wheel-test-key"
