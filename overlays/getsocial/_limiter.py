"""Client-side rate limiting that learns the server's limit from its 429 answers.

GetSocial answers 429 on every endpoint once a caller goes over its rate limit, and the limit
itself is not published. Retrying each rejected request on its own keeps hammering the server
and wastes a round trip per rejection, so one `AdaptiveRateLimiter` is shared by every request
of a client:

- Until the first 429 it does nothing: `acquire()` returns at once.
- On a 429 it paces all requests in a token bucket, a little below the pace that drew the 429
  (the first time, below the rate the server accepted over the last `MEASURE_WINDOW_S`
  seconds, counting the answers to requests that were already on their way; when many answers
  are 429s, nearer that accepted rate). Answers to requests that were already on their way at
  a cut, or sent within one interval after it (the server has not refilled yet), do not cut
  again, so a burst of 429s counts once.
- Each successful response lets the pace grow again along a cubic curve (as TCP CUBIC and
  botocore's "adaptive" retry mode do): quickly back towards the pace that last drew a 429,
  slowly around it, then faster again to find out whether the limit went up.

A ``Retry-After`` longer than `ROUNDED_RETRY_AFTER_S` holds every request of the client until it
has passed (`LONGEST_HOLD_S` at most); shorter ones only tell the request that got the 429 when
to retry (that wait is the retry layer's job), because servers round the header up to whole
seconds and holding everyone for a second that the server did not need would waste most of that
second.

A caller that cannot wait past some point passes ``max_wait``: when its turn is further away,
`acquire` takes nothing and returns the wait instead, so a call that gives up never costs the
calls behind it a slot. A waiter that is interrupted (an asyncio task cancelled while it waits)
hands its slot back the same way.

The retry transport calls the limiter like this::

    wait = limiter.acquire(max_wait=seconds_left)   # or: await limiter.acquire_async(...)
    if wait is not None:
        raise RateLimitError(...)                  # the turn would come too late: not taken
    response = send(request)
    limiter.on_response(response.status_code, retry_after_seconds_or_none)
"""

from __future__ import annotations

import collections
import logging
import math
import threading
import time
from collections.abc import Awaitable, Callable
from typing import Protocol, runtime_checkable

__all__ = [
    "BETA",
    "BURST_S",
    "CUBIC_SCALE",
    "CUT_COOLDOWN_S",
    "LONGEST_HOLD_S",
    "MAX_GROWTH_FACTOR",
    "MEASURE_WINDOW_S",
    "MIN_RATE",
    "ROUNDED_RETRY_AFTER_S",
    "SATURATED_SHARE",
    "AdaptiveRateLimiter",
    "RateLimiter",
]

logger = logging.getLogger("getsocial.ratelimit")

MIN_RATE = 0.5
"""Requests per second the limiter never goes below, however many 429s it sees."""

BETA = 0.9
"""After a 429 the pace drops to this share of the rate the server was seen to accept."""

CUBIC_SCALE = 0.4
"""How fast the pace grows back after a cut (the C of the CUBIC curve, in requests/s³)."""

MEASURE_WINDOW_S = 1.0
"""Seconds of past responses from which the accepted and sent rates are measured."""

CUT_COOLDOWN_S = 0.25
"""A 429 for a request sent before the last cut lowers the pace again only after this long."""

BURST_S = 0.1
"""Once limited, up to this many seconds' worth of requests may go at once after a quiet spell."""

MAX_GROWTH_FACTOR = 2.0
"""The pace never grows beyond this multiple of the rate the client actually sends at."""

SATURATED_SHARE = 0.1
"""With this share of recent answers being 429s, what the server accepted is taken as its limit."""

ROUNDED_RETRY_AFTER_S = 1.0
"""A Retry-After up to this long holds only the rejected request; a longer one holds all."""

LONGEST_HOLD_S = 3600.0
"""The longest a Retry-After holds every request; a longer or infinite one holds this long."""

# Rates are measured over at least this long. Servers let a burst through before they limit,
# typically about as many requests as this limiter lets go at once (BURST_S of its rate): a first
# 429 right after the first answers counts that burst as accepted, and a shorter span would take
# it for a rate several times the server's.
_MIN_MEASURE_SPAN_S = BURST_S


