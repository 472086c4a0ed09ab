"""The API's command-line options (no aiohttp imported: every command parses these)."""

from __future__ import annotations

import argparse


def add_arguments(p: argparse.ArgumentParser) -> None:
    """Options of every mode that runs the server (GUI, ``serve``, ``demo``)."""
    p.add_argument("--api-host", default=None,
                   help="address of the automation API (default: setting api_host, 127.0.0.1;"
                        " beyond this computer only with TLS)")
    p.add_argument("--api-port", type=int, default=None,
                   help="port of the automation API (default: setting api_port, 8180)")
    p.add_argument("--no-api", action="store_true", help="do not start the automation API")
    p.add_argument("--api-tls-cert", default=None, metavar="PEM",
                   help="certificate (PEM) for https on the API")
    p.add_argument("--api-tls-key", default=None, metavar="PEM",
                   help="private key (PEM) of --api-tls-cert")
