"""OCPP 2.0.1 device model and notices: GetBaseReport with a multi-part NotifyReport
stored in charge_point_variable, NotifyEvent, and every other station -> CSMS message
(answers checked against the 2.0.1 schemas by the library, effects in the database)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from chargers201 import booted, flushed, iso, report_item

from csms_desktop.domain.enums import MessageKind, ReservationStatus
from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.services.events import SecurityEvent
from csms_desktop.store.models import (
    ChargePoint,
    ChargePointVariable,
    Notification,
    OCPPMessage,
    Reservation,
    User,
)

CP = "CS-REP"


def _variables() -> dict[tuple[Any, ...], ChargePointVariable]:
    rows = ChargePointVariable.select().where(ChargePointVariable.charge_point == CP)
    return {(v.component, v.evse_id, v.connector_id, v.variable, v.instance): v for v in rows}


async def test_get_base_report_stores_the_multi_part_notify_report(services, server, url):
    commands = Commands(server)
    async with booted(url, CP) as station:
        result = await commands.get_base_report(CP, 11)
        assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Accepted")
        assert station.calls("GetBaseReport") == [{"requestId": 11,
                                                   "reportBase": "FullInventory"}]
        await station.wait_until(lambda: len(station.sent_after) == 3)
        parts = [(a, r) for a, r in station.sent_after]
        assert [a for a, _ in parts] == ["NotifyReport"] * 3
        rows = _variables()
        assert len(rows) == 7
        hb = rows[("OCPPCommCtrlr", None, None, "HeartbeatInterval", "")]
        assert (hb.value, hb.readonly, hb.data_type, hb.attribute_type) == (
            "300", False, "integer", "Actual")
        model = rows[("ChargingStation", None, None, "Model", "")]
        assert (model.value, model.readonly) == ("TestModel", True)
        assert model.characteristics["mutability"] == "ReadOnly"
        assert rows[("EVSE", 1, None, "Power", "")].value == "22000"
        assert rows[("Connector", 1, 1, "ConnectorType", "")].value == "cType2"
        assert rows[("OCPPCommCtrlr", None, None, "MessageAttempts", "TransactionEvent")
                    ].value == "3"
        assert rows[("AuthCtrlr", None, None, "MasterPassGroupId", "")].value is None

        # A second report updates in place (no duplicates, also for rows without EVSE)
        # and a component instance is kept in the component column.
        station.report = [report_item("OCPPCommCtrlr", "HeartbeatInterval", "120"),
                          {**report_item("TokenReader", "Enabled", "true",
                                         data_type="boolean"),
                           "component": {"name": "TokenReader", "instance": "front"}}]
        assert (await commands.get_base_report(CP, 12, "ConfigurationInventory")).ok
        await station.wait_until(lambda: len(station.sent_after) == 4)
        # The same part again changes nothing.
        await station.send("NotifyReport", request_id=12, generated_at=iso(), seq_no=0,
                           report_data=[report_item("OCPPCommCtrlr", "HeartbeatInterval",
                                                    "999")])
        station.mode = "reject"
        assert (await commands.get_base_report(CP, 13)).outcome == Outcome.REJECTED
        # Values read back with GetVariables land on the same rows (readonly kept).
        station.mode = "accept"
        station.variables[("ChargingStation", "Model")] = "TestModel"
        station.variables[("OCPPCommCtrlr", "MessageAttempts")] = "5"
        read = await commands.get_configuration(
            CP, ["ChargingStation.Model", "OCPPCommCtrlr.MessageAttempts.TransactionEvent"])
        assert [i["key"] for i in read.data["items"]] == ["Model",
                                                          "MessageAttempts.TransactionEvent"]

    rows = _variables()
    assert len(rows) == 8
    assert rows[("ChargingStation", None, None, "Model", "")].readonly is True
    assert rows[("OCPPCommCtrlr", None, None, "MessageAttempts", "TransactionEvent")
                ].value == "5"
    assert rows[("OCPPCommCtrlr", None, None, "HeartbeatInterval", "")].value == "120"
    reader = rows[("TokenReader[front]", None, None, "Enabled", "")]
    assert (reader.value, reader.characteristics["componentInstance"]) == ("true", "front")


async def test_notify_event_stores_actual_values_and_alerts(services, url):
    async with booted(url, CP) as station:
        await station.send("NotifyEvent", generated_at=iso(), seq_no=0, event_data=[
            {"eventId": 1, "timestamp": iso(), "trigger": "Delta", "actualValue": "Occupied",
             "component": {"name": "Connector", "evse": {"id": 1, "connectorId": 1}},
             "variable": {"name": "AvailabilityState"},
             "eventNotificationType": "HardWiredNotification"},
            {"eventId": 2, "timestamp": iso(), "trigger": "Alerting", "actualValue": "true",
             "techInfo": "RCD tripped", "component": {"name": "EVSE", "evse": {"id": 1}},
             "variable": {"name": "Problem"},
             "eventNotificationType": "HardWiredNotification"}])
    rows = _variables()
    assert rows[("Connector", 1, 1, "AvailabilityState", "")].value == "Occupied"
    assert rows[("EVSE", 1, None, "Problem", "")].value == "true"
    alert = Notification.get(Notification.charge_point_id == CP)
    assert alert.title == f"{CP}: EVSE/1.Problem" and "RCD tripped" in alert.message


async def test_every_other_station_message_is_answered(services, url):
    events: list[SecurityEvent] = []
    services.hub.subscribe(SecurityEvent, events.append)
    user = User.create(phone_number="+66833333333")
    async with booted(url, CP) as cs:
        Reservation.create(user=user, charge_point=CP, ocpp_reservation_id=5,
                           start_time=datetime.now(UTC),
                           end_time=datetime.now(UTC) + timedelta(hours=1))
        await cs.send("SecurityEventNotification", type="StartupOfTheDevice",
                      timestamp=iso())
        await cs.send("SecurityEventNotification", type="TamperDetectionActivated",
                      timestamp=iso(), tech_info="lid opened")
        await cs.send("FirmwareStatusNotification", status="Downloading", request_id=3)
        await cs.send("LogStatusNotification", status="Uploading", request_id=4)
        await cs.send("PublishFirmwareStatusNotification", status="Idle")
        await cs.send("ReservationStatusUpdate", reservation_id=5,
                      reservation_update_status="Expired")
        await cs.send("NotifyChargingLimit", evse_id=1, charging_limit={
            "chargingLimitSource": "SO", "isGridCritical": True})
        await cs.send("ClearedChargingLimit", charging_limit_source="SO", evse_id=1)
        signed = await cs.send("SignCertificate", csr="-----BEGIN CERTIFICATE REQUEST-----")
        assert signed.status == "Rejected"  # a real CSR: test_v201_security.py
        assert signed.status_info["reason_code"] == "InvalidCSR"
        ocsp = {"hashAlgorithm": "SHA256", "issuerNameHash": "a", "issuerKeyHash": "b",
                "serialNumber": "c", "responderURL": "http://ocsp.example"}
        assert (await cs.send("GetCertificateStatus", ocsp_request_data=ocsp)).status == \
            "Failed"
        ev_cert = await cs.send("Get15118EVCertificate", iso15118_schema_version="urn:iso",
                                action="Install", exi_request="AAAA")
        assert ev_cert.status == "Failed"
        needs = await cs.send("NotifyEVChargingNeeds", evse_id=1, charging_needs={
            "requestedEnergyTransfer": "AC_three_phase"})
        assert needs.status == "Rejected"
        schedule = await cs.send("NotifyEVChargingSchedule", time_base=iso(), evse_id=1,
                                 charging_schedule={"id": 1, "chargingRateUnit": "W",
                                                    "chargingSchedulePeriod": [
                                                        {"startPeriod": 0, "limit": 7000}]})
        assert schedule.status == "Accepted"
        await cs.send("NotifyCustomerInformation", data="none", seq_no=0, generated_at=iso(),
                      request_id=1)
        await cs.send("NotifyDisplayMessages", request_id=2)
        await cs.send("NotifyMonitoringReport", request_id=3, seq_no=0, generated_at=iso())
        assert (await cs.send("DataTransfer", vendor_id="com.acme")).status == \
            "UnknownVendorId"

    assert [(e.kind, e.detail) for e in events if e.kind != "CSRRejected"] == [
        ("StartupOfTheDevice", ""), ("TamperDetectionActivated", "lid opened")]
    assert [e.kind for e in events].count("CSRRejected") == 1  # the CSR of no CSR
    cp = ChargePoint.get_by_id(CP)
    assert (cp.firmware_status, cp.diagnostics_status) == ("Downloading", "Uploading")
    assert Reservation.get(Reservation.ocpp_reservation_id == 5).status == \
        ReservationStatus.EXPIRED
    titles = [n.title for n in Notification.select().where(Notification.charge_point_id == CP)]
    assert titles == [f"Security event on {CP}: TamperDetectionActivated",
                      f"{CP}: grid-critical charging limit"]
    flushed(services)
    answered = {r.action for r in OCPPMessage.select().where(
        (OCPPMessage.charge_point_id == CP) & (OCPPMessage.kind == MessageKind.CALLRESULT))}
    assert answered >= {"SecurityEventNotification", "FirmwareStatusNotification",
                        "LogStatusNotification", "PublishFirmwareStatusNotification",
                        "ReservationStatusUpdate", "NotifyChargingLimit",
                        "ClearedChargingLimit", "SignCertificate", "GetCertificateStatus",
                        "Get15118EVCertificate", "NotifyEVChargingNeeds",
                        "NotifyEVChargingSchedule", "NotifyCustomerInformation",
                        "NotifyDisplayMessages", "NotifyMonitoringReport", "DataTransfer"}


async def test_a_report_numbered_up_to_int32_max_is_answered_at_once(services, url):
    """Found by the 10-minute fuzz soak: a last NotifyReport part with seqNo 2**31 - 1 made
    the 'missing parts' log line build a list over the whole range (23 GB, the server was
    killed). The gaps are walked, never the range, and a report remembers a bounded number
    of parts; ReportChargingProfiles keeps a bounded number of profiles."""
    import tracemalloc

    from csms_desktop.protocol.v201.state import MAX_PARTS_PER_REPORT, gaps

    assert gaps({0, 2**31 - 1}, limit=5, start=0) == [1, 2, 3, 4, 5]
    assert gaps({3, 7}, start=0) == [0, 1, 2, 4, 5, 6]
    assert gaps(set(), start=0) == []
    item = report_item("OCPPCommCtrlr", "HeartbeatInterval", "300")
    tracemalloc.start()
    try:
        async with booted(url, CP) as station:
            await station.send("NotifyReport", request_id=99, generated_at=iso(), seq_no=0,
                               tbc=True, report_data=[item])
            await station.send("NotifyReport", request_id=99, generated_at=iso(),
                               seq_no=2**25, tbc=False, report_data=[item])  # safe before
            for n in range(MAX_PARTS_PER_REPORT + 10):  # numbered at will, never complete
                await station.send("NotifyReport", request_id=100, generated_at=iso(),
                                   seq_no=n, tbc=True)
            # the station is still served
            assert (await station.send("Heartbeat")).current_time
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 200 * 2**20  # before: the missing-parts list alone was 2**31 ints
    track = services.extras["v201"].reports[("NotifyReport", CP, 100)]
    assert len(track.parts) == MAX_PARTS_PER_REPORT
