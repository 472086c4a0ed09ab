"""Conformance-style OCPP 2.0.1 CSMS test cases for issue 18's features.

Each test plays one OCTT (OCA Compliance Test Tool) CSMS test case, or one variant of
it: an independent scripted station (``station.ScriptedStation``, raw websockets, every
CALL schema-checked) boots on the real server, the CSMS is triggered as an operator
would (``Commands`` of the running server), and the test checks the CALL's content and
what the CSMS made of the answer (its typed outcome, what it stored). The station's own
follow-up messages (NotifyDisplayMessages, NotifyReport...) are sent as the case's steps
say, after the answer.

Case ids: ``TC_x_nn_CSMS`` with their names where the corpus shows them (see
docs/ocpp201-conformance.md for where each was found); otherwise the spec's use-case id
with a "-style" suffix. Variants that the OCTT has no case for (no answer, a CALLERROR)
carry the case's id with "-style" and say what they add.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal
from typing import Any

import pytest
from chargers201 import eventually

from conformance.station import ScriptedStation
from csms_desktop.domain.timeutil import parse_ocpp_datetime
from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.protocol.v201.advanced import customer_information
from csms_desktop.services import v201_followup
from csms_desktop.store.models import ChargePoint, ChargePointVariable, IdTag, Notification, Tariff
from csms_desktop.store.v201_models import (
    CustomerInformationPart,
    DisplayMessage,
    FirmwarePublication,
    VariableMonitor,
)

pytestmark = pytest.mark.timeout(60)
case = pytest.mark.case
NOW = "2026-12-02T10:00:00Z"
TOKEN = {"idToken": "100000C01", "type": "Central"}
SILENT = None  # the station does not answer: the CSMS times out (call_timeout 2 s)


def when(text: str) -> datetime:
    return parse_ocpp_datetime(text)


def param(*values: Any, cid: str, name: str) -> Any:
    return pytest.param(*values, marks=case(cid, name), id=cid)


def evse_var(variable: str, evse: int = 1) -> dict[str, Any]:
    return {"component": {"name": "EVSE", "evse": {"id": evse}}, "variable": {"name": variable}}


# ================================================================ O: display messages
SET_DISPLAY = [
    param("Accepted", Outcome.ACCEPTED, cid="TC_O_01_CSMS", name="Set Display Message - Success"),
    param("Rejected", Outcome.REJECTED, cid="TC_O_26_CSMS", name="Set Display Message - Rejected"),
    param("NotSupportedPriority", Outcome.NOT_SUPPORTED, cid="TC_O_17_CSMS",
          name="Set Display Message - NotSupportedPriority"),
    param("NotSupportedState", Outcome.NOT_SUPPORTED, cid="TC_O_18_CSMS",
          name="Set Display Message - NotSupportedState"),
    param("NotSupportedMessageFormat", Outcome.NOT_SUPPORTED, cid="TC_O_19_CSMS",
          name="Set Display Message - NotSupportedMessageFormat"),
    param(SILENT, Outcome.TIMED_OUT, cid="O01-style-no-answer",
          name="Set Display Message - station does not answer"),
    param("CALLERROR-NotImplemented", Outcome.NOT_SUPPORTED, cid="O01-style-callerror",
          name="Set Display Message - station answers CALLERROR NotImplemented"),
]


@pytest.mark.parametrize("answer,outcome", SET_DISPLAY)
async def test_set_display_message(server, url, answer, outcome):
    script = {"SetDisplayMessage": answer if answer is None or answer.startswith("CALLERROR")
              else {"status": answer}}
    async with ScriptedStation(url, "CONF-O01", script) as st:
        result = await Commands(server).set_display_message(
            "CONF-O01", "Hello", priority="InFront", language="en", state="Charging")
        sent = st.calls("SetDisplayMessage")
    assert st.violations == []
    assert len(sent) == 1
    message = sent[0]["message"]
    assert (message["priority"], message["state"]) == ("InFront", "Charging")
    assert message["message"] == {"format": "UTF8", "language": "en", "content": "Hello"}
    assert "transactionId" not in message  # O01.FR.04: not for a transaction
    assert result.outcome == outcome
    rows = list(DisplayMessage.select().where(DisplayMessage.charge_point_id == "CONF-O01"))
    if outcome == Outcome.ACCEPTED:
        assert [(r.message_id, r.content, r.source) for r in rows] == [
            (message["id"], "Hello", "csms")]
    else:
        assert rows == []  # nothing recorded as shown


@pytest.mark.parametrize("criteria", [
    param({}, cid="TC_O_02_CSMS", name="Get all Display Messages - Success"),
    param({"ids": "set"}, cid="TC_O_07_CSMS", name="Get a Specific Display Message - Id"),
    param({"priority": "AlwaysFront"}, cid="TC_O_08_CSMS",
          name="Get a Specific Display Message - Priority"),
    param({"state": "Charging"}, cid="TC_O_09_CSMS",
          name="Get a Specific Display Message - State"),
])
async def test_get_display_messages(server, url, criteria):
    cp = "CONF-O02"
    script = {"SetDisplayMessage": {"status": "Accepted"},
              "GetDisplayMessages": {"status": "Accepted"}}
    commands = Commands(server)
    async with ScriptedStation(url, cp, script) as st:
        set_ = await commands.set_display_message(cp, "Welcome", priority="AlwaysFront",
                                                  language="th")
        assert set_.ok
        mid = set_.data["message_id"]
        args = {**criteria, "ids": [mid]} if "ids" in criteria else criteria
        result = await commands.get_display_messages(cp, **args)
        assert result.ok, result
        sent = st.calls("GetDisplayMessages")[0]
        rid = sent["requestId"]
        answer = await st.send("NotifyDisplayMessages", {"requestId": rid, "messageInfo": [
            {"id": mid, "priority": "AlwaysFront", "message": {
                "format": "UTF8", "language": "th", "content": "Welcome"}},
            {"id": mid + 1, "priority": "NormalCycle", "state": "Idle", "message": {
                "format": "UTF8", "content": "From the station"}}]})
    assert st.violations == [] and answer == {}
    expected = {"requestId": rid}
    if "ids" in criteria:
        expected["id"] = [mid]
    if "priority" in criteria:
        expected["priority"] = "AlwaysFront"
    if "state" in criteria:
        expected["state"] = "Charging"
    assert sent == expected
    rows = {r.message_id: (r.content, r.source, r.request_id) for r in DisplayMessage.select()
            .where(DisplayMessage.charge_point_id == cp)}
    assert rows == {mid: ("Welcome", "station", rid),
                    mid + 1: ("From the station", "station", rid)}


@pytest.mark.parametrize("answer,outcome", [
    param("Accepted", Outcome.ACCEPTED, cid="TC_O_06_CSMS",
          name="Set Display Message - Specific transaction - Success"),
    param("UnknownTransaction", Outcome.REJECTED, cid="TC_O_10_CSMS",
          name="Set Display Message - Specific transaction - UnknownTransaction"),
])
async def test_set_display_message_for_transaction(server, url, answer, outcome):
    cp = "CONF-O02T"
    async with ScriptedStation(url, cp, {"SetDisplayMessage": {"status": answer}}) as st:
        await _charging(st, "TX-O06")
        result = await Commands(server).set_display_message(cp, "12 THB so far",
                                                            transaction_id="TX-O06")
    assert st.violations == []
    assert st.calls("SetDisplayMessage")[0]["message"]["transactionId"] == "TX-O06"
    assert result.outcome == outcome
    rows = [(r.transaction_id, r.content) for r in DisplayMessage.select().where(
        DisplayMessage.charge_point_id == cp)]
    assert rows == ([("TX-O06", "12 THB so far")] if outcome == Outcome.ACCEPTED else [])


START = datetime(2026, 12, 3, 8, 0, tzinfo=UTC)
END = datetime(2026, 12, 3, 18, 0, tzinfo=UTC)


@pytest.mark.parametrize("start,end,tx", [
    param(START, None, None, cid="TC_O_13_CSMS",
          name="Set Display Message - Display message at StartTime"),
    param(None, END, None, cid="TC_O_14_CSMS",
          name="Set Display Message - Remove message after EndTime"),
    param(START, None, "TX-O27", cid="TC_O_27_CSMS",
          name="Set Display Message - Specific transaction - StartTime"),
    param(None, END, "TX-O28", cid="TC_O_28_CSMS",
          name="Set Display Message - Specific transaction - EndTime"),
])
async def test_set_display_message_window(server, url, start, end, tx):
    cp = "CONF-O13"
    async with ScriptedStation(url, cp, {"SetDisplayMessage": {"status": "Accepted"}}) as st:
        if tx:
            await _charging(st, tx)
        result = await Commands(server).set_display_message(cp, "Closed tonight", start=start,
                                                            end=end, transaction_id=tx)
    assert st.violations == [] and result.ok
    message = st.calls("SetDisplayMessage")[0]["message"]
    assert "state" not in message and message.get("transactionId") == tx
    assert (when(message["startDateTime"]) if start else None, "startDateTime" in message) \
        == (start, start is not None)
    assert (when(message["endDateTime"]) if end else None, "endDateTime" in message) \
        == (end, end is not None)
    row = DisplayMessage.get(DisplayMessage.charge_point_id == cp)
    assert (row.start_at, row.end_at, row.transaction_id) == (start, end, tx)


@case("TC_O_12_CSMS", "Set Display Message - Replace DisplayMessage")
async def test_replace_display_message(server, url):
    cp = "CONF-O06"
    commands = Commands(server)
    async with ScriptedStation(url, cp, {"SetDisplayMessage": {"status": "Accepted"}}) as st:
        first = await commands.set_display_message(cp, "Old text")
        second = await commands.set_display_message(cp, "New text",
                                                    message_id=first.data["message_id"])
    assert st.violations == [] and first.ok and second.ok
    ids = [c["message"]["id"] for c in st.calls("SetDisplayMessage")]
    assert ids[0] == ids[1]
    assert [(r.message_id, r.content) for r in DisplayMessage.select().where(
        DisplayMessage.charge_point_id == cp)] == [(ids[0], "New text")]


@case("TC_O_11_CSMS", "Get a Specific Display Message - Unknown parameters")
async def test_get_display_message_unknown_id(server, url):
    cp = "CONF-O04U"
    script = {"SetDisplayMessage": {"status": "Accepted"},
              "GetDisplayMessages": {"status": "Unknown"}}
    commands = Commands(server)
    async with ScriptedStation(url, cp, script) as st:
        mid = (await commands.set_display_message(cp, "Kept")).data["message_id"]
        result = await commands.get_display_messages(cp, ids=[mid + 1])
    assert st.violations == []
    assert st.calls("GetDisplayMessages")[0]["id"] == [mid + 1]
    assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Unknown")
    # a filtered request that matched nothing says nothing about the other messages
    assert [r.content for r in DisplayMessage.select().where(
        DisplayMessage.charge_point_id == cp)] == ["Kept"]


@case("TC_O_03_CSMS", "Get all Display Messages - No DisplayMessages configured")
async def test_get_display_messages_none_configured(server, url):
    cp = "CONF-O03"
    # the CSMS believes the station shows an old message; the station has none
    DisplayMessage.create(charge_point_id=cp, message_id=5, priority="NormalCycle",
                          message_format="UTF8", content="stale", source="csms",
                          updated_at=datetime.now(UTC) - timedelta(hours=1))
    async with ScriptedStation(url, cp, {"GetDisplayMessages": {"status": "Unknown"}}) as st:
        result = await Commands(server).get_display_messages(cp)
    assert st.violations == []
    assert set(st.calls("GetDisplayMessages")[0]) == {"requestId"}
    assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Unknown")
    assert DisplayMessage.select().where(DisplayMessage.charge_point_id == cp).count() == 0


@pytest.mark.parametrize("answer,outcome,kept", [
    param("Accepted", Outcome.ACCEPTED, False, cid="TC_O_04_CSMS",
          name="Clear Display Message - Success"),
    param("Unknown", Outcome.REJECTED, True, cid="TC_O_05_CSMS",
          name="Clear Display Message - Unknown Key"),
    param(SILENT, Outcome.TIMED_OUT, True, cid="O05-style-no-answer",
          name="Clear Display Message - station does not answer"),
])
async def test_clear_display_message(server, url, answer, outcome, kept):
    cp = "CONF-O04"
    script = {"SetDisplayMessage": {"status": "Accepted"},
              "ClearDisplayMessage": None if answer is None else {"status": answer}}
    commands = Commands(server)
    async with ScriptedStation(url, cp, script) as st:
        mid = (await commands.set_display_message(cp, "Bye")).data["message_id"]
        result = await commands.clear_display_message(cp, mid)
    assert st.violations == []
    assert st.calls("ClearDisplayMessage") == [{"id": mid}]
    assert result.outcome == outcome
    left = DisplayMessage.select().where(DisplayMessage.charge_point_id == cp).count()
    assert left == (1 if kept else 0)


# ================================================================ N: monitoring
def _monitor_results(payload: dict[str, Any], status: str = "Accepted") -> dict[str, Any]:
    results = []
    for n, data in enumerate(payload["setMonitoringData"]):
        res = {"status": status, "type": data["type"], "severity": data["severity"],
               "component": data["component"], "variable": data["variable"]}
        if status == "Accepted":
            res["id"] = 40 + n
        results.append(res)
    return {"setMonitoringResult": results}


AVAIL_EVSE = {"component": "EVSE", "evse": 1, "variable": "AvailabilityState"}
AVAIL_CS = {"component": "ChargingStation", "variable": "AvailabilityState"}
POWER_CS = {"component": "ChargingStation", "variable": "Power"}


def _wire_var(v: dict[str, Any]) -> dict[str, Any]:
    """ComponentVariableType of a neutral variable (what the station must receive)."""
    component: dict[str, Any] = {"name": v["component"]}
    if v.get("evse") is not None:
        component["evse"] = {"id": v["evse"]}
    return {"component": component, "variable": {"name": v["variable"]}}


@pytest.mark.parametrize("monitors,answer,outcome", [
    param([AVAIL_EVSE], "Accepted", Outcome.ACCEPTED, cid="TC_N_08_CSMS",
          name="Set Variable Monitoring - One element"),
    param([AVAIL_EVSE, AVAIL_CS], "Accepted", Outcome.ACCEPTED, cid="TC_N_09_CSMS",
          name="Set Variable Monitoring - Multiple elements"),
    param([AVAIL_EVSE, AVAIL_CS], "Rejected", Outcome.REJECTED, cid="N04-style-rejected",
          name="Set Variable Monitoring - every element Rejected"),
    param([AVAIL_EVSE], SILENT, Outcome.TIMED_OUT, cid="N04-style-no-answer",
          name="Set Variable Monitoring - station does not answer"),
])
async def test_set_variable_monitoring(server, url, monitors, answer, outcome):
    cp = "CONF-N04"
    script = {"SetVariableMonitoring": None if answer is None
              else (lambda p: _monitor_results(p, answer))}
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).set_variable_monitoring(
            cp, [{**m, "type": "Delta", "value": 1, "severity": 8} for m in monitors])
    assert st.violations == []
    data = st.calls("SetVariableMonitoring")[0]["setMonitoringData"]
    assert data[0] == {**evse_var("AvailabilityState"), "value": 1.0, "type": "Delta",
                       "severity": 8}
    assert len(data) == len(monitors)
    assert result.outcome == outcome
    stored = {(m.monitor_id, m.component, m.evse_id, m.variable) for m in
              VariableMonitor.select().where(VariableMonitor.charge_point_id == cp)}
    if outcome == Outcome.ACCEPTED:
        assert [r["id"] for r in result.data["results"]] == [40 + n for n in range(len(data))]
        assert (40, "EVSE", 1, "AvailabilityState") in stored and len(stored) == len(data)
    else:
        assert stored == set()


@pytest.mark.parametrize("answer,outcome", [
    param("Accepted", Outcome.ACCEPTED, cid="N06-style-accepted",
          name="Clear Variable Monitoring - Accepted"),
    param("Rejected", Outcome.REJECTED, cid="TC_N_44_CSMS", name="Clear Monitoring - Rejected"),
])
async def test_clear_variable_monitoring(server, url, answer, outcome):
    cp = "CONF-N06"
    VariableMonitor.create(charge_point_id=cp, monitor_id=40, component="EVSE", evse_id=1,
                           variable="AvailabilityState", monitor_type="Delta", value=1,
                           severity=8, source="csms")
    script = {"ClearVariableMonitoring": lambda p: {"clearMonitoringResult": [
        {"id": i, "status": answer} for i in p["id"]]}}
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).clear_variable_monitoring(cp, [40])
    assert st.violations == [] and st.calls("ClearVariableMonitoring") == [{"id": [40]}]
    assert result.outcome == outcome
    left = VariableMonitor.select().where(VariableMonitor.charge_point_id == cp).count()
    assert left == (0 if outcome == Outcome.ACCEPTED else 1)


def _monitoring_report(rid: int, seq: int, tbc: bool, monitor_id: int) -> dict[str, Any]:
    return {"requestId": rid, "seqNo": seq, "generatedAt": NOW, "tbc": tbc, "monitor": [
        {**evse_var("AvailabilityState"), "variableMonitoring": [
            {"id": monitor_id, "transaction": False, "value": 1, "type": "UpperThreshold",
             "severity": 4}]}]}


@pytest.mark.parametrize("first,second", [
    param({"criteria": ["DeltaMonitoring"]}, {"criteria": ["ThresholdMonitoring"]},
          cid="TC_N_01_CSMS", name="Get Monitoring Report - with monitoringCriteria"),
    param({"variables": [AVAIL_CS]}, {"variables": [AVAIL_EVSE]}, cid="TC_N_02_CSMS",
          name="Get Monitoring Report - with component/variable"),
    param(None, {}, cid="TC_N_47_CSMS", name="Get Monitoring Report - Report all"),
    param({"criteria": ["DeltaMonitoring"], "variables": [AVAIL_EVSE]},
          {"criteria": ["ThresholdMonitoring"], "variables": [POWER_CS]}, cid="TC_N_03_CSMS",
          name="Get Monitoring Report - with criteria and component/variable"),
    param({"criteria": ["DeltaMonitoring"], "variables": [AVAIL_CS, AVAIL_EVSE]},
          {"criteria": ["ThresholdMonitoring"], "variables": [AVAIL_CS, AVAIL_EVSE]},
          cid="TC_N_60_CSMS",
          name="Get Monitoring Report - with criteria and list of components/variables"),
])
async def test_get_monitoring_report(server, url, first, second):
    cp = "CONF-N02"
    answers = iter([{"status": "EmptyResultSet"}] * (first is not None)
                   + [{"status": "Accepted"}])
    script = {"GetMonitoringReport": lambda p: next(answers)}
    commands = Commands(server)
    async with ScriptedStation(url, cp, script) as st:
        if first is not None:
            empty = await commands.get_monitoring_report(cp, **first)
            assert (empty.outcome, empty.status) == (Outcome.ACCEPTED, "EmptyResultSet")
        result = await commands.get_monitoring_report(cp, **second)
        assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Accepted")
        rid = st.calls("GetMonitoringReport")[-1]["requestId"]
        for seq in (0, 1):
            assert await st.send("NotifyMonitoringReport",
                                 _monitoring_report(rid, seq, seq == 0, 7 + seq)) == {}
    assert st.violations == []
    for call, args in zip(st.calls("GetMonitoringReport"), [a for a in (first, second)
                                                              if a is not None], strict=True):
        assert call.get("monitoringCriteria") == args.get("criteria")
        assert call.get("componentVariable") == ([_wire_var(v) for v in args["variables"]]
                                                 if args.get("variables") else None)
    stored = {m.monitor_id: (m.component, m.evse_id, m.monitor_type, m.source, m.request_id)
              for m in VariableMonitor.select().where(VariableMonitor.charge_point_id == cp)}
    assert stored == {n: ("EVSE", 1, "UpperThreshold", "station", rid) for n in (7, 8)}


@case("TC_N_05_CSMS", "Set Monitoring Base - success")
async def test_set_monitoring_base(server, url):
    cp = "CONF-N03"
    async with ScriptedStation(url, cp, {"SetMonitoringBase": {"status": "Accepted"}}) as st:
        results = [await Commands(server).set_monitoring_base(cp, base)
                   for base in ("All", "FactoryDefault", "HardWiredOnly")]
    assert st.violations == []
    assert [c["monitoringBase"] for c in st.calls("SetMonitoringBase")] == [
        "All", "FactoryDefault", "HardWiredOnly"]
    assert [r.outcome for r in results] == [Outcome.ACCEPTED] * 3


@pytest.mark.parametrize("answer,outcome", [
    param("Accepted", Outcome.ACCEPTED, cid="TC_N_16_CSMS", name="Set Monitoring Level - Success"),
    param("Rejected", Outcome.REJECTED, cid="TC_N_17_CSMS",
          name="Set Monitoring Level - Out of range"),
])
async def test_set_monitoring_level(server, url, answer, outcome):
    cp = "CONF-N05"
    async with ScriptedStation(url, cp, {"SetMonitoringLevel": {"status": answer}}) as st:
        result = await Commands(server).set_monitoring_level(cp, 4)
    assert st.violations == [] and st.calls("SetMonitoringLevel") == [{"severity": 4}]
    assert result.outcome == outcome


@pytest.mark.parametrize("event,notifies", [
    param({"trigger": "Alerting", "actualValue": "Faulted",
           "eventNotificationType": "HardWiredMonitor"}, True, cid="TC_N_21_CSMS",
          name="Alert Event - HardWiredMonitor"),
    param({"trigger": "Alerting", "actualValue": "Available", "cleared": True,
           "eventNotificationType": "HardWiredMonitor"}, False, cid="TC_N_49_CSMS",
          name="Alert Event - LowerThreshold/UpperThreshold cleared after reboot"),
    param({"trigger": "Periodic", "actualValue": "Available",
           "eventNotificationType": "CustomMonitor", "variableMonitoringId": 3}, False,
          cid="TC_N_50_CSMS", name="Alert Event - Periodic Triggered"),
])
async def test_notify_event(server, url, event, notifies):
    cp = "CONF-N07"
    async with ScriptedStation(url, cp, {}) as st:
        answer = await st.send("NotifyEvent", {"generatedAt": NOW, "seqNo": 0, "eventData": [
            {"eventId": 1, "timestamp": NOW, **evse_var("AvailabilityState"), **event}]})
    assert st.violations == [] and answer == {}
    value = ChargePointVariable.get((ChargePointVariable.charge_point == cp)
                                    & (ChargePointVariable.variable == "AvailabilityState"))
    assert (value.component, value.evse_id, value.value) == ("EVSE", 1, event["actualValue"])
    notes = [n.title for n in Notification.select().where(Notification.charge_point_id == cp)]
    assert notes == ([f"{cp}: EVSE/1.AvailabilityState"] if notifies else [])


# ================================================================ N: customer information
@pytest.mark.parametrize("report,clear,who,answer,parts", [
    param(True, False, "token", "Accepted", ["Session 1 on EVSE 1; ", "12.5 kWh"],
          cid="TC_N_27_CSMS", name="Get Customer Information - Accepted + data"),
    param(True, False, "token", "Accepted", [""], cid="TC_N_28_CSMS",
          name="Get Customer Information - Accepted + no data"),
    param(True, False, "token", "Rejected", None, cid="TC_N_29_CSMS",
          name="Get Customer Information - Not Accepted"),
    param(True, True, "token", "Accepted", ["cleared: Session 1"], cid="TC_N_30_CSMS",
          name="Clear Customer Information - Clear and report + data"),
    param(True, True, "token", "Accepted", [""], cid="TC_N_31_CSMS",
          name="Clear Customer Information - Clear and report + no data"),
    param(False, True, "token", "Accepted", ["cleared"], cid="TC_N_32_CSMS",
          name="Clear Customer Information - Clear and no report"),
    param(True, True, "customer", "Accepted", ["OpenChargeAlliance: no data"],
          cid="TC_N_62_CSMS", name="Clear Customer Information - customerIdentifier"),
    param(True, False, "token", SILENT, None, cid="N09-style-no-answer",
          name="Get Customer Information - station does not answer"),
])
async def test_customer_information(server, url, report, clear, who, answer, parts):
    cp = "CONF-N09"
    script = {"CustomerInformation": None if answer is None else {"status": answer}}
    ident = ({"id_tag": TOKEN["idToken"]} if who == "token"
             else {"customer_identifier": "OpenChargeAlliance"})
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).customer_information(cp, report=report, clear=clear,
                                                             **ident)
        sent = st.calls("CustomerInformation")[0]
        for seq, data in enumerate(parts or []):
            assert await st.send("NotifyCustomerInformation", {
                "data": data, "tbc": seq < len(parts) - 1, "seqNo": seq, "generatedAt": NOW,
                "requestId": sent["requestId"]}) == {}
    assert st.violations == []
    assert (sent["report"], sent["clear"]) == (report, clear)
    if who == "token":
        assert sent["idToken"]["idToken"] == TOKEN["idToken"] and "customerIdentifier" not in sent
    else:
        assert sent["customerIdentifier"] == "OpenChargeAlliance" and "idToken" not in sent
    rid = sent["requestId"]
    if parts is None:
        assert result.outcome == (Outcome.REJECTED if answer else Outcome.TIMED_OUT)
        assert CustomerInformationPart.select().where(
            CustomerInformationPart.charge_point_id == cp).count() == 0
    else:
        assert result.ok and result.data["request_id"] == rid
        assert customer_information(cp, rid) == "".join(parts)


# ================================================================ B: reports and variables
OFFLINE = {"component": "OCPPCommCtrlr", "variable": "OfflineThreshold"}
REMOTE = {"component": "AuthCtrlr", "variable": "AuthorizeRemoteStart"}


def _variable_results(payload: dict[str, Any], key: str, statuses: list[str],
                      values: list[str] | None = None) -> dict[str, Any]:
    data = payload["getVariableData" if key == "getVariableResult" else "setVariableData"]
    out = []
    for n, item in enumerate(data):
        res = {"attributeStatus": statuses[n], "component": item["component"],
               "variable": item["variable"]}
        if values is not None and statuses[n] == "Accepted":
            res["attributeValue"] = values[n]
        out.append(res)
    return {key: out}


def _stored(cp: str) -> dict[str, Any]:
    return {f"{v.component}.{v.variable}": v.value for v in ChargePointVariable.select().where(
        ChargePointVariable.charge_point == cp)}


@pytest.mark.parametrize("statuses,outcome", [
    param(["Accepted", "Accepted"], Outcome.ACCEPTED, cid="TC_B_07_CSMS",
          name="Get Variables - multiple values"),
    param(["Accepted", "UnknownVariable"], Outcome.REJECTED, cid="B06-style-partly",
          name="Get Variables - multiple values, one unknown"),
])
async def test_get_variables(server, url, statuses, outcome):
    cp = "CONF-B06"
    script = {"GetVariables": lambda p: _variable_results(p, "getVariableResult", statuses,
                                                          ["120", "true"])}
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).get_variables(cp, [OFFLINE, REMOTE])
    assert st.violations == []
    assert st.calls("GetVariables") == [{"getVariableData": [
        {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "OfflineThreshold"}},
        {"component": {"name": "AuthCtrlr"}, "variable": {"name": "AuthorizeRemoteStart"}}]}]
    assert result.outcome == outcome
    assert [r["status"] for r in result.data["results"]] == statuses
    expected = {"OCPPCommCtrlr.OfflineThreshold": "120"}
    if outcome == Outcome.ACCEPTED:
        expected["AuthCtrlr.AuthorizeRemoteStart"] = "true"
    assert _stored(cp) == expected


@pytest.mark.parametrize("answer,outcome", [
    param(["Accepted", "Accepted"], Outcome.ACCEPTED, cid="TC_B_10_CSMS",
          name="Set Variables - multiple values"),
    param(["Accepted", "Rejected"], Outcome.REJECTED, cid="B05-style-partly",
          name="Set Variables - multiple values, one Rejected"),
    param(SILENT, Outcome.TIMED_OUT, cid="B05-style-no-answer",
          name="Set Variables - station does not answer"),
])
async def test_set_variables(server, url, answer, outcome):
    cp = "CONF-B05"
    script = {"SetVariables": None if answer is None
              else (lambda p: _variable_results(p, "setVariableResult", answer))}
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).set_variables(cp, [{**OFFLINE, "value": 123},
                                                           {**REMOTE, "value": "false"}])
    assert st.violations == []
    data = st.calls("SetVariables")[0]["setVariableData"]
    assert [(d["component"]["name"], d["variable"]["name"], d["attributeValue"]) for d in data] \
        == [("OCPPCommCtrlr", "OfflineThreshold", "123"),
            ("AuthCtrlr", "AuthorizeRemoteStart", "false")]
    assert result.outcome == outcome
    expected = {}
    if answer is not None:
        expected["OCPPCommCtrlr.OfflineThreshold"] = "123"
        if outcome == Outcome.ACCEPTED:
            expected["AuthCtrlr.AuthorizeRemoteStart"] = "false"
    assert _stored(cp) == expected


def _limit(cp: str, component: str, instance: str, value: str) -> None:
    """The station's ItemsPerMessage for one message, as a report of its device model
    stored it."""
    ChargePointVariable.create(charge_point=cp, component=component,
                               variable="ItemsPerMessage", instance=instance,
                               attribute_type="Actual", value=value, readonly=True)


@pytest.mark.parametrize("answer,outcome", [
    param("Accepted", Outcome.ACCEPTED, cid="TC_B_08_CSMS",
          name="Get Variables - limit to maximum number of values"),
    param(SILENT, Outcome.TIMED_OUT, cid="B06-style-limit-no-answer",
          name="Get Variables - limit to maximum number of values, first part not answered"),
])
async def test_get_variables_within_items_per_message(server, url, answer, outcome):
    cp = "CONF-B08"
    wanted = [{"component": "DeviceDataCtrlr", "variable": variable, "instance": instance}
              for variable in ("ItemsPerMessage", "BytesPerMessage")
              for instance in ("GetReport", "GetVariables")] + [REMOTE]
    script = {"GetVariables": None if answer is None else (lambda p: _variable_results(
        p, "getVariableResult", ["Accepted"] * len(p["getVariableData"]),
        ["4"] * len(p["getVariableData"])))}
    async with ScriptedStation(url, cp, script) as st:
        _limit(cp, "DeviceDataCtrlr", "GetVariables", "4")  # from its device model
        result = await Commands(server).get_variables(cp, wanted)
    assert st.violations == []
    sizes = [len(c["getVariableData"]) for c in st.calls("GetVariables")]
    assert sizes == ([4, 1] if answer else [4])  # never more than the station takes
    assert result.outcome == outcome
    if answer:
        assert [(r["variable"], r.get("instance")) for r in result.data["results"]] == [
            (w["variable"], w.get("instance")) for w in wanted]


@pytest.mark.parametrize("answer,outcome", [
    param("Accepted", Outcome.ACCEPTED, cid="TC_N_18_CSMS",
          name="Clear Monitoring - Too many elements"),
    param("Rejected", Outcome.REJECTED, cid="N06-style-limit-rejected",
          name="Clear Monitoring - Too many elements, every element Rejected"),
])
async def test_clear_monitoring_within_items_per_message(server, url, answer, outcome):
    cp = "CONF-N18"
    for n in range(5):
        VariableMonitor.create(charge_point_id=cp, monitor_id=50 + n, component="EVSE",
                               evse_id=1, variable="AvailabilityState", monitor_type="Delta",
                               value=1, severity=8, source="csms")
    script = {"GetVariables": lambda p: _variable_results(p, "getVariableResult",
                                                          ["Accepted"], ["3"]),
              "ClearVariableMonitoring": lambda p: {"clearMonitoringResult": [
                  {"id": i, "status": answer} for i in p["id"]]}}
    commands = Commands(server)
    async with ScriptedStation(url, cp, script) as st:
        limit = await commands.get_variables(cp, [
            {"component": "MonitoringCtrlr", "variable": "ItemsPerMessage",
             "instance": "ClearVariableMonitoring"}])
        assert limit.ok and limit.data["results"][0]["value"] == "3"
        result = await commands.clear_variable_monitoring(cp, [50, 51, 52, 53, 54])
    assert st.violations == []
    assert [c["id"] for c in st.calls("ClearVariableMonitoring")] == [[50, 51, 52], [53, 54]]
    assert (result.outcome, result.status) == (outcome, answer)
    assert [r["id"] for r in result.data["results"]] == [50, 51, 52, 53, 54]
    left = VariableMonitor.select().where(VariableMonitor.charge_point_id == cp).count()
    assert left == (0 if outcome == Outcome.ACCEPTED else 5)


@case("N06-style-bytes", "Clear Monitoring - BytesPerMessage")
async def test_clear_monitoring_within_bytes_per_message(server, url):
    cp = "CONF-N18B"
    script = {"ClearVariableMonitoring": lambda p: {"clearMonitoringResult": [
        {"id": i, "status": "Accepted"} for i in p["id"]]}}
    async with ScriptedStation(url, cp, script) as st:
        # room for the frame of two ids, not three (N06.FR.04: nor more bytes)
        limit = len('[2,"00000000-0000-0000-0000-000000000000","ClearVariableMonitoring",'
                    '{"id":[1001,1002]}]') + 2
        ChargePointVariable.create(charge_point=cp, component="MonitoringCtrlr",
                                   variable="BytesPerMessage",
                                   instance="ClearVariableMonitoring", value=str(limit))
        result = await Commands(server).clear_variable_monitoring(cp, [1001, 1002, 1003, 1004,
                                                                       1005])
    assert st.violations == [] and result.ok
    assert [c["id"] for c in st.calls("ClearVariableMonitoring")] == [
        [1001, 1002], [1003, 1004], [1005]]
    assert all(size <= limit for action, size in st.sizes
               if action == "ClearVariableMonitoring")


@case("N06-style-limit-routed", "Clear Monitoring - Too many elements, routed from another node")
async def test_routed_clear_monitoring_within_items_per_message(server, url):
    from csms_desktop.protocol.commands import result_from_wire

    cp = "CONF-N18R"
    script = {"ClearVariableMonitoring": lambda p: {"clearMonitoringResult": [
        {"id": i, "status": "Accepted"} for i in p["id"]]}}
    async with ScriptedStation(url, cp, script) as st:
        _limit(cp, "MonitoringCtrlr", "ClearVariableMonitoring", "2")
        # what the node holding the station runs for a command another node routed to it
        answer = await Commands(server).execute_here(cp, "clear_variable_monitoring",
                                                     {"ids": [1, 2, 3]}, None)
    assert st.violations == []
    assert [c["id"] for c in st.calls("ClearVariableMonitoring")] == [[1, 2], [3]]
    result = result_from_wire(answer)
    assert result.ok and [r["id"] for r in result.data["results"]] == [1, 2, 3]


def _report(rid: int, seq: int, tbc: bool, component: str, variable: str,
            value: str) -> dict[str, Any]:
    return {"requestId": rid, "generatedAt": NOW, "seqNo": seq, "tbc": tbc, "reportData": [
        {"component": {"name": component}, "variable": {"name": variable},
         "variableAttribute": [{"type": "Actual", "value": value, "mutability": "ReadWrite"}],
         "variableCharacteristics": {"dataType": "integer", "supportsMonitoring": True}}]}


@pytest.mark.parametrize("base", [
    param("FullInventory", cid="TC_B_13_CSMS", name="Get Base Report - FullInventory"),
    param("ConfigurationInventory", cid="TC_B_12_CSMS",
          name="Get Base Report - ConfigurationInventory"),
    param("SummaryInventory", cid="TC_B_14_CSMS", name="Get Base Report - SummaryInventory"),
])
async def test_get_base_report(server, url, base):
    cp = "CONF-B07"
    async with ScriptedStation(url, cp, {"GetBaseReport": {"status": "Accepted"}}) as st:
        result = await Commands(server).get_base_report(cp, 77, base)
        assert result.ok, result
        await st.send("NotifyReport", _report(77, 0, True, "OCPPCommCtrlr", "HeartbeatInterval",
                                              "300"))
        await st.send("NotifyReport", _report(77, 1, False, "OCPPCommCtrlr", "OfflineThreshold",
                                              "60"))
    assert st.violations == []
    assert st.calls("GetBaseReport") == [{"requestId": 77, "reportBase": base}]
    assert _stored(cp) == {"OCPPCommCtrlr.HeartbeatInterval": "300",
                           "OCPPCommCtrlr.OfflineThreshold": "60"}


@case("TC_B_18_CSMS", "Get Custom Report - with componentCriteria and component/variables")
async def test_get_custom_report(server, url):
    cp = "CONF-B08"
    answers = iter([{"status": "EmptyResultSet"}, {"status": "Accepted"}])
    commands = Commands(server)
    async with ScriptedStation(url, cp, {"GetReport": lambda p: next(answers)}) as st:
        empty = await commands.get_report(cp, criteria=["Problem"])
        found = await commands.get_report(cp, criteria=["Available"],
                                          variables=[{"component": "EVSE", "evse": 1}])
        rid = st.calls("GetReport")[1]["requestId"]
        await st.send("NotifyReport", _report(rid, 0, False, "EVSE", "AvailabilityState",
                                              "1"))
    assert st.violations == []
    first, second = st.calls("GetReport")
    assert first["componentCriteria"] == ["Problem"] and "componentVariable" not in first
    assert second["componentCriteria"] == ["Available"]
    assert second["componentVariable"] == [{"component": {"name": "EVSE", "evse": {"id": 1}}}]
    assert (empty.outcome, empty.status) == (Outcome.ACCEPTED, "EmptyResultSet")
    assert (found.outcome, found.status) == (Outcome.ACCEPTED, "Accepted")
    assert _stored(cp) == {"EVSE.AvailabilityState": "1"}


# ================================================================ E, I: transactions, cost
def _site_tariff() -> None:
    Tariff.create(name="Energy", price_per_kwh=Decimal("10.00"), currency="THB",
                  effective_from=datetime(2020, 1, 1, tzinfo=UTC))


def _tx_event(kind: str, tx_id: str, seq: int, wh: float, when: str, **info: Any
              ) -> dict[str, Any]:
    context = {"Started": "Transaction.Begin", "Ended": "Transaction.End"}.get(
        kind, "Sample.Periodic")
    event = {"eventType": kind, "timestamp": when, "seqNo": seq,
             "triggerReason": {"Started": "Authorized", "Ended": "StopAuthorized"}.get(
                 kind, "MeterValuePeriodic"),
             "transactionInfo": {"transactionId": tx_id, **info},
             "evse": {"id": 1, "connectorId": 1},
             "meterValue": [{"timestamp": when, "sampledValue": [
                 {"value": wh, "context": context,
                  "measurand": "Energy.Active.Import.Register"}]}]}
    if kind == "Started":
        event["idToken"] = TOKEN
    return event


async def _charging(st: ScriptedStation, tx_id: str) -> None:
    IdTag.get_or_create(id_tag=TOKEN["idToken"])
    started = await st.send("TransactionEvent", _tx_event(
        "Started", tx_id, 0, 1000, "2026-12-02T09:00:00Z", chargingState="Charging"))
    assert started["idTokenInfo"]["status"] == "Accepted", started
    await st.send("TransactionEvent", _tx_event("Updated", tx_id, 1, 3000,
                                                "2026-12-02T09:30:00Z",
                                                chargingState="Charging"))


@pytest.mark.parametrize("tx,queued,ongoing", [
    param("TX-E29", True, True, cid="TC_E_29_CSMS",
          name="Check Transaction status - ongoing - with messages in queue"),
    param("TX-E30", False, True, cid="TC_E_30_CSMS",
          name="Check Transaction status - ongoing - without messages in queue"),
    param("TX-E31", True, False, cid="TC_E_31_CSMS",
          name="Check Transaction status - ended - with messages in queue"),
    param(None, True, None, cid="TC_E_33_CSMS",
          name="Check Transaction status - without transactionId - with messages in queue"),
    param(None, False, None, cid="TC_E_34_CSMS",
          name="Check Transaction status - without transactionId - without messages in queue"),
])
async def test_get_transaction_status(server, url, tx, queued, ongoing):
    cp = "CONF-E14"
    answer = {"messagesInQueue": queued}
    if ongoing is not None:
        answer["ongoingIndicator"] = ongoing
    async with ScriptedStation(url, cp, {"GetTransactionStatus": answer}) as st:
        if tx is not None:
            await _charging(st, tx)
        result = await Commands(server).get_transaction_status(cp, tx)
    assert st.violations == []
    assert st.calls("GetTransactionStatus") == [{"transactionId": tx} if tx else {}]
    assert result.ok
    assert result.data == {"messages_in_queue": queued, "ongoing": ongoing}


@pytest.mark.parametrize("answer,verdict", [
    param({"messagesInQueue": False, "ongoingIndicator": False}, v201_followup.ABANDONED,
          cid="E14-style-reconnect", name="Transaction status after a reconnect - "
                                          "ended, nothing queued: flagged abandoned"),
    param(SILENT, v201_followup.UNANSWERED, cid="E14-style-no-answer",
          name="Transaction status after a reconnect - station does not answer"),
])
async def test_transaction_status_after_reconnect(services, server, url, answer, verdict):
    from csms_desktop.store.models import Transaction

    cp = "CONF-E14R"
    follow = v201_followup.TransactionFollowUp(services, Commands(server), delay_s=0.05,
                                               retry_s=0.05, retries=0)
    try:
        async with ScriptedStation(url, cp, {"GetTransactionStatus": answer}) as st:
            await eventually(lambda: cp in follow.checks)  # the first boot: nothing open
            await _charging(st, "TX-LOST")
        follow.checks.clear()
        async with ScriptedStation(url, cp, {"GetTransactionStatus": answer}) as st:
            await eventually(lambda: cp in follow.checks, timeout=5)
    finally:
        follow.close()
    assert st.violations == []
    assert st.calls("GetTransactionStatus") == [{"transactionId": "TX-LOST"}]
    assert [c.verdict for c in follow.checks[cp]] == [verdict]
    row = Transaction.get(Transaction.transaction_id == "TX-LOST")
    assert row.zombie is (verdict == v201_followup.ABANDONED)


@case("TC_I_02_CSMS", "Show EV Driver Final Total Cost After Charging")
async def test_total_cost_on_ended(server, url):
    _site_tariff()
    async with ScriptedStation(url, "CONF-I03", {}) as st:
        await _charging(st, "TX-I02")
        ended = await st.send("TransactionEvent", _tx_event(
            "Ended", "TX-I02", 2, 6000, "2026-12-02T10:00:00Z", stoppedReason="Local"))
    assert st.violations == []
    assert ended["totalCost"] == 50.0  # 5 kWh at 10 THB


@pytest.mark.parametrize("answer,sent", [
    param({}, 1, cid="TC_I_01_CSMS",
          name="Show EV Driver running total cost during charging - costUpdatedRequest"),
    param("CALLERROR-NotSupported", 0, cid="I02-style-callerror",
          name="Running cost - station answers CALLERROR NotSupported"),
    param(SILENT, 0, cid="I02-style-no-answer", name="Running cost - station does not answer"),
])
async def test_cost_updated(services, server, url, answer, sent):
    _site_tariff()
    commands = Commands(server)
    follow = v201_followup.TransactionFollowUp(services, commands, delay_s=3600)
    try:
        async with ScriptedStation(url, "CONF-I02", {"CostUpdated": answer}) as st:
            await _charging(st, "TX-I01")
            assert await follow.send_costs() == sent
    finally:
        follow.close()
    assert st.violations == []
    # 2 kWh so far at 10 THB
    assert st.calls("CostUpdated") == [{"totalCost": 20.0, "transactionId": "TX-I01"}]
    assert follow.costs_sent == sent
    direct = None
    if answer == "CALLERROR-NotSupported":
        async with ScriptedStation(url, "CONF-I02", {"CostUpdated": answer}):
            direct = await commands.cost_updated("CONF-I02", "TX-I01", 1.0)
        assert direct.outcome == Outcome.NOT_SUPPORTED


# ================================================================ L: firmware
CERT = "-----BEGIN CERTIFICATE-----\nMIIBconformance\n-----END CERTIFICATE-----\n"


@pytest.mark.parametrize("answer,outcome,statuses", [
    param("Accepted", Outcome.ACCEPTED, ["Downloading", "Downloaded", "SignatureVerified",
                                         "Installing", "Installed"],
          cid="TC_L_01_CSMS", name="Secure Firmware Update - Installation successful"),
    param("Accepted", Outcome.ACCEPTED, ["Downloading", "Downloaded", "SignatureVerified",
                                         "InstallScheduled"],
          cid="TC_L_02_CSMS", name="Secure Firmware Update - InstallScheduled"),
    param("Accepted", Outcome.ACCEPTED, ["DownloadScheduled"], cid="TC_L_03_CSMS",
          name="Secure Firmware Update - DownloadScheduled"),
    param("RevokedCertificate", Outcome.REJECTED, [], cid="TC_L_04_CSMS",
          name="Secure Firmware Update - RevokedCertificate"),
    param("InvalidCertificate", Outcome.REJECTED, [], cid="TC_L_05_CSMS",
          name="Secure Firmware Update - InvalidCertificate"),
    param("Accepted", Outcome.ACCEPTED, ["Downloading", "Downloaded", "InvalidSignature"],
          cid="TC_L_06_CSMS", name="Secure Firmware Update - InvalidSignature"),
    param("Accepted", Outcome.ACCEPTED, ["Downloading", "DownloadFailed"], cid="TC_L_07_CSMS",
          name="Secure Firmware Update - DownloadFailed"),
    param("Accepted", Outcome.ACCEPTED, ["Downloading", "Downloaded", "SignatureVerified",
                                         "Installing", "InstallVerificationFailed"],
          cid="TC_L_08_CSMS", name="Secure Firmware Update - InstallVerificationFailed"),
    param("Accepted", Outcome.ACCEPTED, ["Downloading", "Downloaded", "SignatureVerified",
                                         "Installing", "InstallationFailed"],
          cid="TC_L_09_CSMS", name="Secure Firmware Update - InstallationFailed"),

    param(SILENT, Outcome.TIMED_OUT, [], cid="L01-style-no-answer",
          name="Secure Firmware Update - station does not answer"),
])
async def test_secure_firmware_update(server, url, answer, outcome, statuses):
    cp = "CONF-L01"
    retrieve = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)
    script = {"UpdateFirmware": None if answer is None else {"status": answer}}
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).signed_update_firmware(
            cp, "https://fw.example/v2.bin", retrieve, CERT, "c2lnbmF0dXJl",
            install_date=retrieve + timedelta(hours=1))
        sent = st.calls("UpdateFirmware")[0]
        for status in statuses:
            assert await st.send("FirmwareStatusNotification",
                                 {"status": status, "requestId": sent["requestId"]}) == {}
    assert st.violations == []
    firmware = sent["firmware"]
    assert when(firmware.pop("retrieveDateTime")) == retrieve
    assert when(firmware.pop("installDateTime")) == retrieve + timedelta(hours=1)
    assert firmware == {"location": "https://fw.example/v2.bin", "signingCertificate": CERT,
                        "signature": "c2lnbmF0dXJl"}
    assert result.outcome == outcome
    assert ChargePoint.get_by_id(cp).firmware_status == (statuses[-1] if statuses else None)


@pytest.mark.parametrize("second,outcome", [
    param("AcceptedCanceled", Outcome.ACCEPTED, cid="TC_L_10_CSMS",
          name="Secure Firmware Update - AcceptedCanceled"),
    param("Rejected", Outcome.REJECTED, cid="TC_L_11_CSMS",
          name="Secure Firmware Update - Unable to cancel"),
])
async def test_secure_firmware_update_again(server, url, second, outcome):
    cp = "CONF-L10"
    answers = iter([{"status": "Accepted"}, {"status": second}])
    retrieve = datetime(2026, 12, 2, 11, 0, tzinfo=UTC)
    commands = Commands(server)
    async with ScriptedStation(url, cp, {"UpdateFirmware": lambda p: next(answers)}) as st:
        first = await commands.signed_update_firmware(cp, "https://fw.example/v2.bin", retrieve,
                                                      CERT, "c2lnbmF0dXJl")
        rid = st.calls("UpdateFirmware")[0]["requestId"]
        await st.send("FirmwareStatusNotification", {"status": "Downloading", "requestId": rid})
        again = await commands.signed_update_firmware(cp, "https://fw.example/v3.bin",
                                                      retrieve, CERT, "c2lnbmF0dXJl")
    assert st.violations == [] and first.ok
    calls = st.calls("UpdateFirmware")
    assert len(calls) == 2 and calls[1]["requestId"] != rid
    assert calls[1]["firmware"]["location"] == "https://fw.example/v3.bin"
    assert (again.outcome, again.status) == (outcome, second)


CHECKSUM = "0123456789abcdef0123456789abcdef"


@pytest.mark.parametrize("status,notified", [
    param("Published", False, cid="TC_L_17_CSMS", name="Publish Firmware - Published"),
    param("InvalidChecksum", True, cid="TC_L_19_CSMS", name="Publish Firmware - Invalid Checksum"),
    param("PublishFailed", True, cid="TC_L_20_CSMS", name="Publish Firmware - PublishFailed"),
    param("DownloadFailed", True, cid="TC_L_24_CSMS", name="Publish Firmware - Download failed"),
])
async def test_publish_firmware(server, url, status, notified):
    cp = "CONF-L03"
    async with ScriptedStation(url, cp, {"PublishFirmware": {"status": "Accepted"}}) as st:
        result = await Commands(server).publish_firmware(cp, "https://fw.example/lc.bin",
                                                         CHECKSUM.upper())
        assert result.ok, result
        rid = st.calls("PublishFirmware")[0]["requestId"]
        for step in ("Downloading", "Downloaded", status) if status != "DownloadFailed" \
                else ("Downloading", status):
            p: dict[str, Any] = {"status": step, "requestId": rid}
            if step == "Published":
                p["location"] = ["http://10.0.0.2/fw/lc.bin"]
            assert await st.send("PublishFirmwareStatusNotification", p) == {}
    assert st.violations == []
    assert st.calls("PublishFirmware") == [{"location": "https://fw.example/lc.bin",
                                            "checksum": CHECKSUM, "requestId": rid}]
    row = FirmwarePublication.get((FirmwarePublication.charge_point_id == cp)
                                  & (FirmwarePublication.request_id == rid))
    assert row.status == status
    assert row.published_at == (["http://10.0.0.2/fw/lc.bin"] if status == "Published" else None)
    notes = Notification.select().where(Notification.charge_point_id == cp).count()
    assert (notes > 0) is notified


@pytest.mark.parametrize("answer,outcome,row_status", [
    param("Accepted", Outcome.ACCEPTED, "Requested", cid="L03-style-accepted",
          name="Publish Firmware - Accepted, recorded as requested"),
    param("Rejected", Outcome.REJECTED, None, cid="L03-style-rejected",
          name="Publish Firmware - Rejected, nothing recorded"),
    param(SILENT, Outcome.TIMED_OUT, None, cid="L03-style-no-answer",
          name="Publish Firmware - station does not answer, nothing recorded"),
])
async def test_publish_firmware_answer(server, url, answer, outcome, row_status):
    cp = "CONF-L03A"
    script = {"PublishFirmware": None if answer is None else {"status": answer}}
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).publish_firmware(cp, "https://fw.example/lc.bin",
                                                         CHECKSUM)
    assert st.violations == [] and len(st.calls("PublishFirmware")) == 1
    assert result.outcome == outcome
    rows = [r.status for r in FirmwarePublication.select().where(
        FirmwarePublication.charge_point_id == cp)]
    assert rows == ([row_status] if row_status else [])


@pytest.mark.parametrize("answer,outcome,after", [
    param("Unpublished", Outcome.ACCEPTED, "Unpublished", cid="TC_L_21_CSMS",
          name="Unpublish Firmware - Unpublished"),
    param("NoFirmware", Outcome.REJECTED, "Published", cid="TC_L_22_CSMS",
          name="Unpublish Firmware - NoFirmware"),
    param("DownloadOngoing", Outcome.REJECTED, "Published", cid="TC_L_23_CSMS",
          name="Unpublish Firmware - Download Ongoing"),
])
async def test_unpublish_firmware(server, url, answer, outcome, after):
    cp = "CONF-L04"
    FirmwarePublication.create(charge_point_id=cp, request_id=5, checksum=CHECKSUM,
                               location="https://fw.example/lc.bin", status="Published")
    async with ScriptedStation(url, cp, {"UnpublishFirmware": {"status": answer}}) as st:
        result = await Commands(server).unpublish_firmware(cp, CHECKSUM)
    assert st.violations == [] and st.calls("UnpublishFirmware") == [{"checksum": CHECKSUM}]
    assert (result.outcome, result.status) == (outcome, answer)
    assert FirmwarePublication.get(FirmwarePublication.charge_point_id == cp).status == after


# ================================================================ G, H, K: field coverage
@pytest.mark.parametrize("available,answer,outcome", [
    param(False, "Accepted", Outcome.ACCEPTED, cid="TC_G_07_CSMS",
          name="Change Availability Connector - Operative to inoperative"),
    param(True, "Accepted", Outcome.ACCEPTED, cid="TC_G_08_CSMS",
          name="Change Availability Connector - Inoperative to operative"),
    param(False, "Scheduled", Outcome.ACCEPTED, cid="TC_G_17_CSMS",
          name="Change Availability Connector - With ongoing transaction"),
    param(False, "Rejected", Outcome.REJECTED, cid="G03-style-rejected",
          name="Change Availability Connector - Rejected"),
    param(False, SILENT, Outcome.TIMED_OUT, cid="G03-style-no-answer",
          name="Change Availability Connector - station does not answer"),
])
async def test_change_availability_connector(server, url, available, answer, outcome):
    cp = "CONF-G03"
    script = {"ChangeAvailability": None if answer is None else {"status": answer}}
    async with ScriptedStation(url, cp, script) as st:
        result = await Commands(server).change_availability(cp, 1, available,
                                                            ocpp_connector_id=2)
    assert st.violations == []
    assert st.calls("ChangeAvailability") == [{
        "operationalStatus": "Operative" if available else "Inoperative",
        "evse": {"id": 1, "connectorId": 2}}]
    assert (result.outcome, result.status) == (outcome, answer or "")


@pytest.mark.parametrize("evse,available,answer,expected", [
    param(1, False, "Accepted", {"evse": {"id": 1}}, cid="TC_G_03_CSMS",
          name="Change Availability EVSE - Operative to inoperative"),
    param(1, True, "Accepted", {"evse": {"id": 1}}, cid="TC_G_04_CSMS",
          name="Change Availability EVSE - Inoperative to operative"),
    param(0, False, "Accepted", {}, cid="TC_G_05_CSMS",
          name="Change Availability Charging Station - Operative to inoperative"),
    param(0, True, "Accepted", {}, cid="TC_G_06_CSMS",
          name="Change Availability Charging Station - Inoperative to operative"),
    param(1, False, "Scheduled", {"evse": {"id": 1}}, cid="TC_G_11_CSMS",
          name="Change Availability EVSE - With ongoing transaction"),
    param(0, False, "Scheduled", {}, cid="TC_G_14_CSMS",
          name="Change Availability Charging Station - With ongoing transaction"),
])
async def test_change_availability(server, url, evse, available, answer, expected):
    cp = "CONF-G04"
    async with ScriptedStation(url, cp, {"ChangeAvailability": {"status": answer}}) as st:
        result = await Commands(server).change_availability(cp, evse, available)
    assert st.violations == []
    assert st.calls("ChangeAvailability") == [{
        "operationalStatus": "Operative" if available else "Inoperative", **expected}]
    assert (result.outcome, result.status) == (Outcome.ACCEPTED, answer)


@pytest.mark.parametrize("answer,outcome", [
    param("Accepted", Outcome.ACCEPTED, cid="TC_H_15_CSMS",
          name="Reserve a connector with a specific type - Success"),
    param("Occupied", Outcome.REJECTED, cid="H01-style-occupied",
          name="Reserve a connector with a specific type - Occupied"),
])
async def test_reserve_connector_type(server, url, answer, outcome):
    cp = "CONF-H01"
    expiry = datetime(2026, 12, 2, 12, 0, tzinfo=UTC)
    async with ScriptedStation(url, cp, {"ReserveNow": {"status": answer}}) as st:
        result = await Commands(server).reserve_now(cp, None, expiry, TOKEN["idToken"], 7,
                                                    connector_type="cType2")
    assert st.violations == []
    sent = st.calls("ReserveNow")[0]
    assert (sent["id"], sent["connectorType"], when(sent["expiryDateTime"])) == (
        7, "cType2", expiry)
    assert sent["idToken"]["idToken"] == TOKEN["idToken"] and "evseId" not in sent
    assert (result.outcome, result.status) == (outcome, answer)


PROFILE = {"id": 12, "stackLevel": 2, "chargingProfilePurpose": "TxDefaultProfile",
           "chargingProfileKind": "Absolute", "chargingSchedule": [
               {"id": 1, "startSchedule": NOW, "chargingRateUnit": "A",
                "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 16}]}]}


@pytest.mark.parametrize("args,criterion", [
    param({"evse": 0, "purpose": "TxDefaultProfile"},
          {"chargingProfilePurpose": "TxDefaultProfile"}, cid="TC_K_29_CSMS",
          name="Get Charging Profile - EvseId 0"),
    param({"purpose": "TxDefaultProfile"}, {"chargingProfilePurpose": "TxDefaultProfile"},
          cid="TC_K_30_CSMS", name="Get Charging Profile - EvseId > 0"),
    param({"evse": None, "purpose": "TxDefaultProfile"},
          {"chargingProfilePurpose": "TxDefaultProfile"}, cid="TC_K_31_CSMS",
          name="Get Charging Profile - No EvseId"),
    param({"evse": None, "profile_ids": [12]}, {"chargingProfileId": [12]},
          cid="TC_K_32_CSMS", name="Get Charging Profile - chargingProfileId"),
    param({"stack_level": 2}, {"stackLevel": 2}, cid="TC_K_33_CSMS",
          name="Get Charging Profile - EvseId > 0 + stackLevel"),
    param({"sources": ["CSO"]}, {"chargingLimitSource": ["CSO"]}, cid="TC_K_34_CSMS",
          name="Get Charging Profile - EvseId > 0 + chargingLimitSource"),
    param({"purpose": "TxDefaultProfile"}, {"chargingProfilePurpose": "TxDefaultProfile"},
          cid="TC_K_35_CSMS", name="Get Charging Profile - EvseId > 0 + chargingProfilePurpose"),
    param({"purpose": "TxDefaultProfile", "stack_level": 2},
          {"chargingProfilePurpose": "TxDefaultProfile", "stackLevel": 2}, cid="TC_K_36_CSMS",
          name="Get Charging Profile - EvseId > 0 + chargingProfilePurpose + stackLevel"),
])
async def test_get_charging_profiles_criteria(services, server, url, args, criterion):
    from csms_desktop.protocol.v201.state import state_of

    cp = "CONF-K09"
    args = dict(args)
    evse = args.pop("evse", 1)
    async with ScriptedStation(url, cp, {"GetChargingProfiles": {"status": "Accepted"}}) as st:
        result = await Commands(server).get_charging_profiles(cp, 90, evse, **args)
        assert await st.send("ReportChargingProfiles", {
            "requestId": 90, "chargingLimitSource": "CSO", "evseId": 1,
            "chargingProfile": [PROFILE]}) == {}
    assert st.violations == []
    assert st.calls("GetChargingProfiles") == [{
        "requestId": 90, **({} if evse is None else {"evseId": evse}),
        "chargingProfile": criterion}]
    assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Accepted")
    track = state_of(services).reports[("ReportChargingProfiles", cp, 90)]
    assert track.done and [p["id"] for p in track.items] == [12]


@case("K09-style-no-profiles", "Get Charging Profile - NoProfiles")
async def test_get_charging_profiles_none(server, url):
    cp = "CONF-K09N"
    async with ScriptedStation(url, cp, {"GetChargingProfiles": {"status": "NoProfiles"}}) as st:
        result = await Commands(server).get_charging_profiles(cp, 91, 1, stack_level=9)
    assert st.violations == []
    assert (result.outcome, result.status) == (Outcome.ACCEPTED, "NoProfiles")

