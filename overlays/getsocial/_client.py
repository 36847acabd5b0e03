"""`GetSocial` and `GetSocialUser`: the generated client, with credentials, retries and timeouts.

Both classes subclass the generated ``getsocial_api.client.AuthenticatedClient``, so every
generated endpoint function, sync or asyncio, takes them as ``client=`` (type checkers agree).
Everything they add lives in httpx's own extension points, passed through the generated
client's ``httpx_args``: an ``httpx.Auth`` for the credential headers and token renewal
(``_auth.py``) and a transport for retries, rate limiting and the origin check (``_retry.py``).
The credentials never enter the generated client's fields or default headers.

Errors and the generated functions' return values
-------------------------------------------------
The generated ``sync()``/``asyncio()`` return the parsed body of a documented answer, or None;
``sync_detailed()`` returns a ``Response`` whatever the status. The overlay raises before the
generated code sees an answer when that answer is a failure a program cannot use as data:

- ``AuthenticationError`` for a 401 that one re-authentication did not cure (at once for an API
  key), ``PermissionDeniedError`` for 403, ``RateLimitError`` for a 429 that outlasted the retry
  policy, ``APIConnectionError``/``APITimeoutError`` when the server could not be reached.
  These are raised whatever the options.
- ``APIStatusError`` for every other status >= 400 (404, 409, 422, 500, ...) as long as
  ``raise_on_status=True``, the default. So a generated function's return value is always a
  success body, as users of other SDKs expect; None then only means "a 2xx/3xx the spec does not
  describe". With ``raise_on_status=False`` those answers reach the generated code unchanged
  (``sync_detailed`` shows the status; ``sync`` returns None, or the spec's error model when it
  declares one for that status).
"""

from __future__ import annotations

import enum
import os
import weakref
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, NoReturn, SupportsIndex, TypeVar, Union

import httpx
from getsocial_api.client import AuthenticatedClient

from ._auth import ACCESS_TOKEN_HEADER, API_KEY_HEADER, AccessTokenAuth, ApiKeyAuth
from ._authenticators import (
    Authenticator,
    CallbackAuthenticator,
    IdentityAuthenticator,
    TokenCallback,
)
from ._errors import ClientClosedError, GetSocialError
from ._limiter import AdaptiveRateLimiter, RateLimiter
from ._redact import REDACTED, install_log_redaction
from ._retry import RetryPolicy, RetryTransport
from ._tokens import DEFAULT_REFRESH_MARGIN, DEFAULT_TOKEN_IDLE_LIFETIME, TokenSession

if TYPE_CHECKING:
    import asyncio  # imported where an event loop is looked up: it costs 20 ms to import

__all__ = [
    "API_KEY_ENV_VAR",
    "AUTHENTICATE_PATH",
    "DEFAULT_BASE_URL",
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "GetSocial",
    "GetSocialUser",
]

DEFAULT_BASE_URL = "https://api.getsocial.im/v1"
"""Where requests go unless ``base_url=`` says otherwise."""

DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)
"""Per attempt: 5 s to connect, 30 s for each read, write and pool wait."""

DEFAULT_RETRY_POLICY = RetryPolicy()
"""Three retries, 0.5-8 s backoff, server waits up to 60 s, 120 s in total per call."""

API_KEY_ENV_VAR = "GETSOCIAL_API_KEY"
"""Environment variable read when ``GetSocial`` gets no ``api_key``."""

AUTHENTICATE_PATH = "/authenticate/user"
"""The user authentication endpoint, relative to the base URL."""

TimeoutOption = Union[float, httpx.Timeout, None]  # noqa: UP007 - evaluated on 3.9
LimiterOption = Union[RateLimiter, bool, None]  # noqa: UP007 - evaluated on 3.9
_Client = TypeVar("_Client", bound="_OverlayClient")


class _Keep(enum.Enum):
    """Marks an option of ``with_options`` that keeps the current value."""

    KEEP = enum.auto()


_KEEP = _Keep.KEEP


