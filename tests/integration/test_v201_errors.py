"""OCPP 2.0.1 error handling: schema violations answered with the 2.0.1 error codes,
garbage frames, unknown actions, the tolerant setting; a second station is unaffected."""

from __future__ import annotations

import json

from chargers201 import booted, connect_raw, flushed, iso, raw_call, raw_recv

from csms_desktop.domain.enums import ConnectorStatus, MessageKind
from csms_desktop.store.models import ChargePoint, Connector, OCPPMessage, Transaction

BOOT = {"chargingStation": {"model": "Raw", "vendorName": "RawVendor"}, "reason": "PowerUp"}


def _status(**changes: object) -> dict[str, object]:
    return {"timestamp": iso(), "connectorStatus": "Available", "evseId": 1,
            "connectorId": 1, **changes}


async def test_schema_violations_and_garbage_leave_other_stations_alone(services, url):
    async with booted(url, "CS-GOOD") as good, connect_raw(url, "CS-RAW") as raw:
        assert (await raw_call(raw, "BootNotification", BOOT))[2]["status"] == "Accepted"
        status = _status()
        del status["connectorId"]
        cases: list[tuple[str, dict[str, object], str]] = [
            ("StatusNotification", status, "OccurrenceConstraintViolation"),
            ("StatusNotification", _status(evseId="one"), "TypeConstraintViolation"),
            ("StatusNotification", _status(connectorStatus="Charging"),
             "PropertyConstraintViolation"),
            ("StatusNotification", _status(errorCode="NoError"), "FormatViolation"),
            ("TransactionEvent", {"eventType": "Started"}, "OccurrenceConstraintViolation"),
            ("FooBar", {}, "NotImplemented"),
            ("Reset", {"type": "Immediate"}, "NotSupported"),  # a CSMS -> station message
        ]
        for action, payload, code in cases:
            answer = await raw_call(raw, action, payload)
            assert answer[0] == 4 and answer[2] == code, (action, answer)
            # the good station is served in between
            assert (await good.heartbeat()).current_time

        await raw.send("this is not json")  # no unique id: nothing to answer
        await raw.send(json.dumps([2, "only-two"]))
        assert (await raw_recv(raw))[1:3] == ["only-two", "RpcFrameworkError"]
        await raw.send(json.dumps([9, "nine", "Heartbeat", {}]))
        assert (await raw_recv(raw))[2] == "MessageTypeNotSupported"
        await raw.send(json.dumps([2, "arr", "Heartbeat", []]))
        assert (await raw_recv(raw))[2] == "FormatViolation"
        assert (await raw_call(raw, "Heartbeat", {}))[0] == 3  # still served

        await good.status(1, "Occupied")
        await good.tx_event("Started", "good-1")
        await good.tx_event("Ended", "good-1", stopped="Local")

    flushed(services)
    errors = [r.error_code for r in OCPPMessage.select().where(
        (OCPPMessage.charge_point_id == "CS-RAW") & OCPPMessage.error_code.is_null(False)
        & (OCPPMessage.kind == MessageKind.CALLERROR)).order_by(OCPPMessage.timestamp)]
    assert errors == [c for _, _, c in cases] + [
        "RpcFrameworkError", "MessageTypeNotSupported", "FormatViolation"]
    garbage = OCPPMessage.select().where((OCPPMessage.charge_point_id == "CS-RAW")
                                         & (OCPPMessage.kind == MessageKind.CALL)
                                         & OCPPMessage.error_code.is_null(False))
    # every malformed frame is logged as it came, answerable or not
    assert sorted(g.payload["raw"] for g in garbage) == sorted([
        "this is not json", '[2, "only-two"]', '[9, "nine", "Heartbeat", {}]',
        '[2, "arr", "Heartbeat", []]'])
    assert Connector.select().where(Connector.charge_point == "CS-RAW").count() == 0
    assert Connector.get(Connector.charge_point == "CS-GOOD").status == ConnectorStatus.OCCUPIED
    assert Transaction.get(Transaction.transaction_id == "good-1").charge_point_id == "CS-GOOD"
    assert ChargePoint.get_by_id("CS-GOOD").last_heartbeat is not None


async def test_tolerant_station_gets_its_quirks_repaired(services, url):
    ChargePoint.create(id="CS-TOL", name="Quirky", tolerant=True)
    async with connect_raw(url, "CS-TOL") as raw, connect_raw(url, "CS-STRICT") as strict:
        assert (await raw_call(raw, "BootNotification", BOOT))[2]["status"] == "Accepted"
        assert (await raw_call(strict, "BootNotification", BOOT))[2]["status"] == "Accepted"
        quirky = _status(connectorStatus="occupied", evseId="1", timestamp="2030-01-01 10:00:00")
        refused = await raw_call(strict, "StatusNotification", dict(quirky))
        assert refused[0] == 4 and refused[2].endswith("ConstraintViolation")
        assert (await raw_call(raw, "StatusNotification", quirky))[0] == 3
    row = Connector.get(Connector.charge_point == "CS-TOL")
    assert (row.connector_id, row.status, row.ocpp_status) == (
        1, ConnectorStatus.OCCUPIED, "Occupied")
    assert Connector.select().where(Connector.charge_point == "CS-STRICT").count() == 0
