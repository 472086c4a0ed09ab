"""Benchmark: 5,000 chargers x 2 connectors on `serve` (headless, issue 14).

The same harness as `site_scale.py` (bench/site_harness.py): simulators in separate
processes connect over a ramp, meter values every 10 s while charging, and the window
starts when all are connected (sessions starting included). Targets: event-loop lag p99
< 50 ms, resident memory < 1 GB, zero unintended disconnects.

    python bench/serve_scale.py                       # 5000 x 2, 3 simulator processes, 300 s
    python bench/serve_scale.py --quick --no-record   # smoke: 50 chargers, 20 s
"""

from __future__ import annotations

import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.site_harness import Targets
from bench.site_harness import main as harness_main

SERVE_CMD = ("{python} main.py serve --db sqlite:///{tmpdir}/site.db --host 127.0.0.1 "
             "--port {port} --unknown-chargers accept --log-level WARNING --no-api")
DEFAULTS = {"chargers": 5000, "procs": 3, "meter_interval": 10.0, "duration": 300.0,
            "ramp": 60.0, "settle": 0.0, "app_cmd": SERVE_CMD}
QUICK = {"chargers": 50, "procs": 1, "duration": 20.0, "ramp": 2.0, "settle": 0.0}
TARGETS = Targets(lag_p99_ms=50.0, rss_mb=1024.0, disconnects=0)


def main(argv: list[str] | None = None) -> int:
    return harness_main("serve_scale", __doc__ or "", "Serve scale (headless, 5,000 x 2)",
                        DEFAULTS, QUICK, TARGETS, argv)


if __name__ == "__main__":
    raise SystemExit(main())
