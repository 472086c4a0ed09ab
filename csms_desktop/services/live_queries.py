"""Read models for the live pages (dashboard, charge points, connector detail).

Plain Python, no Qt: each function runs a few queries and returns frozen dataclasses the
GUI keeps and renders. The GUI calls them off the hot path (on start-up, on a coalesced
timer, or in a worker thread through :func:`in_worker`), never from a model's ``data()``.

The small write helpers for the charge point form (:func:`parse_edit`,
:func:`save_charge_point`) live here too: validation is plain Python and testable without Qt.
"""

from __future__ import annotations

import math
import zoneinfo
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta
from decimal import Decimal
from typing import Any, TypeVar

import peewee as pw

from csms_desktop.domain.enums import (
    ConnectorType,
    IdTagStatus,
    RegistrationStatus,
    TransactionStatus,
)
from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.timeutil import as_utc, utcnow
from csms_desktop.services.events import ChargerUpdated, EventHub
from csms_desktop.services.sites import in_site, site_condition
from csms_desktop.store.db import database_proxy
from csms_desktop.store.models import (
    DEFAULT_SITE_ID,
    ChargePoint,
    Connector,
    IdTag,
    MeterValue,
    Transaction,
    User,
    UserVehicle,
)

T = TypeVar("T")

MAX_HISTORY_POINTS = 50_000


# ------------------------------------------------------------------ threads


def in_worker(fn: Callable[..., T], *args: Any) -> T:
    """Run ``fn(*args)`` in a worker thread and close that thread's connection afterwards.

    Peewee opens one connection per thread; a thread-pool thread would otherwise keep its
    own connection open forever. Use as ``loop.run_in_executor(None, in_worker, fn, ...)``.
    """
    try:
        return fn(*args)
    finally:
        db = database_proxy.obj
        if db is not None and not db.is_closed():
            db.close()


# ------------------------------------------------------------------ dashboard


@dataclass(frozen=True)
class SessionInfo:
    """The running transaction on a connector, as the dashboard shows it."""

    transaction_id: str
    id_tag: str | None
    driver: str | None  # the driver's name (or phone number)
    vehicle: str | None  # licence plate, make and model
    start_time: datetime
    start_meter_kwh: float
    zombie: bool = False


@dataclass(frozen=True)
class ConnectorState:
    charge_point_id: str
    connector_no: int
    connector_type: str
    ocpp_status: str | None
    error_code: str | None
    info: str | None
    status_time: datetime | None
    power_kw: float | None
    soc: float | None
    last_meter_kwh: float | None
    session: SessionInfo | None = None


@dataclass(frozen=True)
class ChargerState:
    charge_point_id: str
    name: str
    location: str
    connected: bool
    registration: str  # RegistrationStatus value
    ocpp_status: str | None  # connector 0 as reported
    error_code: str | None
    maintenance: bool
    protocol: str
    connectors: tuple[ConnectorState, ...] = ()
    site_id: str = DEFAULT_SITE_ID


@dataclass(frozen=True)
class DashboardSnapshot:
    chargers: tuple[ChargerState, ...]
    completed_energy_today_kwh: float  # transactions that ended today (site time zone)
    taken_at: datetime = field(default_factory=utcnow)


def _driver_label(user: User | None) -> str | None:
    if user is None:
        return None
    return str(user.name or user.phone_number)


def _vehicle_label(vehicle: UserVehicle | None) -> str | None:
    if vehicle is None:
        return None
    extra = " ".join(p for p in (vehicle.make, vehicle.model) if p)
    return f"{vehicle.license_plate} {extra}".strip()


def _active_sessions(where: Any = None) -> dict[str, SessionInfo]:
    """Active transactions keyed by connector row id."""
    q = (Transaction.select(Transaction, User, UserVehicle)
         .join(User, pw.JOIN.LEFT_OUTER, on=(Transaction.user == User.id))
         .switch(Transaction)
         .join(UserVehicle, pw.JOIN.LEFT_OUTER, on=(Transaction.vehicle == UserVehicle.id))
         .where(Transaction.status == TransactionStatus.ACTIVE)
         .order_by(Transaction.start_time))
    if where is not None:
        q = q.where(where)
    out: dict[str, SessionInfo] = {}
    for tx in q:
        out[str(tx.connector_id)] = _session(tx)  # the newest one per connector wins
    return out


