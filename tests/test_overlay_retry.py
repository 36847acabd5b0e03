"""429s, transient 5xx answers and connection failures, against the fake server over loopback.

Each test runs through the sync and the async httpx client (the ``caller`` fixture). Waiting is
switched off with ``RetryPolicy(sleep=False)`` unless the test is about waiting; the chosen
waits are read from the ``getsocial`` log records.
"""

from __future__ import annotations

import asyncio
import contextlib
import email.utils
import logging
import socket
import struct
import threading
import time
from collections.abc import Iterator
from typing import Any

import getsocial
import httpx
import pytest
from fake_getsocial import FakeGetSocial, Reply
from getsocial_api.api.apps import list_apps
from overlay_support import Caller, api_client, user_client


def retry_waits(caplog: pytest.LogCaptureFixture) -> list[float]:
    return [
        record.getsocial_wait  # type: ignore[attr-defined]
        for record in caplog.records
        if record.name == "getsocial" and hasattr(record, "getsocial_wait")
    ]


@pytest.fixture(autouse=True)
def _capture_getsocial_logs(caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG, logger="getsocial")


@pytest.mark.parametrize("method", ["GET", "POST", "PUT", "DELETE"])
def test_429_is_retried_for_every_method(fake: FakeGetSocial, caller: Caller, method: str) -> None:
    fake.script("/v1/things", Reply(429, {"Retry-After": "0"}), Reply(429))
    client = api_client(fake)

    response = caller.request(client, method, "/things", json={"a": 1})

    assert response.status_code == 200
    assert fake.statuses("/v1/things") == [429, 429, 200]


def test_429_with_integer_retry_after_waits_that_many_seconds(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "7"}))

    caller.request(api_client(fake), "GET", "/apps")

    assert retry_waits(caplog) == [7.0]


def test_429_with_fractional_retry_after_waits_that_long(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "0.493"}))

    caller.request(api_client(fake), "GET", "/apps")

    assert retry_waits(caplog) == [pytest.approx(0.493)]


def test_429_with_http_date_retry_after_waits_until_that_date(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    in_five_seconds = email.utils.formatdate(time.time() + 5, usegmt=True)
    fake.script("/v1/apps", Reply(429, {"Retry-After": in_five_seconds}))

    caller.request(api_client(fake), "GET", "/apps")

    [wait] = retry_waits(caplog)
    assert 3.0 <= wait <= 5.0


def test_429_with_past_http_date_retries_without_waiting(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "Wed, 21 Oct 2015 07:28:00 GMT"}))

    response = caller.request(api_client(fake), "GET", "/apps")

    assert response.status_code == 200
    assert retry_waits(caplog) == [0.0]


def test_429_with_http_date_without_zone_is_read_as_gmt(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    in_four_seconds = email.utils.formatdate(time.time() + 4, usegmt=True).replace(" GMT", "")
    fake.script("/v1/apps", Reply(429, {"Retry-After": in_four_seconds}))

    caller.request(api_client(fake), "GET", "/apps")

    [wait] = retry_waits(caplog)
    assert 2.0 <= wait <= 4.0


def test_429_with_repeated_retry_after_headers_waits_the_longest(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script("/v1/apps", Reply(429, [("Retry-After", "2"), ("Retry-After", "3")]))

    caller.request(api_client(fake), "GET", "/apps")

    assert retry_waits(caplog) == [3.0]


def test_429_with_retry_after_ms_prefers_the_milliseconds(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "2", "retry-after-ms": "250"}))

    caller.request(api_client(fake), "GET", "/apps")

    assert retry_waits(caplog) == [pytest.approx(0.25)]


@pytest.mark.parametrize("retry_after", ["-1", "NaN", "inf", "soon", "1e3", ""])
def test_429_with_unusable_retry_after_falls_back_to_backoff(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture, retry_after: str
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": retry_after}))
    policy = getsocial.RetryPolicy(sleep=False, initial_backoff=0.2, max_backoff=0.2)

    response = caller.request(api_client(fake, retry=policy), "GET", "/apps")

    assert response.status_code == 200
    [wait] = retry_waits(caplog)
    assert 0.1 <= wait <= 0.2


def test_429_with_retry_after_3600_raises_at_once_without_sleeping(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "3600"}, body={"message": "Slow down"}))
    client = api_client(fake, retry=getsocial.RetryPolicy())  # sleeping switched on
    started = time.monotonic()

    with pytest.raises(getsocial.RateLimitError) as caught:
        caller.request(client, "GET", "/apps")

    assert time.monotonic() - started < 10
    assert caught.value.retry_after == 3600.0
    assert caught.value.attempts == 1
    assert caught.value.status_code == 429
    assert "max_retry_after" in str(caught.value)
    assert fake.count("/v1/apps") == 1


