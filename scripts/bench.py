"""Benchmarks of the SDK against plain httpx, on loopback: prints a table and writes JSON.

Every figure is a ratio to a baseline measured in the same run, so that the machine's speed
cancels out:

- overlay_ratio_sync / _async: a generated operation called through ``getsocial.GetSocial``
  (auth, retry transport, rate limiter) over the same operation on a bare generated client.
- end_to_end_ratio_sync / _async: the SDK call returning typed models over ``httpx`` plus
  ``json.loads`` of the same response: a page of 100 activities with their authors.
- import_ms, import_ratio_vs_httpx: ``import getsocial`` in a fresh interpreter, and over
  ``import httpx`` timed first in the same interpreter.
- generate_s: the whole ``make generate`` pipeline, into a scratch folder.
- goodput_ratio, share_429: against a server that allows a fixed rate and answers 429 beyond
  it, successful requests per second over that rate, and the share of answers that were 429,
  for the SDK and for a client that only retries (httpx-retries).

The HTTP servers run in a child process (an asyncio HTTP/1.1 keep-alive server answering with
pre-encoded bytes), so their CPU time does not count against the client. Only 127.0.0.1 is
contacted. Usage: ``python scripts/bench.py --out bench-results.json`` (``make bench``).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import datetime as dt
import gc
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
GENERATED = ROOT / "generated"
OVERLAYS = ROOT / "overlays"
SPEC = ROOT / "openapi" / "getsocial.swagger.json"
PATCHES = ROOT / "openapi" / "patches"
CONFIG = ROOT / "openapi" / "generator-config.yaml"
TEMPLATES = ROOT / "openapi" / "templates"
HOST = "127.0.0.1"
SEARCH_PATH = "/v1/communities/activities/search"
API_KEY = "bench-api-key"

ACTIVITIES_PER_PAGE = 100
SYNC_CALLS = 3000
SYNC_BLOCK = 50
ASYNC_CONCURRENCY = 64
ASYNC_CALLS_PER_ROUND = 128
ASYNC_ROUNDS = 12
IMPORT_RUNS = 9
GENERATE_RUNS = 3
LIMIT_RATE = 100.0
LIMIT_BURST = 10
LIMIT_WORKERS = 16
LIMIT_SECONDS = 15.0
SERVER_START_TIMEOUT_S = 30.0

TARGETS: dict[str, tuple[str, float]] = {
    "overlay_ratio_sync": ("<=", 1.05),
    "overlay_ratio_async": ("<=", 1.05),
    "end_to_end_ratio_sync": ("<=", 1.15),
    "end_to_end_ratio_async": ("<=", 1.15),
    "import_ratio_vs_httpx": ("<=", 1.3),
    "generate_s": ("<=", 20.0),
    "goodput_ratio": (">=", 0.95),
    "share_429": ("<=", 0.02),
}


class BenchError(Exception):
    """A benchmark could not run; the message says which and why."""


# --- The response body --------------------------------------------------------------------


def activity_json(index: int) -> dict[str, Any]:
    """One activity shaped like the spec's Activity, with its Author and CommunityUser."""
    user = {
        "id": f"{100000 + index}",
        "display_name": f"Member {index}",
        "avatar_url": f"https://cdn.example.com/avatars/{index}.png",
        "auth_identities": {"email": f"member{index}@example.com"},
        "public_properties": {"level": str(index % 10)},
        "private_properties": {},
        "is_verified": index % 3 == 0,
        "can_moderate": index % 17 == 0,
    }
    return {
        "id": f"{900000000 + index}",
        "author": {"is_app": False, "is_verified": index % 3 == 0, "user": user},
        "content": [
            {
                "language": "en",
                "text": f"Post number {index}: " + "a few words about the weekend match. " * 3,
                "attachments": [{"image": f"https://cdn.example.com/images/{index}.jpg"}],
            }
        ],
        "content_type": "post",
        "created_at": 1_700_000_000 + 60 * index,
        "status": "approved",
        "status_updated_at": 1_700_000_030 + 60 * index,
        "properties": {"topic": "football"},
        "reactions_count": {"like": index % 7, "love": index % 3},
        "comments_count": index % 5,
        "source": {"id": {"type": "group", "id": "weekend-league"}},
        "labels": ["sports"],
    }


