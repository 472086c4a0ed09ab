"""Hostile OCPP frames for property-based tests and the soak benchmark (hypothesis).

:func:`frames` draws text frames a buggy or malicious charger could send: CALLs of every
action the server handles with payloads that are right, slightly wrong or absurd (ids
of other chargers' transactions, connector ids of -1 and 10^9, clocks of 1970 and 9999,
units of the wrong quantity, lone surrogates, wrong types, missing and extra fields),
answers to CALLs that were never sent, and plain garbage. :func:`expected_answer` says
what the server must answer to a frame, following OCPP-J: one CALLRESULT or CALLERROR
with the same unique id for a CALL whose id is legible, nothing otherwise.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import strategies as st

# Every string a charger can send: unicode, controls and lone surrogates (json.dumps
# writes those as \udXXX escapes: valid JSON, not valid Unicode text).
ANY_CHAR = st.characters(codec=None, categories=None)
TEXT = st.one_of(st.text(max_size=30), st.text(alphabet=ANY_CHAR, max_size=12),
                 st.sampled_from(["", "=HYPERLINK(\"http://x\")", "\ud800", "TAG-1", "x" * 70]))
INTS = st.one_of(st.integers(-3, 5), st.sampled_from([-1, 0, 10**9, 2**31, -(2**63), 2**64]))
NUMBERS = st.one_of(INTS, st.floats(allow_nan=False, allow_infinity=False, width=32),
                    st.sampled_from([1e300, -1e300, 0.1]))
TIMES = st.sampled_from(["1970-01-01T00:00:00Z", "9999-12-31T23:59:59Z", "2026-12-02T10:00:00Z",
                         "2026-13-45T99:99:99Z", "yesterday", "2026-12-02T10:00:00+14:00",
                         "2026-12-02T10:00:00.123456789Z"])
JSONISH = st.recursive(st.none() | st.booleans() | NUMBERS | TEXT,
                       lambda kids: st.lists(kids, max_size=3)
                       | st.dictionaries(TEXT, kids, max_size=3), max_leaves=6)
MEASURANDS = st.sampled_from(["Energy.Active.Import.Register", "Power.Active.Import",
                              "Current.Import", "Voltage", "SoC", "Temperature", "Frequency"])
UNITS = st.sampled_from(["Wh", "kWh", "W", "kW", "A", "V", "Percent", "varh", "Celsius"])


def value(base: Any) -> Any:
    """A strategy for a field that normally holds ``base``: mostly the same kind."""
    if isinstance(base, bool):
        return st.one_of(st.booleans(), JSONISH)
    if isinstance(base, int):
        return st.one_of(INTS, INTS, JSONISH)
    if isinstance(base, float):
        return st.one_of(NUMBERS, JSONISH)
    if isinstance(base, str):
        return st.one_of(st.just(base), TEXT, TIMES, JSONISH)
    return JSONISH


@st.composite
def mutated(draw: Any, template: dict[str, Any]) -> dict[str, Any]:
    """``template`` with some fields changed, dropped or added."""
    out: dict[str, Any] = {}
    for key, base in template.items():
        choice = draw(st.integers(0, 9))
        if choice == 0:
            continue  # missing
        if choice <= 6:
            out[key] = base
        elif isinstance(base, dict):
            out[key] = draw(mutated(base))
        elif isinstance(base, list) and base and isinstance(base[0], dict):
            out[key] = [draw(mutated(base[0])) for _ in range(draw(st.integers(0, 3)))]
        else:
            out[key] = draw(value(base))
    if draw(st.integers(0, 9)) == 0:
        out[draw(TEXT)] = draw(JSONISH)  # an extra field
    return out


@st.composite
def sampled_values(draw: Any, v201: bool) -> list[dict[str, Any]]:
    items = []
    for _ in range(draw(st.integers(0, 4))):
        item: dict[str, Any] = {"measurand": draw(MEASURANDS)}
        if v201:
            item["value"] = draw(NUMBERS)
            item["unitOfMeasure"] = {"unit": draw(UNITS)}
        else:
            item["value"] = str(draw(NUMBERS))
            item["unit"] = draw(UNITS)
        items.append(item)
    return items


def templates_16(victim_tx: list[int]) -> dict[str, Any]:
    """Action -> strategy of payloads for a 1.6 charger."""
    tx = st.one_of(st.sampled_from(victim_tx or [1]), INTS)
    meter = st.builds(lambda t, s: [{"timestamp": t, "sampledValue": s}], TIMES,
                      sampled_values(False))
    return {
        "BootNotification": mutated({"chargePointVendor": "V", "chargePointModel": "M"}),
        "Heartbeat": st.just({}),
        "StatusNotification": mutated({"connectorId": 1, "errorCode": "NoError",
                                       "status": "Available", "timestamp": "2026-12-02T10:00:00Z"}),
        "Authorize": mutated({"idTag": "TAG-1"}),
        "StartTransaction": mutated({"connectorId": 1, "idTag": "TAG-1", "meterStart": 0,
                                     "timestamp": "2026-12-02T10:00:00Z"}),
        "StopTransaction": st.builds(
            lambda t, m, ts, data: {"transactionId": t, "meterStop": m, "timestamp": ts,
                                    "transactionData": data}, tx, INTS, TIMES, meter),
        "MeterValues": st.builds(lambda c, t, mv: {"connectorId": c, "transactionId": t,
                                                    "meterValue": mv}, INTS, tx, meter),
        "DataTransfer": mutated({"vendorId": "acme", "messageId": "m", "data": "x"}),
        "DiagnosticsStatusNotification": mutated({"status": "Idle"}),
        "FirmwareStatusNotification": mutated({"status": "Idle"}),
        # security extension (protocol/v16/security.py)
        "SecurityEventNotification": mutated({"type": "StartupOfTheDevice",
                                              "timestamp": "2026-12-02T10:00:00Z",
                                              "techInfo": "boot"}),
        "SignCertificate": mutated({"csr": "-----BEGIN CERTIFICATE REQUEST-----\nMIIB\n"
                                           "-----END CERTIFICATE REQUEST-----\n"}),
        "LogStatusNotification": mutated({"status": "Uploaded", "requestId": 1}),
        "SignedFirmwareStatusNotification": mutated({"status": "InvalidSignature",
                                                     "requestId": 2}),
    }


def templates_201(victim_tx: list[str]) -> dict[str, Any]:
    tx = st.one_of(st.sampled_from(victim_tx or ["V-1"]), TEXT)
    meter = st.builds(lambda t, s: [{"timestamp": t, "sampledValue": s}], TIMES,
                      sampled_values(True))
    event = st.builds(
        lambda kind, ts, seq, t, evse, mv, state: {
            "eventType": kind, "timestamp": ts, "triggerReason": "MeterValuePeriodic",
            "seqNo": seq, "transactionInfo": {"transactionId": t, **state},
            **({"evse": {"id": evse}} if evse is not None else {}),
            **({"meterValue": mv} if mv else {})},
        st.sampled_from(["Started", "Updated", "Ended"]), TIMES, INTS, tx,
        st.one_of(st.none(), INTS), st.one_of(st.just([]), meter),
        st.sampled_from([{}, {"chargingState": "Charging"}, {"stoppedReason": "Local"}]))
    return {
        "BootNotification": mutated({"reason": "PowerUp",
                                     "chargingStation": {"model": "M", "vendorName": "V"}}),
        "Heartbeat": st.just({}),
        "StatusNotification": mutated({"timestamp": "2026-12-02T10:00:00Z",
                                       "connectorStatus": "Available", "evseId": 1,
                                       "connectorId": 1}),
        "Authorize": mutated({"idToken": {"idToken": "TAG-1", "type": "ISO14443"}}),
        "TransactionEvent": st.one_of(event, event.flatmap(mutated)),
        "MeterValues": st.builds(lambda e, mv: {"evseId": e, "meterValue": mv}, INTS, meter),
        "SecurityEventNotification": mutated({"type": "StartupOfTheDevice",
                                              "timestamp": "2026-12-02T10:00:00Z"}),
        "NotifyReport": mutated({"requestId": 1, "generatedAt": "2026-12-02T10:00:00Z",
                                 "seqNo": 0}),
    }


@st.composite
def frames(draw: Any, templates: dict[str, Any]) -> str:
    """One text frame (see the module docstring)."""
    kind = draw(st.integers(0, 19))
    uid = draw(st.one_of(st.uuids().map(str), TEXT))
    if kind <= 14:
        action = draw(st.sampled_from(sorted(templates)))
        payload = draw(templates[action])
        return json.dumps([2, uid, action, payload])
    if kind == 15:
        return json.dumps([2, uid, draw(TEXT), draw(JSONISH)])  # unknown action, any payload
    if kind == 16:
        return json.dumps([draw(st.sampled_from([3, 4])), uid, draw(JSONISH), draw(TEXT),
                           draw(JSONISH)][: draw(st.integers(3, 5))])  # unsolicited answers
    if kind == 17:
        return json.dumps(draw(JSONISH))  # any JSON
    if kind == 18:
        return draw(st.text(max_size=40))  # not JSON
    return json.dumps([2, uid, draw(st.sampled_from(sorted(templates)))])[:-1] + ',{'  # broken


def expected_answer(text: str) -> str | None:
    """The unique id the server must answer, or None when it must stay silent.

    A frame that is a JSON array with a readable unique id gets one answer (a CALLRESULT,
    or a CALLERROR saying what is wrong), unless it is itself an answer (3, 4) or a 2.1
    CALLRESULTERROR/SEND (5, 6). A frame that is not valid JSON but starts like a CALL
    ``[2,"<id>"`` is answered too (the server reads the id from the text); anything else
    gets none.
    """
    try:
        msg = json.loads(text)
    except ValueError:
        import re

        head = re.match(r'\s*\[\s*2\s*,\s*"(?P<uid>[^"\\]{1,64})"', text)
        return head["uid"] if head else None
    if not isinstance(msg, list) or len(msg) < 2 or not isinstance(msg[1], str):
        return None
    if type(msg[0]) is int and msg[0] in (3, 4, 5, 6):
        return None  # an answer (or a 2.1 SEND) is never answered
    uid = msg[1]
    try:
        uid.encode("utf-8")
    except UnicodeEncodeError:
        return None  # an id that is no Unicode text cannot be answered
    return uid


# ---------------------------------------------------------------- issue 18's 2.0.1 messages
def cost_details(total: Any = 12.5) -> dict[str, Any]:
    """A 2.1 ``costDetails`` (TransactionEvent Ended): the station's own price."""
    return {"totalCost": {"currency": "THB", "typeOfCost": "NormalCost",
                          "total": {"exclTax": total, "inclTax": total}},
            "totalUsage": {"energy": 2000.0, "chargingTime": 3600, "idleTime": 0},
            "chargingPeriods": [{"startPeriod": "2026-12-02T09:00:00Z", "tariffId": "T1",
                                 "dimensions": [{"type": "Energy", "volume": 2000.0}]}]}


def templates_201_more(victim: dict[str, Any]) -> dict[str, Any]:
    """Action -> strategy of payloads of the station -> CSMS messages of issue 18
    (display messages, monitoring reports and events, customer information, firmware
    publication, NotifyReport, TransactionEvent with 2.1 costDetails), right, wrong and
    hostile: ``victim`` holds another station's ids (``request_ids``, ``monitor_ids``,
    ``message_ids``, ``tx_ids``) that the frames reuse, with huge seqNos and tbc
    forever."""
    request = st.one_of(st.sampled_from(victim["request_ids"]), INTS)
    seq = st.one_of(st.integers(0, 3), st.sampled_from([2**31 - 1, 10**9, -1]))
    tbc = st.one_of(st.just(True), st.booleans())
    ids = st.one_of(st.sampled_from(victim["message_ids"] + victim["monitor_ids"]), INTS)
    component = st.sampled_from([{"name": "EVSE", "evse": {"id": 1}},
                                 {"name": "OCPPCommCtrlr"},
                                 {"name": "EVSE", "evse": {"id": 10**9, "connectorId": -1}}])
    message = st.builds(lambda i, prio, text: {
        "id": i, "priority": prio, "message": {"format": "UTF8", "content": text}},
        ids, st.sampled_from(["AlwaysFront", "InFront", "NormalCycle", "Soon"]), TEXT)
    monitor = st.builds(lambda c, i, value, more: {
        "component": c, "variable": {"name": "Power"}, "variableMonitoring": [
            {"id": i, "transaction": False, "value": value, "type": "UpperThreshold",
             "severity": 4, **more}]}, component, ids, NUMBERS,
        st.sampled_from([{}, {"eventNotificationType": "CustomMonitor"}]))  # 2.0.1, 2.1
    report_item = st.builds(lambda c, value: {
        "component": c, "variable": {"name": "HeartbeatInterval"},
        "variableAttribute": [{"type": "Actual", "value": value}]}, component, TEXT)
    event = st.builds(lambda i, c, trigger, value, monitor_id: {
        "eventId": i, "timestamp": "2026-12-02T10:00:00Z", "trigger": trigger,
        "actualValue": value, "component": c, "variable": {"name": "Power"},
        "eventNotificationType": "CustomMonitor", **(
            {"variableMonitoringId": monitor_id} if monitor_id is not None else {})},
        INTS, component, st.sampled_from(["Alerting", "Delta", "Periodic", "Never"]), TEXT,
        st.one_of(st.none(), ids))
    tx = st.one_of(st.sampled_from(victim["tx_ids"]), TEXT)
    ended = st.builds(lambda t, s, total: {
        "eventType": "Ended", "timestamp": "2026-12-02T10:00:00Z", "triggerReason": "EVDeparted",
        "seqNo": s, "transactionInfo": {"transactionId": t, "stoppedReason": "EVDisconnected"},
        "evse": {"id": 1, "connectorId": 1}, "costDetails": cost_details(total)},
        tx, seq, NUMBERS)
    return {
        "NotifyDisplayMessages": st.builds(
            lambda r, t, infos: {"requestId": r, "tbc": t, "messageInfo": infos},
            request, tbc, st.lists(message, max_size=3)).flatmap(
                lambda p: st.one_of(st.just(p), mutated(p))),
        "NotifyMonitoringReport": st.builds(
            lambda r, s, t, m: {"requestId": r, "seqNo": s, "tbc": t,
                                "generatedAt": "2026-12-02T10:00:00Z", "monitor": m},
            request, seq, tbc, st.lists(monitor, max_size=2)).flatmap(
                lambda p: st.one_of(st.just(p), mutated(p))),
        "NotifyEvent": st.builds(
            lambda s, t, e: {"generatedAt": "2026-12-02T10:00:00Z", "seqNo": s, "tbc": t,
                             "eventData": e},
            seq, tbc, st.lists(event, min_size=1, max_size=3)).flatmap(
                lambda p: st.one_of(st.just(p), mutated(p))),
        "NotifyCustomerInformation": st.builds(
            lambda r, s, t, d: {"requestId": r, "seqNo": s, "tbc": t, "data": d,
                                "generatedAt": "2026-12-02T10:00:00Z"},
            request, seq, tbc, st.one_of(TEXT, st.just("x" * 600))).flatmap(
                lambda p: st.one_of(st.just(p), mutated(p))),
        "PublishFirmwareStatusNotification": st.builds(
            lambda r, s, loc: {"status": s, "requestId": r, "location": loc},
            request, st.sampled_from(["Published", "PublishFailed", "Downloading", "Idle",
                                      "Bogus"]),
            st.lists(TEXT, max_size=2)).flatmap(lambda p: st.one_of(st.just(p), mutated(p))),
        "NotifyReport": st.builds(
            lambda r, s, t, items: {"requestId": r, "seqNo": s, "tbc": t,
                                    "generatedAt": "2026-12-02T10:00:00Z",
                                    "reportData": items},
            request, seq, tbc, st.lists(report_item, max_size=2)).flatmap(
                lambda p: st.one_of(st.just(p), mutated(p))),
        "TransactionEvent": st.one_of(ended, ended.flatmap(mutated)),
    }