def test_429_beyond_max_retries_raises_rate_limit_error_with_attempts(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/apps", *[Reply(429, {"Retry-After": "1"})] * 5)
    policy = getsocial.RetryPolicy(sleep=False, max_retries=2)

    with pytest.raises(getsocial.RateLimitError) as caught:
        caller.request(api_client(fake, retry=policy), "GET", "/apps")

    assert caught.value.attempts == 3
    assert caught.value.retry_after == 1.0
    assert fake.count("/v1/apps") == 3


def test_429_whose_wait_passes_the_total_deadline_raises_instead_of_waiting(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "30"}))
    policy = getsocial.RetryPolicy(total_deadline=5)

    with pytest.raises(getsocial.RateLimitError, match="total_deadline"):
        caller.request(api_client(fake, retry=policy), "GET", "/apps")

    assert fake.count("/v1/apps") == 1


def test_retries_really_wait_when_sleeping_is_on(fake: FakeGetSocial, caller: Caller) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "0.3"}))
    started = time.monotonic()

    caller.request(api_client(fake, retry=getsocial.RetryPolicy()), "GET", "/apps")

    assert time.monotonic() - started >= 0.3


@pytest.mark.parametrize("status", [502, 503, 504])
def test_transient_5xx_is_retried_for_get(fake: FakeGetSocial, caller: Caller, status: int) -> None:
    fake.script("/v1/apps", Reply(status), Reply(status))

    response = caller.request(api_client(fake), "GET", "/apps")

    assert response.status_code == 200
    assert fake.statuses("/v1/apps") == [status, status, 200]


@pytest.mark.parametrize("status", [500, 502, 503, 504])
def test_post_is_never_replayed_after_a_5xx(
    fake: FakeGetSocial, caller: Caller, status: int
) -> None:
    fake.script("/v1/smart-links", Reply(status, body={"message": "upstream down"}))

    with pytest.raises(getsocial.APIStatusError) as caught:
        caller.request(api_client(fake), "POST", "/smart-links", json={"name": "x"})

    assert caught.value.status_code == status
    assert fake.count("/v1/smart-links") == 1


def test_500_is_not_retried_even_for_get(fake: FakeGetSocial, caller: Caller) -> None:
    fake.script("/v1/apps", Reply(500))

    with pytest.raises(getsocial.APIStatusError):
        caller.request(api_client(fake), "GET", "/apps")

    assert fake.count("/v1/apps") == 1


def test_503_retries_stop_after_max_retries(fake: FakeGetSocial, caller: Caller) -> None:
    fake.script("/v1/apps", *[Reply(503)] * 10)
    policy = getsocial.RetryPolicy(sleep=False, max_retries=3)

    with pytest.raises(getsocial.APIStatusError, match="gave up after 4 attempts"):
        caller.request(api_client(fake, retry=policy), "GET", "/apps")

    assert fake.count("/v1/apps") == 4


def _refusing_base_url() -> str:
    # A port that was free a moment ago: connecting to it is refused.
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/v1"


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_connection_refused_is_retried_then_raises_api_connection_error(
    caller: Caller, caplog: pytest.LogCaptureFixture, method: str
) -> None:
    policy = getsocial.RetryPolicy(sleep=False, max_retries=2)
    client = getsocial.GetSocial(
        "key-for-refused-port", base_url=_refusing_base_url(), retry=policy, rate_limiter=None
    )

    with pytest.raises(getsocial.APIConnectionError) as caught:
        caller.request(client, method, "/apps")

    # Nothing was sent, so even a POST may be tried again.
    assert len(retry_waits(caplog)) == 2
    assert isinstance(caught.value, httpx.TransportError)


