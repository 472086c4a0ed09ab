"""Export and import of clients with their invoices, in the seed's JSON shape.

The shape is the seed's example (``invoice-model.pt-BR.md``; a copy is
``tests/data/seed_client.json``): ``{"client": {..., "invoices": [{..., "billed_items": [...],
"consumption_history": [...]}]}}``, snake_case keys, numbers as JSON numbers (written
digit for digit from Decimal: never through a binary float), dates as
``2024-10-31T00:00:00.000Z``. A file may also hold a list of such objects or
``{"clients": [...]}``.

Rules:

* The seed's ``hash_password`` and ``role`` describe a client login this application does
  not have: accepted on import, not stored, reported as a note, never exported.
* Extension keys (``country``, ``language`` on the client; ``invoice_number``, ``period``,
  ``currency``, ``status``, ``issued_at``, ``paid_at``, ``corrects_id`` on the invoice) are
  exported after the seed's keys so a file round-trips this application's data; on import
  they are optional.
* Imported invoices are historical documents and are kept as stated: an ``amount_due``
  that is not the sum of the items, a tax id whose check digits fail or an odd postal code
  are warnings, not errors. Missing required values are errors: that client (and its
  invoices) is not imported, the others are.
* Import is idempotent: a client with a known ``id`` is updated, an invoice with a known
  ``id`` is left as it is (issued invoices never change).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from csms_desktop.domain.enums import InvoiceStatus
from csms_desktop.domain.ids import new_uuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.billing.clients import FIELDS as CLIENT_FIELDS
from csms_desktop.services.billing.clients import default_language, validate_client
from csms_desktop.services.billing.common import (
    BillingError,
    as_decimal,
    dumps_exact,
    iso_utc,
    json_number,
    loads_exact,
    normalise_period,
    parse_iso,
    plain_number,
    require_manager,
)
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.store.models import BilledItem, Client, ConsumptionHistory, Invoice

SEED_CLIENT_KEYS = (
    "id", "client_number", "full_name", "hash_password", "email", "role", "street", "number",
    "complement", "neighborhood", "zip_code", "city", "state", "tax_id", "state_registration",
    "invoices",
)
IGNORED_CLIENT_KEYS = ("hash_password", "role")
CLIENT_EXTENSION_KEYS = ("country", "language")
SEED_INVOICE_KEYS = (
    "id", "file_name", "client_id", "client_number", "reference_month", "due_date",
    "installation_number", "amount_due", "billed_items", "consumption_history",
)
INVOICE_EXTENSION_KEYS = (
    "invoice_number", "period", "currency", "status", "issued_at", "paid_at", "corrects_id",
)
ITEM_KEYS = ("id", "invoice_id", "item_name", "unit", "quantity", "unit_price", "amount",
             "unit_rate")
HISTORY_KEYS = ("id", "invoice_id", "month_year", "consumption_kwh", "average_kwh_per_day",
                "days")
_REQUIRED_CLIENT = ("full_name", "street", "number", "zip_code", "city", "state", "tax_id")
_CURRENCY_BY_COUNTRY = {"BR": "BRL", "TH": "THB", "US": "USD", "PT": "EUR", "DE": "EUR",
                        "GB": "GBP"}


# ----------------------------------------------------------------------- export


def _client_number_out(value: str | None) -> Any:
    """The seed writes ``1001`` as a number: plain integers go out as numbers."""
    if value and value.isdigit() and (value == "0" or not value.startswith("0")):
        return int(value)
    return value


def export_client(client_id: str, *, extensions: bool = True) -> dict[str, Any]:
    """``{"client": {...}}`` for one client (by id or client number)."""
    c = Client.get_or_none(Client.id == client_id) or Client.get_or_none(
        Client.client_number == str(client_id))
    if c is None:
        raise BillingError(f"no client {client_id}")
    out: dict[str, Any] = {
        "id": c.id, "client_number": _client_number_out(c.client_number),
        "full_name": c.full_name, "email": c.email, "street": c.street, "number": c.number,
        "complement": c.complement, "neighborhood": c.neighborhood, "zip_code": c.zip_code,
        "city": c.city, "state": c.state, "tax_id": c.tax_id,
        "state_registration": c.state_registration,
    }
    if extensions:
        out["country"] = c.country
        out["language"] = c.language
    invoices = (Invoice.select().where(Invoice.client == c.id)
                .order_by(Invoice.issued_at, Invoice.invoice_number))
    out["invoices"] = [_export_invoice(inv, extensions) for inv in invoices]
    return {"client": out}


def _export_invoice(inv: Invoice, extensions: bool) -> dict[str, Any]:
    d: dict[str, Any] = {
        "id": inv.id, "file_name": inv.file_name, "client_id": inv.client_id,
        "client_number": _client_number_out(inv.client_number),
        "reference_month": inv.reference_month, "due_date": iso_utc(inv.due_date),
        "installation_number": inv.installation_number,
        "amount_due": json_number(Decimal(inv.amount_due)),
    }
    d["billed_items"] = [
        {"id": b.id, "invoice_id": inv.id, "item_name": b.item_name, "unit": b.unit,
         "quantity": plain_number(b.quantity), "unit_price": plain_number(b.unit_price),
         "amount": plain_number(b.amount), "unit_rate": plain_number(b.unit_rate)}
        for b in BilledItem.select().where(BilledItem.invoice == inv.id)
        .order_by(BilledItem.position, BilledItem.id)
    ]
    d["consumption_history"] = [
        {"id": h.id, "invoice_id": inv.id, "month_year": h.month_year,
         "consumption_kwh": plain_number(h.consumption_kwh),
         "average_kwh_per_day": plain_number(h.average_kwh_per_day), "days": int(h.days)}
        for h in _history_rows(inv.id)
    ]
    if extensions:
        d |= {
            "invoice_number": inv.invoice_number, "period": inv.period,
            "currency": inv.currency, "status": str(inv.status),
            "issued_at": iso_utc(inv.issued_at),
            "paid_at": iso_utc(inv.paid_at) if inv.paid_at else None,
            "corrects_id": inv.corrects_id,
        }
    return d


def _history_rows(invoice_id: str) -> list[ConsumptionHistory]:
    rows = list(ConsumptionHistory.select().where(ConsumptionHistory.invoice == invoice_id))

    def key(h: ConsumptionHistory) -> tuple[int, str]:
        try:
            return 0, normalise_period(h.month_year)
        except BillingError:
            return 1, h.month_year
    return sorted(rows, key=key)


def export_json(client_ids: list[str] | None = None, *, extensions: bool = True) -> str:
    """One client: the seed's object; several (or all, with None): a list of them."""
    if client_ids is not None and len(client_ids) == 1:
        return dumps_exact(export_client(client_ids[0], extensions=extensions)) + "\n"
    ids = client_ids if client_ids is not None else [
        c.id for c in Client.select(Client.id).order_by(Client.client_number)]
    return dumps_exact([export_client(i, extensions=extensions) for i in ids]) + "\n"


