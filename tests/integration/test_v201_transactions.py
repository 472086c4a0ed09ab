"""OCPP 2.0.1 transactions: TransactionEvent Started -> Updated -> Ended through the same
ChargingService as 1.6, energy and cost checked in the database; Authorize; MeterValues."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

from chargers201 import booted, energy, flushed, iso, meter, power

from csms_desktop.domain.enums import (
    IdTagStatus,
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

BEGIN, END = "Transaction.Begin", "Transaction.End"


def site(price: str = "5.00") -> User:
    """A driver with tag TAG-1 and the site tariff (price per kWh, no fees, no tax)."""
    user = User.create(phone_number="+66811111111", name="Driver")
    IdTag.create(id_tag="TAG-1", user=user)
    Tariff.create(name="Site", currency="THB", price_per_kwh=Decimal(price),
                  effective_from=datetime(2020, 1, 1, tzinfo=UTC))
    return user


async def test_full_transaction_energy_and_cost(services, url):
    user = site()
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=30)
    async with booted(url, "CS-TX", at=t0 - timedelta(minutes=1)) as cs:
        await cs.status(1, "Occupied", at=t0 - timedelta(seconds=30))
        assert (await cs.authorize("TAG-1")).id_token_info == {"status": "Accepted"}
        started = await cs.tx_event("Started", "tx-0001", trigger="Authorized", at=t0,
                                    token="TAG-1", state="Charging",
                                    meter_values=[meter(t0, energy(1000, BEGIN))])
        assert started.id_token_info == {"status": "Accepted"}
        tx = Transaction.get(Transaction.transaction_id == "tx-0001")
        assert (tx.status, tx.user_id, tx.start_meter_value) == (
            TransactionStatus.ACTIVE, user.id, 1.0)
        updated = await cs.tx_event("Updated", "tx-0001", trigger="MeterValuePeriodic",
                                    at=t0 + timedelta(minutes=10), state="Charging",
                                    meter_values=[meter(t0 + timedelta(minutes=10),
                                                        energy(5000), power(7400))])
        assert updated.total_cost is None
        await cs.tx_event("Updated", "tx-0001", trigger="ChargingStateChanged",
                          at=t0 + timedelta(minutes=19), state="SuspendedEV")
        ended = await cs.tx_event("Ended", "tx-0001", trigger="EVCommunicationLost",
                                  at=t0 + timedelta(minutes=20), state="EVConnected",
                                  stopped="EVDisconnected",
                                  meter_values=[meter(t0 + timedelta(minutes=20),
                                                      energy(9000, END))])
        assert ended.total_cost == 40.0
        await cs.status(1, "Available", at=t0 + timedelta(minutes=21))

    flushed(services)
    tx = Transaction.get(Transaction.transaction_id == "tx-0001")
    assert Connector.get_by_id(tx.connector_id).connector_id == 1
    assert (tx.start_time, tx.end_time) == (t0, t0 + timedelta(minutes=20))
    assert (tx.start_meter_value, tx.end_meter_value, tx.total_energy) == (1.0, 9.0, 8.0)
    assert (tx.total_cost, tx.currency) == (Decimal("40.00"), "THB")
    assert (tx.status, tx.stop_reason, tx.id_tag) == (
        TransactionStatus.COMPLETED, "EVDisconnected", "TAG-1")
    assert (tx.seq_no, tx.charging_state) == (3, "EVConnected")
    assert tx.charging_ended_at == t0 + timedelta(minutes=19)  # SuspendedEV: idle from here
    samples = list(MeterValue.select().where(MeterValue.transaction == tx.id)
                   .order_by(MeterValue.timestamp))
    assert [(m.value, m.power) for m in samples] == [(1.0, None), (5.0, 7.4), (9.0, None)]
    assert all(m.connector_id == tx.connector_id for m in samples)
    session = ChargingSession.get(ChargingSession.transaction == tx.id)
    assert session.status == SessionStatus.COMPLETED
    kinds = [n.type for n in Notification.select().where(
        Notification.charge_point_id == "CS-TX").order_by(Notification.created_at)]
    assert kinds.count(NotificationType.CHARGING_STARTED) == 1
    assert kinds.count(NotificationType.CHARGING_STOPPED) == 1


async def test_cable_first_then_authorized_attaches_the_driver(services, url):
    user = site("4.00")
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=10)
    async with booted(url, "CS-CABLE") as cs:
        started = await cs.tx_event("Started", "c-1", trigger="CablePluggedIn", at=t0,
                                    state="EVConnected",
                                    meter_values=[meter(t0, energy(2000, BEGIN))])
        assert started.id_token_info is None  # no idToken, no idTokenInfo
        assert Transaction.get(Transaction.transaction_id == "c-1").user_id is None
        auth = await cs.tx_event("Updated", "c-1", trigger="Authorized", token="TAG-1",
                                 at=t0 + timedelta(minutes=1), state="Charging")
        assert auth.id_token_info == {"status": "Accepted"}
        ended = await cs.tx_event("Ended", "c-1", trigger="StopAuthorized", token="TAG-1",
                                  at=t0 + timedelta(minutes=9), stopped="Local",
                                  meter_values=[meter(t0 + timedelta(minutes=9),
                                                      energy(4500, END))])
        assert ended.total_cost == 10.0
    tx = Transaction.get(Transaction.transaction_id == "c-1")
    assert (tx.id_tag, tx.user_id, tx.stop_id_tag) == ("TAG-1", user.id, "TAG-1")
    assert (tx.total_energy, tx.total_cost) == (2.5, Decimal("10.00"))


async def test_authorize_statuses(services, url):
    IdTag.create(id_tag="BLOCKED", status=IdTagStatus.BLOCKED)
    IdTag.create(id_tag="OLD", expiry_date=datetime(2020, 1, 1, tzinfo=UTC))
    IdTag.create(id_tag="GROUP")
    IdTag.create(id_tag="MEMBER", parent_id_tag="GROUP")
    async with booted(url, "CS-AUTH") as cs:
        assert (await cs.authorize("NOBODY")).id_token_info == {"status": "Unknown"}
        assert (await cs.authorize("BLOCKED")).id_token_info == {"status": "Blocked"}
        old = (await cs.authorize("OLD")).id_token_info
        assert old["status"] == "Expired" and old["cache_expiry_date_time"].startswith("2020")
        member = (await cs.authorize("MEMBER")).id_token_info
        assert member == {"status": "Accepted",
                          "group_id_token": {"id_token": "GROUP", "type": "ISO14443"}}
        free = await cs.tx_event("Started", "na-1", token="", at=datetime.now(UTC))
        assert free.id_token_info is None
        na = await cs.send("TransactionEvent", event_type="Updated", timestamp=iso(),
                           trigger_reason="Trigger", seq_no=1,
                           transaction_info={"transactionId": "na-1"},
                           id_token={"idToken": "", "type": "NoAuthorization"})
        assert na.id_token_info == {"status": "Accepted"}
    assert Transaction.get(Transaction.transaction_id == "na-1").id_tag is None


async def test_meter_values_outside_transactions(services, url):
    at = datetime.now(UTC).replace(microsecond=0)
    async with booted(url, "CS-MV", evses=2) as cs:
        await cs.meter_values(2, meter(at, energy(12.5, unitOfMeasure={"unit": "kWh"}),
                                       power(11000)))
        await cs.meter_values(0, meter(at, energy(99000)))  # the station's main meter
    flushed(services)
    conn = Connector.get((Connector.charge_point == "CS-MV") & (Connector.connector_id == 2))
    row = MeterValue.get(MeterValue.connector == conn.id)
    assert (row.transaction_id, row.value, row.power, row.timestamp) == (None, 12.5, 11.0, at)
    assert (conn.last_meter_kwh, conn.power_kw) == (12.5, 11.0)
    assert MeterValue.select().where(MeterValue.connector.is_null()).count() == 1


async def test_new_transaction_without_evse_is_accepted_and_placed_later(services, url):
    """evse is optional: Authorized before the cable (EVSE unknown) used to be refused
    with OccurrenceConstraintViolation."""
    user = site()
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=20)
    async with booted(url, "CS-NOEVSE") as cs:
        await cs.status(2, "Occupied", at=t0 - timedelta(seconds=5))
        started = await cs.tx_event("Started", "x-1", evse=None, trigger="Authorized",
                                    token="TAG-1", at=t0,
                                    meter_values=[meter(t0, energy(2000, BEGIN))])
        assert started.id_token_info == {"status": "Accepted"}
        tx = Transaction.get(Transaction.transaction_id == "x-1")
        assert Connector.get_by_id(tx.connector_id).connector_id == 0
        assert (tx.user_id, tx.start_meter_value) == (user.id, 2.0)
        await cs.tx_event("Updated", "x-1", evse=2, trigger="CablePluggedIn", state="Charging",
                          at=t0 + timedelta(minutes=1),
                          meter_values=[meter(t0 + timedelta(minutes=1), energy(2500))])
        await cs.tx_event("Ended", "x-1", evse=None, stopped="Local", at=t0 + timedelta(minutes=10),
                          meter_values=[meter(t0 + timedelta(minutes=10), energy(6000, END))])
        flushed(services)
    tx = Transaction.get(Transaction.transaction_id == "x-1")
    evse2 = Connector.get((Connector.charge_point == "CS-NOEVSE") & (Connector.connector_id == 2))
    assert (tx.connector_id, tx.status, tx.total_energy) == (evse2.id, TransactionStatus.COMPLETED,
                                                              4.0)
    assert {m.connector_id for m in MeterValue.select().where(MeterValue.transaction == tx.id)} \
        == {evse2.id}
    assert Connector.select().where(Connector.connector_id == 0).count() == 0  # placeholder gone
    sessions = list(ChargingSession.select().where(ChargingSession.transaction == tx.id))
    assert [(s.connector_id, s.user_id) for s in sessions] == [(evse2.id, user.id)]


async def test_two_stations_reusing_a_transaction_id_lose_nothing(server, url):  # type: ignore[no-untyped-def]
    """Station ids are per station; the site-wide unique column must not drop the second."""
    from chargers201 import booted

    from csms_desktop.protocol.commands import Commands
    from csms_desktop.store.models import Transaction as Tx

    async with booted(url, "CSA") as a, booted(url, "CSB") as b:
        await a.tx_event("Started", "1", token=None, state="Charging")
        await b.tx_event("Started", "1", token=None, state="Charging")
        rows = {t.charge_point_id: t.transaction_id for t in Tx.select()}
        assert rows == {"CSA": "1", "CSB": "1@CSB"}
        result = await Commands(server).remote_stop("CSB", "1@CSB")
        assert result.ok
        assert b.calls("RequestStopTransaction")[-1]["transactionId"] == "1"
        await b.tx_event("Ended", "1", token=None, stopped="Remote")
        assert Tx.get(Tx.transaction_id == "1@CSB").status.value == "COMPLETED"
        assert Tx.get(Tx.transaction_id == "1").status.value == "ACTIVE"


async def test_charging_state_refines_the_occupied_evse(server, url, services):  # type: ignore[no-untyped-def]
    from chargers201 import booted

    from csms_desktop.services.events import ConnectorStatusChanged
    from csms_desktop.store.models import Connector

    seen: list[ConnectorStatusChanged] = []
    services.hub.subscribe(ConnectorStatusChanged, seen.append)
    async with booted(url, "CSS") as st:
        await st.status(1, "Occupied")
        await st.tx_event("Started", "T9", token=None, state="Charging")
        await services.writer.durable()
        conn = Connector.get((Connector.charge_point == "CSS") & (Connector.connector_id == 1))
        assert (conn.status.value, conn.ocpp_status) == ("OCCUPIED", "Charging")
        await st.tx_event("Updated", "T9", token=None, state="SuspendedEV")
        await services.writer.durable()
        conn = Connector.get_by_id(conn.id)
        assert conn.ocpp_status == "SuspendedEV"
    assert [e.ocpp_status for e in seen if e.charge_point_id == "CSS"][-2:] == ["Charging",
                                                                                "SuspendedEV"]
