"""Benchmark 3: connection storm and reconnect storm.

Starts the server command, connects N raw clients at once (default 2000) that each send a
BootNotification and one StatusNotification per connector; measures the time until all are
answered. Then restarts the server subprocess and has every client reconnect at once;
measures the time until all are booted again and their statuses answered.
With --check-db sqlite:///path it also counts the rows of table `connector`
(charge_point_id, connector_id, status) the app stored for the storm's chargers.

    python bench/reconnect_storm.py                      # the app, N=2000
    python bench/reconnect_storm.py --server library     # against reference (b)
    python bench/reconnect_storm.py --quick --server raw
"""

from __future__ import annotations

import argparse
import asyncio
import random
import shlex
import sqlite3
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import lite_ws
from bench.common import (
    DEFAULT_APP_CMD,
    HOST,
    RESULTS,
    ServerProcess,
    app_cmd,
    append_results,
    free_port,
    library_cmd,
    percentile,
    raise_nofile,
    raw_cmd,
)

BOOT = ('[2,"%s","BootNotification",{"chargePointVendor":"Bench","chargePointModel":"Storm",'
        '"firmwareVersion":"1.0"}]')
STATUS = ('[2,"%s","StatusNotification",{"connectorId":%d,"errorCode":"NoError",'
          '"status":"Available","timestamp":"%s"}]')


@dataclass
class Phase:
    name: str
    seconds: float = 0.0
    done: int = 0
    failed: int = 0
    attempts: int = 0
    per_client_s: list[float] = field(default_factory=list)
    not_accepted: int = 0
    stored: str = "-"


class StormClient:
    def __init__(self, cp_id: str, connectors: int) -> None:
        self.cp_id, self.connectors = cp_id, connectors
        self.ws: lite_ws.LiteWs | None = None

    async def _rpc(self, frame: str, uid: str, timeout: float) -> str:
        assert self.ws is not None
        self.ws.send(frame)
        deadline = time.monotonic() + timeout
        while True:
            answer = await asyncio.wait_for(self.ws.recv(), max(0.01, deadline - time.monotonic()))
            if answer.find(uid, 0, 96) >= 0:
                return answer
            # a CALL from the CSMS (e.g. GetConfiguration after boot): answer it generically
            if lite_ws.message_type(answer) == 2:
                i = answer.find('"')
                self.ws.send('[4,"' + answer[i + 1:answer.find('"', i + 1)]
                             + '","NotImplemented","",{}]')

    async def boot(self, port: int, path_prefix: str, deadline: float, phase: Phase,
                   t0: float, rng: random.Random) -> None:
        while time.monotonic() < deadline:
            phase.attempts += 1
            try:
                if self.ws is not None:
                    self.ws.abort()
                left = deadline - time.monotonic()
                self.ws = await lite_ws.connect(HOST, port, path_prefix + self.cp_id, "ocpp1.6",
                                                timeout=min(30.0, left))
                answer = await self._rpc(BOOT % f"{self.cp_id}-b", f"{self.cp_id}-b", 30.0)
                if lite_ws.message_type(answer) != 3 or '"Accepted"' not in answer:
                    phase.not_accepted += 1
                ts = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
                for c in range(1, self.connectors + 1):
                    uid = f"{self.cp_id}-s{c}"
                    await self._rpc(STATUS % (uid, c, ts), uid, 30.0)
                phase.done += 1
                phase.per_client_s.append(time.monotonic() - t0)
                return
            except (OSError, lite_ws.WsClosed, TimeoutError):
                await asyncio.sleep(rng.uniform(0.05, 0.3))  # client retry backoff
        phase.failed += 1


async def run_phase(name: str, clients: list[StormClient], port: int, path_prefix: str,
                    timeout: float, rng: random.Random) -> Phase:
    phase = Phase(name)
    t0 = time.monotonic()
    deadline = t0 + timeout
    await asyncio.gather(*(c.boot(port, path_prefix, deadline, phase, t0, rng) for c in clients))
    phase.seconds = time.monotonic() - t0
    return phase


def count_rows(db_url: str, prefix: str, expected: int, wait: float) -> str:
    """Rows of `connector` for the storm's chargers, polled until expected or `wait` s."""
    path = db_url.removeprefix("sqlite:///")
    deadline = time.monotonic() + wait
    text = "?"
    while True:
        try:
            with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5) as db:
                total = db.execute("SELECT COUNT(*) FROM connector").fetchone()[0]
                mine = db.execute(
                    "SELECT COUNT(*) FROM connector WHERE CAST(charge_point_id AS TEXT) LIKE ?",
                    (prefix + "%",)).fetchone()[0]
            text = f"{mine}/{expected} rows for {prefix}* ({total} in table)"
            if mine >= expected or time.monotonic() >= deadline:
                return text
        except sqlite3.Error as exc:
            text = f"db error: {exc}"
            if time.monotonic() >= deadline:
                return text
        time.sleep(0.25)


def _server_cmd(args: argparse.Namespace, port: int, tmpdir: str) -> list[str]:
    if args.server == "library":
        return library_cmd(port)
    if args.server == "raw":
        return raw_cmd(port)
    return app_cmd(args.app_cmd, port, tmpdir)


