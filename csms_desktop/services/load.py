"""Depot load management, the control loop: allocate, send profiles, keep chargers safe.

It listens on the event hub (session start/stop, meter values, chargers connecting and
going away), recomputes the allocation (``domain.load.allocate``, debounced) and sends
each charging connector a ``TxProfile`` through the version-neutral commands, only when
its limit moved beyond a hysteresis: decreases at once, increases at most every
``min_interval_s`` per charger.

Safety when the CSMS loses a charger:

* Every ``TxProfile`` is a lease: it lasts ``lease_s`` and is renewed at half of it, so a
  charger that loses its connection falls back within ``lease_s`` to its
  ``TxDefaultProfile``.
* Each charger gets that ``TxDefaultProfile`` (connector 0) when it connects: the smaller
  of its configured fallback and the share each connector would get if every connector of
  the site drew at once (the allocator run over all connectors), so offline chargers
  together cannot take the site over its limit.
* Offline chargers are counted as fixed load at that fallback (at their last limit until
  its lease ends), and chargers that refuse profiles or draw above their limit are
  counted as fixed load at what they draw.

Idle connectors of online chargers are not reserved: a session's first limit is sent
within the debounce of its StartTransaction; the safety margin covers the moment between.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from csms_desktop.domain.enums import ConnectorType, NotificationType, TransactionStatus
from csms_desktop.domain.load import (
    GRID_VOLTAGE,
    Allocation,
    Demand,
    LimitNode,
    Options,
    TreeError,
    allocate,
    node_loads,
)
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services import load_config
from csms_desktop.services.events import (
    ChargerBooted,
    ChargerConnected,
    ChargerDisconnected,
    ConnectorStatusChanged,
    MeterSampled,
    TransactionEnded,
    TransactionStarted,
)

if TYPE_CHECKING:
    from csms_desktop.services.command_port import CommandPort
    from csms_desktop.services.context import Services

log = logging.getLogger(__name__)

TX_PROFILE_BASE = 91_700  # chargingProfileId of connector n's TxProfile: base + n
DEFAULT_PROFILE_ID = 91_600  # the offline-safety TxDefaultProfile (connector 0)
STACK_LEVEL = 90  # above operator profiles (the Profiles editor allows 0-100)
DC_TYPES = {ConnectorType.CCS_COMBO_1, ConnectorType.CCS_COMBO_2, ConnectorType.CHADEMO,
            ConnectorType.GB_T}


@dataclass
class LoadOptions:
    debounce_s: float = 0.3
    min_interval_s: float = 10.0  # between increases sent to one charger
    lease_s: float = 300.0  # TxProfile duration; renewed at half
    refresh_s: float = 15.0  # periodic recompute (renewals, rate-limited increases)
    hysteresis_a: float = 1.0  # an increase smaller than this (or 5 %) is not sent
    hysteresis_ratio: float = 0.05
    hysteresis_w: float = 1_000.0  # the same for DC (W)
    down_hysteresis_a: float = 0.3  # a decrease larger than this is sent at once
    down_hysteresis_w: float = 300.0
    connect_delay_s: float = 2.0  # default profile after a connection / boot
    grace_s: float = 30.0  # after a limit is sent, before drawing above it counts
    settle_s: float = 5.0  # a draw measured this long after a limit was sent reflects it
    # idle connectors of online chargers whose default limit is kept free: a car plugging in
    # draws that until its own profile arrives
    arrival_reserve: int = 1
    ignore_strikes: int = 2  # meter samples above the limit in a row: ignoring
    over_ratio: float = 0.1
    over_w: float = 700.0
    voltage: float = GRID_VOLTAGE
    default_ac_kw: float = 22.0  # connector maximum when the charger does not say
    default_dc_kw: float = 150.0


@dataclass
class Session:
    cp_id: str
    connector: int
    tx_id: str
    arrival: int
    row_id: str | None = None
    user_id: str | None = None
    id_tag: str | None = None
    priority: int = 0
    departure: datetime | None = None
    need_kwh: float | None = None
    energy_start_kwh: float | None = None
    energy_kwh: float | None = None
    measured_w: float | None = None
    strikes: int = 0
    started_at: float = 0.0  # clock() when the CSMS learnt of it
    measured_at: float = 0.0  # clock() of the last measured draw
    # (measured, limit in force) last given to the allocator: a sample taken before the
    # charger applied its newest limit says nothing about what the car takes
    used: tuple[float | None, float | None] = (None, None)


@dataclass(frozen=True)
class Target:
    tx_id: str
    value: float  # in `unit`: A per phase (AC) or W (DC)
    unit: str
    limit_w: float
    paused: bool
    limited_by: str


@dataclass(frozen=True)
class Sent:
    tx_id: str
    value: float
    unit: str
    limit_w: float
    at: float


@dataclass
class Hardware:
    connectors: int = 1
    dc: bool = False
    phases: tuple[int, ...] = (1, 2, 3)
    max_w: float = 22_000.0
    min_a: float = 6.0
    fallback_a: float | None = None


@dataclass
class LoadStatus:
    """What the Load page and ``config load status`` show."""

    enabled: bool
    nodes: dict[str, dict[str, Any]] = field(default_factory=dict)  # id -> capacity/alloc/drawn
    connectors: dict[str, dict[str, Any]] = field(default_factory=dict)  # "cp/n" -> limit, why
    fixed: list[str] = field(default_factory=list)  # chargers counted as fixed load
    compute_ms: float = 0.0


class LoadManager:
    def __init__(self, services: Services, commands: CommandPort,
                 options: LoadOptions | None = None,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.services = services
        self.commands = commands
        self.opts = options or LoadOptions()
        self.clock = clock
        self.tree: list[load_config.NodeRow] = []
        self.sessions: dict[tuple[str, int], Session] = {}
        self.targets: dict[tuple[str, int], Target] = {}
        self.sent: dict[tuple[str, int], Sent] = {}
        self.defaults_sent: dict[str, float] = {}  # cp -> fallback value sent
        self.online: set[str] = set(services.chargers.connected)
        self.offline_since: dict[str, float] = {}
        self.fixed: dict[str, str] = {}  # cp -> why it is fixed load
        self.hardware: dict[str, Hardware] = {}
        self._seen: dict[str, int] = {}  # highest connector number reported per charger
        self.fallback_w: dict[str, float] = {}
        self.allocation: dict[str, Allocation] = {}
        self.last_raise: dict[str, float] = {}
        self.compute_ms = 0.0
        self.sends = 0  # profiles sent (tests, benchmark)
        self._seq = 0
        self._priorities: dict[tuple[str, str], int] = {}
        self._timer: asyncio.TimerHandle | None = None
        self._later: dict[str, asyncio.TimerHandle] = {}
        self._round: asyncio.Task[Any] | None = None
        self._dirty_round = False
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsubscribe: list[Callable[[], None]] = []

    # ------------------------------------------------------------------ wiring
    def install(self) -> LoadManager:
        hub = self.services.hub
        self._unsubscribe = [
            hub.subscribe(TransactionStarted, self._on_started),
            hub.subscribe(TransactionEnded, self._on_ended),
            hub.subscribe(MeterSampled, self._on_meter),
            hub.subscribe(ChargerConnected, self._on_connected),
            hub.subscribe(ChargerDisconnected, self._on_disconnected),
            hub.subscribe(ChargerBooted, self._on_booted),
            hub.subscribe(ConnectorStatusChanged, self._on_status),
        ]
        self.reload()
        self._catch_up()
        return self

    def uninstall(self) -> None:
        for fn in self._unsubscribe:
            fn()
        self._unsubscribe = []

    @property
    def enabled(self) -> bool:
        return any(n.kind == "site" for n in self.tree)

    def reload(self) -> None:
        """Read the tree, priorities and plans again (after a configuration change)."""
        self.tree = load_config.read_tree()
        self._priorities = load_config.priorities()
        self.hardware.clear()
        for s in self.sessions.values():
            self._apply_plan(s)
        self._compute_fallbacks()
        self.schedule(0.0)
        for cp_id in sorted(self.online):  # new fallbacks reach the chargers
            self._schedule_default(cp_id, 0.0)

    async def run(self) -> None:
        """Periodic recompute: lease renewals and postponed increases."""
        while True:
            await asyncio.sleep(self.opts.refresh_s)
            try:
                self.recompute()
            except Exception:
                log.exception("load management: recompute failed")

    async def idle(self) -> None:
        """Wait until nothing is pending or being sent (tests)."""
        while (self._timer is not None or self._tasks
               or (self._round is not None and not self._round.done())):
            await asyncio.sleep(0.02)

    # ------------------------------------------------------------------ events
    def _catch_up(self) -> None:
        from csms_desktop.store.models import Connector, Transaction

        rows = (Transaction.select(Transaction.charge_point, Connector.connector_id,
                                   Transaction.transaction_id, Transaction.user,
                                   Transaction.id_tag)
                .join(Connector, on=(Transaction.connector == Connector.id))
                .where(Transaction.status == TransactionStatus.ACTIVE)
                .order_by(Transaction.start_time).tuples())
        found: list[tuple[Any, ...]] = list(rows)  # type: ignore[arg-type]
        for cp_id, conn_no, tx_id, user_id, id_tag in found:
            key = (str(cp_id), int(conn_no))
            if key not in self.sessions and tx_id is not None:
                self._add_session(key[0], key[1], str(tx_id), user_id, id_tag)

    def _add_session(self, cp_id: str, connector: int, tx_id: str, user_id: str | None,
                     id_tag: str | None) -> Session:
        self._seq += 1
        s = Session(cp_id, connector, tx_id, self._seq, user_id=user_id, id_tag=id_tag,
                    started_at=self.clock())
        try:
            s.row_id = self.services.charging.transaction_row_id(cp_id, tx_id)
        except Exception:
            log.debug("no transaction row for %s/%s", cp_id, tx_id, exc_info=True)
        self._apply_plan(s)
        self.sessions[(cp_id, connector)] = s
        return s

    def _apply_plan(self, s: Session) -> None:
        prio = [self._priorities.get(("user", s.user_id), None) if s.user_id else None,
                self._priorities.get(("id_tag", s.id_tag), None) if s.id_tag else None]
        if s.user_id:
            from csms_desktop.store.models import UserVehicle

            plates = [v.license_plate for v in
                      UserVehicle.select(UserVehicle.license_plate).where(
                          UserVehicle.user == s.user_id)]
            prio += [self._priorities.get(("vehicle", p)) for p in plates]
        known = [p for p in prio if p is not None]
        s.priority = max(known) if known else 0
        plan = load_config.plan_of(s.row_id) if s.row_id else None
        if plan is not None:
            s.departure, s.need_kwh = plan.departure_time, plan.energy_need_kwh
            if plan.priority is not None:
                s.priority = plan.priority

    def set_plan(self, cp_id: str, connector: int, plan: load_config.Plan) -> None:
        """Departure time / energy need / priority of the session on a connector."""
        s = self.sessions.get((cp_id, connector))
        if s is None or s.row_id is None:
            raise LookupError(f"no session on {cp_id}/{connector}")
        load_config.set_plan(s.row_id, plan)
        self._apply_plan(s)
        self.schedule()

    def _on_started(self, e: TransactionStarted) -> None:
        self._add_session(e.charge_point_id, e.connector_id, e.transaction_id, e.user_id, e.id_tag)
        self.schedule()

    def _on_ended(self, e: TransactionEnded) -> None:
        key = (e.charge_point_id, e.connector_id)
        s = self.sessions.get(key)
        if s is not None and s.tx_id == e.transaction_id:
            del self.sessions[key]
            self.targets.pop(key, None)
            self.sent.pop(key, None)
        self.schedule()

    def _on_meter(self, e: MeterSampled) -> None:
        s = self.sessions.get((e.charge_point_id, e.connector_id))
        if s is None:
            return
        w: float | None = None
        if e.power_kw is not None:
            w = max(0.0, e.power_kw * 1000.0)
        elif e.current_a is not None:
            hw = self._hw(e.charge_point_id)
            volts = e.voltage_v or self.opts.voltage
            w = max(0.0, e.current_a * volts * (1 if hw.dc else len(hw.phases)))
        if e.energy_kwh is not None:
            if s.energy_start_kwh is None:
                s.energy_start_kwh = e.energy_kwh
            s.energy_kwh = e.energy_kwh
        if w is None:
            return
        s.measured_w = w
        s.measured_at = self.clock()
        self._check_overdraw(s)
        self.schedule()

    def _check_overdraw(self, s: Session) -> None:
        sent = self.sent.get((s.cp_id, s.connector))
        if sent is None or s.cp_id in self.fixed or s.measured_w is None:
            return
        if self.clock() - sent.at < self.opts.grace_s:
            return
        if s.measured_w > sent.limit_w * (1 + self.opts.over_ratio) + self.opts.over_w:
            s.strikes += 1
            if s.strikes >= self.opts.ignore_strikes:
                self._mark_fixed(s.cp_id, f"draws {s.measured_w / 1000:.1f} kW on connector "
                                 f"{s.connector} above its limit of {sent.limit_w / 1000:.1f} kW")
        else:
            s.strikes = 0

    def _mark_fixed(self, cp_id: str, why: str) -> None:
        if cp_id in self.fixed:
            return
        self.fixed[cp_id] = why
        log.warning("load management: %s ignores charging profiles (%s): counted as fixed load",
                    cp_id, why)
        try:
            self.services.notifier.notify(
                NotificationType.GENERAL, f"{cp_id} ignores load limits",
                f"{cp_id} {why}. Its draw is counted as fixed load.", charge_point_id=cp_id)
        except Exception:
            log.exception("could not record the notification")
        self.schedule()

    def _on_connected(self, e: ChargerConnected) -> None:
        cp_id = e.charge_point_id
        self.online.add(cp_id)
        self.offline_since.pop(cp_id, None)
        self.fixed.pop(cp_id, None)  # a new chance after a reconnection
        self.hardware.pop(cp_id, None)
        self._schedule_default(cp_id, self.opts.connect_delay_s)
        self.schedule()

    def _on_booted(self, e: ChargerBooted) -> None:
        if e.registration_status.upper() == "ACCEPTED":
            self.hardware.pop(e.charge_point_id, None)
            self._refresh_defaults()
            self._schedule_default(e.charge_point_id, self.opts.connect_delay_s)

    def _on_status(self, e: ConnectorStatusChanged) -> None:
        """A connector not seen before: every connector's safe share shrinks."""
        if not self.enabled or e.connector_id <= self._hw(e.charge_point_id).connectors:
            return
        self._seen[e.charge_point_id] = max(e.connector_id, self._seen.get(e.charge_point_id, 0))
        self.hardware.pop(e.charge_point_id, None)
        self._refresh_defaults()

    def _refresh_defaults(self) -> None:
        self._compute_fallbacks()
        for cp_id in sorted(self.online):
            sent = self.defaults_sent.get(cp_id)
            if sent is not None and sent != self.default_profile(cp_id)["periods"][0][1]:
                self._schedule_default(cp_id, 0.0)

    def _on_disconnected(self, e: ChargerDisconnected) -> None:
        cp_id = e.charge_point_id
        self.online.discard(cp_id)
        self.offline_since[cp_id] = self.clock()
        self.defaults_sent.pop(cp_id, None)
        timer = self._later.pop(f"default:{cp_id}", None)
        if timer is not None:
            timer.cancel()
        self.schedule()

    # ------------------------------------------------------------------ the model
    def _hw(self, cp_id: str) -> Hardware:
        hw = self.hardware.get(cp_id)
        if hw is not None:
            return hw
        from csms_desktop.store.models import ChargePoint, Connector

        node = self._charger_node(cp_id)
        site = next((n for n in self.tree if n.kind == "site"), None)
        cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
        conns = list(Connector.select().where(Connector.charge_point == cp_id)) if cp else []
        dc = bool(node.dc) if node is not None else any(c.type in DC_TYPES for c in conns)
        phases = node.phase_numbers if node is not None else (1, 2, 3)
        count = max([int(cp.connector_count or 1) if cp else 1, self._seen.get(cp_id, 1),
                     *[int(c.connector_id) for c in conns],
                     *[int(n.connector_id or 1) for n in self.tree
                       if n.kind == "connector" and n.charge_point_id == cp_id]])
        kw = [c.max_power for c in conns if c.max_power]
        if kw:
            max_w = max(kw) * 1000.0
        elif cp is not None and cp.max_power:
            max_w = float(cp.max_power) * 1000.0
        elif dc:
            max_w = self.opts.default_dc_kw * 1000.0
        else:
            max_w = min(self.opts.default_ac_kw * 1000.0, 32.0 * self.opts.voltage * len(phases))
        fallback = node.fallback_a if node is not None and node.fallback_a is not None else (
            site.fallback_a if site is not None else None)
        hw = Hardware(count, dc, phases, max_w,
                      node.min_current_a if node is not None else 6.0, fallback)
        self.hardware[cp_id] = hw
        return hw

    def _charger_node(self, cp_id: str) -> load_config.NodeRow | None:
        for n in self.tree:
            if n.kind == "charger" and n.charge_point_id == cp_id:
                return n
        return None

    def _site_id(self) -> str:
        return next(n.id for n in self.tree if n.kind == "site")

    def _node_of(self, cp_id: str, connector: int) -> str:
        for n in self.tree:
            if n.kind == "connector" and n.charge_point_id == cp_id and n.connector_id == connector:
                return n.id
        node = self._charger_node(cp_id)
        return node.id if node is not None else f"cp:{cp_id}"

    def _limit_nodes(self, extra_chargers: set[str]) -> list[LimitNode]:
        nodes = [LimitNode(n.id, n.parent_id, n.limit_kw, n.limit_a, n.name or n.id)
                 for n in self.tree]
        site = self._site_id()
        have = {n.charge_point_id for n in self.tree if n.kind == "charger"}
        for cp_id in sorted(extra_chargers - have):  # chargers not in the tree: under the site
            nodes.append(LimitNode(f"cp:{cp_id}", site, None, None, cp_id))
        return nodes

    def _known_chargers(self) -> set[str]:
        from csms_desktop.store.models import ChargePoint

        known = {str(r.id) for r in ChargePoint.select(ChargePoint.id)}
        known |= {n.charge_point_id for n in self.tree if n.charge_point_id}
        return known | self.online | {cp for cp, _ in self.sessions}

    def _compute_fallbacks(self) -> None:
        """Each charger's default limit: its configured fallback, at most the share each
        connector gets when every connector of every known charger draws at once."""
        self.fallback_w = {}
        if not self.enabled:
            return
        known = self._known_chargers()
        nodes = self._limit_nodes(known)
        demands = []
        for cp_id in sorted(known):
            hw = self._hw(cp_id)
            for n in range(1, hw.connectors + 1):
                demands.append(Demand(f"{cp_id}/{n}", self._node_of(cp_id, n), max_w=hw.max_w,
                                      phases=hw.phases, dc=hw.dc))
        try:
            shares = allocate(nodes, demands, Options(margin=load_config.site_margin(self.tree),
                                                      voltage=self.opts.voltage))
        except TreeError:
            log.exception("load management: the limit tree is not usable")
            return
        for cp_id in known:
            hw = self._hw(cp_id)
            safe = min((shares[f"{cp_id}/{n}"].limit_w for n in range(1, hw.connectors + 1)),
                       default=0.0)
            if hw.fallback_a is not None:
                safe = min(safe, self._amps_to_w(hw, hw.fallback_a))
            self.fallback_w[cp_id] = safe

    def _amps_to_w(self, hw: Hardware, amps: float) -> float:
        return amps * self.opts.voltage * (3 if hw.dc else len(hw.phases))

    def _demands(self, now: float) -> list[Demand]:
        out: list[Demand] = []
        for (cp_id, conn), s in sorted(self.sessions.items()):
            if cp_id not in self.online:
                continue
            hw = self._hw(cp_id)
            key = f"{cp_id}/{conn}"
            node = self._node_of(cp_id, conn)
            if cp_id in self.fixed:
                sent = self.sent.get((cp_id, conn))
                w = max(s.measured_w or 0.0, sent.limit_w if sent else 0.0)
                out.append(Demand(key, node, max_w=w, measured_w=w, phases=hw.phases, dc=hw.dc,
                                  fixed=True))
                continue
            departure_s = need_wh = None
            if s.departure is not None:
                departure_s = max(0.0, (s.departure - utcnow()).total_seconds())
                if s.need_kwh is not None:
                    done = (s.energy_kwh or 0.0) - (s.energy_start_kwh or 0.0)
                    need_wh = max(0.0, (s.need_kwh - done) * 1000.0)
            sent = self.sent.get((cp_id, conn))
            if (sent is not None and sent.tx_id == s.tx_id and s.measured_w is not None
                    and s.measured_at - sent.at >= self.opts.settle_s and sent.value > 0):
                s.used = (s.measured_w, sent.limit_w)
            elif sent is None:
                s.used = (None, None)
            out.append(Demand(
                key, node, max_w=hw.max_w, min_w=self._amps_to_w(hw, hw.min_a),
                phases=hw.phases, dc=hw.dc, priority=s.priority, departure_s=departure_s,
                energy_need_wh=need_wh, measured_w=s.used[0], previous_w=s.used[1],
                arrival=float(s.arrival)))
        idle: list[tuple[float, str, int]] = []
        for cp_id in sorted(self.online - set(self.fixed)):
            hw = self._hw(cp_id)
            for n in range(1, hw.connectors + 1):
                if (cp_id, n) not in self.sessions:
                    idle.append((-self.fallback_w.get(cp_id, 0.0), cp_id, n))
        for neg_w, cp_id, n in sorted(idle)[:max(0, self.opts.arrival_reserve)]:
            hw = self._hw(cp_id)
            if neg_w < 0:
                out.append(Demand(f"reserve:{cp_id}/{n}", self._node_of(cp_id, n),
                                  max_w=-neg_w, measured_w=-neg_w, phases=hw.phases,
                                  dc=hw.dc, fixed=True))
        for cp_id in sorted(self._known_chargers() - self.online):
            hw = self._hw(cp_id)
            since = self.offline_since.get(cp_id)
            leased = since is not None and now - since < self.opts.lease_s
            for n in range(1, hw.connectors + 1):
                w = self.fallback_w.get(cp_id, 0.0)
                sent = self.sent.get((cp_id, n))
                if leased and sent is not None:
                    w = max(w, sent.limit_w)
                if w > 0:
                    out.append(Demand(f"{cp_id}/{n}", self._node_of(cp_id, n), max_w=w,
                                      measured_w=w, phases=hw.phases, dc=hw.dc, fixed=True))
        return out

    # ------------------------------------------------------------------ recompute
    def schedule(self, delay: float | None = None) -> None:
        """Recompute after the debounce (events in a burst give one recompute)."""
        if not self.enabled:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        if self._timer is not None:
            if delay is None or delay > 0:
                return
            self._timer.cancel()
        self._timer = loop.call_later(self.opts.debounce_s if delay is None else delay,
                                      self._fire)

    def _fire(self) -> None:
        self._timer = None
        try:
            self.recompute()
        except Exception:
            log.exception("load management: recompute failed")

    def recompute(self) -> dict[str, Allocation]:
        if not self.enabled:
            return {}
        now = self.clock()
        t0 = time.perf_counter()
        nodes = self._limit_nodes(self._known_chargers())
        demands = self._demands(now)
        self.allocation = allocate(nodes, demands, Options(
            margin=load_config.site_margin(self.tree), voltage=self.opts.voltage))
        self.compute_ms = (time.perf_counter() - t0) * 1000.0
        changed = False
        for (cp_id, conn), s in self.sessions.items():
            a = self.allocation.get(f"{cp_id}/{conn}")
            if a is None or cp_id in self.fixed or cp_id not in self.online:
                continue
            hw = self._hw(cp_id)
            if hw.dc:
                value, unit = math.floor(a.limit_w / 100.0) * 100.0, "W"
                limit_w = value
            else:
                value, unit = math.floor(a.amps * 10.0 + 1e-9) / 10.0, "A"
                limit_w = self._amps_to_w(hw, value)
            t = Target(s.tx_id, value, unit, limit_w, a.paused, a.limited_by)
            self.targets[(cp_id, conn)] = t
            if self._decide(cp_id, conn, now) is not None:
                changed = True
        if changed:
            self._dispatch()
        return self.allocation

    def _decide(self, cp_id: str, conn: int, now: float) -> str | None:
        """"send", "later" (a rate-limited increase) or None (nothing to do)."""
        t = self.targets.get((cp_id, conn))
        if t is None or cp_id not in self.online:
            return None
        s = self.sent.get((cp_id, conn))
        if s is None or s.tx_id != t.tx_id or s.unit != t.unit:
            return "send"
        if (t.value <= 0) != (s.value <= 0):
            return "send"
        diff = t.value - s.value
        down = self.opts.down_hysteresis_w if t.unit == "W" else self.opts.down_hysteresis_a
        if diff < -down:
            return "send"
        up = max(self.opts.hysteresis_w if t.unit == "W" else self.opts.hysteresis_a,
                 self.opts.hysteresis_ratio * s.value)
        renew = now - s.at >= self.opts.lease_s / 2
        if diff > up:
            if renew or now - self.last_raise.get(cp_id, -math.inf) >= self.opts.min_interval_s:
                return "send"
            return "later"
        return "send" if renew else None

    def _dispatch(self) -> None:
        """Send what changed: one round at a time, all decreases (every charger at once)
        before any increase, so moving capacity between chargers never overshoots."""
        if self._round is not None and not self._round.done():
            self._dirty_round = True
            return
        self._round = asyncio.ensure_future(self._rounds())
        self._round.add_done_callback(self._round_done)

    def _round_done(self, task: asyncio.Task[Any]) -> None:
        if not task.cancelled() and task.exception() is not None:
            log.error("load management: sending limits failed", exc_info=task.exception())

    async def _rounds(self) -> None:
        while True:
            self._dirty_round = False
            now = self.clock()
            downs: list[tuple[str, int]] = []
            ups: list[tuple[str, int]] = []
            later: set[str] = set()
            for key in sorted(self.targets):
                decision = self._decide(key[0], key[1], now)
                if decision == "later":
                    later.add(key[0])
                elif decision == "send":
                    sent, t = self.sent.get(key), self.targets[key]
                    up = sent is None or sent.tx_id != t.tx_id or t.value > sent.value
                    (ups if up else downs).append(key)
            if downs:
                await asyncio.gather(*(self._send(cp, conn) for cp, conn in downs))
            if ups:
                await asyncio.gather(*(self._send(cp, conn) for cp, conn in ups))
            for cp_id in sorted(later):
                wait = self.last_raise.get(cp_id, 0.0) + self.opts.min_interval_s - self.clock()
                self._recheck(cp_id, max(0.05, wait))
            if not self._dirty_round:
                return

    def _recheck(self, cp_id: str, delay: float) -> None:
        key = f"raise:{cp_id}"
        if key in self._later:
            return
        loop = asyncio.get_running_loop()

        def fire() -> None:
            self._later.pop(key, None)
            self._dispatch()

        self._later[key] = loop.call_later(delay, fire)

    async def _send(self, cp_id: str, conn: int) -> None:
        t = self.targets.get((cp_id, conn))
        if t is None:
            return
        old = self.sent.get((cp_id, conn))
        profile = {
            "id": TX_PROFILE_BASE + conn, "stack_level": STACK_LEVEL, "purpose": "TxProfile",
            "kind": "Absolute", "unit": t.unit, "periods": [(0, t.value)],
            "duration": int(self.opts.lease_s), "transaction_id": t.tx_id,
        }
        now = self.clock()
        result = await self.commands.set_charging_profile(cp_id, conn, profile)
        self.sends += 1
        if result.ok:
            self.sent[(cp_id, conn)] = Sent(t.tx_id, t.value, t.unit, t.limit_w, now)
            if old is None or t.value > old.value:
                self.last_raise[cp_id] = now
            return
        outcome = str(getattr(result.outcome, "value", result.outcome))
        s = self.sessions.get((cp_id, conn))
        young = s is not None and now - s.started_at < self.opts.grace_s
        if outcome == "rejected" and young:
            # the StartTransaction answer with the id may still be on its way to the charger
            log.info("load management: %s/%d refused the limit of a new session: retrying",
                     cp_id, conn)
            self._recheck(cp_id, min(1.0, self.opts.grace_s / 2))
        elif outcome in ("rejected", "not supported"):
            self._mark_fixed(cp_id, f"refused a charging profile ({result})")
        else:
            log.info("load management: %s/%d limit not sent: %s", cp_id, conn, result)

    # ------------------------------------------------------------------ offline safety
    def _schedule_default(self, cp_id: str, delay: float) -> None:
        if not self.enabled:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return
        key = f"default:{cp_id}"
        old = self._later.pop(key, None)
        if old is not None:
            old.cancel()

        def fire() -> None:
            self._later.pop(key, None)
            log.debug("load management: default profile for %s", cp_id)
            task = asyncio.ensure_future(self.send_default(cp_id))
            self._tasks.add(task)
            task.add_done_callback(self._task_done)

        self._later[key] = loop.call_later(delay, fire)

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("load management: default profile failed", exc_info=task.exception())

    def default_profile(self, cp_id: str) -> dict[str, Any]:
        hw = self._hw(cp_id)
        if cp_id not in self.fallback_w:
            self._compute_fallbacks()
        w = self.fallback_w.get(cp_id, 0.0)
        if hw.dc:
            value, unit = math.floor(w / 100.0) * 100.0, "W"
        else:
            amps = w / (self.opts.voltage * len(hw.phases))
            value, unit = math.floor(amps * 10.0 + 1e-9) / 10.0, "A"
        return {"id": DEFAULT_PROFILE_ID, "stack_level": STACK_LEVEL,
                "purpose": "TxDefaultProfile", "kind": "Absolute", "unit": unit,
                "periods": [(0, value)]}

    async def send_default(self, cp_id: str) -> Any:
        """The offline-safety TxDefaultProfile (connector 0) with the fallback limit."""
        if cp_id not in self.online or not self.enabled:
            log.debug("load management: %s offline, no default profile", cp_id)
            return None
        profile = self.default_profile(cp_id)
        result = await self.commands.set_charging_profile(cp_id, 0, profile)
        self.sends += 1
        if result.ok:
            self.defaults_sent[cp_id] = value = float(profile["periods"][0][1])
            if self.default_profile(cp_id)["periods"][0][1] != value:  # changed meanwhile
                self._schedule_default(cp_id, 0.0)
        else:
            log.warning("load management: %s did not take its default profile: %s", cp_id, result)
            if cp_id in self.online:  # try again (a charger still booting may refuse)
                self._schedule_default(cp_id, max(1.0, self.opts.connect_delay_s))
        return result

    # ------------------------------------------------------------------ for the screens
    def status(self) -> LoadStatus:
        if not self.enabled:
            return LoadStatus(False)
        nodes = self._limit_nodes(self._known_chargers())
        demands = self._demands(self.clock())
        alloc = {k: a.limit_w for k, a in self.allocation.items()}
        drawn: dict[str, float] = {}
        for d in demands:
            cp, _, number = d.key.rpartition("/")
            if cp.startswith("reserve:"):
                drawn[d.key] = 0.0
                continue
            s = self.sessions.get((cp, int(number)))
            drawn[d.key] = (s.measured_w or 0.0) if s is not None and cp in self.online \
                else (d.measured_w or 0.0)
        try:
            a_load = node_loads(nodes, demands, alloc, self.opts.voltage)
            d_load = node_loads(nodes, demands, drawn, self.opts.voltage)
        except TreeError:
            return LoadStatus(True)
        out = LoadStatus(True, fixed=sorted(self.fixed), compute_ms=self.compute_ms)
        for n in nodes:
            out.nodes[n.id] = {
                "name": n.label, "parent": n.parent, "limit_kw": n.limit_kw,
                "limit_a": n.limit_a, "allocated_kw": round(a_load[n.id][0], 3),
                "drawn_kw": round(d_load[n.id][0], 3),
                "allocated_a": [round(x, 1) for x in a_load[n.id][1]],
                "drawn_a": [round(x, 1) for x in d_load[n.id][1]]}
        for (cp, conn), t in sorted(self.targets.items()):
            s = self.sessions.get((cp, conn))
            out.connectors[f"{cp}/{conn}"] = {
                "limit": t.value, "unit": t.unit, "limit_kw": round(t.limit_w / 1000, 3),
                "paused": t.paused, "limited_by": t.limited_by,
                "drawn_kw": round((s.measured_w or 0.0) / 1000, 3) if s else 0.0,
                "sent": self.sent.get((cp, conn)) is not None}
        return out


def install(services: Services, commands: CommandPort,
            options: LoadOptions | None = None) -> LoadManager:
    """Create the manager, subscribe it and keep it in ``services.extras["load"]``."""
    manager = LoadManager(services, commands, options).install()
    services.extras["load"] = manager
    return manager
