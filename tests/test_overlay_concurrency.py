"""Many threads and tasks finding the access token expired at once: one authentication for all.

The fake server's authentication endpoint is slowed down a little so that every caller is
waiting while the single authentication runs.
"""

from __future__ import annotations

import asyncio
import gc
import threading
import time
import weakref
from concurrent.futures import ThreadPoolExecutor

import getsocial
import httpx
import pytest
from fake_getsocial import FakeGetSocial, Reply
from getsocial_api.api.apps import list_apps
from overlay_support import api_client, user_client

THREADS = 50
TASKS = 500
# The fake server runs a thread per connection in this same process; fewer connections serve
# 500 requests faster. The token logic under test does not depend on the pool size.
TASK_CONNECTIONS = 20


def _small_pool() -> httpx.AsyncHTTPTransport:
    return httpx.AsyncHTTPTransport(limits=httpx.Limits(max_connections=TASK_CONNECTIONS))


@pytest.fixture
def slow_auth_fake() -> FakeGetSocial:
    with FakeGetSocial(auth_delay=0.2) as fake:
        yield fake


def _first_token(fake: FakeGetSocial, client: getsocial.GetSocialUser) -> None:
    client.get_httpx_client().get("/referrals/process")
    assert fake.auth_calls == 1


def _all_served(fake: FakeGetSocial, count: int) -> None:
    """Every request reached its path and its last answer there was a 200: none was lost."""
    for index in range(count):
        assert fake.statuses(f"/v1/items/{index}")[-1] == 200


def test_50_threads_hitting_a_token_the_server_expired_cause_one_authentication(
    slow_auth_fake: FakeGetSocial,
) -> None:
    fake = slow_auth_fake
    client = user_client(fake)
    _first_token(fake, client)
    fake.expire_tokens()
    http = client.get_httpx_client()
    start = threading.Barrier(THREADS)

    def call(index: int) -> int:
        start.wait()
        return http.get(f"/items/{index}").status_code

    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(pool.map(call, range(THREADS)))

    assert statuses == [200] * THREADS
    assert fake.auth_calls == 2
    _all_served(fake, THREADS)


def test_50_threads_finding_the_token_idle_too_long_cause_one_authentication(
    slow_auth_fake: FakeGetSocial,
) -> None:
    fake = slow_auth_fake
    client = user_client(fake, token_idle_lifetime=0.2, refresh_margin=0.1)
    _first_token(fake, client)
    time.sleep(0.15)  # past the client's renewal point
    http = client.get_httpx_client()
    start = threading.Barrier(THREADS)

    def call(index: int) -> int:
        start.wait()
        return http.get(f"/items/{index}").status_code

    with ThreadPoolExecutor(THREADS) as pool:
        statuses = list(pool.map(call, range(THREADS)))

    assert statuses == [200] * THREADS
    assert fake.auth_calls == 2
    assert 401 not in [seen.status for seen in fake.requests]


async def test_500_tasks_hitting_a_token_the_server_expired_cause_one_authentication(
    slow_auth_fake: FakeGetSocial,
) -> None:
    fake = slow_auth_fake
    client = user_client(fake, async_transport=_small_pool())
    http = client.get_async_httpx_client()
    await http.get("/referrals/process")
    fake.expire_tokens()

    responses = await asyncio.gather(*(http.get(f"/items/{index}") for index in range(TASKS)))

    assert [response.status_code for response in responses] == [200] * TASKS
    assert fake.auth_calls == 2
    _all_served(fake, TASKS)
    await client.aclose()


async def test_500_tasks_starting_without_a_token_cause_one_authentication(
    slow_auth_fake: FakeGetSocial,
) -> None:
    fake = slow_auth_fake
    async with user_client(fake, async_transport=_small_pool()) as client:
        http = client.get_async_httpx_client()

        responses = await asyncio.gather(*(http.get(f"/items/{index}") for index in range(TASKS)))

    assert {response.status_code for response in responses} == {200}
    assert fake.auth_calls == 1


