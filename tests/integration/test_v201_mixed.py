"""A 1.6 charger and a 2.0.1 station at the same time: the same rows in the same queries
and the same events on the hub (one domain, two protocols)."""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

from chargers16 import connect16, energy_sample
from chargers201 import booted, energy, flushed, meter

from csms_desktop.domain.enums import ConnectorStatus, OCPPVersion, TransactionStatus
from csms_desktop.services import events as ev
from csms_desktop.store.models import (
    ChargePoint,
    Connector,
    IdTag,
    MeterValue,
    Tariff,
    Transaction,
    User,
)


async def test_16_and_201_side_by_side(services, url):
    user = User.create(phone_number="+66844444444")
    IdTag.create(id_tag="TAG-1", user=user)
    Tariff.create(name="Site", currency="THB", price_per_kwh=Decimal("5.00"),
                  effective_from=datetime(2020, 1, 1, tzinfo=UTC))
    seen: list[Any] = []
    services.hub.subscribe(None, seen.append)
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)

    async with connect16(url, "CP16") as c16, \
            booted(url, "CS201", at=t0 - timedelta(minutes=1)) as c201:
        assert (await c16.boot()).status == "Accepted"
        await c16.status(1, "Available", timestamp=t0 - timedelta(minutes=1))
        await c16.status(1, "Preparing", timestamp=t0)
        await c201.status(1, "Occupied", at=t0)
        tx16 = (await c16.start_tx(1, "TAG-1", 1000, timestamp=t0)).transaction_id
        await c201.tx_event("Started", "a1b2c3", token="TAG-1", at=t0, state="Charging",
                            meter_values=[meter(t0, energy(1000, "Transaction.Begin"))])
        t10 = t0 + timedelta(minutes=10)
        await c16.meter(1, [energy_sample(5000)], transaction_id=tx16, timestamp=t10)
        await c201.tx_event("Updated", "a1b2c3", at=t10,
                            meter_values=[meter(t10, energy(5000))])
        t20 = t0 + timedelta(minutes=20)
        await c16.stop_tx(tx16, 9000, timestamp=t20, reason="Local")
        await c201.tx_event("Ended", "a1b2c3", at=t20, stopped="Local",
                            meter_values=[meter(t20, energy(9000, "Transaction.End"))])

    flushed(services)
    protocols = {cp.id: cp.protocol for cp in ChargePoint.select()}
    assert protocols == {"CP16": OCPPVersion.OCPP16, "CS201": OCPPVersion.OCPP20}
    connectors = {(c.charge_point_id, c.connector_id): c.status
                  for c in Connector.select().order_by(Connector.charge_point)}
    assert connectors == {("CP16", 1): ConnectorStatus.OCCUPIED,
                          ("CS201", 1): ConnectorStatus.OCCUPIED}
    rows = {tx.charge_point_id: tx for tx in Transaction.select().where(
        Transaction.user == user.id)}
    assert set(rows) == {"CP16", "CS201"}
    assert (rows["CP16"].transaction_id, rows["CS201"].transaction_id) == (str(tx16), "a1b2c3")
    for tx in rows.values():
        assert (tx.status, tx.total_energy, tx.total_cost) == (
            TransactionStatus.COMPLETED, 8.0, Decimal("40.00"))
        assert (tx.start_time, tx.end_time) == (t0, t20)
        assert MeterValue.select().where(MeterValue.transaction == tx.id).count() >= 1

    by_type: dict[type, set[str]] = defaultdict(set)
    for e in seen:
        cp_id = getattr(e, "charge_point_id", None)
        if cp_id is not None:
            by_type[type(e)].add(cp_id)
    for kind in (ev.ChargerConnected, ev.ChargerBooted, ev.ConnectorStatusChanged,
                 ev.TransactionStarted, ev.MeterSampled, ev.TransactionEnded):
        assert by_type[kind] == {"CP16", "CS201"}, kind.__name__
    ended = {e.charge_point_id: e for e in seen if isinstance(e, ev.TransactionEnded)}
    assert {(e.connector_id, e.total_energy, e.total_cost) for e in ended.values()} == {
        (1, 8.0, "40.00")}
