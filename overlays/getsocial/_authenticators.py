"""Where new access tokens come from: the authentication endpoint, or the caller's function.

`IdentityAuthenticator` calls ``POST /authenticate/user`` with the user's identity;
`CallbackAuthenticator` calls a function you supply, for tokens obtained some other way. Both
turn every failure into `AuthenticationError` and never retry on their own beyond the client's
retry policy.
"""

from __future__ import annotations

import inspect
import threading
from collections.abc import Awaitable, Callable
from typing import Any, Protocol, Union

import attrs
import httpx

from ._errors import AuthenticationError, GetSocialError, describe_request
from ._redact import REDACTED, register_secret
from ._retry import IDEMPOTENT_EXTENSION, RetryTransport

__all__ = [
    "Authentication",
    "Authenticator",
    "CallbackAuthenticator",
    "IdentityAuthenticator",
    "TokenCallback",
]

TokenCallback = Callable[[], Union[str, Awaitable[str]]]  # noqa: UP007 - evaluated on 3.9
"""A function (sync or async) that returns a fresh access token."""


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
                import asyncio  # here rather than at the top: it costs 20 ms to import

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
    import asyncio  # only for an async authenticate= function called from sync code

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
