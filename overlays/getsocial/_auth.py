"""Credentials as ``httpx.Auth`` flows: the API key, and user access tokens that renew themselves.

GetSocial access tokens expire one hour after their *last use*; after that every call answers
401. `TokenSession` therefore remembers when the token was last sent (on a monotonic clock) and
authenticates again `refresh_margin` seconds before the sliding expiry, so a healthy client never
sees that 401. If a 401 comes anyway (the server restarted, the token was revoked, the clock
guess was wrong), `AccessTokenAuth` authenticates once more and sends the request again; a
second 401 raises `AuthenticationError`.

Only one authentication runs at a time per session, whatever mix of threads, asyncio tasks and
event loops uses it: the others wait and then use its result, or share its failure. The waiting
is on a ``threading.Lock`` for threads and on an ``asyncio.Lock`` (per event loop) for tasks; a
task takes the thread lock without blocking its event loop, by polling. Each token comes with a
generation number, so a late 401 for a token that has already been replaced reuses the
replacement instead of throwing it away.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import threading
import time
import weakref
from collections.abc import AsyncGenerator, Awaitable, Callable, Generator
from typing import Any, Protocol, Union

import attrs
import httpx

from ._errors import AuthenticationError, GetSocialError, describe_request
from ._redact import REDACTED, register_secret
from ._retry import IDEMPOTENT_EXTENSION, RetryTransport, body_is_replayable

__all__ = [
    "ACCESS_TOKEN_HEADER",
    "API_KEY_HEADER",
    "DEFAULT_REFRESH_MARGIN",
    "DEFAULT_TOKEN_IDLE_LIFETIME",
    "AccessTokenAuth",
    "ApiKeyAuth",
    "Authentication",
    "CallbackAuthenticator",
    "IdentityAuthenticator",
    "TokenSession",
]

logger = logging.getLogger("getsocial")

API_KEY_HEADER = "X-GetSocial-API-Key"
ACCESS_TOKEN_HEADER = "X-GetSocial-Access-Token"

DEFAULT_TOKEN_IDLE_LIFETIME = 3600.0
"""Seconds after its last use at which GetSocial expires an access token."""

DEFAULT_REFRESH_MARGIN = 300.0
"""Seconds before that sliding expiry at which the client authenticates again."""

TokenCallback = Callable[[], Union[str, Awaitable[str]]]  # noqa: UP007 - evaluated on 3.9
"""A function (sync or async) that returns a fresh access token."""

_LOCK_POLL_START = 0.0005
_LOCK_POLL_MAX = 0.02


@attrs.frozen(repr=False)
class Authentication:
    """The result of one authentication: the token, and the user and referral when known."""

    access_token: str
    user: dict[str, Any] | None = None
    referral: dict[str, Any] | None = None

    def __repr__(self) -> str:
        return f"Authentication(access_token='{REDACTED}', user={self.user!r})"


class Authenticator(Protocol):
    def authenticate_sync(self) -> Authentication: ...

    async def authenticate_async(self) -> Authentication: ...


class IdentityAuthenticator:
    """Gets access tokens from ``POST /authenticate/user`` with the user's identity.

    The call goes through the client's `RetryTransport`, so it shares the connection pool and
    the rate limiter, and it is retried on 429, 5xx and connection errors within the client's
    retry policy (it is marked idempotent: it only issues a token). What still fails becomes
    `AuthenticationError`; nothing here loops.
    """

    def __init__(
        self,
        *,
        auth_url: str,
        app_id: str,
        identity_type: str,
        value: str,
        token: str,
        transport: RetryTransport,
        timeout: httpx.Timeout,
    ) -> None:
        register_secret(token)
        self._url = auth_url
        self._params = {"app_id": app_id, "identity_type": identity_type, "value": value}
        self._identity_token = token
        self._transport = transport
        self._timeout = timeout

    def __repr__(self) -> str:
        return f"IdentityAuthenticator(url={self._url!r}, token='{REDACTED}')"

    def _request(self) -> httpx.Request:
        return httpx.Request(
            "POST",
            self._url,
            params={**self._params, "token": self._identity_token},
            headers={"Accept": "application/json"},
            extensions={IDEMPOTENT_EXTENSION: True, "timeout": self._timeout.as_dict()},
        )

    def authenticate_sync(self) -> Authentication:
        request = self._request()
        try:
            response = self._transport.handle_request(request)
            try:
                response.read()
            finally:
                response.close()
        except (GetSocialError, httpx.HTTPError) as exc:
            raise _failed_authentication(request, exc) from exc
        return _parse_authentication(request, response)

    async def authenticate_async(self) -> Authentication:
        request = self._request()
        try:
            response = await self._transport.handle_async_request(request)
            try:
                await response.aread()
            finally:
                await response.aclose()
        except (GetSocialError, httpx.HTTPError) as exc:
            raise _failed_authentication(request, exc) from exc
        return _parse_authentication(request, response)


def _failed_authentication(request: httpx.Request, exc: Exception) -> AuthenticationError:
    status = getattr(exc, "status_code", None)
    return AuthenticationError(
        f"Could not authenticate the user: {exc}",
        status_code=status if isinstance(status, int) else None,
        response=getattr(exc, "response", None),
    )


def _parse_authentication(request: httpx.Request, response: httpx.Response) -> Authentication:
    status = response.status_code
    if status in (401, 403):
        raise AuthenticationError(
            f"{describe_request(request)} refused the identity ({status}): check app_id, "
            "identity_type, value and token.",
            status_code=status,
            response=response,
        )
    if not 200 <= status < 300:
        raise AuthenticationError(
            f"{describe_request(request)} answered {status} instead of an access token.",
            status_code=status,
            response=response,
        )
    try:
        payload = response.json()
    except ValueError:
        payload = None
    access_token = payload.get("access_token") if isinstance(payload, dict) else None
    if not isinstance(access_token, str) or not access_token:
        raise AuthenticationError(
            f"{describe_request(request)} answered {status} without an access_token.",
            status_code=status,
            response=response,
        )
    register_secret(access_token)
    assert isinstance(payload, dict)
    user = payload.get("user")
    referral = payload.get("referral")
    return Authentication(
        access_token=access_token,
        user=user if isinstance(user, dict) else None,
        referral=referral if isinstance(referral, dict) else None,
    )


class CallbackAuthenticator:
    """Gets access tokens from your own function, for tokens obtained some other way.

    A sync function called from async code runs in a worker thread, so it cannot block the
    event loop; an async function called from sync code runs on a private event loop.
    """

    def __init__(self, callback: TokenCallback) -> None:
        if not callable(callback):
            raise TypeError("authenticate= must be a function that returns an access token")
        self._callback = callback

    def __repr__(self) -> str:
        return f"CallbackAuthenticator({getattr(self._callback, '__qualname__', '<callable>')})"

    def authenticate_sync(self) -> Authentication:
        try:
            result = self._callback()
            if inspect.isawaitable(result):
                result = _run_coroutine_sync(result)
        except GetSocialError:
            raise
        except Exception as exc:
            raise AuthenticationError(
                f"The authenticate= function raised {type(exc).__name__}"
            ) from exc
        return _callback_result(result)

    async def authenticate_async(self) -> Authentication:
        try:
            if _is_async_callable(self._callback):
                result = self._callback()
            else:
                loop = asyncio.get_running_loop()
                result = await loop.run_in_executor(None, self._callback)
            if inspect.isawaitable(result):
                result = await result
        except GetSocialError:
            raise
        except Exception as exc:
            raise AuthenticationError(
                f"The authenticate= function raised {type(exc).__name__}"
            ) from exc
        return _callback_result(result)


def _is_async_callable(function: object) -> bool:
    return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(
        getattr(function, "__call__", None)  # noqa: B004 - an object with an async __call__
    )


def _callback_result(result: object) -> Authentication:
    if not isinstance(result, str) or not result:
        raise AuthenticationError(
            f"The authenticate= function must return a non-empty str, not {type(result).__name__}"
        )
    register_secret(result)
    return Authentication(access_token=result)


def _run_coroutine_sync(awaitable: Awaitable[object]) -> object:
    async def wait() -> object:
        return await awaitable

    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(wait())

    # This thread already runs an event loop, which must not be blocked: use another thread.
    outcome: dict[str, object] = {}

    def run() -> None:
        try:
            outcome["result"] = asyncio.run(wait())
        except BaseException as exc:  # handed back to the caller's thread below
            outcome["error"] = exc

    worker = threading.Thread(target=run, name="getsocial-authenticate")
    worker.start()
    worker.join()
    if "error" in outcome:
        raise outcome["error"]  # type: ignore[misc]
    return outcome["result"]


@attrs.frozen
class _Ticket:
    """The token a request carries and the generation it belongs to."""

    access_token: str
    generation: int


class TokenSession:
    """The current access token of one user, renewed before and after it expires.

    Shared by a client and every client derived from it with ``with_options``.
    """

    def __init__(
        self,
        *,
        authenticator: Authenticator | None,
        access_token: str | None,
        idle_lifetime: float,
        refresh_margin: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not idle_lifetime > 0:
            raise ValueError(f"token_idle_lifetime must be > 0, not {idle_lifetime!r}")
        if not 0 <= refresh_margin < idle_lifetime:
            raise ValueError(
                f"refresh_margin must be >= 0 and below token_idle_lifetime ({idle_lifetime:g}s),"
                f" not {refresh_margin!r}"
            )
        register_secret(access_token)
        self._authenticator = authenticator
        self._idle_lifetime = idle_lifetime
        self._refresh_margin = refresh_margin
        self._clock = clock

        self._access_token = access_token or None
        self._last_used: float = clock()
        self._generation = 0
        self._failure: AuthenticationError | None = None
        self.authentication: Authentication | None = None

        self._state_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        state = "none" if self._access_token is None else REDACTED
        return f"TokenSession(access_token={state!r}, generation={self._generation})"

    # -- checking out the current token -------------------------------------------------------

    def _checkout(self) -> _Ticket | None:
        """The current token marked as used now, or None when it is missing or about to expire."""
        with self._state_lock:
            now = self._clock()
            fresh_until = self._last_used + self._idle_lifetime - self._refresh_margin
            if self._access_token is None or now >= fresh_until:
                return None
            self._last_used = now
            return _Ticket(self._access_token, self._generation)

    def _outcome_since(self, generation: int) -> _Ticket | None:
        """After waiting for the lock: the result of an authentication that ran meanwhile."""
        with self._state_lock:
            if self._generation == generation:
                return None
            failure = self._failure
        if failure is not None:
            raise AuthenticationError(
                str(failure), status_code=failure.status_code, response=failure.response
            ) from failure
        return self._checkout()

    def _reason(self) -> str:
        if self._access_token is None:
            return "no access token yet"
        idle = self._clock() - self._last_used
        return f"access token idle for {idle:.0f}s, renewing before it expires"

    # -- authenticating -----------------------------------------------------------------------

    def _before_authenticating(self, reason: str) -> Authenticator:
        if self._authenticator is None:
            raise AuthenticationError(
                "The access token is missing, expired or refused, and this client cannot get a "
                "new one: create GetSocialUser with app_id/identity_type/value/token or with "
                "authenticate=<function returning a token>."
            )
        logger.info("Authenticating the user (%s)", reason, extra={"getsocial_reason": reason})
        return self._authenticator

    def _store(self, authentication: Authentication) -> _Ticket:
        with self._state_lock:
            self._access_token = authentication.access_token
            self._last_used = self._clock()
            self._generation += 1
            self._failure = None
            self.authentication = authentication
            ticket = _Ticket(authentication.access_token, self._generation)
        logger.info("Authenticated the user; the new access token is in use")
        return ticket

    def _store_failure(self, failure: AuthenticationError) -> None:
        with self._state_lock:
            self._generation += 1
            self._failure = failure
        logger.warning("Authentication failed: %s", failure)

    def forget(self, ticket: _Ticket) -> None:
        with self._state_lock:
            if self._access_token == ticket.access_token:
                self._access_token = None

    def _authenticate_locked_sync(self, reason: str) -> _Ticket:
        authenticator = self._before_authenticating(reason)
        try:
            authentication = authenticator.authenticate_sync()
        except AuthenticationError as exc:
            self._store_failure(exc)
            raise
        return self._store(authentication)

    async def _authenticate_locked_async(self, reason: str) -> _Ticket:
        authenticator = self._before_authenticating(reason)
        try:
            authentication = await authenticator.authenticate_async()
        except AuthenticationError as exc:
            self._store_failure(exc)
            raise
        return self._store(authentication)

    # -- the sync API -------------------------------------------------------------------------

    def ticket_sync(self) -> _Ticket:
        """A token fit to send now, authenticating first when needed."""
        ticket = self._checkout()
        if ticket is not None:
            return ticket
        with self._state_lock:
            generation = self._generation
        with self._refresh_lock:
            return self._outcome_since(generation) or self._authenticate_locked_sync(self._reason())

    def replace_refused_sync(self, refused: _Ticket) -> _Ticket:
        """A token to resend with after the server answered 401 to ``refused``."""
        with self._refresh_lock:
            ticket = self._outcome_since(refused.generation)
            if ticket is not None:
                return ticket
            self.forget(refused)
            return self._authenticate_locked_sync("the server answered 401")

    def authenticate_sync(self) -> Authentication:
        """Authenticate now, whatever the state of the current token."""
        with self._refresh_lock:
            self._authenticate_locked_sync("requested")
            assert self.authentication is not None
            return self.authentication

    # -- the async API ------------------------------------------------------------------------

    def _async_lock(self) -> asyncio.Lock:
        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def _acquire_refresh_lock(self) -> None:
        # Blocking on a threading.Lock would stall the event loop; poll it instead. It is only
        # contended when sync code in another thread is authenticating at this very moment.
        delay = _LOCK_POLL_START
        while not self._refresh_lock.acquire(blocking=False):
            await asyncio.sleep(delay)
            delay = min(delay * 2, _LOCK_POLL_MAX)

    async def ticket_async(self) -> _Ticket:
        ticket = self._checkout()
        if ticket is not None:
            return ticket
        with self._state_lock:
            generation = self._generation
        async with self._async_lock():
            await self._acquire_refresh_lock()
            try:
                ticket = self._outcome_since(generation)
                if ticket is not None:
                    return ticket
                return await self._authenticate_locked_async(self._reason())
            finally:
                self._refresh_lock.release()

    async def replace_refused_async(self, refused: _Ticket) -> _Ticket:
        async with self._async_lock():
            await self._acquire_refresh_lock()
            try:
                ticket = self._outcome_since(refused.generation)
                if ticket is not None:
                    return ticket
                self.forget(refused)
                return await self._authenticate_locked_async("the server answered 401")
            finally:
                self._refresh_lock.release()

    async def authenticate_async(self) -> Authentication:
        async with self._async_lock():
            await self._acquire_refresh_lock()
            try:
                await self._authenticate_locked_async("requested")
            finally:
                self._refresh_lock.release()
        assert self.authentication is not None
        return self.authentication


def _unreplayable_401(request: httpx.Request) -> AuthenticationError:
    return AuthenticationError(
        f"{describe_request(request)} answered 401 and its body is a stream that cannot be "
        "sent again after re-authenticating. Send the body as bytes, or retry the call.",
        status_code=401,
    )


class ApiKeyAuth(httpx.Auth):
    """Sends ``X-GetSocial-API-Key``; a 401 means the key is wrong, so it raises at once."""

    def __init__(self, api_key: str, *, unauthenticated_path: str | None = None) -> None:
        register_secret(api_key)
        self._api_key = api_key
        self._unauthenticated_path = unauthenticated_path

    def __repr__(self) -> str:
        return f"ApiKeyAuth(api_key='{REDACTED}')"

    def _prepare(self, request: httpx.Request) -> bool:
        if request.url.path == self._unauthenticated_path:
            return False
        request.headers[API_KEY_HEADER] = self._api_key
        return True

    @staticmethod
    def _refused(request: httpx.Request, response: httpx.Response) -> AuthenticationError:
        return AuthenticationError(
            f"{describe_request(request)} answered 401: the API key was refused. Check the key "
            "on the Developer Dashboard (API Keys) and the GETSOCIAL_API_KEY variable.",
            status_code=401,
            response=response,
        )

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if not self._prepare(request):
            yield request
            return
        response = yield request
        if response.status_code == 401:
            response.read()
            raise self._refused(request, response)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response, None]:
        if not self._prepare(request):
            yield request
            return
        response = yield request
        if response.status_code == 401:
            await response.aread()
            raise self._refused(request, response)


class AccessTokenAuth(httpx.Auth):
    """Sends ``X-GetSocial-Access-Token`` from a `TokenSession`; one re-authentication per 401."""

    def __init__(self, session: TokenSession, *, unauthenticated_path: str | None = None) -> None:
        self.session = session
        self._unauthenticated_path = unauthenticated_path

    def __repr__(self) -> str:
        return f"AccessTokenAuth({self.session!r})"

    @staticmethod
    def _still_refused(request: httpx.Request, response: httpx.Response) -> AuthenticationError:
        return AuthenticationError(
            f"{describe_request(request)} answered 401 again with a freshly issued access token: "
            "the user may not do this, or the identity is no longer valid.",
            status_code=401,
            response=response,
        )

    def sync_auth_flow(
        self, request: httpx.Request
    ) -> Generator[httpx.Request, httpx.Response, None]:
        if request.url.path == self._unauthenticated_path:
            yield request
            return
        ticket = self.session.ticket_sync()
        request.headers[ACCESS_TOKEN_HEADER] = ticket.access_token
        response = yield request
        if response.status_code != 401:
            return

        response.read()
        if not body_is_replayable(request):
            self.session.forget(ticket)
            raise _unreplayable_401(request)
        ticket = self.session.replace_refused_sync(ticket)
        request.headers[ACCESS_TOKEN_HEADER] = ticket.access_token
        response = yield request
        if response.status_code == 401:
            response.read()
            raise self._still_refused(request, response)

    async def async_auth_flow(
        self, request: httpx.Request
    ) -> AsyncGenerator[httpx.Request, httpx.Response, None]:
        if request.url.path == self._unauthenticated_path:
            yield request
            return
        ticket = await self.session.ticket_async()
        request.headers[ACCESS_TOKEN_HEADER] = ticket.access_token
        response = yield request
        if response.status_code != 401:
            return

        await response.aread()
        if not body_is_replayable(request):
            self.session.forget(ticket)
            raise _unreplayable_401(request)
        ticket = await self.session.replace_refused_async(ticket)
        request.headers[ACCESS_TOKEN_HEADER] = ticket.access_token
        response = yield request
        if response.status_code == 401:
            await response.aread()
            raise self._still_refused(request, response)
