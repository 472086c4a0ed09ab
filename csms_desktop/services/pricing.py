"""The tariff in force and the cost of a transaction (one code path for 1.6 and 2.0.1)."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from decimal import Decimal

from csms_desktop.domain.tariff import CostBreakdown, TariffSpec, TariffWindow, compute_cost
from csms_desktop.store.models import MeterValue, Tariff, Transaction, User


def _parse_time(text: str) -> time:
    hh, mm = text.split(":")[:2]
    return time(int(hh) % 24, int(mm))


def tariff_spec(row: Tariff) -> TariffSpec:
    windows = tuple(
        TariffWindow(
            start=_parse_time(w["start"]), end=_parse_time(w["end"]),
            price_per_kwh=Decimal(str(w["price_per_kwh"])), name=str(w.get("name", "")),
        )
        for w in (row.windows or [])
    )
    return TariffSpec(
        currency=row.currency,
        price_per_kwh=Decimal(row.price_per_kwh),
        windows=windows,
        session_fee=Decimal(row.session_fee),
        idle_fee_per_minute=Decimal(row.idle_fee_per_minute),
        idle_grace_minutes=int(row.idle_grace_minutes),
        tax_rate=Decimal(row.tax_rate),
        prices_include_tax=bool(row.prices_include_tax),
    )


def tariff_in_force(client_id: str | None, at: datetime) -> Tariff | None:
    """The client's own tariff effective at ``at``, else the site default."""
    for owner in ([client_id] if client_id else []) + [None]:
        q = Tariff.select().where(Tariff.effective_from <= at)
        q = q.where(Tariff.client.is_null()) if owner is None else q.where(Tariff.client == owner)
        # same effective date: the row entered last wins
        row = q.order_by(Tariff.effective_from.desc(), Tariff.created_at.desc()).first()
        if row is not None:
            return row
    return None


def price_transaction(tx: Transaction, tz: str) -> tuple[CostBreakdown, Tariff] | None:
    """Compute the cost of a finished transaction from the tariff in force at its start."""
    if tx.total_energy is None or tx.end_time is None:
        return None
    client_id = None
    if tx.user_id:
        user = User.get_or_none(User.id == tx.user_id)
        client_id = user.client_id if user else None
    tariff = tariff_in_force(client_id, tx.start_time)
    if tariff is None:
        return None
    # energy flows until charging ends (idle time after it carries none)
    last_t = tx.end_time
    if tx.charging_ended_at is not None and tx.start_time < tx.charging_ended_at < tx.end_time:
        last_t = tx.charging_ended_at
    points: list[tuple[datetime, float]] = [(tx.start_time, float(tx.start_meter_value))]
    q = (MeterValue.select(MeterValue.timestamp, MeterValue.value)
         .where((MeterValue.transaction == tx.id) & MeterValue.value.is_null(False))
         .order_by(MeterValue.timestamp).tuples())
    rows: list[tuple[datetime, float]] = list(q)  # type: ignore[arg-type]
    for ts, value in rows:
        if tx.start_time < ts < last_t and value >= points[-1][1]:
            points.append((ts, float(value)))
    points.append((last_t, float(tx.start_meter_value) + float(tx.total_energy)))
    # A transaction whose times are not believed (a charger clock reset to 1970, a
    # "session" of years) is never charged the fees that grow with time: no idle fee.
    idle_from = None if tx.clock_flag else tx.charging_ended_at
    cost = compute_cost(tariff_spec(tariff), points, tx.start_time, tx.end_time,
                        idle_from, tz)
    return cost, tariff


def running_cost(tx: Transaction, tz: str, now: datetime) -> tuple[CostBreakdown, Tariff] | None:
    """The cost of an open transaction if it ended at ``now``: its energy up to the latest
    register reading stored, priced like a finished one (no idle fee: charging has not
    ended). None without a tariff, a register reading, or when ``now`` precedes its start."""
    last = (MeterValue.select(MeterValue.value)
            .where((MeterValue.transaction == tx.id) & MeterValue.value.is_null(False))
            .order_by(MeterValue.timestamp.desc()).scalar())
    if last is None or now <= tx.start_time:
        return None
    probe = Transaction(**tx.__data__)  # never saved: the row stays as it is
    probe.end_time = max(now, tx.start_time + timedelta(seconds=1))
    probe.total_energy = max(0.0, float(last) - float(tx.start_meter_value or 0.0))
    probe.charging_ended_at = None
    return price_transaction(probe, tz)
