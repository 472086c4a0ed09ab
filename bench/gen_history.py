"""Build a large, realistic history database for benchmark 4 (history at scale).

    .venv/bin/python bench/gen_history.py --out PATH [--meter-values 10000000]
        [--transactions 200000] [--chargers 100] [--connectors 2] [--clients 200]
        [--drivers 2000] [--months 12] [--seed 1] [--force] [--quick]

The schema is the app's own (``store.db.open_database`` + ``migrations.migrate_database``);
the small tables (settings, tariff, operator, clients, drivers, vehicles, id tags, charge
points, connectors) go through the models, the two big ones through raw ``sqlite3``
``executemany`` in big transactions (synchronous and journal off while building, the
``meter_value`` and ``transaction`` secondary indexes dropped and rebuilt from the models
at the end, WAL restored). Values are stored exactly as the app stores them: cuid ids
(``c`` + 12 hex digits of milliseconds + 12 random hex digits, here taken from the row's
own time, so ids sort by time as in a live database), naive UTC timestamps as text
(``YYYY-MM-DD HH:MM:SS[.ffffff]``), money and JSON through the models' fields.

What it holds, ending now (UTC) and going back ``--months``:

* a site tariff (peak/off-peak windows, session fee, idle fee after 15 min, 7 % tax);
* ``--clients`` clients (half Thai, half Brazilian) of very different sizes (a few fleets,
  many small companies); ``--drivers`` drivers, 90 % of them assigned to a client, each
  with an RFID tag and most with a vehicle; one administrator (``admin`` / ``bench-admin-1``);
* ``--chargers`` charge points with ``--connectors`` each (70 % 22 kW AC Type 2, 30 %
  60 kW DC CCS2), some connectors busier than others;
* ``--transactions`` COMPLETED sessions spread over the period without overlapping on a
  connector, each priced by ``domain.tariff.compute_cost`` (``total_cost`` equal to its
  ``cost_breakdown``, as the billing run checks);
* ``--meter-values`` samples spread over the sessions in proportion to their length
  (about one every two minutes with the defaults): energy register, power with a taper
  at the end of charging, current, voltage, SoC for DC sessions, idle samples after
  charging; each row has its ``transaction_id`` and ``connector_id``.

No ``ANALYZE`` is run: the app never runs it, so the planner sees what a real site's
database would give it.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import time
from bisect import bisect_right
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TZ = "Asia/Bangkok"
ADMIN_USER, ADMIN_PASSWORD = "admin", "bench-admin-1"
QUICK = {"meter_values": 50_000, "transactions": 2_000, "chargers": 10, "clients": 20,
         "drivers": 200, "months": 3}


# ----------------------------------------------------------------- value formats


def ts_text(ms: int, _cache: dict[int, str] = {}) -> str:  # noqa: B006 - deliberate cache
    """Naive UTC text exactly as sqlite3 stores a datetime (``isoformat(" ")``)."""
    minute, rest = divmod(ms, 60_000)
    prefix = _cache.get(minute)
    if prefix is None:
        if len(_cache) > 200_000:
            _cache.clear()
        prefix = _cache[minute] = datetime.fromtimestamp(minute * 60, UTC).strftime(
            "%Y-%m-%d %H:%M:")
    sec, milli = divmod(rest, 1000)
    return f"{prefix}{sec:02d}.{milli * 1000:06d}" if milli else f"{prefix}{sec:02d}"


def cuid_at(ms: int, rnd: random.Random) -> str:
    """``domain.ids.new_cuid``'s format, for a row made at ``ms`` (epoch milliseconds)."""
    return f"c{ms:012x}{rnd.getrandbits(48):012x}"


def to_dt(ms: int) -> datetime:
    return datetime.fromtimestamp(ms / 1000, UTC)


def mb(path: Path) -> float:
    return sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 2**20


# ----------------------------------------------------------------- sessions

# energy(frac) for a session charging at constant power until 75 % of its charging time,
# then tapering linearly to 30 % of it: E(f) = p*h*(f - 1.4*(f-0.75)^2) after 0.75.
TAPER_AT = 0.75


