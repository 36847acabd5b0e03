"""GetSocial HTTP API client: the generated ``getsocial_api`` plus auth, retries and limits.

``getsocial_api`` holds one module per API operation, generated from the OpenAPI description.
This package adds what a generator cannot: clients that hold credentials safely, renew user
access tokens before they expire, retry 429s and transient failures, pace requests after rate
limiting, set timeouts and raise typed errors. Pass either client as ``client=`` to any
generated function::

    import getsocial
    from getsocial_api.api.apps import list_apps

    with getsocial.GetSocial(api_key="...") as client:
        apps = list_apps.sync(client=client)
"""

import logging

from ._auth import ACCESS_TOKEN_HEADER, API_KEY_HEADER
from ._authenticators import Authentication
from ._client import (
    API_KEY_ENV_VAR,
    AUTHENTICATE_PATH,
    DEFAULT_BASE_URL,
    DEFAULT_RETRY_POLICY,
    DEFAULT_TIMEOUT,
    GetSocial,
    GetSocialUser,
)
from ._errors import (
    APIConnectionError,
    APIStatusError,
    APITimeoutError,
    AuthenticationError,
    ClientClosedError,
    GetSocialError,
    PermissionDeniedError,
    RateLimitError,
)
from ._limiter import AdaptiveRateLimiter, RateLimiter
from ._redact import install_log_redaction
from ._retry import (
    DEFAULT_INITIAL_BACKOFF,
    DEFAULT_MAX_BACKOFF,
    DEFAULT_MAX_RETRIES,
    DEFAULT_MAX_RETRY_AFTER,
    DEFAULT_TOTAL_DEADLINE,
    IDEMPOTENT_EXTENSION,
    RetryPolicy,
)
from ._retry_after import parse_retry_after
from ._tokens import DEFAULT_REFRESH_MARGIN, DEFAULT_TOKEN_IDLE_LIFETIME

__all__ = [
    "ACCESS_TOKEN_HEADER",
    "API_KEY_ENV_VAR",
    "API_KEY_HEADER",
    "AUTHENTICATE_PATH",
    "DEFAULT_BASE_URL",
    "DEFAULT_INITIAL_BACKOFF",
    "DEFAULT_MAX_BACKOFF",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_MAX_RETRY_AFTER",
    "DEFAULT_REFRESH_MARGIN",
    "DEFAULT_RETRY_POLICY",
    "DEFAULT_TIMEOUT",
    "DEFAULT_TOKEN_IDLE_LIFETIME",
    "DEFAULT_TOTAL_DEADLINE",
    "IDEMPOTENT_EXTENSION",
    "APIConnectionError",
    "APIStatusError",
    "APITimeoutError",
    "AdaptiveRateLimiter",
    "Authentication",
    "AuthenticationError",
    "ClientClosedError",
    "GetSocial",
    "GetSocialError",
    "GetSocialUser",
    "PermissionDeniedError",
    "RateLimitError",
    "RateLimiter",
    "RetryPolicy",
    "parse_retry_after",
]

# httpx logs full request URLs, and the authentication call carries the identity token in its
# query string: redact from the moment the package is imported.
install_log_redaction()

# A library logs; the application decides where that goes (and without this, Python would print
# the package's warnings to stderr when logging is not configured).
logging.getLogger("getsocial").addHandler(logging.NullHandler())
