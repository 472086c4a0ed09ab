"""`main.py simulate ...`: run a fleet of simulated chargers from the command line."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
import time
from urllib.parse import urlparse

from csms_desktop.sim.fleet import PROTOCOLS, SimFleet
from csms_desktop.sim.model import SimParams


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--url", default="ws://127.0.0.1:9000",
                        help="CSMS websocket base URL; chargers connect to <url>/<id>")
    parser.add_argument("--count", type=int, default=10, help="number of chargers")
    parser.add_argument("--connectors", type=int, default=2, help="connectors (EVSEs) each")
    parser.add_argument("--protocol", choices=PROTOCOLS, default="1.6")
    parser.add_argument("--id-prefix", default="SIM", help="charger ids are <prefix><nnn>")
    parser.add_argument("--meter-interval", type=float, default=30.0, metavar="S",
                        help="seconds between meter values while charging")
    parser.add_argument("--password", default=None,
                        help="HTTP basic auth password (user = charger id)")
    parser.add_argument("--ca", default=None, metavar="PEM",
                        help="CA certificate to trust for wss:// (the CSMS's site CA, "
                             "<data dir>/tls/ca-cert.pem; default: the system's)")
    parser.add_argument("--tls-url", default=None, metavar="URL",
                        help="wss:// base URL the chargers move to when the CSMS raises "
                             "their security profile to 2 or 3 (1.6 SecurityProfile)")
    parser.add_argument("--duration", type=float, default=None, metavar="S",
                        help="stop after S seconds (default: until Ctrl+C)")
    parser.add_argument("--seed", type=int, default=None, help="seed for reproducible runs")
    parser.add_argument("--tags", default=None, metavar="TAG,TAG",
                        help="idTags the drivers present (default: random per charger; the "
                             "CSMS must know them for sessions to start)")
    parser.add_argument("--time-scale", type=float, default=1.0,
                        help="simulated seconds per real second for energy/SoC (demo: 30)")
    parser.add_argument("--idle", type=float, nargs=2, default=(30.0, 600.0),
                        metavar=("MIN", "MAX"), help="idle seconds between sessions")
    parser.add_argument("--session", type=float, nargs=2, default=(900.0, 5400.0),
                        metavar=("MIN", "MAX"), help="seconds a driver stays plugged in")
    parser.add_argument("--fault-prob", type=float, default=0.001,
                        help="probability of a fault per connector per meter interval")
    parser.add_argument("--disconnect-prob", type=float, default=0.0002,
                        help="probability of a connection drop per charger per meter interval")
    parser.add_argument("--ramp", type=float, default=None, metavar="S",
                        help="spread the first connections over S seconds "
                             "(default: 10 ms per charger, at most 10 s)")
    parser.add_argument("--status-interval", type=float, default=5.0, metavar="S",
                        help="seconds between status lines")
    parser.add_argument("--log-level", default="WARNING",
                        choices=("DEBUG", "INFO", "WARNING", "ERROR"))


def build_fleet(args: argparse.Namespace) -> SimFleet:
    params = SimParams(
        meter_interval=args.meter_interval,
        time_scale=args.time_scale,
        idle_range=(args.idle[0], args.idle[1]),
        session_range=(args.session[0], args.session[1]),
        fault_prob=args.fault_prob,
        disconnect_prob=args.disconnect_prob,
        tags=tuple(t.strip() for t in (args.tags or "").split(",") if t.strip()),
    )
    ramp = args.ramp if args.ramp is not None else min(10.0, 0.01 * args.count)
    ca = None
    if getattr(args, "ca", None):
        with open(args.ca, encoding="ascii") as fh:
            ca = fh.read()
    return SimFleet(args.url, args.count, protocol=args.protocol, connectors=args.connectors,
                    id_prefix=args.id_prefix, password=args.password, seed=args.seed,
                    params=params, ramp=ramp, tls_url=getattr(args, "tls_url", None),
                    tls_ca=ca)


def _check(args: argparse.Namespace) -> str | None:
    url = urlparse(args.url)
    if url.scheme not in ("ws", "wss") or not url.hostname:
        return f"--url must be ws://host:port or wss://host:port, not {args.url!r}"
    if args.count < 1 or args.connectors < 1:
        return "--count and --connectors must be at least 1"
    if args.meter_interval <= 0 or args.time_scale <= 0:
        return "--meter-interval and --time-scale must be positive"
    tls_url = getattr(args, "tls_url", None)
    if tls_url and not tls_url.startswith("wss://"):
        return f"--tls-url must be wss://host:port, not {tls_url!r}"
    ca = getattr(args, "ca", None)
    if ca:
        try:
            with open(ca, encoding="ascii") as fh:
                if "BEGIN CERTIFICATE" not in fh.read():
                    return f"--ca {ca}: no PEM certificate in it"
        except (OSError, UnicodeError) as exc:
            return f"--ca {ca}: {exc}"
    return None


async def _main(args: argparse.Namespace) -> int:
    fleet = build_fleet(args)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # Windows
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
    started = time.monotonic()
    deadline = None if args.duration is None else started + args.duration
    print(f"simulating {args.count} x {args.protocol} chargers ({args.connectors} connectors) "
          f"-> {args.url.rstrip('/')}/{args.id_prefix}NNN", flush=True)
    await fleet.start()
    try:
        while not stop.is_set():
            wait = args.status_interval
            if deadline is not None:
                wait = min(wait, deadline - time.monotonic())
            if wait > 0:
                try:
                    await asyncio.wait_for(stop.wait(), wait)
                except TimeoutError:
                    pass
            print(f"[{time.monotonic() - started:7.1f}s] {fleet.status().line()}", flush=True)
            if deadline is not None and time.monotonic() >= deadline:
                break
    finally:
        await fleet.stop()
    print(f"stopped: {fleet.status().line()}", flush=True)
    return 0


def run(args: argparse.Namespace) -> int:
    problem = _check(args)
    if problem:
        print(f"simulate: {problem}", file=sys.stderr)
        return 2
    logging.basicConfig(level=getattr(logging, args.log_level),
                        format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("ocpp").setLevel(max(logging.WARNING, getattr(logging, args.log_level)))
    try:
        return asyncio.run(_main(args))
    except KeyboardInterrupt:
        return 130


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry: `python -m csms_desktop.sim.cli --url ... --count N`."""
    parser = argparse.ArgumentParser(prog="simulate", description=__doc__)
    add_arguments(parser)
    return run(parser.parse_args(argv))


if __name__ == "__main__":
    raise SystemExit(main())