def energy_frac(f: float) -> float:
    return f if f <= TAPER_AT else f - 1.4 * (f - TAPER_AT) ** 2


def power_frac(f: float) -> float:
    return 1.0 if f <= TAPER_AT else 1.0 - 2.8 * (f - TAPER_AT)


E_FULL = energy_frac(1.0)  # 0.9125


class Session:
    __slots__ = (
        "charge_ms",
        "conn",
        "dc",
        "driver",
        "end",
        "kw",
        "kwh",
        "reg0",
        "samples",
        "soc0",
        "soc1",
        "start",
        "tx_row",
        "volt",
    )

    def __init__(self, conn: int, start: int, charge_ms: int, end: int, kw: float, dc: bool,
                 soc0: float, soc1: float, volt: float, driver: int) -> None:
        self.conn, self.start, self.charge_ms, self.end = conn, start, charge_ms, end
        self.kw, self.dc, self.soc0, self.soc1, self.volt = kw, dc, soc0, soc1, volt
        self.driver = driver
        self.kwh = kw * charge_ms / 3_600_000 * E_FULL
        self.reg0 = 0.0
        self.tx_row = ""
        self.samples = 2


def plan_sessions(rnd: random.Random, n_tx: int, conns: list[dict[str, Any]],
                  driver_weights: list[float], t0: int, t1: int) -> list[Session]:
    """Non-overlapping sessions per connector, sorted by start time."""
    weights = [rnd.lognormvariate(0.0, 0.5) for _ in conns]
    total_w = sum(weights)
    shares = [n_tx * w / total_w for w in weights]
    counts = [int(s) for s in shares]
    for i in sorted(range(len(conns)), key=lambda i: shares[i] - counts[i],
                    reverse=True)[: n_tx - sum(counts)]:
        counts[i] += 1
    cum_drivers = list(accumulate(driver_weights))
    span = t1 - t0
    sessions: list[Session] = []
    for ci, (conn, n) in enumerate(zip(conns, counts, strict=True)):
        if n == 0:
            continue
        dc = conn["dc"]
        plans = []
        for _ in range(n):
            if dc:
                charge_min = rnd.uniform(15, 60)
                kw = conn["kw"] * rnd.uniform(0.6, 1.0)
            else:
                charge_min = rnd.uniform(45, 300)
                kw = min(conn["kw"], rnd.choice((7.4, 7.4, 11.0, 11.0, 22.0)))
            idle_min = rnd.choice((0, 0, 2, 5, 10, 20, 35, 60))
            plans.append((charge_min * 60_000, (charge_min + idle_min) * 60_000, kw))
        busy = sum(p[1] for p in plans)
        scale = min(1.0, 0.85 * span / busy) if busy else 1.0
        free = span - busy * scale
        gaps = sorted(rnd.random() * free for _ in range(n))
        used = 0.0
        reg = rnd.uniform(100, 5000)  # the connector's meter register when the period begins
        for gap, (charge, total, kw) in zip(gaps, plans, strict=True):
            start = int(t0 + gap + used)
            charge, total = int(charge * scale), int(total * scale)
            used += total
            soc0 = rnd.uniform(8, 50)
            soc1 = min(100.0, soc0 + rnd.uniform(30, 70))
            driver = bisect_right(cum_drivers, rnd.random() * cum_drivers[-1])
            s = Session(ci, start, charge, start + total, kw, dc, soc0, soc1,
                        rnd.uniform(360, 410) if dc else 230.0,
                        min(driver, len(driver_weights) - 1))
            s.reg0 = reg
            reg += round(s.kwh, 3)
            sessions.append(s)
    sessions.sort(key=lambda s: s.start)
    return sessions


def allot_samples(sessions: list[Session], n_mv: int) -> None:
    """Spread ``n_mv`` samples over the sessions in proportion to their length (>= 2)."""
    if not sessions:
        return
    n_mv = max(n_mv, 2 * len(sessions))
    total = sum(s.end - s.start for s in sessions)
    spare = n_mv - 2 * len(sessions)
    given = 0
    for s in sessions:
        extra = int(spare * (s.end - s.start) / total)
        s.samples = 2 + extra
        given += extra
    for s in sessions[: spare - given]:  # the rounding remainder
        s.samples += 1


