"""Hostile frames of issue 18's station -> CSMS messages, on 2.0.1 and 2.1, over real
websockets to the real server (house rule 5).

NotifyDisplayMessages, NotifyMonitoringReport, NotifyEvent, NotifyCustomerInformation,
PublishFirmwareStatusNotification, NotifyReport and TransactionEvent Ended with 2.1
``costDetails``, drawn by hypothesis (``fuzzing.templates_201_more``) and sent by a
hostile station while a victim station holds rows of every kind (display messages,
monitors, customer information, a firmware publication, variables, a priced
transaction with the station's cost) and the CSMS waits for the victim's complete
reports. For every frame: the answer OCPP-J asks for (as ``test_fuzz_frames``), and a
payload that breaks the action's schema gets the CALLERROR code the schema check names,
a warning in the log, and no row of the hostile station's. After all of them, and after
the valid-but-hostile sequences of ``test_hostile_ids_stay_with_their_station``
(another station's requestId, monitor and transaction ids, seqNo 2**31-1, tbc without
end): the victim's rows are exactly as they were.
"""

from __future__ import annotations

import asyncio
import copy
import functools
import json
import logging
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import jsonschema
import ocpp
import pytest
from fuzzing import cost_details, expected_answer, frames, templates_201_more
from hypothesis import HealthCheck, given, settings
from test_fuzz_frames import Records, Wire, _open, no_garbage_limit  # noqa: F401

from csms_desktop.protocol.frames import _CODES_2X
from csms_desktop.protocol.server import OCPPServer
from csms_desktop.protocol.v201.advanced import MONITORING_REPORT, expect_full_report
from csms_desktop.protocol.v201.state import MAX_PARTS_PER_REPORT, state_of
from csms_desktop.protocol.validation import SchemaViolation, Validator
from csms_desktop.store.models import (
    ChargePointVariable,
    IdTag,
    Notification,
    Tariff,
    Transaction,
)
from csms_desktop.store.v201_models import (
    CustomerInformationPart,
    DisplayMessage,
    FirmwarePublication,
    StationCost,
    VariableMonitor,
)

pytestmark = pytest.mark.timeout(120)
EXAMPLES = int(os.environ.get("CSMS_FUZZ_EXAMPLES_V201", "120"))
SUB = {"2.0.1": "ocpp2.0.1", "2.1": "ocpp2.1"}
NOW = "2026-12-02T10:00:00Z"
#: what a 2.1 VariableMonitoringType has more (2.0.1 has no such field)
V21_MONITOR = {"2.0.1": {}, "2.1": {"eventNotificationType": "CustomMonitor"}}
#: the victim's ids, known to the hostile station (and to the strategies)
VICTIM = {"request_ids": [11, 12, 13, 14, 15, 21, 22], "message_ids": [3], "monitor_ids": [5],
          "tx_ids": ["V-1", "V-2"]}
#: (model, its station column) of every row issue 18's messages write
TABLES = [(DisplayMessage, DisplayMessage.charge_point_id),
          (VariableMonitor, VariableMonitor.charge_point_id),
          (CustomerInformationPart, CustomerInformationPart.charge_point_id),
          (FirmwarePublication, FirmwarePublication.charge_point_id),
          (StationCost, StationCost.charge_point_id),
          (ChargePointVariable, ChargePointVariable.charge_point),
          (Transaction, Transaction.charge_point),
          (Notification, Notification.charge_point_id)]


def _rows(cp_id: str) -> dict[str, list[dict[str, Any]]]:
    skip = {"updated_at", "received_at", "checked_at"}  # bookkeeping, not content
    return {model.__name__: sorted(
        ({k: v for k, v in r.__data__.items() if k not in skip}
         for r in model.select().where(column == cp_id)), key=lambda d: str(d["id"]))
        for model, column in TABLES}


def _counts(cp_id: str) -> dict[str, int]:
    return {model.__name__: model.select().where(column == cp_id).count()
            for model, column in TABLES}


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name.startswith("csms_desktop"):
            self.messages.append(record.getMessage())


async def _call(wire: Wire, action: str, payload: dict[str, Any]) -> Any:
    answer = await wire.call(action, payload)
    assert answer[0] == 3, (action, answer)
    return answer[2]


