#!/usr/bin/env python3
"""docs/screenshots/drivers.png, reservations.png, profile-editor.png.

    Xvfb :96 -screen 0 1600x1000x24 &
    DISPLAY=:96 .venv/bin/python scripts/screenshot_drivers.py [--out docs/screenshots]

Builds a temporary database (drivers typed the Thai and Brazilian way, vehicles, RFID
tags, chargers, reservations and transactions around today), starts the real OCPP server
on a free port with two simulated 1.6 chargers (``tests/chargers16.py``), opens the main
window and grabs the Drivers page (a CSV import refused with its report), the
Reservations timeline, and the profile editor after a push and a composite-schedule read.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("CSMS_DATA_DIR", tempfile.mkdtemp(prefix="csms-drivers-shot-"))
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("TZ", "Asia/Bangkok")  # the sample site's zone, for the time axis
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")

BAD_CSV = """phone_number,name,email,status
081 555 0101,Nok Chaiyo,nok@example.co.th,ACTIVE
(21) 99876-5432,João Pereira,joao@,ACTIVE
12345,Someone,,
081-555-0101,Nok again,,
"""


def seed(db_url: str) -> None:
    from csms_desktop.domain.enums import ConnectorStatus, TransactionStatus
    from csms_desktop.services.context import build_services
    from csms_desktop.services.drivers import DriverInput, DriverService, TagInput, VehicleInput
    from csms_desktop.services.reservations import ReservationService
    from csms_desktop.services.settings import SiteSettings, save_settings
    from csms_desktop.store.db import open_database
    from csms_desktop.store.migrations import migrate_database
    from csms_desktop.store.models import ChargePoint, Client, Connector, Transaction

    migrate_database(open_database(db_url))
    save_settings(SiteSettings(site_name="Bangkok depot", unknown_charger_policy="accept",
                               default_country="TH"))
    for cp_id, n, kw in (("CP001", 2, 22.0), ("CP002", 2, 22.0), ("DC-01", 1, 60.0)):
        ChargePoint.create(id=cp_id, name=cp_id, max_power=kw, connector_count=n,
                           location="Depot")
        for i in range(1, n + 1):
            Connector.create(charge_point=cp_id, connector_id=i,
                             max_current=32.0 if kw < 50 else 150.0)
    Connector.update(status=ConnectorStatus.FAULTED).where(
        (Connector.charge_point == "CP002") & (Connector.connector_id == 2)).execute()
    fleet = Client.create(full_name="Green Fleet Co., Ltd.", street="Sukhumvit", number="99",
                          neighborhood="Khlong Toei", zip_code="10110", city="Bangkok",
                          state="Bangkok", tax_id="0105558000000", client_number="2004",
                          country="TH")
    services = build_services()
    d = DriverService(services)
    people = [
        ("081 234 5678", "Somchai Jaidee", "somchai@example.co.th", fleet.id,
         [("1กข 1234", "BYD", "Atto 3"), ("9กก-9999", "MG", "ZS EV")], ["04A1B2C3", "04A1B2C4"]),
        ("089 765 4321", "Suda Wongsa", "suda@example.co.th", fleet.id,
         [("2ขค 5678", "Tesla", "Model 3")], ["04D5E6F7"]),
        ("+55 (11) 91234-5678", "Maria Silva", "maria@example.com.br", None,
         [("ABC1D23", "Volkswagen", "ID.4")], ["BR-0001"]),
        ("062 111 2222", "Anan Srisuk", "", None, [], ["04AA0001"]),
        ("095 333 4444", "Pim Rattana", "pim@example.co.th", fleet.id,
         [("3คง 4321", "ORA", "Good Cat")], ["04AA0002"]),
    ]
    users = []
    for phone, name, email, client_id, cars, tags in people:
        u = d.register(DriverInput(phone, name, email, client_id=client_id))
        users.append(u)
        for plate, make, model in cars:
            d.add_vehicle(u.id, VehicleInput(plate, make, model))
        for i, tag in enumerate(tags):
            d.add_tag(TagInput(tag, u.id, parent_id_tag="FLEET-GREEN" if client_id else "",
                               expiry_date=datetime(2027, 12, 31, 16, 59, tzinfo=UTC)
                               if i else None,
                               allowed_charge_points=("CP001", "CP002") if i else ()))
    d.block(users[3].id)
    now = datetime.now(UTC).replace(second=0, microsecond=0)
    conn = {(c.charge_point_id, c.connector_id): c.id for c in Connector.select()}
    txs = [("CP001", 1, users[0], now - timedelta(hours=9), 2.5, 31.2),
           ("CP001", 2, users[1], now - timedelta(hours=6, minutes=30), 1.5, 18.9),
           ("CP002", 1, users[2], now - timedelta(hours=5), 3.0, 40.1),
           ("DC-01", 1, users[4], now - timedelta(hours=3), 0.75, 35.0),
           ("CP001", 1, users[0], now - timedelta(hours=26), 3.5, 44.0)]
    for n, (cp, c, user, start, hours, kwh) in enumerate(txs, 1):
        end = start + timedelta(hours=hours)
        done = True
        Transaction.create(transaction_id=str(100 + n), user=user.id, charge_point=cp,
                           connector=conn[(cp, c)], start_time=start,
                           end_time=end if done else None, total_energy=kwh if done else None,
                           status=TransactionStatus.COMPLETED if done
                           else TransactionStatus.ACTIVE, id_tag="04A1B2C3")
    running = now - timedelta(minutes=40)
    Transaction.create(transaction_id="200", user=users[4].id, charge_point="DC-01",
                       connector=conn[("DC-01", 1)], start_time=running,
                       status=TransactionStatus.ACTIVE, id_tag="04AA0002")
    res = ReservationService(services, None)
    hour = now.replace(minute=0) + timedelta(hours=1)
    soon = now + timedelta(minutes=10)
    res.create(users[0].id, "CP001", 1, soon, soon + timedelta(hours=2))
    res.create(users[1].id, "CP001", 2, hour + timedelta(hours=3), hour + timedelta(hours=5))
    res.create(users[2].id, "CP002", None, hour + timedelta(hours=20),
               hour + timedelta(hours=22))
    res.create(users[4].id, "DC-01", 1, hour + timedelta(hours=26),
               hour + timedelta(hours=27))
    res.create(users[0].id, "CP002", 1, hour + timedelta(hours=40),
               hour + timedelta(hours=43))
    d.close()


async def scenario(window, runtime, out: Path, extra: Path | None = None) -> None:  # type: ignore[no-untyped-def]
    from chargers16 import connect16

    async def settle(seconds: float = 0.6) -> None:
        end = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < end:
            await asyncio.sleep(0.05)

    url = f"ws://127.0.0.1:{runtime.server.port}/ocpp"
    from csms_desktop.sim.model import SimParams
    from csms_desktop.sim.v16 import SimChargePoint16

    sim = SimChargePoint16("CP001", SimParams(connectors=2, dc=False, auto_sessions=False,
                                              fault_prob=0.0, disconnect_prob=0.0), seed=1)
    stop = asyncio.Event()
    sim_task = asyncio.ensure_future(sim.run(url, None, stop))
    async with connect16(url, "DC-01") as dc:
        await dc.boot()
        await dc.status(1, "Charging")
        await settle(3.0)  # the local lists go out on boot

        # --- Drivers: a refused import, and a driver with their tags
        window.show_page("Drivers")
        page = window.pages["Drivers"]
        page.import_text("drivers", BAD_CSV, "new-drivers.csv")
        page.search.setText("")
        page.refresh()
        for row in range(page.model.rowCount()):
            if page.model.row_of(row).name == "Somchai Jaidee":
                page.select(page.model.row_of(row).id)
        page.sub.setCurrentIndex(1)
        page.tags.table.selectRow(1)
        await settle()
        window.grab().save(str(out / "drivers.png"))
        if extra is not None:
            page.tabs.setCurrentIndex(1)
            page.lists.refresh()
            await settle()
            window.grab().save(str(extra / "local-lists.png"))
            page.tabs.setCurrentIndex(0)

        # --- Reservations timeline
        window.show_page("Reservations")
        rpage = window.pages["Reservations"]
        tab = rpage.reservations
        await tab.svc.tick()  # ReserveNow for the one starting within the lead time
        tab.refresh()
        f = tab.form
        f.driver.setCurrentIndex(f.driver.findText("Maria", _starts()))
        first = next(r for r in tab.timeline.reservations if r.charge_point_id == "CP001"
                     and r.connector_no == 1)
        f.prefill("CP001", 1, first.start_time + timedelta(minutes=30),
                  first.end_time + timedelta(hours=1))
        tab.create_reservation()  # refused: overlaps, reason beside the field
        await settle()
        window.grab().save(str(out / "reservations.png"))

        # --- Profile editor: push "Night charging" to CP001, read the composite back
        rpage.tabs.setCurrentIndex(1)
        ed = rpage.profiles
        await settle()
        for i in range(ed.library.count()):
            if ed.library.item(i).text().startswith("Eco 7.4"):
                ed.library.setCurrentRow(i)
        ed.reload_targets()
        ed.cp.setCurrentText("CP001")
        ed.connector.setValue(1)
        ed.set_periods([("0:00", "7.4"), ("6:00", "3.7"), ("18:00", "2.2"), ("22:00", "7.4")])
        ed.duration.setText("24:00")
        await settle()
        await ed.push()
        ed.comp_minutes.setValue(24 * 60)
        await ed.read_composite()
        await settle()
        window.grab().save(str(out / "profile-editor.png"))
    stop.set()
    await asyncio.wait_for(sim_task, 10)


def _starts():  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    return Qt.MatchFlag.MatchStartsWith


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--extra", default=None, help="also grab the local-lists tab into DIR")
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    db_url = f"sqlite:///{tempfile.mkdtemp(prefix='csms-shot-')}/shot.db"
    seed(db_url)

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import build_window
    from csms_desktop.headless import build_runtime

    ns = argparse.Namespace(db=db_url, unknown_chargers="accept")
    runtime = build_runtime(ns)
    bridge = Bridge(runtime.services.hub, lambda: len(runtime.services.chargers.connected))
    window = build_window(runtime, bridge)
    window.resize(1580, 980)
    window.show()

    async def run() -> None:
        await runtime.server.start("127.0.0.1", 0)
        try:
            await scenario(window, runtime, out, Path(args.extra) if args.extra else None)
        finally:
            bridge.close()
            await runtime.server.stop()

    with loop:
        loop.run_until_complete(run())
    print("saved", *(out / n for n in ("drivers.png", "reservations.png",
                                       "profile-editor.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