def meter_rows(s: Session, rnd: random.Random, conn_id: str) -> list[tuple[Any, ...]]:
    rows = []
    n = s.samples
    dur = s.end - s.start
    p_kwh = s.kw * s.charge_ms / 3_600_000  # kWh at full power over the charging time
    three_phase = not s.dc
    for k in range(n):
        t = s.start + dur * k // (n - 1)
        el = t - s.start
        if el < s.charge_ms:
            f = el / s.charge_ms
            e = p_kwh * energy_frac(f)
            p = s.kw * power_frac(f)
        else:
            e = s.kwh
            p = 0.0
        cur = p * 1000 / (3 * s.volt) if three_phase else p * 1000 / s.volt
        soc = round(s.soc0 + (s.soc1 - s.soc0) * e / s.kwh, 1) if s.dc and s.kwh else None
        ctx = ("Transaction.Begin" if k == 0 else "Transaction.End" if k == n - 1
               else "Sample.Periodic")
        rows.append((cuid_at(t, rnd), s.tx_row, ts_text(t), round(s.reg0 + e, 3), round(p, 2),
                     round(cur, 1), round(s.volt + (rnd.random() - 0.5) * 4, 1), conn_id, soc,
                     ctx))
    return rows


# ----------------------------------------------------------------- small tables


def build_small(rnd: random.Random, args: argparse.Namespace, t0: int) -> dict[str, Any]:
    from csms_desktop.domain.enums import ConnectorType, OCPPVersion, VehicleType
    from csms_desktop.services.operators import create_operator
    from csms_desktop.services.settings import SiteSettings, save_settings
    from csms_desktop.store.models import (
        ChargePoint,
        Client,
        Connector,
        IdTag,
        Tariff,
        User,
        UserVehicle,
    )

    db = Client._meta.database
    save_settings(SiteSettings(site_name="History depot", installation_number="HIST-0001",
                               time_zone=TZ, currency="THB"))
    create_operator(ADMIN_USER, "Bench administrator", ADMIN_PASSWORD)
    with db.atomic():
        tariff = Tariff.create(
            name="Site", currency="THB", price_per_kwh=Decimal("7.50"),
            windows=[{"name": "Peak", "start": "09:00", "end": "22:00", "price_per_kwh": "8.50"},
                     {"name": "Off-peak", "start": "22:00", "end": "09:00",
                      "price_per_kwh": "4.50"}],
            session_fee=Decimal("10.00"), idle_fee_per_minute=Decimal("2.00"),
            idle_grace_minutes=15, tax_rate=Decimal("0.07"),
            effective_from=to_dt(t0) - timedelta(days=30))
        clients = []
        for i in range(args.clients):
            thai = i % 2 == 0
            clients.append(Client.create(
                full_name=(f"Client {i:04d} Co., Ltd." if thai else f"Cliente {i:04d} Ltda"),
                street="Sukhumvit Rd" if thai else "Rua das Flores", number=str(10 + i),
                neighborhood="Khlong Toei" if thai else "Centro",
                zip_code="10110" if thai else "70000-000",
                city="Bangkok" if thai else "Brasília", state="Bangkok" if thai else "DF",
                tax_id="0105551234567" if thai else "11.222.333/0001-81",
                country="TH" if thai else "BR", language="th_TH" if thai else "pt_BR",
                client_number=str(10000 + i), email=f"billing{i}@example.com"))
        # client sizes: a few fleets, a long tail of small companies (Zipf-like)
        cweights = [1.0 / (r + 1) ** 0.8 for r in range(len(clients))]
        cum = list(accumulate(cweights))
        users, tags, vehicles = [], [], []
        for i in range(args.drivers):
            client = None
            if clients and rnd.random() < 0.9:
                client = clients[min(bisect_right(cum, rnd.random() * cum[-1]),
                                     len(clients) - 1)]
            u = {"id": cuid_at(t0 - 86_400_000 + i, rnd), "phone_number": f"+668{i:08d}",
                 "name": f"Driver {i:05d}", "email": f"driver{i}@example.com",
                 "client": client.id if client else None}
            users.append(u)
            tags.append({"id": cuid_at(t0 - 86_400_000 + i, rnd), "id_tag": f"TAG{i:08X}",
                         "user": u["id"]})
            if rnd.random() < 0.8:
                vehicles.append({"id": cuid_at(t0 - 86_400_000 + i, rnd), "user": u["id"],
                                 "license_plate": f"{i // 9999 + 1}กข{i % 9999 + 1:04d}",
                                 "make": rnd.choice(("BYD", "MG", "Tesla", "ORA", "Volvo")),
                                 "model": rnd.choice(("Atto 3", "ZS EV", "Model 3", "Good Cat",
                                                      "EX30")),
                                 "type": VehicleType.ELECTRIC})
        for model, rows in ((User, users), (IdTag, tags), (UserVehicle, vehicles)):
            for k in range(0, len(rows), 500):
                model.insert_many(rows[k:k + 500]).execute()
        conns = []
        for c in range(args.chargers):
            dc = rnd.random() < 0.3
            cp = ChargePoint.create(
                id=f"HIST-{c + 1:04d}", name=f"{'DC' if dc else 'AC'} bay {c + 1}",
                location=f"Zone {chr(65 + c % 6)}", protocol=OCPPVersion.OCPP16,
                max_power=60.0 if dc else 22.0, connector_count=args.connectors,
                vendor="Bench", model="DC60" if dc else "AC22", serial_number=f"SN{c:06d}",
                firmware_version="1.0.0")
            for k in range(1, args.connectors + 1):
                row = Connector.create(charge_point=cp, connector_id=k,
                                       type=ConnectorType.CCS_COMBO_2 if dc
                                       else ConnectorType.TYPE_2,
                                       max_power=60.0 if dc else 22.0,
                                       ocpp_status="Available")
                conns.append({"id": row.id, "cp": cp.id, "dc": dc, "kw": 60.0 if dc else 22.0})
    user_vehicle = {v["user"]: v["id"] for v in vehicles}
    dweights = [rnd.lognormvariate(0.0, 0.7) for _ in users]
    return {"tariff": tariff, "users": users, "tags": tags, "vehicle_of": user_vehicle,
            "conns": conns, "driver_weights": dweights}


