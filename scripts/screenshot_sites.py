#!/usr/bin/env python3
"""Screenshots of the dashboard with the site selector: docs/screenshots/sites-LANG.png.

    .venv/bin/python scripts/screenshot_sites.py [--wait 30] [--lang en|th|pt_BR]

The real demo (scripts/screenshot_issue13.py's ``open_demo``: offscreen, its database in a
temporary folder, six simulated chargers); once they charge, the first half is moved to
site "North depot" and the rest to "South depot", and the dashboard is grabbed with
"North depot" chosen in the tool bar's site selector; then the Security page with the
same choice (docs/screenshots/sites-security-LANG.png).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from screenshot_issue13 import ROOT, open_demo, run_live  # sets the offscreen environment first


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--wait", type=float, default=30.0)
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--lang", default="en", help="en, th or pt_BR")
    args = ap.parse_args()
    demo = open_demo(None if args.lang == "en" else args.lang)
    runtime, window = demo.runtime, demo.window
    from csms_desktop.services import live_queries as lq
    from csms_desktop.services import sites

    async def shot() -> None:
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
        window.show_page("Security")  # the site's chargers and security events only
        await asyncio.sleep(3)
        path = Path(args.out) / f"sites-security-{args.lang}.png"
        window.grab().save(str(path))
        print(f"saved {path}", flush=True)

    run_live(demo, args.wait, shot)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
