"""Sites through the API: the list, a new site, a charge point moved, and ``?site=`` on
the list resources (charge points, transactions, messages, notifications, reservations)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from api_helpers import ApiSite
from site_data import charger_with_history

from csms_desktop.services import sites
from csms_desktop.store.models import (
    User,
)

pytestmark = pytest.mark.timeout(60)


def _two_sites(services) -> None:  # type: ignore[no-untyped-def]
    north, south = sites.ensure_site("North"), sites.ensure_site("South")
    user = User.create(phone_number="+66812345678", name="Ana")
    for cp, site in (("N1", north.id), ("S1", south.id)):
        charger_with_history(services, cp, user, site, started_ago=timedelta(0))
    services.writer.flush()


async def test_list_resources_filter_by_site(site: ApiSite) -> None:
    _two_sites(site.services)
    att = site.attendant
    listed = await att.ok("GET", "/api/v1/sites")
    assert [(s["name"], s["chargers"]) for s in listed] == [
        ("Default", 0), ("North", 1), ("South", 1)]
    north = next(s["id"] for s in listed if s["name"] == "North")

    async def cps(key: str) -> list[str]:
        page = await att.ok("GET", "/api/v1/charge-points", params={"site": key})
        return [r["id"] for r in page["items"]]

    assert await cps(north) == ["N1"]
    assert await cps("south") == ["S1"]  # by name, case-insensitively
    one = await att.ok("GET", "/api/v1/charge-points/N1")
    assert one["site_id"] == north

    for path, key in (("/api/v1/transactions", "charge_point_id"),
                      ("/api/v1/messages", "charge_point_id")):
        page = await att.ok("GET", path, params={"site": "South"})
        assert [r[key] for r in page["items"]] == ["S1"], path
    notes = await att.ok("GET", "/api/v1/notifications", params={"site": "North"})
    assert {n["charge_point_id"] for n in notes} == {"N1"}
    booked = await att.ok("GET", "/api/v1/reservations", params={"site": "North"})
    assert [r["charge_point_id"] for r in booked] == ["N1"]

    for path in ("/api/v1/charge-points", "/api/v1/transactions", "/api/v1/messages",
                 "/api/v1/notifications", "/api/v1/reservations"):
        bad = await att.get(path, params={"site": "Atlantis"})
        assert bad.status == 422 and "no site" in bad.body["fields"]["site"], (path, bad)


async def test_a_manager_adds_a_site_and_an_attendant_moves_a_charge_point(
        site: ApiSite) -> None:
    _two_sites(site.services)
    assert (await site.attendant.post("/api/v1/sites", {"name": "East"})).status == 403
    east = await site.manager.ok("POST", "/api/v1/sites", {"name": "East"})
    again = await site.manager.ok("POST", "/api/v1/sites", {"name": "east"})
    assert again == east  # made once
    moved = await site.attendant.ok("PATCH", "/api/v1/charge-points/N1", {"site": "East"})
    assert moved["site_id"] == east["id"]
    page = await site.attendant.ok("GET", "/api/v1/transactions", params={"site": "East"})
    assert [r["charge_point_id"] for r in page["items"]] == ["N1"]
    bad = await site.attendant.patch("/api/v1/charge-points/N1", {"site": "Atlantis"})
    assert bad.status == 422 and "no site" in bad.body["fields"]["site"]
    assert sites.site_of("N1") == east["id"]  # the refused move changed nothing
    missing = await site.attendant.patch("/api/v1/charge-points/NOPE", {"site": "East"})
    assert missing.status == 404
    long = await site.manager.post("/api/v1/sites", {"name": "x" * 101})
    assert long.status == 422
