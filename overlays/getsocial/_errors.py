"""The exceptions the overlay raises, and how an HTTP answer becomes one.

Every exception derives from `GetSocialError`. Messages name the request by method and a
redacted URL and say what to do next; they never contain the API key, an access token or the
identity token. The connection errors also derive from the matching httpx exception, so code
written against the generated functions' documented ``httpx.TimeoutException`` keeps working.
"""

from __future__ import annotations

import json
from typing import Any

import httpx

from ._redact import redact, redact_url

__all__ = [
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AuthenticationError",
    "ClientClosedError",
    "GetSocialError",
    "PermissionDeniedError",
    "RateLimitError",
    "error_for_response",
]

_MAX_MESSAGE_BODY_CHARS = 300


class GetSocialError(Exception):
    """Base class of every error raised by the ``getsocial`` package."""


class APIStatusError(GetSocialError):
    """The API answered with a non-2xx status that the overlay does not handle itself.

    ``status_code`` is the HTTP status, ``body`` the JSON-decoded error body when it parses
    (the raw text otherwise, or None when empty), ``response`` the httpx response (already read).
    The message is redacted; ``body`` and ``response`` are what the server sent, unredacted, so a
    server that echoes a credential puts it there: do not log them whole.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: Any) -> None:
        super().__init__(message)
        self.response = response
        self.status_code = response.status_code
        self.body = body

    @property
    def request(self) -> httpx.Request:
        return self.response.request


class PermissionDeniedError(APIStatusError):
    """403: the credentials are valid but may not do this (Limited key, IP whitelist, ...)."""


class RateLimitError(APIStatusError):
    """429 after the retries the policy allows, or a wait the call may not take.

    That wait is either the server's (longer than ``max_retry_after``, or past
    ``total_deadline``) or the client's own rate limiter's (its next turn for this request comes
    after ``total_deadline``). ``retry_after`` is that wait in seconds (None when the server gave
    none or an unusable one); ``attempts`` is how many times the request was sent. When the rate
    limiter held the request back, ``response`` and ``body`` are None (``status_code`` is 429
    all the same) and ``request`` is the request that was not sent.
    """

    response: httpx.Response | None  # type: ignore[assignment]

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response | None,
        body: Any,
        retry_after: float | None,
        attempts: int,
        request: httpx.Request | None = None,
    ) -> None:
        if response is None:
            GetSocialError.__init__(self, message)
            self.response = None
            self.status_code = 429
            self.body = body
        else:
            super().__init__(message, response=response, body=body)
        self.retry_after = retry_after
        self.attempts = attempts
        self._request = request

    @property
    def request(self) -> httpx.Request:
        if self._request is not None:
            return self._request
        assert self.response is not None, "a RateLimitError has a response or a request"
        return self.response.request


class AuthenticationError(GetSocialError):
    """The credentials were refused and re-authenticating did not help, or could not be tried.

    Raised for a 401 that survives one re-authentication, for a failed re-authentication (the
    auth endpoint answered 401/403/5xx or could not be reached; ``status_code`` is then that
    answer's status or None), and for a 401 on a request whose streamed body cannot be resent.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int | None = None,
        response: httpx.Response | None = None,
    ) -> None:
        super().__init__(message)
        self.status_code = status_code
        self.response = response


class ClientClosedError(GetSocialError, RuntimeError):
    """The client was used after ``close()``/``aclose()`` or the end of its ``with`` block.

    A RuntimeError too, which is what httpx raises for a closed client.
    """


class APIConnectionError(GetSocialError, httpx.TransportError):
    """The request could not be completed: connection refused or reset, DNS, TLS, protocol."""

    def __init__(self, message: str, *, request: httpx.Request | None = None) -> None:
        Exception.__init__(self, message)
        self._request = request


class APITimeoutError(APIConnectionError, httpx.TimeoutException):
    """A connect, read, write or pool timeout, on the last attempt the retry policy allowed."""


def describe_request(request: httpx.Request) -> str:
    """``METHOD url`` with secrets in the query string replaced."""
    return f"{request.method} {redact_url(str(request.url))}"


def decode_body(response: httpx.Response) -> Any:
    """The error body as JSON when it parses, as text otherwise, None when empty."""
    content = response.content
    if not content:
        return None
    try:
        return json.loads(content)
    except ValueError:
        return response.text


def _redacted(body: Any) -> Any:
    """A parsed JSON body with every string in it, keys included, redacted."""
    if isinstance(body, str):
        return redact(body)
    if isinstance(body, dict):
        return {_redacted(key): _redacted(value) for key, value in body.items()}
    if isinstance(body, list):
        return [_redacted(item) for item in body]
    return body


def server_message(body: Any) -> str:
    """A short, redacted, one-line summary of an error body for exception messages."""
    if isinstance(body, dict):
        for key in ("message", "error_message", "errorMsg", "error", "detail"):
            value = body.get(key)
            if isinstance(value, str) and value:
                body = value
                break
    # Redacted before serialising: json.dumps escapes quotes, backslashes, control and non-ASCII
    # characters, and a secret escaped that way no longer matches itself. The escaped forms are
    # redacted afterwards as well, should one be in the server's own strings.
    text = body if isinstance(body, str) else json.dumps(_redacted(body), default=str)
    text = " ".join(redact(text).split())
    if len(text) > _MAX_MESSAGE_BODY_CHARS:
        text = text[:_MAX_MESSAGE_BODY_CHARS] + "..."
    return text


def error_for_response(
    response: httpx.Response,
    *,
    attempts: int = 1,
    retry_after: float | None = None,
    reason: str = "",
) -> APIStatusError:
    """The exception for a finished (already read) non-2xx response other than 401."""
    body = decode_body(response)
    message = f"{describe_request(response.request)} answered {response.status_code}"
    if response.reason_phrase:
        message += f" {response.reason_phrase}"
    detail = server_message(body) if body is not None else ""
    if detail:
        message += f": {detail}"
    if reason:
        message += f" ({reason})"

    if response.status_code == 429:
        return RateLimitError(
            message, response=response, body=body, retry_after=retry_after, attempts=attempts
        )
    if response.status_code == 403:
        message += ". The credentials are valid but not allowed to do this: check the key's"
        message += " permission level, its app list and its IP whitelist."
        return PermissionDeniedError(message, response=response, body=body)
    return APIStatusError(message, response=response, body=body)
