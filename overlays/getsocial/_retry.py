"""What happens on a 429, a 5xx or a dropped connection: `RetryPolicy` and `RetryTransport`.

`RetryTransport` wraps httpx's own connection-pooling transport and is handed to the generated
client through ``httpx_args``, so regenerating the client never touches it. For every request:

1. ``X-GetSocial-*`` headers are dropped when the request goes to another origin than the
   client's base URL (a cross-origin redirect, or an absolute URL): credentials only ever go to
   the API they belong to.
2. The rate limiter (see ``_limiter.py``) is asked for a turn before each attempt and told about
   each answer, with a ``Retry-After`` cut down to ``max_retry_after``. When its turn would come
   after ``total_deadline``, the request is not sent and `RateLimitError` is raised at once.
3. The answer decides what comes next:

   - **429** is retried for every method, because the server did not process the request.
   - **502, 503, 504** and failures after the request may have reached the server (read error,
     read timeout, reset) are retried for idempotent methods only (GET, HEAD, OPTIONS, PUT,
     DELETE, TRACE, or a request carrying the `IDEMPOTENT_EXTENSION`). A POST that got a 5xx
     is never sent again: the server may have acted on it.
   - Failures before anything was sent (connect error or timeout, pool timeout) are retried
     for every method.
   - The wait is the server's ``retry-after-ms`` or ``Retry-After`` (seconds, fractional
     seconds or an HTTP date) when usable, else exponential backoff with jitter. A server wait
     longer than ``max_retry_after`` ends the request at once with `RateLimitError` instead of
     sleeping; so does a wait that would pass ``total_deadline``.

4. The body of every answer is read here, inside the retry loop, before the transport returns.
   httpx would otherwise read it only after the transport has returned, where a server that
   sends the headers and then stalls, closes or resets the connection would escape as a bare
   ``httpx.ReadTimeout``/``ReadError`` that nothing retries. The generated functions never
   stream, so reading eagerly costs nothing; a caller of ``client.stream(...)`` gets a body
   that is already in memory. The read counts against ``total_deadline`` too.
5. When no retry is left, a non-2xx answer becomes an exception (see `error_for_response`):
   403 and 429 always, the others when the client was built with ``raise_on_status=True`` (the
   default). 401 is passed back untouched, because the auth layer above (``_auth.py``) answers
   it by re-authenticating.
"""

from __future__ import annotations

import logging
import random
import threading
import time
import urllib.request
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

import attrs
import httpx

from ._errors import (
    APIConnectionError,
    APITimeoutError,
    GetSocialError,
    RateLimitError,
    describe_request,
    error_for_response,
)
from ._limiter import RateLimiter
from ._redact import redact
from ._retry_after import retry_after_from_headers

if TYPE_CHECKING:
    import asyncio  # imported where it is used, on the async paths: it costs 20 ms to import

__all__ = [
    "DEFAULT_INITIAL_BACKOFF",
    "DEFAULT_MAX_BACKOFF",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_TOTAL_DEADLINE",
    "IDEMPOTENT_EXTENSION",
    "IDEMPOTENT_METHODS",
    "RetryPolicy",
    "RetryTransport",
    "backoff_wait",
    "body_is_replayable",
    "plan_wait",
]

logger = logging.getLogger("getsocial")

DEFAULT_MAX_RETRIES = 3
"""Retries after the first attempt (so at most four sends of one request)."""

DEFAULT_INITIAL_BACKOFF = 0.5
"""Seconds before the first retry when the server gives no Retry-After; doubles per retry."""

DEFAULT_MAX_BACKOFF = 8.0
"""Upper bound in seconds of one backoff wait."""

DEFAULT_MAX_RETRY_AFTER = 60.0
"""A server-requested wait longer than this many seconds raises RateLimitError at once."""

DEFAULT_TOTAL_DEADLINE = 120.0
"""Seconds one call may take across all its attempts and waits (None: no limit)."""

IDEMPOTENT_METHODS = frozenset({"GET", "HEAD", "OPTIONS", "PUT", "DELETE", "TRACE"})

