"""Benchmark 1: OCPP message throughput of the app against two reference servers.

In one run, for each N in --n: start server (a) the app (--app-cmd), (b) the ocpp library's
minimal central system, (c) a raw websockets echo of canned CALLRESULTs, and with --gui
(or --servers ...g) (g) the app in GUI mode (--gui-cmd: `main.py demo --chargers 0`, the
window with the live dashboard, offscreen), each as a subprocess on a free loopback port;
wait until the port accepts connections; run `loadgen` (N clients, --duration seconds);
stop the server. Prints a table and the ratios (a)/(b), (a)/(c), (g)/(b) for msgs/s and
p99, and appends them to bench/RESULTS.md.

    python bench/throughput.py                       # N = 50 500, 20 s each, (a) (b) (c)
    python bench/throughput.py --gui                 # the same plus (g)
    python bench/throughput.py --servers bg          # only (b) and (g)
    python bench/throughput.py --servers abp --tx own  # (p): the app on PostgreSQL (a throwaway
                                                     # cluster, or --pg-url), beside (a) SQLite
    python bench/throughput.py --quick --skip-app    # smoke: N = 5, 2 s, (b) and (c)
    python -m bench throughput --app-cmd "{python} main.py serve --port {port} ..."

--app-cmd / --gui-cmd placeholders: {python} (this interpreter), {port}, {tmpdir} (a fresh
temp dir; (g) also gets CSMS_DATA_DIR={tmpdir}/gui-data and QT_QPA_PLATFORM=offscreen).
"""

from __future__ import annotations

import argparse
import math
import os
import shlex
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    DEFAULT_APP_CMD,
    RESULTS,
    ServerProcess,
    app_cmd,
    append_results,
    free_port,
    library_cmd,
    pg_database,
    raise_nofile,
    raw_cmd,
    stop_pg,
)
from bench.loadgen import TX_MODES, LoadResult, run_load

LABELS = {"a": "(a) app", "b": "(b) ocpp library", "c": "(c) raw websockets",
          "g": "(g) app, GUI mode", "p": "(p) app on PostgreSQL"}
GUI_CMD = ("{python} main.py demo --chargers 0 --db sqlite:///{tmpdir}/g.db --port {port} "
           "--host 127.0.0.1 --unknown-chargers accept --log-level WARNING")


@dataclass
class Row:
    server: str
    n: int
    result: LoadResult | None
    cpu_pct: float | None = None
    rss_mb: float | None = None
    failure: str = ""


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    p = parser or argparse.ArgumentParser(
        prog="throughput", description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, nargs="+", default=[50, 500], help="client counts")
    p.add_argument("--duration", type=float, default=20.0, help="seconds of load per run")
    p.add_argument("--workers", type=int, default=None, help="load generator processes")
    p.add_argument("--app-cmd", default=DEFAULT_APP_CMD, help="command of server (a)")
    p.add_argument("--path-prefix", default="/", help="websocket path before the charger id")
    p.add_argument("--gui-cmd", default=GUI_CMD, help="command of server (g), GUI mode")
    p.add_argument("--skip-app", action="store_true", help="only run (b) and (c)")
    p.add_argument("--servers", default="abc", help="subset of a, b, c, g to run")
    p.add_argument("--gui", action="store_true", help="also run (g), the app in GUI mode")
    p.add_argument("--ready-timeout", type=float, default=60.0,
                   help="seconds to wait for a server's port")
    p.add_argument("--tx", choices=TX_MODES, default="none",
                   help="MeterValues name no transaction (none), each client's own started "
                        "one (own; free charging is switched on in the app's database), or "
                        "a transaction that does not exist (unknown)")
    p.add_argument("--quick", action="store_true", help="N=5, 2 s (smoke test)")
    p.add_argument("--results", type=Path, default=RESULTS, help="markdown file to append to")
    p.add_argument("--no-record", action="store_true", help="do not append to the results file")
    p.add_argument("--pg-url", default=None,
                   help="(p): a PostgreSQL server URL whose user may create databases (a fresh "
                        "database per run); default: a throwaway cluster (tests/pgcluster.py)")
    return p


_PG: dict[str, object] = {}


def _pg_database(args: argparse.Namespace, n: int) -> str:
    """A fresh database for one (p) run, on --pg-url's server or a throwaway cluster."""
    import uuid

    return pg_database(args.pg_url, _PG, f"bench_{n}_{uuid.uuid4().hex[:8]}")


def _stop_pg() -> None:
    stop_pg(_PG)


def _cmd(key: str, port: int, args: argparse.Namespace, tmpdir: str) -> list[str]:
    if key == "a":
        return app_cmd(args.app_cmd, port, tmpdir)
    if key == "p":
        url = args.pg_db  # chosen by run_one for this run
        return app_cmd(args.app_cmd.replace("sqlite:///{tmpdir}/bench.db", url), port, tmpdir)
    if key == "g":
        return app_cmd(args.gui_cmd, port, tmpdir)
    return library_cmd(port) if key == "b" else raw_cmd(port)


def _env(key: str, n: int, tmpdir: str) -> dict[str, str] | None:
    if key != "g":
        return None
    data = Path(tmpdir) / f"gui-data-{n}"
    data.mkdir(exist_ok=True)
    return {"QT_QPA_PLATFORM": "offscreen", "CSMS_DATA_DIR": str(data)}


