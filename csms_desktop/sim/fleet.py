"""Run N simulated chargers (1.6, 2.0.1 or mixed) against one CSMS URL."""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from csms_desktop.sim.model import CHARGING_STATES, Behaviour, SimParams
from csms_desktop.sim.v16 import SimChargePoint16
from csms_desktop.sim.v201 import SimChargePoint201

PROTOCOLS = ("1.6", "2.0.1", "mixed")
SimChargePoint = SimChargePoint16 | SimChargePoint201


@dataclass(frozen=True)
class FleetStatus:
    total: int
    connected: int
    booted: int
    charging: int  # connectors with a transaction in Charging/SuspendedEV/SuspendedEVSE
    sent: int
    received: int
    tx_started: int
    tx_stopped: int
    timeouts: int
    connect_failures: int
    faults: int

    def line(self) -> str:
        return (f"connected {self.connected}/{self.total} booted {self.booted} "
                f"charging {self.charging} sent {self.sent} received {self.received} "
                f"tx {self.tx_started}/{self.tx_stopped} timeouts {self.timeouts} "
                f"connect-failures {self.connect_failures} faults {self.faults}")


class SimFleet:
    """Chargers `<id_prefix><nnn>` (nnn from `start_index`) connecting to `<url>/<id>`.

    Deterministic choices with `seed` (each charger gets `Random(f"{seed}:{id}")`). `ramp`
    spreads the first connections over that many seconds. Mixed fleets alternate 1.6/2.0.1.
    """

    def __init__(
        self,
        url: str | Sequence[str],
        count: int,
        *,
        protocol: str = "1.6",
        connectors: int = 1,
        id_prefix: str = "SIM",
        password: str | None = None,
        seed: int | str | None = None,
        params: SimParams | None = None,
        behaviour: Behaviour | None = None,
        start_index: int = 1,
        ramp: float = 0.0,
        tls_url: str | None = None,
        tls_ca: str | None = None,
    ) -> None:
        if protocol not in PROTOCOLS:
            raise ValueError(f"protocol must be one of {PROTOCOLS}")
        if count < 0 or connectors < 1:
            raise ValueError("count must be >= 0 and connectors >= 1")
        self.url = url
        self.password = password
        self.ramp = max(0.0, ramp)
        base = replace(params or SimParams(), connectors=connectors)
        width = max(3, len(str(start_index + count - 1)))
        self.chargers: list[SimChargePoint] = []
        for i in range(count):
            cp_id = f"{id_prefix}{start_index + i:0{width}d}"
            version = protocol if protocol != "mixed" else ("1.6" if i % 2 == 0 else "2.0.1")
            rng = random.Random(f"{seed}:{cp_id}") if seed is not None else random.Random()
            cls = SimChargePoint16 if version == "1.6" else SimChargePoint201
            sim = cls(cp_id, params=base, behaviour=behaviour, rng=rng)
            sim.tls_url, sim.tls_ca = tls_url, tls_ca  # wss:// (security profiles 2, 3)
            self.chargers.append(sim)
        self._stop = asyncio.Event()
        self._tasks: list[asyncio.Task[Any]] = []

    def __getitem__(self, cp_id: str) -> SimChargePoint:
        for cp in self.chargers:
            if cp.id == cp_id:
                return cp
        raise KeyError(cp_id)

    async def start(self) -> None:
        self._stop.clear()
        n = len(self.chargers)
        for i, cp in enumerate(self.chargers):
            delay = self.ramp * i / max(1, n - 1)
            self._tasks.append(asyncio.create_task(self._run_one(cp, delay), name=cp.id))

    async def _run_one(self, cp: SimChargePoint, delay: float) -> None:
        if delay > 0:
            await cp._sleep_unless(self._stop, delay)
        await cp.run(self.url, self.password, self._stop)

    async def stop(self, timeout: float = 10.0) -> None:
        """Close every connection; tasks still running after `timeout` are cancelled."""
        self._stop.set()
        if not self._tasks:
            return
        _, pending = await asyncio.wait(self._tasks, timeout=timeout)
        for t in pending:
            t.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        self._tasks.clear()

    async def run(self, duration: float | None = None, stop: asyncio.Event | None = None) -> None:
        """Start, run until `duration` elapses or `stop` is set, then stop cleanly."""
        await self.start()
        try:
            waiter = stop or asyncio.Event()
            try:
                await asyncio.wait_for(waiter.wait(), duration)
            except TimeoutError:
                pass
        finally:
            await self.stop()

    async def wait_booted(self, count: int | None = None, timeout: float = 30.0) -> bool:
        """Wait until `count` (default: all) chargers are booted; False on timeout."""
        want = len(self.chargers) if count is None else count
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if sum(cp.stats.booted for cp in self.chargers) >= want:
                return True
            await asyncio.sleep(0.05)
        return False

    def status(self) -> FleetStatus:
        cps = self.chargers
        return FleetStatus(
            total=len(cps),
            connected=sum(cp.stats.connected for cp in cps),
            booted=sum(cp.stats.booted for cp in cps),
            charging=sum(1 for cp in cps if cp.stats.connected for c in cp.connectors
                         if c.in_transaction and c.state in CHARGING_STATES),
            sent=sum(cp.stats.sent for cp in cps),
            received=sum(cp.stats.received for cp in cps),
            tx_started=sum(cp.stats.tx_started for cp in cps),
            tx_stopped=sum(cp.stats.tx_stopped for cp in cps),
            timeouts=sum(cp.stats.timeouts for cp in cps),
            connect_failures=sum(cp.stats.connect_failures for cp in cps),
            faults=sum(cp.stats.faults for cp in cps),
        )

    async def __aenter__(self) -> SimFleet:
        await self.start()
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()
