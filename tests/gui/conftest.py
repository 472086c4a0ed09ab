"""GUI tests: pytest-qt, offscreen (set in tests/conftest.py), Qt warnings fail the test."""

from __future__ import annotations

import argparse

import pytest


@pytest.fixture
def runtime(services):  # type: ignore[no-untyped-def]
    from csms_desktop.headless import Runtime
    from csms_desktop.protocol.server import OCPPServer

    return Runtime(services, OCPPServer(services), "sqlite:///test")


@pytest.fixture
def args() -> argparse.Namespace:
    return argparse.Namespace(host="127.0.0.1", port=0, smoke=False, command=None)


# Fixtures of the live pages (qasync loop + real server): live, qloop, quiet_ctx; and, for
# every GUI test, deferred deletes and a garbage collection right after it (cyclic garbage
# holding Qt objects collected later, in the middle of another test's event processing,
# crashed the run now and then).
from live_helpers import _collect_after, live, qloop, quiet_ctx  # noqa: E402, F401


@pytest.fixture(autouse=True, scope="session")
def _shipped_fonts(qapp):  # type: ignore[no-untyped-def]
    """As at start-up: the shipped fonts (Thai included) serve every widget."""
    from csms_desktop.gui.fonts import register_fonts

    register_fonts()
