"""Charging profiles: a library of schedules the operator pushes to chargers.

A library profile is a ``charging_profile`` row without a charge point. Its
``charging_schedule`` JSON has the shape of an OCPP ChargingSchedule::

    {"chargingRateUnit": "A", "duration": 86400, "recurrencyKind": "Daily",
     "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 32.0}, ...]}

(``chargingRateUnit`` may be ``kW``: it is converted to W on the wire, OCPP knows A and W.)
A push the charger accepts is recorded as a row *with* the charge point (and connector):
what is installed where. Each library profile keeps one integer OCPP id
(``ocpp_profile_id``), so pushing it again replaces it on the charger.
"""

from __future__ import annotations

import logging
import zoneinfo
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

import peewee as pw

from csms_desktop.domain.enums import RateUnit, TransactionStatus
from csms_desktop.domain.timeutil import as_utc, utcnow
from csms_desktop.services.command_port import CommandPort, outcome_word
from csms_desktop.services.validation import QT_TR_NOOP, FieldError, Message, ValidationError
from csms_desktop.store.models import ChargePoint, ChargingProfile, Connector, Setting, Transaction

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

log = logging.getLogger(__name__)

PURPOSES = ("TxDefaultProfile", "TxProfile", "ChargePointMaxProfile")
KINDS = ("Absolute", "Relative", "Recurring")
RECURRENCY = {"Daily": 86400, "Weekly": 7 * 86400}
UNITS = ("A", "W", "kW")
MAX_DURATION_S = 7 * 86400
MAX_PERIODS = 48
NEXT_ID_KEY = "ocpp_next_profile_id"
SEEDED_KEY = "charging_profiles_seeded"

Period = tuple[int, float]


@dataclass(frozen=True)
class ProfileDraft:
    name: str
    unit: str = "A"
    periods: tuple[Period, ...] = ((0, 16.0),)
    stack_level: int = 1
    description: str = ""
    duration: int | None = None  # s
    valid_from: datetime | None = None
    valid_to: datetime | None = None
    purpose: str = "TxDefaultProfile"
    kind: str = "Absolute"
    recurrency: str | None = None  # Daily / Weekly when kind is Recurring
    min_rate: float | None = None


@dataclass(frozen=True)
class ProfileRow:
    id: str
    draft: ProfileDraft
    ocpp_profile_id: int | None
    charge_point_id: str | None = None
    connector_no: int | None = None

    @property
    def name(self) -> str:
        return self.draft.name


@dataclass(frozen=True)
class Limits:
    """What the target can take: None when unknown."""

    max_power_kw: float | None = None
    max_current_a: float | None = None


@dataclass(frozen=True)
class PushResult:
    ok: bool
    status: str
    detail: str
    sent: dict[str, Any] = field(default_factory=dict)  # the neutral profile sent

    def __str__(self) -> str:
        return self.status + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class Composite:
    ok: bool
    status: str
    periods: tuple[Period, ...]
    unit: str | None
    detail: str = ""
    start: str | None = None


# ------------------------------------------------------------------ schedule JSON


def schedule_json(d: ProfileDraft) -> dict[str, Any]:
    out: dict[str, Any] = {
        "chargingRateUnit": d.unit,
        "chargingSchedulePeriod": [{"startPeriod": int(s), "limit": float(lim)}
                                   for s, lim in d.periods],
    }
    if d.duration:
        out["duration"] = int(d.duration)
    if d.kind == "Recurring" and d.recurrency:
        out["recurrencyKind"] = d.recurrency
    if d.min_rate is not None:
        out["minChargingRate"] = float(d.min_rate)
    return out


def draft_from_row(row: ChargingProfile) -> ProfileDraft:
    sched = row.charging_schedule if isinstance(row.charging_schedule, dict) else {}
    periods = tuple((int(p.get("startPeriod", 0)), float(p.get("limit", 0)))
                    for p in sched.get("chargingSchedulePeriod", []))
    return ProfileDraft(
        name=row.name, unit=str(row.charging_rate_unit), periods=periods,
        stack_level=int(row.stack_level), description=row.description or "",
        duration=sched.get("duration"), valid_from=row.valid_from, valid_to=row.valid_to,
        purpose=row.purpose or "TxDefaultProfile", kind=row.kind or "Absolute",
        recurrency=sched.get("recurrencyKind"), min_rate=sched.get("minChargingRate"))