IDEMPOTENT_EXTENSION = "getsocial.idempotent"
"""Request extension that marks a request safe to resend after a 5xx (for example the
authentication call, which only issues a token)."""

RETRYABLE_STATUSES = frozenset({502, 503, 504})

# The answers whose Retry-After anything here reads: the retry decision, the rate limiter (which
# only looks at it on a 429) and RateLimitError. Other answers skip parsing the header.
_STATUSES_WITH_A_WAIT = RETRYABLE_STATUSES | {429}

# Nothing reached the server, so resending cannot duplicate an action.
_NOT_SENT_ERRORS = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)
# These may have reached the server; resent for idempotent requests only.
_MAYBE_SENT_ERRORS = (
    httpx.ReadError,
    httpx.ReadTimeout,
    httpx.WriteError,
    httpx.WriteTimeout,
    httpx.RemoteProtocolError,
)


# time.sleep() overflows a little above 9.2e9 s; no wait the policy allows may come near that,
# or an absurd setting would end a call with OverflowError instead of waiting.
_LONGEST_WAIT_S = 1e9


def _non_negative(_instance: object, attribute: attrs.Attribute[float], value: float) -> None:
    if not (isinstance(value, (int, float)) and 0 <= value <= _LONGEST_WAIT_S):
        raise ValueError(
            f"{attribute.name} must be a number from 0 to {_LONGEST_WAIT_S:g}, not {value!r}"
        )


def _deadline(_instance: object, _attribute: attrs.Attribute[float | None], value: object) -> None:
    if value is None:
        return
    if not (isinstance(value, (int, float)) and 0 < value <= _LONGEST_WAIT_S):
        raise ValueError(
            f"total_deadline must be a number above 0 and at most {_LONGEST_WAIT_S:g}, or None, "
            f"not {value!r}"
        )


def _retries(_instance: object, _attribute: attrs.Attribute[int], value: object) -> None:
    if not (isinstance(value, int) and not isinstance(value, bool) and value >= 0):
        raise ValueError(f"max_retries must be an integer >= 0, not {value!r}")


@attrs.frozen(kw_only=True)
class RetryPolicy:
    """How a client retries 429s, transient 5xx answers and connection failures.

    Example: wait at most 10 s for the server, give up on the whole call after 30 s::

        getsocial.GetSocial(retry=getsocial.RetryPolicy(max_retry_after=10, total_deadline=30))

    ``sleep=False`` keeps every decision (which answers are retried, how often, which wait is
    chosen, when RateLimitError is raised) but skips the waiting itself, for your own tests.
    """

    max_retries: int = attrs.field(default=DEFAULT_MAX_RETRIES, validator=_retries)
    initial_backoff: float = attrs.field(default=DEFAULT_INITIAL_BACKOFF, validator=_non_negative)
    max_backoff: float = attrs.field(default=DEFAULT_MAX_BACKOFF, validator=_non_negative)
    max_retry_after: float = attrs.field(default=DEFAULT_MAX_RETRY_AFTER, validator=_non_negative)
    total_deadline: float | None = attrs.field(default=DEFAULT_TOTAL_DEADLINE, validator=_deadline)
    sleep: bool = True


def backoff_wait(
    policy: RetryPolicy, *, retries_done: int, rng: Callable[[], float] = random.random
) -> float:
    """Exponential backoff with jitter: between half and all of initial * 2**retries_done."""
    ceiling = min(policy.initial_backoff * 2.0 ** min(retries_done, 64), policy.max_backoff)
    return ceiling * (0.5 + 0.5 * rng())


def plan_wait(
    policy: RetryPolicy,
    *,
    retries_done: int,
    retry_after: float | None,
    rng: Callable[[], float] = random.random,
) -> float | None:
    """The wait before the next retry, or None when the server asks for more than allowed."""
    if retry_after is None:
        return backoff_wait(policy, retries_done=retries_done, rng=rng)
    if retry_after > policy.max_retry_after:
        return None
    return retry_after


def _gave_up(attempts: int) -> str:
    return f"gave up after {attempts} attempt{'' if attempts == 1 else 's'}"


def _is_idempotent(request: httpx.Request) -> bool:
    marked = request.extensions.get(IDEMPOTENT_EXTENSION)
    if marked is not None:
        return bool(marked)
    return request.method.upper() in IDEMPOTENT_METHODS


