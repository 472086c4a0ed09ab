"""Drivers, vehicles and tags: every rule of services/drivers.py."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from driver_fakes import make_charger

from csms_desktop.domain.enums import IdTagStatus, TransactionStatus, UserStatus
from csms_desktop.services.drivers import (
    DriverInput,
    DriversChanged,
    DriverService,
    TagInput,
    VehicleInput,
    phone_search_digits,
)
from csms_desktop.services.events import UnknownTagSeen
from csms_desktop.services.validation import FieldError, ValidationError
from csms_desktop.store.models import Connector, IdTag, IdTagChargePoint, Transaction, User


@pytest.fixture
def drivers(services):  # type: ignore[no-untyped-def]
    svc = DriverService(services)
    yield svc
    svc.close()


def br(services):  # type: ignore[no-untyped-def]
    services.apply_settings(default_country="BR")


def test_thai_number_typed_locally_is_stored_e164(drivers) -> None:  # type: ignore[no-untyped-def]
    user = drivers.register(DriverInput("081 234 5678", "Somchai"))
    assert user.phone_number == "+66812345678"
    assert User.get_by_id(user.id).phone_number == "+66812345678"


def test_brazilian_number_typed_locally(services, drivers) -> None:  # type: ignore[no-untyped-def]
    br(services)
    user = drivers.register(DriverInput("(11) 91234-5678", "Maria"))
    assert user.phone_number == "+5511912345678"


def test_duplicate_phone_typed_differently_is_refused(drivers) -> None:  # type: ignore[no-untyped-def]
    drivers.register(DriverInput("081 234 5678", "Somchai"))
    with pytest.raises(FieldError) as exc:
        drivers.register(DriverInput("+66 81-234-5678", "Other"))
    assert exc.value.field == "phone"
    assert "already registered to Somchai" in exc.value.message
    assert User.select().count() == 1


@pytest.mark.parametrize("phone", ["", "12", "081 234", "abc"])
def test_invalid_phone(drivers, phone) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as exc:
        drivers.register(DriverInput(phone))
    assert "phone" in exc.value.errors
    assert User.select().count() == 0


def test_invalid_email_and_status_reported_together(drivers) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValidationError) as exc:
        drivers.register(DriverInput("0812345678", "X", "not-an-email", "SLEEPING"))
    assert set(exc.value.errors) == {"email", "status"}


def test_update_keeps_own_phone_and_checks_client(drivers) -> None:  # type: ignore[no-untyped-def]
    u = drivers.register(DriverInput("0812345678", "A"))
    drivers.update(u.id, DriverInput("081-234-5678", "A B", "a@b.co"))
    assert User.get_by_id(u.id).name == "A B"
    with pytest.raises(FieldError) as exc:
        drivers.update(u.id, DriverInput("0812345678", "A", client_id="nope"))
    assert exc.value.field == "client"


def test_search_by_partial_phone_name_plate_and_tag(services, drivers) -> None:  # type: ignore[no-untyped-def]
    a = drivers.register(DriverInput("081 234 5678", "Somchai Jaidee"))
    b = drivers.register(DriverInput("089 999 0000", "Ana Souza"))
    drivers.add_vehicle(b.id, VehicleInput("1กข 1234", "BYD", "Atto 3"))
    drivers.add_tag(TagInput("04A1B2C3", a.id))

    def ids(text: str) -> set[str]:
        return {r.id for r in drivers.search(text)}

    assert ids("081 234") == {a.id}
    assert ids("0812") == {a.id}
    assert ids("+66 89") == {b.id}
    assert ids("somchai") == {a.id}
    assert ids("1กข-12") == {b.id}
    assert ids("04a1") == {a.id}
    assert ids("") == {a.id, b.id}
    row = drivers.get(b.id)
    assert row.plates == ("1กข1234",) and row.tags == ()


def test_search_brazilian_partial(services, drivers) -> None:  # type: ignore[no-untyped-def]
    br(services)
    u = drivers.register(DriverInput("(11) 91234-5678", "Maria"))
    assert [r.id for r in drivers.search("(11) 91234")] == [u.id]
    assert phone_search_digits("(11) 91234") == ("1191234", False)


def test_blocking_a_driver_refuses_their_tags_at_once(services, drivers) -> None:  # type: ignore[no-untyped-def]
    make_charger()
    events: list[DriversChanged] = []
    services.hub.subscribe(DriversChanged, events.append)
    u = drivers.register(DriverInput("0812345678", "A"))
    drivers.add_tag(TagInput("TAG1", u.id))
    assert services.authorizer.authorize("CP1", "TAG1").status == "Accepted"
    drivers.block(u.id)
    assert services.authorizer.authorize("CP1", "TAG1").status == "Blocked"
    assert events[-1].urgent and events[-1].user_id == u.id
    assert IdTag.get(IdTag.id_tag == "TAG1").status == IdTagStatus.ACCEPTED  # kept for unblock
    drivers.unblock(u.id)
    assert services.authorizer.authorize("CP1", "TAG1").status == "Accepted"


def test_plates_are_unique_once_normalised(drivers) -> None:  # type: ignore[no-untyped-def]
    a = drivers.register(DriverInput("0812345678", "A"))
    b = drivers.register(DriverInput("0899990000", "B"))
    v = drivers.add_vehicle(a.id, VehicleInput("abc-1d23", "VW", "ID.4", "electric"))
    assert v.license_plate == "ABC1D23"
    with pytest.raises(FieldError) as exc:
        drivers.add_vehicle(b.id, VehicleInput("ABC 1D23"))
    assert exc.value.field == "license_plate" and "registered to A" in exc.value.message
    drivers.add_vehicle(a.id, VehicleInput("XYZ 9999", type="PLUGIN_HYBRID"))
    assert [r.license_plate for r in drivers.vehicles(a.id)] == ["ABC1D23", "XYZ9999"]
    drivers.update_vehicle(v.id, VehicleInput("abc1d23", "Volkswagen", "ID.4"))  # itself: fine
    with pytest.raises(ValidationError) as exc2:
        drivers.add_vehicle(a.id, VehicleInput(" - ", type="DIESEL"))
    assert set(exc2.value.errors) == {"license_plate", "type"}


def test_link_transaction_to_vehicle_afterwards(drivers) -> None:  # type: ignore[no-untyped-def]
    make_charger()
    a = drivers.register(DriverInput("0812345678", "A"))
    b = drivers.register(DriverInput("0899990000", "B"))
    va = drivers.add_vehicle(a.id, VehicleInput("AAA111"))
    vb = drivers.add_vehicle(b.id, VehicleInput("BBB222"))
    conn = Connector.get(Connector.connector_id == 1)
    now = datetime.now(UTC)
    tx = Transaction.create(transaction_id="7", user=a.id, charge_point="CP1", connector=conn,
                            start_time=now, total_energy=12.5,
                            status=TransactionStatus.COMPLETED, end_time=now)
    drivers.set_transaction_vehicle("7", va.id)
    assert Transaction.get_by_id(tx.id).vehicle_id == va.id
    with pytest.raises(FieldError):
        drivers.set_transaction_vehicle(tx.id, vb.id)
    anon = Transaction.create(transaction_id="8", charge_point="CP1", connector=conn,
                              start_time=now)
    drivers.set_transaction_vehicle("8", vb.id)
    assert Transaction.get_by_id(anon.id).user_id == b.id  # the owner becomes the driver
    hist = drivers.history(a.id)
    assert hist.count == 1 and hist.energy_kwh == 12.5
    assert hist.rows[0].vehicle_plate == "AAA111"


def test_tags_unique_case_insensitive_with_group_and_chargers(services, drivers) -> None:  # type: ignore[no-untyped-def]
    make_charger("CP1")
    make_charger("CP2")
    u = drivers.register(DriverInput("0812345678", "A"))
    t = drivers.add_tag(TagInput("abc123", u.id, parent_id_tag="FLEET-1",
                                 allowed_charge_points=("CP1",),
                                 expiry_date=datetime.now(UTC) + timedelta(days=30)))
    assert t.restricted
    assert [x.charge_point_id for x in IdTagChargePoint.select()] == ["CP1"]
    with pytest.raises(FieldError) as exc:
        drivers.add_tag(TagInput("ABC123"))
    assert exc.value.field == "id_tag"
    assert services.authorizer.authorize("CP1", "abc123").status == "Accepted"
    assert services.authorizer.authorize("CP2", "abc123").status == "Invalid"
    with pytest.raises(ValidationError) as exc2:
        drivers.add_tag(TagInput("X1", parent_id_tag="x1", allowed_charge_points=("CPX",)))
    assert set(exc2.value.errors) == {"parent_id_tag", "allowed_charge_points"}
    drivers.update_tag(t.id, TagInput("abc123", u.id, status="BLOCKED"))
    row = drivers.tags(u.id)[0]
    assert row.status == "BLOCKED" and row.allowed_charge_points == ()
    drivers.remove_tag(t.id)
    assert drivers.tags() == []


def test_delete_refused_when_driver_has_history(drivers) -> None:  # type: ignore[no-untyped-def]
    make_charger()
    u = drivers.register(DriverInput("0812345678", "A"))
    Transaction.create(transaction_id="1", user=u.id, charge_point="CP1",
                       connector=Connector.get(Connector.connector_id == 1),
                       start_time=datetime.now(UTC))
    with pytest.raises(FieldError):
        drivers.delete(u.id)
    v = drivers.register(DriverInput("0899990000", "B"))
    drivers.add_tag(TagInput("T-B", v.id))
    drivers.delete(v.id)
    assert User.get_or_none(User.id == v.id) is None
    assert IdTag.select().count() == 0
    assert drivers.set_status(u.id, "expired").status == UserStatus.EXPIRED


async def test_next_presented_unknown_card_is_offered(services, drivers) -> None:  # type: ignore[no-untyped-def]
    make_charger()
    waiter = asyncio.ensure_future(drivers.wait_for_unknown_tag(timeout=2))
    await asyncio.sleep(0)
    assert services.authorizer.authorize("CP1", "NEWCARD1").status == "Invalid"
    seen = await waiter
    assert (seen.charge_point_id, seen.id_tag) == ("CP1", "NEWCARD1")
    assert drivers.next_unknown_tag().id_tag == "NEWCARD1"
    drivers.add_tag(TagInput("NEWCARD1"))
    assert drivers.next_unknown_tag() is None
    services.hub.publish(UnknownTagSeen("CP1", "OTHER"))
    assert drivers.next_unknown_tag().id_tag == "OTHER"
    with pytest.raises(TimeoutError):
        await drivers.wait_for_unknown_tag(timeout=0.05)
