"""Issue 12: frames seen from a buggy or hostile charger, over real websockets, against the
real server and a real SQLite file. Each test names the defect it proves fixed."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import chargers201 as c201
import pytest
from chargers16 import connect_raw, raw_boot, raw_call, raw_recv
from helpers16 import logged

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.services.events import SecurityEvent
from csms_desktop.store.models import (
    ChargePoint,
    Connector,
    MeterValue,
    Notification,
    OCPPMessage,
    Transaction,
)

NOW = datetime.now(UTC).replace(microsecond=0)


def stamp(dt: datetime) -> str:
    return dt.strftime("%Y-%m-%dT%H:%M:%SZ")


def sample(wh: float, measurand: str = "Energy.Active.Import.Register", unit: str = "Wh"):
    return {"value": str(wh), "measurand": measurand, "unit": unit}


@pytest.fixture
def security(services) -> list[SecurityEvent]:
    events: list[SecurityEvent] = []
    services.hub.subscribe(SecurityEvent, events.append)
    return events


async def _start16(ws, connector: int = 1, tag: str = "T1", wh: int = 1000,
                   at: datetime = NOW - timedelta(minutes=30)) -> int:
    answer = await raw_call(ws, "StartTransaction", {"connectorId": connector, "idTag": tag,
                                                     "meterStart": wh, "timestamp": stamp(at)})
    assert answer[0] == 3, answer
    return int(answer[2]["transactionId"])


# ------------------------------------------------------------------ 1. foreign transactions
async def test_a_charger_cannot_stop_or_meter_another_chargers_transaction(services, url,
                                                                           security):
    async with connect_raw(url, "CP-A") as a, connect_raw(url, "CP-B") as b:
        await raw_boot(a)
        await raw_boot(b)
        tx = await _start16(a)
        answer = await raw_call(b, "MeterValues", {
            "connectorId": 1, "transactionId": tx,
            "meterValue": [{"timestamp": stamp(NOW), "sampledValue": [sample(5000)]}]})
        assert answer[0] == 3
        answer = await raw_call(b, "StopTransaction", {
            "transactionId": tx, "meterStop": 1, "timestamp": stamp(NOW), "idTag": "T1"})
        assert answer[0] == 3 and answer[2] == {"idTagInfo": {"status": "Invalid"}}
        row = Transaction.get(Transaction.transaction_id == str(tx))
        assert (row.status, row.charge_point_id, row.end_meter_value) == (
            TransactionStatus.ACTIVE, "CP-A", None)
        services.writer.flush()
        assert MeterValue.select().where(MeterValue.transaction == row.id).count() == 0
        assert Connector.select().where(Connector.charge_point == "CP-B").count() == 0
        # the real owner still stops it
        answer = await raw_call(a, "StopTransaction", {
            "transactionId": tx, "meterStop": 4000, "timestamp": stamp(NOW)})
        assert answer[0] == 3
    row = Transaction.get(Transaction.transaction_id == str(tx))
    assert (row.status, row.total_energy) == (TransactionStatus.COMPLETED, 3.0)
    assert [(e.charge_point_id, e.kind) for e in security] == [
        ("CP-B", "ForeignTransaction"), ("CP-B", "ForeignTransaction")]
    assert Notification.select().where(Notification.title.contains("ForeignTransaction")).count() == 1


async def test_201_station_naming_another_stations_id_gets_its_own(services, url, security):
    async with c201.booted(url, "CS-A") as a, c201.booted(url, "CS-B") as b:
        await a.tx_event("Started", "T-9", token=None, state="Charging")
        await b.tx_event("Ended", "T-9", token=None, stopped="Local")
        assert Transaction.get(Transaction.charge_point == "CS-A").status == \
            TransactionStatus.ACTIVE
        mine = Transaction.get(Transaction.charge_point == "CS-B")
        assert (mine.transaction_id, mine.status) == ("T-9@CS-B", TransactionStatus.COMPLETED)


# ------------------------------------------------------------------ 4. odd samples
@pytest.mark.parametrize(("measurand", "unit"), [
    ("Power.Active.Import", "Wh"), ("Voltage", "A"), ("Current.Import", "W")])
async def test_a_stop_with_an_odd_sample_still_closes(services, url, security, measurand, unit):
    async with connect_raw(url, "CP-ODD") as ws:
        await raw_boot(ws)
        tx = await _start16(ws)
        answer = await raw_call(ws, "StopTransaction", {
            "transactionId": tx, "meterStop": 6000, "timestamp": stamp(NOW),
            "transactionData": [{"timestamp": stamp(NOW), "sampledValue": [
                sample(6000), {"value": "230", "measurand": measurand, "unit": unit}]}]})
        assert answer[0] == 3, answer
    row = Transaction.get(Transaction.transaction_id == str(tx))
    assert (row.status, row.total_energy) == (TransactionStatus.COMPLETED, 5.0)
    assert "MeterValueDropped" in [e.kind for e in security]


async def test_201_ended_with_an_odd_sample_still_closes(services, url):
    async with c201.booted(url, "CS-ODD") as cs:
        await cs.tx_event("Started", "o-1", token=None, state="Charging",
                          meter_values=[c201.meter(NOW, c201.energy(1000))])
        bad = {"value": 12, "measurand": "Voltage", "unitOfMeasure": {"unit": "A"}}
        await cs.tx_event("Ended", "o-1", token=None, stopped="Local",
                          meter_values=[c201.meter(NOW, c201.energy(3000), bad)])
    row = Transaction.get(Transaction.transaction_id == "o-1")
    assert (row.status, row.total_energy) == (TransactionStatus.COMPLETED, 2.0)


# ------------------------------------------------------------------ 5. seqNo and Ended
async def test_ended_reusing_the_seqno_of_an_updated_is_applied(services, url):
    async with c201.booted(url, "CS-SEQ") as cs:
        await cs.tx_event("Started", "s-1", seq=0, token=None, state="Charging")
        await cs.tx_event("Updated", "s-1", seq=1, token=None, state="Charging")
        await cs.tx_event("Ended", "s-1", seq=1, token=None, stopped="Local")
    assert Transaction.get(Transaction.transaction_id == "s-1").status == \
        TransactionStatus.COMPLETED


async def test_a_failure_inside_ended_leaves_nothing_half_applied(services, url, monkeypatch):
    """Seen: the seqNo was committed before the stop; a kill in between, then the
    station's replay of Ended, gave 'seqNo already applied; Ended ignored'."""
    real = services.charging.stop_transaction
    calls = []

    def crashing(*args, **kwargs):
        calls.append(1)
        real(*args, **kwargs)  # its writes are made, then the process "dies"
        if len(calls) == 1:
            raise RuntimeError("killed")
        return None

    monkeypatch.setattr(services.charging, "stop_transaction", crashing)
    async with c201.booted(url, "CS-KILL") as cs:
        await cs.tx_event("Started", "k-1", seq=0, token=None, state="Charging")
        from ocpp.exceptions import OCPPError

        with pytest.raises(OCPPError):
            await cs.tx_event("Ended", "k-1", seq=1, token=None, stopped="Local")
        row = Transaction.get(Transaction.transaction_id == "k-1")
        assert (row.status, row.seq_no) == (TransactionStatus.ACTIVE, 0)
        await cs.tx_event("Ended", "k-1", seq=1, token=None, stopped="Local")  # the replay
    row = Transaction.get(Transaction.transaction_id == "k-1")
    assert (row.status, row.seq_no) == (TransactionStatus.COMPLETED, 1)


