"""Demo mode: a separate database, sample data and a handful of simulated chargers."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
from collections.abc import Iterator
from typing import Any, SupportsIndex, overload

from csms_desktop.headless import Runtime, build_runtime, setup_logging, start_server
from csms_desktop.paths import demo_db_url
from csms_desktop.services import events as ev
from csms_desktop.services.demo_data import DEMO_TAGS, label_demo_connectors, seed_demo_data
from csms_desktop.sim import SimFleet, SimParams

log = logging.getLogger(__name__)
LABEL_TRIES = 30  # every 2 s for a minute: the chargers connect over the ramp


def demo_params(tags: tuple[str, ...] = DEMO_TAGS) -> SimParams:
    """The demo runs in real time (time_scale 1): a session's energy is the integral of
    the power shown over the time shown, as on a real site."""
    return SimParams(
        meter_interval=5.0, heartbeat_interval=60.0, idle_range=(5.0, 40.0),
        session_range=(90.0, 420.0), plug_delay=(1.0, 3.0), fault_prob=0.002,
        disconnect_prob=0.0, time_scale=1.0, tags=tags, vendor="DemoCharge",
    )


class TagPool(tuple[str, ...]):
    """The drivers' cards shared by the whole fleet, one connector at a time: a charger
    picks a card with ``rng.choice(tags)`` and our ``__getitem__`` only hands out cards
    no connector of the fleet is using (a driver holds one connector)."""

    fleet: SimFleet | None = None

    def _free(self) -> list[str]:
        busy = set()
        if self.fleet is not None:
            busy = {c.tag for cp in self.fleet.chargers for c in cp.connectors if c.tag}
        return [t for t in tuple.__iter__(self) if t not in busy]

    def __len__(self) -> int:
        return tuple.__len__(self)

    @overload
    def __getitem__(self, i: SupportsIndex) -> str: ...
    @overload
    def __getitem__(self, i: slice) -> tuple[str, ...]: ...
    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return tuple.__getitem__(self, i)
        free = self._free() or list(tuple.__iter__(self))  # more connectors than drivers
        return free[int(i) % len(free)]

    def __iter__(self) -> Iterator[str]:
        return tuple.__iter__(self)


def demo_fleet(port: int, chargers: int, tags: tuple[str, ...] = DEMO_TAGS) -> SimFleet:
    pool = TagPool(tags)
    fleet = SimFleet(f"ws://127.0.0.1:{port}/ocpp", chargers, protocol="mixed",
                     connectors=2, id_prefix="DEMO-", seed=7, params=demo_params(pool),
                     ramp=2.0)
    pool.fleet = fleet
    for cp in fleet.chargers:  # each charger got the params' tags: the same shared pool
        cp.tags = pool
    return fleet


def fleet_hardware(fleet: SimFleet) -> list[tuple[str, bool, float]]:
    out = []
    for cp in fleet.chargers:
        hw = cp.connectors[0].hw
        out.append((cp.id, hw.dc, hw.max_power_w / 1000.0))
    return out


async def _label_connectors(runtime: Runtime, fleet: SimFleet) -> None:
    """Record each connector's type and power as an installer would (Type 2 AC up to
    22 kW, CCS2 / CHAdeMO DC), once the chargers have connected."""
    hardware = fleet_hardware(fleet)
    for _ in range(LABEL_TRIES):
        try:
            for cp_id in label_demo_connectors(hardware):
                runtime.services.hub.publish(ev.ChargerUpdated(cp_id))
        except Exception:  # the demo goes on without labels
            log.exception("could not label the demo connectors")
            return
        await asyncio.sleep(2.0)


async def start_demo_fleet(runtime: Runtime, args: argparse.Namespace) -> SimFleet:
    """Seed sample data and start mixed 1.6 / 2.0.1 simulated chargers on this server."""
    seed_demo_data()
    if runtime.services.settings.unknown_charger_policy != "accept":
        runtime.services.apply_settings(unknown_charger_policy="accept")
    from csms_desktop.services import load_config

    # load management on a 120 kW depot: the demo's chargers together could draw far more.
    # Only for the demo's own fleet: `demo --chargers 0` serves outside chargers (the site
    # benchmarks' 2,000), which a demo limit must not govern.
    capacity = runtime.services.settings.site_capacity_kw or 120.0
    if int(args.chargers) > 0 and load_config.ensure_site(capacity, name="Demo depot"):
        if not runtime.services.settings.site_capacity_kw:
            runtime.services.apply_settings(site_capacity_kw=capacity)
        manager = runtime.services.extras.get("load")
        if manager is not None:
            manager.reload()
    from csms_desktop.store.models import IdTag

    known = {t.id_tag for t in IdTag.select(IdTag.id_tag).where(IdTag.id_tag.in_(DEMO_TAGS))}
    tags = tuple(t for t in DEMO_TAGS if t in known) or DEMO_TAGS  # an older demo database
    fleet = demo_fleet(runtime.server.port, int(args.chargers), tags)
    await fleet.start()
    task = asyncio.ensure_future(_label_connectors(runtime, fleet))
    _LABELLERS.add(task)
    task.add_done_callback(_LABELLERS.discard)
    return fleet


_LABELLERS: set[asyncio.Future[None]] = set()


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
