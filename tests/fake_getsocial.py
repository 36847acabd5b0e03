"""A local, stateful stand-in for the GetSocial HTTP API, served on 127.0.0.1.

It behaves like the documented API where the overlay depends on it:

- ``POST /v1/authenticate/user?app_id&identity_type&value&token`` issues a new access token when
  ``app_id`` and ``token`` match, and answers 401 otherwise.
- An access token expires `token_idle_lifetime` seconds after its last use; from then on every
  request carrying it gets 401. `expire_tokens` expires all of them at once.
- Every other path wants a valid ``X-GetSocial-API-Key`` or ``X-GetSocial-Access-Token`` and then
  echoes the request as JSON. ``/v1/status/<code>`` answers with that status, ``/v1/redirect``
  answers 307 to its ``to`` parameter.

Tests script answers per path with `script` (429s with any ``Retry-After``, 5xx, failing auth),
and read what the server saw: `auth_calls`, `requests`, `count`.
"""

from __future__ import annotations

import collections
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

AUTH_PATH = "/v1/authenticate/user"
API_KEY_HEADER = "x-getsocial-api-key"
ACCESS_TOKEN_HEADER = "x-getsocial-access-token"


@dataclass
class Reply:
    """One scripted answer. ``body`` may be bytes, str or anything JSON-encodable; ``headers``
    a dict, or a list of pairs to repeat a header."""

    status: int
    headers: dict[str, str] | list[tuple[str, str]] = field(default_factory=dict)
    body: Any = b""
    delay: float = 0.0