async def test_ended_after_a_restart_is_applied_once(services, url):
    async with c201.booted(url, "CS-RST") as cs:
        await cs.tx_event("Started", "r-1", seq=0, token=None, state="Charging")
        await cs.tx_event("Updated", "r-1", seq=1, token=None, state="Charging")
    services.extras.clear()  # what a restart forgets: only transaction.seq_no is known
    async with c201.booted(url, "CS-RST") as cs:
        await cs.tx_event("Updated", "r-1", seq=1, token=None, state="Charging",
                          meter_values=[c201.meter(NOW, c201.energy(1))])  # a replay
        await cs.tx_event("Ended", "r-1", seq=1, token=None, stopped="Local")
    row = Transaction.get(Transaction.transaction_id == "r-1")
    assert row.status == TransactionStatus.COMPLETED
    services.writer.flush()
    assert MeterValue.select().where(MeterValue.transaction == row.id).count() == 0


# ------------------------------------------------------------------ 6. lone surrogates
async def test_a_lone_surrogate_is_refused_logged_and_the_batch_kept(services, url):
    async with connect_raw(url, "CP-SUR") as ws:
        await raw_boot(ws)
        await ws.send('[2,"a4","Authorize",{"idTag":"\\ud800"}]')
        answer = await raw_recv(ws)
        assert answer[:3] == [4, "a4", "FormationViolation"]
        await ws.send('[2,"\\udfff","Heartbeat",{}]')  # the id itself: no answer possible
        answer = await raw_call(ws, "Heartbeat", {}, uid="hb")
        assert answer[0] == 3 and answer[1] == "hb"
    rows = logged(services, "CP-SUR")
    assert len(rows) == 7  # boot x2, both broken frames, their one answer, heartbeat x2
    broken = [r for r in rows if r.message_id == "a4"]
    assert [r.kind.value for r in broken] == ["CALL", "CALLERROR"]
    assert "\\ud800" in broken[0].payload["raw"]
    assert services.writer.failures == 0


