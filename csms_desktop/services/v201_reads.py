"""Reads (and the one setting) for the OCPP 2.0.1 / 2.1 operator windows beyond display
messages: variable monitors, customer-information parts, firmware publications, the
2.1 stations' own prices of transactions. Each runs on a worker thread; the GUI never
touches the store itself.

The one write, :func:`set_monitor_notify`, is the operator's choice of what a monitor's
NotifyEvent raises (``v201_variable_monitor.notify``: a notification, only a log line,
or the default rule, alerts and problems notify); a monitoring report keeps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal

from csms_desktop.domain.enums import OCPPVersion
from csms_desktop.store.models import IdTag
from csms_desktop.store.v201_models import (
    CustomerInformationPart,
    FirmwarePublication,
    StationCost,
    VariableMonitor,
)

MAX_ROWS = 500  # rows a window lists at most (newest first where time orders them)


@dataclass(frozen=True)
class MonitorRow:
    charge_point_id: str
    monitor_id: int
    component: str
    evse_id: int | None
    variable: str
    instance: str
    monitor_type: str
    value: float
    severity: int
    transaction: bool
    notify: bool | None
    source: str  # station (reported) | csms (set from here, not reported yet)


@dataclass(frozen=True)
class CustomerPart:
    charge_point_id: str
    request_id: int
    seq_no: int
    tbc: bool
    data: str
    generated_at: datetime | None
    received_at: datetime


@dataclass(frozen=True)
class Publication:
    charge_point_id: str
    request_id: int | None
    location: str
    checksum: str
    status: str
    published_at: list[str]
    updated_at: datetime


@dataclass(frozen=True)
class StationPriceRow:
    transaction_id: str
    charge_point_id: str
    currency: str
    station_total: Decimal | None
    tax_included: bool
    csms_total: Decimal | None
    difference: Decimal | None
    mismatch: bool
    failure: str | None
    tariff_id: str | None
    checked_at: datetime


def monitors(cp_ids: list[str]) -> list[MonitorRow]:
    """The monitors stored for ``cp_ids``, by station and monitor id."""
    if not cp_ids:
        return []
    q = (VariableMonitor.select().where(VariableMonitor.charge_point_id.in_(cp_ids))
         .order_by(VariableMonitor.charge_point_id, VariableMonitor.monitor_id)
         .limit(MAX_ROWS))
    return [MonitorRow(r.charge_point_id, int(r.monitor_id), r.component, r.evse_id,
                       r.variable, r.instance or "", r.monitor_type, float(r.value),
                       int(r.severity), bool(r.transaction), r.notify, r.source) for r in q]


def set_monitor_notify(cp_id: str, monitor_ids: list[int], notify: bool | None) -> int:
    """What the NotifyEvents of these monitors raise (None: the default rule); returns
    how many rows changed."""
    if not monitor_ids:
        return 0
    return int(VariableMonitor.update(notify=notify).where(
        (VariableMonitor.charge_point_id == cp_id)
        & VariableMonitor.monitor_id.in_(monitor_ids)).execute())


def id_tags() -> list[str]:
    """Every id tag known here, sorted (the drivers a data-protection request names)."""
    return [str(r.id_tag) for r in IdTag.select(IdTag.id_tag).order_by(IdTag.id_tag)]


def customer_parts(requests: list[tuple[str, int]]) -> list[CustomerPart]:
    """The NotifyCustomerInformation parts received for these (station, requestId)
    pairs, by station, request and part."""
    out: list[CustomerPart] = []
    for cp_id, request_id in requests:
        q = (CustomerInformationPart.select()
             .where((CustomerInformationPart.charge_point_id == cp_id)
                    & (CustomerInformationPart.request_id == request_id))
             .order_by(CustomerInformationPart.seq_no))
        out += [CustomerPart(r.charge_point_id, int(r.request_id), int(r.seq_no),
                             bool(r.tbc), r.data, r.generated_at, r.received_at) for r in q]
    return out


def publications(cp_ids: list[str]) -> list[Publication]:
    """The latest status of each firmware publication of ``cp_ids``, newest first."""
    if not cp_ids:
        return []
    q = (FirmwarePublication.select()
         .where(FirmwarePublication.charge_point_id.in_(cp_ids))
         .order_by(FirmwarePublication.updated_at.desc()).limit(MAX_ROWS))
    return [Publication(r.charge_point_id, r.request_id, r.location, r.checksum, r.status,
                        list(r.published_at or []), r.updated_at) for r in q]


def station_prices(cp_ids: list[str] | None = None,
                   mismatches_only: bool = False) -> list[StationPriceRow]:
    """The 2.1 stations' own prices beside the CSMS's (of ``cp_ids``, None: every
    station), newest first."""
    q = StationCost.select().order_by(StationCost.checked_at.desc()).limit(MAX_ROWS)
    if cp_ids is not None:
        q = q.where(StationCost.charge_point_id.in_(cp_ids))
    if mismatches_only:
        q = q.where(StationCost.mismatch == True)  # noqa: E712 (peewee expression)
    return [StationPriceRow(r.transaction_id, r.charge_point_id, r.currency,
                            r.station_total, bool(r.tax_included), r.csms_total, r.difference,
                            bool(r.mismatch), r.failure, r.tariff_id, r.checked_at)
            for r in q]


def is_21(protocol: str) -> bool:
    return protocol == OCPPVersion.OCPP21.value
