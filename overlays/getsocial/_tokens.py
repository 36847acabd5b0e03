"""The current access token of one user, renewed before it expires and after a 401.

GetSocial access tokens expire one hour after their *last use*; after that every call answers
401. `TokenSession` therefore remembers when the token was last sent (on a monotonic clock) and
authenticates again `refresh_margin` seconds before the sliding expiry, so a healthy client never
sees that 401. The 401 that comes anyway (a restarted server, a revoked token) is handled by
`AccessTokenAuth` in ``_auth.py``, which asks `replace_refused_sync`/`replace_refused_async` for
a new token once.

Only one authentication runs at a time per session, whatever mix of threads, asyncio tasks and
event loops uses it: the others wait and then use its result, or share its failure. Threads wait
on a ``threading.Lock``; tasks wait on an ``asyncio.Lock`` (one per event loop) and then take the
thread lock by polling it, which never blocks their loop. Each token carries a generation
number, so a late 401 for a token that has already been replaced reuses the replacement instead
of throwing it away, and a request that waited for a failed authentication gets that failure
instead of starting another one.
"""

from __future__ import annotations

import logging
import threading
import time
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING

from ._authenticators import Authentication, Authenticator
from ._errors import AuthenticationError
from ._redact import REDACTED, register_secret

if TYPE_CHECKING:
    import asyncio  # imported by the async methods that use it: it costs 20 ms to import

__all__ = ["DEFAULT_REFRESH_MARGIN", "DEFAULT_TOKEN_IDLE_LIFETIME", "TokenSession"]

logger = logging.getLogger("getsocial")

DEFAULT_TOKEN_IDLE_LIFETIME = 3600.0
"""Seconds after its last use at which GetSocial expires an access token."""

DEFAULT_REFRESH_MARGIN = 300.0
"""Seconds before that sliding expiry at which the client authenticates again."""

_LOCK_POLL_START = 0.0005
_LOCK_POLL_MAX = 0.02


class _Ticket:
    """The token a request carries and the generation it belongs to."""

    __slots__ = ("access_token", "generation")

    def __init__(self, access_token: str, generation: int) -> None:
        self.access_token = access_token
        self.generation = generation

    def __repr__(self) -> str:
        return f"_Ticket(access_token='{REDACTED}', generation={self.generation})"