def _session(tx: Transaction) -> SessionInfo:
    user = tx.user if tx.user_id else None
    vehicle = tx.vehicle if tx.vehicle_id else None
    return SessionInfo(
        transaction_id=str(tx.transaction_id), id_tag=tx.id_tag, driver=_driver_label(user),
        vehicle=_vehicle_label(vehicle), start_time=as_utc(tx.start_time),
        start_meter_kwh=float(tx.start_meter_value or 0.0), zombie=bool(tx.zombie))


def _connector_state(c: Connector, session: SessionInfo | None) -> ConnectorState:
    return ConnectorState(
        charge_point_id=str(c.charge_point_id), connector_no=int(c.connector_id),
        connector_type=str(c.type.value if c.type else ""), ocpp_status=c.ocpp_status,
        error_code=c.error_code, info=c.info, status_time=c.status_time, power_kw=c.power_kw,
        soc=c.soc, last_meter_kwh=c.last_meter_kwh, session=session)


def _charger_state(cp: ChargePoint, connectors: Iterable[ConnectorState]) -> ChargerState:
    return ChargerState(
        charge_point_id=str(cp.id), name=str(cp.name or cp.id), location=str(cp.location or ""),
        connected=bool(cp.connected), registration=str(cp.registration_status.value),
        ocpp_status=cp.ocpp_status, error_code=cp.error_code, maintenance=bool(cp.maintenance),
        protocol=str(cp.protocol.value), connectors=tuple(connectors),
        site_id=str(cp.site_id or DEFAULT_SITE_ID))


def _where(q: Any, condition: Any) -> Any:
    return q if condition is None else q.where(condition)


def dashboard_snapshot(time_zone: str = "UTC", now: datetime | None = None,
                       site: str | None = None) -> DashboardSnapshot:
    """Every charge point (of ``site``: a site id, None for all) with its connectors and
    running sessions (three queries)."""
    sessions = _active_sessions(in_site(Transaction.charge_point, site))
    by_cp: dict[str, list[ConnectorState]] = {}
    for c in _where(Connector.select(), in_site(Connector.charge_point, site)).order_by(
            Connector.charge_point, Connector.connector_id):
        by_cp.setdefault(str(c.charge_point_id), []).append(
            _connector_state(c, sessions.get(str(c.id))))
    chargers = tuple(
        _charger_state(cp, by_cp.get(str(cp.id), ()))
        for cp in _where(ChargePoint.select(), site_condition(site)).order_by(
            ChargePoint.name, ChargePoint.id))
    return DashboardSnapshot(chargers, completed_energy_today(time_zone, now, site))


def charger_state(cp_id: str) -> ChargerState | None:
    """One charge point with its connectors, for a charger the page has not seen yet."""
    cp = ChargePoint.get_or_none(ChargePoint.id == cp_id)
    if cp is None:
        return None
    sessions = _active_sessions(Transaction.charge_point == cp_id)
    conns = [_connector_state(c, sessions.get(str(c.id)))
             for c in Connector.select().where(Connector.charge_point == cp_id)
             .order_by(Connector.connector_id)]
    return _charger_state(cp, conns)


def connectors_by_charger(ids: list[str], build: Callable[[Connector, SessionInfo | None], T]
                          ) -> dict[str, list[T]]:
    """``build(connector, its running session)`` for every connector of the charge points
    ``ids``, grouped by charge point id in connector order (two queries)."""
    sessions = _active_sessions(Transaction.charge_point.in_(ids))
    by_cp: dict[str, list[T]] = {}
    for c in (Connector.select().where(Connector.charge_point.in_(ids))
              .order_by(Connector.charge_point, Connector.connector_id)):
        by_cp.setdefault(str(c.charge_point_id), []).append(build(c, sessions.get(str(c.id))))
    return by_cp


