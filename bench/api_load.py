"""API benchmark (b): what API traffic costs the chargers.

    .venv/bin/python bench/api_load.py [--chargers 500] [--pace 1.0] [--rate 50]
        [--windows 12] [--window 10] [--no-record]
    .venv/bin/python bench/api_load.py --quick          # smoke: 20 chargers, 3 s windows

One ``main.py serve`` (OCPP server and API in one process, one event loop). ``--chargers``
OCPP 1.6 clients (``bench/loadgen.py``, in worker processes) each send a Heartbeat or a
MeterValues every ``--pace`` seconds and time the answer. After a warm-up (every charger's
first boot), one uninterrupted load of ``--windows`` windows of ``--window`` seconds: API
traffic (``--rate`` requests per second: a mix of charge point lists with live
connectors, transaction pages, one charger, notifications, the message log; manager
token, spread evenly from 4 threads) is on in the (B) windows and off in the (A) ones, in
the order A B B A A B B A ... so that a drift over the run (the database growing, the
chargers' sessions) weighs on both alike. Each OCPP sample counts in the window it was
sent in (the first 0.5 s after a switch left out). Prints the OCPP round-trip p50/p99 of
all (A) samples and all (B) samples, the p99 added by the API (B - A; target < 5 ms), the
benchmark's own floor (the p99 of the first and the second A of each A B B A block, which
differ only by chance and drift), the API's own latency and achieved rate, and appends
them to ``bench/RESULTS.md``.

Why windows and not three phases (A, B, A'): the phases reconnected every charger and
their p99 rested on 30 s each; the two API-free phases of one run differed by 5-10 ms,
more than the target.
"""

from __future__ import annotations

import argparse
import itertools
import shlex
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.api_bench import Client, ms_summary, serve_with_api
from bench.common import RESULTS, append_results, percentile, raise_nofile
from bench.loadgen import run_load

TARGET_MS = 5.0
THREADS = 4
GUARD_S = 0.5  # after a switch: requests in flight, not counted in either kind


