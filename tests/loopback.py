"""Small loopback HTTP servers for tests that need a real socket but not the fake GetSocial."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


class JsonAnswer(BaseHTTPRequestHandler):
    """Answers every GET with ``status`` and ``body``; remembers each request line's target.

    Subclass it per test module and set ``body`` (and ``status``); ``seen`` and ``headers_seen``
    are reset by `serve`.
    """

    status = 200
    body = b"{}"
    seen: list[str] = []
    headers_seen: list[dict[str, str]] = []

    def do_GET(self) -> None:  # noqa: N802 - the name http.server dispatches to
        type(self).seen.append(self.path)
        type(self).headers_seen.append(dict(self.headers.items()))
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def serve(
    handler: type[BaseHTTPRequestHandler],
    server_class: type[ThreadingHTTPServer] = ThreadingHTTPServer,
) -> Iterator[ThreadingHTTPServer]:
    """Run ``handler`` on a free 127.0.0.1 port in a thread for the length of the block."""
    if issubclass(handler, JsonAnswer):
        handler.seen = []
        handler.headers_seen = []
    server = server_class(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def url_of(server: ThreadingHTTPServer) -> str:
    return f"http://127.0.0.1:{server.server_address[1]}"
