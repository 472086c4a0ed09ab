"""OCPP 2.0.1 BootNotification under each unknown-charger policy, Heartbeat and
StatusNotification (EVSE -> connector row, connectorId kept), checked in the database."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from chargers201 import booted, connect201, eventually, flushed
from ocpp.exceptions import SecurityError

from csms_desktop.domain.enums import (
    ChargePointStatus,
    ConnectorStatus,
    MessageDirection,
    NotificationType,
    OCPPVersion,
    RegistrationStatus,
)
from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.store.models import ChargePoint, Connector, Notification, OCPPMessage


def _log(cp_id: str) -> list[tuple[str, str, str]]:
    rows = (OCPPMessage.select().where(OCPPMessage.charge_point_id == cp_id)
            .order_by(OCPPMessage.timestamp, OCPPMessage.id))
    return [(r.direction.value, r.kind.value, r.action) for r in rows]


async def test_boot_policy_accept_stores_station_details(services, url):
    async with connect201(url, "CS-ACC") as station:
        answer = await station.boot(serial_number="SN-9", firmware_version="1.2.3",
                                    modem={"iccid": "8966", "imsi": "5201"})
        assert answer.status == "Accepted"
        assert answer.interval == services.settings.heartbeat_interval
        assert (await station.heartbeat()).current_time
    flushed(services)
    row = ChargePoint.get_by_id("CS-ACC")
    assert row.protocol == OCPPVersion.OCPP20
    assert row.registration_status == RegistrationStatus.ACCEPTED
    assert (row.vendor, row.model, row.serial_number, row.firmware_version) == (
        "TestVendor", "TestModel", "SN-9", "1.2.3")
    assert (row.iccid, row.imsi) == ("8966", "5201")
    assert row.last_heartbeat is not None and row.last_boot is not None
    assert _log("CS-ACC") == [
        ("INBOUND", "CALL", "BootNotification"), ("OUTBOUND", "CALLRESULT", "BootNotification"),
        ("INBOUND", "CALL", "Heartbeat"), ("OUTBOUND", "CALLRESULT", "Heartbeat")]


async def test_boot_policy_reject_answers_rejected_and_creates_no_row(services, url):
    services.apply_settings(unknown_charger_policy="reject")
    async with connect201(url, "CS-REJ") as station:
        answer = await station.boot()
        assert answer.status == "Rejected"
        assert answer.status_info["reason_code"] == "Rejected"
        with pytest.raises(SecurityError):
            await station.status(1, "Available")
    assert ChargePoint.get_or_none(ChargePoint.id == "CS-REJ") is None
    flushed(services)
    assert _log("CS-REJ")[-1] == ("OUTBOUND", "CALLERROR", "StatusNotification")
    error = OCPPMessage.select().where((OCPPMessage.charge_point_id == "CS-REJ")
                                       & (OCPPMessage.action == "StatusNotification")
                                       & (OCPPMessage.direction == MessageDirection.OUTBOUND)
                                       ).get()
    assert error.error_code == "SecurityError"


async def test_boot_policy_pending_then_operator_accepts(services, server, url):
    services.apply_settings(unknown_charger_policy="pending")
    async with connect201(url, "CS-PEND") as station:
        answer = await station.boot()
        assert answer.status == "Pending"
        assert answer.interval == 30
        assert ChargePoint.get_by_id("CS-PEND").registration_status == \
            RegistrationStatus.PENDING
        assert Notification.select().where(
            (Notification.charge_point_id == "CS-PEND")
            & (Notification.type == NotificationType.GENERAL)).count() == 1
        with pytest.raises(SecurityError):
            await station.status(1, "Available")

        result = await Commands(server).accept_charger("CS-PEND")
        assert result.outcome == Outcome.ACCEPTED
        assert station.calls("TriggerMessage") == [{"requestedMessage": "BootNotification"}]
        await station.wait_until(lambda: station.sent_after)
        action, reboot = station.sent_after[0]
        assert (action, reboot.status) == ("BootNotification", "Accepted")
        assert ChargePoint.get_by_id("CS-PEND").registration_status == \
            RegistrationStatus.ACCEPTED
        await station.status(1, "Available")
    assert Connector.get(Connector.charge_point == "CS-PEND").status == ConnectorStatus.AVAILABLE


async def test_status_notification_maps_evse_and_connectors(services, url):
    async with booted(url, "CS-EVSE", evses=2) as station:
        t0 = datetime.now(UTC) + timedelta(seconds=1)
        # EVSE 2 has two connectors: while connector 2 is in use, connector 1 is Unavailable.
        await station.status(2, "Occupied", connector=2, at=t0)
        await station.status(2, "Unavailable", connector=1, at=t0 + timedelta(seconds=1))
        await station.status(1, "Faulted", at=t0)
        await station.status(0, "Unavailable", connector=0, at=t0)  # the station itself
        # A status older than the stored one is logged only.
        await station.status(1, "Available", at=t0 - timedelta(hours=1))
    rows = {c.connector_id: c for c in Connector.select().where(
        Connector.charge_point == "CS-EVSE")}
    assert set(rows) == {1, 2}
    assert (rows[2].status, rows[2].ocpp_status, rows[2].ocpp_connector_id) == (
        ConnectorStatus.OCCUPIED, "Occupied", 2)
    assert (rows[1].status, rows[1].ocpp_status) == (ConnectorStatus.FAULTED, "Faulted")
    cp = ChargePoint.get_by_id("CS-EVSE")
    assert (cp.status, cp.ocpp_status, cp.connector_count) == (
        ChargePointStatus.UNAVAILABLE, "Unavailable", 2)
    assert Notification.select().where(
        (Notification.charge_point_id == "CS-EVSE")
        & Notification.title.contains("faulted")).count() == 1


async def test_accepted_station_reconnects_without_boot(services, url):
    async with booted(url, "CS-BACK"):
        pass
    await eventually(lambda: not ChargePoint.get_by_id("CS-BACK").connected)
    async with connect201(url, "CS-BACK") as station:
        assert (await station.heartbeat()).current_time
        await station.status(1, "Occupied")
    assert ChargePoint.get_by_id("CS-BACK").protocol == OCPPVersion.OCPP20
    assert Connector.get(Connector.charge_point == "CS-BACK").status == ConnectorStatus.OCCUPIED