async def _victim(services: Any, victim: Wire, version: str) -> None:
    """Rows of every kind for the victim, written by its own valid frames."""
    boot = {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}
    assert (await _call(victim, "BootNotification", boot))["status"] == "Accepted"
    IdTag.create(id_tag="TAG-1")
    Tariff.create(name="Energy", price_per_kwh=10, currency="THB")
    token = {"idToken": "TAG-1", "type": "ISO14443"}
    for tx, seq in (("V-1", 0), ("V-2", 0)):
        await _call(victim, "TransactionEvent", {
            "eventType": "Started", "timestamp": "2026-12-02T09:00:00Z", "seqNo": seq,
            "triggerReason": "Authorized", "idToken": token, "evse": {"id": 1 + (tx == "V-2")},
            "transactionInfo": {"transactionId": tx, "chargingState": "Charging"},
            "meterValue": [{"timestamp": "2026-12-02T09:00:00Z", "sampledValue": [
                {"value": 1000, "context": "Transaction.Begin"}]}]})
    ended = {"eventType": "Ended", "timestamp": NOW, "seqNo": 1, "triggerReason": "EVDeparted",
             "evse": {"id": 2}, "transactionInfo": {"transactionId": "V-2",
                                                    "stoppedReason": "EVDisconnected"},
             "meterValue": [{"timestamp": NOW, "sampledValue": [
                 {"value": 3000, "context": "Transaction.End"}]}]}
    if version == "2.1":
        ended["costDetails"] = cost_details(20.0)
    await _call(victim, "TransactionEvent", ended)
    await _call(victim, "NotifyDisplayMessages", {"requestId": 11, "messageInfo": [
        {"id": 3, "priority": "InFront", "message": {"format": "UTF8", "content": "Mine"}}]})
    await _call(victim, "NotifyMonitoringReport", {
        "requestId": 12, "seqNo": 0, "generatedAt": NOW, "monitor": [
            {"component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"},
             "variableMonitoring": [{"id": 5, "transaction": False, "value": 22000,
                                     "type": "UpperThreshold", "severity": 2,
                                     **V21_MONITOR[version]}]}]})
    await _call(victim, "NotifyCustomerInformation", {
        "requestId": 13, "seqNo": 0, "generatedAt": NOW, "data": "victim's sessions"})
    await _call(victim, "PublishFirmwareStatusNotification", {
        "status": "Published", "requestId": 14, "location": ["http://victim/fw.bin"]})
    await _call(victim, "NotifyReport", {
        "requestId": 15, "seqNo": 0, "generatedAt": NOW, "reportData": [
            {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"},
             "variableAttribute": [{"type": "Actual", "value": "300"}]}]})
    await _call(victim, "NotifyEvent", {"generatedAt": NOW, "seqNo": 0, "eventData": [
        {"eventId": 1, "timestamp": NOW, "trigger": "Alerting", "actualValue": "23000",
         "component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"},
         "variableMonitoringId": 5, "eventNotificationType": "CustomMonitor"}]})
    # the CSMS asked the victim for complete reports (an unfiltered GetDisplayMessages /
    # GetMonitoringReport): a hostile "last part" of those request ids must not end them
    expect_full_report(services, "VICTIM", 21)
    expect_full_report(services, "VICTIM", 22, MONITORING_REPORT)


#: the OCPP-J error codes of a payload that breaks its schema
SCHEMA_CODES = {"FormatViolation", "OccurrenceConstraintViolation",
                "PropertyConstraintViolation", "TypeConstraintViolation", "ProtocolError"}


@functools.cache
def _official(version: str, action: str) -> Any:
    """A validator of the official request schema (the ``ocpp`` package's), independent of
    the product's validation."""
    folder = Path(ocpp.__file__).parent / {"2.0.1": "v201", "2.1": "v21"}[version] / "schemas"
    schema = json.loads((folder / f"{action}Request.json").read_text())
    return jsonschema.validators.validator_for(schema)(schema)


