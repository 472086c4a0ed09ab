#!/usr/bin/env python3
"""Screenshots of the OCPP 2.0.1 / 2.1 operator windows (issue 18) with the demo live:
docs/screenshots/v201-{tools-menu,monitoring,customer-info,firmware-publication,
tariffs21}-{en,th,pt_BR}.png.

    xvfb-run -a .venv/bin/python scripts/screenshot_v201_windows.py --lang th [--wait 15]

The demo's set-up is ``screenshot_issue13``'s (only DejaVu on the "PC", so Thai renders
through the shipped fonts; the machine on another zone than the site). Under an X server
(``xvfb-run``) the windows are drawn by the xcb platform, else offscreen. Next to the
demo fleet (1.6 and 2.0.1 chargers) one simulated 2.1 station joins, so that the tariffs
window has a station: it gets the site's default tariff at boot, charges twice (the
second time with stale doubled prices, so its price differs from ours and is flagged).
Each window is filled by real commands to the simulated stations before it is grabbed:
a monitor added and read back, a driver's data reported, a firmware file (served over
HTTP as in the tests) published, the tariffs asked for. The Charge points page is
grabbed with its "2.0.1 tools" menu open (the menu drawn onto the window's picture).
"""

from __future__ import annotations

import asyncio
import copy
import os
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import screenshot_issue13 as base  # sets up the environment first

sys.path.insert(0, str(base.ROOT / "tests"))
if os.environ.get("DISPLAY"):  # under Xvfb: the X platform draws the windows
    os.environ["QT_QPA_PLATFORM"] = "xcb"

TAGS = {"en": "DEMO0001", "th": "DEMO0002", "pt_BR": "DEMO0003"}
STATION_21 = "DEMO-21"
CHARGE_TAG = "SHOT-21"  # the 2.1 station's sessions


async def until(predicate: Any, timeout: float, what: str) -> None:
    for _ in range(int(timeout * 10)):
        if predicate():
            return
        await asyncio.sleep(0.1)
    print(f"warning: not within {timeout} s: {what}", file=sys.stderr, flush=True)


async def charge(commands: Any, sim: Any, tag: str, seconds: float) -> None:
    """One session on the 2.1 station, started and stopped from here."""
    from csms_desktop.store.v201_models import StationCost

    c = sim.connector(1)
    for _ in range(3):  # the connector may still be finishing the last session
        await until(lambda: c.state == "Available", 10, "free")
        if (await commands.remote_start(STATION_21, 1, tag)).ok:
            await until(lambda: c.in_transaction, 10, "charging")
        if c.in_transaction:
            break
    else:
        print("warning: the 2.1 station did not start charging", file=sys.stderr)
        return
    tx_id = str(c.tx_id)
    await asyncio.sleep(seconds)
    await commands.remote_stop(STATION_21, tx_id)
    await until(lambda: StationCost.get_or_none(StationCost.transaction_id == tx_id)
                is not None, 10, "priced")


def save(pixmap: Any, out: Path, name: str, lang: str) -> None:
    path = out / f"v201-{name}-{lang}.png"
    pixmap.save(str(path))
    print(f"saved {path}", flush=True)


