"""The clients go through the proxy the environment names, as httpx itself would."""

from __future__ import annotations

import json
from collections.abc import Iterator

import getsocial
import pytest
from getsocial_api.api.apps import list_apps
from loopback import JsonAnswer, serve, url_of

# A name that resolves nowhere: only a proxy can answer for it.
UNREACHABLE_BASE_URL = "http://api.getsocial.invalid/v1"


class _AnsweringProxy(JsonAnswer):
    """A forward proxy that answers every request itself; ``seen`` holds the targets asked."""

    body = json.dumps([{"id": "via-proxy", "name": "Proxied"}]).encode()


@pytest.fixture
def proxy_url() -> Iterator[str]:
    with serve(_AnsweringProxy) as server:
        yield url_of(server)


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
    assert _AnsweringProxy.seen == ["http://api.getsocial.invalid/v1/apps"]


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

    assert _AnsweringProxy.seen == []
