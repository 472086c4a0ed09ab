"""The same driver services against an OCPP 2.0.1 station (``tests/chargers201.py``): the
neutral commands become ReserveNow / SendLocalList / SetChargingProfile 2.0.1 frames."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest
from chargers201 import booted

from csms_desktop.domain.enums import ReservationStatus
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.protocol.commands import Commands
from csms_desktop.services.driver_services import DriverServices, install
from csms_desktop.services.drivers import DriverInput, TagInput
from csms_desktop.services.profiles import ProfileDraft
from csms_desktop.store.models import ChargePoint, Reservation


@pytest.fixture
def bundle(server, services) -> DriverServices:  # type: ignore[no-untyped-def]
    b = install(services, Commands(server))
    b.local_lists.debounce_s = 30.0
    b.local_lists.boot_delay_s = 0.05
    yield b
    b.close()


async def test_local_list_reservation_and_profile_on_201(bundle, url) -> None:  # type: ignore[no-untyped-def]
    user = bundle.drivers.register(DriverInput("0812345678", "Ana"))
    bundle.drivers.add_tag(TagInput("TAG-201", user.id))
    async with booted(url, "CS201") as st:
        for _ in range(100):  # the boot sync
            if st.calls("SendLocalList"):
                break
            await asyncio.sleep(0.02)
        sent = st.calls("SendLocalList")[0]
        assert sent["updateType"] == "Full" and sent["versionNumber"] == 1
        assert sent["localAuthorizationList"][0]["idToken"]["idToken"] == "TAG-201"
        for _ in range(100):
            if ChargePoint.get_by_id("CS201").local_list_version == 1:
                break
            await asyncio.sleep(0.02)
        assert ChargePoint.get_by_id("CS201").local_list_version == 1

        now = utcnow()
        res = bundle.reservations.create(user.id, "CS201", 1, now, now + timedelta(hours=1))
        await bundle.reservations.tick()
        call = st.calls("ReserveNow")[0]
        assert call["idToken"]["idToken"] == "TAG-201" and call["evseId"] == 1
        row = Reservation.get_by_id(res.id)
        assert call["id"] == row.ocpp_reservation_id and row.sent_status == "Accepted"
        await bundle.reservations.cancel(res.id)
        assert st.calls("CancelReservation")[0]["reservationId"] == row.ocpp_reservation_id
        assert Reservation.get_by_id(res.id).status == ReservationStatus.CANCELED

        prof = bundle.profiles.save(ProfileDraft("Eco", "kW", ((0, 7.4),)))
        result = await bundle.profiles.push(prof.id, "CS201", 1, "TxDefaultProfile")
        assert result.ok, result
        sent_profile = st.calls("SetChargingProfile")[0]
        assert sent_profile["evseId"] == 1
        schedule = sent_profile["chargingProfile"]["chargingSchedule"][0]
        assert schedule["chargingRateUnit"] == "W"
        assert schedule["chargingSchedulePeriod"][0]["limit"] == 7400.0