async def test_threads_and_tasks_sharing_one_client_cause_one_authentication(
    slow_auth_fake: FakeGetSocial,
) -> None:
    fake = slow_auth_fake
    client = user_client(fake)
    _first_token(fake, client)
    fake.expire_tokens()
    sync_http = client.get_httpx_client()
    async_http = client.get_async_httpx_client()

    def thread_calls() -> list[int]:
        return [sync_http.get(f"/items/{index}").status_code for index in range(5)]

    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(10) as pool:
        thread_results = [loop.run_in_executor(pool, thread_calls) for _ in range(10)]
        task_results = [async_http.get(f"/items/{index}") for index in range(100)]
        responses = await asyncio.gather(*task_results)
        per_thread = await asyncio.gather(*thread_results)

    assert {response.status_code for response in responses} == {200}
    assert {status for statuses in per_thread for status in statuses} == {200}
    assert fake.auth_calls == 2


async def test_event_loop_keeps_running_while_a_thread_authenticates(
    slow_auth_fake: FakeGetSocial,
) -> None:
    fake = slow_auth_fake
    fake.auth_delay = 0.5
    client = user_client(fake)
    thread = threading.Thread(target=client.get_httpx_client().get, args=("/items/0",))
    thread.start()
    while fake.auth_calls == 0:
        await asyncio.sleep(0.01)

    # The task waits for the thread's authentication; meanwhile the loop must keep ticking.
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            await asyncio.sleep(0.02)
            ticks += 1

    ticking = asyncio.ensure_future(ticker())
    response = await client.get_async_httpx_client().get("/items/1")
    ticking.cancel()
    thread.join()

    assert response.status_code == 200
    assert ticks >= 5
    assert fake.auth_calls == 1


def test_burst_against_a_failing_auth_endpoint_shares_one_failure(
    slow_auth_fake: FakeGetSocial,
) -> None:
    fake = slow_auth_fake
    fake.script("/v1/authenticate/user", *[Reply(401)] * 100)
    client = user_client(fake)
    http = client.get_httpx_client()
    start = threading.Barrier(20)

    def call(index: int) -> str:
        start.wait()
        try:
            http.get(f"/items/{index}")
        except getsocial.AuthenticationError:
            return "refused"
        return "served"

    with ThreadPoolExecutor(20) as pool:
        outcomes = list(pool.map(call, range(20)))

    assert outcomes == ["refused"] * 20
    # Callers that waited for the failed authentication share its result instead of retrying.
    assert fake.auth_calls == 1


@pytest.mark.parametrize("kind", ["api_key", "user"])
def test_one_client_serves_several_asyncio_run_calls_in_turn(
    fake: FakeGetSocial, kind: str
) -> None:
    client = api_client(fake) if kind == "api_key" else user_client(fake)

    async def call() -> None:
        assert len(await list_apps.asyncio(client=client) or []) == 1

    async def call_inside_async_with() -> None:
        async with client:
            await call()

    for _ in range(3):
        asyncio.run(call())
    for _ in range(2):
        asyncio.run(call_inside_async_with())

    assert fake.count("/v1/apps") == 5


def test_one_client_serves_event_loops_in_two_threads_at_once(fake: FakeGetSocial) -> None:
    client = user_client(fake)
    start = threading.Barrier(2)

    async def twenty_calls() -> int:
        results = await asyncio.gather(*(list_apps.asyncio(client=client) for _ in range(20)))
        return sum(len(apps or []) for apps in results)

    def loop_in_a_thread() -> int:
        start.wait()
        return asyncio.run(twenty_calls())

    with ThreadPoolExecutor(2) as threads:
        futures = [threads.submit(loop_in_a_thread) for _ in range(2)]
        served = [future.result(timeout=60) for future in futures]

    assert served == [20, 20]
    assert fake.auth_calls == 1
    assert fake.count("/v1/apps") == 40


def test_a_finished_event_loop_is_not_kept_alive_by_the_client(fake: FakeGetSocial) -> None:
    client = user_client(fake)
    finished: list[weakref.ref[asyncio.AbstractEventLoop]] = []

    async def call() -> None:
        finished.append(weakref.ref(asyncio.get_running_loop()))
        await list_apps.asyncio(client=client)

    asyncio.run(call())
    asyncio.run(call())
    gc.collect()

    assert finished[0]() is None