def charger_states(cp_ids: Iterable[str], chunk: int = 500) -> dict[str, ChargerState]:
    """:func:`charger_state` of several charge points in three queries per ``chunk`` ids
    (the dashboard builds the chargers that appeared during the last 200 ms at once).
    Unknown ids are left out."""
    ids = list(dict.fromkeys(cp_ids))
    out: dict[str, ChargerState] = {}
    for i in range(0, len(ids), chunk):
        part = ids[i:i + chunk]
        by_cp = connectors_by_charger(part, _connector_state)
        for cp in ChargePoint.select().where(ChargePoint.id.in_(part)):
            out[str(cp.id)] = _charger_state(cp, by_cp.get(str(cp.id), ()))
    return out


def connector_state(cp_id: str, connector_no: int) -> ConnectorState | None:
    c = Connector.get_or_none((Connector.charge_point == cp_id)
                              & (Connector.connector_id == connector_no))
    if c is None:
        return None
    sessions = _active_sessions(Transaction.connector == c.id)
    return _connector_state(c, sessions.get(str(c.id)))


def active_session(transaction_id: str) -> SessionInfo | None:
    """The running transaction ``transaction_id`` (OCPP id) with its driver and vehicle."""
    found = _active_sessions(Transaction.transaction_id == transaction_id)
    return next(iter(found.values()), None)


def active_sessions(transaction_ids: Iterable[str], chunk: int = 500) -> dict[str, SessionInfo]:
    """:func:`active_session` of several transactions, by OCPP id, in a query per ``chunk``
    (the dashboard looks up the sessions of a wave of starts at once)."""
    ids = list(dict.fromkeys(transaction_ids))
    out: dict[str, SessionInfo] = {}
    for i in range(0, len(ids), chunk):
        for s in _active_sessions(Transaction.transaction_id.in_(ids[i:i + chunk])).values():
            out[s.transaction_id] = s
    return out


def day_start_utc(time_zone: str, now: datetime | None = None) -> datetime:
    """Midnight of today in the site's zone, as aware UTC."""
    try:
        tz: Any = zoneinfo.ZoneInfo(time_zone)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        tz = zoneinfo.ZoneInfo("UTC")
    local = as_utc(now or utcnow()).astimezone(tz)
    return as_utc(datetime.combine(local.date(), time(0), tzinfo=tz))


def completed_energy_today(time_zone: str = "UTC", now: datetime | None = None,
                           site: str | None = None) -> float:
    """kWh of the transactions (of ``site``'s chargers) that ended since midnight (site
    zone)."""
    since = day_start_utc(time_zone, now)
    q = (Transaction.select(pw.fn.COALESCE(pw.fn.SUM(Transaction.total_energy), 0.0))
         .where((Transaction.status != TransactionStatus.ACTIVE)
                & (Transaction.end_time >= since)))
    total = _where(q, in_site(Transaction.charge_point, site)).scalar()
    return float(total or 0.0)


# ------------------------------------------------------------------ charge points page


@dataclass(frozen=True)
class ChargePointRow:
    id: str
    name: str
    location: str
    latitude: float | None
    longitude: float | None
    protocol: str
    vendor: str | None
    model: str | None
    serial_number: str | None
    firmware_version: str | None
    status: str  # ChargePointStatus value
    ocpp_status: str | None
    error_code: str | None
    registration: str  # RegistrationStatus value
    connected: bool
    last_seen: datetime | None
    last_heartbeat: datetime | None
    last_boot: datetime | None
    maintenance: bool
    tolerant: bool
    max_power_kw: float | None
    has_password: bool
    iccid: str | None
    imsi: str | None
    meter_type: str | None
    meter_serial_number: str | None
    firmware_status: str | None
    diagnostics_status: str | None
    connector_count: int
    site_id: str = DEFAULT_SITE_ID


