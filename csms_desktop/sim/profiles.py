"""Smart-charging profiles as a simulated charger applies them (OCPP 1.6 and 2.0.1).

Profiles arrive as the snake_case dicts the ocpp library hands to handlers. They are
normalised to `Profile`; `ProfileStore.limit_w` gives the power limit for a connector at an
instant, and `composite` the schedule GetCompositeSchedule answers with.

Precedence (both versions): TxProfile of the running transaction, else TxDefaultProfile on
the connector, else TxDefaultProfile on connector/EVSE 0; the highest stackLevel wins within
a purpose; the station-wide maximum profile caps the result (applied per connector here).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from csms_desktop.sim.physics import Hardware

MAX_PURPOSES = ("ChargePointMaxProfile", "ChargingStationMaxProfile")
TX_PURPOSE = "TxProfile"
DEFAULT_PURPOSE = "TxDefaultProfile"
RECURRENCY_S = {"Daily": 86_400.0, "Weekly": 604_800.0}
MAX_COMPOSITE_S = 7 * 86_400.0


def parse_time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
    try:
        dt = datetime.fromisoformat(text)
    except ValueError:
        return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def format_time(dt: datetime) -> str:
    dt = dt.astimezone(UTC)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"


@dataclass
class Period:
    start_s: float
    limit: float
    phases: int | None = None


@dataclass
class Profile:
    id: int
    connector_id: int  # 0 = whole station
    stack_level: int
    purpose: str
    kind: str  # Absolute | Recurring | Relative
    unit: str  # "A" | "W"
    periods: list[Period]
    received: datetime
    recurrency: str | None = None
    duration_s: float | None = None
    start_schedule: datetime | None = None
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    transaction_id: str | None = None
    raw: dict[str, Any] = field(default_factory=dict)

    def schedule_start(self, at: datetime, tx_start: datetime | None) -> datetime | None:
        if self.kind == "Relative":
            return tx_start if tx_start is not None else at
        base = self.start_schedule or self.received
        if self.kind == "Recurring":
            span = RECURRENCY_S.get(self.recurrency or "Daily", 86_400.0)
            if at < base:
                return None
            k = int((at - base).total_seconds() // span)
            return base + timedelta(seconds=k * span)
        return base

    def value_at(self, at: datetime, tx_start: datetime | None) -> Period | None:
        """The period in force at `at`, or None when the profile is not active then."""
        if self.valid_from is not None and at < self.valid_from:
            return None
        if self.valid_to is not None and at >= self.valid_to:
            return None
        start = self.schedule_start(at, tx_start)
        if start is None:
            return None
        offset = (at - start).total_seconds()
        if offset < 0 or (self.duration_s is not None and offset >= self.duration_s):
            return None
        chosen: Period | None = None
        for p in self.periods:
            if p.start_s <= offset + 1e-9:
                chosen = p
        return chosen

    def limit_w(self, at: datetime, tx_start: datetime | None, hw: Hardware) -> float | None:
        p = self.value_at(at, tx_start)
        if p is None:
            return None
        return p.limit if self.unit == "W" else hw.amps_to_watts(p.limit, p.phases)


def parse_profile(raw: dict[str, Any], connector_id: int, now: datetime) -> Profile:
    """Normalise a 1.6 csChargingProfiles / 2.0.1 chargingProfile (snake_case keys)."""
    schedule = raw.get("charging_schedule") or {}
    if isinstance(schedule, list):  # 2.0.1: 1-3 schedules; the first one is used
        schedule = schedule[0] if schedule else {}
    periods = [
        Period(float(p.get("start_period", 0)), float(p.get("limit", 0.0)), p.get("number_phases"))
        for p in schedule.get("charging_schedule_period", [])
    ]
    periods.sort(key=lambda p: p.start_s)
    pid = raw.get("charging_profile_id", raw.get("id", 0))
    tx = raw.get("transaction_id")
    duration = schedule.get("duration")
    return Profile(
        id=int(pid),
        connector_id=int(connector_id),
        stack_level=int(raw.get("stack_level", 0)),
        purpose=str(raw.get("charging_profile_purpose", DEFAULT_PURPOSE)),
        kind=str(raw.get("charging_profile_kind", "Absolute")),
        unit=str(schedule.get("charging_rate_unit", "W")).upper()[:1],
        periods=periods,
        received=now,
        recurrency=raw.get("recurrency_kind"),
        duration_s=float(duration) if duration is not None else None,
        start_schedule=parse_time(schedule.get("start_schedule")),
        valid_from=parse_time(raw.get("valid_from")),
        valid_to=parse_time(raw.get("valid_to")),
        transaction_id=None if tx is None else str(tx),
        raw=dict(raw),
    )


class ProfileStore:
    """Installed profiles of one charger."""

    def __init__(self) -> None:
        self.profiles: list[Profile] = []

    def install(self, profile: Profile) -> None:
        """Add, replacing a profile with the same id or the same (connector, purpose, level)."""
        self.profiles = [
            p for p in self.profiles
            if p.id != profile.id
            and not (p.connector_id == profile.connector_id and p.purpose == profile.purpose
                     and p.stack_level == profile.stack_level)
        ]
        self.profiles.append(profile)

    def matching(
        self,
        profile_id: int | None = None,
        connector_id: int | None = None,
        purpose: str | None = None,
        stack_level: int | None = None,
    ) -> list[Profile]:
        return [
            p for p in self.profiles
            if (profile_id is None or p.id == profile_id)
            and (connector_id is None or p.connector_id == connector_id)
            and (purpose is None or p.purpose == purpose)
            and (stack_level is None or p.stack_level == stack_level)
        ]

    def clear(self, **criteria: Any) -> int:
        """Remove the profiles matching every given criterion; returns how many."""
        gone = self.matching(**criteria)
        self.profiles = [p for p in self.profiles if p not in gone]
        return len(gone)

    def drop_tx_profiles(self, transaction_id: str | None) -> None:
        """TxProfiles end with their transaction."""
        self.profiles = [
            p for p in self.profiles
            if not (p.purpose == TX_PURPOSE
                    and (p.transaction_id is None or p.transaction_id == transaction_id))
        ]

    def _best(self, candidates: list[Profile], at: datetime, tx_start: datetime | None,
              hw: Hardware) -> float | None:
        for p in sorted(candidates, key=lambda p: -p.stack_level):
            w = p.limit_w(at, tx_start, hw)
            if w is not None:
                return w
        return None

    def limit_w(
        self,
        connector_id: int,
        at: datetime,
        hw: Hardware,
        tx_id: str | None = None,
        tx_start: datetime | None = None,
    ) -> float | None:
        """Power limit in W for the connector at `at`, or None when nothing limits it."""
        limits: list[float] = []
        tx_limit: float | None = None
        if tx_id is not None:
            tx_limit = self._best([
                p for p in self.profiles
                if p.purpose == TX_PURPOSE and p.connector_id in (connector_id, 0)
                and (p.transaction_id is None or p.transaction_id == tx_id)
            ], at, tx_start, hw)
        if tx_limit is None:
            for cid in (connector_id, 0):
                tx_limit = self._best(
                    [p for p in self.profiles
                     if p.purpose == DEFAULT_PURPOSE and p.connector_id == cid],
                    at, tx_start, hw)
                if tx_limit is not None:
                    break
        if tx_limit is not None:
            limits.append(tx_limit)
        cap = self._best([p for p in self.profiles if p.purpose in MAX_PURPOSES], at, tx_start, hw)
        if cap is not None:
            limits.append(cap)
        return min(limits) if limits else None

    def _breakpoints(self, start: datetime, end: datetime,
                     tx_start: datetime | None) -> list[datetime]:
        points = {start}
        for p in self.profiles:
            bases: list[datetime] = []
            anchor = p.schedule_start(start, tx_start)
            if anchor is not None:
                bases.append(anchor)
            if p.kind == "Recurring":
                span = timedelta(seconds=RECURRENCY_S.get(p.recurrency or "Daily", 86_400.0))
                base = anchor or p.start_schedule or p.received
                for k in range(1, 9):  # a week of daily recurrences at most
                    if base + k * span >= end:
                        break
                    bases.append(base + k * span)
            for base in bases:
                for period in p.periods:
                    points.add(base + timedelta(seconds=period.start_s))
                if p.duration_s is not None:
                    points.add(base + timedelta(seconds=p.duration_s))
            for edge in (p.valid_from, p.valid_to):
                if edge is not None:
                    points.add(edge)
        return sorted(t for t in points if start <= t < end)

    def composite(
        self,
        connector_id: int,
        start: datetime,
        duration_s: float,
        hw: Hardware,
        unit: str = "W",
        tx_id: str | None = None,
        tx_start: datetime | None = None,
    ) -> list[tuple[int, float]]:
        """[(startPeriod s, limit in `unit`)] over [start, start+duration], equal periods merged.

        Where no profile applies the hardware maximum is reported.
        """
        duration_s = max(1.0, min(float(duration_s), MAX_COMPOSITE_S))
        end = start + timedelta(seconds=duration_s)
        out: list[tuple[int, float]] = []
        for t in self._breakpoints(start, end, tx_start):
            w = self.limit_w(connector_id, t, hw, tx_id, tx_start)
            w = hw.max_power_w if w is None else min(w, hw.max_power_w)
            value = round(w if unit.upper().startswith("W") else hw.watts_to_amps(w), 1)
            offset = int((t - start).total_seconds())
            if out and out[-1][1] == value:
                continue
            if out and out[-1][0] == offset:
                out[-1] = (offset, value)
            else:
                out.append((offset, value))
        return out
