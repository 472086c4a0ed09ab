"""OCPP 1.6J StartTransaction / StopTransaction edge cases: retries, unknown ids,
offline queues, stale statuses, zombies and energy sanity."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
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
    Transaction,
)


@pytest.fixture(autouse=True)
def tags(db):
    for tag in ("TAG-1", "TAG-2"):
        IdTag.create(id_tag=tag)


BASE = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)


def T(minutes: float) -> datetime:
    """A fixed instant (computed once: two calls with the same argument are equal)."""
    return BASE + timedelta(minutes=minutes)


async def test_repeated_start_transaction_gets_the_same_id(services, cp):
    at = T(0)
    first = await cp.start_tx(1, "TAG-1", 500, timestamp=at)
    again = await cp.start_tx(1, "TAG-1", 500, timestamp=at)
    assert again.transaction_id == first.transaction_id
    assert again.id_tag_info == first.id_tag_info
    assert Transaction.select().count() == 1
    assert ChargingSession.select().count() == 1
    started = Notification.select().where(Notification.type == NotificationType.CHARGING_STARTED)
    assert started.count() == 1
    other = await cp.start_tx(1, "TAG-1", 500, timestamp=at + timedelta(seconds=1))
    assert other.transaction_id != first.transaction_id
    assert Transaction.select().count() == 2
    results = [r.payload["transactionId"] for r in logged(services, "CP001", "StartTransaction")
               if r.kind.value == "CALLRESULT"]
    assert results == [first.transaction_id] * 2 + [other.transaction_id]


async def test_transaction_ids_are_never_reused(services, cp):
    first = await cp.start_tx(1, "TAG-1", 0, timestamp=T(0))
    await cp.stop_tx(first.transaction_id, 1000, timestamp=T(10))
    second = await cp.start_tx(1, "TAG-1", 1000, timestamp=T(20))
    assert second.transaction_id > first.transaction_id
    Transaction.delete().execute()
    third = await cp.start_tx(1, "TAG-2", 2000, timestamp=T(30))
    assert third.transaction_id > second.transaction_id
    (row,) = Transaction.select()
    assert row.transaction_id == str(third.transaction_id)


async def test_transaction_ids_survive_a_restart_of_the_services(services, cp, url):
    from csms_desktop.services.context import build_services

    first = await cp.start_tx(1, "TAG-1", 0, timestamp=T(0))
    Transaction.delete().execute()
    fresh = build_services(services.settings)  # a new process: nothing cached in memory
    result = fresh.charging.start_transaction("CP001", 1, "TAG-1", 0.0, T(5))
    assert int(result.transaction_id) > first.transaction_id


async def test_stop_without_id_tag_closes_the_transaction(services, cp):
    started = await cp.start_tx(1, "TAG-1", 100, timestamp=T(0))
    stopped = await cp.stop_tx(started.transaction_id, 2100, timestamp=T(30))
    assert stopped.id_tag_info is None
    tx = Transaction.get(Transaction.transaction_id == str(started.transaction_id))
    assert tx.status == TransactionStatus.COMPLETED
    assert tx.stop_id_tag is None and tx.stop_reason == "Local"
    assert tx.end_time == T(30) and tx.total_energy == 2.0


async def test_stop_for_an_unknown_transaction_is_accepted(services, cp):
    answer = await cp.stop_tx(987654, 5000, timestamp=T(5), id_tag="TAG-1",
                              transaction_data=[{"timestamp": T(4).isoformat(),
                                                 "sampledValue": [energy_sample(4900)]}])
    assert answer.id_tag_info == {"status": "Accepted"}
    assert Transaction.select().count() == 0
    rows = logged(services, "CP001", "StopTransaction")
    assert shape(rows) == [("INBOUND", "CALL", "StopTransaction"),
                           ("OUTBOUND", "CALLRESULT", "StopTransaction")]
    assert (await cp.heartbeat()).current_time  # still served


async def test_repeated_stop_changes_nothing(services, cp):
    started = await cp.start_tx(1, "TAG-1", 0, timestamp=T(0))
    data = [{"timestamp": T(10).isoformat(), "sampledValue": [energy_sample(3000)]}]
    await cp.stop_tx(started.transaction_id, 4000, timestamp=T(20), reason="Local",
                     transaction_data=data)
    services.writer.flush()
    before = Transaction.get(Transaction.transaction_id == str(started.transaction_id))
    meters = MeterValue.select().count()
    notes = Notification.select().count()
    again = await cp.stop_tx(started.transaction_id, 9000, timestamp=T(40), reason="Other",
                             transaction_data=data)
    assert again.id_tag_info is None
    services.writer.flush()
    after = Transaction.get_by_id(before.id)
    assert after.__data__ == before.__data__
    assert (after.end_meter_value, after.end_time, after.stop_reason) == (4.0, T(20), "Local")
    assert MeterValue.select().count() == meters == 1
    assert Notification.select().count() == notes


async def test_offline_queue_is_replayed_with_its_own_timestamps(services, url):
    async with connect16(url, "CP-Q") as charger:
        await charger.boot()
        await charger.status(1, "Charging", timestamp=T(0))
        started = await charger.start_tx(1, "TAG-1", 10000, timestamp=T(0))
        tx_id = started.transaction_id
    # offline for a while; the charger queued these and sends them on reconnection
    # (no BootNotification: it did not restart, and it is already accepted)
    async with connect16(url, "CP-Q") as charger:
        await charger.meter(1, [energy_sample(12000)], transaction_id=tx_id, timestamp=T(10))
        await charger.meter(1, [energy_sample(14000)], transaction_id=tx_id, timestamp=T(20))
        await charger.stop_tx(tx_id, 15000, timestamp=T(25), reason="EVDisconnected")
        await charger.status(1, "Available", timestamp=T(26))  # newer than "Charging": applied
        await charger.status(1, "Faulted", timestamp=T(5))  # older: log only
        services.writer.flush()
        conn = Connector.get((Connector.charge_point == "CP-Q") & (Connector.connector_id == 1))
        assert conn.ocpp_status == "Available" and conn.status == ConnectorStatus.AVAILABLE
        assert conn.status_time == T(26)
    tx = Transaction.get(Transaction.transaction_id == str(tx_id))
    assert tx.status == TransactionStatus.COMPLETED
    assert tx.end_time == T(25)
    assert tx.total_energy == 5.0 and tx.zombie is False
    samples = [(m.timestamp, m.value) for m in
               MeterValue.select().where(MeterValue.transaction == tx.id)
               .order_by(MeterValue.timestamp)]
    assert samples == [(T(10), 12.0), (T(20), 14.0)]
    (session,) = ChargingSession.select().where(ChargingSession.charge_point == "CP-Q")
    assert session.status == SessionStatus.COMPLETED and session.end_time == T(26)
    faulted = Notification.select().where(Notification.title.contains("faulted"))
    assert faulted.count() == 0
    assert len(logged(services, "CP-Q", "StatusNotification")) == 6  # all three logged


async def test_older_status_after_a_restart_does_not_overwrite(services, cp):
    """The freshness check also holds when the services lost their memory."""
    from csms_desktop.services.context import build_services

    now = datetime.now(UTC).replace(microsecond=0) + timedelta(seconds=1)
    await cp.status(1, "Charging", timestamp=now)
    fresh = build_services(services.settings)
    applied = fresh.chargers.record_status("CP001", 1, ConnectorStatus.FAULTED, "Faulted",
                                           "GroundFailure", now - timedelta(seconds=5))
    assert applied is False
    conn = Connector.get((Connector.charge_point == "CP001") & (Connector.connector_id == 1))
    assert conn.ocpp_status == "Charging" and conn.status_time == now


async def test_available_during_an_active_transaction_flags_a_zombie(services, cp):
    started = await cp.start_tx(1, "TAG-1", 0, timestamp=T(0))
    await cp.status(1, "Charging")  # the fixture reported Available just before: use now
    await cp.status(1, "Available")
    tx = Transaction.get(Transaction.transaction_id == str(started.transaction_id))
    assert tx.status == TransactionStatus.ACTIVE and tx.zombie is True
    warning = Notification.get(Notification.title.contains("looks abandoned"))
    assert warning.type == NotificationType.SYSTEM_MAINTENANCE
    assert warning.charge_point_id == "CP001"
    await cp.status(1, "Available")  # flagged once only
    assert Notification.select().where(
        Notification.title.contains("looks abandoned")).count() == 1

    with pytest.raises(ValueError):
        services.charging.force_close(str(started.transaction_id), operator="alice", reason=" ")
    services.charging.force_close(str(started.transaction_id), operator="alice",
                                  reason="cable stolen")
    tx = Transaction.get_by_id(tx.id)
    assert tx.status == TransactionStatus.COMPLETED
    assert tx.closed_by == "alice"
    assert tx.stop_reason == "Forced: cable stolen"
    assert tx.end_time is not None and tx.end_meter_value == 0.0
    assert ChargingSession.get(ChargingSession.transaction == tx.id).status == \
        SessionStatus.COMPLETED
    # the charger's own late stop is then a harmless repeat
    await cp.stop_tx(started.transaction_id, 100, timestamp=T(70))
    assert Transaction.get_by_id(tx.id).closed_by == "alice"


async def test_meter_stop_below_meter_start_is_flagged(services, cp):
    started = await cp.start_tx(1, "TAG-1", 5000, timestamp=T(0))
    await cp.stop_tx(started.transaction_id, 4000, timestamp=T(10))
    tx = Transaction.get(Transaction.transaction_id == str(started.transaction_id))
    assert tx.status == TransactionStatus.COMPLETED
    assert tx.energy_flag == "NEGATIVE"
    assert tx.total_energy is None and tx.total_cost is None
    assert tx.end_meter_value == 4.0
