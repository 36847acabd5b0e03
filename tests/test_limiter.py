"""The adaptive rate limiter, driven by a fake clock so that every wait is exact."""

from __future__ import annotations

import asyncio
import math
import threading

import pytest
from getsocial import _limiter as limiter_module
from hypothesis import given
from hypothesis import strategies as st

AdaptiveRateLimiter = limiter_module.AdaptiveRateLimiter


class FakeClock:
    """A clock that only moves when something sleeps on it or a test advances it."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    async def async_sleep(self, seconds: float) -> None:
        self.sleep(seconds)


def make_limiter(clock: FakeClock, **options: object) -> AdaptiveRateLimiter:
    return AdaptiveRateLimiter(
        clock=clock, sleep=clock.sleep, async_sleep=clock.async_sleep, **options
    )


def send_successes(limiter: AdaptiveRateLimiter, clock: FakeClock, *, rate: float, seconds: float):
    """Answer `rate` requests per second with 200 for `seconds`, without going through acquire."""
    for _ in range(round(rate * seconds)):
        clock.now += 1.0 / rate
        limiter.on_response(200, None)


def test_limiter_lets_everything_through_until_the_first_429() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=500, seconds=2)

    for _ in range(1000):
        limiter.acquire()

    assert clock.sleeps == []
    assert limiter.rate is None


def test_first_429_paces_just_below_the_rate_the_server_accepted() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=100, seconds=2)

    limiter.on_response(429, None)

    assert limiter.rate == pytest.approx(100 * limiter_module.BETA, rel=0.02)


def test_429_when_most_requests_were_rejected_cuts_to_what_was_accepted() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    for index in range(400):
        clock.now += 1 / 400
        limiter.on_response(200 if index % 4 == 0 else 429, None)

    # 400 sent per second, a quarter of them accepted: the server allows about 100/s.
    assert limiter.rate is not None
    assert limiter.rate < 100


def test_learned_rate_rises_with_successes_back_to_the_rate_that_drew_the_429() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=100, seconds=2)
    limiter.on_response(429, None)
    after_cut = limiter.rate
    assert after_cut is not None

    rates = []
    for _ in range(6):
        send_successes(limiter, clock, rate=100, seconds=1)
        rates.append(limiter.rate)

    assert rates == sorted(rates)
    assert rates[0] > after_cut
    assert rates[-1] > 100


def test_429s_for_requests_sent_before_a_cut_do_not_cut_again() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=100, seconds=2)
    for _ in range(10):
        limiter.acquire()  # not limited yet: ten requests go out at once
    limiter.on_response(429, None)
    after_cut = limiter.rate

    clock.now += limiter_module.CUT_COOLDOWN_S / 2
    for _ in range(9):
        limiter.on_response(429, None)

    assert limiter.rate == after_cut


def test_repeated_429s_never_push_the_rate_below_the_minimum() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, min_rate=0.5)
    for _ in range(200):
        clock.now += 1.0
        limiter.on_response(429, None)

    assert limiter.rate == 0.5


@given(
    st.lists(
        st.tuples(
            st.floats(min_value=0, max_value=5, allow_nan=False),
            st.sampled_from([200, 201, 404, 429, 500, 503]),
            st.one_of(st.none(), st.floats(min_value=0, max_value=30, allow_nan=False)),
        ),
        max_size=200,
    )
)
def test_learned_rate_is_always_a_finite_rate_at_or_above_the_minimum(
    events: list[tuple[float, int, float | None]],
) -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    for elapsed, status, retry_after in events:
        clock.now += elapsed
        limiter.on_response(status, retry_after)
        limiter.acquire()
        rate = limiter.rate
        assert rate is None or (math.isfinite(rate) and rate >= limiter_module.MIN_RATE)
    assert all(sleep >= 0 for sleep in clock.sleeps)


def test_acquire_spaces_requests_one_interval_apart_at_the_learned_rate() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=20, seconds=2)
    limiter.on_response(429, None)
    rate = limiter.rate
    assert rate is not None

    for _ in range(5):
        limiter.acquire()

    assert clock.sleeps == [pytest.approx(1 / rate)] * 4


def test_429_for_a_request_sent_a_full_interval_after_the_cut_cuts_again_at_once() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=100, seconds=2)
    limiter.on_response(429, None)
    after_first_cut = limiter.rate
    assert after_first_cut is not None

    clock.now += 1 / after_first_cut
    limiter.acquire()
    limiter.on_response(429, None)

    assert limiter.rate == pytest.approx(after_first_cut * limiter_module.BETA)


def test_429_for_a_request_sent_right_after_a_cut_waits_for_the_cooldown() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=100, seconds=2)
    limiter.on_response(429, None)
    after_first_cut = limiter.rate

    limiter.acquire()  # the server has not refilled yet: this one finds it empty too
    limiter.on_response(429, None)

    assert limiter.rate == after_first_cut


def test_first_429_answered_before_the_burst_it_came_with_is_not_taken_for_the_rate() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    for _ in range(16):
        limiter.acquire()  # sixteen requests at once; the server lets ten through

    limiter.on_response(429, None)  # read before the ten that were accepted
    for _ in range(10):
        limiter.on_response(200, None)
    for _ in range(5):
        limiter.on_response(429, None)

    # Ten accepted at once is taken as a tenth of a second's worth, not as the rate.
    assert limiter.rate == pytest.approx(100 * limiter_module.BETA)


def test_long_retry_after_holds_every_request_until_it_has_passed() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=50, seconds=2)
    start = clock.now

    limiter.on_response(429, 30.0)
    limiter.acquire()

    assert clock.now == pytest.approx(start + 30.0)


def test_short_retry_after_does_not_hold_the_other_requests() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=50, seconds=2)

    limiter.on_response(429, 1.0)
    limiter.acquire()

    assert clock.sleeps == []


def test_switched_off_limiter_never_waits_and_learns_nothing() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock, enabled=False)
    for _ in range(50):
        limiter.on_response(429, 60.0)
        limiter.acquire()

    assert clock.sleeps == []
    assert limiter.rate is None


def test_switching_off_releases_a_limited_client_at_once() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=10, seconds=2)
    limiter.on_response(429, 60.0)

    limiter.enabled = False
    limiter.acquire()

    assert clock.sleeps == []


def test_minimum_rate_must_be_positive() -> None:
    with pytest.raises(ValueError, match="min_rate"):
        AdaptiveRateLimiter(min_rate=0)


def test_limiter_satisfies_the_rate_limiter_protocol() -> None:
    assert isinstance(AdaptiveRateLimiter(), limiter_module.RateLimiter)


def test_threads_sharing_a_limiter_get_distinct_evenly_spaced_slots() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=20, seconds=2)
    limiter.on_response(429, None)
    rate = limiter.rate
    assert rate is not None
    start = clock.now
    waits: list[float] = []
    waits_lock = threading.Lock()

    def record_wait(seconds: float) -> None:
        with waits_lock:
            waits.append(seconds)

    limiter._sleep = record_wait  # the clock stands still: each wait is the slot's distance

    threads = [threading.Thread(target=limiter.acquire) for _ in range(40)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert clock.now == start
    slots = sorted([0.0] + waits)
    assert len(slots) == 40
    gaps = [later - earlier for earlier, later in zip(slots[:-1], slots[1:], strict=True)]
    assert gaps == [pytest.approx(1 / rate)] * 39


async def test_waiting_task_lets_the_event_loop_run_other_tasks() -> None:
    clock = FakeClock()
    other_task_ran = asyncio.Event()
    waits: list[float] = []

    async def sleep_until_other_task_ran(seconds: float) -> None:
        waits.append(seconds)
        # Only returns if the loop is free to run the other task while this one waits.
        await asyncio.wait_for(other_task_ran.wait(), timeout=5)
        clock.now += seconds

    limiter = AdaptiveRateLimiter(clock=clock, async_sleep=sleep_until_other_task_ran)
    send_successes(limiter, clock, rate=10, seconds=2)
    limiter.on_response(429, 30.0)

    async def other_task() -> None:
        other_task_ran.set()

    waiting = asyncio.create_task(limiter.acquire_async())
    await asyncio.sleep(0)
    await other_task()
    await waiting

    assert waits == [pytest.approx(30.0)]


async def test_async_acquire_waits_with_asyncio_sleep_on_the_real_loop() -> None:
    limiter = AdaptiveRateLimiter(min_rate=20)
    limiter.on_response(429, None)  # nothing accepted yet: pace drops to the minimum, 20/s
    ticks = 0

    async def ticker() -> None:
        nonlocal ticks
        while True:
            ticks += 1
            await asyncio.sleep(0.001)

    ticking = asyncio.create_task(ticker())
    for _ in range(4):
        await limiter.acquire_async()
    ticking.cancel()

    assert ticks > 1


def limited_at(clock: FakeClock, rate: float) -> AdaptiveRateLimiter:
    """A limiter pacing at exactly ``rate`` requests/s, with nobody queued."""
    limiter = make_limiter(clock, min_rate=rate)
    limiter.on_response(429, None)  # nothing accepted yet: the pace drops to the minimum
    assert limiter.rate == rate
    return limiter


def test_acquire_returns_the_wait_at_once_when_the_turn_is_beyond_max_wait() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=50, seconds=2)
    limiter.on_response(429, 30.0)

    wait = limiter.acquire(max_wait=5.0)

    assert wait == pytest.approx(30.0)
    assert clock.sleeps == []


def test_turn_refused_for_max_wait_is_not_taken_from_the_requests_behind_it() -> None:
    clock = FakeClock()
    limiter = limited_at(clock, rate=4)
    limiter.acquire()  # goes now; the next turn is a quarter of a second away

    assert limiter.acquire(max_wait=0.1) == pytest.approx(0.25)
    assert limiter.acquire(max_wait=0.1) == pytest.approx(0.25)
    limiter.acquire()

    assert clock.sleeps == [pytest.approx(0.25)]


def test_acquire_within_max_wait_waits_for_its_turn_and_returns_none() -> None:
    clock = FakeClock()
    limiter = limited_at(clock, rate=4)
    limiter.acquire()

    assert limiter.acquire(max_wait=0.3) is None
    assert clock.sleeps == [pytest.approx(0.25)]


def test_max_wait_of_zero_or_less_still_lets_a_request_go_when_no_wait_is_needed() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)

    assert limiter.acquire(max_wait=0.0) is None
    assert limiter.acquire(max_wait=-1.0) is None
    assert clock.sleeps == []


def test_waiter_whose_slot_is_voided_by_a_hold_beyond_max_wait_gets_the_new_wait() -> None:
    clock = FakeClock()
    limiter = limited_at(clock, rate=4)
    limiter.acquire()

    def sleep_through_a_long_retry_after(seconds: float) -> None:
        clock.sleep(seconds)
        if len(clock.sleeps) == 1:
            limiter.on_response(429, 20.0)  # another request's answer, while this one waits

    limiter._sleep = sleep_through_a_long_retry_after

    wait = limiter.acquire(max_wait=5.0)

    assert wait is not None and wait > 5.0
    assert clock.sleeps == [pytest.approx(0.25)]


async def test_async_acquire_returns_the_wait_at_once_when_the_turn_is_beyond_max_wait() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=50, seconds=2)
    limiter.on_response(429, 30.0)

    assert await limiter.acquire_async(max_wait=5.0) == pytest.approx(30.0)
    assert await limiter.acquire_async(max_wait=31.0) is None
    assert clock.sleeps == [pytest.approx(30.0)]


async def test_task_cancelled_while_waiting_gives_its_slot_back() -> None:
    clock = FakeClock()
    limiter = limited_at(clock, rate=4)
    limiter.acquire()
    waiting_started = asyncio.Event()

    async def sleep_until_cancelled(seconds: float) -> None:
        waiting_started.set()
        await asyncio.Event().wait()

    limiter._async_sleep = sleep_until_cancelled
    waiters = [asyncio.create_task(limiter.acquire_async()) for _ in range(3)]
    await waiting_started.wait()
    await asyncio.sleep(0)
    for waiter in waiters:
        waiter.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)

    limiter.acquire()

    # The three cancelled tasks held the next three turns; the next request gets the first.
    assert clock.sleeps == [pytest.approx(0.25)]


async def test_task_cancelled_while_waiting_is_not_counted_as_a_request_in_flight() -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=100, seconds=2)
    limiter.on_response(429, 30.0)  # the first cut, and a hold: every turn is 30 s away

    async def sleep_until_cancelled(seconds: float) -> None:
        await asyncio.Event().wait()

    limiter._async_sleep = sleep_until_cancelled
    waiters = [asyncio.create_task(limiter.acquire_async()) for _ in range(5)]
    await asyncio.sleep(0)
    for waiter in waiters:
        waiter.cancel()
    await asyncio.gather(*waiters, return_exceptions=True)
    clock.now += 31.0

    # A 429 cuts, and the answers still due then would not cut again within the cooldown.
    # None are due: the cancelled tasks never sent anything, so the next 429 cuts at once.
    limiter.acquire()
    limiter.on_response(429, None)
    rate_after_cut = limiter.rate
    assert rate_after_cut is not None
    clock.now += 1 / rate_after_cut  # past the interval in which the server is still empty
    limiter.acquire()
    limiter.on_response(429, None)

    assert limiter.rate is not None
    assert limiter.rate < rate_after_cut


@pytest.mark.parametrize("retry_after", [math.inf, 1e300])
def test_an_endless_retry_after_holds_requests_no_longer_than_the_longest_hold(
    retry_after: float,
) -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=50, seconds=2)
    start = clock.now

    limiter.on_response(429, retry_after)
    limiter.acquire()

    assert clock.now - start == pytest.approx(limiter_module.LONGEST_HOLD_S)


@pytest.mark.parametrize("retry_after", [math.nan, -30.0])
def test_a_nan_or_negative_retry_after_holds_nobody(retry_after: float) -> None:
    clock = FakeClock()
    limiter = make_limiter(clock)
    send_successes(limiter, clock, rate=50, seconds=2)

    limiter.on_response(429, retry_after)
    limiter.acquire()

    assert clock.sleeps == []
