"""The manager's monthly report: figures from the store, printed by reports.billing.

Sources (the best the store has):

* energy, revenue, sessions: COMPLETED transactions starting in the month (site time
  zone); revenue is ``total_cost`` in the site's currency (sessions priced in another
  currency are counted in energy and sessions, not in revenue, and reported);
* utilisation per connector: hours between each transaction's start and the end of
  charging (``charging_ended_at``, else its end, else now) that fall in the month;
* faults and downtime: the charge points' StatusNotification messages in the message log
  (kept ``message_log_retention_days``): each change into ``Faulted`` is a fault; time in
  ``Faulted`` or ``Unavailable`` is downtime, up to the next other status or the month's
  end. A connector's state before the month's first message is not known (taken as up).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any

import peewee as pw

from csms_desktop.domain.enums import MessageDirection, TransactionStatus
from csms_desktop.domain.monthly_figures import (
    ConnectorUse,
    DriverUse,
    FaultFigures,
    MonthlyFigures,
    UsageRow,
)
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.billing.common import (
    days_in,
    local_date,
    month_bounds,
    normalise_period,
    parse_period,
    rows,
)
from csms_desktop.services.billing.documents import site_block
from csms_desktop.services.settings import SiteSettings
from csms_desktop.store.models import ChargePoint, Client, Connector, OCPPMessage, Transaction, User

TOP_DRIVERS = 10
DOWN_STATES = frozenset({"Faulted", "Unavailable"})


def report_language(settings: SiteSettings) -> str:
    return {"BR": "pt_BR", "TH": "th_TH"}.get(settings.default_country.upper(), "en")


def monthly_figures(period: str, settings: SiteSettings, language: str | None = None,
                    now: datetime | None = None) -> MonthlyFigures:
    period = normalise_period(period)
    tz = settings.time_zone
    start, end = month_bounds(period, tz)
    now = now or utcnow()
    out = MonthlyFigures(period, language or report_language(settings), settings.currency,
                         site_block(settings, settings.currency))
    cp_names = {cp.id: (cp.name or cp.id) for cp in ChargePoint.select(ChargePoint.id,
                                                                          ChargePoint.name)}
    _usage(out, period, start, end, tz, cp_names)
    _utilisation(out, start, end, now, cp_names)
    out.faults = fault_figures(start, min(end, now), cp_names)
    return out


def _usage(out: MonthlyFigures, period: str, start: datetime, end: datetime, tz: str,
           cp_names: dict[str, str]) -> None:
    q = (Transaction.select(Transaction.start_time, Transaction.total_energy,
                            Transaction.total_cost, Transaction.currency,
                            Transaction.charge_point, User.id, User.name, User.phone_number,
                            Client.full_name)
         .join(User, pw.JOIN.LEFT_OUTER, on=(Transaction.user == User.id))
         .join(Client, pw.JOIN.LEFT_OUTER, on=(User.client == Client.id))
         .where((Transaction.status == TransactionStatus.COMPLETED)
                & (Transaction.start_time >= start) & (Transaction.start_time < end)))
    zero = Decimal(0)
    chargers: dict[str, list[Any]] = defaultdict(lambda: [0, 0.0, zero])
    clients: dict[str | None, list[Any]] = defaultdict(lambda: [0, 0.0, zero])
    drivers: dict[str, list[Any]] = defaultdict(lambda: [0, 0.0, ""])
    per_day: dict[date, int] = defaultdict(int)
    other_currency = 0
    for st, kwh, cost, cur, cp_id, uid, uname, phone, client_name in rows(q):
        energy = float(kwh or 0.0)
        revenue = zero
        if cost is not None:
            if (cur or out.currency) == out.currency:
                revenue = Decimal(cost)
            else:
                other_currency += 1
        for bucket in (chargers[cp_names.get(cp_id, cp_id)], clients[client_name]):
            bucket[0] += 1
            bucket[1] += energy
            bucket[2] += revenue
        if uid is not None:
            d = drivers[uid]
            d[0] += 1
            d[1] += energy
            d[2] = uname or phone
        per_day[local_date(st, tz)] += 1
    if other_currency:
        out.warnings.append(f"{other_currency} session(s) priced in another currency are not "
                            f"in the revenue ({out.currency})")
    out.per_charger = sorted((UsageRow(k, v[0], round(v[1], 3), v[2])
                              for k, v in chargers.items()), key=lambda r: -r.kwh)
    out.per_client = sorted((UsageRow(k, v[0], round(v[1], 3), v[2])
                             for k, v in clients.items()),
                            key=lambda r: (r.name is None, -r.kwh))
    year, month = parse_period(period)
    out.sessions_per_day = [(date(year, month, d), per_day.get(date(year, month, d), 0))
                            for d in range(1, days_in(period) + 1)]
    top = sorted(drivers.values(), key=lambda v: -v[1])[:TOP_DRIVERS]
    out.top_drivers = [DriverUse(v[2], v[0], round(v[1], 3)) for v in top]


def _utilisation(out: MonthlyFigures, start: datetime, end: datetime, now: datetime,
                 cp_names: dict[str, str]) -> None:
    hours: dict[str, float] = defaultdict(float)
    q = (Transaction.select(Transaction.connector, Transaction.start_time, Transaction.end_time,
                            Transaction.charging_ended_at)
         .where((Transaction.start_time < end)
                & (Transaction.end_time.is_null() | (Transaction.end_time > start))))
    for conn_id, st, et, charging_end in rows(q):
        stop = charging_end or et or now
        a, b = max(st, start), min(stop, end, now)
        if b > a:
            hours[conn_id] += (b - a) / timedelta(hours=1)
    use = []
    for c in Connector.select(Connector.id, Connector.charge_point, Connector.connector_id):
        use.append(ConnectorUse(cp_names.get(c.charge_point_id, c.charge_point_id),
                                 int(c.connector_id), round(hours.get(c.id, 0.0), 2)))
    out.utilisation = sorted(use, key=lambda r: (r.charger, r.connector))


def _status_of(payload: Any) -> tuple[int | None, str | None]:
    if not isinstance(payload, dict):
        return None, None
    status = payload.get("status") or payload.get("connectorStatus")
    conn = payload.get("connectorId") if "evseId" not in payload else payload.get("evseId")
    try:
        number = int(conn) if conn is not None else None
    except (TypeError, ValueError):
        number = None
    return number, str(status) if status else None


def fault_figures(start: datetime, end: datetime, cp_names: dict[str, str]
                  ) -> list[FaultFigures]:
    q = (OCPPMessage.select(OCPPMessage.charge_point_id, OCPPMessage.timestamp,
                            OCPPMessage.payload)
         .where((OCPPMessage.action == "StatusNotification")
                & (OCPPMessage.direction == MessageDirection.INBOUND)
                & (OCPPMessage.timestamp >= start) & (OCPPMessage.timestamp < end))
         .order_by(OCPPMessage.timestamp))
    events: dict[tuple[str, int | None], list[tuple[datetime, str]]] = defaultdict(list)
    for cp_id, ts, payload in rows(q):
        number, status = _status_of(payload)
        if status is None:
            continue
        events[(cp_id, None if number == 0 else number)].append((ts, status))
    return sorted(_faults(events, end, cp_names), key=lambda f: (f.charger, f.connector or 0))


def _faults(events: dict[tuple[str, int | None], list[tuple[datetime, str]]], end: datetime,
            cp_names: dict[str, str]) -> Iterable[FaultFigures]:
    for (cp_id, number), seq in events.items():
        faults = 0
        down = timedelta(0)
        down_since: datetime | None = None
        previous = "Available"
        for ts, status in seq:
            if status == "Faulted" and previous != "Faulted":
                faults += 1
            if status in DOWN_STATES and down_since is None:
                down_since = ts
            elif status not in DOWN_STATES and down_since is not None:
                down += ts - down_since
                down_since = None
            previous = status
        if down_since is not None:
            down += max(timedelta(0), end - down_since)
        if faults or down:
            yield FaultFigures(cp_names.get(cp_id, cp_id), number, faults,
                               round(down / timedelta(hours=1), 2))