def cp_row(cp: ChargePoint) -> ChargePointRow:
    return ChargePointRow(
        id=str(cp.id), name=str(cp.name or ""), location=str(cp.location or ""),
        latitude=cp.latitude, longitude=cp.longitude, protocol=str(cp.protocol.value),
        vendor=cp.vendor, model=cp.model, serial_number=cp.serial_number,
        firmware_version=cp.firmware_version, status=str(cp.status.value),
        ocpp_status=cp.ocpp_status, error_code=cp.error_code,
        registration=str(cp.registration_status.value), connected=bool(cp.connected),
        last_seen=cp.last_seen, last_heartbeat=cp.last_heartbeat, last_boot=cp.last_boot,
        maintenance=bool(cp.maintenance), tolerant=bool(cp.tolerant), max_power_kw=cp.max_power,
        has_password=bool(cp.password_hash), iccid=cp.iccid, imsi=cp.imsi,
        meter_type=cp.meter_type, meter_serial_number=cp.meter_serial_number,
        firmware_status=cp.firmware_status, diagnostics_status=cp.diagnostics_status,
        connector_count=int(cp.connector_count or 0),
        site_id=str(cp.site_id or DEFAULT_SITE_ID))


def charge_point_rows(ids: Iterable[str] | None = None,
                      site: str | None = None) -> list[ChargePointRow]:
    """All charge points (or just ``ids``; of ``site``, a site id, or every site),
    ordered by identity."""
    q = _where(ChargePoint.select(), site_condition(site)).order_by(ChargePoint.id)
    if ids is not None:
        wanted = list(ids)
        if not wanted:
            return []
        q = q.where(ChargePoint.id.in_(wanted))
    return [cp_row(cp) for cp in q]


def charge_point_row(cp_id: str) -> ChargePointRow | None:
    rows = charge_point_rows([cp_id])
    return rows[0] if rows else None


@dataclass(frozen=True)
class ConnectorRow:
    connector_no: int
    connector_type: str
    status: str  # ConnectorStatus value
    ocpp_status: str | None
    error_code: str | None
    vendor_error_code: str | None
    info: str | None
    status_time: datetime | None
    max_power_kw: float | None
    power_kw: float | None
    active_transaction_id: str | None


def connector_rows(cp_id: str) -> list[ConnectorRow]:
    sessions = _active_sessions(Transaction.charge_point == cp_id)
    out = []
    for c in (Connector.select().where(Connector.charge_point == cp_id)
              .order_by(Connector.connector_id)):
        s = sessions.get(str(c.id))
        out.append(ConnectorRow(
            connector_no=int(c.connector_id), connector_type=str(c.type.value),
            status=str(c.status.value), ocpp_status=c.ocpp_status, error_code=c.error_code,
            vendor_error_code=c.vendor_error_code, info=c.info, status_time=c.status_time,
            max_power_kw=c.max_power, power_kw=c.power_kw,
            active_transaction_id=s.transaction_id if s else None))
    return out


@dataclass(frozen=True)
class TagOption:
    id_tag: str
    label: str  # "04A1B2C3 — Ana Silva"


def tag_options(limit: int = 1000) -> list[TagOption]:
    """Accepted id tags with their driver, for the remote start picker."""
    q = (IdTag.select(IdTag, User).join(User, pw.JOIN.LEFT_OUTER, on=(IdTag.user == User.id))
         .where(IdTag.status == IdTagStatus.ACCEPTED).order_by(IdTag.id_tag).limit(limit))
    out = []
    for tag in q:
        driver = _driver_label(tag.user if tag.user_id else None)
        label = f"{tag.id_tag} — {driver}" if driver else str(tag.id_tag)
        if tag.note:
            label += f" ({tag.note})"
        out.append(TagOption(str(tag.id_tag), label))
    return out


# ------------------------------------------------------------------ editing a charge point


@dataclass(frozen=True)
class ChargePointEdit:
    """What the operator typed in the form (text as typed; parsed by :func:`parse_edit`)."""

    name: str
    location: str = ""
    latitude: str = ""
    longitude: str = ""
    max_power_kw: str = ""
    tolerant: bool = False
    connector_types: tuple[tuple[int, str], ...] = ()  # (connector no, ConnectorType value)


@dataclass(frozen=True)
class ParsedEdit:
    name: str
    location: str
    latitude: float | None
    longitude: float | None
    max_power_kw: float | None
    tolerant: bool
    connector_types: tuple[tuple[int, ConnectorType], ...]


