"""The clients go through the proxy the environment names, as httpx itself would."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import getsocial
import pytest
from getsocial_api.api.apps import list_apps

# A name that resolves nowhere: only a proxy can answer for it.
UNREACHABLE_BASE_URL = "http://api.getsocial.invalid/v1"


class _AnsweringProxy(BaseHTTPRequestHandler):
    """A forward proxy that answers every request itself and remembers the target it was asked."""

    targets: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        type(self).targets.append(self.path)
        body = json.dumps([{"id": "via-proxy", "name": "Proxied"}]).encode()
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@pytest.fixture
def proxy_url() -> Iterator[str]:
    _AnsweringProxy.targets = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), _AnsweringProxy)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def _no_retries() -> getsocial.RetryPolicy:
    return getsocial.RetryPolicy(max_retries=0)


def test_http_proxy_from_the_environment_carries_the_requests(
    proxy_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    with getsocial.GetSocial(api_key="k", base_url=UNREACHABLE_BASE_URL) as client:
        apps = list_apps.sync(client=client)

    assert [app.id for app in apps] == ["via-proxy"]
    assert _AnsweringProxy.targets == ["http://api.getsocial.invalid/v1/apps"]


async def test_async_requests_use_the_environment_proxy_too(
    proxy_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)

    async with getsocial.GetSocial(api_key="k", base_url=UNREACHABLE_BASE_URL) as client:
        apps = await list_apps.asyncio(client=client)

    assert [app.id for app in apps] == ["via-proxy"]


def test_no_proxy_sends_the_api_host_direct(
    proxy_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HTTP_PROXY", proxy_url)
    monkeypatch.setenv("NO_PROXY", "api.getsocial.invalid")

    with getsocial.GetSocial(
        api_key="k", base_url=UNREACHABLE_BASE_URL, retry=_no_retries()
    ) as client:
        with pytest.raises(getsocial.APIConnectionError):
            list_apps.sync(client=client)

    assert _AnsweringProxy.targets == []
