"""Fixtures for the live pages: a qasync loop that runs Qt and the real OCPP server.

The loop is created "already running" (as in the app, where ``app.exec()`` never returns
while the window is open): asyncio code runs whenever Qt processes events, so a
``qtbot.wait``, pytest-qt's own event processing and :meth:`Live.run` all keep the server,
the chargers and the pages going. ``live.run(coroutine)`` drives real chargers (the
``ocpp`` library's 1.6 ChargePoint over websockets, ``tests/chargers16.py``) in a nested
Qt event loop until the coroutine is done. Import the fixtures into a test module with
``from live_helpers import live, qloop``; ``quiet_ctx`` is a context without a server.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable, Coroutine
from dataclasses import dataclass
from typing import Any

import pytest


@pytest.fixture
def qloop(qapp):  # type: ignore[no-untyped-def]
    import qasync

    loop = qasync.QEventLoop(qapp, already_running=True)
    asyncio.set_event_loop(loop)
    yield loop
    pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
    for t in pending:
        t.cancel()
    if pending:
        run_in_qt(asyncio.gather(*pending, return_exceptions=True), 10.0)
    # not loop.stop(): it calls QApplication.exit(), which leaves Qt's "quit now" flag set
    # and makes every later QEventLoop.exec() return at once
    loop._QEventLoop__is_running = False
    try:
        qapp.aboutToQuit.disconnect(loop._after_run_forever)
    except (RuntimeError, TypeError):
        pass
    loop._after_run_forever()
    asyncio.events._set_running_loop(None)
    loop.close()
    asyncio.set_event_loop(None)


def run_in_qt(coro: Any, timeout: float = 30.0) -> Any:
    """Run ``coro`` on the (already running) qasync loop inside a nested Qt event loop."""
    from PySide6.QtCore import QEventLoop, QTimer

    task = asyncio.ensure_future(coro)
    nested = QEventLoop()
    task.add_done_callback(lambda _t: nested.quit())
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(nested.quit)
    timer.start(int(timeout * 1000))
    if not task.done():
        nested.exec()
    timer.stop()
    if not task.done():
        task.cancel()
        raise AssertionError(f"not done within {timeout} s: {coro}")
    return task.result()


@dataclass
class Live:
    loop: Any
    services: Any
    server: Any
    bridge: Any
    ctx: Any

    @property
    def url(self) -> str:
        return f"ws://127.0.0.1:{self.server.port}/ocpp"

    def run(self, coro: Coroutine[Any, Any, Any], timeout: float = 30.0) -> Any:
        return run_in_qt(coro, timeout)


@pytest.fixture
def live(qloop, services):  # type: ignore[no-untyped-def]
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.headless import Runtime
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.protocol.server import OCPPServer

    server = OCPPServer(services)
    run_in_qt(server.start("127.0.0.1", 0))
    bridge = Bridge(services.hub, lambda: len(services.chargers.connected))
    runtime = Runtime(services, server, "sqlite:///test")
    ctx = GuiContext(runtime, bridge, Commands(server))
    yield Live(qloop, services, server, bridge, ctx)
    from csms_desktop.gui import connector_detail

    for dlg in list(connector_detail._OPEN.values()):
        dlg.close()
    run_in_qt(server.stop())
    bridge.close()


@pytest.fixture
def quiet_ctx(services):  # type: ignore[no-untyped-def]
    """A GuiContext whose server is not started (no event loop needed; qtbot.wait is fine)."""
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.headless import Runtime
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.protocol.server import OCPPServer

    server = OCPPServer(services)
    bridge = Bridge(services.hub, lambda: len(services.chargers.connected))
    ctx = GuiContext(Runtime(services, server, "sqlite:///test"), bridge, Commands(server))
    yield ctx
    bridge.close()


def sim_params(**kw: Any) -> Any:
    """A simulated station's parameters for a scripted test: one AC connector, no session
    nor fault of its own, never disconnecting (``kw`` overrides)."""
    from csms_desktop.sim import SimParams

    base: dict[str, Any] = dict(connectors=1, dc=False, meter_interval=30,
                                auto_sessions=False, fault_prob=0, disconnect_prob=0,
                                response_timeout=5.0)
    base.update(kw)
    return SimParams(**base)


def session_params(zone: str) -> Any:
    """As :func:`sim_params`, with a session that charges until it is stopped (1 h of
    energy per wall second, meter values twice a second) on the site's ``zone``."""
    return sim_params(meter_interval=0.5, plug_delay=(0.01, 0.02),
                      session_range=(3600.0, 3600.0), time_scale=3600.0, time_zone=zone)


@contextlib.asynccontextmanager
async def stations_running(live: Live, sims: dict[str, Any],
                           timeout: float = 10.0) -> AsyncIterator[None]:
    """The simulated stations ``sims`` (id: simulator) connected to ``live``'s server and
    booted for the block, stopped after it."""
    stop = asyncio.Event()
    tasks = [asyncio.ensure_future(s.run(live.url, None, stop)) for s in sims.values()]
    try:
        await until(lambda: all(s.stats.booted and live.server.connection(cp)
                                for cp, s in sims.items()), timeout, "stations booted")
        yield
    finally:
        stop.set()
        await asyncio.wait_for(asyncio.gather(*tasks), 10)


async def until(predicate: Callable[[], Any], timeout: float = 2.0, what: str = "") -> float:
    """Wait (Qt and asyncio keep running) until ``predicate()``; returns seconds waited."""
    t0 = time.monotonic()
    while not predicate():
        if time.monotonic() - t0 > timeout:
            raise AssertionError(f"not within {timeout} s: {what or predicate}")
        await asyncio.sleep(0.01)
    return time.monotonic() - t0


def power_sample(watts: float) -> dict[str, Any]:
    return {"value": str(watts), "measurand": "Power.Active.Import", "unit": "W"}


def soc_sample(percent: float) -> dict[str, Any]:
    return {"value": str(percent), "measurand": "SoC", "unit": "Percent"}


def current_sample(amps: float) -> dict[str, Any]:
    return {"value": str(amps), "measurand": "Current.Import", "unit": "A"}


@pytest.fixture(autouse=True)
def _collect_after():  # type: ignore[no-untyped-def]
    """After each test: delete what was closed with WA_DeleteOnClose, collect garbage,
    and let go of the modifier keys a test's key click pressed (Qt keeps believing Ctrl
    is held after a Ctrl+Enter click, and a later test's ``selectRow`` toggles a row
    instead of selecting it)."""
    yield
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent, Qt
    from PySide6.QtGui import QGuiApplication

    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    if QGuiApplication.keyboardModifiers() != Qt.KeyboardModifier.NoModifier:
        from PySide6.QtTest import QTest
        from PySide6.QtWidgets import QWidget

        QTest.keyRelease(QWidget(), Qt.Key.Key_Control)
        assert QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier


def answer_confirm(qtbot: Any, parent: Any, yes: bool = True) -> str:
    """Answer the confirmation open over ``parent`` (gui/widgets/confirm.py) as a person
    would, with a click; returns its text. Fails when no confirmation is open."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton

    from csms_desktop.gui.widgets.confirm import pending_box

    box = pending_box(parent)
    assert box is not None, "no confirmation was asked"
    text = box.text()
    button = box.findChild(QPushButton, "confirm_yes" if yes else "confirm_cancel")
    assert button is not None
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return str(text)
