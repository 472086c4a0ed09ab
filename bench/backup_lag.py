"""Backup of a large history database while the site writes: time, size, event-loop lag.

    .venv/bin/python bench/gen_history.py --out /tmp/h.db        # 10 M meter values, once
    .venv/bin/python bench/backup_lag.py --db /tmp/h.db [--mode thread|loop] [--pages 1024]
        [--rate 200] [--baseline 3] [--results bench/RESULTS.md] [--keep]
    .venv/bin/python bench/backup_lag.py --quick               # a small database made here

In one process, as in the app: the application's services on the database with the real
``BatchWriter`` started, a load of ``--rate`` meter values per second buffered into it
(committed every 250 ms, like chargers sending samples), the event-loop lag monitor of
``csms_desktop.diagnostics`` (a 20 ms timer), then one backup through ``BackupService``
(the code "Back up now" and the daily schedule run) into a temporary folder beside the
database. ``--mode loop`` instead runs the same copy on the event-loop thread, to show
why it runs in a worker thread. Reports the lag before and during the backup, the backup's
phases, its size, and the writes committed while the snapshot was pinned. The rows it
added are deleted at the end; the database is otherwise left as it was.
"""

from __future__ import annotations

import argparse
import asyncio
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results, percentile  # noqa: E402

TARGET_P99_MS = 50.0
MARK = "cbench"  # id prefix of the rows this benchmark adds (deleted at the end)


def _mb(n: float) -> str:
    return f"{n / 1e6:,.1f} MB"


def _lag(samples: list[float]) -> tuple[float, float, float]:
    s = sorted(samples)
    return percentile(s, 50), percentile(s, 99), (s[-1] if s else float("nan"))


class Load:
    """``rate`` meter values a second through the app's BatchWriter (the hot path)."""

    def __init__(self, services: Any, rate: int) -> None:
        from csms_desktop.store.models import Connector

        self.writer = services.writer
        self.rate = rate
        conn = Connector.select().first()
        self.connector_id = conn.id if conn is not None else None
        self.added = 0
        self._stop = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    async def _run(self) -> None:
        from csms_desktop.domain.timeutil import utcnow
        from csms_desktop.store.models import MeterValue

        tick = 0.05
        per_tick = max(1, round(self.rate * tick))
        n = 0
        while not self._stop.is_set():
            for _ in range(per_tick):
                n += 1
                self.writer.add(MeterValue, {
                    "id": f"{MARK}{n:020d}", "connector": self.connector_id,
                    "timestamp": utcnow(), "value": n / 1000, "power": 7.2})
            self.added = n
            await asyncio.sleep(tick)

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())

    async def stop(self) -> None:
        self._stop.set()
        if self._task is not None:
            await self._task
        await self.writer.durable()


async def measure(args: argparse.Namespace, db: Path, out: Path) -> dict[str, Any]:
    from csms_desktop.diagnostics import LoopLagMonitor
    from csms_desktop.services.backup.taking import BackupService, Progress, SqliteJob
    from csms_desktop.services.context import build_services
    from csms_desktop.store.db import database_proxy, open_database
    from csms_desktop.store.migrations import migrate_database

    migrate_database(open_database(f"sqlite:///{db}"))  # (no pre-migration backup here)
    services = build_services()
    services.writer.start()
    monitor = LoopLagMonitor(out / "lag.json", write_every=10**9)
    monitor.start()
    load = Load(services, args.rate)
    load.start()
    await asyncio.sleep(args.baseline)
    baseline = list(monitor.samples)
    monitor.reset()
    phases: dict[str, float] = {}
    written_before = services.writer.rows_written
    flush_ms: list[float] = []

    def report(p: Progress) -> None:
        phases.setdefault(p.phase, time.monotonic())
        flush_ms.append(services.writer.last_flush_ms)

    t0 = time.monotonic()
    if args.mode == "thread":
        service = BackupService(services, f"sqlite:///{db}")
        service.pages_per_step = args.pages
        result = await service.backup("manual", to=out, report=report)
    else:  # the same job, all of it on the loop's thread
        job = SqliteJob(db, out, "manual", args.pages)
        job.pin()
        result = job.run(report)
    elapsed = time.monotonic() - t0
    await asyncio.sleep(0.1)  # the monitor's wake-up that was late (loop mode) reports
    during = list(monitor.samples)
    written = services.writer.rows_written - written_before
    await asyncio.sleep(0.5)  # a little after, for the WAL figure
    wal = db.with_name(db.name + "-wal")
    wal_mb = wal.stat().st_size if wal.exists() else 0
    await load.stop()
    await monitor.stop()
    await services.writer.stop()
    database_proxy.execute_sql("DELETE FROM meter_value WHERE id LIKE ?", (f"{MARK}%",))
    database_proxy.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    return {"result": result, "elapsed": elapsed, "baseline": baseline, "during": during,
            "phases": phases, "t0": t0, "written": written, "wal": wal_mb,
            "max_flush_ms": max(flush_ms, default=0.0)}