@dataclass
class Seen:
    """One request as the server received it (header names lower-cased)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: bytes
    at: float
    status: int = 0


APPS = [
    {
        "id": "example",
        "name": "Example App",
        "icon": "",
        "platforms": {
            "android_settings": {"cert_fingerprints": [], "enabled": False, "package_name": ""},
            "ios_settings": {"app_store_id": "12345", "bundle_id": "", "enabled": False},
        },
    }
]
REFERRAL = {
    "data": {"source": "website", "$guaranteed_match": "true"},
    "original_data": {"foo": "bar"},
    "referrer": {"id": "123", "name": "User 123"},
}
# Answers in the API's own shapes, so that the generated functions can parse them.
CANNED = {("GET", "/v1/apps"): APPS, ("GET", "/v1/referrals/process"): REFERRAL}


class FakeGetSocial:
    """The fake server; use as a context manager or call `start` and `stop`."""

    def __init__(
        self,
        *,
        app_id: str = "fake-app",
        api_key: str = "fake-api-key-0123456789abcdef",
        identity_token: str = "identity-secret-3f9a1c77",
        token_idle_lifetime: float = 3600.0,
        auth_delay: float = 0.0,
    ) -> None:
        self.app_id = app_id
        self.api_key = api_key
        self.identity_token = identity_token
        self.token_idle_lifetime = token_idle_lifetime
        self.auth_delay = auth_delay

        self.lock = threading.Lock()
        self.requests: list[Seen] = []
        self.issued_tokens: list[str] = []
        self._last_use: dict[str, float] = {}
        self._scripts: dict[str, collections.deque[Reply]] = {}
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    # -- lifecycle ----------------------------------------------------------------------------

    def start(self) -> FakeGetSocial:
        handler = type("Handler", (_Handler,), {"fake": self})
        server = _Server(("127.0.0.1", 0), handler, bind_and_activate=False)
        server.daemon_threads = True
        server.request_queue_size = 1024
        server.server_bind()
        server.server_activate()
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.01}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> FakeGetSocial:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    @property
    def origin(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}"

    @property
    def base_url(self) -> str:
        return self.origin + "/v1"

    # -- scripting ----------------------------------------------------------------------------

    def script(self, path: str, *replies: Reply) -> None:
        """Answer the next requests to ``path`` (e.g. "/v1/apps") with ``replies`` in order."""
        with self.lock:
            self._scripts.setdefault(path, collections.deque()).extend(replies)

    def expire_tokens(self) -> None:
        """Expire every access token issued so far, as an hour without use would."""
        with self.lock:
            self._last_use.clear()

    # -- observations -------------------------------------------------------------------------

    @property
    def auth_calls(self) -> int:
        return self.count(AUTH_PATH)

    def count(self, path: str) -> int:
        with self.lock:
            return sum(1 for seen in self.requests if seen.path == path)

    def seen(self, path: str) -> list[Seen]:
        with self.lock:
            return [seen for seen in self.requests if seen.path == path]

    # -- request handling (called from server threads) ----------------------------------------

    def _next_script(self, path: str) -> Reply | None:
        with self.lock:
            queue = self._scripts.get(path)
            return queue.popleft() if queue else None

    def _authenticate(self, query: dict[str, str]) -> Reply:
        if self.auth_delay:
            time.sleep(self.auth_delay)
        if query.get("app_id") != self.app_id or query.get("token") != self.identity_token:
            return Reply(401, body={"message": "Invalid identity"})
        access_token = "at-" + secrets.token_urlsafe(24)
        with self.lock:
            self.issued_tokens.append(access_token)
            self._last_use[access_token] = time.monotonic()
        user = {
            "id": "186037659029290536",
            "identities": {query.get("identity_type", ""): query.get("value", "")},
            "name": "User 5756536",
        }
        return Reply(200, body={"access_token": access_token, "user": user})

    def _authorized(self, headers: dict[str, str]) -> bool:
        if headers.get(API_KEY_HEADER) == self.api_key:
            return True
        access_token = headers.get(ACCESS_TOKEN_HEADER)
        now = time.monotonic()
        with self.lock:
            last_use = self._last_use.get(access_token or "")
            if last_use is None or now - last_use >= self.token_idle_lifetime:
                self._last_use.pop(access_token or "", None)
                return False
            self._last_use[access_token or ""] = now
            return True

    def handle(self, seen: Seen) -> Reply:
        with self.lock:
            self.requests.append(seen)
        reply = self._answer(seen)
        seen.status = reply.status
        return reply

    def statuses(self, path: str) -> list[int]:
        """The statuses answered to ``path``, in order."""
        return [seen.status for seen in self.seen(path)]

    def _answer(self, seen: Seen) -> Reply:
        scripted = self._next_script(seen.path)
        if scripted is not None:
            return scripted
        if seen.path == AUTH_PATH and seen.method == "POST":
            return self._authenticate(seen.query)
        if seen.path == "/v1/redirect":
            return Reply(307, headers={"Location": seen.query["to"]})
        if not self._authorized(seen.headers):
            return Reply(401, body={"message": "Unauthorized"})
        if seen.path.startswith("/v1/status/"):
            status = int(seen.path.rsplit("/", 1)[1])
            return Reply(status, body={"code": status, "message": f"Scripted status {status}"})
        canned = CANNED.get((seen.method, seen.path))
        if canned is not None:
            return Reply(200, body=canned)
        echo = {"method": seen.method, "path": seen.path, "query": seen.query}
        if seen.body:
            echo["body"] = seen.body.decode("utf-8", "replace")
        return Reply(200, body=echo)


class _Server(ThreadingHTTPServer):
    def handle_error(self, request: Any, client_address: Any) -> None:
        # Clients that time out hang up mid-answer on purpose; that is not a server error.
        pass


class _Handler(BaseHTTPRequestHandler):
    fake: FakeGetSocial
    protocol_version = "HTTP/1.1"
    # Headers and body go out in two writes; without this, Nagle's algorithm and delayed ACKs
    # hold every keep-alive answer back for tens of milliseconds.
    disable_nagle_algorithm = True

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - the stdlib's name
        pass

    def _serve(self) -> None:
        url = urlsplit(self.path)
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        query = {name: values[-1] for name, values in parse_qs(url.query, True).items()}
        headers = {name.lower(): value for name, value in self.headers.items()}
        reply = self.fake.handle(Seen(self.command, url.path, query, headers, body, time.time()))

        if reply.delay:
            time.sleep(reply.delay)
        payload = reply.body
        if not isinstance(payload, (bytes, str)):
            payload = json.dumps(payload)
        if isinstance(payload, str):
            payload = payload.encode()
        self.send_response(reply.status)
        pairs = list(reply.headers.items() if isinstance(reply.headers, dict) else reply.headers)
        if payload and not any(name.lower() == "content-type" for name, _ in pairs):
            self.send_header("Content-Type", "application/json")
        for name, value in pairs:
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = _serve
