"""Fixtures of the API tests: the real OCPP server and the real API on loopback."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from api_helpers import DESELECTED, MISSING_FILES, ApiSite, api_site

HERE = Path(__file__).resolve().parent
ROUTE_CHECK = "test_every_documented_route_is_exercised"


@pytest.fixture
async def site(services, server) -> AsyncIterator[ApiSite]:  # type: ignore[no-untyped-def]
    async with api_site(services, server) as s:
        yield s


def pytest_collection_modifyitems(session, config, items):  # type: ignore[no-untyped-def]
    """The route-coverage check runs last, and knows whether every API test is in the run."""
    check = [i for i in items if i.name == ROUTE_CHECK]
    if not check:
        return
    for item in check:
        items.remove(item)
        items.append(item)
    here = {Path(str(i.fspath)).name for i in items if Path(str(i.fspath)).parent == HERE}
    files = {p.name for p in HERE.glob("test_*.py")}
    config.stash[MISSING_FILES] = sorted(files - here)


def pytest_deselected(items):  # type: ignore[no-untyped-def]
    for item in items:
        if Path(str(item.fspath)).parent == HERE:
            item.config.stash[DESELECTED] = True
