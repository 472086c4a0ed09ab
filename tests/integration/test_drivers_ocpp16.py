"""Drivers, local lists, reservations and charging profiles against a real OCPP 1.6
charger (the ``ocpp`` library's ChargePoint over websockets): the charger receives
ReserveNow / CancelReservation / SendLocalList / SetChargingProfile /
GetCompositeSchedule and the database follows."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from chargers16 import connect16, iso

from csms_desktop.domain.enums import ConnectorStatus, ReservationStatus
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.protocol.commands import Commands
from csms_desktop.services.driver_services import DriverServices, install
from csms_desktop.services.drivers import DriverInput, TagInput
from csms_desktop.services.profiles import ProfileDraft
from csms_desktop.services.reservations import run_reservation_scheduler
from csms_desktop.store.models import ChargePoint, Connector, Reservation, Transaction


@pytest.fixture
def bundle(server, services) -> DriverServices:  # type: ignore[no-untyped-def]
    b = install(services, Commands(server))
    b.local_lists.debounce_s = 30.0  # tests sync explicitly unless they say otherwise
    b.local_lists.boot_delay_s = 0.05
    yield b
    b.close()


def driver_with_tag(b: DriverServices, tag: str = "TAG-1", phone: str = "0812345678"):  # type: ignore[no-untyped-def]
    user = b.drivers.register(DriverInput(phone, "Ana"))
    b.drivers.add_tag(TagInput(tag, user.id, parent_id_tag="FLEET"))
    return user


async def wait_until(cond, timeout: float = 3.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not cond():
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError("condition not met in time")
        await asyncio.sleep(0.02)


async def test_reserve_now_then_used_by_the_driver(bundle, cp) -> None:  # type: ignore[no-untyped-def]
    user = driver_with_tag(bundle)
    now = utcnow()
    res = bundle.reservations.create(user.id, "CP001", 1, now + timedelta(minutes=5),
                                     now + timedelta(hours=1))
    report = await bundle.reservations.tick()
    assert report.sent == (res.id,)
    payload = await cp.wait_for_call("ReserveNow")
    row = Reservation.get_by_id(res.id)
    assert payload["connectorId"] == 1 and payload["idTag"] == "TAG-1"
    assert payload["parentIdTag"] == "FLEET"
    assert payload["reservationId"] == row.ocpp_reservation_id
    assert payload["expiryDate"] == iso(row.end_time)
    assert row.sent_status == "Accepted"
    conn = Connector.get((Connector.charge_point == "CP001") & (Connector.connector_id == 1))
    assert conn.status == ConnectorStatus.RESERVED
    await cp.status(1, "Reserved")
    answer = await cp.start_tx(1, "TAG-1", 1000, reservation_id=row.ocpp_reservation_id)
    assert answer.id_tag_info["status"] == "Accepted"
    assert Reservation.get_by_id(res.id).status == ReservationStatus.COMPLETED
    tx = Transaction.get(Transaction.transaction_id == str(answer.transaction_id))
    assert tx.reservation_id == res.id and tx.user_id == user.id


async def test_cancel_reservation_reaches_the_charger(bundle, cp) -> None:  # type: ignore[no-untyped-def]
    user = driver_with_tag(bundle)
    now = utcnow()
    res = bundle.reservations.create(user.id, "CP001", None, now, now + timedelta(hours=1))
    await bundle.reservations.tick()
    sent = await cp.wait_for_call("ReserveNow")
    assert sent["connectorId"] == 0  # the whole charger
    text = await bundle.reservations.cancel(res.id)
    payload = await cp.wait_for_call("CancelReservation")
    assert payload == {"reservationId": sent["reservationId"]}
    assert "Accepted" in text
    assert Reservation.get_by_id(res.id).status == ReservationStatus.CANCELED


async def test_refused_reservation_keeps_the_chargers_answer(bundle, cp) -> None:  # type: ignore[no-untyped-def]
    cp.modes["ReserveNow"] = "reject"
    user = driver_with_tag(bundle)
    now = utcnow()
    res = bundle.reservations.create(user.id, "CP001", 1, now, now + timedelta(hours=1))
    await bundle.reservations.tick()
    assert Reservation.get_by_id(res.id).sent_status == "Rejected"
    assert Connector.get(Connector.connector_id == 1).status == ConnectorStatus.AVAILABLE


async def test_scheduler_coroutine_sends_and_expires(bundle, cp, services, server) -> None:  # type: ignore[no-untyped-def]
    user = driver_with_tag(bundle)
    now = utcnow()
    res = bundle.reservations.create(user.id, "CP001", 1, now, now + timedelta(seconds=1))
    scheduled = install(services, Commands(server)).reservations
    task = asyncio.ensure_future(run_reservation_scheduler(scheduled, interval=0.2))
    try:
        await cp.wait_for_call("ReserveNow")
        await wait_until(lambda: Reservation.get_by_id(res.id).status
                         == ReservationStatus.EXPIRED)
    finally:
        task.cancel()


async def test_local_list_full_then_differential(bundle, cp) -> None:  # type: ignore[no-untyped-def]
    user = driver_with_tag(bundle)
    t2 = bundle.drivers.add_tag(TagInput("TAG-2", user.id))
    result = await bundle.local_lists.sync("CP001")
    assert result.ok and result.full and result.version == 1
    payload = cp.calls("SendLocalList")[-1]
    assert payload["updateType"] == "Full" and payload["listVersion"] == 1
    assert payload["localAuthorizationList"] == [
        {"idTag": "TAG-1", "idTagInfo": {"status": "Accepted", "parentIdTag": "FLEET"}},
        {"idTag": "TAG-2", "idTagInfo": {"status": "Accepted"}}]
    assert cp.local_list_version == 1
    bundle.drivers.remove_tag(t2.id)
    bundle.drivers.add_tag(TagInput("TAG-3", user.id))
    result = await bundle.local_lists.sync("CP001")
    assert result.ok and not result.full and result.version == 2
    payload = cp.calls("SendLocalList")[-1]
    assert payload["updateType"] == "Differential" and payload["listVersion"] == 2
    assert payload["localAuthorizationList"] == [
        {"idTag": "TAG-3", "idTagInfo": {"status": "Accepted"}}, {"idTag": "TAG-2"}]
    assert cp.local_list_version == 2
    assert ChargePoint.get_by_id("CP001").local_list_version == 2


async def test_blocking_a_driver_pushes_blocked_entries_at_once(bundle, cp) -> None:  # type: ignore[no-untyped-def]
    user = driver_with_tag(bundle)
    await bundle.local_lists.sync("CP001")
    n = len(cp.calls("SendLocalList"))
    bundle.drivers.block(user.id)
    await wait_until(lambda: len(cp.calls("SendLocalList")) > n)
    payload = cp.calls("SendLocalList")[-1]
    assert payload["updateType"] == "Differential"
    assert payload["localAuthorizationList"] == [
        {"idTag": "TAG-1", "idTagInfo": {"status": "Blocked", "parentIdTag": "FLEET"}}]
    answer = await cp.authorize("TAG-1")
    assert answer.id_tag_info["status"] == "Blocked"


async def test_a_booting_charger_gets_its_list(bundle, url) -> None:  # type: ignore[no-untyped-def]
    driver_with_tag(bundle)
    async with connect16(url, "CP-NEW") as charger:
        await charger.boot()
        payload = await charger.wait_for_call("SendLocalList", timeout=3)
        assert payload["updateType"] == "Full"
        await wait_until(lambda: ChargePoint.get_by_id("CP-NEW").local_list_version == 1)
        # It boots again with its list lost: the version check finds out, a full list follows.
        charger.local_list_version = 0
        charger.received.clear()
        await charger.boot()
        await charger.wait_for_call("GetLocalListVersion", timeout=3)
        payload = await charger.wait_for_call("SendLocalList", timeout=3)
        assert payload["updateType"] == "Full" and payload["listVersion"] == 2


async def test_charging_profile_push_composite_and_clear(bundle, cp) -> None:  # type: ignore[no-untyped-def]
    ChargePoint.update(max_power=22.0).where(ChargePoint.id == "CP001").execute()
    row = bundle.profiles.save(ProfileDraft("Eco", "kW", ((0, 11.0), (1800, 7.4)),
                                            stack_level=2, kind="Relative"))
    res = await bundle.profiles.push(row.id, "CP001", 1, "TxDefaultProfile")
    assert res.ok, res
    payload = await cp.wait_for_call("SetChargingProfile")
    prof = payload["csChargingProfiles"]
    assert payload["connectorId"] == 1
    assert prof["chargingProfilePurpose"] == "TxDefaultProfile" and prof["stackLevel"] == 2
    assert prof["chargingSchedule"]["chargingRateUnit"] == "W"
    assert prof["chargingSchedule"]["chargingSchedulePeriod"] == [
        {"startPeriod": 0, "limit": 11000.0}, {"startPeriod": 1800, "limit": 7400.0}]
    assert [p.name for p in bundle.profiles.installed("CP001")] == ["Eco"]
    comp = await bundle.profiles.composite("CP001", 1, 3600, "A")
    assert (await cp.wait_for_call("GetCompositeSchedule")) == {
        "connectorId": 1, "duration": 3600, "chargingRateUnit": "A"}
    assert comp.ok and comp.periods == ((0, 16.0), (600, 10.5)) and comp.unit == "A"
    res = await bundle.profiles.clear("CP001", profile_id=row.id)
    assert res.ok
    assert (await cp.wait_for_call("ClearChargingProfile")) == {"id": prof["chargingProfileId"]}
    assert bundle.profiles.installed("CP001") == []
    cp.modes["SetChargingProfile"] = "reject"
    res = await bundle.profiles.push(row.id, "CP001", 1)
    assert not res.ok and res.status == "Rejected"
    assert bundle.profiles.installed("CP001") == []
