"""The command line: one parser for the GUI, ``serve``, ``simulate``, ``demo``, ``billing``."""

from __future__ import annotations

import argparse
import sys
from typing import NoReturn

from csms_desktop import __version__
from csms_desktop.paths import default_db_url


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"csms-desktop: error: {message} (see --help)\n")


def _common(p: argparse.ArgumentParser, db_default: str | None = None) -> None:
    p.add_argument("--db", metavar="URL", default=db_default,
                   help="database URL: sqlite:///path.db (default: a SQLite file in your "
                        f"data directory, {default_db_url()}) or postgresql://user:pw@host/db")
    p.add_argument("--host", default=None,
                   help="address the OCPP server listens on (default: site setting, 0.0.0.0)")
    p.add_argument("--port", type=int, default=None,
                   help="port the OCPP server listens on (default: site setting, 9000)")
    p.add_argument("--site", default=None, metavar="NAME",
                   help="the site (depot) this node serves: a charger it sees first is put "
                        "in it (created if missing; default: setting node_site, else the "
                        "default site)")
    p.add_argument("--log-level", default="INFO",
                   choices=["DEBUG", "INFO", "WARNING", "ERROR"], help="log verbosity")
    p.add_argument("--unknown-chargers", choices=["reject", "pending", "accept"], default=None,
                   help="what to do with a charge point the site does not know: reject it, "
                        "keep it pending until an operator accepts it (default), or accept it")
    p.add_argument("--tls", dest="tls", action="store_true", default=None,
                   help="also listen on wss:// (TLS, security profiles 2 and 3) with the site "
                        "CA's certificate from the data directory, created on first use "
                        "(default: site setting tls_enabled, off)")
    p.add_argument("--no-tls", dest="tls", action="store_false",
                   help="no wss:// listener")
    p.add_argument("--tls-port", type=int, default=None,
                   help="port of the wss:// listener (default: site setting tls_port, 9443)")
    p.add_argument("--tls-cert", default=None, metavar="PEM",
                   help="server certificate (PEM chain) for wss:// instead of the site CA's")
    p.add_argument("--tls-key", default=None, metavar="PEM",
                   help="private key (PEM) of --tls-cert")
    p.add_argument("--no-ws", action="store_true",
                   help="no plain ws:// listener (wss:// only; needs --tls or tls_enabled)")
    from csms_desktop.api.options import add_arguments as add_api

    add_api(p)


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="csms-desktop",
        description="Charging-station management system: OCPP 1.6J / 2.0.1 central system "
                    "with a desktop GUI. Without a command, opens the GUI and starts the "
                    "OCPP server in the same event loop.",
    )
    parser.add_argument("--version", action="version", version=f"csms-desktop {__version__}")
    _common(parser)
    parser.add_argument("--no-server", action="store_true",
                        help="open the GUI without an OCPP server (a manager's workstation on "
                             "the site's PostgreSQL: the nodes serve the chargers, commands "
                             "are routed to them and their events shown live)")
    parser.add_argument("--smoke", action="store_true",
                        help="start the GUI (offscreen) and the server, connect one simulated "
                             "charger, check it appears, quit with status 0 (used by tests)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
    serve = sub.add_parser("serve", help="run the OCPP server headless (no GUI) until "
                                         "SIGINT/SIGTERM, logging to stdout")
    _common(serve)
    demo = sub.add_parser("demo", help="open the GUI on a separate demo database with a few "
                                       "simulated chargers (1.6 and 2.0.1)")
    _common(demo)
    demo.add_argument("--chargers", type=int, default=6, help="simulated chargers (default 6)")
    demo.add_argument("--headless", action="store_true",
                      help="run the demo site without a window (for scripts)")
    demo.add_argument("--duration", type=float, default=0,
                      help="stop after this many seconds (0: run until closed)")
    simulate = sub.add_parser("simulate", help="run simulated charge points against a server")
    try:
        from csms_desktop.sim.cli import add_arguments
    except ImportError:  # pragma: no cover - simulator not present
        pass
    else:
        add_arguments(simulate)
    billing = sub.add_parser("billing", help="clients, invoices and monthly runs")
    try:
        from csms_desktop.billing_cli import add_arguments as add_billing
    except ImportError:
        pass
    else:
        add_billing(billing)
    db = sub.add_parser("db", help="backups and copies: backup, list-backups, verify, "
                                   "restore, copy")
    from csms_desktop.db_cli import add_arguments as add_db

    add_db(db)
    from csms_desktop.site_cli import add_arguments as add_site

    add_site(sub)  # config, drivers/vehicles/tags import|export, api-token
    return parser


def parse(argv: list[str] | None = None) -> argparse.Namespace:
    args = build_parser().parse_args(sys.argv[1:] if argv is None else argv)
    if getattr(args, "port", None) is not None and not 0 <= args.port <= 65535:
        build_parser().error(f"--port {args.port} is not a port number (0-65535)")
    if getattr(args, "tls_port", None) is not None and not 0 <= args.tls_port <= 65535:
        build_parser().error(f"--tls-port {args.tls_port} is not a port number (0-65535)")
    return args
