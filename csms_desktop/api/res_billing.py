"""Routes: tariffs, clients, invoices (JSON and PDF) through the Billing page's services.

The services check the Billing permission themselves (managers and administrators) and
validate every field; their messages come back unchanged, field by field.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from aiohttp import web

from csms_desktop.api.errors import invalid, not_found
from csms_desktop.api.routing import Api, Call, present
from csms_desktop.api.schema import partial
from csms_desktop.services.billing import clients as clients
from csms_desktop.services.billing import documents as docs
from csms_desktop.services.billing import invoices as invoices
from csms_desktop.services.billing import tariffs as tariffs
from csms_desktop.services.billing.clients import ClientView
from csms_desktop.services.billing.documents import InvoiceView
from csms_desktop.services.billing.tariffs import TariffView
from csms_desktop.services.operators import Permission
from csms_desktop.store.models import Client, Invoice

Money = str | float


@dataclass(frozen=True)
class TariffInput:
    """A tariff row: the site default (no client_id) or one client's, from a date on."""

    name: str
    currency: str
    price_per_kwh: Money = field(default="0", metadata={"doc": "per kWh, e.g. \"6.50\""})
    session_fee: Money = "0"
    idle_fee_per_minute: Money = "0"
    idle_grace_minutes: int | str = 0
    tax_rate: Money = field(default="0", metadata={"doc": "0.07 for 7 %"})
    prices_include_tax: bool = False
    windows: list[dict[str, Any]] = field(default_factory=list, metadata={
        "doc": "time-of-day prices: [{name, start HH:MM, end HH:MM, price_per_kwh}]"})
    client_id: str | None = field(default=None, metadata={"doc": "omit: the site default"})
    effective_from: datetime | None = field(default=None, metadata={"doc": "default now"})


TariffChanges = partial(TariffInput)


@dataclass(frozen=True)
class ClientInput:
    """A billed client (company or person), as the Billing page's client form."""

    full_name: str
    street: str
    number: str
    city: str
    state: str
    zip_code: str
    tax_id: str
    country: str = "BR"
    neighborhood: str | None = None
    complement: str | None = None
    state_registration: str | None = None
    email: str | None = None
    client_number: str | None = field(default=None, metadata={"doc": "omit: the next number"})
    language: str | None = field(default=None, metadata={"doc": "pt_BR, th_TH or en"})


ClientChanges = partial(ClientInput)


@dataclass(frozen=True)
class ClientQuery:
    search: str = field(default="", metadata={"doc": "part of the name, number or tax id"})


@dataclass(frozen=True)
class InvoiceQuery:
    period: str | None = field(default=None, metadata={"doc": "YYYY-MM"})
    client_id: str | None = None
    paid: bool | None = None


@dataclass(frozen=True)
class MarkPaid:
    paid_at: datetime | None = field(default=None, metadata={"doc": "default now"})


def _tariff(tariff_id: str) -> TariffView:
    for view in tariffs.list_tariffs():
        if view.id == tariff_id:
            return view
    raise not_found(f"no tariff {tariff_id}")


def _client(client_id: str) -> ClientView:
    if Client.get_or_none(Client.id == client_id) is None:
        raise not_found(f"no client {client_id}")
    return next(c for c in clients.list_clients() if c.id == client_id)


def _invoice(invoice_id: str) -> InvoiceView:
    inv = Invoice.get_or_none(Invoice.id == invoice_id)
    if inv is None:
        raise not_found(f"no invoice {invoice_id}")
    return next(i for i in docs.list_invoices(client_id=inv.client_id) if i.id == invoice_id)


def _values(body: Any) -> dict[str, Any]:
    """The fields a PATCH body named (at least one)."""
    values = {k: getattr(body, k) for k in present(body)}
    if not values:
        raise invalid({"body": "name at least one field to change"})
    return values