def _number(text: str) -> float | None:
    """A decimal number as typed; a comma is accepted as the decimal separator."""
    s = text.strip().replace(" ", "")
    if not s:
        return None
    if "," in s and "." not in s:
        s = s.replace(",", ".")
    value = float(s)  # ValueError for junk
    if not math.isfinite(value):
        raise ValueError(text)
    return value


def parse_edit(edit: ChargePointEdit) -> tuple[ParsedEdit | None, dict[str, str]]:
    """Validate the form: the parsed values, or None and field name -> message."""
    errors: dict[str, str] = {}
    name = edit.name.strip()
    if not name:
        errors["name"] = QT_TR_NOOP("a name is required")
    elif len(name) > 100:
        errors["name"] = QT_TR_NOOP("at most 100 characters")
    location = edit.location.strip()
    if len(location) > 200:
        errors["location"] = QT_TR_NOOP("at most 200 characters")
    values: dict[str, float | None] = {}
    for key, low, high, what in (("latitude", -90.0, 90.0, QT_TR_NOOP("latitude")),
                                 ("longitude", -180.0, 180.0, QT_TR_NOOP("longitude")),
                                 ("max_power_kw", 0.0, 2000.0, QT_TR_NOOP("power"))):
        text = getattr(edit, key)
        try:
            value = _number(text)
        except ValueError:
            errors[key] = Message(QT_TR_NOOP("{text} is not a number"), text=repr(text.strip()))
            continue
        if value is not None:
            if key == "max_power_kw" and not 0 < value <= high:
                errors[key] = Message(QT_TR_NOOP("power must be more than 0 and at most {high} kW"),
                                      high=f"{high:g}")
                continue
            if not low <= value <= high:
                errors[key] = Message(QT_TR_NOOP("{what} must be between {low} and {high}"),
                                      what=Message(what), low=f"{low:g}", high=f"{high:g}")
                continue
        values[key] = value
    if (edit.latitude.strip() == "") != (edit.longitude.strip() == "") and not (
            {"latitude", "longitude"} & set(errors)):
        missing = "longitude" if edit.longitude.strip() == "" else "latitude"
        errors[missing] = QT_TR_NOOP("give both latitude and longitude, or neither")
    types: list[tuple[int, ConnectorType]] = []
    for no, type_name in edit.connector_types:
        try:
            types.append((int(no), ConnectorType(type_name)))
        except ValueError:
            errors[f"connector_{no}"] = Message(QT_TR_NOOP("unknown connector type {type}"),
                                                type=repr(type_name))
    if errors:
        return None, errors
    return ParsedEdit(name, location, values.get("latitude"), values.get("longitude"),
                      values.get("max_power_kw"), bool(edit.tolerant), tuple(types)), {}


def save_charge_point(cp_id: str, edit: ParsedEdit, hub: EventHub | None = None) -> None:
    """Store the form's values (one database transaction) and announce the change."""
    db = ChargePoint._meta.database
    with db.atomic():
        ChargePoint.update(
            name=edit.name, location=edit.location, latitude=edit.latitude,
            longitude=edit.longitude, max_power=edit.max_power_kw, tolerant=edit.tolerant,
        ).where(ChargePoint.id == cp_id).execute()
        for no, ctype in edit.connector_types:
            Connector.update(type=ctype).where(
                (Connector.charge_point == cp_id) & (Connector.connector_id == no)).execute()
    if hub is not None:
        hub.publish(ChargerUpdated(cp_id))


def is_pending(registration: str) -> bool:
    return registration == RegistrationStatus.PENDING.value


# ------------------------------------------------------------------ connector detail


@dataclass(frozen=True)
class TransactionDetail:
    transaction_id: str
    charge_point_id: str
    connector_no: int
    id_tag: str | None
    driver: str | None
    vehicle: str | None
    start_time: datetime
    end_time: datetime | None
    start_meter_kwh: float
    end_meter_kwh: float | None
    total_energy_kwh: float | None
    total_cost: Decimal | None
    currency: str | None
    status: str  # TransactionStatus value
    stop_reason: str | None
    zombie: bool
    energy_flag: str | None
    closed_by: str | None

    @property
    def active(self) -> bool:
        return self.status == TransactionStatus.ACTIVE.value


