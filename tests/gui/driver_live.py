"""A live context for the driver/reservation page tests: the real OCPP server on a qasync
loop, driven with ``drv_live.run(coroutine)`` (``loop.run_until_complete``: Qt events are
processed while the coroutine runs). Kept apart from ``live_helpers`` so these tests do not
depend on how other pages' tests drive their loop."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import pytest


@dataclass
class DrvLive:
    loop: Any
    services: Any
    server: Any
    bridge: Any
    ctx: Any

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.port}/ocpp"

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float = 30.0) -> Any:
        return self.loop.run_until_complete(asyncio.wait_for(coro, timeout))


@pytest.fixture
def drv_live(qapp, services):  # type: ignore[no-untyped-def]
    import qasync

    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.headless import Runtime
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.protocol.server import OCPPServer

    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    server = OCPPServer(services)
    loop.run_until_complete(server.start("127.0.0.1", 0))
    bridge = Bridge(services.hub, lambda: len(services.chargers.connected))
    ctx = GuiContext(Runtime(services, server, "sqlite:///test"), bridge, Commands(server))
    yield DrvLive(loop, services, server, bridge, ctx)
    bundle = services.extras.get("driver_services")
    if bundle is not None:
        bundle.close()
    loop.run_until_complete(server.stop())
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for t in pending:
        t.cancel()
    if pending:
        loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
    bridge.close()
    loop.close()
    asyncio.set_event_loop(None)


@pytest.fixture
def drv_ctx(qapp, services):  # type: ignore[no-untyped-def]
    """A context whose server is not started (no event loop)."""
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.headless import Runtime
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.protocol.server import OCPPServer

    server = OCPPServer(services)
    bridge = Bridge(services.hub, lambda: len(services.chargers.connected))
    yield GuiContext(Runtime(services, server, "sqlite:///test"), bridge, Commands(server))
    bundle = services.extras.get("driver_services")
    if bundle is not None:
        bundle.close()
    bridge.close()


async def until(predicate: Callable[[], Any], timeout: float = 2.0, what: str = "") -> float:
    t0 = time.monotonic()
    while not predicate():
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"not within {timeout} s: {what or predicate}")
        await asyncio.sleep(0.01)
    return time.monotonic() - t0