def register(api: Api) -> None:
    # -------------------------------------------------------------- tariffs
    @api.route("GET", "/api/v1/tariffs", permission=Permission.BILLING, summary="List tariffs",
               tag="billing", response=list[TariffView], offload=True,
               description="Every row, owner by owner, newest first; `in_force` marks the "
                           "one that prices a session starting now.")
    async def list_tariffs(call: Call) -> list[TariffView]:
        return await call.ctx.read_answer(tariffs.list_tariffs)

    @api.route("POST", "/api/v1/tariffs", permission=Permission.BILLING,
               summary="Add a tariff", tag="billing", body=TariffInput, status=201,
               response=TariffView)
    async def create_tariff(call: Call) -> TariffView:
        row = tariffs.create_tariff(call.operator, dataclasses.asdict(call.body))
        return _tariff(str(row.id))

    @api.route("GET", "/api/v1/tariffs/{tariff_id}", permission=Permission.BILLING,
               summary="Read a tariff", tag="billing", response=TariffView, offload=True)
    async def get_tariff(call: Call) -> TariffView:
        return await call.ctx.read_answer(_tariff, call.arg("tariff_id"))

    @api.route("PATCH", "/api/v1/tariffs/{tariff_id}", permission=Permission.BILLING,
               summary="Change a tariff", tag="billing", body=TariffChanges, status=201,
               response=TariffView,
               description="A tariff is never edited: the change is a new row for the same "
                           "owner from `effective_from` (default now), answered here; past "
                           "sessions keep their price.")
    async def change_tariff(call: Call) -> TariffView:
        _tariff(call.arg("tariff_id"))
        values = _values(call.body)
        if "client_id" in values:
            raise invalid({"client_id": "the owner of a tariff does not change; add a tariff "
                                        "for the other owner"})
        row = tariffs.change_tariff(call.operator, call.arg("tariff_id"), values)
        return _tariff(str(row.id))

    @api.route("DELETE", "/api/v1/tariffs/{tariff_id}", permission=Permission.BILLING,
               summary="Delete a tariff that priced nothing", tag="billing", status=204,
               extra_errors=(409,))
    async def delete_tariff(call: Call) -> None:
        _tariff(call.arg("tariff_id"))
        tariffs.delete_tariff(call.operator, call.arg("tariff_id"))

    # -------------------------------------------------------------- clients
    @api.route("GET", "/api/v1/clients", permission=Permission.BILLING, summary="List clients",
               tag="billing", query=ClientQuery, response=list[ClientView], offload=True)
    async def list_clients(call: Call) -> list[ClientView]:
        return await call.ctx.read_answer(clients.list_clients, call.query.search)

    @api.route("POST", "/api/v1/clients", permission=Permission.BILLING,
               summary="Add a client", tag="billing", body=ClientInput, status=201,
               response=ClientView,
               description="Brazil: CPF/CNPJ by their check digits, CEP NNNNN-NNN, state a "
                           "UF; other countries' postal codes by their own rule.")
    async def create_client(call: Call) -> ClientView:
        row = clients.create_client(call.operator, dataclasses.asdict(call.body))
        return _client(str(row.id))

    @api.route("GET", "/api/v1/clients/{client_id}", permission=Permission.BILLING,
               summary="Read a client", tag="billing", response=ClientView, offload=True)
    async def get_client(call: Call) -> ClientView:
        return await call.ctx.read_answer(_client, call.arg("client_id"))

    @api.route("PATCH", "/api/v1/clients/{client_id}", permission=Permission.BILLING,
               summary="Change a client", tag="billing", body=ClientChanges,
               response=ClientView, description="Issued invoices keep what they printed.")
    async def update_client(call: Call) -> ClientView:
        _client(call.arg("client_id"))
        row = Client.get_by_id(call.arg("client_id"))
        values = {**clients.client_values(row), **_values(call.body)}
        clients.update_client(call.operator, row.id, values)
        return _client(row.id)

    @api.route("DELETE", "/api/v1/clients/{client_id}", permission=Permission.BILLING,
               summary="Delete a client without invoices", tag="billing", status=204,
               extra_errors=(409,))
    async def delete_client(call: Call) -> None:
        _client(call.arg("client_id"))
        clients.delete_client(call.operator, call.arg("client_id"))

    # -------------------------------------------------------------- invoices
    @api.route("GET", "/api/v1/invoices", permission=Permission.BILLING,
               summary="List invoices", tag="billing", query=InvoiceQuery,
               response=list[InvoiceView], offload=True, description="Newest first.")
    async def list_invoices(call: Call) -> list[InvoiceView]:
        q: InvoiceQuery = call.query
        return await call.ctx.read_answer(lambda: docs.list_invoices(q.period, q.client_id, q.paid))

    @api.route("GET", "/api/v1/invoices/{invoice_id}", permission=Permission.BILLING,
               summary="Read an invoice: everything its document shows", tag="billing",
               response=dict[str, Any], offload=True,
               description="Items, history, sessions annex, client and site blocks as "
                           "printed (issued invoices print the same forever).")
    async def get_invoice(call: Call) -> dict[str, Any]:
        inv = await call.ctx.read(_invoice, call.arg("invoice_id"))
        doc = await call.ctx.read(docs.invoice_document, inv.id, call.ctx.services.settings)
        return {"invoice": inv, "document": doc}

    @api.route("GET", "/api/v1/invoices/{invoice_id}/pdf", permission=Permission.BILLING,
               summary="The invoice as PDF", tag="billing", content_type="application/pdf",
               offload=True)
    async def invoice_pdf(call: Call) -> web.Response:
        from csms_desktop.reports.billing import render_invoice_document

        inv = await call.ctx.read(_invoice, call.arg("invoice_id"))
        settings = call.ctx.services.settings
        data = await call.ctx.read(lambda: render_invoice_document(
            docs.invoice_document(inv.id, settings)))
        name = (inv.file_name or f"invoice-{inv.invoice_number or inv.id}.pdf").replace('"', "")
        return web.Response(body=data, content_type="application/pdf",
                            headers={"Content-Disposition": f'inline; filename="{name}"'})

    @api.route("POST", "/api/v1/invoices/{invoice_id}/paid", permission=Permission.BILLING,
               summary="Mark an invoice paid", tag="billing", body=MarkPaid,
               response=InvoiceView, extra_errors=(409,))
    async def mark_paid(call: Call) -> InvoiceView:
        inv = _invoice(call.arg("invoice_id"))
        invoices.mark_paid(call.operator, inv.id, call.body.paid_at)
        return _invoice(inv.id)
