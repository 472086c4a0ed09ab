"""Issue 6: with 200 simulated chargers live, the event-loop lag of the GUI app stays under
50 ms p99 while the dashboard is shown.

200 chargers x 2 connectors (mixed 1.6 / 2.0.1, one simulator process), meter values every
5 s while charging, 120 s steady-state window, the app in GUI mode offscreen with the
dashboard as its page. Prints p50/p99/max (and memory, disconnects for information) and
appends them to bench/RESULTS.md. Exit status 0: target met, 1: missed, 2: run failed.

    python bench/gui_lag.py
    python bench/gui_lag.py --quick --no-record      # 20 chargers, 15 s

How it is measured: see bench/site_harness.py.
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.site_harness import Targets
from bench.site_harness import main as harness_main

DEFAULTS = {"chargers": 200, "procs": 1, "meter_interval": 5.0, "duration": 120.0,
            "ramp": 5.0, "settle": 15.0}
QUICK = {"chargers": 20, "duration": 15.0, "ramp": 1.0, "settle": 5.0}
TARGETS = Targets(lag_p99_ms=50.0)


def main(argv: list[str] | None = None) -> int:
    return harness_main("gui_lag", __doc__ or "", "GUI event-loop lag (issue 6)",
                        DEFAULTS, QUICK, TARGETS, argv)


if __name__ == "__main__":
    raise SystemExit(main())
