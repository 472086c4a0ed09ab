"""GUI mode: one QApplication, one qasync loop shared by Qt and the OCPP server."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from typing import Any

os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

log = logging.getLogger(__name__)

SMOKE_TIMEOUT = 20.0


def run_gui(args: argparse.Namespace) -> int:
    if args.smoke:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        if args.port is None:
            args.port = 0
        if args.host is None:
            args.host = "127.0.0.1"
    import qasync
    from PySide6.QtWidgets import QApplication, QMessageBox

    from csms_desktop.headless import StartupError, build_runtime, setup_logging, start_server

    setup_logging(args.log_level)
    if args.command == "demo" and not args.db:
        from csms_desktop.paths import demo_db_url

        args.db = demo_db_url()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("CSMS Desktop")
    app.setOrganizationName("csms-desktop")
    from PySide6.QtGui import QIcon

    from csms_desktop import paths

    app.setWindowIcon(QIcon(str(paths.resource("icons", "csms-desktop.png"))))
    from csms_desktop.gui.fonts import register_fonts

    register_fonts()  # Thai and Portuguese render even without system fonts for them
    app.setDesktopFileName("csms-desktop")  # matches packaging/linux/csms-desktop.desktop
    app.setQuitOnLastWindowClosed(False)  # main() decides when to stop, after the server
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    runtime = build_runtime(args)
    from csms_desktop.gui import i18n
    from csms_desktop.gui.i18n import tr  # a bare tr(): lupdate's empty context

    # the interface's language, before any window is built: the site's setting, else
    # CSMS_LANG, else the operating system's locale; --smoke always English (it reads
    # the window's text)
    i18n.install(interface_language(runtime.services.settings.language, args.smoke))
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import build_window
    from csms_desktop.services.nodebus import site_connected

    bridge = Bridge(runtime.services.hub, lambda: site_connected(runtime.services))
    window = build_window(runtime, bridge, **access_for(args))
    tray = None
    if not args.smoke:
        from csms_desktop.gui.tray import TrayController

        tray = TrayController(window, lambda: site_connected(runtime.services))
        if tray.available:
            window.notifications.tray_message = tray.show_message

    async def main() -> int:
        try:
            await start_server(runtime, args)
        except StartupError as exc:
            print(f"csms-desktop: {exc}", file=sys.stderr, flush=True)
            if not args.smoke:
                QMessageBox.critical(None, tr("CSMS Desktop cannot start"),
                                     startup_message(exc))
            raise
        if getattr(args, "no_server", False):
            show_no_server(window, bridge, runtime)
        window.show()
        if args.smoke:
            code = await smoke_check(runtime, window)
        else:
            extra = None
            if args.command == "demo":
                from csms_desktop.demo import start_demo_fleet

                extra = await start_demo_fleet(runtime, args)
            closed = asyncio.Event()
            window.closed.connect(closed.set)
            await closed.wait()  # the tray may keep the app running with no window
            if extra is not None:
                await extra.stop()
            code = 0
        if tray is not None:
            tray.remove()
        bridge.close()
        from csms_desktop.api.server import stop_api

        await stop_api(runtime)
        await runtime.server.stop()
        from csms_desktop.gui import offthread

        offthread.shutdown(wait=True)
        return code

    try:
        with loop:
            return int(loop.run_until_complete(main()))
    finally:
        from csms_desktop.store.db import close_database

        close_database()


def show_no_server(window: Any, bridge: Any, runtime: Any) -> None:
    """``--no-server``: the status bar says so and counts the nodes' chargers."""
    from csms_desktop.gui.i18n import tr
    from csms_desktop.services.nodebus import site_connected

    window.server_label.setText(tr("No OCPP server here: the site's nodes serve the "
                                   "chargers"))
    bridge.connected_count.emit(site_connected(runtime.services))


def interface_language(setting: str | None, smoke: bool = False) -> str | None:
    """The language to install: ``--smoke`` English; else the setting, else the
    environment's ``CSMS_LANG``; None (the system's locale) when neither says."""
    if smoke:
        return "en"
    return (setting or "").strip() or os.environ.get("CSMS_LANG", "").strip() or None


def startup_message(exc: BaseException) -> str:
    """The start-up failure as the modal says it: the reason (the same line as on stderr,
    left as the server wrote it) and what to do about it."""
    from csms_desktop.gui.i18n import tr

    text = str(exc)
    if "already in use" in text:
        text += "\n\n" + tr(
            "Another program, or CSMS Desktop already running, listens on that port. "
            "Close it, or start on another port: csms-desktop --port 9001 (or change "
            "the port in Settings → OCPP server).")
    return text


def access_for(args: argparse.Namespace) -> dict[str, Any]:
    """Who uses the window: ``--smoke`` and ``demo`` skip the sign-in (a built-in
    administrator that is not stored); a real site asks for it."""
    if args.smoke or args.command == "demo":
        from csms_desktop.domain.enums import OperatorRole
        from csms_desktop.services.operators import OperatorInfo

        name = "smoke" if args.smoke else "demo"
        return {"operator": OperatorInfo(name, name, name.capitalize(), OperatorRole.ADMIN)}
    return {"login": True}


async def smoke_check(runtime, window) -> int:  # type: ignore[no-untyped-def]
    """Connect one simulated 1.6 charger and wait until the window shows it connected."""
    import websockets
    from ocpp.v16 import ChargePoint, call

    port = runtime.server.port
    ok = False
    async with websockets.connect(f"ws://127.0.0.1:{port}/ocpp/SMOKE-1",
                                  subprotocols=["ocpp1.6"]) as ws:  # type: ignore[list-item]
        cp = ChargePoint("SMOKE-1", ws)
        reader = asyncio.ensure_future(cp.start())
        runtime.services.apply_settings(unknown_charger_policy="accept")
        await cp.call(call.BootNotification(charge_point_vendor="Smoke", charge_point_model="T"))
        await cp.call(call.StatusNotification(connector_id=1, error_code="NoError",
                                              status="Available"))
        deadline = asyncio.get_running_loop().time() + SMOKE_TIMEOUT
        while asyncio.get_running_loop().time() < deadline:
            if "1 charge point connected" in window.count_label.text():
                ok = True
                break
            await asyncio.sleep(0.1)
        reader.cancel()
    print("smoke: ok" if ok else "smoke: the charger never appeared", flush=True)
    window.close()
    return 0 if ok else 1
