"""Property-based fuzzing of the real server over real websockets, both OCPP versions.

A hostile charger sends frames drawn by hypothesis (``tests/fuzzing.py``) while a victim
charger holds an active transaction. For every frame: exactly the answer OCPP-J asks for
(one CALLRESULT that satisfies the action's response schema, or a CALLERROR with a code
of that version other than InternalError, with the frame's unique id; nothing for
answers and unreadable frames), in order (a Heartbeat probe after each frame is answered
next), and the connection stays open. After all of them: the victim's rows are exactly
as they were, no log record carries a traceback, no message-log row was dropped, and no
connector row came from an absurd id.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid
from typing import Any

import pytest
import websockets
from fuzzing import expected_answer, frames, templates_16, templates_201
from hypothesis import HealthCheck, given, settings

from csms_desktop.protocol import connection
from csms_desktop.protocol.frames import _CODES_2X, _CODES_16
from csms_desktop.protocol.server import OCPPServer
from csms_desktop.protocol.validation import Validator
from csms_desktop.store.models import (
    ChargingSession,
    Connector,
    MeterValue,
    OCPPMessage,
    Transaction,
)

pytestmark = pytest.mark.timeout(300)
EXAMPLES = int(os.environ.get("CSMS_FUZZ_EXAMPLES", "300"))


class Records(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.bad: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.exc_info or (record.levelno >= logging.ERROR
                               and record.name.startswith("csms_desktop")):
            self.bad.append(record)


def _victim_rows(cp_id: str) -> dict[str, Any]:
    def rows(model: Any, field: Any) -> list[dict[str, Any]]:
        return sorted((r.__data__ for r in model.select().where(field == cp_id)),
                      key=lambda d: str(d["id"]))

    conns = [c.id for c in Connector.select().where(Connector.charge_point == cp_id)]
    return {
        "transactions": rows(Transaction, Transaction.charge_point),
        "connectors": rows(Connector, Connector.charge_point),
        "sessions": rows(ChargingSession, ChargingSession.charge_point),
        "meter_values": MeterValue.select().where(MeterValue.connector.in_(conns)).count(),
    }


class Wire:
    """One raw websocket client with a frame reader that keeps every frame received."""

    def __init__(self, ws: Any) -> None:
        self.ws = ws
        self.inbox: asyncio.Queue[Any] = asyncio.Queue()

    async def call(self, action: str, payload: dict[str, Any]) -> list[Any]:
        uid = str(uuid.uuid4())
        await self.ws.send(json.dumps([2, uid, action, payload]))
        answer = json.loads(await asyncio.wait_for(self.ws.recv(), 5))
        assert answer[1] == uid, answer
        return answer  # type: ignore[no-any-return]


async def _open(port: int, cp_id: str, sub: str) -> Wire:
    ws = await websockets.connect(f"ws://127.0.0.1:{port}/ocpp/{cp_id}", subprotocols=[sub],
                                  max_size=None)  # type: ignore[list-item]
    return Wire(ws)


def _fuzz(services: Any, version: str) -> None:
    sub = {"1.6": "ocpp1.6", "2.0.1": "ocpp2.0.1"}[version]
    codes = set((_CODES_16 if version == "1.6" else _CODES_2X).values()) - {"InternalError"}
    validator = Validator(version)
    loop = asyncio.new_event_loop()
    server = OCPPServer(services)
    records = Records()
    logging.getLogger().addHandler(records)
    sent = [0]
    try:
        port = loop.run_until_complete(server.start("127.0.0.1", 0))[1]
        victim = loop.run_until_complete(_open(port, "VICTIM", sub))
        hostile = loop.run_until_complete(_open(port, "HOSTILE", sub))
        tx_ids = loop.run_until_complete(_setup(victim, hostile, version))
        sent[0] += 1  # the hostile's boot
        services.writer.flush()
        before = _victim_rows("VICTIM")
        templates = templates_16(tx_ids) if version == "1.6" else templates_201(tx_ids)

        @settings(max_examples=EXAMPLES, deadline=None, derandomize=not os.environ.get("CSMS_FUZZ_RANDOM"),
                  suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
        @given(frame=frames(templates))
        def one_frame(frame: str) -> None:
            loop.run_until_complete(_check(hostile, frame, validator, codes))
            sent[0] += 2  # the frame and its probe

        one_frame()
        services.writer.flush()
        assert _victim_rows("VICTIM") == before
        assert records.bad == [], [r.getMessage() for r in records.bad[:5]]
        assert services.writer.failures == 0
        logged = OCPPMessage.select().where((OCPPMessage.charge_point_id == "HOSTILE")
                                            & (OCPPMessage.direction == "INBOUND")).count()
        assert logged == sent[0]
        assert {c.connector_id for c in Connector.select()} <= set(range(0, 17))
        loop.run_until_complete(victim.ws.close())
        loop.run_until_complete(hostile.ws.close())
    finally:
        logging.getLogger().removeHandler(records)
        loop.run_until_complete(server.stop())
        loop.close()


async def _setup(victim: Wire, hostile: Wire, version: str) -> list[Any]:
    if version == "1.6":
        boot = {"chargePointVendor": "V", "chargePointModel": "M"}
        assert (await victim.call("BootNotification", boot))[2]["status"] == "Accepted"
        await hostile.call("BootNotification", boot)
        answer = await victim.call("StartTransaction", {
            "connectorId": 1, "idTag": "TAG-1", "meterStart": 1000,
            "timestamp": "2026-12-02T09:00:00Z"})
        tx = answer[2]["transactionId"]
        await victim.call("MeterValues", {"connectorId": 1, "transactionId": tx, "meterValue": [
            {"timestamp": "2026-12-02T09:30:00Z",
             "sampledValue": [{"value": "3000", "unit": "Wh"}]}]})
        return [tx, tx + 1]
    boot = {"reason": "PowerUp", "chargingStation": {"model": "M", "vendorName": "V"}}
    assert (await victim.call("BootNotification", boot))[2]["status"] == "Accepted"
    await hostile.call("BootNotification", boot)
    await victim.call("TransactionEvent", {
        "eventType": "Started", "timestamp": "2026-12-02T09:00:00Z", "triggerReason": "Authorized",
        "seqNo": 0, "transactionInfo": {"transactionId": "V-1", "chargingState": "Charging"},
        "evse": {"id": 1, "connectorId": 1}, "idToken": {"idToken": "TAG-1", "type": "ISO14443"},
        "meterValue": [{"timestamp": "2026-12-02T09:00:00Z", "sampledValue": [
            {"value": 1000, "context": "Transaction.Begin"}]}]})
    return ["V-1", "V-1@HOSTILE"]


async def _check(hostile: Wire, frame: str, validator: Validator, codes: set[str]) -> None:
    ws = hostile.ws
    uid = expected_answer(frame)
    probe = f"probe-{uuid.uuid4()}"
    await ws.send(frame)
    await ws.send(json.dumps([2, probe, "Heartbeat", {}]))
    if uid is not None:
        answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
        assert isinstance(answer, list) and answer[1] == uid, (frame, answer)
        if answer[0] == 4:
            assert answer[2] in codes, (frame, answer)
        else:
            assert answer[0] == 3, (frame, answer)
            action = json.loads(frame)[2]
            validator.validate_response(action, answer[2])  # a schema-valid CALLRESULT
    answer = json.loads(await asyncio.wait_for(ws.recv(), 5))
    assert answer[:2] == [3, probe], (frame, answer)


@pytest.fixture
def no_garbage_limit(monkeypatch):  # type: ignore[no-untyped-def]
    # the fuzz is all garbage on purpose; closing after 20 such frames is tested elsewhere
    monkeypatch.setattr(connection, "GARBAGE_LIMIT", 10**9)


def test_fuzz_16(services, no_garbage_limit) -> None:  # type: ignore[no-untyped-def]
    _fuzz(services, "1.6")


def test_fuzz_201(services, no_garbage_limit) -> None:  # type: ignore[no-untyped-def]
    _fuzz(services, "2.0.1")
