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
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from loopback import JsonAnswer, serve, url_of

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


class _AppsHandler(JsonAnswer):
    body = json.dumps(APPS_PAGE).encode()


@pytest.fixture(scope="module")
def apps_server() -> Iterator[str]:
    with serve(_AppsHandler) as server:
        yield url_of(server) + "/v1"


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
    assert _AppsHandler.seen == ["/v1/apps"]
    assert _AppsHandler.headers_seen[-1]["X-GetSocial-API-Key"] == "wheel-test-key"
