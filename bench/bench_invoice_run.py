"""Benchmark: the monthly invoice run for 500 clients with a month of charging each.

    .venv/bin/python bench/bench_invoice_run.py [--clients 500] [--sessions 30] [--no-record]

Builds a fresh SQLite database in a temporary folder (WAL, as the app runs it): a site
tariff with peak/off-peak windows, session and idle fees and 7 % tax; 20 connectors; per
client two drivers and ``--sessions`` completed, priced sessions in October 2024 (costs
from ``domain.tariff.compute_cost``, stored as ``ChargingService`` stores them). Then
times ``services.billing.run_month`` exactly as the GUI and CLI call it, PDFs included
(``reports.billing.render_invoice_document``), and a second, idempotent run. Target: the
first run under a minute. Appends the figures to ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TZ = "Asia/Bangkok"
TARGET_S = 60.0


def build(n_clients: int, sessions: int, seed: int = 1) -> dict[str, float]:
    from csms_desktop.domain.enums import TransactionStatus
    from csms_desktop.domain.ids import new_cuid, new_uuid
    from csms_desktop.domain.tariff import compute_cost
    from csms_desktop.services.pricing import tariff_spec
    from csms_desktop.store.models import (
        ChargePoint,
        Client,
        Connector,
        Tariff,
        Transaction,
        User,
    )

    rnd = random.Random(seed)
    t0 = time.perf_counter()
    db = Client._meta.database
    tariff = Tariff.create(
        name="Site", currency="THB", price_per_kwh=Decimal("7.50"),
        windows=[{"name": "Peak", "start": "09:00", "end": "22:00", "price_per_kwh": "8.50"},
                 {"name": "Off-peak", "start": "22:00", "end": "09:00",
                  "price_per_kwh": "4.50"}],
        session_fee=Decimal("10.00"), idle_fee_per_minute=Decimal("2.00"),
        idle_grace_minutes=15, tax_rate=Decimal("0.07"),
        effective_from=datetime(2020, 1, 1, tzinfo=UTC))
    spec = tariff_spec(tariff)
    conns = []
    for c in range(10):
        cp = ChargePoint.create(id=f"BENCH-{c:02d}", name=f"Bay {c + 1}", connector_count=2)
        conns += [Connector.create(charge_point=cp, connector_id=k) for k in (1, 2)]
    month_start = datetime(2024, 10, 1, tzinfo=UTC) - timedelta(hours=7)  # Bangkok
    tx_rows: list[dict[str, object]] = []
    with db.atomic():
        for i in range(n_clients):
            thai = i % 2 == 0
            client = Client.create(
                id=new_uuid(), full_name=f"Client {i:04d} {'Co., Ltd.' if thai else 'Ltda'}",
                street="Rua A" if not thai else "Sukhumvit Rd", number=str(i),
                neighborhood="Centro" if not thai else "Khlong Toei",
                zip_code="71909-000" if not thai else "10110", city="Brasília" if not thai
                else "Bangkok", state="DF" if not thai else "Bangkok",
                tax_id="123.456.789-09" if not thai else "0105551234567",
                country="TH" if thai else "BR", language="th_TH" if thai else "pt_BR",
                client_number=str(10000 + i))
            drivers = [User.create(id=new_cuid(), phone_number=f"+6680{i:05d}{k}",
                                   name=f"Driver {i}-{k}", client=client) for k in (0, 1)]
            for _s in range(sessions):
                start = month_start + timedelta(minutes=rnd.randrange(0, 30 * 24 * 60))
                minutes = rnd.choice((30, 60, 90, 150))
                charging_end = start + timedelta(minutes=minutes)
                end = charging_end + timedelta(minutes=rnd.choice((0, 5, 25, 40)))
                kwh = round(rnd.uniform(5, 50), 3)
                cost = compute_cost(spec, [(start, 0.0), (charging_end, kwh)], start, end,
                                    charging_end, TZ)
                conn = rnd.choice(conns)
                tx_rows.append({
                    "id": new_cuid(), "transaction_id": f"B{len(tx_rows):07d}",
                    "user": rnd.choice(drivers).id, "charge_point": conn.charge_point_id,
                    "connector": conn.id, "start_time": start, "end_time": end,
                    "start_meter_value": 0.0, "end_meter_value": kwh, "total_energy": kwh,
                    "total_cost": cost.total, "status": TransactionStatus.COMPLETED,
                    "charging_ended_at": charging_end, "cost_breakdown": cost.to_json(),
                    "currency": "THB", "tariff_id": tariff.id,
                })
        for k in range(0, len(tx_rows), 500):
            Transaction.insert_many(tx_rows[k:k + 500]).execute()
    return {"setup_s": time.perf_counter() - t0, "transactions": float(len(tx_rows))}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--clients", type=int, default=500)
    ap.add_argument("--sessions", type=int, default=30, help="sessions per client (month)")
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = ap.parse_args(argv)

    from bench.common import append_results
    from csms_desktop.reports.billing import render_invoice_document
    from csms_desktop.services.billing import run_month
    from csms_desktop.services.settings import SiteSettings, save_settings
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database

    tmp = Path(tempfile.mkdtemp(prefix="bench-invoices-"))
    try:
        migrate_database(open_database(f"sqlite:///{tmp / 'bench.db'}"))
        settings = SiteSettings(time_zone=TZ, site_name="Bench depot",
                                installation_number="BENCH-1")
        save_settings(settings)
        figures = build(args.clients, args.sessions)
        print(f"setup: {args.clients} clients, {int(figures['transactions'])} transactions "
              f"in {figures['setup_s']:.1f} s", flush=True)
        out = tmp / "pdf"
        last = [0.0]

        def progress(done: int, total: int, name: str) -> None:
            now = time.perf_counter()
            if done and (done % 100 == 0 or done == total) and now - last[0] > 0.5:
                last[0] = now
                print(f"  {done}/{total}", flush=True)

        t0 = time.perf_counter()
        result = run_month("2024-10", settings, out_dir=out, render=render_invoice_document,
                           progress=progress, now=datetime(2024, 11, 1, 3, tzinfo=UTC))
        run_s = time.perf_counter() - t0
        t1 = time.perf_counter()
        again = run_month("2024-10", settings, out_dir=out, render=render_invoice_document,
                          now=datetime(2024, 11, 1, 4, tzinfo=UTC))
        rerun_s = time.perf_counter() - t1
        pdfs = list(out.glob("*.pdf"))
        size = sum(p.stat().st_size for p in pdfs)
        issued = result.count("ISSUED")
        lines = [
            f"run: {result.summary()}",
            f"first run: {run_s:.1f} s for {issued} invoices with PDFs "
            f"({run_s / max(issued, 1) * 1000:.0f} ms per client, "
            f"{issued / run_s:.1f} invoices/s); target < {TARGET_S:.0f} s: "
            f"{'met' if run_s < TARGET_S else 'MISSED'}",
            f"re-run (idempotent, all skipped): {rerun_s:.2f} s, "
            f"{again.count('SKIPPED')} skipped",
            f"PDFs: {len(pdfs)} files, {size / len(pdfs) / 1024:.0f} KiB average"
            if pdfs else "PDFs: none",
        ]
        for line in lines:
            print(line)
        if not args.no_record:
            body = [
                f"- data: {args.clients} clients x 2 drivers, {args.sessions} sessions each "
                f"({int(figures['transactions'])} transactions, peak/off-peak tariff with "
                "session and idle fees, 7 % tax), SQLite WAL in a temporary folder",
                *(f"- {line}" for line in lines),
            ]
            cmd = "python bench/bench_invoice_run.py" + (
                f" --clients {args.clients}" if args.clients != 500 else "") + (
                f" --sessions {args.sessions}" if args.sessions != 30 else "")
            append_results(ROOT / "bench" / "RESULTS.md", "Monthly invoice run", cmd, body)
        close_database()
        return 0 if issued == args.clients and result.failed == 0 else 1
    finally:
        if args.keep:
            print(f"kept {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
