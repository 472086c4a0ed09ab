"""API benchmark (a): reading transactions over HTTP on a large history database.

    .venv/bin/python bench/gen_history.py --out /tmp/h.db          # 200,000 transactions
    .venv/bin/python bench/api_read.py --db /tmp/h.db [--runs 30] [--no-record]

Starts ``main.py serve`` on the database (the API on loopback), makes a manager token,
then times ``GET /api/v1/transactions`` on one keep-alive connection: the first page as an
integration asks for it (newest first, 50 rows), the first request after the start
(cold caches) and the median of ``--runs`` more (target < 50 ms); for reference the first
page of 500 rows, a page 20 pages deep through ``next_cursor``, one charger's first page,
and the charge point list. Prints a table and appends it to ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import os
import shlex
import sqlite3
import sys
import tempfile
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_bench import Client, ms_summary, serve_with_api
from bench.common import RESULTS, append_results

TARGET_MS = 50.0


def _counts(db: Path) -> tuple[int, int]:
    con = sqlite3.connect(db)
    try:
        tx = con.execute('SELECT count(*) FROM "transaction"').fetchone()[0]
        cp = con.execute("SELECT id FROM charge_point ORDER BY id LIMIT 1").fetchone()
        return int(tx), cp[0] if cp else ""
    finally:
        con.close()


def run(args: argparse.Namespace) -> list[tuple[str, dict[str, float], int, str]]:
    db = Path(args.db).resolve()
    n_tx, first_cp = _counts(db)
    print(f"database {db}: {n_tx:,} transactions", flush=True)
    rows: list[tuple[str, dict[str, float], int, str]] = []
    with tempfile.TemporaryDirectory(prefix="csms-api-read-") as tmp:
        os.environ.setdefault("CSMS_DATA_DIR", tmp)
        with serve_with_api(f"sqlite:///{db}", Path(tmp) / "serve.log") as srv:
            c = Client(srv.api_port, srv.token)
            path = "/api/v1/transactions"
            status, page, cold = c.get(path, {"limit": 50})
            assert status == 200 and len(page["items"]) == min(50, n_tx), (status, page)
            warm = []
            for _ in range(args.runs):
                status, page, dt = c.get(path, {"limit": 50})
                assert status == 200
                warm.append(dt)
            rows.append((f"first page, 50 rows, first request after start ({n_tx:,} tx)",
                         ms_summary([cold]), 1, ""))
            verdict = "pass" if ms_summary(warm)["median"] < TARGET_MS else "MISS"
            rows.append((f"first page, 50 rows ({n_tx:,} tx)", ms_summary(warm), args.runs,
                         f"< {TARGET_MS:.0f} ms: {verdict}"))

            def timed(params: dict[str, object], route: str = path) -> list[float]:
                out = []
                for _ in range(args.runs):
                    status, _, dt = c.get(route, params)
                    assert status == 200, (route, params, status)
                    out.append(dt)
                return out

            rows.append(("first page, 500 rows", ms_summary(timed({"limit": 500})),
                         args.runs, ""))
            cursor = None
            for _ in range(20):
                _, page, _ = c.get(path, {"limit": 50, **({"cursor": cursor} if cursor else {})})
                cursor = page["next_cursor"] or cursor
            if cursor:
                rows.append(("page 21 through next_cursor, 50 rows",
                             ms_summary(timed({"limit": 50, "cursor": cursor})), args.runs, ""))
            if first_cp:
                rows.append((f"first page of charger {first_cp}",
                             ms_summary(timed({"limit": 50, "charge_point_id": first_cp})),
                             args.runs, ""))
            rows.append(("charge points, first page of 50 (with connectors)",
                         ms_summary(timed({"limit": 50}, "/api/v1/charge-points")), args.runs,
                         ""))
            c.close()
    return rows


def table(rows: list[tuple[str, dict[str, float], int, str]]) -> list[str]:
    out = ["| figure | median ms | p90 ms | min ms | runs | target |",
           "|---|---:|---:|---:|---:|---|"]
    for label, s, runs, target in rows:
        out.append(f"| {label} | {s['median']:.1f} | {s['p90']:.1f} | {s['min']:.1f} | "
                   f"{runs} | {target} |")
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--db", required=True, help="the SQLite file gen_history.py built")
    ap.add_argument("--runs", type=int, default=30, help="requests per figure")
    ap.add_argument("--results", type=Path, default=RESULTS)
    ap.add_argument("--no-record", action="store_true", help="do not append to RESULTS.md")
    args = ap.parse_args(argv)
    if not Path(args.db).exists():
        raise SystemExit(f"{args.db}: no such database (build it with bench/gen_history.py)")
    rows = run(args)
    body = table(rows)
    print("\n".join(["", *body, ""]))
    if not args.no_record:
        command = "python bench/api_read.py " + " ".join(
            shlex.quote(a) for a in (argv if argv is not None else sys.argv[1:]))
        append_results(args.results, "API: transactions over HTTP", command.strip(), [
            "- `main.py serve` on the database, one keep-alive loopback connection, manager "
            "token; times from request sent to body read", "", *body])
        print(f"appended to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