# ----------------------------------------------------------------- the big tables


def _secondary_indexes(conn: Any, table: str) -> list[tuple[str, str]]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type='index' AND "
                        "tbl_name=? AND sql IS NOT NULL", (table,)).fetchall()
    return [(str(name), str(sql)) for name, sql in rows]


def insert_transactions(conn: Any, sessions: list[Session], small: dict[str, Any],
                        rnd: random.Random) -> float:
    from csms_desktop.domain.enums import TransactionStatus
    from csms_desktop.domain.tariff import compute_cost
    from csms_desktop.services.pricing import tariff_spec
    from csms_desktop.store.models import Transaction

    t_start = time.perf_counter()
    spec = tariff_spec(small["tariff"])
    tariff_id = small["tariff"].id
    users, tags, vehicle_of, conns = (small["users"], small["tags"], small["vehicle_of"],
                                      small["conns"])
    fields = [f for f in Transaction._meta.sorted_fields]
    cols = ", ".join(f'"{f.column_name}"' for f in fields)
    sql = (f'INSERT INTO "transaction" ({cols}) VALUES '
           f'({", ".join("?" for _ in fields)})')
    reasons = ("EVDisconnected", "EVDisconnected", "EVDisconnected", "Local", "Remote")
    batch: list[tuple[Any, ...]] = []
    done = 0
    last = time.perf_counter()
    for seq, s in enumerate(sessions):
        start, charge_end, end = to_dt(s.start), to_dt(s.start + s.charge_ms), to_dt(s.end)
        kwh = round(s.kwh, 3)
        taper = s.start + int(s.charge_ms * TAPER_AT)
        points = [(start, s.reg0),
                  (to_dt(taper), s.reg0 + s.kw * s.charge_ms / 3_600_000 * TAPER_AT),
                  (charge_end, s.reg0 + kwh)]
        cost = compute_cost(spec, points, start, end, charge_end, TZ)
        s.tx_row = cuid_at(s.start, rnd)
        user = users[s.driver]
        values = {
            "id": s.tx_row, "transaction_id": str(100_000 + seq), "user": user["id"],
            "vehicle": vehicle_of.get(user["id"]), "charge_point": conns[s.conn]["cp"],
            "connector": conns[s.conn]["id"], "start_time": start, "end_time": end,
            "start_meter_value": round(s.reg0, 3), "end_meter_value": round(s.reg0 + kwh, 3),
            "total_energy": kwh, "total_cost": cost.total,
            "status": TransactionStatus.COMPLETED, "stop_reason": rnd.choice(reasons),
            "id_tag": tags[s.driver]["id_tag"], "stop_id_tag": tags[s.driver]["id_tag"],
            "zombie": False, "charging_ended_at": charge_end,
            "cost_breakdown": cost.to_json(), "currency": spec.currency,
            "tariff_id": tariff_id, "updated_at": end,
        }
        batch.append(tuple(f.db_value(values.get(f.name)) if f.name in values
                           else f.db_value(f.default() if callable(f.default) else f.default)
                           for f in fields))
        if len(batch) >= 5000:
            conn.executemany(sql, batch)
            done += len(batch)
            batch.clear()
            now = time.perf_counter()
            if now - last > 5:
                last = now
                print(f"  transactions: {done:,}/{len(sessions):,} "
                      f"({done / (now - t_start):,.0f} rows/s)", flush=True)
    conn.executemany(sql, batch)
    return time.perf_counter() - t_start


