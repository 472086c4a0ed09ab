"""Benchmark 4: history at scale, on a database built by ``bench/gen_history.py``.

    .venv/bin/python bench/history_scale.py --db PATH [--runs 7] [--startup-runs 5]
        [--pdf-runs 3] [--no-startup] [--no-record] [--results PATH]

Each figure is the median of ``--runs`` runs of the function the GUI itself calls:

(a) the connector detail's 24 h chart: ``live_queries.meter_history`` for the connector
    with the most samples in the last 24 h of the data (targets < 100 ms); also the whole
    24 h view (chart, the connector's last transaction and its meter table) and 7 days;
(b) the transactions page's first screen with its default filters (Last 30 days, newest
    first): ``history_queries.fetch_transactions`` (first page, 500 rows) and
    ``transaction_totals``, each and together (target < 200 ms); "All time" for reference;
(c) one client's monthly invoice data: ``billing_content.build_content`` for the client with
    the most sessions in the last complete month (target < 1 s), and the same plus the
    PDF (``reports.billing.render_invoice_document``), without storing anything;
(d) start-up to a usable window: ``bench/startup_probe.py`` (the real ``run_gui``,
    offscreen) in a new process each run, from before the process starts to the first idle
    turn of the event loop after the window is shown: the sign-in card (target < 3 s)
    and, signed in, the dashboard.

"cold" runs start on a new database connection after evicting the database file from
the OS page cache (``posix_fadvise(DONTNEED)``), so SQLite reads from the disk; "warm" runs
repeat on the same connection. "Now" is the end of the data (the newest sample), so the
figures do not depend on when the database was built. Beside each wall-clock median is the
median CPU time of the same runs (this thread for the queries; the whole probe process,
all its threads, for start-up): on a shared machine the gap between the two is mostly
time spent waiting for a core or for the disk. Prints a table and appends it to
``bench/RESULTS.md`` with the command, date, machine and database size.

This process never imports Qt (the start-up probe runs in its own processes).
"""

from __future__ import annotations

import argparse
import os
import resource
import shlex
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from datetime import time as dtime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import append_results  # noqa: E402

RESULTS = ROOT / "bench" / "RESULTS.md"


@dataclass
class Figure:
    key: str
    label: str
    runs: list[float]  # seconds, wall clock
    target: float | None = None  # seconds
    cpu: list[float] | None = None  # seconds of CPU of the same runs

    @property
    def median_ms(self) -> float:
        return statistics.median(self.runs) * 1000 if self.runs else float("nan")

    @property
    def cpu_ms(self) -> float | None:
        return statistics.median(self.cpu) * 1000 if self.cpu else None

    @property
    def verdict(self) -> str:
        if self.target is None or not self.runs:
            return "-"
        return "pass" if self.median_ms < self.target * 1000 else "MISS"


# ----------------------------------------------------------------- database handling


class Store:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.url = f"sqlite:///{path}"

    def open(self) -> None:
        from csms_desktop.store.db import open_database

        open_database(self.url)

    def close(self) -> None:
        from csms_desktop.store.db import close_database

        close_database()

    def evict(self) -> None:
        """Drop the database's pages from the OS page cache (clean pages only)."""
        for p in (self.path, Path(f"{self.path}-wal")):
            if not p.exists():
                continue
            fd = os.open(p, os.O_RDONLY)
            try:
                os.fsync(fd)
                os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
            except OSError:
                pass
            finally:
                os.close(fd)

    def cold(self) -> None:
        self.close()
        self.evict()
        self.open()


class Runs(list[float]):
    """Wall-clock seconds of some runs, with the CPU seconds of each in ``cpu``."""

    def __init__(self) -> None:
        super().__init__()
        self.cpu: list[float] = []


def timed(fn: Callable[[], Any], into: Runs | None = None) -> tuple[float, Any]:
    c, t = time.thread_time(), time.perf_counter()
    out = fn()
    dt = time.perf_counter() - t
    if into is not None:
        into.append(dt)
        into.cpu.append(time.thread_time() - c)
    return dt, out


def measure(store: Store, fn: Callable[[], Any], runs: int) -> tuple[Runs, Runs, Any]:
    """(cold runs, warm runs, last result)."""
    cold, warm = Runs(), Runs()
    out = None
    for _ in range(runs):
        store.cold()
        _, out = timed(fn, cold)
    fn()  # warm-up
    for _ in range(runs):
        _, out = timed(fn, warm)
    return cold, warm, out


def fig(key: str, label: str, runs: Runs, target: float | None = None) -> Figure:
    return Figure(key, label, list(runs), target, list(runs.cpu))


