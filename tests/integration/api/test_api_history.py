"""Transactions, the message log, notifications and charge points through the API: cursor
paging over the GUI's own keyset queries, the GUI's filters."""

from __future__ import annotations

import pytest
from api_helpers import ApiClient, ApiSite
from history_data import make_messages, make_site, make_transactions

from csms_desktop.domain.enums import NotificationType
from csms_desktop.services import history_queries as hq

pytestmark = pytest.mark.timeout(60)


async def _all_pages(client: ApiClient, path: str, params: dict[str, str]) -> list[dict]:  # type: ignore[type-arg]
    items: list[dict] = []  # type: ignore[type-arg]
    cursor = None
    for _ in range(100):
        page = await client.ok("GET", path, params={**params, **({"cursor": cursor}
                                                                 if cursor else {})})
        items += page["items"]
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("paging never ended")


async def test_transactions_paged_sorted_and_filtered(site: ApiSite) -> None:
    made = make_transactions(make_site(), n=330)
    att = site.attendant
    rows = await _all_pages(att, "/api/v1/transactions", {"limit": "50"})
    assert len(rows) == 330 and len({r["id"] for r in rows}) == 330
    gui = hq.fetch_transactions(hq.TransactionFilter(), limit=1000)
    assert [r["id"] for r in rows] == [r.id for r in gui]  # the GUI's order, newest first
    by_energy = await _all_pages(att, "/api/v1/transactions",
                                 {"limit": "40", "sort": "energy", "order": "asc"})
    energies = [r["energy_kwh"] if r["energy_kwh"] is not None else -1 for r in by_energy]
    assert energies == sorted(energies) and len(by_energy) == 330
    page = await att.ok("GET", "/api/v1/transactions",
                        params={"limit": "5", "sort": "energy", "order": "asc"})
    other = await att.get("/api/v1/transactions", params={"cursor": page["next_cursor"]})
    assert other.status == 422 and other.body["fields"] == {
        "cursor": "this cursor belongs to another sort order"}
    active = await _all_pages(att, "/api/v1/transactions",
                              {"status": "ACTIVE", "charge_point_id": "CP002"})
    assert {r["status"] for r in active} == {"ACTIVE"}
    assert len(active) == sum(1 for t in made if t.status == "ACTIVE"
                              and t.charge_point_id == "CP002")
    mine = await _all_pages(att, "/api/v1/transactions", {"driver": "Somchai"})
    assert mine and {r["driver"] for r in mine} == {"Somchai Jaidee"}
    bad = await att.get("/api/v1/transactions", params={"sort": "price", "start": "yesterday",
                                                        "limit": "9999"})
    assert bad.status == 422 and set(bad.body["fields"]) == {"sort", "start", "limit"}
    assert (await att.get("/api/v1/transactions/none")).status == 404


async def test_message_log_paged_and_filtered(site: ApiSite) -> None:
    make_messages(120)
    att = site.attendant
    rows = await _all_pages(att, "/api/v1/messages", {"limit": "70"})
    assert len(rows) == 240
    stamps = [r["timestamp"] for r in rows]
    assert stamps == sorted(stamps, reverse=True)
    calls = await _all_pages(att, "/api/v1/messages", {"charge_point_id": "CP001",
                                                       "kind": "CALL", "direction": "OUTBOUND"})
    assert calls and {(r["charge_point_id"], r["action"]) for r in calls} == {
        ("CP001", "RemoteStartTransaction")}
    bad = await att.get("/api/v1/messages", params={"kind": "REPLY"})
    assert bad.status == 422 and "one of CALL, CALLRESULT, CALLERROR" in bad.body["fields"]["kind"]


async def test_notifications(site: ApiSite) -> None:
    for i in range(3):
        site.services.notifier.notify(NotificationType.GENERAL, f"N{i}", "text")
    att = site.attendant
    got = await att.ok("GET", "/api/v1/notifications", params={"limit": "2"})
    assert [n["title"] for n in got] == ["N2", "N1"]
    marked = await att.ok("POST", "/api/v1/notifications/read", {"ids": [got[0]["id"]]})
    assert marked == {"marked": 1}
    unread = await att.ok("GET", "/api/v1/notifications", params={"unread": "true"})
    assert [n["title"] for n in unread] == ["N1", "N0"]
    assert (await att.ok("POST", "/api/v1/notifications/read", {}))["marked"] == 2


async def test_charge_points_paged_and_filtered(site: ApiSite) -> None:
    make_site()
    att = site.attendant
    page = await att.ok("GET", "/api/v1/charge-points", params={"limit": "2"})
    rest = await att.ok("GET", "/api/v1/charge-points", params={"cursor": page["next_cursor"]})
    assert [c["id"] for c in page["items"] + rest["items"]] == ["CP001", "CP002", "CP003"]
    assert rest["next_cursor"] is None
    assert [c["connector_no"] for c in page["items"][0]["connectors"]] == [1, 2]
    found = await att.ok("GET", "/api/v1/charge-points", params={"search": "Bay 2",
                                                                 "connected": "false"})
    assert [c["id"] for c in found["items"]] == ["CP002"]
    assert (await att.get("/api/v1/charge-points/NOPE")).status == 404
    mv = "/api/v1/charge-points/CP001/connectors/{}/meter-values"
    assert (await att.get(mv.format(9))).status == 404
    bad = await att.get(mv.format("x"))
    assert bad.status == 422 and bad.body["fields"] == {
        "connector_no": "a connector number (1, 2, ...), not 'x'"}
    bad = await att.get(mv.format(1), params={"start": "2026-01-02T00:00:00Z",
                                              "end": "2026-01-01T00:00:00Z"})
    assert bad.body["fields"] == {"start": "the start must be before the end"}
