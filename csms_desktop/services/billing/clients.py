"""Clients (the billed party, seed ``client``) and the drivers that belong to them.

Validation gives field -> message. Brazil: CPF/CNPJ by check digits, CEP ``NNNNN-NNN``,
state a UF code. Other countries: the tax id is free-form (the country says whose it is),
the postal code follows ``domain.taxid.validate_zip``. Stored forms are the display
forms (``123.456.789-09``, ``71909-000``), as in the seed's example.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

import peewee as pw
from babel import Locale

from csms_desktop.domain.messages import message_of
from csms_desktop.domain.taxid import (
    InvalidTaxId,
    InvalidZip,
    format_tax_id,
    validate_tax_id,
    validate_zip,
)
from csms_desktop.services.billing.common import (
    BillingError,
    ValidationFailed,
    require_manager,
    rows,
)
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.services.validation import QT_TR_NOOP, Message
from csms_desktop.store.models import Client, Invoice, Tariff, User

LANGUAGES = ("pt_BR", "th_TH", "en")
BR_STATES = frozenset((  # the 27 UFs
    "AC", "AL", "AP", "AM", "BA", "CE", "DF", "ES", "GO", "MA", "MT", "MS", "MG", "PA",
    "PB", "PR", "PE", "PI", "RJ", "RN", "RS", "RO", "RR", "SC", "SP", "SE", "TO",
))
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_PSEUDO_REGIONS = frozenset({"EU", "EZ", "QO", "UN", "XA", "XB", "ZZ"})  # CLDR, not countries
_TERRITORIES = frozenset(str(k) for k in Locale("en").territories
                        if len(str(k)) == 2 and str(k).isalpha()) - _PSEUDO_REGIONS
FIRST_CLIENT_NUMBER = 1001

# field -> (max length, required)
_TEXT_FIELDS: dict[str, tuple[int, bool]] = {
    "full_name": (200, True),
    "street": (200, True),
    "number": (20, True),
    "complement": (100, False),
    "neighborhood": (100, False),
    "city": (100, True),
    "state": (100, True),
    "state_registration": (32, False),
    "email": (200, False),
    "client_number": (32, False),
}

FIELDS = (
    "full_name", "street", "number", "complement", "neighborhood", "zip_code", "city",
    "state", "country", "tax_id", "state_registration", "email", "client_number", "language",
)


@dataclass(frozen=True)
class ClientView:
    id: str
    client_number: str
    full_name: str
    tax_id: str
    country: str
    city: str
    state: str
    email: str
    language: str
    drivers: int
    tariff: str  # "Site default" or the client's own tariff name
    invoices: int


def default_language(country: str) -> str:
    return {"BR": "pt_BR", "TH": "th_TH"}.get(country.upper(), "en")


def validate_client(data: Mapping[str, Any], client_id: str | None = None
                    ) -> tuple[dict[str, Any], dict[str, str]]:
    """Cleaned values and field -> message errors; ``client_id`` when editing."""
    errors: dict[str, str] = {}
    clean: dict[str, Any] = {}
    for field, (size, required) in _TEXT_FIELDS.items():
        raw = data.get(field)
        text = "" if raw is None else str(raw).strip()
        if required and not text:
            errors[field] = QT_TR_NOOP("required")
        elif len(text) > size:
            errors[field] = Message(QT_TR_NOOP("at most {count} characters"), count=size)
        clean[field] = text or None
    country = str(data.get("country") or "BR").strip().upper()
    if country not in _TERRITORIES:
        errors["country"] = Message(QT_TR_NOOP("{text} is not a two-letter country code"),
                                    text=repr(country))
    clean["country"] = country
    brazil = country == "BR"
    if brazil and not clean["neighborhood"]:
        errors["neighborhood"] = QT_TR_NOOP("required")
    if brazil and clean["state"] and clean["state"].upper() not in BR_STATES:
        errors["state"] = Message(QT_TR_NOOP("{text} is not a Brazilian state (UF), e.g. DF, SP"),
                                  text=repr(clean["state"]))
    elif brazil and clean["state"]:
        clean["state"] = clean["state"].upper()
    try:
        clean["zip_code"] = validate_zip(str(data.get("zip_code") or ""), country)
    except InvalidZip as exc:
        errors["zip_code"] = message_of(exc)
        clean["zip_code"] = str(data.get("zip_code") or "").strip()
    try:
        tax = validate_tax_id(str(data.get("tax_id") or ""), country)
        clean["tax_id"] = format_tax_id(tax, country) if brazil else tax
    except InvalidTaxId as exc:
        errors["tax_id"] = message_of(exc)
        clean["tax_id"] = str(data.get("tax_id") or "").strip()
    if clean["email"] and not _EMAIL.match(clean["email"]):
        errors["email"] = Message(QT_TR_NOOP("{text} is not an email address"),
                                  text=repr(clean["email"]))
    language = str(data.get("language") or default_language(country)).strip()
    if language not in LANGUAGES:
        errors["language"] = QT_TR_NOOP("pt_BR, th_TH or en")
    clean["language"] = language
    number = clean["client_number"]
    if number:
        q = Client.select().where(Client.client_number == number)
        if client_id:
            q = q.where(Client.id != client_id)
        if q.exists():
            errors["client_number"] = Message(QT_TR_NOOP("client number {number} is taken"),
                                              number=number)
    return clean, errors


def next_client_number() -> str:
    numbers = [int(n) for (n,) in rows(Client.select(Client.client_number)
                                       .where(Client.client_number.is_null(False)))
               if str(n).isdigit()]
    return str(max(numbers, default=FIRST_CLIENT_NUMBER - 1) + 1)


def _store(row: Client, clean: Mapping[str, Any]) -> None:
    for field in FIELDS:
        value = clean.get(field)
        if field in ("neighborhood",) and value is None:
            value = ""  # NOT NULL in the seed schema
        setattr(row, field, value)


def create_client(operator: OperatorInfo | None, data: Mapping[str, Any]) -> Client:
    require_manager(operator)
    clean, errors = validate_client(data)
    if errors:
        raise ValidationFailed(errors)
    with Client._meta.database.atomic():
        if not clean["client_number"]:
            clean["client_number"] = next_client_number()
        row = Client()
        _store(row, clean)
        row.save(force_insert=True)
    return row


def update_client(operator: OperatorInfo | None, client_id: str, data: Mapping[str, Any]) -> Client:
    """Change a client; issued invoices keep the data printed on them."""
    require_manager(operator)
    row = Client.get_or_none(Client.id == client_id)
    if row is None:
        raise BillingError(Message(QT_TR_NOOP("no client {id}"), id=client_id))
    clean, errors = validate_client(data, client_id)
    if errors:
        raise ValidationFailed(errors)
    if not clean["client_number"]:
        clean["client_number"] = row.client_number or next_client_number()
    _store(row, clean)
    row.save()
    return row


def delete_client(operator: OperatorInfo | None, client_id: str) -> None:
    """A client with invoices stays (invoices are records); drivers are detached."""
    require_manager(operator)
    row = Client.get_or_none(Client.id == client_id)
    if row is None:
        raise BillingError(Message(QT_TR_NOOP("no client {id}"), id=client_id))
    if Invoice.select().where(Invoice.client == client_id).exists():
        raise BillingError(Message(QT_TR_NOOP("{client} has invoices and cannot be deleted"),
                                   client=row.full_name))
    with Client._meta.database.atomic():
        User.update(client=None).where(User.client == client_id).execute()
        row.delete_instance(recursive=False)


def client_values(row: Client) -> dict[str, Any]:
    return {f: getattr(row, f) for f in FIELDS} | {"id": row.id}


def list_clients(search: str = "") -> list[ClientView]:
    drivers: dict[str, int] = {}
    for cid, n in rows(User.select(User.client, pw.fn.COUNT(User.id))
                       .where(User.client.is_null(False)).group_by(User.client)):
        drivers[str(cid)] = int(n)
    invoices: dict[str, int] = {}
    for cid, n in rows(Invoice.select(Invoice.client, pw.fn.COUNT(Invoice.id))
                       .group_by(Invoice.client)):
        invoices[str(cid)] = int(n)
    own = {str(cid) for (cid,) in rows(Tariff.select(Tariff.client)
                                       .where(Tariff.client.is_null(False)).distinct())}
    names = {t.id: t.name for t in Tariff.select(Tariff.id, Tariff.name)}
    q = Client.select().order_by(Client.full_name)
    if search.strip():
        s = f"%{search.strip()}%"
        q = q.where(Client.full_name ** s | Client.client_number ** s | Client.tax_id ** s)
    out = []
    for c in q:
        tariff = names.get(c.tariff_id or "", "own tariff") if c.id in own else "Site default"
        out.append(ClientView(
            id=c.id, client_number=c.client_number or "", full_name=c.full_name,
            tax_id=c.tax_id, country=c.country or "BR", city=c.city, state=c.state,
            email=c.email or "", language=c.language or "pt_BR", drivers=drivers.get(c.id, 0),
            tariff=tariff, invoices=invoices.get(c.id, 0),
        ))
    return out


def assign_driver(operator: OperatorInfo | None, user_id: str, client_id: str | None) -> None:
    """A driver's transactions go on this client's invoices from the next run on."""
    require_manager(operator)
    if client_id is not None and Client.get_or_none(Client.id == client_id) is None:
        raise BillingError(Message(QT_TR_NOOP("no client {id}"), id=client_id))
    if not User.update(client=client_id).where(User.id == user_id).execute():
        raise BillingError(Message(QT_TR_NOOP("no driver {id}"), id=user_id))


def drivers_of(client_id: str) -> list[tuple[str, str, str]]:
    """(user id, name, phone) of the client's drivers."""
    return [(u.id, u.name or "", u.phone_number)
            for u in User.select().where(User.client == client_id).order_by(User.name)]


def unassigned_drivers() -> list[tuple[str, str, str]]:
    return [(u.id, u.name or "", u.phone_number)
            for u in User.select().where(User.client.is_null()).order_by(User.name)]