def to_row(r: ChargingProfile) -> ProfileRow:
    conn_no = None
    if r.connector_id:
        conn_no = Connector.select(Connector.connector_id).where(
            Connector.id == r.connector_id).scalar()
    elif r.charge_point_id:
        conn_no = 0
    return ProfileRow(str(r.id), draft_from_row(r), r.ocpp_profile_id, r.charge_point_id, conn_no)


# ------------------------------------------------------------------ validation


def validate_profile(d: ProfileDraft, limits: Limits | None = None) -> None:
    """Raise ValidationError (field -> message) when the profile is not sendable."""
    errors: dict[str, str] = {}
    name = d.name.strip()
    if not name:
        errors["name"] = QT_TR_NOOP("give the profile a name")
    elif len(name) > 100:
        errors["name"] = QT_TR_NOOP("the name is too long (100 characters at most)")
    if d.unit not in UNITS:
        errors["unit"] = QT_TR_NOOP("the unit is A, W or kW")
    if not isinstance(d.stack_level, int) or not 0 <= d.stack_level <= 100:
        errors["stack_level"] = QT_TR_NOOP("the stack level is a whole number from 0 to 100")
    if d.purpose not in PURPOSES:
        errors["purpose"] = QT_TR_NOOP("choose TxDefaultProfile, TxProfile or ChargePointMaxProfile")
    if d.kind not in KINDS:
        errors["kind"] = QT_TR_NOOP("the kind is Absolute, Relative or Recurring")
    horizon = MAX_DURATION_S
    if d.kind == "Recurring":
        if d.recurrency not in RECURRENCY:
            errors["recurrency"] = QT_TR_NOOP("a recurring profile repeats Daily or Weekly")
        else:
            horizon = RECURRENCY[d.recurrency]
    if d.duration is not None:
        if d.duration <= 0:
            errors["duration"] = QT_TR_NOOP(
                "the duration is positive (or empty: until further notice)")
        elif d.duration > horizon:
            errors["duration"] = (
                Message(QT_TR_NOOP("at most {days} day(s) for a {recurrency} profile"),
                        days=horizon // 86400, recurrency=d.recurrency)
                if horizon < MAX_DURATION_S
                else Message(QT_TR_NOOP("at most {days} day(s)"), days=horizon // 86400))
    msg = _period_errors(d, limits or Limits(), horizon)
    if msg:
        errors["periods"] = msg
    if d.valid_from and d.valid_to and as_utc(d.valid_to) <= as_utc(d.valid_from):
        errors["valid_to"] = QT_TR_NOOP("'valid to' must be after 'valid from'")
    if d.min_rate is not None and d.min_rate < 0:
        errors["min_rate"] = QT_TR_NOOP("the minimum rate is zero or more")
    if errors:
        raise ValidationError(errors)


def _period_errors(d: ProfileDraft, limits: Limits, horizon: int) -> str | None:
    if not d.periods:
        return QT_TR_NOOP("add at least one period starting at 0 s")
    if len(d.periods) > MAX_PERIODS:
        return Message(QT_TR_NOOP("at most {count} periods"), count=MAX_PERIODS)
    if d.periods[0][0] != 0:
        return QT_TR_NOOP("the first period starts at 0 s")
    for i, (start, limit) in enumerate(d.periods, 1):
        if i > 1 and start <= d.periods[i - 2][0]:
            return Message(QT_TR_NOOP("row {row}: periods are in ascending order of start time"),
                           row=i)
        if start >= horizon:
            return Message(QT_TR_NOOP("row {row}: starts after {days} day(s)"), row=i,
                           days=horizon // 86400)
        if d.duration is not None and start >= d.duration > 0:
            return Message(QT_TR_NOOP("row {row}: starts after the profile's duration "
                                      "({seconds} s)"), row=i, seconds=d.duration)
        if not limit > 0:
            return Message(QT_TR_NOOP("row {row}: the limit must be more than 0"), row=i)
        cap = _cap(d.unit, limits)
        if cap is not None and limit > cap[0] + 1e-9:
            return Message(QT_TR_NOOP("row {row}: {limit} {unit} is above {maximum}"), row=i,
                           limit=f"{limit:g}", unit=d.unit, maximum=cap[1])
    return None


def _cap(unit: str, limits: Limits) -> tuple[float, str] | None:
    if unit == "A" and limits.max_current_a:
        return limits.max_current_a, Message(
            QT_TR_NOOP("the connector's maximum of {amps} A"), amps=f"{limits.max_current_a:g}")
    if unit in ("kW", "W") and limits.max_power_kw:
        kw = limits.max_power_kw
        value = kw if unit == "kW" else kw * 1000
        return value, Message(QT_TR_NOOP("the charger's maximum of {kw} kW"), kw=f"{kw:g}")
    return None


def limits_for(cp_id: str, connector_no: int, purpose: str = "TxDefaultProfile") -> Limits:
    cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    if cp is None:
        return Limits()
    conns = list(Connector.select().where(Connector.charge_point == cp_id))
    if connector_no:
        conn = next((c for c in conns if c.connector_id == connector_no), None)
        if conn is None:
            return Limits(cp.max_power)
        power = conn.max_power or cp.max_power
        return Limits(power, conn.max_current)
    currents = [c.max_current for c in conns if c.max_current]
    current = None
    if currents and len(currents) == len(conns):
        current = sum(currents) if purpose == "ChargePointMaxProfile" else max(currents)
    return Limits(cp.max_power, current)


# ------------------------------------------------------------------ the service


DEFAULTS = (
    ProfileDraft("Default 32 A", "A", ((0, 32.0),), 0,
                 "Connector default: 32 A per phase until told otherwise."),
    ProfileDraft("Night charging (daily)", "A",
                 ((0, 32.0), (6 * 3600, 16.0), (18 * 3600, 10.0), (22 * 3600, 32.0)), 1,
                 "Full current at night, reduced by day and in the evening peak.",
                 duration=86400, kind="Recurring", recurrency="Daily"),
    ProfileDraft("Eco 7.4 kW", "kW", ((0, 7.4),), 1, "A gentle single-phase 7.4 kW."),
    ProfileDraft("Site cap 22 kW", "kW", ((0, 22.0),), 0,
                 "The whole charger never draws more than 22 kW.",
                 purpose="ChargePointMaxProfile"),
)


class ProfileService:
    def __init__(self, services: Services, commands: CommandPort | None) -> None:
        self.services = services
        self.commands = commands

    # -------------------------------------------------------------- library
    @staticmethod
    def seed_library() -> int:
        """Put a few useful profiles in an empty library (once per database)."""
        if Setting.get_or_none(Setting.key == SEEDED_KEY) is not None:
            return 0
        n = 0
        with ChargingProfile._meta.database.atomic():
            if not ChargingProfile.select().where(ChargingProfile.charge_point.is_null()).exists():
                for d in DEFAULTS:
                    ChargingProfile.create(**_columns(d))
                    n += 1
            Setting.insert(key=SEEDED_KEY, value=True, updated_at=utcnow()).on_conflict_ignore(
            ).execute()
        return n

    @staticmethod
    def library() -> list[ProfileRow]:
        return [to_row(r) for r in ChargingProfile.select()
                .where(ChargingProfile.charge_point.is_null()).order_by(ChargingProfile.name)]

    @staticmethod
    def installed(cp_id: str | None = None) -> list[ProfileRow]:
        """Profiles chargers accepted (per charger and connector)."""
        q = ChargingProfile.select().where(ChargingProfile.charge_point.is_null(False))
        if cp_id:
            q = q.where(ChargingProfile.charge_point == cp_id)
        return [to_row(r) for r in q.order_by(ChargingProfile.charge_point,
                                              ChargingProfile.stack_level)]

    @staticmethod
    def get(profile_id: str) -> ProfileRow | None:
        r = ChargingProfile.get_or_none(ChargingProfile.id == profile_id)
        return to_row(r) if r is not None else None

    def save(self, draft: ProfileDraft, profile_id: str | None = None) -> ProfileRow:
        validate_profile(draft)
        clash = ChargingProfile.get_or_none(
            ChargingProfile.charge_point.is_null() & (ChargingProfile.name == draft.name.strip()))
        if clash is not None and clash.id != profile_id:
            raise FieldError("name", Message(QT_TR_NOOP("a profile named {name} exists already"),
                                             name=repr(draft.name.strip())))
        values = _columns(draft)
        if profile_id is None:
            row = ChargingProfile.create(**values)
        else:
            found = ChargingProfile.get_or_none(ChargingProfile.id == profile_id)
            if found is None:
                raise FieldError("name", QT_TR_NOOP("this profile does not exist any more"))
            row = found
            for k, v in values.items():
                setattr(row, k, v)
            row.save()
        return to_row(row)

    @staticmethod
    def delete(profile_id: str) -> None:
        ChargingProfile.delete().where(ChargingProfile.id == profile_id).execute()

    # -------------------------------------------------------------- charger side
    @staticmethod
    def _allocate_id() -> int:
        stored = Setting.get_or_none(Setting.key == NEXT_ID_KEY)
        highest = ChargingProfile.select(pw.fn.MAX(ChargingProfile.ocpp_profile_id)).scalar() or 0
        value = max(int(stored.value) if stored and stored.value is not None else 1,
                    int(highest) + 1)
        Setting.insert(key=NEXT_ID_KEY, value=value + 1, updated_at=utcnow()).on_conflict(
            conflict_target=[Setting.key], update={Setting.value: value + 1}).execute()
        return value

    def check_target(self, draft: ProfileDraft, cp_id: str, connector_no: int,
                     purpose: str) -> str | None:
        """Validate ``draft`` for this charger/connector/purpose; returns the OCPP
        transaction id a TxProfile applies to (None otherwise)."""
        if ChargePoint.get_or_none(ChargePoint.id == cp_id) is None:
            raise FieldError("charge_point", QT_TR_NOOP("choose a charge point"))
        if connector_no and not Connector.select().where(
                (Connector.charge_point == cp_id)
                & (Connector.connector_id == connector_no)).exists():
            raise FieldError("connector", Message(QT_TR_NOOP("{charger} has no connector {number}"),
                                                  charger=cp_id, number=connector_no))
        if purpose not in PURPOSES:
            raise FieldError("purpose", QT_TR_NOOP(
                "choose TxDefaultProfile, TxProfile or ChargePointMaxProfile"))
        if purpose == "ChargePointMaxProfile" and connector_no != 0:
            raise FieldError("connector", QT_TR_NOOP("a ChargePointMaxProfile applies to the "
                                                     "whole charger (connector 0)"))
        tx_id = None
        if purpose == "TxProfile":
            if not connector_no:
                raise FieldError("connector", QT_TR_NOOP("a TxProfile applies to one connector's "
                                                         "transaction: choose the connector"))
            tx = (Transaction.select(Transaction.transaction_id)
                  .join(Connector, on=(Transaction.connector == Connector.id))
                  .where((Transaction.charge_point == cp_id)
                         & (Connector.connector_id == connector_no)
                         & (Transaction.status == TransactionStatus.ACTIVE)).first())
            if tx is None:
                raise FieldError("purpose", Message(QT_TR_NOOP(
                    "no transaction is running on {charger} connector {number}; a TxProfile "
                    "needs one"), charger=cp_id, number=connector_no))
            tx_id = str(tx.transaction_id)
        validate_profile(draft, limits_for(cp_id, connector_no, purpose))
        return tx_id

    def neutral(self, draft: ProfileDraft, ocpp_id: int, purpose: str,
                transaction_id: str | None, now: datetime | None = None) -> dict[str, Any]:
        """The neutral profile dict ``Commands.set_charging_profile`` takes (kW -> W)."""
        factor = 1000.0 if draft.unit == "kW" else 1.0
        profile: dict[str, Any] = {
            "id": ocpp_id, "stack_level": draft.stack_level, "purpose": purpose,
            "kind": draft.kind, "unit": "W" if draft.unit == "kW" else draft.unit,
            "periods": [(int(s), round(lim * factor, 1)) for s, lim in draft.periods],
            "duration": draft.duration, "valid_from": draft.valid_from,
            "valid_to": draft.valid_to,
        }
        if draft.min_rate is not None:
            profile["min_rate"] = draft.min_rate * factor
        if transaction_id is not None:
            profile["transaction_id"] = transaction_id
        if draft.kind == "Recurring":
            profile["recurrency"] = draft.recurrency or "Daily"
            profile["start_schedule"] = self._local_midnight(now or utcnow())
        return profile

    def _local_midnight(self, now: datetime) -> datetime:
        """A recurring schedule starts at midnight, site time (periods are times of day)."""
        try:
            tz: Any = zoneinfo.ZoneInfo(self.services.settings.time_zone)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            tz = zoneinfo.ZoneInfo("UTC")
        local = as_utc(now).astimezone(tz)
        midnight = local.replace(hour=0, minute=0, second=0, microsecond=0)
        return as_utc(midnight)

    async def push(self, profile_id: str, cp_id: str, connector_no: int,
                   purpose: str | None = None, now: datetime | None = None) -> PushResult:
        """Send library profile ``profile_id`` to ``cp_id``/``connector_no`` (0: whole
        charger) with ``purpose`` (default: the profile's own). ValidationError when the
        profile does not fit the target."""
        row = ChargingProfile.get_or_none(ChargingProfile.id == profile_id)
        if row is None:
            raise FieldError("profile", QT_TR_NOOP("this profile does not exist any more"))
        draft = draft_from_row(row)
        purpose = purpose or draft.purpose
        tx_id = self.check_target(draft, cp_id, connector_no, purpose)
        if self.commands is None:
            return PushResult(False, "Offline", QT_TR_NOOP("no command channel"))
        if row.ocpp_profile_id is None:
            row.ocpp_profile_id = self._allocate_id()
            ChargingProfile.update(ocpp_profile_id=row.ocpp_profile_id).where(
                ChargingProfile.id == row.id).execute()
        sent = self.neutral(draft, row.ocpp_profile_id, purpose, tx_id, now)
        answer = await self.commands.set_charging_profile(cp_id, connector_no, sent)
        word = outcome_word(answer)
        if word == "Accepted":
            self._record_installed(row, draft, cp_id, connector_no, purpose)
        log.info("%s/%d: SetChargingProfile %s (id %d, %s): %s", cp_id, connector_no,
                 draft.name, row.ocpp_profile_id, purpose, word)
        return PushResult(word == "Accepted", word, getattr(answer, "detail", "") or "", sent)

    @staticmethod
    def _record_installed(row: ChargingProfile, draft: ProfileDraft, cp_id: str,
                          connector_no: int, purpose: str) -> None:
        conn_id = None
        if connector_no:
            conn_id = Connector.select(Connector.id).where(
                (Connector.charge_point == cp_id)
                & (Connector.connector_id == connector_no)).scalar()
        same_place = (ChargingProfile.charge_point == cp_id) & (
            ChargingProfile.connector.is_null() if conn_id is None
            else ChargingProfile.connector == conn_id)
        with ChargingProfile._meta.database.atomic():
            # The charger replaces a profile with the same id, or the same purpose and level.
            ChargingProfile.delete().where(
                (ChargingProfile.charge_point == cp_id)
                & ((ChargingProfile.ocpp_profile_id == row.ocpp_profile_id)
                   | (same_place & (ChargingProfile.purpose == purpose)
                      & (ChargingProfile.stack_level == draft.stack_level)))).execute()
            values = _columns(draft)
            values.update(charge_point=cp_id, connector=conn_id, purpose=purpose,
                          ocpp_profile_id=row.ocpp_profile_id)
            ChargingProfile.create(**values)

    async def clear(self, cp_id: str, connector_no: int | None = None,
                    profile_id: str | None = None, purpose: str | None = None) -> PushResult:
        """ClearChargingProfile: one library profile (by its OCPP id) or by connector and
        purpose; forgets the matching installed rows when the charger accepts."""
        if self.commands is None:
            return PushResult(False, "Offline", QT_TR_NOOP("no command channel"))
        ocpp_id = None
        if profile_id is not None:
            row = ChargingProfile.get_or_none(ChargingProfile.id == profile_id)
            if row is None or row.ocpp_profile_id is None:
                raise FieldError("profile", QT_TR_NOOP("this profile was never sent to a charger"))
            ocpp_id = int(row.ocpp_profile_id)
        answer = await self.commands.clear_charging_profile(
            cp_id, ocpp_id, connector_no if ocpp_id is None else None, purpose)
        word = outcome_word(answer)
        if word == "Accepted":
            q = ChargingProfile.delete().where(ChargingProfile.charge_point == cp_id)
            if ocpp_id is not None:
                q = q.where(ChargingProfile.ocpp_profile_id == ocpp_id)
            else:
                if connector_no:
                    q = q.where(ChargingProfile.connector.in_(
                        Connector.select(Connector.id).where(
                            (Connector.charge_point == cp_id)
                            & (Connector.connector_id == connector_no))))
                elif connector_no == 0:
                    q = q.where(ChargingProfile.connector.is_null())
                if purpose:
                    q = q.where(ChargingProfile.purpose == purpose)
            q.execute()
        return PushResult(word == "Accepted", word, getattr(answer, "detail", "") or "")

    async def composite(self, cp_id: str, connector_no: int, duration: int = 86400,
                        unit: str | None = None) -> Composite:
        """GetCompositeSchedule; a kW request asks for W and converts the answer back."""
        if self.commands is None:
            return Composite(False, "Offline", (), unit, QT_TR_NOOP("no command channel"))
        wire_unit = "W" if unit == "kW" else unit
        answer = await self.commands.get_composite_schedule(cp_id, connector_no, int(duration),
                                                            wire_unit)
        word = outcome_word(answer)
        data = getattr(answer, "data", {}) or {}
        got_unit = data.get("unit") or wire_unit
        periods = [(int(s), float(lim)) for s, lim in data.get("periods", [])]
        if unit == "kW" and got_unit == "W":
            periods = [(s, lim / 1000.0) for s, lim in periods]
            got_unit = "kW"
        return Composite(word == "Accepted", word, tuple(periods), got_unit,
                         getattr(answer, "detail", "") or "", data.get("start"))


def _columns(d: ProfileDraft) -> dict[str, Any]:
    return {
        "name": d.name.strip(), "description": d.description.strip() or None,
        "charging_rate_unit": RateUnit(d.unit), "charging_schedule": schedule_json(d),
        "stack_level": d.stack_level, "valid_from": d.valid_from, "valid_to": d.valid_to,
        "purpose": d.purpose, "kind": d.kind,
    }


def step_points(periods: tuple[Period, ...] | list[Period],
                end_s: int | None = None) -> tuple[list[float], list[float]]:
    """x edges (len n+1, in hours) and y values (len n) for a step chart."""
    if not periods:
        return [0.0, 1.0], [0.0]
    starts = [p[0] for p in periods]
    last = end_s if end_s and end_s > starts[-1] else starts[-1] + max(3600, starts[-1] // 8)
    xs = [s / 3600.0 for s in [*starts, last]]
    return xs, [float(p[1]) for p in periods]


def horizon_s(d: ProfileDraft) -> int:
    if d.duration:
        return int(d.duration)
    if d.kind == "Recurring" and d.recurrency in RECURRENCY:
        return RECURRENCY[d.recurrency]
    return max(86400, (d.periods[-1][0] + 3600) if d.periods else 86400)