def _violation(frame: str, validator: Validator, actions: set[str]) -> str | None:
    """The CALLERROR code the schema check gives a CALL of ``actions`` in ``frame``;
    None when the frame is no such CALL or its payload is valid. A payload the official
    schema refuses is refused by the product too, with a schema error code."""
    try:
        msg = json.loads(frame)
    except ValueError:
        return None
    if not (isinstance(msg, list) and len(msg) == 4 and msg[0] == 2 and msg[2] in actions
            and isinstance(msg[3], dict) and expected_answer(frame) == msg[1]):
        return None
    try:
        json.dumps(msg, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        return None  # a lone surrogate: no Unicode text, a FormatViolation before any schema
    official = not _official(validator.version, msg[2]).is_valid(msg[3])
    try:
        validator.validate_request(msg[2], copy.deepcopy(msg[3]))
    except SchemaViolation as exc:
        assert exc.error_code in SCHEMA_CODES, (frame, exc.error_code)
        return exc.error_code
    assert not official, ("the official schema refuses what the CSMS takes", frame)
    return None


async def _check(hostile: Wire, frame: str, validator: Validator, codes: set[str],
                 actions: set[str], warnings: Warnings) -> str:
    """Send ``frame`` and a probe, check the answers; what the frame got: "violation",
    "result" (a CALLRESULT), "error" (another CALLERROR) or "none"."""
    ws = hostile.ws
    uid = expected_answer(frame)
    violation = _violation(frame, validator, actions)
    got = "none"
    before = _counts("HOSTILE") if violation else None
    logged = len(warnings.messages)
    probe = f"probe-{uid}-{len(frame)}"
    await ws.send(frame)
    await ws.send(json.dumps([2, probe, "Heartbeat", {}]))
    if uid is not None:
        answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert isinstance(answer, list) and answer[1] == uid, (frame, answer)
        if violation:
            assert answer[0] == 4 and answer[2] == violation, (frame, answer)
            got = "violation"
        elif answer[0] == 4:
            assert answer[2] in codes, (frame, answer)
            got = "error"
        else:
            assert answer[0] == 3, (frame, answer)
            validator.validate_response(json.loads(frame)[2], answer[2])
            got = "result"
    answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert answer[:2] == [3, probe], (frame, answer)
    if violation:
        assert _counts("HOSTILE") == before, frame  # no row written
        assert any("violates the schema" in m for m in warnings.messages[logged:]), frame
    return got


@pytest.mark.parametrize("version", ["2.0.1", "2.1"])
def test_fuzz_issue18_messages(services, no_garbage_limit, version) -> None:  # noqa: F811
    validator = Validator(version)
    codes = set(_CODES_2X.values()) - {"InternalError"}
    templates = templates_201_more(VICTIM)
    loop = asyncio.new_event_loop()
    server = OCPPServer(services)
    records, warnings = Records(), Warnings()
    logging.getLogger().addHandler(records)
    logging.getLogger().addHandler(warnings)
    try:
        port = loop.run_until_complete(server.start("127.0.0.1", 0))[1]
        victim = loop.run_until_complete(_open(port, "VICTIM", SUB[version]))
        hostile = loop.run_until_complete(_open(port, "HOSTILE", SUB[version]))
        loop.run_until_complete(_victim(services, victim, version))
        boot = {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}
        loop.run_until_complete(_call(hostile, "BootNotification", boot))
        services.writer.flush()
        before = _rows("VICTIM")
        empty = {"Notification"} | ({"StationCost"} if version == "2.0.1" else set())
        assert all(rows for name, rows in before.items() if name not in empty), before

        seen: dict[str, int] = {}

        @settings(max_examples=EXAMPLES, deadline=None,
                  derandomize=not os.environ.get("CSMS_FUZZ_RANDOM"),
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(frame=frames(templates))
        def one_frame(frame: str) -> None:
            got = loop.run_until_complete(_check(hostile, frame, validator, codes,
                                                 set(templates), warnings))
            seen[got] = seen.get(got, 0) + 1

        one_frame()
        # the draw reaches both sides: frames the schema refuses and frames handled
        assert seen.get("violation", 0) >= EXAMPLES // 25, seen
        assert seen.get("result", 0) >= EXAMPLES // 25, seen
        services.writer.flush()
        assert _rows("VICTIM") == before
        assert records.bad == [], [r.getMessage() for r in records.bad[:5]]
        assert services.writer.failures == 0
        loop.run_until_complete(victim.ws.close())
        loop.run_until_complete(hostile.ws.close())
    finally:
        logging.getLogger().removeHandler(records)
        logging.getLogger().removeHandler(warnings)
        loop.run_until_complete(server.stop())
        loop.close()


async def test_hostile_ids_stay_with_their_station(services, url) -> None:
    port = int(url.split(":")[2].split("/")[0])
    victim = await _open(port, "VICTIM", SUB["2.1"])
    hostile = await _open(port, "HOSTILE", SUB["2.1"])
    records = Records()
    logging.getLogger().addHandler(records)
    try:
        await _victim(services, victim, "2.1")
        boot = {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}
        await _call(hostile, "BootNotification", boot)
        services.writer.flush()
        before = _rows("VICTIM")
        # the last part of the victim's complete reports, with the victim's ids
        assert await _call(hostile, "NotifyDisplayMessages", {"requestId": 21, "messageInfo": [
            {"id": 3, "priority": "AlwaysFront",
             "message": {"format": "UTF8", "content": "Hijacked"}}]}) == {}
        assert await _call(hostile, "NotifyMonitoringReport", {
            "requestId": 22, "seqNo": 2**31 - 1, "generatedAt": NOW, "monitor": [
                {"component": {"name": "EVSE", "evse": {"id": 1}},
                 "variable": {"name": "Power"}, "variableMonitoring": [
                     {"id": 5, "transaction": False, "value": 1, "type": "Delta",
                      "severity": 9, **V21_MONITOR["2.1"]}]}]}) == {}
        assert await _call(hostile, "NotifyCustomerInformation", {
            "requestId": 13, "seqNo": 0, "generatedAt": NOW, "data": "not the victim's"}) == {}
        assert await _call(hostile, "PublishFirmwareStatusNotification", {
            "status": "PublishFailed", "requestId": 14}) == {}
        # the victim's ended transaction, ended again with a price of the hostile's
        ended = await _call(hostile, "TransactionEvent", {
            "eventType": "Ended", "timestamp": NOW, "seqNo": 7, "triggerReason": "EVDeparted",
            "evse": {"id": 1}, "transactionInfo": {"transactionId": "V-2",
                                                   "stoppedReason": "EVDisconnected"},
            "costDetails": cost_details(9999.0)})
        assert "totalCost" not in ended or ended["totalCost"] != 20.0
        # a price no money column holds (the fuzz found it: a traceback, no check row)
        await _call(hostile, "TransactionEvent", {
            "eventType": "Ended", "timestamp": NOW, "seqNo": 0, "triggerReason": "EVDeparted",
            "evse": {"id": 1}, "transactionInfo": {"transactionId": "H-BIG"},
            "costDetails": cost_details(1e300)})
        # an event of the victim's monitor id: the hostile has no such monitor
        assert await _call(hostile, "NotifyEvent", {"generatedAt": NOW, "seqNo": 0, "eventData": [
            {"eventId": 9, "timestamp": NOW, "trigger": "Periodic", "actualValue": "1",
             "component": {"name": "EVSE", "evse": {"id": 1}}, "variable": {"name": "Power"},
             "variableMonitoringId": 5, "eventNotificationType": "CustomMonitor"}]}) == {}
        # a report that never ends, numbered at will: every part answered, memory bounded
        for n in range(MAX_PARTS_PER_REPORT // 8):
            seq = n if n % 2 else 2**31 - 1 - n
            assert await _call(hostile, "NotifyReport", {
                "requestId": 15, "seqNo": seq, "generatedAt": NOW, "tbc": True,
                "reportData": [{"component": {"name": "OCPPCommCtrlr"},
                                "variable": {"name": "HeartbeatInterval"},
                                "variableAttribute": [{"type": "Actual",
                                                       "value": str(n)}]}]}) == {}
        services.writer.flush()
        assert _rows("VICTIM") == before
        mine = _rows("HOSTILE")
        assert [r["content"] for r in mine["DisplayMessage"]] == ["Hijacked"]
        assert [r["monitor_id"] for r in mine["VariableMonitor"]] == [5]
        assert [r["data"] for r in mine["CustomerInformationPart"]] == ["not the victim's"]
        assert [(r["request_id"], r["status"]) for r in mine["FirmwarePublication"]] == [
            (14, "PublishFailed")]
        assert sorted((r["transaction_id"], r["station_total"]) for r in mine["StationCost"]) \
            == [("H-BIG", None), ("V-2@HOSTILE", Decimal("9999"))]
        track = state_of(services).reports[("NotifyReport", "HOSTILE", 15)]
        assert not track.done and len(track.parts) <= MAX_PARTS_PER_REPORT
        assert records.bad == [], [r.getMessage() for r in records.bad[:5]]
    finally:
        logging.getLogger().removeHandler(records)
        await victim.ws.close()
        await hostile.ws.close()
