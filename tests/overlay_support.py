"""Helpers for the overlay tests: clients pointed at the fake server, and one way to call
them that runs either through the sync httpx client or through the async one."""

from __future__ import annotations

import asyncio
import threading
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar

import getsocial
import httpx
from fake_getsocial import FakeGetSocial

T = TypeVar("T")

NO_SLEEP = getsocial.RetryPolicy(sleep=False)


def api_client(fake: FakeGetSocial, **options: Any) -> getsocial.GetSocial:
    options.setdefault("retry", NO_SLEEP)
    options.setdefault("rate_limiter", None)
    return getsocial.GetSocial(fake.api_key, base_url=fake.base_url, **options)


def user_client(fake: FakeGetSocial, **options: Any) -> getsocial.GetSocialUser:
    options.setdefault("retry", NO_SLEEP)
    options.setdefault("rate_limiter", None)
    if "authenticate" not in options and "access_token" not in options:
        options.setdefault("app_id", fake.app_id)
        options.setdefault("identity_type", "email")
        options.setdefault("value", "ann@example.com")
        options.setdefault("token", fake.identity_token)
    return getsocial.GetSocialUser(base_url=fake.base_url, **options)


class Caller:
    """Sends requests through a client's sync or async httpx client, as generated code does.

    The async flavour runs one event loop in a background thread for the whole test, so the
    async connection pool stays on one loop.
    """

    def __init__(self, mode: str) -> None:
        self.mode = mode
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        if mode == "async":
            self._loop = asyncio.new_event_loop()
            self._thread = threading.Thread(target=self._loop.run_forever, daemon=True)
            self._thread.start()

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        assert self._loop is not None
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout=60)

    def request(
        self,
        client: getsocial.GetSocial | getsocial.GetSocialUser,
        method: str,
        url: str,
        **kw: Any,
    ) -> httpx.Response:
        if self.mode == "sync":
            return client.get_httpx_client().request(method, url, **kw)
        return self.run(client.get_async_httpx_client().request(method, url, **kw))

    def call(self, sync: Callable[[], T], asynchronous: Callable[[], Awaitable[T]]) -> T:
        """Run ``sync()`` or ``await asynchronous()``, depending on the mode."""
        if self.mode == "sync":
            return sync()

        async def wrapper() -> T:
            return await asynchronous()

        return self.run(wrapper())

    def close(self) -> None:
        if self._loop is not None and self._thread is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(timeout=10)
            self._loop.close()