# ----------------------------------------------------------------------- import


@dataclass
class ClientImport:
    client_id: str
    full_name: str
    status: str  # CREATED, UPDATED, FAILED
    invoices_added: int = 0
    invoices_skipped: int = 0
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


@dataclass
class ImportResult:
    clients: list[ClientImport] = field(default_factory=list)

    @property
    def failed(self) -> int:
        return sum(1 for c in self.clients if c.status == "FAILED")

    def lines(self) -> list[str]:
        out = []
        for c in self.clients:
            head = (f"{c.status.lower()}: {c.full_name} ({c.client_id}), "
                    f"{c.invoices_added} invoice(s) added, {c.invoices_skipped} already present")
            out.append(head)
            out += [f"  error: {e}" for e in c.errors]
            out += [f"  warning: {w}" for w in c.warnings]
            out += [f"  note: {n}" for n in c.notes]
        return out


class _ClientRejected(Exception):
    pass


def _objects(doc: Any) -> list[Any]:
    if isinstance(doc, Mapping) and "client" in doc:
        return [doc]
    if isinstance(doc, Mapping) and isinstance(doc.get("clients"), list):
        return list(doc["clients"])
    if isinstance(doc, list):
        return list(doc)
    raise BillingError('not a client export: expected {"client": {...}}, a list of them, '
                       'or {"clients": [...]}')


def import_json(text: str, *, operator: OperatorInfo | None = None) -> ImportResult:
    """Import clients and their invoices; see the module docstring."""
    require_manager(operator)
    try:
        doc = loads_exact(text)
    except json.JSONDecodeError as exc:
        raise BillingError(f"not JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
                           ) from None
    result = ImportResult()
    for i, obj in enumerate(_objects(doc), 1):
        client = obj.get("client") if isinstance(obj, Mapping) else None
        if not isinstance(client, Mapping):
            result.clients.append(ClientImport("", f"entry {i}", "FAILED",
                                               errors=['no "client" object']))
            continue
        report = ClientImport(str(client.get("id") or ""), str(client.get("full_name") or
                                                                f"entry {i}"), "FAILED")
        try:
            with Client._meta.database.atomic():
                _import_client(client, report)
        except _ClientRejected:
            report.status = "FAILED"
            report.invoices_added = 0
        except Exception as exc:
            report.status = "FAILED"
            report.invoices_added = 0
            report.errors.append(f"{type(exc).__name__}: {exc}")
        result.clients.append(report)
    return result


