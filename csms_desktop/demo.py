"""Demo mode: a separate database, sample data and a handful of simulated chargers."""

from __future__ import annotations

import argparse
import asyncio
import signal

from csms_desktop.headless import Runtime, build_runtime, setup_logging, start_server
from csms_desktop.paths import demo_db_url
from csms_desktop.services.demo_data import DEMO_TAGS, seed_demo_data
from csms_desktop.sim import SimFleet, SimParams


async def start_demo_fleet(runtime: Runtime, args: argparse.Namespace) -> SimFleet:
    """Seed sample data and start mixed 1.6 / 2.0.1 simulated chargers on this server."""
    seed_demo_data()
    if runtime.services.settings.unknown_charger_policy != "accept":
        runtime.services.apply_settings(unknown_charger_policy="accept")
    from csms_desktop.services import load_config

    # load management on a 120 kW depot: the chargers together could draw far more
    capacity = runtime.services.settings.site_capacity_kw or 120.0
    if load_config.ensure_site(capacity, name="Demo depot"):
        if not runtime.services.settings.site_capacity_kw:
            runtime.services.apply_settings(site_capacity_kw=capacity)
        manager = runtime.services.extras.get("load")
        if manager is not None:
            manager.reload()
    params = SimParams(
        meter_interval=5.0, heartbeat_interval=60.0, idle_range=(5.0, 40.0),
        session_range=(90.0, 420.0), plug_delay=(1.0, 3.0), fault_prob=0.002,
        disconnect_prob=0.0, time_scale=15.0, tags=DEMO_TAGS, vendor="DemoCharge",
    )
    fleet = SimFleet(f"ws://127.0.0.1:{runtime.server.port}/ocpp", int(args.chargers),
                     protocol="mixed", connectors=2, id_prefix="DEMO-", seed=7, params=params,
                     ramp=2.0)
    await fleet.start()
    return fleet


async def _headless(args: argparse.Namespace) -> None:
    runtime = build_runtime(args)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await start_server(runtime, args)
    fleet = await start_demo_fleet(runtime, args)
    print(f"demo site on ws://127.0.0.1:{runtime.server.port}/ with {args.chargers} "
          f"simulated chargers (database {runtime.db_url})", flush=True)
    try:
        if args.duration:
            await asyncio.wait_for(stop.wait(), args.duration)
        else:
            await stop.wait()
    except TimeoutError:
        pass
    await fleet.stop()
    from csms_desktop.api.server import stop_api

    await stop_api(runtime)
    await runtime.server.stop()


def run_headless_demo(args: argparse.Namespace) -> int:
    setup_logging(args.log_level)
    if not args.db:
        args.db = demo_db_url()
    asyncio.run(_headless(args))
    return 0
