"""Entry point: parse the command line, then run the GUI (qasync) or a headless mode.

Qt is imported only for the GUI modes, so ``serve``, ``simulate`` and ``billing`` never
load it.
"""

from __future__ import annotations

import os
import sys

from csms_desktop.cli import parse
from csms_desktop.headless import StartupError

SWITCH_INTERVAL_MS = 5.0
"""How long a thread may hold the interpreter lock while another waits for it
(``sys.setswitchinterval``). The event loop gives the lock up at every socket call and
waits up to this long to get it back while the database or API threads run Python;
``CSMS_SWITCH_INTERVAL_MS`` overrides it (bench/RESULTS.md has the measurements)."""


def _fail(message: str) -> int:
    print(f"csms-desktop: {message}", file=sys.stderr)
    return 2


def tune_interpreter() -> None:
    text = os.environ.get("CSMS_SWITCH_INTERVAL_MS", "").strip()
    try:
        ms = float(text) if text else SWITCH_INTERVAL_MS
    except ValueError:
        ms = SWITCH_INTERVAL_MS
    sys.setswitchinterval(max(0.1, ms) / 1000.0)


def run(argv: list[str] | None = None) -> int:
    args = parse(argv)
    tune_interpreter()
    try:
        if args.command == "serve":
            from csms_desktop.headless import run_serve

            return run_serve(args)
        if args.command == "simulate":
            from csms_desktop.sim.cli import run as run_sim

            return int(run_sim(args))
        if args.command == "billing":
            from csms_desktop.billing_cli import run as run_billing

            return int(run_billing(args))
        if args.command == "db":
            from csms_desktop.db_cli import run as run_db

            return int(run_db(args))
        from csms_desktop.site_cli import COMMANDS as SITE_COMMANDS

        if args.command in SITE_COMMANDS:
            from csms_desktop.site_cli import run as run_site

            return int(run_site(args))
        if args.command == "demo" and args.headless:
            from csms_desktop.demo import run_headless_demo

            return int(run_headless_demo(args))
        from csms_desktop.gui.application import run_gui

        return run_gui(args)
    except StartupError as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


def main() -> None:
    sys.exit(run())
