"""Billing test data: a site with chargers, clients, drivers, tariffs and priced sessions.

Sessions are priced exactly as ChargingService.stop_transaction prices them
(``services.pricing.price_transaction``), so tests see what production stores.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.services.pricing import price_transaction
from csms_desktop.store.models import (
    ChargePoint,
    Client,
    Connector,
    Tariff,
    Transaction,
    User,
    UserVehicle,
)

TZ = "Asia/Bangkok"
_seq = itertools.count(1)

MARIA = dict(
    full_name="Maria da Silva", street="Quadra 203", number="10", complement="Bloco A",
    neighborhood="Águas Claras", zip_code="71909-000", city="Águas Claras", state="DF",
    tax_id="123.456.789-09", state_registration="1234567890", email="maria@example.com",
    country="BR", language="pt_BR",
)
SOMCHAI = dict(
    full_name="บริษัท ขนส่งสีเขียว จำกัด", street="ถนนสุขุมวิท", number="99",
    neighborhood="คลองเตย", zip_code="10110", city="กรุงเทพมหานคร", state="กรุงเทพฯ",
    tax_id="0105551234567", country="TH", language="th_TH",
)


def charger(cp_id: str = "CP001", connectors: int = 2) -> list[Connector]:
    cp = ChargePoint.create(id=cp_id, name=f"Bay {cp_id[-1]}", location="Depot",
                            connector_count=connectors)
    return [Connector.create(charge_point=cp, connector_id=n) for n in range(1, connectors + 1)]


def site_tariff(**kw: Any) -> Tariff:
    values: dict[str, Any] = dict(
        name="Site", currency="THB", price_per_kwh=Decimal("7.50"),
        windows=[{"name": "Peak", "start": "09:00", "end": "22:00", "price_per_kwh": "8.50"},
                 {"name": "Off-peak", "start": "22:00", "end": "09:00",
                  "price_per_kwh": "4.50"}],
        session_fee=Decimal("10.00"), idle_fee_per_minute=Decimal("2.00"),
        idle_grace_minutes=15, tax_rate=Decimal("0.07"),
        effective_from=datetime(2020, 1, 1, tzinfo=UTC),
    )
    values.update(kw)
    return Tariff.create(**values)


def client(data: dict[str, Any] | None = None, number: str | None = None, **kw: Any) -> Client:
    values = dict(data or MARIA)
    values.update(kw)
    values.setdefault("client_number", number or str(1000 + next(_seq)))
    return Client.create(**values)


def driver(owner: Client | None, name: str = "Driver", plate: str | None = None) -> User:
    n = next(_seq)
    u = User.create(phone_number=f"+6681{n:07d}", name=name, client=owner)
    if plate:
        UserVehicle.create(user=u, license_plate=plate)
    return u


def session(user: User | None, conn: Connector, start: datetime, kwh: float,
            minutes: float = 60, idle_minutes: float = 0, tz: str = TZ,
            status: TransactionStatus = TransactionStatus.COMPLETED,
            price: bool = True) -> Transaction:
    """A finished transaction of ``kwh`` over ``minutes``, then ``idle_minutes`` plugged."""
    charging_end = start + timedelta(minutes=minutes)
    end = charging_end + timedelta(minutes=idle_minutes)
    vehicle = UserVehicle.get_or_none(UserVehicle.user == user.id) if user else None
    tx = Transaction.create(
        transaction_id=str(100000 + next(_seq)), user=user, vehicle=vehicle,
        charge_point=conn.charge_point_id, connector=conn, start_time=start, end_time=end,
        start_meter_value=0.0, end_meter_value=kwh, total_energy=kwh, status=status,
        charging_ended_at=charging_end,
    )
    if price:
        priced = price_transaction(tx, tz)
        if priced is not None:
            cost, tariff = priced
            tx.total_cost = cost.total
            tx.currency = tariff.currency
            tx.tariff_id = tariff.id
            tx.cost_breakdown = cost.to_json()
            tx.save()
    return tx


def bkk(y: int, m: int, d: int, hh: int = 0, mm: int = 0) -> datetime:
    """A Bangkok wall-clock time as UTC (UTC+7, no DST)."""
    return datetime(y, m, d, hh, mm, tzinfo=UTC) - timedelta(hours=7)
