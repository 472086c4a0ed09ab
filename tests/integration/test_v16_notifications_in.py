"""OCPP 1.6J charge point -> CSMS messages outside Core transactions: DataTransfer,
firmware and diagnostics status, heartbeat, connector 0 status."""

from __future__ import annotations

from helpers16 import logged, shape
from ocpp.v16 import call

from csms_desktop.domain.enums import ChargePointStatus, ConnectorStatus, NotificationType
from csms_desktop.store.models import ChargePoint, Connector, Notification


async def test_data_transfer_from_the_charger_is_answered_unknown_vendor(services, cp):
    answer = await cp.send(call.DataTransfer(vendor_id="com.acme", message_id="x", data="1"))
    assert answer.status == "UnknownVendorId"
    rows = logged(services, "CP001", "DataTransfer")
    assert shape(rows) == [("INBOUND", "CALL", "DataTransfer"),
                           ("OUTBOUND", "CALLRESULT", "DataTransfer")]
    assert rows[0].payload == {"vendorId": "com.acme", "messageId": "x", "data": "1"}


async def test_firmware_and_diagnostics_status_are_stored(services, cp):
    await cp.send(call.FirmwareStatusNotification(status="Downloading"))
    await cp.send(call.DiagnosticsStatusNotification(status="Uploaded"))
    row = ChargePoint.get_by_id("CP001")
    assert (row.firmware_status, row.diagnostics_status) == ("Downloading", "Uploaded")
    await cp.send(call.FirmwareStatusNotification(status="Installed"))
    assert ChargePoint.get_by_id("CP001").firmware_status == "Installed"
    assert len(logged(services, "CP001", "FirmwareStatusNotification")) == 4


async def test_heartbeat_updates_last_heartbeat(services, cp):
    before = ChargePoint.get_by_id("CP001").last_heartbeat
    answer = await cp.heartbeat()
    assert answer.current_time.endswith("Z")
    services.writer.flush()
    after = ChargePoint.get_by_id("CP001").last_heartbeat
    assert after is not None and after != before


async def test_status_of_connector_zero_and_faults(services, cp):
    await cp.status(0, "Unavailable")
    row = ChargePoint.get_by_id("CP001")
    assert row.status == ChargePointStatus.UNAVAILABLE and row.ocpp_status == "Unavailable"
    await cp.status(2, "Faulted", error_code="GroundFailure", info="RCD tripped",
                    vendor_error_code="E42")
    conn = Connector.get((Connector.charge_point == "CP001") & (Connector.connector_id == 2))
    assert conn.status == ConnectorStatus.FAULTED
    assert (conn.error_code, conn.info, conn.vendor_error_code) == (
        "GroundFailure", "RCD tripped", "E42")
    assert ChargePoint.get_by_id("CP001").connector_count == 2
    fault = Notification.get(Notification.title.contains("faulted"))
    assert fault.type == NotificationType.SYSTEM_MAINTENANCE
    for status, seed in [("Preparing", ConnectorStatus.OCCUPIED),
                         ("SuspendedEV", ConnectorStatus.OCCUPIED),
                         ("Reserved", ConnectorStatus.RESERVED),
                         ("Available", ConnectorStatus.AVAILABLE)]:
        await cp.status(2, status)
        conn = Connector.get_by_id(conn.id)
        assert (conn.ocpp_status, conn.status) == (status, seed)
