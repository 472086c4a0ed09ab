"""Drivers, vehicles, tags and their CSV import through the API: the Drivers page's
services, so the same checks and the same messages, field by field."""

from __future__ import annotations

import pytest
from api_helpers import ApiSite

from csms_desktop.services.drivers import DriverInput, DriverService, TagInput

pytestmark = pytest.mark.timeout(30)


async def test_driver_crud_and_the_guis_messages(site: ApiSite, services) -> None:  # type: ignore[no-untyped-def]
    att = site.attendant
    d = await att.ok("POST", "/api/v1/drivers", {"phone": "081 234 5678", "name": "Ana",
                                                 "email": "ana@example.com"}, status=201)
    assert d["phone_number"] == "+66812345678" and d["status"] == "ACTIVE"
    # the same texts as the service gives the GUI form
    bad = await att.post("/api/v1/drivers", {"phone": "081 234 5678", "email": "nope"})
    try:
        DriverService(services).validate_driver(DriverInput(phone="081 234 5678", email="nope"))
    except Exception as exc:
        gui_errors = exc.errors  # type: ignore[attr-defined]
    assert bad.status == 422 and bad.body["fields"] == gui_errors
    assert bad.body["fields"] == {"email": "'nope' is not an e-mail address (name@example.com)"}
    dup = await att.post("/api/v1/drivers", {"phone": "+66 81 234 5678"})
    assert dup.body["fields"] == {"phone": "+66812345678 is already registered to Ana"}
    missing = await att.post("/api/v1/drivers", {"name": "No phone"})
    assert missing.status == 422 and missing.body["fields"] == {"phone": "required"}
    no_client = await att.post("/api/v1/drivers", {"phone": "0812345999", "client_id": "x"})
    assert no_client.body["fields"] == {"client_id": "this client does not exist any more"}

    got = await att.ok("GET", f"/api/v1/drivers/{d['id']}")
    assert got == d
    changed = await att.ok("PATCH", f"/api/v1/drivers/{d['id']}", {"status": "BLOCKED"})
    assert changed["status"] == "BLOCKED" and changed["name"] == "Ana"  # the rest kept
    bad = await att.patch(f"/api/v1/drivers/{d['id']}", {"phone": None})
    assert bad.status == 422 and "cannot be null" in bad.body["fields"]["phone"]
    for i in range(4):
        await att.ok("POST", "/api/v1/drivers", {"phone": f"08123400{i:02d}", "name": f"D{i}"})
    page1 = await att.ok("GET", "/api/v1/drivers", params={"limit": 3})
    page2 = await att.ok("GET", "/api/v1/drivers", params={"limit": 3,
                                                          "cursor": page1["next_cursor"]})
    names = [r["name"] for r in page1["items"] + page2["items"]]
    assert names == ["Ana", "D0", "D1", "D2", "D3"] and page2["next_cursor"] is None
    found = await att.ok("GET", "/api/v1/drivers", params={"search": "081 234 5678"})
    assert [r["id"] for r in found["items"]] == [d["id"]]
    assert (await att.get("/api/v1/drivers", params={"cursor": "garbage!"})).status == 422
    await att.ok("DELETE", f"/api/v1/drivers/{d['id']}", status=204)
    assert (await att.get(f"/api/v1/drivers/{d['id']}")).status == 404
    assert (await att.delete(f"/api/v1/drivers/{d['id']}")).status == 404


async def test_vehicles(site: ApiSite) -> None:
    att = site.attendant
    d = await att.ok("POST", "/api/v1/drivers", {"phone": "0899990000", "name": "Ben"})
    v = await att.ok("POST", f"/api/v1/drivers/{d['id']}/vehicles",
                     {"license_plate": "1กข-1234", "make": "BYD"}, status=201)
    assert v["license_plate"] == "1กข1234" and v["user_id"] == d["id"]
    dup = await att.post(f"/api/v1/drivers/{d['id']}/vehicles", {"license_plate": "1กข 1234"})
    assert dup.status == 422 and dup.body["fields"]["license_plate"].startswith(
        "1กข1234 is already registered to Ben")
    bad = await att.post(f"/api/v1/drivers/{d['id']}/vehicles",
                         {"license_plate": "AB1", "type": "ROCKET"})
    assert bad.body["fields"] == {"type": "type must be ELECTRIC, HYBRID or PLUGIN_HYBRID"}
    assert (await att.post("/api/v1/drivers/nobody/vehicles", {"license_plate": "X1"})).status \
        == 404
    got = await att.ok("GET", f"/api/v1/vehicles/{v['id']}")
    assert got == v
    changed = await att.ok("PATCH", f"/api/v1/vehicles/{v['id']}", {"model": "Atto 3"})
    assert changed["model"] == "Atto 3" and changed["make"] == "BYD"
    listed = await att.ok("GET", "/api/v1/vehicles", params={"driver_id": d["id"]})
    assert [x["id"] for x in listed["items"]] == [v["id"]]
    await att.ok("DELETE", f"/api/v1/vehicles/{v['id']}", status=204)
    assert (await att.get(f"/api/v1/vehicles/{v['id']}")).status == 404