def insert_meter_values(conn: Any, sessions: list[Session], conns: list[dict[str, Any]],
                        rnd: random.Random, total: int) -> float:
    sql = ('INSERT INTO "meter_value" ("id", "transaction_id", "timestamp", "value", "power", '
           '"current", "voltage", "connector_id", "soc", "context") '
           'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)')
    t_start = time.perf_counter()
    last = t_start
    done = 0
    batch: list[tuple[Any, ...]] = []
    conn.execute("BEGIN")
    for s in sessions:
        batch.extend(meter_rows(s, rnd, conns[s.conn]["id"]))
        if len(batch) >= 50_000:
            conn.executemany(sql, batch)
            done += len(batch)
            batch.clear()
            if done % 1_000_000 < 50_000:
                conn.execute("COMMIT")
                conn.execute("BEGIN")
            now = time.perf_counter()
            if now - last > 5:
                last = now
                print(f"  meter values: {done:,}/{total:,} "
                      f"({done / (now - t_start):,.0f} rows/s)", flush=True)
    conn.executemany(sql, batch)
    done += len(batch)
    conn.execute("COMMIT")
    el = time.perf_counter() - t_start
    print(f"  meter values: {done:,} in {el:.1f} s ({done / el:,.0f} rows/s)", flush=True)
    return el


