#!/usr/bin/env python3
"""Screenshots of the dashboard with the site selector: docs/screenshots/sites-LANG.png.

    .venv/bin/python scripts/screenshot_sites.py [--wait 30] [--lang en|th|pt_BR]

The real demo (scripts/screenshot_issue13.py's ``open_demo``: offscreen, its database in a
temporary folder, six simulated chargers); once they charge, the first half is moved to
site "North depot" and the rest to "South depot", and the dashboard is grabbed with
"North depot" chosen in the tool bar's site selector.
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_issue13 import ROOT, open_demo  # sets the offscreen environment first


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wait", type=float, default=30.0)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--lang", default="en", help="en, th or pt_BR")
    args = ap.parse_args()
    demo = open_demo(None if args.lang == "en" else args.lang)
    runtime, ns, window, loop = demo.runtime, demo.ns, demo.window, demo.loop
    from csms_desktop.demo import start_demo_fleet
    from csms_desktop.headless import start_server
    from csms_desktop.services import live_queries as lq
    from csms_desktop.services import sites

    async def run() -> None:
        await start_server(runtime, ns)
        window.show()
        fleet = await start_demo_fleet(runtime, ns)
        await asyncio.sleep(args.wait)
        ids = sorted(r.id for r in lq.charge_point_rows())
        north, south = sites.ensure_site("North depot"), sites.ensure_site("South depot")
        for i, cp in enumerate(ids):
            sites.move_charger(cp, north.id if i < len(ids) // 2 else south.id,
                               runtime.services.hub)
        window.site_selector.set_sites(sites.list_sites())
        window.show_page("Dashboard")
        window.site_selector.select(north.id)
        await asyncio.sleep(3)
        path = Path(args.out) / f"sites-{args.lang}.png"
        window.grab().save(str(path))
        print(f"saved {path}", flush=True)
        await fleet.stop()
        await runtime.server.stop()

    with loop:
        loop.run_until_complete(run())
    window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