class _Turn:
    """A reserved slot: seconds until it comes, the pace's generation, the interval it took."""

    __slots__ = ("wait", "generation", "interval")

    def __init__(self, wait: float, generation: int, interval: float) -> None:
        self.wait = wait
        self.generation = generation
        self.interval = interval


_GO = _Turn(0.0, -1, 0.0)
"""Go at once: nothing was reserved that could be given back."""


class _TooLate(Exception):
    """The next turn is further away than the caller's ``max_wait``; nothing was reserved."""

    def __init__(self, wait: float) -> None:
        super().__init__(wait)
        self.wait = wait


def _asyncio_sleep(seconds: float) -> Awaitable[None]:
    import asyncio  # on first use: importing asyncio costs more than this whole package

    return asyncio.sleep(seconds)


@runtime_checkable
class RateLimiter(Protocol):
    """What the retry transport needs from a rate limiter.

    Implement it to share one budget between processes (for example through Redis):
    `acquire` and `acquire_async` wait for a turn to send and return None; when the turn is more
    than ``max_wait`` seconds away (None: no bound) they take nothing, return that wait at once,
    and the request is not sent. `on_response` reports every answer, with ``Retry-After``
    already converted to seconds.
    """

    def acquire(self, max_wait: float | None = None) -> float | None: ...

    async def acquire_async(self, max_wait: float | None = None) -> float | None: ...

    def on_response(self, status_code: int, retry_after: float | None) -> None: ...