def build(args: argparse.Namespace) -> dict[str, Any]:
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database
    from csms_desktop.store.models import Connector, MeterValue, Transaction

    out = Path(args.out)
    for p in (out, Path(f"{out}-wal"), Path(f"{out}-shm"), Path(f"{out}-journal")):
        if p.exists():
            if not args.force:
                raise SystemExit(f"{p} exists: use --force to replace it")
            p.unlink()
    t_all = time.perf_counter()
    rnd = random.Random(args.seed)
    end = datetime.now(UTC).replace(microsecond=0)
    t1 = int(end.timestamp() * 1000)
    t0 = int((end - timedelta(days=round(args.months * 365.25 / 12))).timestamp() * 1000)
    db = open_database(f"sqlite:///{out}")
    migrate_database(db)
    small = build_small(rnd, args, t0)
    print(f"small tables: {args.clients} clients, {len(small['users'])} drivers, "
          f"{len(small['conns'])} connectors on {args.chargers} charge points "
          f"({time.perf_counter() - t_all:.1f} s)", flush=True)

    t = time.perf_counter()
    sessions = plan_sessions(rnd, args.transactions, small["conns"], small["driver_weights"],
                             t0, t1 - 60_000)
    allot_samples(sessions, args.meter_values)
    n_mv = sum(s.samples for s in sessions)
    print(f"planned {len(sessions):,} sessions, {n_mv:,} samples "
          f"({time.perf_counter() - t:.1f} s)", flush=True)

    conn = db.connection()  # type: ignore[no-untyped-call]
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-1048576")  # 1 GiB while building
    conn.execute("PRAGMA temp_store=MEMORY")
    conn.execute("PRAGMA threads=2")
    conn.execute("PRAGMA foreign_keys=OFF")  # ids are consistent by construction
    dropped = {}
    for table in ("meter_value", "transaction"):
        for name, sql in _secondary_indexes(conn, table):
            dropped[name] = sql
            conn.execute(f'DROP INDEX "{name}"')
    with db.atomic():
        tx_s = insert_transactions(conn, sessions, small, rnd)
    print(f"  transactions: {len(sessions):,} in {tx_s:.1f} s "
          f"({len(sessions) / max(tx_s, 1e-9):,.0f} rows/s)", flush=True)
    insert_meter_values(conn, sessions, small["conns"], rnd, n_mv)

    t = time.perf_counter()
    with db.atomic():
        Transaction._schema.create_indexes(safe=True)  # type: ignore[attr-defined]
        MeterValue._schema.create_indexes(safe=True)  # type: ignore[attr-defined]
        # the connectors as the last samples left them
        last: dict[int, Session] = {}
        for s in sessions:
            last[s.conn] = s
        for ci, s in last.items():
            Connector.update(last_meter_kwh=round(s.reg0 + s.kwh, 3), power_kw=0.0,
                             last_meter_time=to_dt(s.end), status_time=to_dt(s.end)).where(
                Connector.id == small["conns"][ci]["id"]).execute()
    rebuilt = {name for table in ("meter_value", "transaction")
               for name, _ in _secondary_indexes(conn, table)}
    if rebuilt != set(dropped):
        raise SystemExit(f"index mismatch after rebuild: {sorted(set(dropped) ^ rebuilt)}")
    idx_s = time.perf_counter() - t
    print(f"indexes: {len(rebuilt)} rebuilt in {idx_s:.1f} s", flush=True)
    conn.execute("PRAGMA foreign_keys=ON")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("PRAGMA synchronous=NORMAL")
    close_database()
    total_s = time.perf_counter() - t_all
    size = mb(out)
    print(f"done: {out} — {n_mv:,} meter values, {len(sessions):,} transactions, "
          f"{size:,.0f} MB, {total_s:.1f} s "
          f"({(n_mv + len(sessions)) / total_s:,.0f} rows/s overall)", flush=True)
    return {"meter_values": n_mv, "transactions": len(sessions), "mb": size,
            "seconds": total_s}


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--out", required=True, help="the SQLite file to create")
    ap.add_argument("--meter-values", type=int, default=10_000_000)
    ap.add_argument("--transactions", type=int, default=200_000)
    ap.add_argument("--chargers", type=int, default=100)
    ap.add_argument("--connectors", type=int, default=2, help="per charge point")
    ap.add_argument("--clients", type=int, default=200)
    ap.add_argument("--drivers", type=int, default=2000)
    ap.add_argument("--months", type=int, default=12)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--force", action="store_true", help="replace an existing file")
    ap.add_argument("--quick", action="store_true",
                    help="a small database: " + ", ".join(f"{k.replace('_', '-')} {v:,}"
                                                          for k, v in QUICK.items()))
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.quick:
        for k, v in QUICK.items():
            setattr(args, k, v)
    if min(args.chargers, args.connectors, args.drivers, args.months) < 1 \
            or args.transactions < 1 or args.clients < 0:
        raise SystemExit("chargers, connectors, drivers, months and transactions must be >= 1")
    os.environ.setdefault("CSMS_DATA_DIR", str(Path(args.out).resolve().parent))
    build(args)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