# ----------------------------------------------------------------- scenario


def data_end() -> datetime:
    from csms_desktop.store.models import Connector, MeterValue

    ends: list[datetime] = []
    cid: Any
    for (cid,) in Connector.select(Connector.id).tuples():  # type: ignore[misc]
        ts = (MeterValue.select(MeterValue.timestamp).where(MeterValue.connector == cid)
              .order_by(MeterValue.timestamp.desc()).limit(1).scalar())
        if ts is not None:
            ends.append(ts)
    if not ends:
        raise SystemExit("no meter values in this database (build it with gen_history.py)")
    end: datetime = max(ends)
    return end if end.tzinfo else end.replace(tzinfo=UTC)


def busiest_connector(since: datetime, until: datetime) -> tuple[str, int, int]:
    from csms_desktop.store.models import Connector, MeterValue

    best: tuple[str, int, int] = ("", 0, -1)
    cid: Any
    cp: Any
    no: Any
    for cid, cp, no in Connector.select(Connector.id, Connector.charge_point,  # type: ignore[misc]
                                        Connector.connector_id).tuples():
        n = (MeterValue.select().where((MeterValue.connector == cid)
                                       & (MeterValue.timestamp >= since)
                                       & (MeterValue.timestamp <= until)).count())
        if n > best[2]:
            best = (str(cp), int(no), int(n))
    return best


def busiest_client(period: str, tz: str) -> tuple[Any, int]:
    import peewee as pw

    from csms_desktop.domain.enums import TransactionStatus
    from csms_desktop.services.billing.common import month_bounds
    from csms_desktop.store.models import Client, Transaction, User

    start, end = month_bounds(period, tz)
    row = (User.select(User.client, pw.fn.COUNT(Transaction.id).alias("n"))
           .join(Transaction, on=(Transaction.user == User.id))
           .where(User.client.is_null(False)
                  & (Transaction.status == TransactionStatus.COMPLETED)
                  & (Transaction.start_time >= start) & (Transaction.start_time < end))
           .group_by(User.client).order_by(pw.SQL("n").desc()).limit(1).tuples().first())
    if row is None:
        raise SystemExit(f"no client has charging in {period}")
    return Client.get_by_id(row[0]), int(row[1])


def db_figures(path: Path) -> tuple[int, int, float]:
    from csms_desktop.store.models import MeterValue, Transaction

    mv = MeterValue.select().count()
    tx = Transaction.select().count()
    size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists()) / 2**20
    return mv, tx, size