def _as_timeout(timeout: TimeoutOption) -> httpx.Timeout:
    if isinstance(timeout, httpx.Timeout):
        return timeout
    return httpx.Timeout(timeout)


def _as_limiter(rate_limiter: LimiterOption) -> RateLimiter | None:
    if rate_limiter is True:
        return AdaptiveRateLimiter()
    if rate_limiter is False or rate_limiter is None:
        return None
    return rate_limiter


def _auth_path(base_url: str) -> str:
    return httpx.URL(base_url.rstrip("/") + AUTHENTICATE_PATH).path


class _OverlayClient(AuthenticatedClient):
    """What `GetSocial` and `GetSocialUser` share: construction, derived copies, closing."""

    _overlay_auth: httpx.Auth
    _overlay_transport: RetryTransport
    _overlay_base_url: str
    _overlay_timeout: httpx.Timeout
    _overlay_extra: dict[str, Any]
    _overlay_async_clients: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, httpx.AsyncClient]
    _overlay_loopless_async_client: httpx.AsyncClient | None

    def _setup(
        self,
        *,
        base_url: str,
        auth: httpx.Auth,
        transport: RetryTransport,
        timeout: httpx.Timeout,
        credential_header: str,
        headers: Mapping[str, str] | None,
        cookies: Mapping[str, str] | None,
        follow_redirects: bool,
        raise_on_unexpected_status: bool,
    ) -> None:
        install_log_redaction()
        # The generated client puts `prefix + token` under `auth_header_name` into its default
        # headers. An empty placeholder goes there; the Auth flow fills in the real credential
        # per request, so no secret sits in the generated client's fields or reprs.
        AuthenticatedClient.__init__(
            self,
            base_url=base_url,
            token="",
            prefix="",
            auth_header_name=credential_header,
            headers=dict(headers or {}),
            cookies=dict(cookies or {}),
            timeout=timeout,
            follow_redirects=follow_redirects,
            raise_on_unexpected_status=raise_on_unexpected_status,
            httpx_args={"auth": auth, "transport": transport},
        )
        self._overlay_auth = auth
        self._overlay_transport = transport
        self._overlay_base_url = base_url
        self._overlay_timeout = timeout
        self._overlay_extra = {
            "credential_header": credential_header,
            "headers": dict(headers or {}),
            "cookies": dict(cookies or {}),
            "follow_redirects": follow_redirects,
            "raise_on_unexpected_status": raise_on_unexpected_status,
        }
        self._overlay_async_clients = weakref.WeakKeyDictionary()
        self._overlay_loopless_async_client = None

    @property
    def retry(self) -> RetryPolicy:
        """The retry policy of this client."""
        return self._overlay_transport.policy

    @property
    def rate_limiter(self) -> RateLimiter | None:
        return self._overlay_transport.rate_limiter

    @property
    def raise_on_status(self) -> bool:
        return self._overlay_transport.raise_on_status

    def with_options(
        self: _Client,
        *,
        retry: RetryPolicy | None = None,
        timeout: TimeoutOption | _Keep = _KEEP,
        raise_on_status: bool | None = None,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
    ) -> _Client:
        """A copy with other options that shares the connection pool, limiter and credentials.

        Example: no retries for one latency-sensitive call::

            fast = client.with_options(retry=getsocial.RetryPolicy(max_retries=0), timeout=2)
            apps = list_apps.sync(client=fast)

        Closing the copy leaves the shared pool open; close the original when done.
        """
        extra = self._overlay_extra
        copy = type(self).__new__(type(self))
        copy.__dict__.update(self.__dict__)
        _OverlayClient._setup(
            copy,
            base_url=self._overlay_base_url,
            auth=self._overlay_auth,
            transport=self._overlay_transport.derive(policy=retry, raise_on_status=raise_on_status),
            timeout=self._overlay_timeout if timeout is _KEEP else _as_timeout(timeout),
            credential_header=extra["credential_header"],
            headers={**extra["headers"], **(headers or {})},
            cookies={**extra["cookies"], **(cookies or {})},
            follow_redirects=extra["follow_redirects"],
            raise_on_unexpected_status=extra["raise_on_unexpected_status"],
        )
        return copy

    # The generated versions rebuild the client with attrs.evolve, which cannot call our
    # __init__; these keep their meaning and share the pool like with_options does.

    def with_headers(self: _Client, headers: dict[str, str]) -> _Client:
        return self.with_options(headers=headers)

    def with_cookies(self: _Client, cookies: dict[str, str]) -> _Client:
        return self.with_options(cookies=cookies)

    def with_timeout(self: _Client, timeout: httpx.Timeout) -> _Client:
        return self.with_options(timeout=timeout)

    def get_httpx_client(self) -> httpx.Client:
        """The httpx.Client behind the generated sync functions (one for all threads)."""
        client = AuthenticatedClient.get_httpx_client(self)
        if client.is_closed:
            raise ClientClosedError(
                f"This {type(self).__name__} was closed (close() or the end of `with client:`). "
                "Create a new client, or close it only when you are done with it."
            )
        return client

    def get_async_httpx_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient of the running event loop, made on first use in that loop.

        Each event loop gets its own (and its own connection pool), so one client works under
        several ``asyncio.run()`` calls in turn and from loops in several threads at once.
        Called outside any running loop, it returns one shared AsyncClient, whose requests
        still use the pool of whichever loop awaits them.
        """
        client = self._async_httpx_client()
        if client.is_closed:
            raise ClientClosedError(
                f"This {type(self).__name__} was closed in this event loop (aclose() or the end "
                "of `async with client:`). Create a new client, or close it only when you are "
                "done with it."
            )
        return client

    def _async_httpx_client(self) -> httpx.AsyncClient:
        if self._async_client is not None:  # given with set_async_httpx_client
            return self._async_client
        import asyncio

        try:
            loop: asyncio.AbstractEventLoop | None = asyncio.get_running_loop()
        except RuntimeError:
            loop = None
        if loop is None:
            if self._overlay_loopless_async_client is None:
                self._overlay_loopless_async_client = self._new_async_httpx_client()
            return self._overlay_loopless_async_client
        client = self._overlay_async_clients.get(loop)
        if client is None:
            client = self._overlay_async_clients[loop] = self._new_async_httpx_client()
        return client

    def _new_async_httpx_client(self) -> httpx.AsyncClient:
        # What the generated get_async_httpx_client builds, but kept per event loop.
        return httpx.AsyncClient(
            base_url=self._base_url,
            cookies=self._cookies,
            headers=self._headers,
            timeout=self._timeout,
            verify=self._verify_ssl,
            follow_redirects=self._follow_redirects,
            **self._httpx_args,
        )

    def close(self) -> None:
        """Close the sync connection pool (what ``with client:`` does on exit)."""
        AuthenticatedClient.get_httpx_client(self).close()

    async def aclose(self) -> None:
        """Close this event loop's connection pool (what ``async with client:`` does on exit)."""
        await self._async_httpx_client().aclose()

    def __exit__(self, *args: object, **kwargs: Any) -> None:
        AuthenticatedClient.get_httpx_client(self).__exit__(*args, **kwargs)

    async def __aexit__(self, *args: object, **kwargs: Any) -> None:
        await self._async_httpx_client().__aexit__(*args, **kwargs)

    # A client holds connection pools, locks and credentials: a shallow copy shares them the
    # way with_options does, while a deep copy or a pickle could only break them or leak them.

    def __copy__(self: _Client) -> _Client:
        return self.with_options()

    def __deepcopy__(self, memo: dict[int, Any]) -> NoReturn:
        raise TypeError(
            f"A {type(self).__name__} cannot be deep-copied: it holds connection pools, locks and "
            "credentials. Use client.with_options() for a copy that shares them, or create a new "
            "client."
        )

    def __reduce_ex__(self, protocol: SupportsIndex) -> NoReturn:
        raise TypeError(
            f"A {type(self).__name__} cannot be pickled: it holds connection pools, locks and "
            "credentials. Create a new client where it is needed (in another process, from the "
            "same options)."
        )

    def _describe(self, **fields: object) -> str:
        shown = ", ".join(f"{name}={value!r}" for name, value in fields.items())
        return f"{type(self).__name__}({shown})"


