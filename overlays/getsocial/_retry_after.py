"""Reading the server's requested wait from ``Retry-After`` and ``retry-after-ms``.

Servers and proxies send this header in every form the standards allow and several they do not:
whole or fractional seconds, HTTP dates (sometimes in the past, sometimes without a zone),
several headers joined with commas, negative numbers, "NaN". Parsing never raises: whatever
cannot be read as a wait of zero or more finite seconds gives None, and the caller falls back to
its own backoff.
"""

from __future__ import annotations

import email.utils
import math
import re
import time
from datetime import UTC

import httpx

__all__ = ["parse_retry_after", "retry_after_from_headers"]

_SECONDS = re.compile(r"[0-9]+(?:\.[0-9]*)?|\.[0-9]+", re.ASCII)


def _parse_single_retry_after(value: str, now: float) -> float | None:
    value = value.strip()
    if not value:
        return None
    if _SECONDS.fullmatch(value):
        seconds = float(value)
        return seconds if math.isfinite(seconds) else None
    try:
        date = email.utils.parsedate_to_datetime(value)
        if date.tzinfo is None:
            # RFC 9110 dates are always GMT; a date without a zone is read the same way.
            date = date.replace(tzinfo=UTC)
        seconds = date.timestamp() - now
    except Exception:  # the email parser raises several types for junk; all mean "unusable"
        return None
    if not math.isfinite(seconds):
        return None
    return max(seconds, 0.0)


def parse_retry_after(value: str, *, now: float | None = None) -> float | None:
    """Seconds to wait according to one ``Retry-After`` value, or None when it is unusable.

    Accepts whole or fractional seconds and HTTP dates (a date in the past means 0, a date
    without a zone is read as GMT). Repeated headers joined with commas ("5, 5", or two dates)
    give the longest of their usable waits. Negative numbers, NaN, infinity and anything
    unparseable give None. ``now`` (Unix seconds) is for tests.
    """
    current = time.time() if now is None else now
    # One HTTP date has at most one comma; the email parser would read the first of several.
    if value.count(",") <= 1:
        whole = _parse_single_retry_after(value, current)
        if whole is not None:
            return whole

    # HTTP dates contain a comma themselves, so a piece may need its neighbour.
    pieces = value.split(",")
    waits: list[float] = []
    index = 0
    while index < len(pieces):
        single = _parse_single_retry_after(pieces[index], current)
        if single is not None:
            waits.append(single)
            index += 1
            continue
        if index + 1 < len(pieces):
            paired = _parse_single_retry_after(pieces[index] + "," + pieces[index + 1], current)
            if paired is not None:
                waits.append(paired)
                index += 2
                continue
        index += 1
    return max(waits) if waits else None


def retry_after_from_headers(headers: httpx.Headers, *, now: float | None = None) -> float | None:
    """The server's requested wait: ``retry-after-ms`` when usable, else ``Retry-After``."""
    for milliseconds in headers.get_list("retry-after-ms"):
        milliseconds = milliseconds.strip()
        if _SECONDS.fullmatch(milliseconds):
            seconds = float(milliseconds) / 1000.0
            if math.isfinite(seconds):
                return seconds

    waits = [parse_retry_after(value, now=now) for value in headers.get_list("retry-after")]
    usable = [wait for wait in waits if wait is not None]
    return max(usable) if usable else None
