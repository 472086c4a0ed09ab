"""Benchmark 2: a site at scale in the GUI app.

2,000 simulated chargers x 2 connectors connected at once to the app in GUI mode
(offscreen, the dashboard shown), meter values every 10 s on charging connectors, for a
5-minute window that starts when all are connected (sessions starting included). Targets
(issue 14): event-loop lag p99 < 50 ms and max < 250 ms, resident memory < 500 MB, zero
unintended disconnects; during the ramp of 2,000 connecting, lag p99 < 250 ms. Prints a
table against the targets and appends it to bench/RESULTS.md (command, date, machine).
Exit status 0: all targets met, 1: a target
missed, 2: the run failed.

    python bench/site_scale.py                       # 2000 x 2, 2 simulator processes, 300 s
    python bench/site_scale.py --quick --no-record   # smoke: 50 chargers, 20 s
    python bench/site_scale.py --chargers 100 --duration 30

How it is measured: see bench/site_harness.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.site_harness import Targets
from bench.site_harness import main as harness_main

# settle 0: the window starts when all are connected and includes the sessions starting
DEFAULTS = {"chargers": 2000, "procs": 2, "meter_interval": 10.0, "duration": 300.0,
            "ramp": 20.0, "settle": 0.0}
QUICK = {"chargers": 50, "procs": 1, "duration": 20.0, "ramp": 2.0, "settle": 5.0}
TARGETS = Targets(lag_p99_ms=50.0, rss_mb=500.0, disconnects=0, lag_max_ms=250.0,
                  ramp_p99_ms=250.0)


def main(argv: list[str] | None = None) -> int:
    return harness_main("site_scale", __doc__ or "", "Site scale (GUI app, benchmark 2)",
                        DEFAULTS, QUICK, TARGETS, argv)


if __name__ == "__main__":
    raise SystemExit(main())
