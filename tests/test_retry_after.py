"""The Retry-After parser and the wait planner: examples from real servers, then properties."""

from __future__ import annotations

import email.utils
import math

import getsocial
import httpx
import pytest
from getsocial._retry import backoff_wait, plan_wait
from getsocial._retry_after import retry_after_from_headers
from hypothesis import given, settings
from hypothesis import strategies as st

NOW = 1_700_000_000.0


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("0", 0.0),
        ("3600", 3600.0),
        ("0.493", 0.493),
        (" 2 ", 2.0),
        ("5, 5", 5.0),
        ("1, 4", 4.0),
        (email.utils.formatdate(NOW + 30, usegmt=True), 30.0),
        (email.utils.formatdate(NOW - 30, usegmt=True), 0.0),
        (email.utils.formatdate(NOW + 30, usegmt=True).replace(" GMT", ""), 30.0),
        (
            email.utils.formatdate(NOW + 10, usegmt=True)
            + ", "
            + email.utils.formatdate(NOW + 20, usegmt=True),
            20.0,
        ),
        ("-1", None),
        ("NaN", None),
        ("inf", None),
        ("1e3", None),
        ("", None),
        ("soon", None),
        ("٣", None),  # a non-ASCII digit
    ],
)
def test_retry_after_values(value: str, expected: float | None) -> None:
    wait = getsocial.parse_retry_after(value, now=NOW)

    if expected is None:
        assert wait is None
    else:
        assert wait == pytest.approx(expected)


def test_retry_after_ms_wins_over_retry_after() -> None:
    headers = httpx.Headers({"Retry-After": "9", "retry-after-ms": "1500"})

    assert retry_after_from_headers(headers) == 1.5


def test_unusable_retry_after_ms_falls_back_to_retry_after() -> None:
    headers = httpx.Headers({"Retry-After": "9", "retry-after-ms": "-3"})

    assert retry_after_from_headers(headers) == 9.0


header_text = st.one_of(
    st.text(max_size=80),
    st.from_regex(r"-?[0-9]{0,20}(\.[0-9]{0,12})?", fullmatch=True),
    st.sampled_from(["nan", "NaN", "inf", "-inf", "Infinity", "1e309", "0x10", "+5", "1_000"]),
    st.builds(
        lambda seconds, zone: email.utils.formatdate(seconds, usegmt=True).replace("GMT", zone),
        st.floats(min_value=-1e10, max_value=2.5e11, allow_nan=False),
        st.sampled_from(["GMT", "", "+0200", "-1300", "XYZ", "+9999"]),
    ),
)


@settings(max_examples=500, deadline=None)
@given(header_text)
def test_parser_never_raises_and_never_returns_a_negative_or_unfinite_wait(value: str) -> None:
    wait = getsocial.parse_retry_after(value, now=NOW)

    assert wait is None or (math.isfinite(wait) and wait >= 0)


@settings(max_examples=300, deadline=None)
@given(st.lists(header_text, max_size=3), st.lists(header_text, max_size=2))
def test_headers_never_raise(retry_after: list[str], retry_after_ms: list[str]) -> None:
    printable = [value for value in retry_after if value.isprintable() and value.isascii()]
    milliseconds = [value for value in retry_after_ms if value.isprintable() and value.isascii()]
    headers = httpx.Headers(
        [("Retry-After", value) for value in printable]
        + [("retry-after-ms", value) for value in milliseconds]
    )

    wait = retry_after_from_headers(headers)

    assert wait is None or (math.isfinite(wait) and wait >= 0)


policies = st.builds(
    getsocial.RetryPolicy,
    max_retries=st.integers(0, 10),
    initial_backoff=st.floats(0, 100, allow_nan=False),
    max_backoff=st.floats(0, 100, allow_nan=False),
    max_retry_after=st.floats(0, 1000, allow_nan=False),
)


@settings(max_examples=500, deadline=None)
@given(policies, header_text, st.integers(0, 1000), st.floats(0, 1))
def test_planned_wait_is_never_above_the_cap_or_below_zero(
    policy: getsocial.RetryPolicy, value: str, retries_done: int, jitter: float
) -> None:
    retry_after = getsocial.parse_retry_after(value, now=NOW)

    wait = plan_wait(policy, retries_done=retries_done, retry_after=retry_after, rng=lambda: jitter)

    if wait is None:  # the server asked for more than the policy allows: RateLimitError
        assert retry_after is not None and retry_after > policy.max_retry_after
    elif retry_after is None:
        assert 0 <= wait <= policy.max_backoff
    else:
        assert 0 <= wait <= policy.max_retry_after


@given(policies, st.integers(0, 10_000), st.floats(0, 1))
def test_backoff_grows_but_stays_within_max_backoff(
    policy: getsocial.RetryPolicy, retries_done: int, jitter: float
) -> None:
    wait = backoff_wait(policy, retries_done=retries_done, rng=lambda: jitter)

    assert 0 <= wait <= policy.max_backoff
    assert wait >= min(policy.initial_backoff * 2 ** min(retries_done, 64), policy.max_backoff) / 2