def window_kinds(windows: int) -> str:
    """"ABBAABBA..." of ``windows`` letters."""
    return ("ABBA" * (windows // 4 + 1))[:windows]


def split_samples(stamped: list[tuple[float, float]], start: float, window: float,
                  kinds: str) -> dict[str, list[float]]:
    """Round trips by the kind of window their frame was sent in: "A", "B", and "A1" /
    "A2" (the first and the second A of each ABBA block: the benchmark's floor)."""
    out: dict[str, list[float]] = {"A": [], "B": [], "A1": [], "A2": []}
    for when, rtt in stamped:
        offset = when - start
        w = int(offset // window)
        if offset < 0 or w >= len(kinds) or offset - w * window < GUARD_S:
            continue
        kind = kinds[w]
        out[kind].append(rtt)
        if kind == "A":
            out["A1" if w % 4 == 0 else "A2"].append(rtt)
    for v in out.values():
        v.sort()
    return out


@dataclass
class ApiTraffic:
    port: int
    token: str
    rate: float
    times: list[float] = field(default_factory=list)
    errors: int = 0
    sent: int = 0
    elapsed: float = 0.0  # seconds the traffic was on
    _stop: threading.Event = field(default_factory=threading.Event)
    active: threading.Event = field(default_factory=threading.Event)  # clear: paused

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
            if not self.active.is_set():  # an (A) window: nothing sent
                while not self.active.wait(0.05):
                    if self._stop.is_set():
                        c.close()
                        return
                next_at = time.perf_counter() + offset
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

    def switch(self, on: bool) -> None:
        now = time.perf_counter()
        if on and not self.active.is_set():
            self._on_since = now
            self.active.set()
        elif not on and self.active.is_set():
            self.active.clear()
            self.elapsed += now - self._on_since

    def __enter__(self) -> ApiTraffic:
        lock = threading.Lock()
        self._on_since = time.perf_counter()
        self._threads = [threading.Thread(target=self._run, args=(i / self.rate, lock),
                                          daemon=True) for i in range(THREADS)]
        for t in self._threads:
            t.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.switch(False)
        self._stop.set()
        for t in self._threads:
            t.join(30)


def drive(traffic: ApiTraffic, kinds: str, window: float) -> Callable[[float], None]:
    """An ``on_start`` for run_load: a thread switching the traffic on in the B windows."""
    def at_start(start: float) -> None:
        def run() -> None:
            for w, kind in enumerate(kinds):
                time.sleep(max(0.0, start + w * window - time.time()))
                traffic.switch(kind == "B")
            time.sleep(max(0.0, start + len(kinds) * window - time.time()))
            traffic.switch(False)

        threading.Thread(target=run, daemon=True).start()
    return at_start


def row(label: str, windows: int, connected: int, rtts: list[float]) -> str:
    return (f"| {label} | {windows} | {connected} | {len(rtts):,} | "
            f"{percentile(rtts, 50):.2f} | {percentile(rtts, 99):.2f} |")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--chargers", type=int, default=500)
    ap.add_argument("--pace", type=float, default=1.0, help="seconds between a charger's frames")
    ap.add_argument("--rate", type=float, default=50.0, help="API requests per second in (B)")
    ap.add_argument("--windows", type=int, default=12, help="windows in the run (A B B A ...)")
    ap.add_argument("--window", type=float, default=10.0, help="seconds per window")
    ap.add_argument("--workers", type=int, default=None, help="load generator processes")
    ap.add_argument("--quick", action="store_true", help="20 chargers, 4 windows of 3 s, "
                                                         "10 req/s")
    ap.add_argument("--results", type=Path, default=RESULTS)
    ap.add_argument("--no-record", action="store_true")
    args = ap.parse_args(argv)
    if args.quick:
        args.chargers, args.pace, args.rate = 20, 0.2, 10.0
        args.windows, args.window = 4, 3.0
    raise_nofile()
    kinds = window_kinds(args.windows)
    with tempfile.TemporaryDirectory(prefix="csms-api-load-") as tmp:
        db = f"sqlite:///{tmp}/bench.db"
        with serve_with_api(db, Path(tmp) / "serve.log") as srv:
            # the first connection of every charger brings one-time work (registration,
            # the password offer, local list probes): shown, not counted as API cost
            print(f"(warm-up) {args.chargers} chargers booting for the first time ...",
                  flush=True)
            w = run_load(srv.ocpp_port, args.chargers, 3 * args.window, args.workers,
                         pace=args.pace)
            print(f"{args.windows} windows of {args.window:g} s ({kinds}), B: "
                  f"{args.rate:g} API requests/s ...", flush=True)
            started: list[float] = []
            with ApiTraffic(srv.api_port, srv.token, args.rate) as traffic:
                at_start = drive(traffic, kinds, args.window)

                def on_start(t: float) -> None:
                    started.append(t)
                    at_start(t)

                run = run_load(srv.ocpp_port, args.chargers, args.windows * args.window,
                               args.workers, pace=args.pace, stamps=True, on_start=on_start)
    parts = split_samples(run.stamped, started[0], args.window, kinds)
    a, b = parts["A"], parts["B"]
    added = percentile(b, 99) - percentile(a, 99)
    floor = abs(percentile(parts["A1"], 99) - percentile(parts["A2"], 99))
    api = ms_summary(traffic.times)
    achieved = traffic.sent / traffic.elapsed if traffic.elapsed else 0.0
    verdict = "pass" if added < TARGET_MS else "MISS"
    errors = (", ".join(f"{k} {v}" for k, v in sorted(run.errors.items()))
              if run.errors else "0")
    nb, na = kinds.count("B"), kinds.count("A")
    body = ["| windows | count | chargers connected | OCPP samples | p50 ms | p99 ms |",
            "|---|---:|---:|---:|---:|---:|",
            row("(warm-up) first boot of every charger, not counted", 1, w.connected,
                w.rtts_ms),
            row("(A) chargers only", na, run.connected, a),
            row(f"(B) + {args.rate:g} API req/s", nb, run.connected, b),
            row("(A, first of each ABBA block)", (na + 1) // 2, run.connected, parts["A1"]),
            row("(A, second of each ABBA block)", na // 2, run.connected, parts["A2"]), "",
            f"- OCPP p99 added by the API: {added:+.2f} ms (B {percentile(b, 99):.2f} - A "
            f"{percentile(a, 99):.2f}); target < {TARGET_MS:.0f} ms: {verdict}",
            f"- the benchmark's floor (p99 of the two A halves apart): {floor:.2f} ms",
            f"- OCPP errors in the run: {errors}",
            f"- API during (B): {achieved:.1f} req/s achieved ({traffic.sent} sent, "
            f"{traffic.errors} errors), latency median {api['median']:.1f} ms, p99 "
            f"{api['p99']:.1f} ms, max {api['max']:.1f} ms"]
    print("\n".join(["", *body, ""]))
    if not args.no_record:
        command = "python bench/api_load.py " + " ".join(
            shlex.quote(x) for x in (argv if argv is not None else sys.argv[1:]))
        append_results(args.results, "API load next to OCPP", command.strip(), [
            f"- {args.chargers} OCPP 1.6 chargers (loadgen), one frame each every {args.pace} s, "
            f"{args.windows} windows of {args.window:g} s ({kinds}) in one load; API mix of "
            f"lists from {THREADS} threads in the B windows; one `main.py serve` process", "",
            *body])
        print(f"appended to {args.results}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