def body_is_replayable(request: httpx.Request) -> bool:
    # Limitation: only in-memory bodies (bytes, JSON, form data) are sent again; a streamed or
    # multipart upload is not replayed after a retryable answer, and that answer is final.
    return isinstance(request.stream, httpx.ByteStream)


_DEFAULT_PORTS = {"http": 80, "https": 443}


def _origin(url: httpx.URL) -> tuple[str, str, int | None]:
    return (url.scheme, url.host, url.port or _DEFAULT_PORTS.get(url.scheme))


class _Run:
    """Bookkeeping of one request across its attempts."""

    __slots__ = ("policy", "started", "attempts", "original_timeout")

    def __init__(self, *, policy: RetryPolicy, started: float, original_timeout: object) -> None:
        self.policy = policy
        self.started = started
        self.attempts = 0
        self.original_timeout = original_timeout

    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def remaining(self) -> float | None:
        if self.policy.total_deadline is None:
            return None
        return self.policy.total_deadline - self.elapsed()


def environment_proxy(url: httpx.URL) -> str | None:
    """The proxy the environment names for ``url`` (``HTTPS_PROXY``, ``NO_PROXY``, ...), if any.

    Requests only go to the API's own origin, so one proxy decision per client is enough.
    """
    if url.host and urllib.request.proxy_bypass(url.host):
        return None
    proxies = urllib.request.getproxies()
    return proxies.get(url.scheme) or proxies.get("all")


def _retry_after(response: httpx.Response) -> float | None:
    if response.status_code in _STATUSES_WITH_A_WAIT:
        return retry_after_from_headers(response.headers)
    return None


def _check_deadline_while_reading(run: _Run, request: httpx.Request) -> None:
    # Each read has its own timeout; a server trickling the body must not outlast the call.
    remaining = run.remaining()
    if remaining is not None and remaining <= 0:
        raise httpx.ReadTimeout(
            f"total_deadline={run.policy.total_deadline:g}s passed while reading the body",
            request=request,
        )


def _buffered(response: httpx.Response, raw: bytes, request: httpx.Request) -> httpx.Response:
    """A response like ``response`` whose still-encoded body is ``raw``, already received.

    httpx decodes it (gzip, charset) as usual once the transport hands it over.
    """
    return httpx.Response(
        response.status_code,
        headers=response.headers,
        stream=httpx.ByteStream(raw),
        extensions=response.extensions,
        request=request,
    )


class _Verdict:
    """What to do with one answer: wait ``wait`` seconds and retry, or finish (wait None)."""

    __slots__ = ("wait", "reason")

    def __init__(self, wait: float | None, reason: str = "") -> None:
        self.wait = wait
        self.reason = reason


_FINISHED = _Verdict(None)


class _Pools:
    """The connection pools behind a transport and every transport derived from it.

    One sync pool serves every thread. Async pools are per event loop, because httpcore binds a
    connection and its locks to the loop that opened it: a client used under two
    ``asyncio.run()`` calls, or from loops in two threads, needs one pool in each. A pool is
    dropped once its loop is closed. An ``async_transport`` passed in is shared by all loops.
    """

    def __init__(
        self,
        *,
        proxy: str | None,
        transport: httpx.BaseTransport | None,
        async_transport: httpx.AsyncBaseTransport | None,
    ) -> None:
        self._proxy = proxy
        self._sync = transport
        self._given_async = async_transport
        self._by_loop: weakref.WeakKeyDictionary[
            asyncio.AbstractEventLoop, httpx.AsyncBaseTransport
        ] = weakref.WeakKeyDictionary()
        self._lock = threading.Lock()

    # httpx applies HTTP(S)_PROXY only to transports it builds itself, and these are built
    # here, so the pools read the proxy for the API's origin from the environment themselves.

    def sync(self) -> httpx.BaseTransport:
        if self._sync is None:
            with self._lock:
                if self._sync is None:
                    self._sync = httpx.HTTPTransport(proxy=self._proxy)
        return self._sync

    def for_running_loop(self) -> httpx.AsyncBaseTransport:
        if self._given_async is not None:
            return self._given_async
        import asyncio

        loop = asyncio.get_running_loop()
        with self._lock:
            pool = self._by_loop.get(loop)
            if pool is None:
                # A pool's connections refer to their loop, so the weak key alone would keep
                # a closed loop (and its sockets) alive.
                for closed in [other for other in self._by_loop if other.is_closed()]:
                    del self._by_loop[closed]
                pool = self._by_loop[loop] = httpx.AsyncHTTPTransport(proxy=self._proxy)
            return pool

    def close_sync(self) -> None:
        if self._sync is not None:
            self._sync.close()

    async def close_running_loop(self) -> None:
        """Close the pool of the running loop; a later request in this loop opens a new one."""
        if self._given_async is not None:
            await self._given_async.aclose()
            return
        import asyncio

        with self._lock:
            pool = self._by_loop.pop(asyncio.get_running_loop(), None)
        if pool is not None:
            await pool.aclose()


