"""CSMS -> OCPP 2.0.1 station through the version-neutral Commands interface.

Each command is answered Accepted, then Rejected, by the ocpp library's own station (which
validates every CALL against the 2.0.1 schemas); the exact CALL payload and the
message-log rows are checked. One command times out.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from chargers201 import booted, eventually, flushed

from csms_desktop.domain.enums import MessageDirection, MessageKind
from csms_desktop.protocol.commands import CommandResult, Commands, Outcome
from csms_desktop.protocol.v201.state import state_of
from csms_desktop.store.models import (
    ChargePoint,
    ChargePointVariable,
    IdTag,
    MeterValue,
    OCPPMessage,
    Transaction,
)

CP = "CS-CMD"
WHEN = datetime(2030, 1, 2, 3, 4, 5, tzinfo=UTC)
PROFILE = {"id": 3, "stack_level": 1, "purpose": "ChargePointMaxProfile", "kind": "Absolute",
           "unit": "kW", "periods": [(0, 11), (3600, 7.4)], "start_schedule": WHEN,
           "duration": 7200}

Run = Callable[[Commands], Awaitable[CommandResult]]

# name -> (run, action, expected CALL payload (None: checked in the test), outcome when
# the station says no, its status word)
CASES: dict[str, tuple[Run, str, dict[str, Any] | None, Outcome, str]] = {
    "remote_start": (lambda c: c.remote_start(CP, 1, "TAG-1"), "RequestStartTransaction",
                     None, Outcome.REJECTED, "Rejected"),
    "remote_stop": (lambda c: c.remote_stop(CP, "tx-9"), "RequestStopTransaction",
                    {"transactionId": "tx-9"}, Outcome.REJECTED, "Rejected"),
    "reset": (lambda c: c.reset(CP, hard=True), "Reset", {"type": "Immediate"},
              Outcome.REJECTED, "Rejected"),
    "reset_evse": (lambda c: c.reset(CP, evse_id=1), "Reset", {"type": "OnIdle", "evseId": 1},
                   Outcome.REJECTED, "Rejected"),
    "unlock": (lambda c: c.unlock(CP, 1), "UnlockConnector", {"evseId": 1, "connectorId": 1},
               Outcome.REJECTED, "UnlockFailed"),
    "change_availability": (lambda c: c.change_availability(CP, 1, False),
                            "ChangeAvailability",
                            {"operationalStatus": "Inoperative", "evse": {"id": 1}},
                            Outcome.REJECTED, "Rejected"),
    "change_availability_station": (lambda c: c.change_availability(CP, 0, True),
                                    "ChangeAvailability", {"operationalStatus": "Operative"},
                                    Outcome.REJECTED, "Rejected"),
    "get_configuration": (lambda c: c.get_configuration(CP, ["HeartbeatInterval", "Foo.Bar",
                                                             "NoComponent"]),
                          "GetVariables", {"getVariableData": [
                              {"component": {"name": "OCPPCommCtrlr"},
                               "variable": {"name": "HeartbeatInterval"}},
                              {"component": {"name": "Foo"}, "variable": {"name": "Bar"}}]},
                          Outcome.ACCEPTED, "Accepted"),
    "change_configuration": (lambda c: c.change_configuration(CP, "HeartbeatInterval", "120"),
                             "SetVariables", {"setVariableData": [
                                 {"component": {"name": "OCPPCommCtrlr"},
                                  "variable": {"name": "HeartbeatInterval"},
                                  "attributeValue": "120"}]},
                             Outcome.REJECTED, "Rejected"),
    "clear_cache": (lambda c: c.clear_cache(CP), "ClearCache", {}, Outcome.REJECTED,
                    "Rejected"),
    "trigger_message": (lambda c: c.trigger_message(CP, "DiagnosticsStatusNotification"),
                        "TriggerMessage", {"requestedMessage": "LogStatusNotification"},
                        Outcome.REJECTED, "Rejected"),
    "reserve_now": (lambda c: c.reserve_now(CP, 1, WHEN, "TAG-1", 42, parent_id_tag="GRP"),
                    "ReserveNow", {"id": 42, "expiryDateTime": "2030-01-02T03:04:05.000Z",
                                   "idToken": {"idToken": "TAG-1", "type": "ISO14443"},
                                   "evseId": 1,
                                   "groupIdToken": {"idToken": "GRP", "type": "Central"}},
                    Outcome.REJECTED, "Occupied"),
    "cancel_reservation": (lambda c: c.cancel_reservation(CP, 42), "CancelReservation",
                           {"reservationId": 42}, Outcome.REJECTED, "Rejected"),
    "set_charging_profile": (lambda c: c.set_charging_profile(CP, 0, PROFILE),
                             "SetChargingProfile", {"evseId": 0, "chargingProfile": {
                                 "id": 3, "stackLevel": 1,
                                 "chargingProfilePurpose": "ChargingStationMaxProfile",
                                 "chargingProfileKind": "Absolute", "chargingSchedule": [{
                                     "id": 3, "chargingRateUnit": "W", "duration": 7200,
                                     "startSchedule": "2030-01-02T03:04:05.000Z",
                                     "chargingSchedulePeriod": [
                                         {"startPeriod": 0, "limit": 11000.0},
                                         {"startPeriod": 3600, "limit": 7400.0}]}]}},
                             Outcome.REJECTED, "Rejected"),
    "clear_charging_profile": (lambda c: c.clear_charging_profile(
        CP, connector_id=1, purpose="TxDefaultProfile", stack_level=2),
        "ClearChargingProfile", {"chargingProfileCriteria": {
            "evseId": 1, "chargingProfilePurpose": "TxDefaultProfile", "stackLevel": 2}},
        Outcome.REJECTED, "Unknown"),
    "get_composite_schedule": (lambda c: c.get_composite_schedule(CP, 1, 3600, "A"),
                               "GetCompositeSchedule",
                               {"duration": 3600, "evseId": 1, "chargingRateUnit": "A"},
                               Outcome.REJECTED, "Rejected"),
    "get_charging_profiles": (lambda c: c.get_charging_profiles(CP, 77, 1),
                              "GetChargingProfiles",
                              {"requestId": 77, "evseId": 1, "chargingProfile": {}},
                              Outcome.ACCEPTED, "NoProfiles"),
    "send_local_list": (lambda c: c.send_local_list(CP, 8, [
        {"id_tag": "TAG-1", "status": "Accepted", "expiry_date": WHEN},
        {"id_tag": "GONE", "status": None}], full=False), "SendLocalList",
        {"versionNumber": 8, "updateType": "Differential", "localAuthorizationList": [
            {"idToken": {"idToken": "TAG-1", "type": "ISO14443"},
             "idTokenInfo": {"status": "Accepted",
                             "cacheExpiryDateTime": "2030-01-02T03:04:05.000Z"}},
            {"idToken": {"idToken": "GONE", "type": "Central"}}]},
        Outcome.REJECTED, "Failed"),
    "get_local_list_version": (lambda c: c.get_local_list_version(CP), "GetLocalListVersion",
                               {}, Outcome.ACCEPTED, "0"),
    "update_firmware": (lambda c: c.update_firmware(CP, "https://fw.example/1.bin", WHEN,
                                                    retries=2),
                        "UpdateFirmware", None, Outcome.REJECTED, "Rejected"),
    "get_diagnostics": (lambda c: c.get_diagnostics(CP, "ftp://logs.example/",
                                                    start=WHEN - timedelta(days=1)),
                        "GetLog", None, Outcome.REJECTED, "Rejected"),
    "get_log": (lambda c: c.get_log(CP, "ftp://logs.example/", request_id=31), "GetLog",
                {"logType": "SecurityLog", "requestId": 31,
                 "log": {"remoteLocation": "ftp://logs.example/"}},
                Outcome.REJECTED, "Rejected"),
    "signed_update_firmware": (lambda c: c.signed_update_firmware(
        CP, "https://fw.example/2.bin", WHEN, "-----BEGIN CERTIFICATE-----", "c2ln",
        request_id=32), "UpdateFirmware",
        {"requestId": 32, "firmware": {"location": "https://fw.example/2.bin",
                                       "retrieveDateTime": "2030-01-02T03:04:05.000Z",
                                       "signingCertificate": "-----BEGIN CERTIFICATE-----",
                                       "signature": "c2ln"}},
        Outcome.REJECTED, "Rejected"),
    "data_transfer": (lambda c: c.data_transfer(CP, "com.acme", "ping", "x"), "DataTransfer",
                      {"vendorId": "com.acme", "messageId": "ping", "data": "x"},
                      Outcome.NOT_SUPPORTED, "UnknownVendorId"),
}


def _logged(action: str) -> list[tuple[MessageDirection, MessageKind]]:
    rows = (OCPPMessage.select().where((OCPPMessage.charge_point_id == CP)
                                       & (OCPPMessage.action == action))
            .order_by(OCPPMessage.timestamp, OCPPMessage.id))
    return [(r.direction, r.kind) for r in rows]


@pytest.mark.parametrize("name", list(CASES))
async def test_command_accepted_then_rejected(services, server, url, name):
    run, action, expected, no_outcome, no_status = CASES[name]
    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    async with booted(url, CP) as station:
        yes = await run(commands)
        assert yes.outcome == Outcome.ACCEPTED, yes
        sent = station.calls(action)[-1]
        if expected is not None:
            assert sent == expected
        _check_accepted(name, yes, sent, station)
        station.mode = "reject"
        no = await run(commands)
        assert (no.outcome, no.status) == (no_outcome, no_status), no
        await _check_effects(name, services, station, no)
    flushed(services)
    assert _logged(action) == [(MessageDirection.OUTBOUND, MessageKind.CALL),
                               (MessageDirection.INBOUND, MessageKind.CALLRESULT)] * 2


def _check_accepted(name: str, result: CommandResult, sent: dict[str, Any],
                    station: Any) -> None:
    if name == "remote_start":
        assert sent["idToken"] == {"idToken": "TAG-1", "type": "ISO14443"}
        assert sent["evseId"] == 1
        assert result.data["remote_start_id"] == sent["remoteStartId"]
    elif name == "get_configuration":
        assert result.data["items"] == [{"key": "HeartbeatInterval", "value": "300",
                                         "readonly": None, "component": "OCPPCommCtrlr",
                                         "variable": "HeartbeatInterval", "instance": ""}]
        stored = ChargePointVariable.get(ChargePointVariable.charge_point == CP)
        assert (stored.component, stored.variable, stored.value, stored.evse_id) == (
            "OCPPCommCtrlr", "HeartbeatInterval", "300", None)
        assert result.data["unknown"] == ["NoComponent", "Foo.Bar"]
    elif name == "change_configuration":
        assert station.variables[("OCPPCommCtrlr", "HeartbeatInterval")] == "120"
    elif name == "get_composite_schedule":
        assert result.data["periods"] == [(0, 16.0), (600, 10.5)]
        assert result.data["unit"] == "A"
    elif name == "get_local_list_version":
        assert result.data == {"version": 7}
    elif name == "update_firmware":
        assert sent == {"requestId": result.data["request_id"], "retries": 2, "firmware": {
            "location": "https://fw.example/1.bin",
            "retrieveDateTime": "2030-01-02T03:04:05.000Z"}}
    elif name == "get_diagnostics":
        assert sent == {"logType": "DiagnosticsLog", "requestId": result.data["request_id"],
                        "log": {"remoteLocation": "ftp://logs.example/",
                                "oldestTimestamp": "2030-01-01T03:04:05.000Z"}}
        assert result.detail == f"file log-{CP}.zip"


async def _check_effects(name: str, services: Any, station: Any,
                         refused: CommandResult) -> None:
    """What an accepted command made the station send back, stored by the CSMS."""
    if name == "trigger_message":
        await eventually(lambda: ChargePoint.get_by_id(CP).diagnostics_status == "Idle")
    elif name == "get_charging_profiles":
        key = ("ReportChargingProfiles", CP, 77)
        reports = state_of(services).reports
        # the station sends its report after answering: wait for it to arrive, then finish
        await eventually(lambda: key in reports and reports[key].done)
        track = reports[key]
        assert track.items[0]["id"] == 5 and track.items[0]["evseId"] == 1
    elif name == "get_configuration":
        assert refused.data["items"] == []
        assert len(refused.data["unknown"]) == 3


async def test_command_times_out_and_the_connection_stays_usable(services, server, url):
    commands = Commands(server)
    async with booted(url, CP) as station:
        station.modes["Reset"] = "silent"
        loop = asyncio.get_running_loop()
        t = loop.time()
        result = await commands.reset(CP, hard=False)
        assert result.outcome == Outcome.TIMED_OUT
        assert 1.5 < loop.time() - t < 4
        assert (await commands.clear_cache(CP)).outcome == Outcome.ACCEPTED
    flushed(services)
    assert _logged("Reset") == [(MessageDirection.OUTBOUND, MessageKind.CALL)]
    assert _logged("ClearCache")[-1] == (MessageDirection.INBOUND, MessageKind.CALLRESULT)


async def test_trigger_meter_values_and_remote_start_to_transaction(services, server, url):
    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    async with booted(url, CP) as station:
        assert (await commands.trigger_message(CP, "MeterValues", 1)).ok
        await eventually(lambda: MeterValue.select().count() == 1)
        started = await commands.remote_start(
            CP, 1, "TAG-1", charging_profile={"id": 9, "kind": "Relative", "unit": "A",
                                              "periods": [(0, 16)]})
        assert started.ok
        request = station.calls("RequestStartTransaction")[0]
        assert request["chargingProfile"]["chargingProfilePurpose"] == "TxProfile"
        remote_id = started.data["remote_start_id"]
        await station.tx_event("Started", "rs-1", trigger="RemoteStart", token="TAG-1",
                               token_type="ISO14443", remote_start_id=remote_id)
        assert (await commands.remote_stop(CP, "rs-1")).ok
        await station.tx_event("Ended", "rs-1", trigger="RemoteStop", stopped="Remote")
    tx = Transaction.get(Transaction.transaction_id == "rs-1")
    assert (tx.remote_start_id, tx.stop_reason) == (remote_id, "Remote")
    assert station.calls("RequestStopTransaction") == [{"transactionId": "rs-1"}]