async def test_201_lone_surrogate_gets_format_violation(services, url):
    async with c201.connect_raw(url, "CS-SUR") as ws:
        await ws.send('[2,"b1","Authorize",{"idToken":{"idToken":"\\udbff","type":"ISO14443"}}]')
        answer = await c201.raw_recv(ws)
        assert answer[:3] == [4, "b1", "FormatViolation"]


# ------------------------------------------------------------------ 7. absurd numbers
@pytest.mark.parametrize("connector", [-1, 10**9, 17])
async def test_absurd_connector_ids_create_nothing(services, url, connector):
    async with connect_raw(url, "CP-ABS") as ws:
        await raw_boot(ws)
        for action, payload in (
            ("StatusNotification", {"connectorId": connector, "errorCode": "NoError",
                                    "status": "Available"}),
            ("MeterValues", {"connectorId": connector, "meterValue": [
                {"timestamp": stamp(NOW), "sampledValue": [sample(1)]}]}),
            ("StartTransaction", {"connectorId": connector, "idTag": "T", "meterStart": 0,
                                  "timestamp": stamp(NOW)}),
        ):
            answer = await raw_call(ws, action, payload)
            assert answer[0] == 4 and answer[2] == "PropertyConstraintViolation", answer
    assert Connector.select().count() == 0
    assert ChargePoint.get_by_id("CP-ABS").connector_count == 1
    assert Transaction.select().count() == 0


async def test_connectors_above_the_reported_number_are_refused(services, url):
    from csms_desktop.store.models import ChargePointVariable

    async with connect_raw(url, "CP-TWO") as ws:
        await raw_boot(ws)
        ChargePointVariable.create(charge_point="CP-TWO", variable="NumberOfConnectors",
                                   value="2")
        ok = await raw_call(ws, "StatusNotification", {"connectorId": 2, "errorCode": "NoError",
                                                        "status": "Available"})
        refused = await raw_call(ws, "StatusNotification", {
            "connectorId": 3, "errorCode": "NoError", "status": "Available"})
    assert ok[0] == 3 and refused[0] == 4
    assert [c.connector_id for c in Connector.select()] == [2]


