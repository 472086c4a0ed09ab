"""Clients through the client service: CPF/CNPJ check digits, postal codes per country,
field -> message errors, unique client numbers, drivers belonging to clients."""

from __future__ import annotations

import pytest
from billing_data import MARIA, SOMCHAI, driver

from csms_desktop.services import billing
from csms_desktop.store.models import Client, User


def _errors(**changes: object) -> dict[str, str]:
    _, errors = billing.validate_client({**MARIA, **changes})
    return errors


@pytest.mark.parametrize("tax_id, stored", [
    ("123.456.789-09", "123.456.789-09"),  # CPF formatted
    ("12345678909", "123.456.789-09"),  # CPF unformatted
    (" 529.982.247-25 ", "529.982.247-25"),
    ("11.222.333/0001-81", "11.222.333/0001-81"),  # CNPJ formatted
    ("11222333000181", "11.222.333/0001-81"),  # CNPJ unformatted
])
def test_valid_brazilian_tax_ids_are_stored_formatted(db, tax_id, stored) -> None:  # type: ignore[no-untyped-def]
    row = billing.create_client(None, {**MARIA, "tax_id": tax_id})
    assert Client.get_by_id(row.id).tax_id == stored


@pytest.mark.parametrize("tax_id, message", [
    ("123.456.789-00", "check digits"),  # the seed's example CPF
    ("12345678900", "check digits"),
    ("11.222.333/0001-82", "check digits"),
    ("11222333000182", "check digits"),
    ("111.111.111", "neither a CPF"),
    ("", "empty"),
])
def test_invalid_brazilian_tax_ids_are_field_errors(db, tax_id, message) -> None:  # type: ignore[no-untyped-def]
    errors = _errors(tax_id=tax_id)
    assert set(errors) == {"tax_id"}
    assert message in errors["tax_id"]
    with pytest.raises(billing.ValidationFailed) as exc:
        billing.create_client(None, {**MARIA, "tax_id": tax_id})
    assert exc.value.errors == errors
    assert Client.select().count() == 0


@pytest.mark.parametrize("country, zip_code, stored", [
    ("BR", "71909-000", "71909-000"),
    ("BR", "71909000", "71909-000"),
    ("TH", "10110", "10110"),
    ("PT", "1000001", "1000-001"),
    ("GB", "sw1a1aa", "SW1A 1AA"),
])
def test_postal_codes_per_country(db, country, zip_code, stored) -> None:  # type: ignore[no-untyped-def]
    base = MARIA if country == "BR" else {**SOMCHAI, "country": country, "tax_id": "X-1"}
    clean, errors = billing.validate_client({**base, "zip_code": zip_code})
    assert errors == {} and clean["zip_code"] == stored


@pytest.mark.parametrize("country, zip_code", [
    ("BR", "7190-000"), ("BR", "719090001"), ("TH", "1011"), ("TH", "10110-1"), ("BR", ""),
])
def test_bad_postal_codes(db, country, zip_code) -> None:  # type: ignore[no-untyped-def]
    base = MARIA if country == "BR" else SOMCHAI
    _, errors = billing.validate_client({**base, "zip_code": zip_code})
    assert list(errors) == ["zip_code"]


def test_other_countries_take_any_tax_id_and_need_no_neighbourhood(db) -> None:  # type: ignore[no-untyped-def]
    row = billing.create_client(None, {**SOMCHAI, "neighborhood": "", "tax_id": "0105551234567"})
    assert (row.tax_id, row.country, row.language, row.neighborhood) == (
        "0105551234567", "TH", "th_TH", "")
    assert _errors(neighborhood="") == {"neighborhood": "required"}  # Brazil needs it


def test_field_messages(db) -> None:  # type: ignore[no-untyped-def]
    errors = _errors(full_name=" ", state="XX", email="not-an-email", language="fr",
                     country="ZZ")
    assert set(errors) == {"full_name", "email", "language", "country"}
    assert _errors(state="XX")["state"].startswith("'XX' is not a Brazilian state")
    assert _errors(state="df") == {}


def test_client_numbers_are_unique_and_assigned(db) -> None:  # type: ignore[no-untyped-def]
    a = billing.create_client(None, MARIA)
    b = billing.create_client(None, {**MARIA, "full_name": "B"})
    assert (a.client_number, b.client_number) == ("1001", "1002")
    with pytest.raises(billing.ValidationFailed) as exc:
        billing.create_client(None, {**MARIA, "client_number": "1001"})
    assert "taken" in exc.value.errors["client_number"]
    # editing keeps its own number, and a bad edit changes nothing
    billing.update_client(None, a.id, {**MARIA, "client_number": "1001", "city": "Brasília"})
    assert Client.get_by_id(a.id).city == "Brasília"
    with pytest.raises(billing.ValidationFailed):
        billing.update_client(None, a.id, {**MARIA, "tax_id": "123"})
    assert Client.get_by_id(a.id).tax_id == "123.456.789-09"


def test_drivers_belong_to_clients(db) -> None:  # type: ignore[no-untyped-def]
    c = billing.create_client(None, MARIA)
    u = driver(None, "João")
    billing.assign_driver(None, u.id, c.id)
    assert User.get_by_id(u.id).client_id == c.id
    assert [d[1] for d in billing.drivers_of(c.id)] == ["João"]
    views = billing.list_clients()
    assert views[0].drivers == 1 and views[0].tariff == "Site default"
    billing.delete_client(None, c.id)  # no invoices: may go; the driver stays, detached
    assert User.get_by_id(u.id).client_id is None
    with pytest.raises(billing.BillingError):
        billing.assign_driver(None, u.id, "nope")
