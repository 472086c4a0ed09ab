"""CSV import/export of drivers, vehicles and tags: all or nothing, row-by-row report."""

from __future__ import annotations

import io

import pytest
from driver_fakes import make_charger

from csms_desktop.domain.enums import UserStatus
from csms_desktop.services.csv_io import export_csv, export_text, import_csv, read_rows
from csms_desktop.services.drivers import DriverInput, DriversChanged, DriverService
from csms_desktop.store.models import Client, IdTag, IdTagChargePoint, User, UserVehicle


@pytest.fixture
def drivers(services):  # type: ignore[no-untyped-def]
    svc = DriverService(services)
    yield svc
    svc.close()


GOOD = """phone_number,name,email,status
081 234 5678,Somchai,somchai@example.co.th,ACTIVE
089-999-0000,สมหญิง,,
"""


def test_import_drivers_normalises_and_reports(drivers) -> None:  # type: ignore[no-untyped-def]
    events: list[DriversChanged] = []
    drivers.hub.subscribe(DriversChanged, events.append)
    rep = import_csv("drivers", GOOD, drivers)
    assert rep.ok and rep.written and (rep.created, rep.updated) == (2, 0)
    assert {u.phone_number for u in User.select()} == {"+66812345678", "+66899990000"}
    assert User.get(User.phone_number == "+66899990000").name == "สมหญิง"
    assert events
    rep = import_csv("drivers", "phone_number,status\n+66812345678,BLOCKED\n", drivers)
    assert (rep.created, rep.updated) == (0, 1)
    u = User.get(User.phone_number == "+66812345678")
    assert u.status == UserStatus.BLOCKED and u.name == "Somchai"  # absent columns kept


def test_one_bad_row_means_nothing_is_written(drivers) -> None:  # type: ignore[no-untyped-def]
    text = ("phone_number;name;email;status\n"
            "081 234 5678;A;a@b.co;ACTIVE\n"
            "12;B;;\n"
            "0899990000;C;nope;WHATEVER\n"
            "+66 81 234 5678;Dup;;\n")
    rep = import_csv("drivers", text, drivers)
    assert not rep.ok and not rep.written
    assert User.select().count() == 0
    assert [(p.line, sorted(p.errors)) for p in rep.problems] == [
        (3, ["phone_number"]), (4, ["email", "status"]), (5, ["phone_number"])]
    assert "appears twice in the file (line 2 too)" in rep.problems[2].errors["phone_number"]
    assert rep.summary() == "drivers: nothing imported; 3 of 4 row(s) rejected"
    assert str(rep.problems[0]).startswith("line 3 (12): phone_number:")


def test_header_problems(drivers) -> None:  # type: ignore[no-untyped-def]
    rep = import_csv("drivers", "name,colour\nA,red\n", drivers)
    assert rep.problems[0].line == 1
    assert set(rep.problems[0].errors) == {"header", "columns"}
    assert not import_csv("tags", "", drivers).ok


def test_vehicles_need_known_owner_and_unique_plate(drivers) -> None:  # type: ignore[no-untyped-def]
    a = drivers.register(DriverInput("0812345678", "A"))
    drivers.register(DriverInput("0899990000", "B"))
    ok = "license_plate,phone_number,make,model,type\n1กข 1234,081 234 5678,BYD,Dolphin,\n"
    rep = import_csv("vehicles", ok, drivers)
    assert rep.ok and UserVehicle.get().license_plate == "1กข1234"
    bad = ("license_plate,phone_number,make,model,type\n"
           "1กข-1234,0899990000,,,\n"    # someone else's car
           "ZZZ 1,0800000001,,,\n"       # unknown owner
           "ZZZ 2,0812345678,,,TRUCK\n")  # bad type
    rep = import_csv("vehicles", bad, drivers)
    assert [sorted(p.errors) for p in rep.problems] == [
        ["license_plate"], ["phone_number"], ["type"]]
    assert UserVehicle.select().count() == 1
    assert UserVehicle.get().user_id == a.id


def test_tags_import_with_expiry_group_and_chargers(drivers) -> None:  # type: ignore[no-untyped-def]
    make_charger("CP1")
    make_charger("CP2")
    drivers.register(DriverInput("0812345678", "A"))
    text = ("id_tag,phone_number,status,expiry_date,parent_id_tag,allowed_charge_points\n"
            "AA11,0812345678,ACCEPTED,2030-12-31,FLEET,CP1 CP2\n"
            "BB22,,BLOCKED,2030-06-01T12:00:00Z,,\n")
    rep = import_csv("tags", text, drivers)
    assert rep.ok, rep.lines()
    t = IdTag.get(IdTag.id_tag == "AA11")
    assert t.user.phone_number == "+66812345678" and t.restricted
    assert t.expiry_date.isoformat() == "2030-12-31T16:59:59+00:00"  # end of day, Bangkok
    assert sorted(x.charge_point_id for x in IdTagChargePoint.select()) == ["CP1", "CP2"]
    bad = ("id_tag,phone_number,expiry_date,allowed_charge_points\n"
           "cc33,,tomorrow,CP9\n"
           "aa11,,,\n"          # exists (case-insensitive): an update, fine
           "CC33,,,\n")         # duplicate in the file
    rep = import_csv("tags", bad, drivers)
    assert [(p.line, sorted(p.errors)) for p in rep.problems] == [
        (2, ["allowed_charge_points", "expiry_date"]), (4, ["id_tag"])]
    assert IdTag.select().count() == 2


def test_export_round_trips(drivers) -> None:  # type: ignore[no-untyped-def]
    make_charger("CP1")
    c = Client.create(full_name="Frota Ltda", street="R", number="1", neighborhood="N",
                      zip_code="0", city="SP", state="SP", tax_id="1", client_number="C-9")
    a = drivers.register(DriverInput("0812345678", "Ana", "ana@x.co", client_id=c.id))
    from csms_desktop.services.drivers import TagInput, VehicleInput

    drivers.add_vehicle(a.id, VehicleInput("ABC 123", "VW", "ID.4"))
    drivers.add_tag(TagInput("T1", a.id, allowed_charge_points=("CP1",)))
    buf = io.StringIO()
    assert export_csv("drivers", buf) == 1
    assert buf.getvalue().startswith("\ufeffphone_number,name,email,status,client_number\r\n")
    assert "+66812345678,Ana,ana@x.co,ACTIVE,C-9" in buf.getvalue()
    texts = {k: export_text(k) for k in ("drivers", "vehicles", "tags")}
    assert "ABC123,+66812345678,VW,ID.4,ELECTRIC" in texts["vehicles"]
    assert "T1,+66812345678,ACCEPTED,,,CP1," in texts["tags"]
    for kind, text in texts.items():
        rep = import_csv(kind, text, drivers)
        assert rep.ok and rep.created == 0 and rep.updated == 1, (kind, rep.lines())
    assert User.get_by_id(a.id).client_id == c.id


def test_read_rows_sniffs_separator_and_bom() -> None:
    header, rows = read_rows("\ufeffa;b\n1;2\n\n3;4\n")
    assert header == ["a", "b"] and [r for _, r in rows] == [{"a": "1", "b": "2"},
                                                               {"a": "3", "b": "4"}]
    assert [line for line, _ in rows] == [2, 4]