def test_read_timeout_on_get_is_retried_then_raises_api_timeout_error(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/apps", Reply(200, delay=1.0), Reply(200, delay=1.0))
    policy = getsocial.RetryPolicy(sleep=False, max_retries=1)
    client = api_client(fake, retry=policy, timeout=0.2)

    with pytest.raises(getsocial.APITimeoutError) as caught:
        caller.request(client, "GET", "/apps")

    assert isinstance(caught.value, httpx.TimeoutException)
    assert fake.count("/v1/apps") == 2


def test_read_timeout_on_post_is_not_retried(fake: FakeGetSocial, caller: Caller) -> None:
    fake.script("/v1/smart-links", Reply(200, delay=1.0))
    client = api_client(fake, timeout=0.2)

    with pytest.raises(getsocial.APITimeoutError):
        caller.request(client, "POST", "/smart-links", json={})

    assert fake.count("/v1/smart-links") == 1


def test_total_deadline_shortens_the_timeout_of_each_attempt(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/apps", Reply(200, delay=2.0))
    policy = getsocial.RetryPolicy(sleep=False, max_retries=0, total_deadline=0.3)
    started = time.monotonic()

    with pytest.raises(getsocial.APITimeoutError):
        caller.request(api_client(fake, retry=policy, timeout=30), "GET", "/apps")

    assert time.monotonic() - started < 1.9


def test_streamed_body_is_not_resent_after_429(fake: FakeGetSocial) -> None:
    fake.script("/v1/uploads", Reply(429, {"Retry-After": "0"}))

    def chunks():
        yield b"part one "
        yield b"part two"

    with pytest.raises(getsocial.RateLimitError, match="stream"):
        api_client(fake).get_httpx_client().post("/uploads", content=chunks())

    assert fake.count("/v1/uploads") == 1


def test_with_options_overrides_the_retry_policy_for_one_call(
    fake: FakeGetSocial, caller: Caller
) -> None:
    client = api_client(fake)
    no_retries = client.with_options(retry=getsocial.RetryPolicy(max_retries=0))
    fake.script("/v1/apps", Reply(429), Reply(429))

    with pytest.raises(getsocial.RateLimitError):
        caller.request(no_retries, "GET", "/apps")
    assert fake.count("/v1/apps") == 1

    response = caller.request(client, "GET", "/apps")  # the original keeps its own policy

    assert response.status_code == 200
    assert fake.statuses("/v1/apps") == [429, 429, 200]


class RecordingLimiter:
    """A rate limiter that only writes down what the transport told it."""

    enabled = True

    def __init__(self) -> None:
        self.events: list[tuple[str, object]] = []
        self.max_waits: list[float | None] = []

    def acquire(self, max_wait: float | None = None) -> float | None:
        self.events.append(("acquire", None))
        self.max_waits.append(max_wait)
        return None

    async def acquire_async(self, max_wait: float | None = None) -> float | None:
        return self.acquire(max_wait)

    def on_response(self, status_code: int, retry_after: float | None) -> None:
        self.events.append(("response", (status_code, retry_after)))


def test_rate_limiter_is_asked_before_each_attempt_and_told_each_answer(
    fake: FakeGetSocial, caller: Caller
) -> None:
    limiter = RecordingLimiter()
    fake.script("/v1/apps", Reply(429, {"Retry-After": "1.5"}))

    caller.request(api_client(fake, rate_limiter=limiter), "GET", "/apps")

    assert limiter.events == [
        ("acquire", None),
        ("response", (429, 1.5)),
        ("acquire", None),
        ("response", (200, None)),
    ]


def test_each_client_gets_its_own_adaptive_rate_limiter_by_default(fake: FakeGetSocial) -> None:
    first = getsocial.GetSocial(fake.api_key, base_url=fake.base_url)
    second = getsocial.GetSocial(fake.api_key, base_url=fake.base_url)

    assert isinstance(first.rate_limiter, getsocial.AdaptiveRateLimiter)
    assert first.rate_limiter is not second.rate_limiter
    assert getsocial.GetSocial(fake.api_key, rate_limiter=False).rate_limiter is None


def test_the_authentication_call_is_retried_on_503_and_429(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/authenticate/user", Reply(503), Reply(429, {"Retry-After": "0"}))

    response = caller.request(user_client(fake), "GET", "/referrals/process")

    assert response.status_code == 200
    assert fake.statuses("/v1/authenticate/user") == [503, 429, 200]


def test_a_retry_is_logged_with_attempt_status_and_wait(
    fake: FakeGetSocial, caller: Caller, caplog: pytest.LogCaptureFixture
) -> None:
    fake.script("/v1/apps", Reply(503, {"Retry-After": "0.5"}))

    caller.request(api_client(fake), "GET", "/apps")

    [record] = [r for r in caplog.records if hasattr(r, "getsocial_wait")]
    assert record.getsocial_attempt == 1  # type: ignore[attr-defined]
    assert record.getsocial_status == 503  # type: ignore[attr-defined]
    message = record.getMessage()
    assert "0.500s" in message and "503" in message and "attempt 2 of 4" in message


@pytest.mark.timeout(60)
@pytest.mark.parametrize(
    "retry_after",
    ["86400", "Fri, 01 Jan 2099 00:00:00 GMT", "1" + "0" * 30],
    ids=["a-day", "http-date-in-2099", "1e30"],
)
def test_429_with_a_retry_after_beyond_max_retry_after_holds_later_calls_no_longer_than_it(
    fake: FakeGetSocial, caller: Caller, retry_after: str
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": retry_after}))
    policy = getsocial.RetryPolicy(max_retry_after=1.5)
    client = api_client(fake, retry=policy, rate_limiter=True)

    with pytest.raises(getsocial.RateLimitError, match="max_retry_after"):
        caller.request(client, "GET", "/apps")
    started = time.monotonic()
    response = caller.request(client, "GET", "/apps")

    # The limiter holds the client for max_retry_after at most, not for the server's wait.
    assert response.status_code == 200
    assert 1.0 <= time.monotonic() - started < 5.0


def test_rate_limiter_hears_a_retry_after_cut_down_to_max_retry_after(
    fake: FakeGetSocial, caller: Caller
) -> None:
    limiter = RecordingLimiter()
    fake.script("/v1/apps", Reply(429, {"Retry-After": "86400"}))
    client = api_client(fake, rate_limiter=limiter, retry=getsocial.RetryPolicy(max_retry_after=7))

    with pytest.raises(getsocial.RateLimitError) as caught:
        caller.request(client, "GET", "/apps")

    assert caught.value.retry_after == 86400.0  # the caller still learns what the server said
    assert limiter.events == [("acquire", None), ("response", (429, 7.0))]


def test_retry_after_on_an_answer_that_is_never_retried_is_ignored(
    fake: FakeGetSocial, caller: Caller
) -> None:
    limiter = RecordingLimiter()
    fake.script(
        "/v1/apps", Reply(200, {"Retry-After": "5"}, body=[]), Reply(404, {"Retry-After": "5"})
    )
    client = api_client(fake, rate_limiter=limiter, raise_on_status=False)

    caller.request(client, "GET", "/apps")
    caller.request(client, "GET", "/apps")

    assert limiter.events[1::2] == [("response", (200, None)), ("response", (404, None))]


def test_rate_limiter_is_told_how_long_the_call_may_still_wait(
    fake: FakeGetSocial, caller: Caller
) -> None:
    limiter = RecordingLimiter()
    fake.script("/v1/apps", Reply(503))
    policy = getsocial.RetryPolicy(sleep=False, total_deadline=30)

    caller.request(api_client(fake, rate_limiter=limiter, retry=policy), "GET", "/apps")

    first, second = limiter.max_waits
    assert first is not None and second is not None
    assert 0 < second <= first <= 30


@pytest.mark.timeout(60)
def test_call_whose_rate_limiter_turn_comes_after_its_total_deadline_raises_at_once(
    fake: FakeGetSocial, caller: Caller
) -> None:
    # The first call's 429 asks for a day; the limiter holds the client for max_retry_after.
    fake.script("/v1/apps", Reply(429, {"Retry-After": "86400"}))
    policy = getsocial.RetryPolicy(max_retry_after=20, total_deadline=2)
    client = api_client(fake, retry=policy, rate_limiter=True)
    with pytest.raises(getsocial.RateLimitError, match="max_retry_after"):
        caller.request(client, "GET", "/apps")
    started = time.monotonic()

    with pytest.raises(getsocial.RateLimitError) as caught:
        caller.request(client, "GET", "/apps")

    assert time.monotonic() - started < 1.0
    assert "rate limiter" in str(caught.value) and "total_deadline=2s" in str(caught.value)
    assert caught.value.retry_after is not None and 18 < caught.value.retry_after <= 20.5
    assert caught.value.attempts == 0
    assert caught.value.response is None and caught.value.status_code == 429
    assert caught.value.request.url.path == "/v1/apps"
    assert fake.count("/v1/apps") == 1


def test_call_held_back_by_the_rate_limiter_leaves_the_calls_behind_it_their_turn(
    fake: FakeGetSocial, caller: Caller
) -> None:
    fake.script("/v1/apps", Reply(429, {"Retry-After": "3"}))
    client = api_client(fake, retry=getsocial.RetryPolicy(max_retry_after=2), rate_limiter=True)
    with pytest.raises(getsocial.RateLimitError, match="max_retry_after"):
        caller.request(client, "GET", "/apps")
    hurried = client.with_options(retry=getsocial.RetryPolicy(total_deadline=0.5))
    for _ in range(20):
        with pytest.raises(getsocial.RateLimitError, match="total_deadline"):
            caller.request(hurried, "GET", "/apps")
    started = time.monotonic()

    response = caller.request(client, "GET", "/apps")

    # The hold ends 2 s after the 429; twenty calls that gave up did not push it further out.
    assert response.status_code == 200
    assert time.monotonic() - started < 2.5
    assert fake.count("/v1/apps") == 2


class BrokenBodyServer:
    """A loopback server that sends full headers and a little of the body, then fails: it
    stalls (``stall``), closes (``close``), resets (``reset``) or trickles a byte every 0.1 s
    (``trickle``)."""

    def __init__(self, failure: str) -> None:
        self.failure = failure
        self.requests = 0
        self._listener = socket.create_server(("127.0.0.1", 0))
        self._open: list[socket.socket] = []
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self._listener.getsockname()[1]}/v1"

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            self._open.append(connection)
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        received = b""
        while b"\r\n\r\n" not in received:
            chunk = connection.recv(65536)
            if not chunk:
                return
            received += chunk
        self.requests += 1
        connection.sendall(
            b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n[ "
        )
        if self.failure == "stall":
            time.sleep(5)
        elif self.failure == "close":
            connection.shutdown(socket.SHUT_RDWR)
            connection.close()
        elif self.failure == "reset":
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            connection.close()
        elif self.failure == "trickle":
            with contextlib.suppress(OSError):
                for _ in range(100):
                    time.sleep(0.1)
                    connection.sendall(b" ")

    def close(self) -> None:
        self._listener.close()
        for connection in self._open:
            connection.close()


@pytest.fixture(params=["stall", "close", "reset"])
def broken_body_server(request: pytest.FixtureRequest) -> Iterator[BrokenBodyServer]:
    server = BrokenBodyServer(request.param)
    yield server
    server.close()


def _client_for(server: BrokenBodyServer, **policy: Any) -> getsocial.GetSocial:
    return getsocial.GetSocial(
        "key-for-broken-bodies",
        base_url=server.base_url,
        timeout=0.5,
        retry=getsocial.RetryPolicy(sleep=False, **policy),
        rate_limiter=None,
    )


def test_failure_while_reading_the_body_of_a_get_is_retried_then_raises_a_typed_error(
    broken_body_server: BrokenBodyServer, caller: Caller
) -> None:
    client = _client_for(broken_body_server, max_retries=2)

    with pytest.raises(getsocial.APIConnectionError) as caught:
        caller.request(client, "GET", "/apps")

    if broken_body_server.failure == "stall":
        assert isinstance(caught.value, getsocial.APITimeoutError)
    assert broken_body_server.requests == 3


def test_failure_while_reading_the_body_of_a_post_raises_a_typed_error_without_resending(
    broken_body_server: BrokenBodyServer, caller: Caller
) -> None:
    client = _client_for(broken_body_server, max_retries=2)

    with pytest.raises(getsocial.APIConnectionError, match="may have reached the server"):
        caller.request(client, "POST", "/smart-links", json={"name": "x"})

    assert broken_body_server.requests == 1


def test_generated_function_raises_a_typed_error_when_the_body_breaks_off(
    broken_body_server: BrokenBodyServer,
) -> None:
    client = _client_for(broken_body_server, max_retries=0)

    with pytest.raises(getsocial.APIConnectionError):
        list_apps.sync(client=client)
    with pytest.raises(getsocial.APIConnectionError):
        asyncio.run(list_apps.asyncio(client=client))


def test_body_trickling_in_slower_than_the_total_deadline_ends_the_call_at_the_deadline(
    caller: Caller,
) -> None:
    server = BrokenBodyServer("trickle")
    client = _client_for(server, max_retries=3, total_deadline=0.8)
    started = time.monotonic()

    with pytest.raises(getsocial.APITimeoutError, match="total_deadline"):
        caller.request(client, "GET", "/apps")

    assert time.monotonic() - started < 1.5
    assert server.requests == 1
    server.close()
