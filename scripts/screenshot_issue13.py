#!/usr/bin/env python3
"""Screenshots of the pages issue 13 touched, on a machine without a Thai font and with a
machine zone other than the site's: docs/screenshots/issue13-*.png.

    .venv/bin/python scripts/screenshot_issue13.py [--wait 40] [--out docs/screenshots]
        [--lang en|th|pt_BR] [--pages Dashboard,Drivers,...]

Offscreen Qt, fontconfig limited to DejaVu (no Thai font on the "PC"), the machine on New
York time while the site is in Bangkok. Runs the real demo (its database in a temporary
folder, the OCPP server on a free port, six simulated chargers), lets it charge for
``--wait`` seconds, then grabs the Dashboard, Charge points, Drivers, Transactions,
Reservations and Billing (clients) pages. Thai renders only through the shipped fonts
(``gui/fonts.register_fonts``), and the status bar names the site's zone.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
TMP = Path(tempfile.mkdtemp(prefix="csms-issue13-shot-"))
os.environ["CSMS_DATA_DIR"] = str(TMP)
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["QT_API"] = "pyside6"
os.environ["PYQTGRAPH_QT_LIB"] = "PySide6"
os.environ["TZ"] = "America/New_York"  # the machine; the site is Asia/Bangkok
DEJAVU = "/usr/share/fonts/truetype/dejavu"
(TMP / "fonts.conf").write_text(
    f'<?xml version="1.0"?><fontconfig><dir>{DEJAVU}</dir>'
    f"<cachedir>{TMP / 'fc'}</cachedir></fontconfig>", encoding="utf-8")
os.environ["FONTCONFIG_FILE"] = str(TMP / "fonts.conf")

PAGES = (("Dashboard", "issue13-dashboard"), ("Charge points", "issue13-charge-points"),
         ("Drivers", "issue13-drivers"), ("Transactions", "issue13-transactions"),
         ("Reservations", "issue13-reservations"), ("Billing", "issue13-billing"),
         ("Security", "security"))  # issue 15's page: docs/screenshots/security.png


@dataclass
class Demo:
    """The demo site of a screenshot: its runtime, command line, window and loop."""

    runtime: Any
    ns: Any
    window: Any
    loop: Any


def open_demo(lang: str | None) -> Demo:
    """The offscreen application on the demo site (its database in TMP), in ``lang``
    (None: English); the server is started by the caller's coroutine."""
    import time

    time.tzset()
    import qasync
    from PySide6.QtWidgets import QApplication

    from csms_desktop.cli import build_parser
    from csms_desktop.gui import i18n
    from csms_desktop.gui.application import access_for
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.fonts import register_fonts
    from csms_desktop.gui.pages import build_window
    from csms_desktop.headless import build_runtime

    ns = build_parser().parse_args(["demo", "--db", f"sqlite:///{TMP / 'demo.db'}",
                                    "--port", "0", "--host", "127.0.0.1"])
    app = QApplication(sys.argv[:1])
    register_fonts()
    if lang and i18n.install(lang) != i18n.normalize(lang):
        print(f"warning: {lang} not loaded (scripts/i18n release?)", file=sys.stderr)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    runtime = build_runtime(ns)
    bridge = Bridge(runtime.services.hub, lambda: len(runtime.services.chargers.connected))
    window = build_window(runtime, bridge, **access_for(ns))
    window.resize(1600, 1000)
    return Demo(runtime, ns, window, loop)


def language_arguments(wait: float, langs: Any) -> tuple[argparse.Namespace, Path]:
    """``--wait`` (seconds the demo charges first), ``--out`` (created) and ``--lang`` (one
    of ``langs``, en by default) of a screenshot script for one language."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--wait", type=float, default=wait)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--lang", default="en", choices=sorted(langs))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    return args, out


def run_live(demo: Demo, wait: float, body: Any) -> None:
    """Starts the server and the demo fleet, shows the window, waits ``wait`` s for the
    chargers, awaits ``body()`` (the screenshots), then stops everything."""
    from csms_desktop.demo import start_demo_fleet
    from csms_desktop.headless import start_server

    async def run() -> None:
        await start_server(demo.runtime, demo.ns)
        demo.window.show()
        fleet = await start_demo_fleet(demo.runtime, demo.ns)
        await asyncio.sleep(wait)
        await body()
        await fleet.stop()
        await demo.runtime.server.stop()

    with demo.loop:
        demo.loop.run_until_complete(run())
    demo.window.close()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wait", type=float, default=40.0)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--lang", default=None, help="en, th or pt_BR (file names get -LANG)")
    ap.add_argument("--pages", default=None, help="comma-separated page names (English)")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    demo = open_demo(args.lang)
    suffix = f"-{args.lang}" if args.lang else ""
    wanted = [p.strip() for p in args.pages.split(",")] if args.pages else None
    window = demo.window

    async def shots() -> None:
        for page, name in PAGES:
            if wanted is not None and page not in wanted:
                continue
            window.show_page(page)
            if page == "Billing":
                billing = window.pages[page]
                billing.tabs.setCurrentWidget(billing.clients)
            await asyncio.sleep(1.5)
            path = out / f"{name}{suffix}.png"
            window.grab().save(str(path))
            print(f"saved {path}", flush=True)

    run_live(demo, args.wait, shots)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
