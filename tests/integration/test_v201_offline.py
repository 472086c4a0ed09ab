"""OCPP 2.0.1 TransactionEvents after an offline period: any arrival order gives the same
transaction; duplicate seqNos change nothing; gaps are logged; ids stay per station."""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from chargers201 import booted, energy, flushed, meter, power

from csms_desktop.domain.enums import NotificationType, SessionStatus, TransactionStatus
from csms_desktop.store.models import (
    ChargingSession,
    IdTag,
    MeterValue,
    Notification,
    Tariff,
    Transaction,
    User,
)

BEGIN, END = "Transaction.Begin", "Transaction.End"
T0 = datetime(2025, 3, 1, 8, 0, tzinfo=UTC)


def _site() -> User:
    user = User.create(phone_number="+66822222222")
    IdTag.create(id_tag="TAG-OFF", user=user)
    Tariff.create(name="Site", currency="THB", price_per_kwh=Decimal("5.00"),
                  effective_from=datetime(2020, 1, 1, tzinfo=UTC))
    return user


def _events(tx_id: str) -> dict[int, dict[str, object]]:
    """Started (1 kWh) -> Updated (5 kWh, Charging) -> Ended (9 kWh) by seqNo."""
    return {
        0: {"event": "Started", "trigger": "Authorized", "at": T0, "token": "TAG-OFF",
            "state": "Charging", "meter_values": [meter(T0, energy(1000, BEGIN))]},
        1: {"event": "Updated", "trigger": "MeterValuePeriodic",
            "at": T0 + timedelta(minutes=10), "state": "Charging",
            "meter_values": [meter(T0 + timedelta(minutes=10), energy(5000), power(7000))]},
        2: {"event": "Ended", "trigger": "EVCommunicationLost",
            "at": T0 + timedelta(minutes=20), "token": "TAG-OFF", "state": "EVConnected",
            "stopped": "EVDisconnected",
            "meter_values": [meter(T0 + timedelta(minutes=20), energy(9000, END))]},
    }


@pytest.mark.parametrize("order", [(2, 1, 0), (1, 0, 2), (1, 2, 0), (0, 2, 1)],
                         ids=["ended-updated-started", "updated-started-ended",
                              "updated-ended-started", "started-ended-updated"])
async def test_offline_events_in_any_order_give_the_same_transaction(services, url, order):
    user = _site()
    events = _events("off-1")
    async with booted(url, "CS-OFF", at=T0 - timedelta(minutes=1)) as cs:
        # Back online: the EVSE is free again before the queued events are replayed.
        await cs.status(1, "Available", at=T0 + timedelta(minutes=25))
        answers = []
        for seq in order:
            e = dict(events[seq])
            answers.append(await cs.tx_event(str(e.pop("event")), "off-1", seq=seq,
                                             offline=True, **e))  # type: ignore[arg-type]
            tx = Transaction.get(Transaction.transaction_id == "off-1")  # first one creates
        ended_answer = answers[order.index(2)]
        assert ended_answer.id_token_info == {"status": "Accepted"}
        assert ended_answer.total_cost is not None

    flushed(services)
    tx = Transaction.get(Transaction.transaction_id == "off-1")
    assert (tx.start_time, tx.end_time) == (T0, T0 + timedelta(minutes=20))
    assert (tx.start_meter_value, tx.end_meter_value, tx.total_energy) == (1.0, 9.0, 8.0)
    assert (tx.total_cost, tx.status) == (Decimal("40.00"), TransactionStatus.COMPLETED)
    assert (tx.user_id, tx.id_tag, tx.stop_reason) == (user.id, "TAG-OFF", "EVDisconnected")
    assert (tx.seq_no, tx.charging_state) == (2, "EVConnected")  # a late Updated: no change
    values = [m.value for m in MeterValue.select().where(MeterValue.transaction == tx.id)
              .order_by(MeterValue.timestamp)]
    assert values == [1.0, 5.0, 9.0]
    assert Transaction.select().count() == 1
    assert not tx.zombie
    session = ChargingSession.get(ChargingSession.transaction == tx.id)
    assert (session.status, session.end_time) == (SessionStatus.COMPLETED,
                                                  T0 + timedelta(minutes=25))