def build_parser(parser: argparse.ArgumentParser | None = None) -> argparse.ArgumentParser:
    p = parser or argparse.ArgumentParser(
        prog="storm", description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("--n", type=int, default=2000, help="number of chargers")
    p.add_argument("--connectors", type=int, default=2, help="StatusNotifications per charger")
    p.add_argument("--server", choices=("app", "library", "raw"), default="app")
    p.add_argument("--app-cmd", default=DEFAULT_APP_CMD,
                   help="app command; {python}, {port}, {tmpdir} placeholders")
    p.add_argument("--path-prefix", default="/")
    p.add_argument("--id-prefix", default="STORM")
    p.add_argument("--timeout", type=float, default=300.0, help="seconds allowed per phase")
    p.add_argument("--ready-timeout", type=float, default=60.0)
    p.add_argument("--check-db", default=None, metavar="sqlite:///path",
                   help="count stored connector rows in this SQLite DB ({tmpdir} allowed)")
    p.add_argument("--quick", action="store_true", help="N=20, short timeouts (smoke test)")
    p.add_argument("--results", type=Path, default=RESULTS)
    p.add_argument("--no-record", action="store_true")
    p.add_argument("--seed", type=int, default=1)
    return p


async def _storm(args: argparse.Namespace, tmpdir: str) -> list[Phase]:
    port = free_port()
    rng = random.Random(args.seed)
    clients = [StormClient(f"{args.id_prefix}{i:05d}", args.connectors)
               for i in range(1, args.n + 1)]
    log = Path(tmpdir) / "server.log"
    server = ServerProcess(args.server, _server_cmd(args, port, tmpdir), port, log)
    db = args.check_db.format(tmpdir=tmpdir) if args.check_db else None
    expected = args.n * args.connectors
    phases: list[Phase] = []
    server.start()
    try:
        if not server.wait_ready(args.ready_timeout):
            raise RuntimeError("server did not start:\n" + server.tail())
        first = await run_phase("connect storm", clients, port, args.path_prefix,
                                args.timeout, rng)
        if db:
            first.stored = count_rows(db, args.id_prefix, expected, 30.0)
        phases.append(first)
        print(_line(first, args.n), flush=True)
        t_restart = time.monotonic()
        server.stop()
        for c in clients:  # the server is gone: drop our side too
            if c.ws is not None:
                c.ws.abort()
        server = ServerProcess(args.server, _server_cmd(args, port, tmpdir), port, log)
        server.start()
        if not server.wait_ready(args.ready_timeout):
            raise RuntimeError("server did not restart:\n" + server.tail())
        restart_s = time.monotonic() - t_restart
        second = await run_phase(f"reconnect storm (server restart {restart_s:.1f} s)", clients,
                                 port, args.path_prefix, args.timeout, rng)
        if db:
            second.stored = count_rows(db, args.id_prefix, expected, 30.0)
        phases.append(second)
        print(_line(second, args.n), flush=True)
    finally:
        for c in clients:
            if c.ws is not None:
                c.ws.abort()
        server.stop()
    return phases


def _line(ph: Phase, n: int) -> str:
    times = sorted(ph.per_client_s)
    return (f"{ph.name}: {ph.done}/{n} answered in {ph.seconds:.2f} s "
            f"(p50 {percentile(times, 50):.2f} s, p99 {percentile(times, 99):.2f} s), "
            f"failed {ph.failed}, connect attempts {ph.attempts}, "
            f"boot not Accepted {ph.not_accepted}, stored {ph.stored}")


def main(argv: list[str] | None = None, parser: argparse.ArgumentParser | None = None) -> int:
    args = build_parser(parser).parse_args(argv)
    if args.quick:
        args.n, args.timeout = 20, 30.0
    limit = raise_nofile(max(65536, args.n * 4))
    print(f"open-files limit {limit}; server {args.server}; N {args.n} x {args.connectors} "
          f"connectors", flush=True)
    if limit < args.n * 2 + 100:
        print(f"warning: open-files limit {limit} is low for {args.n} connections", flush=True)
    with tempfile.TemporaryDirectory(prefix="csms-storm-") as tmpdir:
        try:
            phases = asyncio.run(_storm(args, tmpdir))
        except RuntimeError as exc:
            print(f"FAILED: {exc}", flush=True)
            return 1
    body = ["| phase | answered | total s | p50 s | p99 s | failed | attempts | stored |",
            "|---|---:|---:|---:|---:|---:|---:|---|"]
    for ph in phases:
        times = sorted(ph.per_client_s)
        body.append(f"| {ph.name} | {ph.done}/{args.n} | {ph.seconds:.2f} "
                    f"| {percentile(times, 50):.2f} | {percentile(times, 99):.2f} | {ph.failed} "
                    f"| {ph.attempts} | {ph.stored} |")
    print("\n".join(["", *body]), flush=True)
    if not args.no_record:
        command = "python " + " ".join(shlex.quote(a) for a in (sys.argv if argv is None
                                                              else ["bench/reconnect_storm.py",
                                                                    *argv]))
        append_results(args.results, f"Reconnect storm ({args.server}, N={args.n})", command,
                       body)
        print(f"appended to {args.results}", flush=True)
    return 0 if all(ph.failed == 0 for ph in phases) else 1


if __name__ == "__main__":
    raise SystemExit(main())