class AdaptiveRateLimiter:
    """A token bucket, shared by all requests of one client, whose rate is learned from 429s.

    It is safe to use from many threads and many asyncio tasks at once (even from several event
    loops): the internal lock is only held to do arithmetic, never while waiting.

    Example::

        limiter = AdaptiveRateLimiter()
        client = getsocial.GetSocial(api_key="...", rate_limiter=limiter)

    Pass ``enabled=False`` (or set ``limiter.enabled = False`` later) to switch pacing off;
    ``clock``, ``sleep`` and ``async_sleep`` are there for tests.
    """

    def __init__(
        self,
        *,
        enabled: bool = True,
        min_rate: float = MIN_RATE,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        async_sleep: Callable[[float], Awaitable[None]] | None = None,
    ) -> None:
        if min_rate <= 0:
            raise ValueError(f"min_rate must be a positive number of requests/s, not {min_rate}")
        self.enabled = enabled
        self._min_rate = min_rate
        self._clock = clock
        self._sleep = sleep
        self._async_sleep = async_sleep or _asyncio_sleep
        self._lock = threading.Lock()

        # Pacing: the generic cell rate algorithm form of a token bucket. `_next_slot` is when
        # the next request would go if no burst were allowed; reservations advance it by one
        # interval each. `_generation` changes whenever the pace is cut, so that requests that
        # reserved a slot at the old, faster pace take a new one.
        self._limited = False
        self._rate = 0.0
        self._next_slot = 0.0
        self._generation = 0

        # The cubic curve: the pace that drew the last 429, when that was, and how long the
        # curve takes to climb back to it.
        self._rate_at_cut = 0.0
        self._cut_at = 0.0
        self._climb_s = 0.0
        self._cuts = 0

        # Requests sent and not answered yet, and how many of those went out before the last cut.
        # Limitation: a request that fails without an answer (a connection error) stays counted
        # as in flight, so later 429s may be taken for answers to requests sent before a cut;
        # CUT_COOLDOWN_S bounds how long that can hold a cut back.
        self._in_flight = 0
        self._sent_before_cut = 0

        # Outcomes of recent responses (time, accepted) over the measure window.
        self._recent: collections.deque[tuple[float, bool]] = collections.deque()
        self._recent_accepted = 0
        self._first_response_at: float | None = None

    @property
    def rate(self) -> float | None:
        """The learned pace in requests per second, or None while no 429 has been seen."""
        with self._lock:
            return self._rate if self._limited else None

    def acquire(self, max_wait: float | None = None) -> float | None:
        """Wait, by sleeping this thread, until the learned pace lets one more request go.

        Returns None then. When that turn is more than ``max_wait`` seconds away, returns the
        wait at once instead, without taking the turn.
        """
        give_up_at = None if max_wait is None else self._clock() + max_wait
        try:
            turn = self._reserve(give_up_at)
            while turn.wait > 0:
                try:
                    self._sleep(turn.wait)
                except BaseException:
                    self._give_back(turn)
                    raise
                turn = self._reserve_again(turn, give_up_at)
        except _TooLate as too_late:
            return too_late.wait
        return None

    async def acquire_async(self, max_wait: float | None = None) -> float | None:
        """Wait, without blocking the event loop, until the pace lets one more request go.

        Returns like `acquire`. A task cancelled while it waits gives its turn back.
        """
        give_up_at = None if max_wait is None else self._clock() + max_wait
        try:
            turn = self._reserve(give_up_at)
            while turn.wait > 0:
                try:
                    await self._async_sleep(turn.wait)
                except BaseException:
                    self._give_back(turn)
                    raise
                turn = self._reserve_again(turn, give_up_at)
        except _TooLate as too_late:
            return too_late.wait
        return None

    def on_response(self, status_code: int, retry_after: float | None) -> None:
        """Learn from one answer: a 429 cuts the pace, anything else lets it grow.

        ``retry_after`` is the server's wait in seconds; NaN and negative values are ignored,
        and a hold never lasts longer than `LONGEST_HOLD_S`.
        """
        if not self.enabled:
            return
        now = self._clock()
        throttled = status_code == 429
        with self._lock:
            self._in_flight = max(self._in_flight - 1, 0)
            sent_before_cut = self._sent_before_cut > 0
            if sent_before_cut:
                self._sent_before_cut -= 1
            self._record(now, accepted=not throttled)
            if throttled:
                self._on_throttled(now, retry_after, sent_before_cut=sent_before_cut)
            elif self._limited:
                self._set_rate(min(self._cubic_rate(now), self._growth_cap(now)))
            if sent_before_cut and self._cuts == 1:
                self._raise_first_estimate(now)

    def _reserve(self, give_up_at: float | None) -> _Turn:
        """Take the next slot, unless it comes after ``give_up_at`` (then raise `_TooLate`)."""
        with self._lock:
            if not (self.enabled and self._limited):
                self._in_flight += 1
                return _GO
            now = self._clock()
            slot = max(now, self._next_slot - self._burst_s())
            if slot > now and give_up_at is not None and slot > give_up_at:
                raise _TooLate(slot - now)
            interval = 1.0 / self._rate
            self._next_slot = max(self._next_slot, now) + interval
            if slot <= now:
                self._count_sent(now)
            return _Turn(slot - now, self._generation, interval)

    def _reserve_again(self, turn: _Turn, give_up_at: float | None) -> _Turn:
        """After waiting for a slot: go, unless the pace was cut meanwhile (then take a new one)."""
        with self._lock:
            if turn.generation == self._generation or not (self.enabled and self._limited):
                self._count_sent(self._clock())
                return _GO
        return self._reserve(give_up_at)

    def _count_sent(self, now: float) -> None:
        self._in_flight += 1
        # The server had just run dry at the cut: a request sent within one interval after it
        # may find it still empty whatever the new pace. Its 429 says nothing about that pace,
        # so it counts with the requests sent before the cut; otherwise each cut would draw the
        # next one at once, and a single overshoot would take the pace down several steps.
        if self._limited and now < self._cut_at + 1.0 / self._rate:
            self._sent_before_cut += 1

    def _give_back(self, turn: _Turn) -> None:
        """Return the slot of a waiter that stopped waiting, so the requests after it need not
        wait for a request that never goes. A cut or hold since then has voided it already."""
        with self._lock:
            if turn.generation == self._generation and self._limited:
                self._next_slot -= turn.interval

    def _burst_s(self) -> float:
        """How far ahead of the steady pace a request may go after a quiet spell."""
        extra_requests = max(math.floor(self._rate * BURST_S) - 1, 0)
        return extra_requests / self._rate

    def _record(self, now: float, *, accepted: bool) -> None:
        if self._first_response_at is None:
            self._first_response_at = now
        self._recent.append((now, accepted))
        self._recent_accepted += accepted
        horizon = now - MEASURE_WINDOW_S
        while self._recent[0][0] < horizon:
            _, was_accepted = self._recent.popleft()
            self._recent_accepted -= was_accepted

    def _measured_span(self, now: float) -> float:
        assert self._first_response_at is not None
        span = min(MEASURE_WINDOW_S, now - self._first_response_at)
        return max(span, _MIN_MEASURE_SPAN_S)

    def _on_throttled(
        self, now: float, retry_after: float | None, *, sent_before_cut: bool
    ) -> None:
        first = not self._limited
        if first or not sent_before_cut or now - self._cut_at >= CUT_COOLDOWN_S:
            accepted_rate = self._recent_accepted / self._measured_span(now)
            rejected_share = 1.0 - self._recent_accepted / len(self._recent)
            if first:
                # No pace yet: what the server accepted so far is the only estimate.
                rate_at_cut = accepted_rate
            elif rejected_share >= SATURATED_SHARE:
                # Many 429s: the server's limit is near what it accepted. That figure lags (and
                # drops while the caller waits out Retry-After), so one cut takes the pace down
                # by BETA twice at most; further 429s after the cooldown cut again.
                rate_at_cut = max(min(accepted_rate, self._rate), BETA * self._rate)
            else:
                # A lone 429: the pace was only just too fast.
                rate_at_cut = self._rate
            self._cut(now, max(rate_at_cut, self._min_rate))
            logger.debug(
                "429 received: pace cut to %.2f requests/s (server accepted about %.2f/s)",
                self._rate,
                accepted_rate,
            )

        if retry_after is not None and retry_after > ROUNDED_RETRY_AFTER_S:
            # A long wait is a quota that resets later, not a rate: nobody should go before it.
            # An absurd one (a day, infinity) must not stop the client for good.
            retry_after = min(retry_after, LONGEST_HOLD_S)
            self._next_slot = max(self._next_slot, now + retry_after + self._burst_s())
            self._generation += 1
            logger.info("429 with Retry-After %.1fs: holding all requests until then", retry_after)

    def _raise_first_estimate(self, now: float) -> None:
        """Count answers that were on their way at the first 429 in the first cut's estimate.

        The first 429 often arrives together with answers to requests sent at the same moment,
        and sometimes before all of them: counting only what had been accepted by then can take
        the rate for a small fraction of what the server allows (for nothing at all when the 429
        came first), and the climb back from there takes many seconds.
        """
        rate_at_cut = self._recent_accepted / self._measured_span(now)
        if rate_at_cut > self._rate_at_cut:
            self._climb_s = (rate_at_cut * (1.0 - BETA) / CUBIC_SCALE) ** (1.0 / 3.0)
            self._rate_at_cut = rate_at_cut
            self._set_rate(rate_at_cut * BETA)

    def _cut(self, now: float, rate_at_cut: float) -> None:
        self._limited = True
        self._cuts += 1
        self._rate_at_cut = rate_at_cut
        self._cut_at = now
        self._climb_s = (rate_at_cut * (1.0 - BETA) / CUBIC_SCALE) ** (1.0 / 3.0)
        self._set_rate(rate_at_cut * BETA)

        # Slots handed out at the old pace are void: their holders take new ones on waking. The
        # server has just run dry, so the new pace starts without any burst allowance.
        self._next_slot = now + self._burst_s()
        self._generation += 1

        # Answers still due were sent at the old pace: their 429s say nothing about the new one.
        self._sent_before_cut = self._in_flight

    def _cubic_rate(self, now: float) -> float:
        since_cut = now - self._cut_at
        return CUBIC_SCALE * (since_cut - self._climb_s) ** 3 + self._rate_at_cut

    def _growth_cap(self, now: float) -> float:
        # Back up to the pace of the last cut is always allowed: a caller that paused (often
        # because its requests were waiting out a Retry-After) must not restart slowly.
        sent_rate = len(self._recent) / self._measured_span(now)
        return max(MAX_GROWTH_FACTOR * sent_rate, self._rate_at_cut, self._min_rate)

    def _set_rate(self, rate: float) -> None:
        self._rate = max(rate, self._min_rate)
