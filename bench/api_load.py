"""API benchmark (b): what API traffic costs the chargers.

    .venv/bin/python bench/api_load.py [--chargers 500] [--pace 1.0] [--rate 50]
        [--duration 30] [--no-record]
    .venv/bin/python bench/api_load.py --quick          # smoke: 20 chargers, 3 s phases

One ``main.py serve`` (OCPP server and API in one process, one event loop). ``--chargers``
OCPP 1.6 clients (``bench/loadgen.py``, in worker processes) each send a Heartbeat or a
MeterValues every ``--pace`` seconds and time the answer. Three phases of ``--duration``
seconds: (A) chargers only, (B) chargers plus ``--rate`` API requests per second (a mix of
charge point lists with live connectors, transaction pages, one charger, notifications,
the message log; manager token, spread evenly from 4 threads), (A') chargers only again.
Prints the OCPP round-trip p50/p99 of each phase, the p99 added by the API
(B - the mean of A and A'; target < 5 ms), the API's own latency and achieved rate, and
appends them to ``bench/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import itertools
import shlex
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_bench import Client, ms_summary, serve_with_api
from bench.common import RESULTS, append_results, raise_nofile
from bench.loadgen import LoadResult, run_load

TARGET_MS = 5.0
THREADS = 4


@dataclass
class ApiTraffic:
    port: int
    token: str
    rate: float
    times: list[float] = field(default_factory=list)
    errors: int = 0
    sent: int = 0
    elapsed: float = 0.0
    _stop: threading.Event = field(default_factory=threading.Event)

    def paths(self) -> list[tuple[str, dict[str, object]]]:
        return [("/api/v1/charge-points", {"limit": 50}),
                ("/api/v1/transactions", {"limit": 50}),
                ("/api/v1/charge-points/LG00001", {}),
                ("/api/v1/notifications", {"limit": 20}),
                ("/api/v1/messages", {"limit": 50})]

    def _run(self, offset: float, lock: threading.Lock) -> None:
        c = Client(self.port, self.token)
        interval = THREADS / self.rate
        mix = itertools.cycle(self.paths())
        next_at = time.perf_counter() + offset
        while not self._stop.is_set():
            wait = next_at - time.perf_counter()
            if wait > 0:
                self._stop.wait(wait)
                if self._stop.is_set():
                    break
            next_at += interval
            path, params = next(mix)
            try:
                status, _, dt = c.get(path, params)
            except Exception:  # counted, the load goes on
                status, dt = 0, 0.0
                c.close()
                c = Client(self.port, self.token)
            with lock:
                self.sent += 1
                if status == 200:
                    self.times.append(dt)
                else:
                    self.errors += 1
        c.close()

    def __enter__(self) -> ApiTraffic:
        lock = threading.Lock()
        self._t0 = time.perf_counter()
        self._threads = [threading.Thread(target=self._run, args=(i / self.rate, lock),
                                          daemon=True) for i in range(THREADS)]
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        for t in self._threads:
            t.join(30)
        self.elapsed = time.perf_counter() - self._t0


def phase(label: str, r: LoadResult) -> str:
    kinds = f" ({', '.join(f'{k} {v}' for k, v in sorted(r.errors.items()))})" \
        if r.errors else ""
    return (f"| {label} | {r.connected} | {r.msgs_per_s:,.0f} | {r.p50_ms:.2f} | "
            f"{r.p99_ms:.2f} | {r.error_count}{kinds} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chargers", type=int, default=500)
    ap.add_argument("--pace", type=float, default=1.0, help="seconds between a charger's frames")
    ap.add_argument("--rate", type=float, default=50.0, help="API requests per second in (B)")
    ap.add_argument("--duration", type=float, default=30.0, help="seconds per phase")
    ap.add_argument("--workers", type=int, default=None, help="load generator processes")
    ap.add_argument("--quick", action="store_true", help="20 chargers, 3 s phases, 10 req/s")
    ap.add_argument("--results", type=Path, default=RESULTS)
    ap.add_argument("--no-record", action="store_true")
    args = ap.parse_args(argv)
    if args.quick:
        args.chargers, args.pace, args.rate, args.duration = 20, 0.2, 10.0, 3.0
    raise_nofile()
    with tempfile.TemporaryDirectory(prefix="csms-api-load-") as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        with serve_with_api(db, Path(tmp) / "serve.log") as srv:
            def load() -> LoadResult:
                return run_load(srv.ocpp_port, args.chargers, args.duration, args.workers,
                                pace=args.pace)

            # the first connection of every charger brings one-time work (registration,
            # the password offer, local list probes): shown, not counted as API cost
            print(f"(warm-up) {args.chargers} chargers booting for the first time ...",
                  flush=True)
            w = load()
            print(f"(A) {args.chargers} chargers, one frame each every {args.pace} s ...",
                  flush=True)
            a = load()
            print(f"(B) the same with {args.rate:g} API requests/s ...", flush=True)
            with ApiTraffic(srv.api_port, srv.token, args.rate) as traffic:
                b = load()
            print("(A') chargers only again ...", flush=True)
            a2 = load()
    base = (a.p99_ms + a2.p99_ms) / 2
    added = b.p99_ms - base
    api = ms_summary(traffic.times)
    achieved = traffic.sent / traffic.elapsed if traffic.elapsed else 0.0
    verdict = "pass" if added < TARGET_MS else "MISS"
    body = ["| phase | chargers connected | OCPP msgs/s | p50 ms | p99 ms | errors |",
            "|---|---:|---:|---:|---:|---:|",
            phase("(warm-up) first boot of every charger, not counted", w),
            phase("(A) chargers only", a),
            phase(f"(B) + {args.rate:g} API req/s", b),
            phase("(A') chargers only", a2), "",
            f"- OCPP p99 added by the API: {added:+.2f} ms (B {b.p99_ms:.2f} - mean of A and A' "
            f"{base:.2f}); target < {TARGET_MS:.0f} ms: {verdict}",
            f"- API during (B): {achieved:.1f} req/s achieved ({traffic.sent} sent, "
            f"{traffic.errors} errors), latency median {api['median']:.1f} ms, p99 "
            f"{api['p99']:.1f} ms, max {api['max']:.1f} ms"]
    print("\n".join(["", *body, ""]))
    if not args.no_record:
        command = "python bench/api_load.py " + " ".join(
            shlex.quote(x) for x in (argv if argv is not None else sys.argv[1:]))
        append_results(args.results, "API load next to OCPP", command.strip(), [
            f"- {args.chargers} OCPP 1.6 chargers (loadgen), one frame each every {args.pace} s, "
            f"{args.duration:g} s per phase; API mix of lists from {THREADS} threads; one "
            "`main.py serve` process", "", *body])
        print(f"appended to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