async def test_201_absurd_evse_ids_create_nothing(services, url):
    async with c201.connect_raw(url, "CS-ABS") as ws:
        await c201.raw_call(ws, "BootNotification", {
            "reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}})
        for evse in (-1, 10**9):
            answer = await c201.raw_call(ws, "StatusNotification", {
                "timestamp": stamp(NOW), "connectorStatus": "Available", "evseId": evse,
                "connectorId": 1})
            assert answer[0] == 4, answer
    assert Connector.select().count() == 0


@pytest.mark.parametrize("year", [1970, 9999])
async def test_an_implausible_charger_clock_is_flagged_and_never_billed(services, url, security,
                                                                         year):
    from decimal import Decimal

    from csms_desktop.store.models import Tariff

    Tariff.create(name="Site", currency="THB", price_per_kwh=Decimal("5"),
                  idle_fee_per_minute=Decimal("1"),
                  effective_from=datetime(2020, 1, 1, tzinfo=UTC))
    wrong = datetime(year, 1, 1, tzinfo=UTC)
    async with connect_raw(url, "CP-CLK") as ws:
        await raw_boot(ws)
        await raw_call(ws, "StatusNotification", {"connectorId": 1, "errorCode": "NoError",
                                                  "status": "Finishing",
                                                  "timestamp": stamp(wrong)})
        tx = await _start16(ws, at=wrong)
        await raw_call(ws, "StopTransaction", {"transactionId": tx, "meterStop": 3000,
                                               "timestamp": stamp(NOW)})
    row = Transaction.get(Transaction.transaction_id == str(tx))
    assert row.clock_flag == "CLOCK"
    assert row.start_time.year == NOW.year  # the receive time, not the charger's
    assert abs(row.start_received_at - datetime.now(UTC)) < timedelta(minutes=1)
    assert row.total_cost == Decimal("10.0000")  # 2 kWh x 5, no idle fee
    conn = Connector.get(Connector.charge_point == "CP-CLK")
    assert conn.status_time.year == NOW.year  # a 9999 status would freeze the connector
    assert "ChargerClockImplausible" in [e.kind for e in security]


async def test_a_session_of_years_gets_no_idle_fee(services, url):
    from decimal import Decimal

    from csms_desktop.store.models import Tariff

    Tariff.create(name="Site", currency="THB", price_per_kwh=Decimal("5"),
                  idle_fee_per_minute=Decimal("1"),
                  effective_from=datetime(2016, 1, 1, tzinfo=UTC))
    async with connect_raw(url, "CP-OLD") as ws:
        await raw_boot(ws)
        tx = await _start16(ws, at=datetime(2019, 3, 1, tzinfo=UTC))  # firmware build date
        await raw_call(ws, "StopTransaction", {"transactionId": tx, "meterStop": 3000,
                                               "timestamp": stamp(NOW)})
    row = Transaction.get(Transaction.transaction_id == str(tx))
    assert row.clock_flag == "DURATION"
    assert row.total_cost == Decimal("10.0000")


# ------------------------------------------------------------------ 14. unknown ids, cheaply
async def test_meter_values_for_an_unknown_transaction_query_once(services, url, caplog):
    import logging

    from csms_desktop.store.db import database_proxy

    async with connect_raw(url, "CP-UNK") as ws:
        await raw_boot(ws)
        await raw_call(ws, "StatusNotification", {"connectorId": 1, "errorCode": "NoError",
                                                  "status": "Charging"})
        queries: list[str] = []
        db = database_proxy.obj
        original = db.execute_sql

        def counting(sql, params=None, *a, **k):
            if "transaction" in sql and sql.lstrip().upper().startswith("SELECT"):
                queries.append(sql)
            return original(sql, params, *a, **k)

        db.execute_sql = counting
        try:
            caplog.set_level(logging.INFO)
            for _ in range(50):
                answer = await raw_call(ws, "MeterValues", {
                    "connectorId": 1, "transactionId": 424242,
                    "meterValue": [{"timestamp": stamp(NOW), "sampledValue": [sample(7)]}]})
                assert answer[0] == 3
        finally:
            db.execute_sql = original
    assert len(queries) <= 2, queries  # the scoped lookup and the owner check, once
    lines = [r for r in caplog.records if "unknown transaction 424242" in r.getMessage()]
    assert len(lines) <= 5
    services.writer.flush()
    assert MeterValue.select().count() == 50  # kept against the connector


async def test_nothing_of_the_above_leaves_a_traceback(services, url, caplog):
    import logging

    caplog.set_level(logging.WARNING)
    async with connect_raw(url, "CP-TB") as ws:
        await raw_boot(ws)
        for frame in ('[2,"x","Authorize",{"idTag":"\\ud800"}]',
                      json.dumps([2, "y", "StatusNotification", {
                          "connectorId": -5, "errorCode": "NoError", "status": "Available"}]),
                      json.dumps([2, "z", "StopTransaction", {
                          "transactionId": 99, "meterStop": 1, "timestamp": stamp(NOW)}])):
            await ws.send(frame)
            await raw_recv(ws)
    assert not [r for r in caplog.records if r.exc_info]
    assert OCPPMessage.select().where(OCPPMessage.error_code == "InternalError").count() == 0
