"""Entry point: parse the command line, then run the GUI (qasync) or a headless mode.

Qt is imported only for the GUI modes, so ``serve``, ``simulate`` and ``billing`` never
load it.
"""

from __future__ import annotations

import sys

from csms_desktop.cli import parse
from csms_desktop.headless import StartupError


def _fail(message: str) -> int:
    print(f"csms-desktop: {message}", file=sys.stderr)
    return 2


def run(argv: list[str] | None = None) -> int:
    args = parse(argv)
    try:
        if args.command == "serve":
            from csms_desktop.headless import run_serve

            return run_serve(args)
        if args.command == "simulate":
            from csms_desktop.sim.cli import run as run_sim

            return int(run_sim(args))
        if args.command == "billing":
            from csms_desktop.services.billing_cli import run as run_billing

            return int(run_billing(args))
        if args.command == "db":
            from csms_desktop.services.backup_cli import run as run_db

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
