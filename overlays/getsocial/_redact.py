"""Keeping credentials out of logs, reprs and exception messages.

Three things are secret here: the API key, access tokens and the identity ``token`` that
authenticates a user. The last one travels in the query string of the authentication call, and
httpx logs every request's full URL at INFO ("HTTP Request: POST https://...?token=..."), so
redacting only our own messages is not enough. On import this module therefore puts a
`RedactingFilter` on the ``getsocial``, ``httpx`` and ``httpcore.*`` loggers. It rewrites each
record's message, replacing

- every secret a client has registered with `register_secret`, anywhere: the exact string and
  the forms it takes once escaped for JSON, a Python repr or a URL;
- the value of any query parameter named like a credential (``token``, ``access_token``, ...);
- the value of any header named like a credential (``Set-Cookie``, ``Authorization``, names
  containing ``token``, ``key``, ``secret``, ``session``...) in httpcore's DEBUG lines, which show
  an answer's headers before the overlay has read its body. That is how the access token
  issued by the authentication call stays out of the log when the server also sets it as a
  cookie: it is registered only once the body has been parsed.

Every secret of three characters or more is registered. Shorter ones are not: replacing one or
two characters wherever they occur would blank out ordinary words, and no real key is that short.

Logger filters only see records created on that very logger, not on its children, which is why
each httpcore logger is listed by name.
"""

from __future__ import annotations

import collections
import json
import logging
import re
import threading
import urllib.parse

__all__ = [
    "REDACTED",
    "RedactingFilter",
    "install_log_redaction",
    "redact",
    "redact_url",
    "register_secret",
]

REDACTED = "[REDACTED]"

_REDACTED_LOGGERS = (
    "getsocial",
    "httpx",
    "httpcore",
    "httpcore.connection",
    "httpcore.http11",
    "httpcore.http2",
    "httpcore.proxy",
    "httpcore.socks",
)

# Query parameters whose values are credentials, wherever they appear in a URL-like string.
_SECRET_QUERY_PARAM = re.compile(
    r"(?P<name>[?&](?:token|access_token|api_key|apikey|key)=)[^&#\s'\"<>]*", re.IGNORECASE
)

# Headers whose values are credentials, as httpcore logs them: (b'Set-Cookie', b'sid=...').
_SECRET_HEADER = re.compile(
    r"(?P<name>b(?P<nq>['\"])[\w-]*(?:cookie|token|auth|key|secret|session|password)[\w-]*"
    r"(?P=nq),\s*)b(?P<q>['\"])(?:\\.|(?!(?P=q)).)*(?P=q)",
    re.IGNORECASE,
)

# One or two characters would blank out parts of ordinary words wherever they occur.
_MIN_SECRET_LENGTH = 3
# Old access tokens stay redacted for a while after a refresh, but memory stays bounded.
_MAX_REMEMBERED_SECRETS = 1024

# Each registered secret with every form it is searched for, and all those forms longest first
# (so that a secret inside a longer one cannot leave the rest of the longer one behind).
_secrets: collections.OrderedDict[str, frozenset[str]] = collections.OrderedDict()
_forms_longest_first: list[str] = []
_secrets_lock = threading.Lock()


def _shown_forms(secret: str) -> frozenset[str]:
    """``secret`` as it may appear in text: as is, JSON-escaped, in a repr, URL-encoded."""
    return frozenset(
        {
            secret,
            json.dumps(secret)[1:-1],
            json.dumps(secret, ensure_ascii=False)[1:-1],
            repr(secret)[1:-1],
            urllib.parse.quote(secret, safe=""),
            urllib.parse.quote_plus(secret, safe=""),
        }
    )


def register_secret(secret: str | None) -> None:
    """Remember ``secret`` so that it is replaced wherever it would be logged or shown."""
    if not secret or len(secret) < _MIN_SECRET_LENGTH:
        return
    forms = _shown_forms(secret)
    with _secrets_lock:
        _secrets[secret] = forms
        _secrets.move_to_end(secret)
        while len(_secrets) > _MAX_REMEMBERED_SECRETS:
            _secrets.popitem(last=False)
        every_form = {form for known in _secrets.values() for form in known}
        _forms_longest_first[:] = sorted(every_form, key=len, reverse=True)


def redact(text: str) -> str:
    """``text`` with registered secrets and credential query parameters and headers replaced."""
    with _secrets_lock:
        known = list(_forms_longest_first)
    for form in known:
        if form in text:
            text = text.replace(form, REDACTED)
    text = _SECRET_QUERY_PARAM.sub(lambda match: match.group("name") + REDACTED, text)
    return _SECRET_HEADER.sub(lambda match: match.group("name") + f"b'{REDACTED}'", text)


def redact_url(url: str) -> str:
    """A URL fit for a log line or an exception message."""
    return redact(url)


class RedactingFilter(logging.Filter):
    """Rewrites log records so that no registered secret or credential parameter survives."""

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a broken format string is the logging module's problem to report
            return True
        cleaned = redact(message)
        if cleaned != message:
            record.msg = cleaned
            record.args = None
        return True


_installed_filter = RedactingFilter()


def install_log_redaction() -> None:
    """Attach the redacting filter to the getsocial, httpx and httpcore loggers (idempotent)."""
    for name in _REDACTED_LOGGERS:
        logger = logging.getLogger(name)
        if _installed_filter not in logger.filters:
            logger.addFilter(_installed_filter)
