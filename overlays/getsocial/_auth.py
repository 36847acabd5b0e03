"""Credentials as ``httpx.Auth`` flows, so that httpx applies them to every request.

`ApiKeyAuth` sends ``X-GetSocial-API-Key``; a 401 means the key is wrong, so it raises at once.
`AccessTokenAuth` sends ``X-GetSocial-Access-Token`` from a `TokenSession` (``_tokens.py``),
which renews the token before it expires; on a 401 anyway it gets a new token once and sends
the request again, and a second 401 raises `AuthenticationError`. A request whose body was a
stream cannot be sent again, so its 401 raises at once.

Calls to the authentication endpoint itself carry no credentials.
"""

from __future__ import annotations

from collections.abc import AsyncGenerator, Generator

import httpx

from ._errors import AuthenticationError, describe_request
from ._redact import REDACTED, register_secret
from ._retry import body_is_replayable
from ._tokens import TokenSession

__all__ = ["ACCESS_TOKEN_HEADER", "API_KEY_HEADER", "AccessTokenAuth", "ApiKeyAuth"]

API_KEY_HEADER = "X-GetSocial-API-Key"
ACCESS_TOKEN_HEADER = "X-GetSocial-Access-Token"


def _unreplayable_401(request: httpx.Request) -> AuthenticationError:
    return AuthenticationError(
        f"{describe_request(request)} answered 401 and its body is a stream that cannot be "
        "sent again after re-authenticating. Send the body as bytes, or retry the call.",
        status_code=401,
    )


def _drop_credentials(request: httpx.Request) -> None:
    # The generated client's default headers hold an empty placeholder for the credential.
    for name in (API_KEY_HEADER, ACCESS_TOKEN_HEADER):
        if name in request.headers:
            del request.headers[name]


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
            _drop_credentials(request)
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
            _drop_credentials(request)
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
            _drop_credentials(request)
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
