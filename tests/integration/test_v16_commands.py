"""The version-neutral Commands interface against a 1.6 charger: accepted, rejected,
never answered, and offline."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from chargers16 import connect16
from helpers16 import logged, shape

from csms_desktop.protocol.commands import Commands, Outcome

EXPIRY = datetime(2030, 1, 1, 12, 0, tzinfo=UTC)
PROFILE = {"id": 7, "stack_level": 1, "purpose": "TxDefaultProfile", "kind": "Relative",
           "unit": "A", "periods": [(0, 16), (3600, 10.5)]}

# method, kwargs, CALL action, expected 1.6 payload (None: not checked beyond the action),
# outcome when the charger accepts, outcome when it rejects.
CASES: list[tuple[str, dict[str, Any], str, dict[str, Any] | None, Outcome, Outcome]] = [
    ("remote_start", {"connector_id": 1, "id_tag": "TAG-1"}, "RemoteStartTransaction",
     {"connectorId": 1, "idTag": "TAG-1"}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("remote_stop", {"transaction_id": "42"}, "RemoteStopTransaction",
     {"transactionId": 42}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("reset", {"hard": True}, "Reset", {"type": "Hard"}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("unlock", {"connector_id": 1}, "UnlockConnector", {"connectorId": 1},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("change_availability", {"connector_id": 0, "available": False}, "ChangeAvailability",
     {"connectorId": 0, "type": "Inoperative"}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("get_configuration", {"keys": ["HeartbeatInterval"]}, "GetConfiguration",
     {"key": ["HeartbeatInterval"]}, Outcome.ACCEPTED, Outcome.ACCEPTED),
    ("change_configuration", {"key": "HeartbeatInterval", "value": 120}, "ChangeConfiguration",
     {"key": "HeartbeatInterval", "value": "120"}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("clear_cache", {}, "ClearCache", {}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("trigger_message", {"message": "Heartbeat"}, "TriggerMessage",
     {"requestedMessage": "Heartbeat"}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("reserve_now", {"connector_id": 1, "expiry": EXPIRY, "id_tag": "TAG-1",
                     "reservation_id": 5}, "ReserveNow",
     {"connectorId": 1, "expiryDate": "2030-01-01T12:00:00.000Z", "idTag": "TAG-1",
      "reservationId": 5}, Outcome.ACCEPTED, Outcome.REJECTED),
    ("cancel_reservation", {"reservation_id": 5}, "CancelReservation", {"reservationId": 5},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("set_charging_profile", {"connector_id": 1, "profile": PROFILE}, "SetChargingProfile",
     {"connectorId": 1, "csChargingProfiles": {
         "chargingProfileId": 7, "stackLevel": 1, "chargingProfilePurpose": "TxDefaultProfile",
         "chargingProfileKind": "Relative", "chargingSchedule": {
             "chargingRateUnit": "A", "chargingSchedulePeriod": [
                 {"startPeriod": 0, "limit": 16.0}, {"startPeriod": 3600, "limit": 10.5}]}}},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("clear_charging_profile", {"profile_id": 7}, "ClearChargingProfile", {"id": 7},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("get_composite_schedule", {"connector_id": 1, "duration": 3600, "unit": "A"},
     "GetCompositeSchedule", {"connectorId": 1, "duration": 3600, "chargingRateUnit": "A"},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("send_local_list", {"version": 4, "entries": [
        {"id_tag": "TAG-1", "status": "Accepted"}, {"id_tag": "TAG-2", "status": None}]},
     "SendLocalList", {"listVersion": 4, "updateType": "Full", "localAuthorizationList": [
         {"idTag": "TAG-1", "idTagInfo": {"status": "Accepted"}}, {"idTag": "TAG-2"}]},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("get_local_list_version", {}, "GetLocalListVersion", {},
     Outcome.ACCEPTED, Outcome.NOT_SUPPORTED),
    ("update_firmware", {"location": "https://fw.example/f.bin", "retrieve_date": EXPIRY,
                         "retries": 2}, "UpdateFirmware",
     {"location": "https://fw.example/f.bin", "retrieveDate": "2030-01-01T12:00:00.000Z",
      "retries": 2}, Outcome.ACCEPTED, Outcome.NOT_SUPPORTED),
    ("get_diagnostics", {"location": "ftp://logs.example/"}, "GetDiagnostics",
     {"location": "ftp://logs.example/"}, Outcome.ACCEPTED, Outcome.ACCEPTED),
    ("data_transfer", {"vendor_id": "com.example", "message_id": "ping", "data": "x"},
     "DataTransfer", {"vendorId": "com.example", "messageId": "ping", "data": "x"},
     Outcome.ACCEPTED, Outcome.REJECTED),
]


def _root_pem() -> str:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "Test root")])
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(0x1234ABCD)
            .not_valid_before(datetime(2025, 1, 1, tzinfo=UTC)).not_valid_after(EXPIRY)
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode()


ROOT_PEM = _root_pem()
HASH = {"hashAlgorithm": "SHA256", "issuerNameHash": "ab" * 32, "issuerKeyHash": "cd" * 32,
        "serialNumber": "1234abcd"}
CASES += [  # the security extension (the charger holds no certificate: NotFound)
    ("install_certificate", {"certificate_type": "CentralSystemRootCertificate",
                             "certificate": ROOT_PEM}, "InstallCertificate",
     {"certificateType": "CentralSystemRootCertificate", "certificate": ROOT_PEM},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("delete_certificate", {"hash_data": HASH}, "DeleteCertificate",
     {"certificateHashData": HASH}, Outcome.REJECTED, Outcome.REJECTED),
    ("get_installed_certificate_ids", {"certificate_type": "ManufacturerRootCertificate"},
     "GetInstalledCertificateIds", {"certificateType": "ManufacturerRootCertificate"},
     Outcome.ACCEPTED, Outcome.ACCEPTED),
    ("get_log", {"location": "ftp://logs.example/", "request_id": 11}, "GetLog",
     {"logType": "SecurityLog", "requestId": 11, "log": {"remoteLocation": "ftp://logs.example/"}},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("signed_update_firmware", {"location": "https://fw.example/f.bin", "retrieve_date": EXPIRY,
                                "signing_certificate": ROOT_PEM, "signature": "c2lnbg==",
                                "request_id": 12}, "SignedUpdateFirmware",
     {"requestId": 12, "firmware": {"location": "https://fw.example/f.bin",
                                    "retrieveDateTime": "2030-01-01T12:00:00.000Z",
                                    "signingCertificate": ROOT_PEM, "signature": "c2lnbg=="}},
     Outcome.ACCEPTED, Outcome.REJECTED),
    ("extended_trigger_message", {"message": "SignChargePointCertificate"},
     "ExtendedTriggerMessage", {"requestedMessage": "SignChargePointCertificate"},
     Outcome.ACCEPTED, Outcome.REJECTED),
]
IDS = [c[0] for c in CASES]


@pytest.mark.parametrize("mode", ["accept", "reject"])
@pytest.mark.parametrize(("method", "kwargs", "action", "payload", "if_accept", "if_reject"),
                         CASES, ids=IDS)
async def test_command_answered(services, server, cp, mode, method, kwargs, action, payload,
                                if_accept, if_reject):
    cp.mode = mode
    result = await getattr(Commands(server), method)("CP001", **kwargs)
    assert result.outcome == (if_accept if mode == "accept" else if_reject), result
    received = cp.calls(action)
    assert len(received) == 1
    if payload is not None:
        assert received[0] == payload

    rows = logged(services, "CP001", action)
    answer_kind = "CALLERROR" if (action == "UpdateFirmware" and mode == "reject") \
        else "CALLRESULT"
    assert shape(rows) == [("OUTBOUND", "CALL", action), ("INBOUND", answer_kind, action)]
    assert rows[0].message_id == rows[1].message_id
    assert rows[0].payload == received[0]
    if answer_kind == "CALLERROR":
        assert rows[1].error_code == "NotSupported"
    elif "status" in rows[1].payload:
        assert rows[1].payload["status"] == result.status


async def test_command_results_carry_the_answer_data(server, cp):
    commands = Commands(server)
    config = await commands.get_configuration("CP001", ["HeartbeatInterval", "Nope"])
    assert config.data["items"] == [{"key": "HeartbeatInterval", "value": "300",
                                     "readonly": False, "component": ""}]
    assert config.data["unknown"] == ["Nope"]
    schedule = await commands.get_composite_schedule("CP001", 1, 900)
    assert schedule.data["periods"] == [(0, 16.0), (600, 10.5)]
    version = await commands.get_local_list_version("CP001")
    assert version.data == {"version": 3}
    diag = await commands.get_diagnostics("CP001", "ftp://logs.example/")
    assert diag.detail == "file diag-CP001.zip"
    cp.mode = "reject"
    diag = await commands.get_diagnostics("CP001", "ftp://logs.example/")
    assert diag.detail == "no file"
    config = await commands.get_configuration("CP001", ["HeartbeatInterval"])
    assert config.data["unknown"] == ["HeartbeatInterval"] and config.data["items"] == []


async def test_trigger_message_brings_the_requested_message(services, server, cp):
    result = await Commands(server).trigger_message("CP001", "StatusNotification", 1)
    assert result.ok
    assert cp.calls("TriggerMessage") == [{"requestedMessage": "StatusNotification",
                                           "connectorId": 1}]
    await cp.wait_for_trigger("StatusNotification")
    assert shape(logged(services, "CP001", "StatusNotification"))[-2:] == [
        ("INBOUND", "CALL", "StatusNotification"), ("OUTBOUND", "CALLRESULT", "StatusNotification")]


@pytest.mark.parametrize(("method", "kwargs", "action"), [
    ("reset", {}, "Reset"),
    ("remote_start", {"connector_id": 1, "id_tag": "TAG-1"}, "RemoteStartTransaction"),
    ("get_configuration", {}, "GetConfiguration"),
])
async def test_command_never_answered_times_out(services, server, url, method, kwargs, action):
    services.apply_settings(call_timeout=0.3)
    async with connect16(url, "CP-MUTE", mode="silent") as charger:
        await charger.boot()
        result = await getattr(Commands(server), method)("CP-MUTE", **kwargs)
        assert result.outcome == Outcome.TIMED_OUT
        assert charger.calls(action) != []
        # The connection is still usable afterwards.
        assert (await charger.heartbeat()).current_time
        charger.mode = "accept"
        assert (await Commands(server).clear_cache("CP-MUTE")).ok
    assert shape(logged(services, "CP-MUTE", action)) == [("OUTBOUND", "CALL", action)]


async def test_command_to_a_disconnected_charger_is_offline(services, server, url):
    async with connect16(url, "CP-GONE") as charger:
        await charger.boot()
    for _ in range(100):
        if server.connection("CP-GONE") is None:
            break
        await asyncio.sleep(0.01)
    result = await Commands(server).reset("CP-GONE")
    assert result.outcome == Outcome.OFFLINE
    never = await Commands(server).reset("CP-NEVER-SEEN")
    assert never.outcome == Outcome.OFFLINE
    assert logged(services, "CP-GONE", "Reset") == []


async def test_charger_disconnecting_during_a_command_is_offline(services, server, url):
    async with connect16(url, "CP-DROP", mode="silent") as charger:
        await charger.boot()
        task = asyncio.create_task(Commands(server).reset("CP-DROP"))
        await charger.wait_for_call("Reset")
        await charger._connection.close()
        result = await asyncio.wait_for(task, 2)
    assert result.outcome == Outcome.OFFLINE
    assert shape(logged(services, "CP-DROP", "Reset")) == [("OUTBOUND", "CALL", "Reset")]


async def test_remote_start_with_a_charging_profile(server, cp):
    profile = {"id": 9, "stack_level": 0, "kind": "Absolute", "unit": "W",
               "periods": [(0, 7400)], "start_schedule": datetime.now(UTC),
               "duration": int(timedelta(hours=1).total_seconds())}
    result = await Commands(server).remote_start("CP001", 1, "TAG-1", charging_profile=profile)
    assert result.ok
    sent = cp.calls("RemoteStartTransaction")[0]["chargingProfile"]
    assert sent["chargingProfilePurpose"] == "TxProfile"
    assert sent["chargingSchedule"]["chargingSchedulePeriod"] == [
        {"startPeriod": 0, "limit": 7400.0}]


async def test_get_configuration_is_stored_for_offline_browsing(server, url):  # type: ignore[no-untyped-def]
    from chargers16 import connect16

    from csms_desktop.protocol.commands import Commands
    from csms_desktop.store.models import ChargePointVariable

    async with connect16(url, "CFG1") as cp:
        await cp.boot()
        cmds = Commands(server)
        r1 = await cmds.get_configuration("CFG1")
        assert r1.ok and r1.data["items"]
        await cmds.get_configuration("CFG1")  # again: rows are updated, not duplicated
    rows = list(ChargePointVariable.select().where(ChargePointVariable.charge_point == "CFG1"))
    assert len(rows) == len(r1.data["items"])
    by_key = {r.variable: r for r in rows}
    for item in r1.data["items"]:
        assert by_key[item["key"]].value == (None if item["value"] is None else str(item["value"]))
        assert by_key[item["key"]].readonly == item["readonly"]


async def test_a_large_list_is_encoded_once_for_every_charger_and_logged_for_each(
        services, server, url, monkeypatch):
    """500 chargers booting with 20,000 tags: one local list message was checked against
    the schema and encoded 500 times. The same entries to chargers of one version are
    prepared once; each charger still receives it whole and each send is logged."""
    import csms_desktop.protocol.connection as connection

    prepared: list[str] = []
    real = connection.OCPPConnection.prepare_payload

    def spy(self, action, payload):  # type: ignore[no-untyped-def]
        prepared.append(self.cp_id)
        return real(self, action, payload)

    monkeypatch.setattr(connection.OCPPConnection, "prepare_payload", spy)
    entries = [{"id_tag": f"T{i:05d}", "status": "Accepted", "expiry_date": None,
                "parent_id_tag": None} for i in range(connection.HEAVY_ITEMS + 50)]
    commands = Commands(server)
    async with connect16(url, "BIG1") as one, connect16(url, "BIG2") as two:
        for c in (one, two):
            assert (await c.boot()).status == "Accepted"
        for cp_id in ("BIG1", "BIG2"):
            result = await commands.send_local_list(cp_id, 1, entries, full=True)
            assert result.outcome == Outcome.ACCEPTED, result
        other = await commands.send_local_list("BIG1", 2, entries, full=False)
        assert other.outcome == Outcome.ACCEPTED
        for c in (one, two):
            got = c.calls("SendLocalList")[0]
            assert got["listVersion"] == 1 and got["updateType"] == "Full"
            assert len(got["localAuthorizationList"]) == len(entries)
        assert one.calls("SendLocalList")[1]["updateType"] == "Differential"
    assert prepared == ["BIG1", "BIG1"]  # version 1 once (for both), version 2 once
    await services.writer.durable()
    for cp_id in ("BIG1", "BIG2"):
        rows = logged(services, cp_id, "SendLocalList")
        assert rows[0].direction == "OUTBOUND" and len(rows[0].payload[
            "localAuthorizationList"]) == len(entries)