def _counts(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        mv = con.execute("SELECT count(*) FROM meter_value").fetchone()[0]
        tx = con.execute('SELECT count(*) FROM "transaction"').fetchone()[0]
        return int(mv), int(tx)
    finally:
        con.close()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", type=Path, help="the database (default with --quick: a small one "
                                            "made by gen_history.py --quick)")
    ap.add_argument("--mode", choices=["thread", "loop"], default="thread")
    ap.add_argument("--pages", type=int, default=None,
                    help="pages per backup step (default: the app's, 1024)")
    ap.add_argument("--rate", type=int, default=200, help="meter values written per second")
    ap.add_argument("--baseline", type=float, default=3.0,
                    help="seconds of lag measured before the backup")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--results", type=Path, help="append the figures to this file")
    ap.add_argument("--keep", action="store_true", help="keep the backup file")
    args = ap.parse_args(argv)
    from csms_desktop.store.sqlite_backup import PAGES_PER_STEP

    args.pages = args.pages or PAGES_PER_STEP
    tmp = Path(tempfile.mkdtemp(prefix="backup-bench-"))
    try:
        db = args.db
        if db is None:
            if not args.quick:
                ap.error("--db PATH (bench/gen_history.py makes one) or --quick")
            db = tmp / "history.db"
            subprocess.run([sys.executable, str(ROOT / "bench" / "gen_history.py"), "--quick",
                            "--out", str(db)], check=True, stdout=subprocess.DEVNULL)
            args.baseline = min(args.baseline, 1.0)
        if not db.is_file():
            ap.error(f"{db} does not exist")
        mv, tx = _counts(db)
        size = db.stat().st_size
        out = Path(tempfile.mkdtemp(prefix=".backup-bench-", dir=db.parent))
        try:
            m = asyncio.run(measure(args, db, out))
        finally:
            if not args.keep:
                shutil.rmtree(out, ignore_errors=True)
        return _report(args, db, mv, tx, size, m)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def _report(args: argparse.Namespace, db: Path, mv: int, tx: int, size: int,
            m: dict[str, Any]) -> int:
    r = m["result"]
    if not r.ok:
        print(f"backup FAILED: {r.message}")
        return 1
    ph, t0 = m["phases"], m["t0"]
    copy_s = ph.get("verifying", t0) - t0
    check_s = ph.get("done", t0) - ph.get("verifying", t0)
    b50, b99, bmax = _lag(m["baseline"])
    d50, d99, dmax = _lag(m["during"])
    met = "pass" if d99 < TARGET_P99_MS else "MISS"
    rows = [
        f"- database: {db.name}, {mv:,} meter values, {tx:,} transactions, {_mb(size)}",
        f"- mode: {args.mode} (pages per step {args.pages}), load {args.rate} meter values/s "
        "through the BatchWriter",
        "",
        "| figure | measured | target | met |",
        "|---|---|---|---|",
        f"| backup time (snapshot to verified file) | {m['elapsed']:.2f} s | - | - |",
        f"| copy / check (integrity_check, row counts, SHA-256) | {copy_s:.2f} s / "
        f"{check_s:.2f} s | - | - |",
        f"| backup size | {_mb(r.size_bytes or 0)} | - | - |",
        f"| event-loop lag during the backup p99 | {d99:.2f} ms | < {TARGET_P99_MS:.0f} ms "
        f"| {met} |",
        f"| lag during p50 / max ({len(m['during'])} samples) | {d50:.2f} / {dmax:.1f} ms "
        "| - | - |",
        f"| lag before p50 / p99 / max ({len(m['baseline'])} samples) | {b50:.2f} / "
        f"{b99:.2f} / {bmax:.1f} ms | - | - |",
        f"| rows committed while the snapshot was pinned | {m['written']:,} | - | - |",
        f"| WAL after the backup | {_mb(m['wal'])} | - | - |",
    ]
    for line in rows:
        print(line)
    print(f"backup lag p99 {d99:.2f} ms: {met}")
    if args.results:
        cmd = "python bench/backup_lag.py " + " ".join(sys.argv[1:])
        append_results(args.results, "Backup of the history database", cmd, rows)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