def import_file(path: str | Path, *, operator: OperatorInfo | None = None) -> ImportResult:
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise BillingError(f"{p}: no such file") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise BillingError(f"cannot read {p}: {exc}") from None
    return import_json(text, operator=operator)


def _text(v: Any) -> str | None:
    if v is None:
        return None
    if isinstance(v, Decimal):
        return format(v, "f")
    return str(v).strip()


def _import_client(data: Mapping[str, Any], report: ClientImport) -> None:
    known = set(SEED_CLIENT_KEYS) | set(CLIENT_EXTENSION_KEYS)
    for key in IGNORED_CLIENT_KEYS:
        if key in data:
            report.notes.append(f"{key!r} ignored: clients have no login in this application")
    for key in data:
        if key not in known:
            report.warnings.append(f"unknown client key {key!r} ignored")
    values = {f: _text(data.get(f)) for f in CLIENT_FIELDS}
    country = (values.get("country") or "BR").upper()
    values["country"] = country
    values["language"] = values.get("language") or default_language(country)
    missing = [f for f in _REQUIRED_CLIENT if not values.get(f)]
    if missing:
        report.errors.append("missing " + ", ".join(missing))
        raise _ClientRejected
    cid = _text(data.get("id")) or new_uuid()
    if len(cid) > 36:
        report.errors.append(f"client id {cid!r} is longer than 36 characters")
        raise _ClientRejected
    report.client_id = cid
    _, problems = validate_client(values, cid)
    for f, msg in problems.items():
        if msg == "required" or f in ("client_number", "country", "language"):
            report.errors.append(f"{f}: {msg}")
        else:  # tax id, postal code, state, e-mail: a historical record keeps them
            report.warnings.append(f"{f}: {msg} (kept as given)")
    if report.errors:
        raise _ClientRejected
    row = Client.get_or_none(Client.id == cid)
    report.status = "UPDATED" if row is not None else "CREATED"
    if row is None:
        row = Client(id=cid)
    for f in CLIENT_FIELDS:
        v = values.get(f)
        setattr(row, f, "" if v is None and f == "neighborhood" else v)
    row.save(force_insert=report.status == "CREATED")
    invoices = data.get("invoices") or []
    if not isinstance(invoices, list):
        report.errors.append('"invoices" is not a list')
        raise _ClientRejected
    for n, inv in enumerate(invoices, 1):
        if not isinstance(inv, Mapping):
            report.errors.append(f"invoice {n} is not an object")
            raise _ClientRejected
        _import_invoice(row, inv, n, report)
    if report.errors:
        raise _ClientRejected


def _dec(v: Any, what: str, report: ClientImport, *, required: bool = False) -> Decimal | None:
    if v is None:
        if required:
            report.errors.append(f"{what} is missing")
        return None
    try:
        d = as_decimal(v)
    except (InvalidOperation, ValueError):
        report.errors.append(f"{what} {v!r} is not a number")
        return None
    if d is None or not d.is_finite():
        report.errors.append(f"{what} {v!r} is not a number")
        return None
    return d