async def test_duplicate_seq_no_changes_nothing_and_gaps_are_logged(services, url, caplog):
    _site()
    at = T0
    async with booted(url, "CS-DUP", at=T0 - timedelta(minutes=1)) as cs:
        await cs.tx_event("Started", "dup-1", seq=0, at=at, token="TAG-OFF",
                          meter_values=[meter(at, energy(1000, BEGIN))])
        await cs.tx_event("Updated", "dup-1", seq=1, at=at + timedelta(minutes=5),
                          meter_values=[meter(at + timedelta(minutes=5), energy(3000))])
        # The same seqNo again (a retry after a lost answer): nothing changes.
        await cs.tx_event("Updated", "dup-1", seq=1, at=at + timedelta(minutes=5),
                          state="SuspendedEVSE",
                          meter_values=[meter(at + timedelta(minutes=5), energy(3500))])
        with caplog.at_level(logging.WARNING, logger="csms_desktop.protocol.v201"):
            await cs.tx_event("Updated", "dup-1", seq=3, at=at + timedelta(minutes=8),
                              meter_values=[meter(at + timedelta(minutes=8), energy(4000))])
        assert any("seqNo gap, 3 follows 1" in r.getMessage() for r in caplog.records)
        first = await cs.tx_event("Ended", "dup-1", seq=4, at=at + timedelta(minutes=10),
                                  stopped="Local",
                                  meter_values=[meter(at + timedelta(minutes=10),
                                                      energy(5000, END))])
        again = await cs.tx_event("Ended", "dup-1", seq=4, at=at + timedelta(minutes=11),
                                  stopped="Remote",
                                  meter_values=[meter(at + timedelta(minutes=11),
                                                      energy(7000, END))])
        assert first.total_cost == again.total_cost == 20.0
        # After a restart of the CSMS only the stored seqNo is known: still a duplicate.
        services.extras.pop("v201")
        await cs.tx_event("Ended", "dup-1", seq=4, at=at + timedelta(minutes=12),
                          meter_values=[meter(at + timedelta(minutes=12), energy(8000, END))])

    flushed(services)
    tx = Transaction.get(Transaction.transaction_id == "dup-1")
    assert (tx.total_energy, tx.end_time, tx.stop_reason) == (
        4.0, at + timedelta(minutes=10), "Local")
    assert (tx.seq_no, tx.charging_state) == (4, None)
    values = [m.value for m in MeterValue.select().where(MeterValue.transaction == tx.id)
              .order_by(MeterValue.timestamp)]
    assert values == [1.0, 3.0, 4.0, 5.0]
    assert Notification.select().where(
        Notification.type == NotificationType.CHARGING_STOPPED).count() == 1


async def test_same_transaction_id_from_another_station_is_not_mixed_in(services, url):
    async with booted(url, "CS-A") as a, booted(url, "CS-B") as b:
        await a.tx_event("Started", "1", seq=0, meter_values=[meter(T0, energy(100, BEGIN))])
        answer = await b.tx_event("Ended", "1", seq=0, stopped="Local",
                                  meter_values=[meter(T0, energy(900, END))])
        assert answer.total_cost is None
    tx = Transaction.get(Transaction.transaction_id == "1")
    assert (tx.charge_point_id, tx.status, tx.start_meter_value) == (
        "CS-A", TransactionStatus.ACTIVE, 0.1)


async def test_available_reported_before_the_replayed_end_is_not_a_zombie(services, url):
    _site()
    async with booted(url, "CS-Z", at=T0 - timedelta(minutes=1)) as cs:
        await cs.status(1, "Occupied", at=T0)
        await cs.tx_event("Started", "z-1", seq=0, at=T0, token="TAG-OFF",
                          meter_values=[meter(T0, energy(1000, BEGIN))])
        # Offline; the car leaves; back online the station reports Available first...
        await cs.status(1, "Available", at=T0 + timedelta(minutes=30))
        assert Transaction.get(Transaction.transaction_id == "z-1").zombie
        # ...then replays its queued Ended.
        await cs.tx_event("Ended", "z-1", seq=1, at=T0 + timedelta(minutes=20), offline=True,
                          stopped="EVDisconnected",
                          meter_values=[meter(T0 + timedelta(minutes=20), energy(3000, END))])
    tx = Transaction.get(Transaction.transaction_id == "z-1")
    assert (tx.zombie, tx.status, tx.total_energy, tx.total_cost) == (
        False, TransactionStatus.COMPLETED, 2.0, Decimal("10.00"))
    session = ChargingSession.get(ChargingSession.transaction == tx.id)
    assert (session.status, session.end_time) == (SessionStatus.COMPLETED,
                                                  T0 + timedelta(minutes=30))
    assert Notification.select().where(
        Notification.type == NotificationType.CHARGING_COMPLETED).count() == 1
