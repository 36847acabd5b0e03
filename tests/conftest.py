"""Shared fixtures. The packages are imported from the working tree when not installed."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
for package, folder in (("getsocial_api", "generated"), ("getsocial", "overlays")):
    if importlib.util.find_spec(package) is None:
        sys.path.insert(0, str(ROOT / folder))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from fake_getsocial import FakeGetSocial  # noqa: E402


@pytest.fixture
def fake() -> Iterator[FakeGetSocial]:
    """A fake GetSocial API on a free loopback port, fresh for each test."""
    with FakeGetSocial() as server:
        yield server


@pytest.fixture
def other_origin() -> Iterator[FakeGetSocial]:
    """A second fake server: another origin, e.g. as the target of a redirect."""
    with FakeGetSocial() as server:
        yield server


@pytest.fixture(params=["sync", "async"])
def caller(request: pytest.FixtureRequest) -> Iterator[object]:
    """Runs each overlay test once through the sync and once through the async httpx client."""
    from overlay_support import Caller

    runner = Caller(request.param)
    yield runner
    runner.close()