def main() -> int:
    args, out = base.language_arguments(15.0, TAGS)
    from firmware_files import MD5, firmware_server
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    from csms_desktop.domain.enums import OCPPVersion
    from csms_desktop.gui import customer_info, firmware_publication, monitoring, tariffs21
    from csms_desktop.sim import SimChargePoint21, SimParams

    demo = base.open_demo(None if args.lang == "en" else args.lang)
    runtime, window, lang = demo.runtime, demo.window, args.lang
    ctx, commands = window.ctx, window.ctx.commands
    tag = TAGS[lang]

    async def shots() -> None:
        zone = runtime.services.settings.time_zone
        sim = SimChargePoint21(STATION_21, params=SimParams(
            connectors=1, dc=False, meter_interval=0.5, auto_sessions=False,
            fault_prob=0, disconnect_prob=0, plug_delay=(0.01, 0.02),
            session_range=(3600.0, 3600.0), time_scale=3600.0, time_zone=zone,
            firmware_step=0.3), seed=21)
        stop = asyncio.Event()
        url = f"ws://127.0.0.1:{runtime.server.port}/ocpp"
        task = asyncio.ensure_future(sim.run(url, None, stop))
        await until(lambda: sim.stats.booted and sim.default_tariffs, 20, "2.1 default tariff")
        from csms_desktop.store.models import IdTag

        IdTag.get_or_create(id_tag=CHARGE_TAG)  # no demo driver's card: never in use
        await charge(commands, sim, CHARGE_TAG, 0.5)
        if sim.default_tariffs:  # the station prices with older, doubled prices
            stale = copy.deepcopy(sim.default_tariffs[0])
            for price in stale["energy"]["prices"]:
                price["price_kwh"] = float(price["price_kwh"]) * 2
            sim.default_tariffs[0] = stale
        await charge(commands, sim, CHARGE_TAG, 0.8)
        stations = sorted(cp for cp, v in runtime.services.chargers.connected.items()
                          if v != OCPPVersion.OCPP16)
        v201 = [cp for cp in stations if cp != STATION_21]

        # the Charge points page, a 2.0.1 charger selected, its 2.0.1 tools menu open
        window.show_page("Charge points")
        page = window.pages["Charge points"]
        await until(lambda: page.select(v201[0]), 10, "charger listed")
        await asyncio.sleep(1.5)
        button = page.detail.tools_button
        menu = button.menu()
        menu.popup(button.mapToGlobal(QPoint(0, button.height())))
        await asyncio.sleep(0.8)
        # drawn where it opens on a screen wider than the window: under the button, its
        # right edge on the button's (the screen may clip the real one elsewhere)
        at = button.mapTo(window, QPoint(button.width() - menu.width(), button.height()))
        picture = window.grab()
        painter = QPainter(picture)
        painter.drawPixmap(at, menu.grab())
        painter.end()
        save(picture, out, "tools-menu", lang)
        menu.hide()

        dialog: Any = monitoring.open_dialog(ctx, v201, window)
        await asyncio.sleep(1.5)
        dialog.component.setText("EVSE")
        dialog.variable.setText("Power")
        dialog.evse.setValue(1)
        dialog.value.setValue(22000)
        dialog.severity.setCurrentIndex(dialog.severity.findData(4))
        dialog.raises.setCurrentIndex(dialog.raises.findData(True))
        await dialog.add()
        await dialog.ask()
        await asyncio.sleep(2)
        save(dialog.grab(), out, "monitoring", lang)
        dialog.close()

        dialog = customer_info.open_dialog(ctx, v201[:2], window)
        await asyncio.sleep(1.5)
        dialog.id_tag.setEditText(tag)
        await dialog.send()
        await asyncio.sleep(3)
        save(dialog.grab(), out, "customer-info", lang)
        dialog.close()

        async with firmware_server() as files:
            dialog = firmware_publication.open_dialog(ctx, [v201[0], STATION_21], window)
            await asyncio.sleep(1.5)
            dialog.location.setText(f"{files}/fw.bin")
            dialog.checksum.setText(MD5)
            await dialog.publish()
            await asyncio.sleep(12)  # the demo charger reports a status every 2 s
            save(dialog.grab(), out, "firmware-publication", lang)
            dialog.close()

        dialog = tariffs21.open_dialog(ctx, [STATION_21], window)
        await asyncio.sleep(1.5)
        await dialog.ask()
        await asyncio.sleep(1)
        save(dialog.grab(), out, "tariffs21", lang)
        dialog.close()
        print(f"stations: {', '.join(stations)}", flush=True)
        stop.set()
        await asyncio.wait_for(task, 10)

    base.run_live(demo, args.wait, shots)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