def run_queries(store: Store, args: argparse.Namespace) -> tuple[list[Figure], list[str]]:
    from csms_desktop.reports.billing import render_invoice_document
    from csms_desktop.services import history_queries as hq
    from csms_desktop.services import live_queries as lq
    from csms_desktop.services.billing.common import add_months, local_date, period_key
    from csms_desktop.services.billing.content import build_content
    from csms_desktop.services.billing.documents import document, item_text
    from csms_desktop.services.billing.invoices import _snapshot, due_date_for
    from csms_desktop.services.settings import load_settings

    settings = load_settings()
    tz = settings.time_zone
    figs: list[Figure] = []
    notes: list[str] = []
    runs = args.runs

    end = data_end()
    since = end - timedelta(hours=24)
    cp_id, conn_no, n24 = busiest_connector(since, end)
    notes.append(f"now = end of the data, {end:%Y-%m-%d %H:%M} UTC; site time zone {tz}")

    # (a) the connector detail's chart
    def chart() -> Any:
        return lq.meter_history(cp_id, conn_no, since, end)

    def view_24h() -> Any:
        pts = lq.meter_history(cp_id, conn_no, since, end)
        tx = lq.latest_transaction(cp_id, conn_no)
        table = lq.transaction_meter_values(tx.transaction_id) if tx else pts
        return pts, table

    def chart_7d() -> Any:
        return lq.meter_history(cp_id, conn_no, end - timedelta(days=7), end)

    cold, warm, pts = measure(store, chart, runs)
    figs += [fig("a", f"(a) 24 h chart data, {cp_id}/{conn_no} ({len(pts)} samples), cold",
                 cold, 0.100),
             fig("a", "(a) 24 h chart data, warm", warm, 0.100)]
    cold, warm, (pts, table) = measure(store, view_24h, runs)
    figs += [fig("a+", f"    24 h view: chart + last transaction + its table "
                 f"({len(table)} rows), cold", cold),
             fig("a+", "    24 h view, warm", warm)]
    cold, warm, pts7 = measure(store, chart_7d, runs)
    figs += [fig("a7", f"    7 days chart data ({len(pts7)} samples), cold", cold),
             fig("a7", "    7 days chart data, warm", warm)]
    if n24 != len(pts):
        notes.append(f"warning: {n24} samples counted in the 24 h window, {len(pts)} returned")

    # (b) the transactions page, default filters: Last 30 days, newest first
    zone = ZoneInfo(tz)
    today = end.astimezone(zone).date()
    flt = hq.TransactionFilter(
        start_from=datetime.combine(today - timedelta(days=29), dtime.min, tzinfo=zone),
        start_to=datetime.combine(today + timedelta(days=1), dtime.min, tzinfo=zone))
    all_time = hq.TransactionFilter()

    def first_screen(f: hq.TransactionFilter) -> Callable[[], Any]:
        def run() -> Any:
            c, t = time.thread_time(), time.perf_counter()
            page = hq.fetch_transactions(f, hq.TxSort())
            c_page, t_page = time.thread_time() - c, time.perf_counter() - t
            totals = hq.transaction_totals(f)
            return (page, totals, (t_page, c_page),
                    (time.perf_counter() - t - t_page, time.thread_time() - c - c_page))
        return run

    for f, name, target in ((flt, "Last 30 days (default)", 0.200), (all_time, "All time", None)):
        for kind in ("cold", "warm"):
            page_s, totals_s, both_s = Runs(), Runs(), Runs()
            page = totals = None
            for i in range(runs + (1 if kind == "warm" else 0)):
                if kind == "cold":
                    store.cold()
                _, (page, totals, tp, tt) = timed(first_screen(f),
                                                  None if kind == "warm" and i == 0 else both_s)
                if kind == "warm" and i == 0:
                    continue  # warm-up
                for into, (wall, cpu) in ((page_s, tp), (totals_s, tt)):
                    into.append(wall)
                    into.cpu.append(cpu)
            assert page is not None and totals is not None
            figs += [
                fig("b", f"(b) transactions, {name}: first screen (page + totals), {kind}",
                    both_s, target),
                fig("b-", f"    first page ({len(page)} rows of {totals.count:,}), {kind}",
                    page_s),
                fig("b-", f"    totals, {kind}", totals_s),
            ]

    # (c) one client's monthly invoice data
    y, m = local_date(end, tz).year, local_date(end, tz).month
    period = period_key(*add_months(y, m, -1))
    client, n_tx = busiest_client(period, tz)

    def content() -> Any:
        return build_content(client, period, tz)

    def with_pdf() -> Any:
        c = build_content(client, period, tz)
        snap = _snapshot(c, settings, {})
        doc = document(invoice_id="bench", snapshot=snap, number="BENCH-1", period=period,
                       issued_at=end, due=due_date_for(period, settings.invoice_due_day),
                       installation=settings.installation_number, currency=c.currency,
                       amount_due=c.amount_due, items=[item_text(it) for it in c.items],
                       history=[{"month_year": h["period"], **{k: h[k] for k in (
                           "consumption_kwh", "average_kwh_per_day", "days")}}
                           for h in c.history],
                       corrects=None, status="")
        return render_invoice_document(doc)

    cold, warm, c = measure(store, content, runs)
    label = (f"(c) invoice data {period}, client {client.client_number} ({n_tx} sessions, "
             f"{len(c.items)} items, {len(c.history)} months)")
    figs += [fig("c", f"{label}, cold", cold, 1.0), fig("c", f"{label}, warm", warm, 1.0)]
    cold, warm, pdf = measure(store, with_pdf, args.pdf_runs)
    figs += [fig("c+", f"    same + PDF ({len(pdf) // 1024} KiB, {client.language}), cold",
                 cold),
             fig("c+", "    same + PDF, warm", warm)]
    return figs, notes


# ----------------------------------------------------------------- start-up


