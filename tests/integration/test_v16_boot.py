"""OCPP 1.6J BootNotification under each unknown-charger policy, and admission."""

from __future__ import annotations

import pytest
from chargers16 import connect16
from helpers16 import connected, eventually, logged, shape
from ocpp.exceptions import SecurityError

from csms_desktop.domain.enums import NotificationType, OCPPVersion, RegistrationStatus
from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.store.models import ChargePoint, Notification


async def test_boot_policy_reject_answers_rejected_and_creates_no_row(services, url):
    services.apply_settings(unknown_charger_policy="reject")
    async with connect16(url, "CP-REJ") as charger:
        answer = await charger.boot()
        assert answer.status == "Rejected"
        assert answer.interval > 0
        # A rejected charger is not served until it is accepted.
        with pytest.raises(SecurityError):
            await charger.heartbeat()
    assert ChargePoint.get_or_none(ChargePoint.id == "CP-REJ") is None
    rows = logged(services, "CP-REJ")
    assert shape(rows) == [
        ("INBOUND", "CALL", "BootNotification"),
        ("OUTBOUND", "CALLRESULT", "BootNotification"),
        ("INBOUND", "CALL", "Heartbeat"),
        ("OUTBOUND", "CALLERROR", "Heartbeat"),
    ]
    assert rows[1].payload["status"] == "Rejected"
    assert rows[3].error_code == "SecurityError"


async def test_boot_policy_pending_then_operator_accepts(services, server, url):
    services.apply_settings(unknown_charger_policy="pending")
    async with connect16(url, "CP-PEND") as charger:
        answer = await charger.boot(vendor="Acme", model="Volt 22",
                                    charge_point_serial_number="SN-1")
        assert answer.status == "Pending"
        row = ChargePoint.get_by_id("CP-PEND")
        assert row.registration_status == RegistrationStatus.PENDING
        assert (row.vendor, row.model, row.serial_number) == ("Acme", "Volt 22", "SN-1")
        assert row.connected is True
        assert Notification.select().where(
            (Notification.charge_point_id == "CP-PEND")
            & (Notification.type == NotificationType.GENERAL)).count() == 1
        with pytest.raises(SecurityError):
            await charger.heartbeat()

        result = await Commands(server).accept_charger("CP-PEND")
        assert result.outcome == Outcome.ACCEPTED
        assert await charger.wait_for_call("TriggerMessage") == {
            "requestedMessage": "BootNotification"}
        reboot = await charger.wait_for_trigger("BootNotification")
        assert reboot.status == "Accepted"
        assert reboot.interval == services.settings.heartbeat_interval
        assert ChargePoint.get_by_id("CP-PEND").registration_status == RegistrationStatus.ACCEPTED
        assert (await charger.heartbeat()).current_time
    actions = [r.action for r in logged(services, "CP-PEND", "BootNotification")]
    assert actions == ["BootNotification"] * 4
    statuses = [r.payload.get("status") for r in logged(services, "CP-PEND", "BootNotification")
                if r.kind.value == "CALLRESULT"]
    assert statuses == ["Pending", "Accepted"]


async def test_boot_policy_accept_creates_an_accepted_row(services, url):
    services.apply_settings(unknown_charger_policy="accept")
    async with connect16(url, "CP-ACC") as charger:
        answer = await charger.boot(vendor="Acme", model="Volt 22", firmware_version="1.2.3",
                                    charge_point_serial_number="SN-9", iccid="8966",
                                    meter_type="M1")
        assert answer.status == "Accepted"
        assert answer.interval == 60
        row = ChargePoint.get_by_id("CP-ACC")
        assert row.registration_status == RegistrationStatus.ACCEPTED
        assert row.protocol == OCPPVersion.OCPP16
        assert (row.vendor, row.firmware_version, row.iccid, row.meter_type) == (
            "Acme", "1.2.3", "8966", "M1")
        assert row.connected is True and row.last_boot is not None
        await charger.heartbeat()
    await eventually(lambda: not connected("CP-ACC"))  # the charger went away
    services.writer.flush()
    assert ChargePoint.get_by_id("CP-ACC").last_heartbeat is not None


async def test_known_charger_rejected_by_operator_is_told_so(services, url):
    ChargePoint.create(id="CP-BAN", name="banned", registration_status="REJECTED")
    async with connect16(url, "CP-BAN") as charger:
        assert (await charger.boot()).status == "Rejected"
        with pytest.raises(SecurityError):
            await charger.status(1, "Available")
    assert ChargePoint.get_by_id("CP-BAN").registration_status == RegistrationStatus.REJECTED


async def test_known_charger_is_accepted_whatever_the_policy(services, url):
    services.apply_settings(unknown_charger_policy="reject")
    ChargePoint.create(id="CP-KNOWN", name="known")
    async with connect16(url, "CP-KNOWN") as charger:
        assert (await charger.boot()).status == "Accepted"
    assert ChargePoint.get_by_id("CP-KNOWN").vendor == "TestVendor"