class TokenSession:
    """The current access token of one user, renewed before and after it expires.

    Shared by a client and every client derived from it with ``with_options``.
    """

    def __init__(
        self,
        *,
        authenticator: Authenticator | None,
        access_token: str | None,
        idle_lifetime: float,
        refresh_margin: float,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        if not idle_lifetime > 0:
            raise ValueError(f"token_idle_lifetime must be > 0, not {idle_lifetime!r}")
        if not 0 <= refresh_margin < idle_lifetime:
            raise ValueError(
                f"refresh_margin must be >= 0 and below token_idle_lifetime ({idle_lifetime:g}s),"
                f" not {refresh_margin!r}"
            )
        register_secret(access_token)
        self._authenticator = authenticator
        self._idle_lifetime = idle_lifetime
        self._refresh_margin = refresh_margin
        self._clock = clock

        self._access_token = access_token or None
        self._last_used: float = clock()
        self._generation = 0
        self._failure: AuthenticationError | None = None
        self.authentication: Authentication | None = None

        self._state_lock = threading.Lock()
        self._refresh_lock = threading.Lock()
        self._async_locks: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock]
        self._async_locks = weakref.WeakKeyDictionary()

    def __repr__(self) -> str:
        state = "none" if self._access_token is None else REDACTED
        return f"TokenSession(access_token={state!r}, generation={self._generation})"

    # -- checking out the current token -------------------------------------------------------

    def _checkout(self) -> _Ticket | None:
        """The current token marked as used now, or None when it is missing or about to expire."""
        with self._state_lock:
            now = self._clock()
            fresh_until = self._last_used + self._idle_lifetime - self._refresh_margin
            if self._access_token is None or now >= fresh_until:
                return None
            self._last_used = now
            return _Ticket(self._access_token, self._generation)

    def _outcome_since(self, generation: int) -> _Ticket | None:
        """After waiting for the lock: the result of an authentication that ran meanwhile."""
        with self._state_lock:
            if self._generation == generation:
                return None
            failure = self._failure
        if failure is not None:
            raise AuthenticationError(
                str(failure), status_code=failure.status_code, response=failure.response
            ) from failure
        return self._checkout()

    def _reason(self) -> str:
        if self._access_token is None:
            return "no access token yet"
        idle = self._clock() - self._last_used
        return f"access token idle for {idle:.0f}s, renewing before it expires"

    # -- authenticating -----------------------------------------------------------------------

    def _before_authenticating(self, reason: str) -> Authenticator:
        if self._authenticator is None:
            raise AuthenticationError(
                "The access token is missing, expired or refused, and this client cannot get a "
                "new one: create GetSocialUser with app_id/identity_type/value/token or with "
                "authenticate=<function returning a token>."
            )
        logger.info("Authenticating the user (%s)", reason, extra={"getsocial_reason": reason})
        return self._authenticator

    def _store(self, authentication: Authentication) -> _Ticket:
        with self._state_lock:
            self._access_token = authentication.access_token
            self._last_used = self._clock()
            self._generation += 1
            self._failure = None
            self.authentication = authentication
            ticket = _Ticket(authentication.access_token, self._generation)
        logger.info("Authenticated the user; the new access token is in use")
        return ticket

    def _store_failure(self, failure: AuthenticationError) -> None:
        with self._state_lock:
            self._generation += 1
            self._failure = failure
        logger.warning("Authentication failed: %s", failure)

    def forget(self, ticket: _Ticket) -> None:
        with self._state_lock:
            if self._access_token == ticket.access_token:
                self._access_token = None

    def _authenticate_locked_sync(self, reason: str) -> _Ticket:
        authenticator = self._before_authenticating(reason)
        try:
            authentication = authenticator.authenticate_sync()
        except AuthenticationError as exc:
            self._store_failure(exc)
            raise
        return self._store(authentication)

    async def _authenticate_locked_async(self, reason: str) -> _Ticket:
        authenticator = self._before_authenticating(reason)
        try:
            authentication = await authenticator.authenticate_async()
        except AuthenticationError as exc:
            self._store_failure(exc)
            raise
        return self._store(authentication)

    # -- the sync API -------------------------------------------------------------------------

    def ticket_sync(self) -> _Ticket:
        """A token fit to send now, authenticating first when needed."""
        ticket = self._checkout()
        if ticket is not None:
            return ticket
        with self._state_lock:
            generation = self._generation
        with self._refresh_lock:
            return self._outcome_since(generation) or self._authenticate_locked_sync(self._reason())

    def replace_refused_sync(self, refused: _Ticket) -> _Ticket:
        """A token to resend with after the server answered 401 to ``refused``."""
        with self._refresh_lock:
            ticket = self._outcome_since(refused.generation)
            if ticket is not None:
                return ticket
            self.forget(refused)
            return self._authenticate_locked_sync("the server answered 401")

    def authenticate_sync(self) -> Authentication:
        """Authenticate now, whatever the state of the current token."""
        with self._refresh_lock:
            self._authenticate_locked_sync("requested")
            assert self.authentication is not None
            return self.authentication

    # -- the async API ------------------------------------------------------------------------

    def _async_lock(self) -> asyncio.Lock:
        import asyncio

        loop = asyncio.get_running_loop()
        with self._state_lock:
            lock = self._async_locks.get(loop)
            if lock is None:
                # A lock that has had waiters refers to its loop, so the weak key alone would
                # keep a closed loop alive.
                for closed in [other for other in self._async_locks if other.is_closed()]:
                    del self._async_locks[closed]
                lock = self._async_locks[loop] = asyncio.Lock()
            return lock

    async def _acquire_refresh_lock(self) -> None:
        # Blocking on a threading.Lock would stall the event loop; poll it instead. It is only
        # contended when sync code in another thread is authenticating at this very moment.
        import asyncio

        delay = _LOCK_POLL_START
        while not self._refresh_lock.acquire(blocking=False):
            await asyncio.sleep(delay)
            delay = min(delay * 2, _LOCK_POLL_MAX)

    async def ticket_async(self) -> _Ticket:
        ticket = self._checkout()
        if ticket is not None:
            return ticket
        with self._state_lock:
            generation = self._generation
        async with self._async_lock():
            await self._acquire_refresh_lock()
            try:
                ticket = self._outcome_since(generation)
                if ticket is not None:
                    return ticket
                return await self._authenticate_locked_async(self._reason())
            finally:
                self._refresh_lock.release()

    async def replace_refused_async(self, refused: _Ticket) -> _Ticket:
        async with self._async_lock():
            await self._acquire_refresh_lock()
            try:
                ticket = self._outcome_since(refused.generation)
                if ticket is not None:
                    return ticket
                self.forget(refused)
                return await self._authenticate_locked_async("the server answered 401")
            finally:
                self._refresh_lock.release()

    async def authenticate_async(self) -> Authentication:
        async with self._async_lock():
            await self._acquire_refresh_lock()
            try:
                await self._authenticate_locked_async("requested")
            finally:
                self._refresh_lock.release()
        assert self.authentication is not None
        return self.authentication
