"""Every route of the OpenAPI document was answered with a 2xx by some test in this run.

It runs after the other API tests (the conftest moves it last) and reads what the real
server recorded (``api_helpers.HITS``). When only part of the API tests run (a file or
``-k``), it is skipped rather than giving a false alarm.
"""

from __future__ import annotations

import pytest
from api_helpers import DESELECTED, HITS, MISSING_FILES

from csms_desktop.api.openapi import build_document
from csms_desktop.api.server import build_api


def documented_routes() -> set[tuple[str, str]]:
    doc = build_document(build_api())
    return {(method.upper(), path) for path, ops in doc["paths"].items() for method in ops}


def test_every_documented_route_is_exercised(request: pytest.FixtureRequest) -> None:
    missing_files = request.config.stash.get(MISSING_FILES, [])
    if missing_files or request.config.stash.get(DESELECTED, False):
        pytest.skip(f"only part of the API tests ran (not: {', '.join(missing_files) or '-k'})")
    routes = documented_routes()
    assert len(routes) >= 80
    missing = sorted(routes - HITS)
    assert not missing, f"{len(missing)} documented route(s) no test exercised: {missing}"