def run_one(key: str, n: int, args: argparse.Namespace, tmpdir: str) -> Row:
    port = free_port()
    if key == "p":
        args.pg_db = _pg_database(args, n)
    server = ServerProcess(LABELS[key], _cmd(key, port, args, tmpdir), port,
                           Path(tmpdir) / f"server-{key}-{n}.log", env=_env(key, n, tmpdir))
    cmd = _cmd(key, port, args, tmpdir)
    if key in "agp" and args.tx == "own" and "--db" in cmd:
        # every client's tag is nobody's: free charging lets the app start their sessions
        subprocess.run([sys.executable, "main.py", "config", "set", "free_charging", "true",
                        "--db", cmd[cmd.index("--db") + 1]], cwd=Path(__file__).parent.parent,
                       check=True, stdout=subprocess.DEVNULL,
                       env={**os.environ, **(_env(key, n, tmpdir) or {})})
    server.start()
    try:
        if not server.wait_ready(args.ready_timeout):
            return Row(LABELS[key], n, None, failure="server did not start: " + server.tail(5))
        cpu0 = server.cpu_seconds()
        result = run_load(port, n, args.duration, args.workers, args.path_prefix,
                          tx=args.tx)
        cpu1 = server.cpu_seconds()
        cpu = None if cpu0 is None or cpu1 is None else (cpu1 - cpu0) / args.duration * 100
        return Row(LABELS[key], n, result, cpu, server.rss_mb())
    except Exception as exc:  # keep the other servers' figures
        return Row(LABELS[key], n, None, failure=repr(exc))
    finally:
        server.stop()


def _fmt(x: float | None, spec: str = ".1f") -> str:
    return "-" if x is None or (isinstance(x, float) and math.isnan(x)) else format(x, spec)


def table(rows: list[Row]) -> list[str]:
    out = ["| server | N | connected | msgs/s | p50 ms | p99 ms | errors | server CPU % "
           "| server RSS MB | loadgen CPU % |",
           "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"]
    for r in rows:
        if r.result is None:
            out.append(f"| {r.server} | {r.n} | failed: {r.failure.splitlines()[0][:80]} "
                       "| | | | | | | |")
            continue
        res = r.result
        errs = ", ".join(f"{k} {v}" for k, v in sorted(res.errors.items())) or "0"
        if res.csms_calls:  # the server's own CALLs (answered NotImplemented), not errors
            errs += f" ({res.csms_calls} CSMS calls)"
        lg = res.loadgen_cpu_s / res.duration * 100
        out.append(f"| {r.server} | {r.n} | {res.connected} | {res.msgs_per_s:.0f} "
                   f"| {_fmt(res.p50_ms, '.2f')} | {_fmt(res.p99_ms, '.2f')} | {errs} "
                   f"| {_fmt(r.cpu_pct, '.0f')} | {_fmt(r.rss_mb, '.0f')} | {lg:.0f} |")
    return out


def ratios(rows: list[Row], ns: list[int]) -> list[str]:
    def get(label: str, n: int) -> LoadResult | None:
        return next((r.result for r in rows if r.server == label and r.n == n), None)

    present = {r.server for r in rows}
    pairs = [("a", "b"), ("a", "c")] + ([("g", "b")] if LABELS["g"] in present else []) \
        + ([("p", "b"), ("p", "a")] if LABELS["p"] in present else [])
    out = []
    for n in ns:
        for mine, key in pairs:
            a = get(LABELS[mine], n)
            ref = get(LABELS[key], n)
            if a is None or ref is None or not a.completed or not ref.completed:
                out.append(f"- N={n}: ({mine})/({key}) n/a")
                continue
            out.append(f"- N={n}: ({mine})/({key}) msgs/s {a.msgs_per_s / ref.msgs_per_s:.2f}, "
                       f"p99 {a.p99_ms / ref.p99_ms:.2f}")
    return out


def main(argv: list[str] | None = None, parser: argparse.ArgumentParser | None = None) -> int:
    args = build_parser(parser).parse_args(argv)
    if args.quick:
        args.n, args.duration = [5], 2.0
    servers = args.servers + ("g" if args.gui else "")
    keys = [k for k in "abcgp" if k in servers and not (k in "agp" and args.skip_app)]
    limit = raise_nofile()
    print(f"open-files limit {limit}; servers {', '.join(LABELS[k] for k in keys)}; "
          f"N {args.n}; {args.duration:g} s each", flush=True)
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="csms-bench-") as tmpdir:
        try:
            for n in args.n:
                for key in keys:
                    row = run_one(key, n, args, tmpdir)
                    rows.append(row)
                    if row.result is None:
                        print(f"{row.server} N={n}: FAILED {row.failure}", flush=True)
                    else:
                        r = row.result
                        print(f"{row.server} N={n}: {r.msgs_per_s:.0f} msgs/s, p50 {r.p50_ms:.2f} ms,"
                              f" p99 {r.p99_ms:.2f} ms, errors {r.error_count}"
                              + (f", CSMS calls {r.csms_calls}" if r.csms_calls else ""), flush=True)
        finally:
            _stop_pg()
    body = [*table(rows), "", *ratios(rows, args.n)]
    print("\n".join(["", *body]), flush=True)
    if not args.no_record:
        command = "python bench/throughput.py " + " ".join(shlex.quote(a) for a in (argv or []))
        if argv is None:
            command = "python " + " ".join(shlex.quote(a) for a in sys.argv)
        title = "Throughput" + ({"own": " (MeterValues on each charger's own transaction)",
                                 "unknown": " (MeterValues naming an unknown transaction)"}
                                .get(args.tx, ""))
        append_results(args.results, title, command, body)
        print(f"appended to {args.results}", flush=True)
    return 0 if all(r.result is not None for r in rows) else 1


if __name__ == "__main__":
    raise SystemExit(main())