class RetryTransport(httpx.BaseTransport, httpx.AsyncBaseTransport):
    """An httpx transport (sync and async) that adds retries, rate limiting and origin checks.

    It wraps ``httpx.HTTPTransport`` / ``httpx.AsyncHTTPTransport`` (or the transports you
    pass, e.g. ``httpx.MockTransport`` in tests) and owns their connection pools unless it was
    made by `derive`, which shares them with different options. Async requests get a pool per
    event loop (see `_Pools`).
    """

    def __init__(
        self,
        *,
        base_url: str,
        policy: RetryPolicy,
        rate_limiter: RateLimiter | None,
        raise_on_status: bool,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        self.policy = policy
        self.rate_limiter = rate_limiter
        self.raise_on_status = raise_on_status
        self._trusted_origin = _origin(httpx.URL(base_url))
        self._pools = _Pools(
            proxy=environment_proxy(httpx.URL(base_url)),
            transport=transport,
            async_transport=async_transport,
        )
        self._owns_pools = True

    def derive(
        self, *, policy: RetryPolicy | None = None, raise_on_status: bool | None = None
    ) -> RetryTransport:
        """A transport with other options over the same connection pools and rate limiter."""
        derived = RetryTransport.__new__(RetryTransport)
        derived.__dict__.update(self.__dict__)
        derived.policy = policy if policy is not None else self.policy
        if raise_on_status is not None:
            derived.raise_on_status = raise_on_status
        derived._owns_pools = False
        return derived

    # -- the sync path ------------------------------------------------------------------------

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self._strip_foreign_credentials(request)
        run = self._start(request)
        inner = self._pools.sync()
        while True:
            if self.rate_limiter is not None:
                max_wait = run.remaining()
                held_for = self.rate_limiter.acquire(max_wait=max_wait)
                if held_for is not None:
                    raise self._held_past_deadline(run, request, held_for, max_wait)
            self._before_attempt(run, request)
            try:
                response = self._send_and_read_sync(inner, run, request)
            except httpx.TransportError as exc:
                wait = self._verdict_on_error(run, request, exc)
                self._sleep_sync(wait)
                continue

            retry_after = _retry_after(response)
            self._tell_limiter(run, response.status_code, retry_after)
            verdict = self._verdict_on_response(run, request, response, retry_after)
            if verdict.wait is None:
                if self._must_raise(response):
                    response.read()
                    raise self._final_error(run, response, retry_after, verdict.reason)
                return response

            self._sleep_sync(verdict.wait)

    def _send_and_read_sync(
        self, inner: httpx.BaseTransport, run: _Run, request: httpx.Request
    ) -> httpx.Response:
        response = inner.handle_request(request)
        try:
            assert isinstance(response.stream, httpx.SyncByteStream)
            # Joined once at the end: one copy of the body, or none when it came in one chunk.
            chunks = []
            for chunk in response.stream:
                chunks.append(chunk)
                _check_deadline_while_reading(run, request)
        finally:
            response.close()
        return _buffered(response, b"".join(chunks), request)

    def _sleep_sync(self, wait: float) -> None:
        if self.policy.sleep and wait > 0:
            time.sleep(wait)

    def close(self) -> None:
        if self._owns_pools:
            self._pools.close_sync()

    # -- the async path -----------------------------------------------------------------------

    async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
        self._strip_foreign_credentials(request)
        run = self._start(request)
        inner = self._pools.for_running_loop()
        while True:
            if self.rate_limiter is not None:
                max_wait = run.remaining()
                held_for = await self.rate_limiter.acquire_async(max_wait=max_wait)
                if held_for is not None:
                    raise self._held_past_deadline(run, request, held_for, max_wait)
            self._before_attempt(run, request)
            try:
                response = await self._send_and_read_async(inner, run, request)
            except httpx.TransportError as exc:
                wait = self._verdict_on_error(run, request, exc)
                await self._sleep_async(wait)
                continue

            retry_after = _retry_after(response)
            self._tell_limiter(run, response.status_code, retry_after)
            verdict = self._verdict_on_response(run, request, response, retry_after)
            if verdict.wait is None:
                if self._must_raise(response):
                    await response.aread()
                    raise self._final_error(run, response, retry_after, verdict.reason)
                return response

            await self._sleep_async(verdict.wait)

    async def _send_and_read_async(
        self, inner: httpx.AsyncBaseTransport, run: _Run, request: httpx.Request
    ) -> httpx.Response:
        response = await inner.handle_async_request(request)
        try:
            assert isinstance(response.stream, httpx.AsyncByteStream)
            chunks = []
            async for chunk in response.stream:
                chunks.append(chunk)
                _check_deadline_while_reading(run, request)
        finally:
            await response.aclose()
        return _buffered(response, b"".join(chunks), request)

    async def _sleep_async(self, wait: float) -> None:
        if self.policy.sleep and wait > 0:
            import asyncio

            await asyncio.sleep(wait)

    async def aclose(self) -> None:
        """Close the async pool of the running event loop (the others stay open)."""
        if self._owns_pools:
            await self._pools.close_running_loop()

    # -- decisions shared by both paths -------------------------------------------------------

    def _strip_foreign_credentials(self, request: httpx.Request) -> None:
        if _origin(request.url) == self._trusted_origin:
            return
        credentials = [name for name in request.headers if name.lower().startswith("x-getsocial-")]
        for name in credentials:
            del request.headers[name]
        if credentials:
            logger.debug(
                "Dropped %s from a request to another origin than the API: %s",
                ", ".join(credentials),
                describe_request(request),
            )

    def _start(self, request: httpx.Request) -> _Run:
        return _Run(
            policy=self.policy,
            started=time.monotonic(),
            original_timeout=request.extensions.get("timeout"),
        )

    def _before_attempt(self, run: _Run, request: httpx.Request) -> None:
        run.attempts += 1
        remaining = run.remaining()
        if remaining is None or not isinstance(run.original_timeout, dict):
            return

        # No single attempt may outlive the whole call's deadline.
        remaining = max(remaining, 0.001)
        request.extensions["timeout"] = {
            phase: remaining if limit is None else min(limit, remaining)
            for phase, limit in run.original_timeout.items()
        }

    def _verdict_on_response(
        self,
        run: _Run,
        request: httpx.Request,
        response: httpx.Response,
        retry_after: float | None,
    ) -> _Verdict:
        status = response.status_code
        if status == 429:
            pass
        elif status in RETRYABLE_STATUSES:
            if not _is_idempotent(request):
                return _Verdict(None, f"{request.method} is not resent after a {status}")
        else:
            return _FINISHED

        if not body_is_replayable(request):
            return _Verdict(None, "the request body is a stream and cannot be sent again")
        retries_done = run.attempts - 1
        if retries_done >= run.policy.max_retries:
            return _Verdict(None, _gave_up(run.attempts))

        wait = plan_wait(run.policy, retries_done=retries_done, retry_after=retry_after)
        if wait is None:
            return _Verdict(
                None,
                f"the server asked to wait {retry_after:.1f}s, more than "
                f"max_retry_after={run.policy.max_retry_after:g}s",
            )
        remaining = run.remaining()
        if remaining is not None and wait > remaining:
            return _Verdict(
                None,
                f"waiting {wait:.1f}s would pass total_deadline={run.policy.total_deadline:g}s",
            )

        logger.info(
            "Retrying %s in %.3fs after status %d (attempt %d of %d)",
            describe_request(request),
            wait,
            status,
            run.attempts + 1,
            run.policy.max_retries + 1,
            extra={
                "getsocial_attempt": run.attempts,
                "getsocial_status": status,
                "getsocial_wait": wait,
                "getsocial_retry_after": retry_after,
            },
        )
        return _Verdict(wait)

    def _verdict_on_error(
        self, run: _Run, request: httpx.Request, exc: httpx.TransportError
    ) -> float:
        """The wait before retrying after ``exc``; raises the final error when none is left."""
        reason = ""
        if not isinstance(exc, (*_NOT_SENT_ERRORS, *_MAYBE_SENT_ERRORS)):
            reason = "this kind of failure is not retried"
        elif isinstance(exc, _MAYBE_SENT_ERRORS) and not _is_idempotent(request):
            reason = f"{request.method} is not resent once it may have reached the server"
        elif not body_is_replayable(request):
            reason = "the request body is a stream and cannot be sent again"
        elif run.attempts - 1 >= run.policy.max_retries:
            reason = _gave_up(run.attempts)

        wait = 0.0
        if not reason:
            wait = backoff_wait(run.policy, retries_done=run.attempts - 1)
            remaining = run.remaining()
            if remaining is not None and wait > remaining:
                reason = f"waiting would pass total_deadline={run.policy.total_deadline:g}s"

        if reason:
            error_type = (
                APITimeoutError if isinstance(exc, httpx.TimeoutException) else (APIConnectionError)
            )
            message = (
                f"{describe_request(request)} failed: {type(exc).__name__}"
                f"{': ' + redact(str(exc)) if str(exc) else ''} ({reason})"
            )
            raise error_type(message, request=request) from exc

        logger.info(
            "Retrying %s in %.3fs after %s (attempt %d of %d)",
            describe_request(request),
            wait,
            type(exc).__name__,
            run.attempts + 1,
            run.policy.max_retries + 1,
            extra={
                "getsocial_attempt": run.attempts,
                "getsocial_status": None,
                "getsocial_wait": wait,
                "getsocial_retry_after": None,
            },
        )
        return wait

    def _tell_limiter(self, run: _Run, status: int, retry_after: float | None) -> None:
        if self.rate_limiter is None:
            return
        # A long Retry-After makes the limiter hold every later request of the client until it
        # has passed. A wait this policy refuses to sleep through for one call must not stall all
        # the calls after it, so the limiter hears at most max_retry_after.
        if retry_after is not None:
            retry_after = min(retry_after, run.policy.max_retry_after)
        self.rate_limiter.on_response(status, retry_after)

    def _held_past_deadline(
        self, run: _Run, request: httpx.Request, held_for: float, max_wait: float | None
    ) -> RateLimitError:
        """The error for a request whose rate-limiter turn would come after total_deadline."""
        left = max(max_wait or 0.0, 0.0)
        not_sent = "was not sent again" if run.attempts else "was not sent"
        message = (
            f"{describe_request(request)} {not_sent}: the client's rate limiter would hold it "
            f"{held_for:.1f}s, more than the {left:.1f}s left of "
            f"total_deadline={run.policy.total_deadline:g}s"
        )
        if run.attempts:
            message += f" ({_gave_up(run.attempts)})"
        error = RateLimitError(
            message,
            response=None,
            body=None,
            retry_after=held_for,
            attempts=run.attempts,
            request=request,
        )
        logger.warning("%s", error)
        return error

    def _must_raise(self, response: httpx.Response) -> bool:
        status = response.status_code
        if status < 400 or status == 401:
            return False
        return status in (403, 429) or self.raise_on_status

    def _final_error(
        self, run: _Run, response: httpx.Response, retry_after: float | None, reason: str
    ) -> GetSocialError:
        error = error_for_response(
            response, attempts=run.attempts, retry_after=retry_after, reason=reason
        )
        if isinstance(error, RateLimitError):
            logger.warning("%s", error)
        return error
