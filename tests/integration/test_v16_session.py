"""A whole OCPP 1.6J charging session, checked in every table it touches."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from chargers16 import connect16, energy_sample
from helpers16 import logged, shape

from csms_desktop.domain.enums import (
    ConnectorStatus,
    NotificationType,
    SessionStatus,
    TransactionStatus,
)
from csms_desktop.store.models import (
    ChargingSession,
    Connector,
    IdTag,
    MeterValue,
    Notification,
    Tariff,
    Transaction,
    User,
)


async def test_full_session_boot_to_available(services, url):
    user = User.create(phone_number="+66812345678", name="Somchai")
    IdTag.create(id_tag="TAG-001", user=user)
    Tariff.create(name="Site", currency="THB", price_per_kwh=Decimal("5.00"),
                  session_fee=Decimal("10"), effective_from=datetime(2020, 1, 1, tzinfo=UTC))
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)

    async with connect16(url, "CP001") as charger:
        assert (await charger.boot()).status == "Accepted"
        await charger.status(1, "Available", timestamp=t0 - timedelta(minutes=1))
        await charger.status(1, "Preparing", timestamp=t0)
        auth = await charger.authorize("TAG-001")
        assert auth.id_tag_info == {"status": "Accepted"}
        started = await charger.start_tx(1, "TAG-001", 1000, timestamp=t0)
        assert started.id_tag_info["status"] == "Accepted"
        tx_id = started.transaction_id
        assert isinstance(tx_id, int)
        await charger.status(1, "Charging", timestamp=t0 + timedelta(seconds=5))
        await charger.meter(1, [energy_sample(15000)], transaction_id=tx_id,
                            timestamp=t0 + timedelta(minutes=15))
        stopped = await charger.stop_tx(tx_id, 16000, timestamp=t0 + timedelta(minutes=20),
                                        id_tag="TAG-001", reason="EVDisconnected")
        assert stopped.id_tag_info == {"status": "Accepted"}
        await charger.status(1, "Finishing", timestamp=t0 + timedelta(minutes=20, seconds=1))
        await charger.status(1, "Available", timestamp=t0 + timedelta(minutes=21))

    services.writer.flush()
    tx = Transaction.get(Transaction.transaction_id == str(tx_id))
    assert tx.transaction_id == str(tx_id)
    assert tx.user_id == user.id
    assert tx.charge_point_id == "CP001"
    assert Connector.get_by_id(tx.connector_id).connector_id == 1
    assert tx.id_tag == "TAG-001" and tx.stop_id_tag == "TAG-001"
    assert tx.start_time == t0 and tx.end_time == t0 + timedelta(minutes=20)
    assert tx.start_meter_value == 1.0 and tx.end_meter_value == 16.0
    assert tx.total_energy == 15.0
    assert tx.status == TransactionStatus.COMPLETED
    assert tx.stop_reason == "EVDisconnected"
    assert tx.energy_flag is None and tx.zombie is False
    assert tx.total_cost == Decimal("85.00")  # 15 kWh x 5.00 + 10 session fee
    assert isinstance(tx.total_cost, Decimal)
    assert tx.currency == "THB"

    (mv,) = MeterValue.select().where(MeterValue.transaction == tx.id)
    assert mv.value == 15.0  # 15000 Wh stored as kWh
    assert mv.connector_id == tx.connector_id
    assert mv.timestamp == t0 + timedelta(minutes=15)

    (session,) = ChargingSession.select()
    assert session.status == SessionStatus.COMPLETED
    assert session.transaction_id == tx.id and session.user_id == user.id
    assert session.start_time == t0 and session.end_time == t0 + timedelta(minutes=21)

    conn = Connector.get_by_id(tx.connector_id)
    assert conn.status == ConnectorStatus.AVAILABLE and conn.ocpp_status == "Available"
    assert conn.last_meter_kwh == 15.0

    kinds = [n.type for n in Notification.select().order_by(Notification.created_at)
             if n.type != NotificationType.SYSTEM_MAINTENANCE]
    assert kinds == [NotificationType.CHARGING_STARTED, NotificationType.CHARGING_STOPPED,
                     NotificationType.CHARGING_COMPLETED]
    assert all(n.user_id == user.id for n in Notification.select()
               if n.type != NotificationType.SYSTEM_MAINTENANCE)

    rows = logged(services, "CP001")
    actions = ["BootNotification", "StatusNotification", "StatusNotification", "Authorize",
               "StartTransaction", "StatusNotification", "MeterValues", "StopTransaction",
               "StatusNotification", "StatusNotification"]
    expected = []
    for action in actions:
        expected += [("INBOUND", "CALL", action), ("OUTBOUND", "CALLRESULT", action)]
    assert shape(rows) == expected
    by_id: dict[str, list] = {}
    for r in rows:
        by_id.setdefault(r.message_id, []).append(r)
    assert all(len(pair) == 2 for pair in by_id.values())  # CALL and CALLRESULT share the id
    start_call, start_result = (r for r in rows if r.action == "StartTransaction")
    assert start_call.payload["meterStart"] == 1000
    assert start_result.payload["transactionId"] == tx_id
    meter_call = next(r for r in rows if r.action == "MeterValues")
    assert meter_call.payload["meterValue"][0]["sampledValue"][0]["value"] == "15000"
