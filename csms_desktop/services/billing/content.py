"""What one client's invoice for one month says, computed from the store (nothing written).

The items are the sum of the sessions' stored breakdowns (``transaction.cost_breakdown``):
one energy line per tariff window and price, session fees, idle fees, one tax line per
rate, named in the client's language. Rules: ``services.billing.invoices``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import peewee as pw

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.tariff import CostBreakdown
from csms_desktop.services.billing.common import (
    BillingError,
    add_months,
    days_in,
    local_period,
    month_bounds,
    normalise_period,
    parse_period,
    period_key,
)
from csms_desktop.services.billing.documents import window_name, word
from csms_desktop.store.models import ChargePoint, Client, Transaction, User, UserVehicle

HISTORY_MONTHS = 12
RATE_QUANTUM = Decimal("0.0001")


class NothingToBill(BillingError):
    """The client had charging but no session with a cost."""


@dataclass
class _Line:
    kind: str
    name: str
    unit: str | None
    unit_rate: Decimal | None
    unit_price: Decimal | None
    quantity: Decimal | None = None
    amount: Decimal = Decimal(0)


@dataclass(frozen=True)
class InvoiceContent:
    """What one client's invoice for one month would say (nothing written yet)."""

    client: Client
    period: str
    currency: str
    items: tuple[dict[str, Any], ...]  # item_name, unit, quantity, unit_price, unit_rate, amount
    amount_due: Decimal
    history: tuple[dict[str, Any], ...]  # period, consumption_kwh, average_kwh_per_day, days
    sessions: tuple[dict[str, Any], ...]
    warnings: tuple[str, ...]


def _client_transactions(client_id: str, start: datetime, end: datetime) -> list[Any]:
    return list(
        Transaction.select(Transaction, User, ChargePoint, UserVehicle)
        .join(User, on=(Transaction.user == User.id))
        .switch(Transaction)
        .join(ChargePoint, pw.JOIN.LEFT_OUTER, on=(Transaction.charge_point == ChargePoint.id))
        .switch(Transaction)
        .join(UserVehicle, pw.JOIN.LEFT_OUTER, on=(Transaction.vehicle == UserVehicle.id))
        .where((User.client == client_id)
               & (Transaction.status == TransactionStatus.COMPLETED)
               & (Transaction.start_time >= start) & (Transaction.start_time < end))
        .order_by(Transaction.start_time, Transaction.id)
    )


def _item_name(kind: str, name: str, lang: str) -> str:
    if kind == "ENERGY":
        return f"{word('energy', lang)} – {window_name(name, lang)}"
    if kind == "TAX":
        return name  # replaced below with the localised text
    return word(kind, lang)


def _aggregate(breakdowns: Iterable[CostBreakdown], lang: str) -> list[_Line]:
    lines: dict[tuple[Any, ...], _Line] = {}
    for cost in breakdowns:
        for c in cost.lines:
            if c.kind == "TAX":
                key: tuple[Any, ...] = ("TAX", c.unit_rate)
                line = lines.get(key)
                if line is None:
                    pct = f"{((c.unit_rate or Decimal(0)) * 100).normalize():f}"
                    line = lines[key] = _Line("TAX", word("TAX", lang, pct=pct), None, None, None)
                line.amount += c.amount
                continue
            key = (c.kind, c.name, c.unit, c.unit_rate, c.unit_price)
            line = lines.get(key)
            if line is None:
                line = lines[key] = _Line(c.kind, _item_name(c.kind, c.name, lang),
                                          c.unit, c.unit_rate, c.unit_price, Decimal(0))
            line.quantity = (line.quantity or Decimal(0)) + (c.quantity or Decimal(0))
            line.amount += c.amount
    order = {"ENERGY": 0, "SESSION_FEE": 1, "IDLE_FEE": 2, "TAX": 3}
    return sorted(lines.values(), key=lambda ln: order.get(ln.kind, 9))