def run_startup(db: Path, runs: int, signed_in: bool, data_dir: str) -> tuple[Runs, list[str]]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", CSMS_DATA_DIR=data_dir)
    env.pop("CSMS_FORBID_QT", None)
    cmd = [sys.executable, str(ROOT / "bench" / "startup_probe.py"),
           *(["--signed-in"] if signed_in else []), "--db", f"sqlite:///{db}",
           "--host", "127.0.0.1", "--port", "0", "--log-level", "WARNING"]
    out = Runs()
    details: list[str] = []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.time()
        proc = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True,
                              timeout=120, check=False)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        line = next((ln for ln in proc.stdout.splitlines() if ln.startswith("probe:")), "")
        marks = dict(kv.split("=", 1) for kv in line.split()[1:])
        if proc.returncode != 0 or "idle" not in marks:
            raise SystemExit(f"start-up probe failed ({proc.returncode}):\n{proc.stdout}\n"
                             f"{proc.stderr[-2000:]}")
        m = {k: float(v) for k, v in marks.items() if k != "exit"}
        out.append(m["idle"] - t0)
        out.cpu.append(after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime)
        details.append(f"interpreter {1000 * (m['start'] - t0):.0f} ms, imports and "
                       f"QApplication {1000 * (m['runtime_begin'] - m['start']):.0f} ms, "
                       f"open + migrate + services {1000 * (m['runtime'] - m['runtime_begin']):.0f}"
                       f" ms, pages {1000 * (m['window'] - m['runtime']):.0f} ms, server + "
                       f"show {1000 * (m['shown'] - m['window']):.0f} ms, to idle "
                       f"{1000 * (m['idle'] - m['shown']):.0f} ms")
    return out, details


# ----------------------------------------------------------------- output


def table(figs: list[Figure], runs_of: Callable[[Figure], int]) -> list[str]:
    lines = ["| figure | median ms | CPU ms | runs | target | result |",
             "|---|---:|---:|---:|---:|---|"]
    for f in figs:
        target = f"< {f.target * 1000:,.0f} ms" if f.target is not None else ""
        cpu = f"{f.cpu_ms:,.1f}" if f.cpu_ms is not None else ""
        lines.append(f"| {f.label} | {f.median_ms:,.1f} | {cpu} | {runs_of(f)} | {target} "
                     f"| {f.verdict} |")
    return lines


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the SQLite file gen_history.py built")
    ap.add_argument("--runs", type=int, default=7, help="runs per query figure (median)")
    ap.add_argument("--pdf-runs", type=int, default=3)
    ap.add_argument("--startup-runs", type=int, default=5)
    ap.add_argument("--no-startup", action="store_true", help="skip (d)")
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    ap.add_argument("--results", type=Path, default=RESULTS)
    ap.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = ap.parse_args(argv)
    load_before = os.getloadavg()[0]
    db = Path(args.db).resolve()
    if not db.exists():
        raise SystemExit(f"{db}: no such database (build it with bench/gen_history.py)")
    os.environ.setdefault("CSMS_DATA_DIR", tempfile.mkdtemp(prefix="csms-bench-hist-"))

    store = Store(db)
    store.open()
    from csms_desktop.store.db import database_proxy
    from csms_desktop.store.migrations import LATEST_VERSION, current_version

    version = current_version(database_proxy.obj)
    if version != LATEST_VERSION:
        raise SystemExit(f"{db} is at schema version {version}, the app at {LATEST_VERSION}: "
                         "open it once with the app (or rebuild it) before measuring")
    mv, tx, size = db_figures(db)
    print(f"database {db}: {mv:,} meter values, {tx:,} transactions, {size:,.0f} MB",
          flush=True)
    figs, notes = run_queries(store, args)
    store.close()
    details: list[str] = []
    if not args.no_startup:
        with tempfile.TemporaryDirectory(prefix="csms-probe-") as data_dir:
            for signed_in, label, target in ((False, "sign-in card", 3.0),
                                             (True, "signed in, dashboard", 3.0)):
                store.evict()
                secs, det = run_startup(db, args.startup_runs, signed_in, data_dir)
                figs.append(fig("d", f"(d) start-up to a usable window ({label}), "
                                f"first run {secs[0] * 1000:,.0f} ms", secs, target))
                details.append(f"{label}, median run: "
                               f"{det[sorted(range(len(secs)), key=secs.__getitem__)[len(secs) // 2]]}")

    def runs_of(f: Figure) -> int:
        return len(f.runs)

    body = table(figs, runs_of)
    print("\n".join(["", *body, ""]))
    for line in notes + details:
        print(f"- {line}")
    if not args.no_record:
        command = "python bench/history_scale.py " + " ".join(
            shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
        record = [
            f"- database: {mv:,} meter values, {tx:,} transactions, {size:,.0f} MB "
            f"(`bench/gen_history.py`)",
            "- medians of the runs shown (wall clock; CPU = this thread for the queries, the "
            "whole probe process for start-up); cold = new connection after evicting the file "
            "from the OS page cache, warm = same connection again; load average before the "
            f"run {load_before:.2f} on {os.cpu_count()} CPUs",
            *(f"- {n}" for n in notes + details), "", *body,
        ]
        append_results(args.results, "History at scale", command.strip(), record)
        print(f"appended to {args.results}")
    missed = [f.label for f in figs if f.verdict == "MISS"]
    return 1 if args.check and missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