def activities_page_body() -> bytes:
    page = {
        "data": [activity_json(index) for index in range(ACTIVITIES_PER_PAGE)],
        "next_cursor": "b2Zmc2V0PTEwMA",
    }
    return json.dumps(page).encode()


SEARCH_BODY: dict[str, Any] = {"app_id": "bench-app", "status": "approved"}


# --- The server (child process) -------------------------------------------------------------


def _http_response(status: str, body: bytes, extra_headers: str = "") -> bytes:
    head = (
        f"HTTP/1.1 {status}\r\nContent-Type: application/json\r\n{extra_headers}"
        f"Content-Length: {len(body)}\r\n\r\n"
    )
    return head.encode() + body


class TokenBucketLimit:
    """The rate limit of the goodput test: `rate` requests/s, bursts of up to `burst`."""

    def __init__(self, rate: float, burst: int) -> None:
        self.rate = rate
        self.burst = float(burst)
        self.tokens = float(burst)
        self.refilled_at = time.monotonic()
        self.accepted = 0
        self.throttled = 0

    def admit(self) -> float | None:
        """None when the request may go through, else the seconds until a token is free."""
        now = time.monotonic()
        self.tokens = min(self.burst, self.tokens + (now - self.refilled_at) * self.rate)
        self.refilled_at = now
        if self.tokens >= 1.0:
            self.tokens -= 1.0
            self.accepted += 1
            return None
        self.throttled += 1
        return (1.0 - self.tokens) / self.rate

    def reset(self) -> None:
        self.tokens = self.burst
        self.refilled_at = time.monotonic()
        self.accepted = 0
        self.throttled = 0


class BenchServerProtocol(asyncio.Protocol):
    """HTTP/1.1 with keep-alive; a request with a body must give its Content-Length."""

    def __init__(self, answer: Callable[[bytes], bytes]) -> None:
        self._answer = answer
        self._buffer = bytearray()
        self._transport: asyncio.Transport | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        while True:
            head_end = self._buffer.find(b"\r\n\r\n")
            if head_end < 0:
                return
            head = bytes(self._buffer[:head_end]).lower()
            body_length = 0
            marker = head.find(b"\r\ncontent-length:")
            if marker >= 0:
                line_end = head.find(b"\r\n", marker + 2)
                body_length = int(head[marker + 17 : line_end if line_end >= 0 else None])
            request_end = head_end + 4 + body_length
            if len(self._buffer) < request_end:
                return
            request_line = bytes(self._buffer[: self._buffer.find(b"\r\n")])
            del self._buffer[:request_end]
            assert self._transport is not None
            self._transport.write(self._answer(request_line))


def serve(mode: str, rate: float, burst: int) -> None:
    """Run a bench server on a free loopback port; print the port; stop when stdin closes."""
    page = _http_response("200 OK", activities_page_body())
    small = _http_response("200 OK", b'{"data": [], "next_cursor": null}')
    limit = TokenBucketLimit(rate, burst)

    def answer(request_line: bytes) -> bytes:
        if request_line.startswith(b"GET /__stats"):
            stats = {"accepted": limit.accepted, "throttled": limit.throttled}
            return _http_response("200 OK", json.dumps(stats).encode())
        if request_line.startswith(b"POST /__reset"):
            limit.reset()
            return _http_response("200 OK", b"{}")
        if mode == "page":
            return page
        wait = limit.admit()
        if wait is None:
            return small
        retry_after = max(1, math.ceil(wait))  # Retry-After is a whole number of seconds
        body = b'{"error": {"code": 10, "message": "rate limited"}}'
        return _http_response("429 Too Many Requests", body, f"Retry-After: {retry_after}\r\n")

    async def main() -> None:
        pin_to_cpus(SERVER_CPUS)
        loop = asyncio.get_running_loop()
        server = await loop.create_server(lambda: BenchServerProtocol(answer), HOST, 0)
        port = server.sockets[0].getsockname()[1]
        print(f"PORT {port}", flush=True)
        await loop.run_in_executor(None, sys.stdin.read)  # until the parent closes stdin
        server.close()

    asyncio.run(main())


def cpu_split() -> tuple[set[int], set[int]]:
    """CPUs for the client and for the server: apart, when there are two or more."""
    if not hasattr(os, "sched_getaffinity"):
        return set(), set()
    cpus = sorted(os.sched_getaffinity(0))
    if len(cpus) < 2:
        return set(), set()
    return set(cpus[:-1]), {cpus[-1]}