async def test_tags_and_csv_import(site: ApiSite, services) -> None:  # type: ignore[no-untyped-def]
    att = site.attendant
    d = await att.ok("POST", "/api/v1/drivers", {"phone": "0811111111", "name": "Chai"})
    t = await att.ok("POST", "/api/v1/tags", {"id_tag": "04A1B2", "user_id": d["id"],
                                              "expiry_date": "2030-01-01T00:00:00+07:00",
                                              "allowed_charge_points": []}, status=201)
    assert t["expiry_date"] == "2029-12-31T17:00:00.000000Z" and t["status"] == "ACCEPTED"
    dup = await att.post("/api/v1/tags", {"id_tag": "04a1b2"})
    try:
        DriverService(services).validate_tag(TagInput(id_tag="04a1b2"))
    except Exception as exc:
        assert dup.body["fields"] == exc.errors  # type: ignore[attr-defined]
    naive = await att.post("/api/v1/tags", {"id_tag": "X9", "expiry_date": "2030-01-01T00:00"})
    assert naive.status == 422 and "no time zone" in naive.body["fields"]["expiry_date"]
    bad = await att.post("/api/v1/tags", {"id_tag": "X9", "allowed_charge_points": ["NOPE"]})
    assert bad.body["fields"] == {"allowed_charge_points": "unknown charge point(s): NOPE"}
    blocked = await att.ok("PATCH", f"/api/v1/tags/{t['id']}", {"status": "BLOCKED"})
    assert blocked["status"] == "BLOCKED" and blocked["user_id"] == d["id"]
    assert (await att.ok("GET", f"/api/v1/tags/{t['id']}")) == blocked
    listed = await att.ok("GET", "/api/v1/tags", params={"driver_id": d["id"]})
    assert [x["id"] for x in listed["items"]] == [t["id"]]
    await att.ok("DELETE", f"/api/v1/tags/{t['id']}", status=204)

    csv = "id_tag,phone_number,status\nCARD-1,0811111111,ACCEPTED\nCARD-2,,BLOCKED\n"
    report = await att.ok("POST", "/api/v1/tags/import", data=csv.encode(),
                          headers={"Content-Type": "text/csv"})
    assert report["created"] == 2 and report["written"] is True
    bad_csv = "id_tag,phone_number\nCARD-3,0800000009\nCARD-3,\n"
    a = await att.post("/api/v1/tags/import", data=bad_csv.encode())
    assert a.status == 422 and a.body["message"].startswith("tags: nothing imported")
    assert a.body["fields"] == {
        "line 2 (CARD-3)": "phone_number: no driver with phone +66800000009; import drivers first",
        "line 3 (CARD-3)": "id_tag: appears twice in the file (line 2 too)"}
    tags = await att.ok("GET", "/api/v1/tags")
    assert sorted(x["id_tag"] for x in tags["items"]) == ["CARD-1", "CARD-2"]  # nothing else
    drivers = "phone_number,name\n0822222222,Dao\n"
    assert (await att.ok("POST", "/api/v1/drivers/import", data=drivers.encode()))["created"] \
        == 1
    vehicles = "license_plate,phone_number\nกข 99,0822222222\n"
    assert (await att.ok("POST", "/api/v1/vehicles/import",
                         data=vehicles.encode()))["created"] == 1
    empty = await att.post("/api/v1/tags/import", data=b"")
    assert empty.status == 422 and "send the file" in empty.body["fields"]["body"]
    latin = await att.post("/api/v1/tags/import", data="id_tag\nÇÃO\n".encode("latin-1"))
    assert latin.status == 422 and "not UTF-8" in latin.body["fields"]["file"]