def _import_invoice(client: Client, data: Mapping[str, Any], n: int,
                    report: ClientImport) -> None:
    iid = _text(data.get("id")) or new_uuid()
    label = f"invoice {data.get('reference_month') or n}"
    if Invoice.get_or_none(Invoice.id == iid) is not None:
        report.invoices_skipped += 1
        return
    for key in data:
        if key not in SEED_INVOICE_KEYS and key not in INVOICE_EXTENSION_KEYS:
            report.warnings.append(f"{label}: unknown key {key!r} ignored")
    if data.get("client_id") not in (None, client.id):
        report.warnings.append(f"{label}: client_id {data.get('client_id')} is not its "
                               f"client's id; filed under {client.id}")
    amount_due = _dec(data.get("amount_due"), f"{label}: amount_due", report, required=True)
    ref = _text(data.get("reference_month"))
    if not ref:
        report.errors.append(f"{label}: reference_month is missing")
    try:
        due = parse_iso(str(data.get("due_date")))
    except (TypeError, ValueError):
        report.errors.append(f"{label}: due_date {data.get('due_date')!r} is not a date")
        due = None
    period = _text(data.get("period"))
    try:
        period = normalise_period(period or ref or "")
    except BillingError:
        report.warnings.append(f"{label}: reference month {ref!r} is not a month; the invoice "
                               "is kept but monthly runs and prints cannot place it")
        period = None
    status_text = (_text(data.get("status")) or InvoiceStatus.ISSUED.value).upper()
    if status_text not in {s.value for s in InvoiceStatus}:
        report.errors.append(f"{label}: status {status_text!r} is not ISSUED, PAID or CANCELED")
    number = _text(data.get("invoice_number"))
    if number and Invoice.select().where(Invoice.invoice_number == number).exists():
        report.errors.append(f"{label}: invoice number {number} is already used")
    currency = (_text(data.get("currency")) or
                _CURRENCY_BY_COUNTRY.get((client.country or "BR").upper(), "BRL")).upper()
    items = data.get("billed_items") or []
    history = data.get("consumption_history") or []
    if not isinstance(items, list) or not isinstance(history, list):
        report.errors.append(f"{label}: billed_items and consumption_history must be lists")
        return
    item_rows = []
    for i, it in enumerate(items, 1):
        if not isinstance(it, Mapping):
            report.errors.append(f"{label}: billed item {i} is not an object")
            continue
        amount = _dec(it.get("amount"), f"{label}: item {i} amount", report, required=True)
        if not _text(it.get("item_name")):
            report.errors.append(f"{label}: item {i} has no item_name")
        item_rows.append({
            "id": _text(it.get("id")) or new_uuid(), "item_name": _text(it.get("item_name")),
            "unit": _text(it.get("unit")),
            "quantity": _dec(it.get("quantity"), f"{label}: item {i} quantity", report),
            "unit_price": _dec(it.get("unit_price"), f"{label}: item {i} unit_price", report),
            "amount": amount,
            "unit_rate": _dec(it.get("unit_rate"), f"{label}: item {i} unit_rate", report),
            "position": i - 1,
        })
    hist_rows = []
    for i, h in enumerate(history, 1):
        if not isinstance(h, Mapping):
            report.errors.append(f"{label}: history row {i} is not an object")
            continue
        kwh = _dec(h.get("consumption_kwh"), f"{label}: history {i} consumption_kwh", report,
                   required=True)
        avg = _dec(h.get("average_kwh_per_day"), f"{label}: history {i} average_kwh_per_day",
                   report, required=True)
        days = h.get("days")
        if not isinstance(days, int) or isinstance(days, bool) or days < 0:
            report.errors.append(f"{label}: history {i} days {days!r} is not a whole number")
            days = 0
        hist_rows.append({
            "id": _text(h.get("id")) or new_uuid(), "month_year": _text(h.get("month_year")) or "",
            "consumption_kwh": float(kwh or 0), "average_kwh_per_day": float(avg or 0),
            "days": days,
        })
    if report.errors:
        return
    assert amount_due is not None and ref is not None and due is not None
    total = sum((r["amount"] for r in item_rows if isinstance(r["amount"], Decimal)),
                Decimal(0))
    if total != amount_due:
        report.warnings.append(
            f"{label}: billed items sum to {total} but amount_due is {amount_due}; kept as "
            "stated (an imported invoice is a historical document)")
    open_statuses = (InvoiceStatus.ISSUED.value, InvoiceStatus.PAID.value)
    if period and status_text in open_statuses and Invoice.select().where(
            (Invoice.client == client.id) & (Invoice.period == period)
            & Invoice.status.in_(open_statuses)).exists():
        report.warnings.append(f"{label}: the client already has an open invoice for {period}")
    corrects = _text(data.get("corrects_id"))
    if corrects and Invoice.get_or_none(Invoice.id == corrects) is None:
        report.warnings.append(f"{label}: corrects_id {corrects} is unknown; link dropped")
        corrects = None
    try:
        issued = parse_iso(str(data["issued_at"])) if data.get("issued_at") else utcnow()
        paid = parse_iso(str(data["paid_at"])) if data.get("paid_at") else None
    except ValueError:
        report.errors.append(f"{label}: issued_at/paid_at is not a date")
        return
    Invoice.create(
        id=iid, file_name=_text(data.get("file_name")) or f"{iid}.pdf", client=client.id,
        client_number=_text(data.get("client_number")) or client.client_number or "",
        reference_month=ref, due_date=due,
        installation_number=_text(data.get("installation_number")) or "",
        amount_due=amount_due, period=period, invoice_number=number or None, currency=currency,
        status=status_text, issued_at=issued, paid_at=paid, corrects=corrects,
        payment_notified=False, snapshot=None,
    )
    if item_rows:
        BilledItem.insert_many([{**r, "invoice": iid} for r in item_rows]).execute()
    if hist_rows:
        ConsumptionHistory.insert_many([{**r, "invoice": iid} for r in hist_rows]).execute()
    report.invoices_added += 1
