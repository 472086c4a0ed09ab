"""Benchmark: two `serve` nodes on one PostgreSQL database against one node (issue 19).

In one run, on one throwaway PostgreSQL cluster (tests/pgcluster.py, or --pg-url):
  (1) one node: one `main.py serve` on a fresh database, N load-generator chargers;
  (2) two nodes: two `main.py serve` on one fresh database (each joins the other through
      LISTEN/NOTIFY, services/nodebus.py), N/2 chargers on each at the same time.
Each charger sends Heartbeat + MeterValues back to back against its own transaction
(`--tx own`: StartTransaction first, so every MeterValues is persisted in full). Prints
msgs/s and round-trip p50/p99 per node and in total, the ratio two/one, and appends the
table to bench/RESULTS.md. On a machine of two cores both nodes share the same CPUs as the
load generator: the figure is the cost of sharing one database, not a scale-out gain.

    python bench/two_nodes.py                 # N = 500, 20 s
    python bench/two_nodes.py --quick --no-record
"""

from __future__ import annotations

import argparse
import shlex
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    RESULTS,
    ServerProcess,
    append_results,
    free_port,
    pg_database,
    raise_nofile,
    stop_pg,
)
from bench.loadgen import LoadResult, run_load

REPO = Path(__file__).resolve().parent.parent


def _serve_cmd(url: str, port: int) -> list[str]:
    return [sys.executable, "main.py", "serve", "--db", url, "--host", "127.0.0.1", "--port",
            str(port), "--unknown-chargers", "accept", "--no-api", "--log-level", "WARNING"]


def _free_charging(url: str) -> None:
    subprocess.run([sys.executable, "main.py", "config", "set", "free_charging", "true",
                    "--db", url], cwd=REPO, check=True, stdout=subprocess.DEVNULL)


def _run_nodes(url: str, shares: list[tuple[str, int]], args: argparse.Namespace,
               tmp: Path) -> list[tuple[LoadResult | None, float | None, str]]:
    """Starts one node per share (id prefix, chargers) on ``url``, loads them at once."""
    _free_charging(url)
    servers = []
    for i, _share in enumerate(shares):
        port = free_port()
        srv = ServerProcess(f"node{i}", _serve_cmd(url, port), port, tmp / f"node{i}.log")
        srv.start()
        servers.append(srv)
    out: list[tuple[LoadResult | None, float | None, str]] = [(None, None, "")] * len(shares)
    try:
        for srv in servers:
            if not srv.wait_ready(120):
                raise SystemExit(f"a node did not start: {shlex.join(srv.cmd)}\n{srv.tail(10)}")
        cpu0 = [s.cpu_seconds() for s in servers]

        def load(i: int) -> None:
            prefix, n = shares[i]
            try:
                res = run_load(servers[i].port, n, args.duration, args.workers,
                               id_prefix=prefix, tx="own")
                out[i] = (res, None, "")
            except Exception as exc:
                out[i] = (None, None, repr(exc))

        threads = [threading.Thread(target=load, args=(i,)) for i in range(len(shares))]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        for i, srv in enumerate(servers):
            c1 = srv.cpu_seconds()
            c0 = cpu0[i]
            cpu = None if c0 is None or c1 is None else (c1 - c0) / args.duration * 100
            out[i] = (out[i][0], cpu, out[i][2])
    finally:
        for srv in servers:
            srv.stop()
    return out


def _row(label: str, res: LoadResult | None, cpu: float | None, failure: str) -> str:
    if res is None:
        return f"| {label} | - | - | - | - | - | FAILED: {failure[:80]} |"
    cpu_s = "-" if cpu is None else f"{cpu:.0f}"
    return (f"| {label} | {res.connected}/{res.clients} | {res.msgs_per_s:.0f} | "
            f"{res.p50_ms:.2f} | {res.p99_ms:.2f} | {cpu_s} | {res.error_count} |")


def _merged_p99(results: list[LoadResult]) -> float:
    rtts = sorted(x for r in results for x in r.rtts_ms)
    return rtts[min(len(rtts) - 1, int(0.99 * len(rtts)))] if rtts else float("nan")


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=500, help="chargers in all (split over two nodes)")
    p.add_argument("--duration", type=float, default=20.0)
    p.add_argument("--workers", type=int, default=None, help="load-generator processes")
    p.add_argument("--pg-url", default=None, help="a PostgreSQL server (a database per run); "
                   "default: a throwaway cluster")
    p.add_argument("--quick", action="store_true", help="smoke: N = 10, 3 s")
    p.add_argument("--no-record", action="store_true")
    p.add_argument("--results", type=Path, default=RESULTS)
    args = p.parse_args(argv)
    if args.quick:
        args.n, args.duration = 10, 3.0
    raise_nofile()
    holder: dict[str, object] = {}
    half = args.n // 2
    try:
        with tempfile.TemporaryDirectory(prefix="csms-two-nodes-") as tmpdir:
            tmp = Path(tmpdir)
            print(f"(1) one node, {args.n} chargers ...", flush=True)
            one = _run_nodes(pg_database(args.pg_url, holder, "one_node"), [("LA", args.n)], args, tmp)
            print(f"(2) two nodes on one database, {half} + {args.n - half} chargers ...",
                  flush=True)
            two = _run_nodes(pg_database(args.pg_url, holder, "two_nodes"),
                             [("LA", half), ("LB", args.n - half)], args, tmp)
    finally:
        stop_pg(holder)
    body = [f"- {args.n} chargers, Heartbeat + MeterValues back to back against each "
            f"charger's own transaction, {args.duration:g} s; PostgreSQL "
            f"({'--pg-url' if args.pg_url else 'throwaway cluster'}); server and load "
            "generator share the machine", "",
            "| server | connected | msgs/s | p50 ms | p99 ms | server CPU % | errors |",
            "|---|---:|---:|---:|---:|---:|---:|",
            _row("(1) one node", *one[0])]
    body += [_row(f"(2) node {'AB'[i]} of two", *r) for i, r in enumerate(two)]
    ok_one = one[0][0]
    ok_two = [r[0] for r in two if r[0] is not None]
    if ok_one is not None and len(ok_two) == 2:
        total = sum(r.msgs_per_s for r in ok_two)
        p99 = _merged_p99(ok_two)
        body += [f"| (2) both nodes | {sum(r.connected for r in ok_two)}/{args.n} | "
                 f"{total:.0f} | - | {p99:.2f} | - | {sum(r.error_count for r in ok_two)} |",
                 "", f"- two nodes / one node: msgs/s {total / ok_one.msgs_per_s:.2f}, "
                 f"p99 {p99 / ok_one.p99_ms:.2f}"]
        failed = False
    else:
        failed = True
    print("\n".join(["", *body, ""]))
    if not args.no_record:
        append_results(args.results, "Two nodes on one PostgreSQL database (issue 19)",
                       "python bench/two_nodes.py " + shlex.join(argv or sys.argv[1:]), body)
    return 2 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
