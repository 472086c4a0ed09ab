"""Read models the automation API answers with, built from the GUI's own read functions.

A charge point is ``live_queries.ChargePointRow`` plus its connectors with their live
state (status, power, SoC, the running session); lists are keyset-paged by id so a page
costs the same at any depth. No Qt; the API runs these in a worker thread.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from datetime import datetime
from typing import Any, get_type_hints

import peewee as pw

from csms_desktop.services.drivers import VehicleRow
from csms_desktop.services.live_queries import (
    ChargePointRow,
    SessionInfo,
    connectors_by_charger,
    cp_row,
)
from csms_desktop.services.sites import site_condition, site_filter
from csms_desktop.store.models import ChargePoint, Connector, User, UserVehicle


@dataclass(frozen=True)
class ConnectorLive:
    """One connector as configured and as last reported."""

    connector_no: int
    connector_type: str
    status: str  # ConnectorStatus value (AVAILABLE, OCCUPIED, ...)
    ocpp_status: str | None  # as the charger said (Charging, SuspendedEV, ...)
    error_code: str | None
    vendor_error_code: str | None
    info: str | None
    status_time: datetime | None
    max_power_kw: float | None
    max_current_a: float | None
    power_kw: float | None
    soc: float | None
    last_meter_kwh: float | None
    session: SessionInfo | None


def _with_connectors() -> type:
    hints = get_type_hints(ChargePointRow)
    specs: list[Any] = [(f.name, hints[f.name]) for f in dataclasses.fields(ChargePointRow)]
    specs.append(("connectors", tuple[ConnectorLive, ...]))
    cls = dataclasses.make_dataclass("ChargePointLive", specs, frozen=True)
    cls.__module__ = __name__
    cls.__doc__ = "A charge point with its connectors' live state."
    return cls


ChargePointLive: Any = _with_connectors()


@dataclass(frozen=True)
class ChargePointFilter:
    connected: bool | None = None
    registration: str | None = None  # ACCEPTED / PENDING / REJECTED
    status: str | None = None  # ChargePointStatus value
    search: str = ""  # part of the id, name or location
    site: str | None = None  # a site id or name (services/sites.py)


def _connector_live(c: Connector, session: SessionInfo | None) -> ConnectorLive:
    return ConnectorLive(
        connector_no=int(c.connector_id), connector_type=str(c.type.value if c.type else ""),
        status=str(c.status.value), ocpp_status=c.ocpp_status, error_code=c.error_code,
        vendor_error_code=c.vendor_error_code, info=c.info, status_time=c.status_time,
        max_power_kw=c.max_power, max_current_a=c.max_current, power_kw=c.power_kw,
        soc=c.soc, last_meter_kwh=c.last_meter_kwh, session=session)


_ROW_FIELDS = tuple(f.name for f in dataclasses.fields(ChargePointRow))


def _assemble(cps: list[ChargePoint]) -> list[Any]:
    """The charge points ``cps`` with their connectors and running sessions: two queries
    (connectors, sessions) for the whole page."""
    if not cps:
        return []
    by_cp = connectors_by_charger([str(cp.id) for cp in cps], _connector_live)
    out = []
    for cp in cps:
        row = cp_row(cp)
        values = {name: getattr(row, name) for name in _ROW_FIELDS}
        out.append(ChargePointLive(**values, connectors=tuple(by_cp.get(row.id, ()))))
    return out


def charge_points(flt: ChargePointFilter, after: str | None = None,
                  limit: int = 50) -> list[Any]:
    """One page of charge points by id, after the id ``after``."""
    q = ChargePoint.select().order_by(ChargePoint.id)
    if flt.connected is not None:
        q = q.where(ChargePoint.connected == flt.connected)
    if flt.registration:
        q = q.where(ChargePoint.registration_status == flt.registration.upper())
    if flt.status:
        q = q.where(ChargePoint.status == flt.status.upper())
    text = flt.search.strip()
    if text:
        q = q.where(ChargePoint.id.contains(text) | ChargePoint.name.contains(text)
                    | ChargePoint.location.contains(text))
    site = site_filter(flt.site)
    if site:
        q = q.where(site_condition(site))
    if after:
        q = q.where(ChargePoint.id > after)
    return _assemble(list(q.limit(limit)))


def charge_point(cp_id: str) -> Any | None:
    found = _assemble(list(ChargePoint.select().where(ChargePoint.id == cp_id)))
    return found[0] if found else None


def connector_exists(cp_id: str, connector_no: int) -> bool:
    return bool(Connector.select().where((Connector.charge_point == cp_id)
                                         & (Connector.connector_id == connector_no)).exists())


def vehicles(user_id: str | None = None, after: str | None = None,
             limit: int = 50) -> list[VehicleRow]:
    """Every vehicle (or one driver's), keyset-paged by id."""
    q = UserVehicle.select().order_by(UserVehicle.id)
    if user_id:
        q = q.where(UserVehicle.user == user_id)
    if after:
        q = q.where(UserVehicle.id > after)
    return [VehicleRow(str(v.id), v.user_id, v.license_plate, v.make or "", v.model or "",
                       str(v.type)) for v in q.limit(limit)]


def vehicle(vehicle_id: str) -> VehicleRow | None:
    v = UserVehicle.get_or_none(UserVehicle.id == vehicle_id)
    return VehicleRow(str(v.id), v.user_id, v.license_plate, v.make or "", v.model or "",
                      str(v.type)) if v is not None else None


def driver_exists(user_id: str) -> bool:
    return bool(User.select().where(User.id == user_id).exists())


def count(model: type[pw.Model]) -> int:
    return int(model.select().count())