def _history(client_id: str, period: str, tz: str) -> list[dict[str, Any]]:
    year, month = parse_period(period)
    first = period_key(*add_months(year, month, -(HISTORY_MONTHS - 1)))
    start, _ = month_bounds(first, tz)
    _, end = month_bounds(period, tz)
    kwh: dict[str, float] = {}
    q = (Transaction.select(Transaction.start_time, Transaction.total_energy)
         .join(User, on=(Transaction.user == User.id))
         .where((User.client == client_id) & (Transaction.status == TransactionStatus.COMPLETED)
                & Transaction.total_energy.is_null(False)
                & (Transaction.start_time >= start) & (Transaction.start_time < end)))
    for tx in q:
        p = local_period(tx.start_time, tz)
        kwh[p] = kwh.get(p, 0.0) + float(tx.total_energy or 0.0)
    months = [period_key(*add_months(year, month, -i)) for i in range(HISTORY_MONTHS - 1, -1, -1)]
    while months and months[0] != period and kwh.get(months[0], 0.0) == 0.0:
        months.pop(0)  # a new client's chart starts at its first month of charging
    out = []
    for p in months:
        total = round(kwh.get(p, 0.0), 3)
        days = days_in(p)
        out.append({"period": p, "consumption_kwh": total,
                    "average_kwh_per_day": round(total / days, 2), "days": days})
    return out


def build_content(client: Client, period: str, tz: str) -> InvoiceContent:
    """The invoice a client would get for ``period``; BillingError if it cannot be billed."""
    period = normalise_period(period)
    start, end = month_bounds(period, tz)
    lang = client.language or "pt_BR"
    warnings: list[str] = []
    billed: list[tuple[Any, CostBreakdown]] = []
    for tx in _client_transactions(client.id, start, end):
        if tx.total_cost is None or not tx.cost_breakdown:
            why = f"energy flagged {tx.energy_flag}" if tx.energy_flag else "no cost (no tariff?)"
            warnings.append(f"transaction {tx.transaction_id} not billed: {why}")
            continue
        try:
            stored = tx.cost_breakdown  # an object; rows written before 0.1 hold a string
            cost = CostBreakdown.from_json(stored if isinstance(stored, str)
                                           else json.dumps(stored))
        except ValueError as exc:
            raise BillingError(f"transaction {tx.transaction_id}: {exc}") from None
        if cost.total != Decimal(tx.total_cost):
            raise BillingError(f"transaction {tx.transaction_id}: total_cost {tx.total_cost} "
                               f"differs from its breakdown ({cost.total})")
        billed.append((tx, cost))
    if not billed:
        raise NothingToBill("; ".join(warnings) or "no billable sessions")
    currencies = {cost.currency for _, cost in billed}
    if len(currencies) > 1:
        raise BillingError(Message(QT_TR_NOOP("sessions in several currencies ({currencies}): "
                                              "one invoice has one currency"),
                                   currencies=", ".join(sorted(currencies))))
    currency = currencies.pop()
    lines = _aggregate((cost for _, cost in billed), lang)
    items = tuple(
        {"item_name": ln.name[:200], "unit": word(ln.unit, lang) if ln.unit else None,
         "quantity": ln.quantity, "unit_price": _stored_rate(ln.unit_price),
         "unit_rate": _stored_rate(ln.unit_rate), "amount": ln.amount}
        for ln in lines
    )
    amount_due = sum((ln.amount for ln in lines), Decimal(0))
    sessions_total = sum((Decimal(tx.total_cost) for tx, _ in billed), Decimal(0))
    if amount_due != sessions_total:  # cannot happen: each breakdown adds up
        raise BillingError(f"items sum to {amount_due} but the sessions to {sessions_total}")
    sessions = tuple(
        {
            "transaction": tx.id,
            "transaction_id": tx.transaction_id,
            "start": tx.start_time.astimezone(UTC).isoformat(),
            "charger": (tx.charge_point.name if tx.charge_point and tx.charge_point.name
                        else tx.charge_point_id),
            "driver": tx.user.name or tx.user.phone_number,
            "vehicle": tx.vehicle.license_plate if tx.vehicle_id and tx.vehicle else None,
            "kwh": str(cost.energy_kwh),
            "cost": str(cost.total),
        }
        for tx, cost in billed
    )
    return InvoiceContent(client, period, currency, items, amount_due,
                          tuple(_history(client.id, period, tz)), sessions, tuple(warnings))


def _stored_rate(value: Decimal | None) -> Decimal | None:
    """Unit prices/rates as the NUMERIC(18,4) columns keep them (display only: amounts
    come from the sessions' own rounded lines)."""
    return None if value is None else value.quantize(RATE_QUANTUM, rounding=ROUND_HALF_UP)