CLIENT_CPUS, SERVER_CPUS = cpu_split()


def pin_to_cpus(cpus: set[int]) -> None:
    """Keep this process on `cpus`, so that client and server do not take turns on one CPU."""
    if cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, cpus)


@contextlib.contextmanager
def pinned_client() -> Iterator[None]:
    if not CLIENT_CPUS or not hasattr(os, "sched_getaffinity"):
        yield
        return
    before = os.sched_getaffinity(0)
    pin_to_cpus(CLIENT_CPUS)
    try:
        yield
    finally:
        os.sched_setaffinity(0, before)


@contextlib.contextmanager
def bench_server(mode: str) -> Iterator[str]:
    """Start a server child process; yield its base URL."""
    command = [sys.executable, str(Path(__file__).resolve()), "--serve", mode]
    child = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None
        ready: list[str] = []
        reader = threading.Thread(target=lambda: ready.append(child.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(SERVER_START_TIMEOUT_S)
        if not ready or not ready[0].startswith("PORT "):
            raise BenchError(f"the {mode} bench server did not start")
        yield f"http://{HOST}:{int(ready[0].split()[1])}"
    finally:
        if child.stdin is not None:
            child.stdin.close()
        try:
            child.wait(timeout=10)
        except subprocess.TimeoutExpired:
            child.kill()
            child.wait()


# --- Client-side measurements ---------------------------------------------------------------


def import_packages() -> None:
    """Make `getsocial` and `getsocial_api` importable from the working tree."""
    for folder in (GENERATED, OVERLAYS):
        if str(folder) not in sys.path:
            sys.path.insert(0, str(folder))


def rotated(names: list[str], cycle: int) -> list[str]:
    shift = cycle % len(names)
    return names[shift:] + names[:shift]


def sync_cycles(variants: dict[str, Callable[[], object]], calls: int) -> dict[str, list[float]]:
    """Seconds per call of each variant: one median per cycle of SYNC_BLOCK calls each.

    The variants take turns (in a rotating order) block by block, so that a change in the
    machine's load hits them alike; ratios are then taken cycle by cycle.
    """
    for call in variants.values():
        for _ in range(SYNC_BLOCK):
            call()
    clock = time.perf_counter
    samples: dict[str, list[float]] = {name: [] for name in variants}
    for cycle in range(max(1, calls // SYNC_BLOCK)):
        for name in rotated(list(variants), cycle):
            call = variants[name]
            times = []
            with collector_paused():
                for _ in range(SYNC_BLOCK):
                    start = clock()
                    call()
                    times.append(clock() - start)
            samples[name].append(statistics.median(times))
    return samples


@contextlib.contextmanager
def collector_paused() -> Iterator[None]:
    """Collect garbage before a block and not during it: a full collection landing in one
    variant's block would otherwise be charged to that variant alone."""
    gc.collect()
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def async_cycles(
    variants: dict[str, Callable[[], Awaitable[object]]], rounds: int
) -> dict[str, list[float]]:
    """Seconds per call with ASYNC_CONCURRENCY calls in flight: one figure per round."""

    async def one_round(call: Callable[[], Awaitable[object]]) -> float:
        per_worker = ASYNC_CALLS_PER_ROUND // ASYNC_CONCURRENCY

        async def worker() -> None:
            for _ in range(per_worker):
                await call()

        start = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(ASYNC_CONCURRENCY)))
        return (time.perf_counter() - start) / (per_worker * ASYNC_CONCURRENCY)

    async def run() -> dict[str, list[float]]:
        for call in variants.values():
            await one_round(call)
        samples: dict[str, list[float]] = {name: [] for name in variants}
        for cycle in range(rounds):
            for name in rotated(list(variants), cycle):
                samples[name].append(await one_round(variants[name]))
        return samples

    return asyncio.run(run())


def paired_ratio(samples: dict[str, list[float]], name: str, baseline: str) -> float:
    """Median over cycles of (variant / baseline) within the same cycle."""
    pairs = zip(samples[name], samples[baseline], strict=True)
    return statistics.median(value / base for value, base in pairs)


def medians_us(samples: dict[str, list[float]]) -> dict[str, float]:
    return {name + "_us": statistics.median(values) * 1e6 for name, values in samples.items()}


def read_every_field(model: object) -> None:
    """Touch every attribute of a generated model tree, as a caller that uses it all would."""
    import attrs

    for attribute in attrs.fields(type(model)):
        value = getattr(model, attribute.name)
        if attrs.has(type(value)):
            read_every_field(value)
        elif isinstance(value, list):
            for item in value:
                if attrs.has(type(item)):
                    read_every_field(item)


def measure_sync(base_url: str, calls: int, *, end_to_end_only: bool = False) -> dict[str, float]:
    import getsocial
    import httpx
    from getsocial_api.api.communities import search_activities
    from getsocial_api.client import AuthenticatedClient
    from getsocial_api.models import ActivityList, ActivitySearchRequest

    body = ActivitySearchRequest.from_dict(SEARCH_BODY)
    bare = AuthenticatedClient(
        base_url=base_url + "/v1", token=API_KEY, prefix="", auth_header_name="X-GetSocial-API-Key"
    )
    sdk = getsocial.GetSocial(api_key=API_KEY, base_url=base_url + "/v1")
    raw = httpx.Client(base_url=base_url)
    headers = {"X-GetSocial-API-Key": API_KEY}

    # The overlay figure makes the same call on both clients: reading `data` builds 100 lazy
    # models, work of the generated models that the end-to-end figure counts, not the overlay's.
    def bare_call() -> object:
        return search_activities.sync_detailed(client=bare, body=body).parsed

    def sdk_overlay_call() -> object:
        return search_activities.sync_detailed(client=sdk, body=body).parsed

    def sdk_call() -> object:
        page = search_activities.sync(client=sdk, body=body)
        assert isinstance(page, ActivityList)
        return page.data, page.next_cursor

    def sdk_read_all() -> object:
        page = search_activities.sync(client=sdk, body=body)
        read_every_field(page)
        return page

    def raw_call() -> object:
        return json.loads(raw.post(SEARCH_PATH, json=SEARCH_BODY, headers=headers).content)

    with bare, sdk, raw:
        end_to_end = sync_cycles(
            {"raw": raw_call, "sdk": sdk_call, "sdk_read_all": sdk_read_all}, calls
        )
        overlay = (
            {}
            if end_to_end_only
            else sync_cycles({"bare": bare_call, "sdk": sdk_overlay_call}, calls)
        )
    results = medians_us(end_to_end)
    results["end_to_end_ratio"] = paired_ratio(end_to_end, "sdk", "raw")
    results["end_to_end_ratio_reading_every_field"] = paired_ratio(
        end_to_end, "sdk_read_all", "raw"
    )
    if overlay:
        results["bare_us"] = medians_us(overlay)["bare_us"]
        results["overlay_us"] = medians_us(overlay)["sdk_us"]
        results["overlay_ratio"] = paired_ratio(overlay, "sdk", "bare")
    return results


def measure_async(base_url: str, rounds: int) -> dict[str, float]:
    import getsocial
    import httpx
    from getsocial_api.api.communities import search_activities
    from getsocial_api.client import AuthenticatedClient
    from getsocial_api.models import ActivityList, ActivitySearchRequest

    body = ActivitySearchRequest.from_dict(SEARCH_BODY)
    limits = httpx.Limits(max_connections=ASYNC_CONCURRENCY, max_keepalive_connections=None)
    bare = AuthenticatedClient(
        base_url=base_url + "/v1",
        token=API_KEY,
        prefix="",
        auth_header_name="X-GetSocial-API-Key",
        httpx_args={"limits": limits},
    )
    sdk = getsocial.GetSocial(
        api_key=API_KEY,
        base_url=base_url + "/v1",
        async_transport=httpx.AsyncHTTPTransport(limits=limits),
    )
    raw = httpx.AsyncClient(base_url=base_url, limits=limits)
    headers = {"X-GetSocial-API-Key": API_KEY}

    async def bare_call() -> object:
        return (await search_activities.asyncio_detailed(client=bare, body=body)).parsed

    async def sdk_overlay_call() -> object:
        return (await search_activities.asyncio_detailed(client=sdk, body=body)).parsed

    async def sdk_call() -> object:
        page = await search_activities.asyncio(client=sdk, body=body)
        assert isinstance(page, ActivityList)
        return page.data, page.next_cursor

    async def raw_call() -> object:
        response = await raw.post(SEARCH_PATH, json=SEARCH_BODY, headers=headers)
        return json.loads(response.content)

    samples = async_cycles(
        {"bare": bare_call, "sdk_overlay": sdk_overlay_call, "sdk": sdk_call, "raw": raw_call},
        rounds,
    )
    results = medians_us(samples)
    results["overlay_ratio"] = paired_ratio(samples, "sdk_overlay", "bare")
    results["end_to_end_ratio"] = paired_ratio(samples, "sdk", "raw")
    return results


def fresh_interpreter_env() -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # an installed wheel has its .pyc files
    env["PYTHONPATH"] = os.pathsep.join([str(GENERATED), str(OVERLAYS)])
    return env


def time_import(module: str, env: dict[str, str]) -> float:
    code = (
        "import time; start = time.perf_counter(); import "
        + module
        + "; print(time.perf_counter() - start)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BenchError(f"import {module} failed: {result.stderr.strip().splitlines()[-1:]}")
    return float(result.stdout.strip())


def time_imports_in_turn(env: dict[str, str]) -> tuple[float, float]:
    """Seconds to import httpx, then seconds to import httpx and getsocial, in one interpreter.

    getsocial imports httpx first anyway, so the second figure is what ``import getsocial``
    costs on its own; taking both in one process cancels that process's speed.
    """
    code = (
        "import time; start = time.perf_counter(); import httpx; "
        "middle = time.perf_counter(); import getsocial; "
        "print(middle - start, time.perf_counter() - start)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise BenchError(f"import getsocial failed: {result.stderr.strip().splitlines()[-1:]}")
    httpx_s, getsocial_s = (float(value) for value in result.stdout.split())
    return httpx_s, getsocial_s


def measure_import(runs: int) -> dict[str, float]:
    """Import times: the ratio is the median over fresh interpreters of getsocial over httpx
    measured in the same interpreter; separate interpreters are kept for reference, because
    two interpreters started one after the other differ by up to a third on this machine."""
    env = fresh_interpreter_env()
    for module in ("getsocial", "httpx"):
        time_import(module, env)  # writes the .pyc files, as installing a wheel does
    in_turn = [time_imports_in_turn(env) for _ in range(runs)]
    separate: dict[str, list[float]] = {"getsocial": [], "httpx": []}
    for _ in range(runs):
        for module in separate:
            separate[module].append(time_import(module, env))
    return {
        "getsocial_ms": statistics.median(total for _, total in in_turn) * 1e3,
        "httpx_ms": statistics.median(httpx_s for httpx_s, _ in in_turn) * 1e3,
        "ratio": statistics.median(total / httpx_s for httpx_s, total in in_turn),
        "separate_getsocial_ms": statistics.median(separate["getsocial"]) * 1e3,
        "separate_httpx_ms": statistics.median(separate["httpx"]) * 1e3,
    }


def generate_into(out: Path, templates: Path | None = None) -> float:
    """Run the `make generate` pipeline into `out`; return its wall time in seconds."""
    command = [
        sys.executable,
        str(ROOT / "scripts" / "build_client.py"),
        "--spec",
        str(SPEC),
        "--patches",
        str(PATCHES),
        "--openapi-out",
        str(out / "openapi.json"),
        "--config",
        str(CONFIG),
        "--out",
        str(out),
    ]
    if templates is not None:
        command += ["--templates", str(templates)]
    start = time.perf_counter()
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    elapsed = time.perf_counter() - start
    if result.returncode != 0:
        raise BenchError(f"generation failed: {result.stderr.strip()[-300:]}")
    return elapsed


def measure_generate(runs: int) -> float:
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory(prefix="bench-generate-") as scratch:
            times.append(generate_into(Path(scratch)))
    return statistics.median(times)


def measure_stock_templates(base_url: str, calls: int) -> dict[str, float]:
    """The end-to-end figures for a client generated without openapi/templates, for reference."""
    with tempfile.TemporaryDirectory(prefix="bench-stock-") as scratch:
        out = Path(scratch) / "out"
        no_templates = Path(scratch) / "no-templates"  # an empty folder: the generator's own
        out.mkdir()
        no_templates.mkdir()
        generate_into(out, templates=no_templates)
        command = [
            sys.executable,
            str(Path(__file__).resolve()),
            "--end-to-end-only",
            base_url,
            "--calls",
            str(calls),
        ]
        env = dict(os.environ, PYTHONPATH=os.pathsep.join([str(out), str(OVERLAYS)]))
        result = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise BenchError(f"stock-template comparison failed: {result.stderr.strip()[-300:]}")
        return dict(json.loads(result.stdout.strip().splitlines()[-1]))


# --- Goodput under a rate limit -------------------------------------------------------------


@dataclass
class GoodputResult:
    accepted: int
    throttled: int
    seconds: float
    client_errors: dict[str, int] = field(default_factory=dict)

    @property
    def goodput_ratio(self) -> float:
        return self.accepted / self.seconds / LIMIT_RATE

    @property
    def share_429(self) -> float:
        total = self.accepted + self.throttled
        return self.throttled / total if total else 0.0


async def run_goodput(
    base_url: str, call: Callable[[], Awaitable[object]], seconds: float
) -> GoodputResult:
    """LIMIT_WORKERS tasks call as fast as they can for `seconds`; count what the server saw."""
    import httpx

    async with httpx.AsyncClient(base_url=base_url) as control:
        await control.post("/__reset")
        start = time.perf_counter()
        deadline = start + seconds
        errors: dict[str, int] = {}

        async def worker() -> None:
            while time.perf_counter() < deadline:
                try:
                    await call()
                except Exception as error:  # a given-up call counts, and the worker goes on
                    errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1

        workers = [asyncio.create_task(worker()) for _ in range(LIMIT_WORKERS)]
        await asyncio.sleep(seconds)
        stats = (await control.get("/__stats")).json()
        elapsed = time.perf_counter() - start
        for task in workers:
            task.cancel()
        await asyncio.gather(*workers, return_exceptions=True)
    return GoodputResult(stats["accepted"], stats["throttled"], elapsed, errors)


def run_goodput_threads(base_url: str, call: Callable[[], object], seconds: float) -> GoodputResult:
    """`run_goodput` with LIMIT_WORKERS threads making blocking calls."""
    import httpx

    with httpx.Client(base_url=base_url) as control:
        control.post("/__reset")
        start = time.perf_counter()
        deadline = start + seconds
        errors: dict[str, int] = {}
        errors_lock = threading.Lock()

        def worker() -> None:
            while time.perf_counter() < deadline:
                try:
                    call()
                except Exception as error:  # a given-up call counts, and the worker goes on
                    with errors_lock:
                        errors[type(error).__name__] = errors.get(type(error).__name__, 0) + 1

        workers = [threading.Thread(target=worker) for _ in range(LIMIT_WORKERS)]
        for thread in workers:
            thread.start()
        time.sleep(seconds)
        stats = control.get("/__stats").json()
        elapsed = time.perf_counter() - start
        for thread in workers:
            thread.join()
    return GoodputResult(stats["accepted"], stats["throttled"], elapsed, errors)


def measure_goodput_once(base_url: str, seconds: float, *, threads: bool) -> GoodputResult:
    """Only the SDK with its limiter: the quick check behind ``--only goodput``."""
    import getsocial
    from getsocial_api.api.communities import search_activities
    from getsocial_api.models import ActivitySearchRequest

    body = ActivitySearchRequest.from_dict(SEARCH_BODY)
    if threads:
        with getsocial.GetSocial(api_key=API_KEY, base_url=base_url + "/v1") as sdk:
            return run_goodput_threads(
                base_url, lambda: search_activities.sync(client=sdk, body=body), seconds
            )

    async def with_sdk() -> GoodputResult:
        async with getsocial.GetSocial(api_key=API_KEY, base_url=base_url + "/v1") as sdk:

            async def call() -> object:
                return await search_activities.asyncio(client=sdk, body=body)

            return await run_goodput(base_url, call, seconds)

    return asyncio.run(with_sdk())


def measure_goodput(base_url: str, seconds: float) -> dict[str, GoodputResult]:
    import getsocial
    import httpx
    from getsocial_api.api.communities import search_activities
    from getsocial_api.models import ActivitySearchRequest
    from httpx_retries import Retry, RetryTransport

    body = ActivitySearchRequest.from_dict(SEARCH_BODY)
    headers = {"X-GetSocial-API-Key": API_KEY}

    async def with_sdk(rate_limiter: bool) -> GoodputResult:
        sdk = getsocial.GetSocial(
            api_key=API_KEY, base_url=base_url + "/v1", rate_limiter=rate_limiter
        )
        async with sdk:

            async def call() -> object:
                return await search_activities.asyncio(client=sdk, body=body)

            return await run_goodput(base_url, call, seconds)

    async def with_retries_only() -> GoodputResult:
        # POST is not retried by default; a 429 means the search was not run, so allow it.
        retry = Retry(
            total=10,
            allowed_methods=[*Retry.RETRYABLE_METHODS, "POST"],
            respect_retry_after_header=True,
        )
        transport = RetryTransport(retry=retry)
        async with httpx.AsyncClient(base_url=base_url, transport=transport) as client:

            async def call() -> object:
                response = await client.post(SEARCH_PATH, json=SEARCH_BODY, headers=headers)
                return json.loads(response.content)

            return await run_goodput(base_url, call, seconds)

    return {
        "sdk": asyncio.run(with_sdk(rate_limiter=True)),
        "sdk_without_limiter": asyncio.run(with_sdk(rate_limiter=False)),
        "retry_only": asyncio.run(with_retries_only()),
    }


# --- Report ---------------------------------------------------------------------------------


def meets(name: str, value: float) -> bool:
    sense, bound = TARGETS[name]
    return value <= bound if sense == "<=" else value >= bound


def print_table(results: dict[str, Any]) -> None:
    print(f"\n{'figure':<28}{'value':>12}   {'target':<10}  ")
    for name, (sense, bound) in TARGETS.items():
        if name not in results:
            continue
        value = results[name]
        mark = "ok" if meets(name, value) else "MISSED"
        print(f"{name:<28}{value:>12.3f}   {sense} {bound:<7g}  {mark}")
    for name in ("import_ms", "goodput_ratio_retry_only", "share_429_retry_only"):
        if name in results:
            print(f"{name:<28}{results[name]:>12.3f}   (for reference)")


def run(arguments: argparse.Namespace) -> dict[str, Any]:
    import_packages()
    results: dict[str, Any] = {
        "date": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        "machine": {
            "platform": platform.platform(),
            "cpu_count": os.cpu_count(),
            "python": platform.python_version(),
            "implementation": platform.python_implementation(),
        },
    }
    details: dict[str, Any] = {}

    with bench_server("page") as base_url, pinned_client():
        print(f"sync: {arguments.calls} keep-alive calls per variant ...", flush=True)
        sync = measure_sync(base_url, arguments.calls)
        print(f"async: {ASYNC_CONCURRENCY} calls in flight, {arguments.rounds} rounds ...")
        asynchronous = measure_async(base_url, arguments.rounds)
        print("sync end-to-end with a client generated from the stock templates ...", flush=True)
        stock = measure_stock_templates(base_url, arguments.calls)
    results["overlay_ratio_sync"] = sync["overlay_ratio"]
    results["end_to_end_ratio_sync"] = sync["end_to_end_ratio"]
    results["overlay_ratio_async"] = asynchronous["overlay_ratio"]
    results["end_to_end_ratio_async"] = asynchronous["end_to_end_ratio"]
    details["sync"] = sync
    details["async_per_call"] = asynchronous
    details["stock_templates_sync"] = stock

    print(f"import: {arguments.import_runs} fresh interpreters each ...", flush=True)
    imports = measure_import(arguments.import_runs)
    results["import_ms"] = imports["getsocial_ms"]
    results["import_ratio_vs_httpx"] = imports["ratio"]
    details["import_httpx_ms"] = imports["httpx_ms"]
    details["import_separate_interpreters"] = {
        "getsocial_ms": imports["separate_getsocial_ms"],
        "httpx_ms": imports["separate_httpx_ms"],
        "ratio": imports["separate_getsocial_ms"] / imports["separate_httpx_ms"],
    }

    print(f"generate: {arguments.generate_runs} runs of the pipeline ...", flush=True)
    results["generate_s"] = measure_generate(arguments.generate_runs)

    print(
        f"goodput: {LIMIT_WORKERS} workers, limit {LIMIT_RATE:g}/s (burst {LIMIT_BURST}), "
        f"{arguments.goodput_seconds:g}s per client ...",
        flush=True,
    )
    with bench_server("limited") as base_url, pinned_client():
        goodput = measure_goodput(base_url, arguments.goodput_seconds)
    results["goodput_ratio"] = goodput["sdk"].goodput_ratio
    results["share_429"] = goodput["sdk"].share_429
    results["goodput_ratio_retry_only"] = goodput["retry_only"].goodput_ratio
    results["share_429_retry_only"] = goodput["retry_only"].share_429
    details["goodput"] = {
        name: {
            "goodput_ratio": outcome.goodput_ratio,
            "share_429": outcome.share_429,
            "accepted": outcome.accepted,
            "throttled": outcome.throttled,
            "seconds": outcome.seconds,
            "client_errors": outcome.client_errors,
        }
        for name, outcome in goodput.items()
    }

    details["parameters"] = {
        "activities_per_page": ACTIVITIES_PER_PAGE,
        "page_bytes": len(activities_page_body()),
        "sync_calls_per_variant": arguments.calls,
        "async_concurrency": ASYNC_CONCURRENCY,
        "async_calls_per_round": ASYNC_CALLS_PER_ROUND,
        "async_rounds": arguments.rounds,
        "import_runs": arguments.import_runs,
        "generate_runs": arguments.generate_runs,
        "limit_rate_per_s": LIMIT_RATE,
        "limit_burst": LIMIT_BURST,
        "limit_workers": LIMIT_WORKERS,
        "limit_seconds": arguments.goodput_seconds,
        "retry_after": "whole seconds, rounded up",
    }
    results["targets"] = {name: f"{sense} {bound:g}" for name, (sense, bound) in TARGETS.items()}
    results["details"] = details
    return results


def run_goodput_only(seconds: float, *, threads: bool) -> int:
    import_packages()
    try:
        with bench_server("limited") as base_url, pinned_client():
            outcome = measure_goodput_once(base_url, seconds, threads=threads)
    except (BenchError, OSError, ImportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    workers = f"{LIMIT_WORKERS} {'threads' if threads else 'asyncio tasks'}"
    print(
        f"goodput_ratio {outcome.goodput_ratio:.3f}  share_429 {outcome.share_429:.3f}  "
        f"({outcome.accepted} accepted, {outcome.throttled} throttled in {outcome.seconds:.2f}s, "
        f"{workers}, client errors {outcome.client_errors or 'none'})"
    )
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__.split("\n\n")[0],
        epilog="Each figure is explained in BENCHMARKS.md.",
    )
    parser.add_argument("--out", type=Path, help="write the results here as JSON")
    parser.add_argument("--calls", type=int, default=SYNC_CALLS, help="sync calls per variant")
    parser.add_argument("--rounds", type=int, default=ASYNC_ROUNDS, help="async rounds per variant")
    parser.add_argument("--import-runs", type=int, default=IMPORT_RUNS)
    parser.add_argument("--generate-runs", type=int, default=GENERATE_RUNS)
    parser.add_argument("--goodput-seconds", type=float, default=LIMIT_SECONDS, help="per client")
    parser.add_argument(
        "--only",
        choices=["goodput", "goodput-threads"],
        help="run only the goodput test of the SDK with its limiter (asyncio tasks or threads), "
        "print its figures and write nothing: about 20 s",
    )
    parser.add_argument("--serve", choices=["page", "limited"], help=argparse.SUPPRESS)
    parser.add_argument("--end-to-end-only", metavar="BASE_URL", help=argparse.SUPPRESS)
    arguments = parser.parse_args(argv)

    if arguments.serve:
        serve(arguments.serve, LIMIT_RATE, LIMIT_BURST)
        return 0
    if arguments.end_to_end_only:
        # A child run: the packages come from PYTHONPATH, set by the parent.
        sync = measure_sync(arguments.end_to_end_only, arguments.calls, end_to_end_only=True)
        print(json.dumps(sync))
        return 0
    if arguments.only:
        return run_goodput_only(
            arguments.goodput_seconds, threads=arguments.only.endswith("threads")
        )
    try:
        results = run(arguments)
    except (BenchError, OSError, ImportError) as error:
        print(f"error: {error}", file=sys.stderr)
        return 1
    print_table(results)
    if arguments.out:
        arguments.out.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
        print(f"\nwrote {arguments.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