def _tx_query() -> Any:
    return (Transaction.select(Transaction, User, UserVehicle, Connector)
            .join(User, pw.JOIN.LEFT_OUTER, on=(Transaction.user == User.id))
            .switch(Transaction)
            .join(UserVehicle, pw.JOIN.LEFT_OUTER, on=(Transaction.vehicle == UserVehicle.id))
            .switch(Transaction)
            .join(Connector, on=(Transaction.connector == Connector.id)))


def _tx_detail(tx: Transaction) -> TransactionDetail:
    return TransactionDetail(
        transaction_id=str(tx.transaction_id), charge_point_id=str(tx.charge_point_id),
        connector_no=int(tx.connector.connector_id), id_tag=tx.id_tag,
        driver=_driver_label(tx.user if tx.user_id else None),
        vehicle=_vehicle_label(tx.vehicle if tx.vehicle_id else None),
        start_time=as_utc(tx.start_time), end_time=tx.end_time,
        start_meter_kwh=float(tx.start_meter_value or 0.0), end_meter_kwh=tx.end_meter_value,
        total_energy_kwh=tx.total_energy, total_cost=tx.total_cost, currency=tx.currency,
        status=str(tx.status.value), stop_reason=tx.stop_reason, zombie=bool(tx.zombie),
        energy_flag=tx.energy_flag, closed_by=tx.closed_by)


def transaction_detail(transaction_id: str) -> TransactionDetail | None:
    tx = _tx_query().where(Transaction.transaction_id == transaction_id).first()
    return _tx_detail(tx) if tx is not None else None


def latest_transaction(cp_id: str, connector_no: int) -> TransactionDetail | None:
    """The connector's running transaction, else its most recent one."""
    base = _tx_query().where((Transaction.charge_point == cp_id)
                             & (Connector.connector_id == connector_no))
    tx = (base.where(Transaction.status == TransactionStatus.ACTIVE)
          .order_by(Transaction.start_time.desc()).first())
    if tx is None:
        tx = base.order_by(Transaction.start_time.desc()).first()
    return _tx_detail(tx) if tx is not None else None


@dataclass(frozen=True)
class MeterPoint:
    timestamp: datetime
    energy_kwh: float | None
    power_kw: float | None
    current_a: float | None
    voltage_v: float | None
    soc: float | None
    context: str | None = None


def _points(q: Any, limit: int) -> list[MeterPoint]:
    rows = q.order_by(MeterValue.timestamp.desc()).limit(limit).tuples()
    pts = [MeterPoint(as_utc(ts), e, p, i, v, s, c) for ts, e, p, i, v, s, c in rows]
    pts.reverse()
    return pts


_METER_COLUMNS = (MeterValue.timestamp, MeterValue.value, MeterValue.power, MeterValue.current,
                  MeterValue.voltage, MeterValue.soc, MeterValue.context)


def meter_history(cp_id: str, connector_no: int, since: datetime,
                  until: datetime | None = None,
                  limit: int = MAX_HISTORY_POINTS) -> list[MeterPoint]:
    """Samples of one connector between ``since`` and ``until`` (the newest ``limit``)."""
    conn = Connector.get_or_none((Connector.charge_point == cp_id)
                                 & (Connector.connector_id == connector_no))
    if conn is None:
        return []
    q = MeterValue.select(*_METER_COLUMNS).where(
        (MeterValue.connector == conn.id) & (MeterValue.timestamp >= since))
    if until is not None:
        q = q.where(MeterValue.timestamp <= until)
    return _points(q, limit)


def transaction_meter_values(transaction_id: str,
                             limit: int = MAX_HISTORY_POINTS) -> list[MeterPoint]:
    tx = Transaction.get_or_none(Transaction.transaction_id == transaction_id)
    if tx is None:
        return []
    return _points(MeterValue.select(*_METER_COLUMNS).where(MeterValue.transaction == tx.id),
                   limit)


def range_start(hours: float, now: datetime | None = None) -> datetime:
    return as_utc(now or utcnow()) - timedelta(hours=hours)
