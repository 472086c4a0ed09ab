"""Tariffs, clients and invoices (JSON and PDF) through the API (the Billing page's
services: the permission, the checks and the messages are theirs)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from api_helpers import ApiSite
from billing_data import MARIA, bkk, charger, client, driver, session, site_tariff

from csms_desktop.reports.billing import render_invoice_document
from csms_desktop.services.billing.clients import validate_client
from csms_desktop.services.billing.invoices import run_month

pytestmark = pytest.mark.timeout(60)


async def test_tariffs(site: ApiSite) -> None:
    mgr = site.manager
    t = await mgr.ok("POST", "/api/v1/tariffs", {
        "name": "Site 2026", "currency": "THB", "price_per_kwh": 6.5, "session_fee": "10",
        "tax_rate": "0.07", "windows": [{"name": "Peak", "start": "9:00", "end": "22:00",
                                         "price_per_kwh": "8.5"}],
        "effective_from": "2026-01-01T00:00:00Z"}, status=201)
    assert t["price_per_kwh"] == "6.5" and t["windows"][0]["start"] == "09:00"
    bad = await mgr.post("/api/v1/tariffs", {"name": "X", "currency": "THB",
                                             "price_per_kwh": "abc", "tax_rate": "1.5",
                                             "windows": [{"name": "", "start": "25:00"}]})
    assert bad.status == 422 and bad.body["fields"] == {
        "price_per_kwh": "'abc' is not a number", "tax_rate": "must be at most 0.9999",
        "windows": "window 1 needs a name"}
    assert (await mgr.ok("GET", f"/api/v1/tariffs/{t['id']}")) == t
    new = await mgr.ok("PATCH", f"/api/v1/tariffs/{t['id']}", {"price_per_kwh": "7"},
                       status=201)
    assert new["id"] != t["id"] and new["price_per_kwh"] == "7"
    assert new["name"] == "Site 2026" and new["in_force"] is True
    rows = await mgr.ok("GET", "/api/v1/tariffs")
    assert {r["id"] for r in rows} == {t["id"], new["id"]}  # the old row stays as it was
    owner = await mgr.patch(f"/api/v1/tariffs/{t['id']}", {"client_id": None})
    assert owner.status == 422 and "owner" in owner.body["fields"]["client_id"]
    await mgr.ok("DELETE", f"/api/v1/tariffs/{new['id']}", status=204)
    assert (await mgr.get(f"/api/v1/tariffs/{new['id']}")).status == 404


async def test_clients(site: ApiSite) -> None:
    mgr = site.manager
    c = await mgr.ok("POST", "/api/v1/clients", MARIA, status=201)
    assert c["full_name"] == "Maria da Silva" and c["client_number"] == "1001"
    wrong = {**MARIA, "tax_id": "123.456.789-00", "zip_code": "7190", "state": "XX",
             "client_number": "1001"}
    bad = await mgr.post("/api/v1/clients", wrong)
    _, gui_errors = validate_client(wrong)
    assert bad.status == 422 and bad.body["fields"] == gui_errors
    assert set(gui_errors) == {"tax_id", "zip_code", "state", "client_number"}
    assert (await mgr.ok("GET", f"/api/v1/clients/{c['id']}")) == c
    changed = await mgr.ok("PATCH", f"/api/v1/clients/{c['id']}", {"email": "fin@example.com"})
    assert changed["email"] == "fin@example.com" and changed["tax_id"] == c["tax_id"]
    found = await mgr.ok("GET", "/api/v1/clients", params={"search": "Maria"})
    assert [x["id"] for x in found] == [c["id"]]
    await mgr.ok("DELETE", f"/api/v1/clients/{c['id']}", status=204)
    assert (await mgr.get(f"/api/v1/clients/{c['id']}")).status == 404


async def test_invoices_json_pdf_and_paid(site: ApiSite, tmp_path) -> None:  # type: ignore[no-untyped-def]
    site_tariff()
    conns = charger("BILL-1")
    owner = client()
    user = driver(owner, "Ana")
    session(user, conns[0], bkk(2026, 10, 3, 10), 12.5)
    settings = site.services.settings
    result = run_month("2026-10", settings, out_dir=tmp_path, render=render_invoice_document,
                       now=datetime(2026, 11, 2, tzinfo=UTC))
    assert result.count("ISSUED") == 1, result.summary()
    mgr = site.manager
    listed = await mgr.ok("GET", "/api/v1/invoices", params={"period": "2026-10"})
    assert len(listed) == 1 and listed[0]["client_id"] == owner.id
    inv = listed[0]
    got = await mgr.ok("GET", f"/api/v1/invoices/{inv['id']}")
    assert got["invoice"] == inv and got["document"]["amount_due"] == inv["amount_due"]
    assert got["document"]["items"]
    pdf = await mgr.get(f"/api/v1/invoices/{inv['id']}/pdf")
    assert pdf.status == 200 and pdf.headers["Content-Type"] == "application/pdf"
    assert pdf.raw.startswith(b"%PDF") and len(pdf.raw) > 2000
    paid = await mgr.ok("POST", f"/api/v1/invoices/{inv['id']}/paid", {})
    assert paid["status"] == "PAID" and paid["paid_at"]
    twice = await mgr.post(f"/api/v1/invoices/{inv['id']}/paid", {})
    assert twice.status == 409 and "already paid" in twice.body["message"]
    unpaid = await mgr.ok("GET", "/api/v1/invoices", params={"paid": "false"})
    assert unpaid == []
    assert (await mgr.get("/api/v1/invoices/nope/pdf")).status == 404
    used = await mgr.delete(f"/api/v1/clients/{owner.id}")
    assert used.status == 409 and "has invoices" in used.body["message"]
