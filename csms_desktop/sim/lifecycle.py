"""Version-neutral connector state machine: drivers arriving, sessions, faults, commands.

`ConnectorLifecycle` is a mixin; the protocol classes implement the `p_*` hooks that turn
state changes into OCPP 1.6 or 2.0.1 messages. A hook raises `Offline` when the connection
is gone: the session state stays in the `Connector` and resumes after the next boot.
"""

from __future__ import annotations

import asyncio
import random
import time
from collections.abc import Awaitable, Callable
from datetime import datetime

from csms_desktop.sim import physics
from csms_desktop.sim.model import (
    IN_SESSION,
    Connector,
    CState,
    RemoteStart,
    SimParams,
    Stats,
    now_utc,
)
from csms_desktop.sim.profiles import ProfileStore, parse_profile
from csms_desktop.sim.waiting import wait_event

FAULT_CODES = ("GroundFailure", "OverCurrentFailure", "HighTemperature", "PowerMeterFailure")
RESET_REASONS = ("SoftReset", "HardReset")


class Offline(Exception):
    """The connection to the CSMS is gone (or not booted yet)."""


class ConnectorLifecycle:
    params: SimParams
    rng: random.Random
    stats: Stats
    connectors: list[Connector]
    profiles: ProfileStore
    tags: tuple[str, ...]
    meter_interval: float
    authorize_remote: bool

    def _init_lifecycle(self) -> None:
        p, rng = self.params, self.rng
        dc = p.dc if p.dc is not None else rng.random() < 0.25
        hw = physics.random_hardware(rng, dc)
        self.connectors = [
            Connector(i, hw, energy_wh=float(rng.randrange(100_000, 5_000_000)))
            for i in range(1, max(1, p.connectors) + 1)
        ]
        self.profiles = ProfileStore()
        self.tags = p.tags or tuple(f"{rng.getrandbits(32):08X}" for _ in range(8))
        self.meter_interval = p.meter_interval
        self.authorize_remote = False

    # ------------------------------------------------------------ hooks (per version)
    async def p_state(self, c: Connector, old: CState) -> None:
        raise NotImplementedError

    async def p_authorize(self, tag: str) -> bool | None:
        raise NotImplementedError

    async def p_start(self, c: Connector) -> bool:
        """Start the transaction; sets c.tx_id (None when no transaction exists)."""
        raise NotImplementedError

    async def p_meter(self, c: Connector, context: str) -> None:
        raise NotImplementedError

    async def p_stop(self, c: Connector, reason: str) -> None:
        raise NotImplementedError

    def after_reply(self, fn: Callable[[], Awaitable[None] | None]) -> None:
        raise NotImplementedError

    @property
    def booted(self) -> bool:
        return self.stats.booted

    # ------------------------------------------------------------ helpers
    def connector(self, cid: int | None) -> Connector | None:
        for c in self.connectors:
            if c.id == cid:
                return c
        return None

    def connector_by_tx(self, tx_id: object) -> Connector | None:
        for c in self.connectors:
            if c.tx_id is not None and str(c.tx_id) == str(tx_id):
                return c
        return None

    def reading(self, c: Connector) -> physics.Reading:
        power = c.power_w if c.state == CState.CHARGING else 0.0
        return physics.reading(c.hw, c.vehicle, c.energy_wh, power, self.rng)

    def limit_w(self, c: Connector, at: datetime | None = None) -> float | None:
        tx = None if c.tx_id is None else str(c.tx_id)
        return self.profiles.limit_w(c.id, at or now_utc(), c.hw, tx, c.tx_start)

    async def _set_state(self, c: Connector, new: CState) -> None:
        old, c.state = c.state, new
        if self.booted and (new != old or c.reported is None):
            await self.p_state(c, old)

    @staticmethod
    async def _wait(c: Connector, timeout: float | None) -> bool:
        """Sleep until kicked or the timeout; True when kicked."""
        if timeout is not None and timeout <= 0:
            await asyncio.sleep(0)
            return c.wake.is_set()
        return await wait_event(c.wake, timeout)

    def _span(self, bounds: tuple[float, float]) -> float:
        lo, hi = bounds
        return self.rng.uniform(lo, hi) if hi > lo else lo

    # ------------------------------------------------------------ the driver loop
    async def _connector_loop(self, c: Connector) -> None:
        while True:
            c.wake.clear()
            if c.in_transaction or c.state in IN_SESSION:
                await self._resume(c)
                continue
            if c.fault_pending:
                c.fault_pending = False
                c.error_code = self.rng.choice(FAULT_CODES)
                c.fault_until = time.monotonic() + self._span(self.params.fault_duration)
                self.stats.faults += 1
                await self._set_state(c, CState.FAULTED)
                continue
            if c.state == CState.FAULTED:
                left = c.fault_until - time.monotonic()
                if left > 0:
                    await self._wait(c, left)
                    continue
                c.error_code = "NoError"
            if c.reservation is not None and c.reservation.expiry <= now_utc():
                c.reservation = None
            if c.pending_remote is not None and c.operative:
                remote, c.pending_remote = c.pending_remote, None
                await self._session(c, remote.tag, remote)
                continue
            if not c.operative:
                target = CState.UNAVAILABLE
            else:
                target = CState.RESERVED if c.reservation else CState.AVAILABLE
            await self._set_state(c, target)
            if target == CState.RESERVED and c.reservation is not None:
                await self._wait(c, (c.reservation.expiry - now_utc()).total_seconds())
            elif target != CState.AVAILABLE or not self.params.auto_sessions:
                await self._wait(c, None)
            elif not await self._wait(c, self._span(self.params.idle_range)):
                await self._session(c, self.rng.choice(self.tags), None)

    async def _resume(self, c: Connector) -> None:
        if c.in_transaction:
            if c.stop_reason is not None or c.state == CState.FINISHING:
                await self._finish(c)
            else:
                c.last_t = time.monotonic()
                await self._charge(c)
            return
        c.vehicle = None
        await self._set_state(c, CState.AVAILABLE if c.operative else CState.UNAVAILABLE)

    async def _session(self, c: Connector, tag: str, remote: RemoteStart | None) -> None:
        c.vehicle = physics.random_vehicle(self.rng)
        c.tag, c.stop_reason, c.power_w = tag, None, 0.0
        c.remote_start_id = remote.remote_start_id if remote else None
        await self._set_state(c, CState.PREPARING)
        await asyncio.sleep(self._span(self.params.plug_delay))
        if (remote is None or self.authorize_remote) and not await self.p_authorize(tag):
            await asyncio.sleep(self._span(self.params.plug_delay))
            c.vehicle, c.tag = None, None
            await self._set_state(c, CState.AVAILABLE if c.operative else CState.UNAVAILABLE)
            return
        c.meter_start, c.tx_start, c.seq_no = c.energy_wh, now_utc(), 0
        c.last_t = time.monotonic()
        accepted = await self.p_start(c)
        if c.reservation is not None and c.reservation.tag == tag:
            c.reservation = None
        if c.tx_id is None:
            await self._set_state(c, CState.FINISHING)
            await asyncio.sleep(self._span(self.params.plug_delay))
            c.vehicle, c.tag = None, None
            await self._set_state(c, CState.AVAILABLE if c.operative else CState.UNAVAILABLE)
            return
        self.stats.tx_started += 1
        if remote is not None and remote.profile:
            self.install_tx_profile(c, remote.profile)
        if not accepted:
            c.stop_reason = "DeAuthorized"
        c.leave_at = time.monotonic() + self._span(self.params.session_range)
        await self._charge(c)

    def install_tx_profile(self, c: Connector, raw: dict[str, object]) -> None:
        profile = parse_profile(dict(raw), c.id, now_utc())
        profile.purpose = "TxProfile"
        profile.transaction_id = str(c.tx_id)
        self.profiles.install(profile)

    def _integrate(self, c: Connector) -> None:
        t = time.monotonic()
        dt, c.last_t = (t - c.last_t) * self.params.time_scale, t
        if c.vehicle is None:
            c.vehicle = physics.random_vehicle(self.rng)
        energy, c.power_w = physics.advance(c.hw, c.vehicle, dt, self.limit_w(c), self.rng)
        c.energy_wh += energy

    async def _charge(self, c: Connector) -> None:
        next_meter = time.monotonic() + self.meter_interval
        while True:
            c.wake.clear()
            self._integrate(c)
            if c.fault_pending and c.stop_reason is None:
                c.stop_reason = "Fault"
            if c.stop_reason is None and time.monotonic() >= c.leave_at:
                full = c.vehicle is not None and c.vehicle.full
                c.stop_reason = "EVDisconnected" if full or self.rng.random() < 0.3 else "Local"
            if c.stop_reason is not None:
                break
            if c.power_w > 0:
                state = CState.CHARGING
            elif c.vehicle is not None and c.vehicle.full:
                state = CState.SUSPENDED_EV
            else:
                state = CState.SUSPENDED_EVSE
            if state != c.state:
                await self._set_state(c, state)
            now = time.monotonic()
            if now >= next_meter:
                await self.p_meter(c, "Sample.Periodic")
                next_meter = max(next_meter + self.meter_interval, now + 0.05)
            await self._wait(c, min(next_meter, c.leave_at) - time.monotonic())
        await self._finish(c)

    async def _finish(self, c: Connector) -> None:
        reason = c.stop_reason or "Local"
        c.power_w = 0.0
        fault = reason == "Fault"
        if fault:
            c.fault_pending = False
            c.error_code = self.rng.choice(FAULT_CODES)
            c.fault_until = time.monotonic() + self._span(self.params.fault_duration)
            self.stats.faults += 1
            await self._set_state(c, CState.FAULTED)
        elif c.state != CState.FINISHING:
            await self._set_state(c, CState.FINISHING)
        await self.p_stop(c, reason)
        self.stats.tx_stopped += 1
        self.profiles.drop_tx_profiles(str(c.tx_id))
        c.tx_id, c.tx_start, c.stop_reason, c.remote_start_id = None, None, None, None
        c.vehicle, c.tag = None, None
        if fault or reason in RESET_REASONS:
            return
        await asyncio.sleep(self._span(self.params.plug_delay))
        await self._set_state(c, CState.AVAILABLE if c.operative else CState.UNAVAILABLE)
