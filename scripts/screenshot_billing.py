#!/usr/bin/env python3
"""docs/screenshots/billing.png: the Billing page on a sample site after an October run.

    Xvfb :95 -screen 0 1600x1000x24 &
    DISPLAY=:95 .venv/bin/python scripts/screenshot_billing.py [--tab invoices|run|clients|tariffs]

Builds a temporary database (site tariff with peak/off-peak windows, a fleet client's own
tariff, Brazilian and Thai clients, a month of sessions, the seed's imported client), runs
October through the same service the page uses, then grabs the page with the newest
invoice previewed.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))
os.environ.setdefault("CSMS_DATA_DIR", tempfile.mkdtemp(prefix="csms-billing-shot-"))
os.environ.setdefault("QT_API", "pyside6")


def seed(db_url: str, out: Path) -> None:
    from billing_data import MARIA, SOMCHAI, bkk, charger, client, driver, session, site_tariff

    from csms_desktop.reports.billing import render_invoice_document
    from csms_desktop.services import billing
    from csms_desktop.services.settings import SiteSettings, load_settings, save_settings
    from csms_desktop.store.db import open_database
    from csms_desktop.store.migrations import migrate_database

    migrate_database(open_database(db_url))
    save_settings(SiteSettings(site_name="Bangkok depot", installation_number="TH-BKK-0042",
                               site_address="99 Sukhumvit Rd; Bangkok 10110",
                               unknown_charger_policy="accept"))
    conns = charger("CP001", 2) + charger("CP002", 2)
    site_tariff()
    rnd = random.Random(7)
    clients = [
        client(MARIA, number="2001"),
        client(SOMCHAI, number="2002"),
        client(MARIA, number="2003", full_name="Silva & Filhos <Ltda>",
               tax_id="11.222.333/0001-81"),
        client(SOMCHAI, number="2004", full_name="Green Fleet Co., Ltd.", language="en"),
        client(MARIA, number="2005", full_name="Transportes Cerrado Ltda",
               tax_id="529.982.247-25", city="Brasília"),
    ]
    billing.create_tariff(None, {
        "name": "Fleet contract", "client_id": clients[3].id, "currency": "THB",
        "price_per_kwh": "6.90", "session_fee": "0", "idle_fee_per_minute": "1.00",
        "idle_grace_minutes": "20", "tax_rate": "0.07",
        "effective_from": datetime(2024, 1, 1, tzinfo=UTC)})
    for c in clients:
        drivers = [driver(c, f"Driver {c.client_number}-{k}", plate=f"PL{c.client_number}{k}")
                   for k in range(2)]
        for month in (8, 9, 10):
            for day in range(1, 29, rnd.choice((2, 3, 4))):
                start = bkk(2024, month, day, rnd.choice((7, 10, 14, 19, 21, 23)))
                session(rnd.choice(drivers), rnd.choice(conns), start,
                        round(rnd.uniform(8, 45), 3), rnd.choice((45, 90, 150)),
                        idle_minutes=rnd.choice((0, 10, 35)))
    settings = load_settings()
    billing.run_month("2024-09", settings, out_dir=out, render=render_invoice_document,
                      now=datetime(2024, 10, 1, 3, tzinfo=UTC))
    for inv in billing.list_invoices("2024-09")[1:]:
        billing.mark_paid(None, inv.id, paid_at=datetime(2024, 10, 8, tzinfo=UTC))
    billing.run_month("2024-10", settings, out_dir=out, render=render_invoice_document,
                      now=datetime(2024, 11, 1, 3, tzinfo=UTC))
    october = billing.list_invoices("2024-10")
    for inv in october[2:4]:
        billing.mark_paid(None, inv.id, paid_at=datetime(2024, 11, 6, tzinfo=UTC))
    # a session stopped after the run: Maria's October invoice is corrected
    session(driver(clients[0], "Late Driver"), conns[0], bkk(2024, 10, 30, 22), 18.2, 90)
    maria = next(v for v in october if v.client_name == "Maria da Silva")
    billing.correct_invoice(None, maria.id, settings, out_dir=out,
                            render=render_invoice_document, reason="late session",
                            now=datetime(2024, 11, 3, 2, tzinfo=UTC))
    billing.import_file(ROOT / "tests" / "data" / "seed_client.json")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--tab", default="invoices", choices=["invoices", "run", "clients",
                                                          "tariffs"])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots" / "billing.png"))
    args = ap.parse_args()
    tmp = Path(os.environ["CSMS_DATA_DIR"])
    db_url = f"sqlite:///{tmp / 'csms.db'}"
    seed(db_url, tmp / "invoices")

    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import GuiContext
    from csms_desktop.gui.pages_billing import BillingPage
    from csms_desktop.headless import Runtime
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.protocol.server import OCPPServer
    from csms_desktop.services.context import build_services

    services = build_services()
    server = OCPPServer(services)
    ctx = GuiContext(Runtime(services, server, db_url), Bridge(services.hub), Commands(server))
    page = BillingPage(ctx)
    page.resize(1600, 1000)
    page.show()
    page.run.out.setText(str(tmp / "invoices"))
    tab = {"invoices": page.invoices, "run": page.run, "clients": page.clients,
           "tariffs": page.tariffs}[args.tab]
    page.tabs.setCurrentWidget(tab)
    app.processEvents()
    if args.tab == "invoices":
        page.invoices.view.selectRow(1)
        deadline = time.monotonic() + 30
        while page.invoices.preview.page_count() == 0 and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.05)
    elif args.tab == "clients":
        page.clients.view.selectRow(0)
    elif args.tab == "tariffs":
        page.tariffs.view.selectRow(0)
    for _ in range(20):
        app.processEvents()
        time.sleep(0.02)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    page.grab().save(args.out)
    print(f"saved {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