def _transport(
    *,
    base_url: str,
    retry: RetryPolicy,
    rate_limiter: LimiterOption,
    raise_on_status: bool,
    transport: httpx.BaseTransport | None,
    async_transport: httpx.AsyncBaseTransport | None,
) -> RetryTransport:
    return RetryTransport(
        base_url=base_url,
        policy=retry,
        rate_limiter=_as_limiter(rate_limiter),
        raise_on_status=raise_on_status,
        transport=transport,
        async_transport=async_transport,
    )


class GetSocial(_OverlayClient):
    """A client for the management API, authenticated with an API key.

    Example::

        import getsocial
        from getsocial_api.api.apps import list_apps

        with getsocial.GetSocial() as client:      # reads GETSOCIAL_API_KEY
            for app in list_apps.sync(client=client):
                print(app.id, app.name)

    Options (all keyword-only, defaults in the README): ``base_url``, ``timeout`` (seconds or
    an ``httpx.Timeout``; None waits forever), ``retry`` (a `RetryPolicy`), ``rate_limiter``
    (True: a new adaptive limiter per client; False/None: none; or your own object),
    ``raise_on_status`` (see the module docstring), ``headers``, ``cookies``,
    ``follow_redirects``, and ``transport``/``async_transport`` to replace httpx's
    connection-pooling transports (a proxy, custom TLS, ``httpx.MockTransport`` in tests).
    """

    def __init__(
        self,
        api_key: str | None = None,
        *,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutOption = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY_POLICY,
        rate_limiter: LimiterOption = True,
        raise_on_status: bool = True,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        follow_redirects: bool = False,
        raise_on_unexpected_status: bool = False,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        api_key = api_key or os.environ.get(API_KEY_ENV_VAR) or None
        if api_key is None:
            raise GetSocialError(
                f"No API key: pass GetSocial(api_key=...) or set {API_KEY_ENV_VAR}. Keys are "
                "created on the Developer Dashboard under Account Settings, API Keys."
            )
        self._setup(
            base_url=base_url,
            auth=ApiKeyAuth(api_key, unauthenticated_path=_auth_path(base_url)),
            transport=_transport(
                base_url=base_url,
                retry=retry,
                rate_limiter=rate_limiter,
                raise_on_status=raise_on_status,
                transport=transport,
                async_transport=async_transport,
            ),
            timeout=_as_timeout(timeout),
            credential_header=API_KEY_HEADER,
            headers=headers,
            cookies=cookies,
            follow_redirects=follow_redirects,
            raise_on_unexpected_status=raise_on_unexpected_status,
        )

    def __repr__(self) -> str:
        return self._describe(base_url=self._overlay_base_url, api_key=REDACTED, retry=self.retry)


class GetSocialUser(_OverlayClient):
    """A client that acts on behalf of one user, with an access token it keeps valid.

    Give the user's identity and the client authenticates through ``POST /authenticate/user``
    when first used, renews the token ``refresh_margin`` seconds before its sliding one-hour
    expiry, and re-authenticates once if a call answers 401 anyway::

        user = getsocial.GetSocialUser(
            app_id="my-app", identity_type="email", value="ann@example.com", token=user_secret
        )
        with user:
            referral = process_referral.sync(client=user)

    If you obtain tokens another way, pass ``access_token=`` (optional: the first one) and
    ``authenticate=`` a function, sync or async, that returns a new token. Other options are
    those of `GetSocial`, plus ``refresh_margin`` and ``token_idle_lifetime`` (seconds).
    """

    def __init__(
        self,
        *,
        app_id: str | None = None,
        identity_type: str | None = None,
        value: str = "",
        token: str | None = None,
        access_token: str | None = None,
        authenticate: TokenCallback | None = None,
        base_url: str = DEFAULT_BASE_URL,
        timeout: TimeoutOption = DEFAULT_TIMEOUT,
        retry: RetryPolicy = DEFAULT_RETRY_POLICY,
        rate_limiter: LimiterOption = True,
        raise_on_status: bool = True,
        refresh_margin: float = DEFAULT_REFRESH_MARGIN,
        token_idle_lifetime: float = DEFAULT_TOKEN_IDLE_LIFETIME,
        headers: Mapping[str, str] | None = None,
        cookies: Mapping[str, str] | None = None,
        follow_redirects: bool = False,
        raise_on_unexpected_status: bool = False,
        transport: httpx.BaseTransport | None = None,
        async_transport: httpx.AsyncBaseTransport | None = None,
    ) -> None:
        retry_transport = _transport(
            base_url=base_url,
            retry=retry,
            rate_limiter=rate_limiter,
            raise_on_status=raise_on_status,
            transport=transport,
            async_transport=async_transport,
        )
        timeout_value = _as_timeout(timeout)
        identity = {"app_id": app_id, "identity_type": identity_type, "token": token}
        # app_id alone names the app of an access_token; identity_type or token ask for login.
        given = identity_type is not None or token is not None

        authenticator: Authenticator | None
        if given and authenticate is not None:
            raise GetSocialError(
                "Pass either the identity (app_id, identity_type, value, token) or "
                "authenticate=, not both."
            )
        if given:
            missing = [name for name, option in identity.items() if not option]
            if missing:
                raise GetSocialError(
                    f"GetSocialUser needs {', '.join(missing)} to authenticate the user."
                )
            assert app_id is not None and identity_type is not None and token is not None
            authenticator = IdentityAuthenticator(
                auth_url=base_url.rstrip("/") + AUTHENTICATE_PATH,
                app_id=app_id,
                identity_type=identity_type,
                value=value,
                token=token,
                transport=retry_transport,
                timeout=timeout_value,
            )
        elif authenticate is not None:
            authenticator = CallbackAuthenticator(authenticate)
        elif access_token:
            authenticator = None
        else:
            raise GetSocialError(
                "GetSocialUser needs the user's identity (app_id, identity_type, value, token), "
                "or access_token= and/or authenticate=<function returning a token>."
            )

        self._session = TokenSession(
            authenticator=authenticator,
            access_token=access_token,
            idle_lifetime=token_idle_lifetime,
            refresh_margin=refresh_margin,
        )
        self._app_id = app_id
        self._identity_type = identity_type
        self._setup(
            base_url=base_url,
            auth=AccessTokenAuth(self._session, unauthenticated_path=_auth_path(base_url)),
            transport=retry_transport,
            timeout=timeout_value,
            credential_header=ACCESS_TOKEN_HEADER,
            headers=headers,
            cookies=cookies,
            follow_redirects=follow_redirects,
            raise_on_unexpected_status=raise_on_unexpected_status,
        )

    def __repr__(self) -> str:
        return self._describe(
            base_url=self._overlay_base_url,
            app_id=self._app_id,
            identity_type=self._identity_type,
            access_token=REDACTED,
            retry=self.retry,
        )

    @property
    def user(self) -> dict[str, Any] | None:
        """The user from the last authentication through the API (None before it)."""
        authentication = self._session.authentication
        return authentication.user if authentication else None

    @property
    def referral(self) -> dict[str, Any] | None:
        """Referral data from the last authentication, when the API sent any."""
        authentication = self._session.authentication
        return authentication.referral if authentication else None

    def authenticate(self) -> dict[str, Any] | None:
        """Authenticate now (normally done on first use) and return the user."""
        return self._session.authenticate_sync().user

    async def authenticate_async(self) -> dict[str, Any] | None:
        """Authenticate now without blocking the event loop, and return the user."""
        return (await self._session.authenticate_async()).user
