"""Import and export in the seed's JSON shape: the seed's own example round-trips."""

from __future__ import annotations

import copy
import json
from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from billing_data import SOMCHAI, bkk, charger, client, driver, session, site_tariff

from csms_desktop.reports.billing import render_invoice_document
from csms_desktop.services import billing
from csms_desktop.services.billing.json_io import (
    CLIENT_EXTENSION_KEYS,
    IGNORED_CLIENT_KEYS,
    INVOICE_EXTENSION_KEYS,
)
from csms_desktop.services.settings import SiteSettings
from csms_desktop.store.models import BilledItem, Client, Invoice

SEED = Path(__file__).resolve().parents[1] / "data" / "seed_client.json"
SETTINGS = SiteSettings(time_zone="Asia/Bangkok")


def _seed() -> dict:  # type: ignore[type-arg]
    return json.loads(SEED.read_text(encoding="utf-8"))


def _without(doc: dict, client_keys: tuple[str, ...], invoice_keys: tuple[str, ...]) -> dict:  # type: ignore[type-arg]
    doc = copy.deepcopy(doc)
    for k in client_keys:
        doc["client"].pop(k, None)
    for inv in doc["client"]["invoices"]:
        for k in invoice_keys:
            inv.pop(k, None)
    return doc


def test_seed_example_imports_with_warnings_not_errors(db) -> None:  # type: ignore[no-untyped-def]
    result = billing.import_json(SEED.read_text(encoding="utf-8"))
    [c] = result.clients
    assert (c.status, c.invoices_added, c.errors) == ("CREATED", 1, [])
    assert any("sum to 105 but amount_due is 1500.75" in w for w in c.warnings)
    assert any("tax_id" in w and "check digits" in w for w in c.warnings)
    assert sorted(n.split("'")[1] for n in c.notes) == ["hash_password", "role"]
    row = Client.get_by_id("54dc6ee3-1baa-4521-88a9-4373eb3c49f8")
    assert (row.full_name, row.client_number, row.tax_id) == ("Maria da Silva", "1001",
                                                             "123.456.789-00")
    assert not hasattr(row, "hash_password") and not hasattr(row, "role")
    [view] = billing.list_invoices()
    assert (view.client_name, view.reference_month, view.period, view.amount_due,
            view.currency, view.imported) == (
        "Maria da Silva", "October 2024", "2024-10", Decimal("1500.75"), "BRL", True)
    items = BilledItem.select().where(BilledItem.invoice == view.id).order_by(
        BilledItem.position)
    assert [(i.item_name, i.amount) for i in items] == [
        ("Electricity Usage", Decimal("75")), ("Service Fee", Decimal("30"))]


def test_seed_round_trip(db) -> None:  # type: ignore[no-untyped-def]
    billing.import_json(SEED.read_text(encoding="utf-8"))
    cid = "54dc6ee3-1baa-4521-88a9-4373eb3c49f8"
    seed = _without(_seed(), IGNORED_CLIENT_KEYS, ())
    plain = json.loads(billing.export_json([cid], extensions=False))
    assert plain == seed
    assert list(plain["client"]) == [k for k in _seed()["client"] if k not in
                                     IGNORED_CLIENT_KEYS]
    full = json.loads(billing.export_json([cid]))
    assert _without(full, CLIENT_EXTENSION_KEYS, INVOICE_EXTENSION_KEYS) == seed
    # numbers go out exactly as the seed wrote them (no 1500.7500, no 75.0)
    text = billing.export_json(["1001"], extensions=False)
    assert '"amount_due": 1500.75,' in text and '"amount": 75,' in text
    assert '"unit_price": 0.15,' in text and '"average_kwh_per_day": 16.67,' in text
    assert '"due_date": "2024-10-31T00:00:00.000Z"' in text


def test_reimport_is_idempotent(db) -> None:  # type: ignore[no-untyped-def]
    text = SEED.read_text(encoding="utf-8")
    billing.import_json(text)
    again = billing.import_json(text)
    assert (again.clients[0].status, again.clients[0].invoices_added,
            again.clients[0].invoices_skipped) == ("UPDATED", 0, 1)
    assert Client.select().count() == 1 and Invoice.select().count() == 1
    assert BilledItem.select().count() == 2


def test_imported_invoice_prints_with_its_stated_total(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    billing.import_json(SEED.read_text(encoding="utf-8"))
    doc = billing.invoice_document("75998926-ee1f-4bff-8fcf-2edbaabfc8a4", SETTINGS)
    assert doc["amount_due"] == "1500.75" and doc["reference_month"] == "2024-10"
    assert doc["items"][-1]["amount"] == "1395.75"  # the stated difference, labelled
    assert [h["month_year"] for h in doc["history"]] == ["2024-09", "2024-10"]
    assert render_invoice_document(doc).startswith(b"%PDF")


def test_bad_files_are_one_clear_error(db) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(billing.BillingError, match="not JSON"):
        billing.import_json("{nope")
    with pytest.raises(billing.BillingError, match="not a client export"):
        billing.import_json('{"something": 1}')
    with pytest.raises(billing.BillingError, match="no such file"):
        billing.import_file("/nonexistent/x.json")


def test_a_broken_client_fails_alone(db) -> None:  # type: ignore[no-untyped-def]
    good = _seed()
    bad = copy.deepcopy(good)
    bad["client"]["id"] = "11111111-1111-1111-1111-111111111111"
    bad["client"]["client_number"] = 1002
    del bad["client"]["full_name"]
    worse = copy.deepcopy(good)
    worse["client"]["id"] = "22222222-2222-2222-2222-222222222222"
    worse["client"]["client_number"] = 1003
    worse["client"]["invoices"][0]["id"] = "33333333-3333-3333-3333-333333333333"
    worse["client"]["invoices"][0]["amount_due"] = "lots"
    result = billing.import_json(json.dumps([bad, good, worse]))
    assert [c.status for c in result.clients] == ["FAILED", "CREATED", "FAILED"]
    assert result.clients[0].errors == ["missing full_name"]
    assert "amount_due 'lots' is not a number" in result.clients[2].errors[0]
    assert Client.select().count() == 1 and Invoice.select().count() == 1


def test_issued_invoices_round_trip_between_databases(db, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff()
    thai = client(SOMCHAI, number="1002")
    session(driver(thai, "สมชาย"), conn, bkk(2024, 10, 2, 21), 20.0, 120, idle_minutes=30)
    billing.run_month("2024-10", SETTINGS, out_dir=None, render=None,
                      now=datetime(2024, 11, 1, tzinfo=UTC))
    inv = Invoice.get()
    billing.mark_paid(None, inv.id, paid_at=datetime(2024, 11, 5, tzinfo=UTC))
    exported = billing.export_json([thai.id])
    from csms_desktop.store.db import close_database, open_database, opened_url
    from csms_desktop.store.migrations import migrate_database

    first = opened_url()
    assert first is not None
    close_database()
    other = open_database(f"sqlite:///{tmp_path / 'other.db'}")
    migrate_database(other)
    result = billing.import_json(exported)
    assert result.clients[0].warnings == [] and result.clients[0].invoices_added == 1
    assert billing.export_json([thai.id]) == exported
    back = Invoice.get_by_id(inv.id)
    assert (back.status, back.invoice_number, back.period) == ("PAID", "2024-000001", "2024-10")
    close_database()
    open_database(first)  # the fixture closes what it opened
