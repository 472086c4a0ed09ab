"""Billing's documents drawn: the services' plain data turned into this package's models.

``services.billing`` computes (and stores) what an invoice or the monthly report says as
plain values; it cannot import this package (a layer above it), so functions that write a
PDF are handed :func:`render_invoice_document`. The GUI and the command line pass it.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from csms_desktop.domain.money import round_money
from csms_desktop.domain.monthly_figures import MonthlyFigures
from csms_desktop.reports.i18n import t
from csms_desktop.reports.invoice_pdf import render_invoice_bytes
from csms_desktop.reports.model import (
    BilledLine,
    ChargerUsageRow,
    ClientBlock,
    ClientUsageRow,
    DriverRow,
    FaultRow,
    HistoryRow,
    InvoiceDoc,
    MonthlyReportDoc,
    SessionRow,
    SiteInfo,
    UtilisationRow,
)
from csms_desktop.reports.monthly_report import render_monthly_report


def _dec(value: Any) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def _site(d: dict[str, Any]) -> SiteInfo:
    return SiteInfo(
        name=str(d.get("name") or ""),
        address_lines=tuple(d.get("address_lines") or ()),
        installation_number=str(d.get("installation_number") or ""),
        tax_id=d.get("tax_id"),
        time_zone=str(d.get("time_zone") or "UTC"),
        currency=str(d.get("currency") or "BRL"),
        tax_id_country=str(d.get("tax_id_country") or "BR"),
    )


def _client(d: dict[str, Any]) -> ClientBlock:
    return ClientBlock(
        full_name=d["full_name"], street=d["street"], number=d["number"],
        complement=d.get("complement"), neighborhood=d.get("neighborhood") or "",
        zip_code=d["zip_code"], city=d["city"], state=d["state"],
        country=d.get("country") or "BR", tax_id=d.get("tax_id") or "",
        tax_id_country=d.get("tax_id_country") or d.get("country") or "BR",
        state_registration=d.get("state_registration"), email=d.get("email"),
        client_number=str(d.get("client_number") or ""),
    )


def invoice_doc(doc: dict[str, Any]) -> InvoiceDoc:
    """The printable model of ``services.billing.invoice_document(...)``."""
    items = tuple(
        BilledLine(
            item_name=it["item_name"], unit=it.get("unit"), quantity=_dec(it.get("quantity")),
            unit_price=_dec(it.get("unit_price")), unit_rate=_dec(it.get("unit_rate")),
            amount=Decimal(str(it["amount"])),
        )
        for it in doc["items"]
    )
    history = tuple(
        HistoryRow(h["month_year"], Decimal(str(h["consumption_kwh"])),
                   Decimal(str(h["average_kwh_per_day"])), int(h["days"]))
        for h in doc.get("history") or ()
    )
    sessions = tuple(
        SessionRow(start=datetime.fromisoformat(s["start"]), charger=str(s["charger"]),
                   driver=str(s["driver"]), vehicle=s.get("vehicle"), kwh=Decimal(s["kwh"]),
                   cost=Decimal(s["cost"]))
        for s in doc.get("sessions") or ()
    )
    return InvoiceDoc(
        site=_site(doc["site"]),
        client=_client(doc["client"]),
        invoice_number=str(doc["invoice_number"]),
        reference_month=doc["reference_month"],
        issued_at=datetime.fromisoformat(doc["issued_at"]),
        due_date=date.fromisoformat(doc["due_date"]),
        installation_number=str(doc.get("installation_number") or ""),
        currency=doc["currency"],
        amount_due=Decimal(str(doc["amount_due"])),
        items=items,
        history=history,
        sessions=sessions,
        language=doc.get("language") or "pt_BR",
        corrects=doc.get("corrects"),
        status=doc.get("status") or "",
        invoice_id=doc.get("invoice_id"),
    )


def render_invoice_document(doc: dict[str, Any]) -> bytes:
    """PDF bytes of an invoice document (an ``InvoiceRenderer`` for services.billing)."""
    return render_invoice_bytes(invoice_doc(doc))


def _revenue(value: Decimal, currency: str) -> Decimal:
    return round_money(value, currency)


def report_doc(fig: MonthlyFigures) -> MonthlyReportDoc:
    lang, cur = fig.language, fig.currency
    return MonthlyReportDoc(
        site=_site(fig.site),
        month=fig.period,
        language=lang,
        currency=cur,
        per_charger=tuple(ChargerUsageRow(r.name or "", r.sessions, r.kwh,
                                          _revenue(r.revenue, cur)) for r in fig.per_charger),
        per_client=tuple(ClientUsageRow(r.name if r.name is not None else t(lang, "no_client"),
                                        r.sessions, r.kwh, _revenue(r.revenue, cur))
                         for r in fig.per_client),
        sessions_per_day=tuple(fig.sessions_per_day),
        utilisation=tuple(UtilisationRow(u.charger, u.connector, u.hours)
                          for u in fig.utilisation),
        top_drivers=tuple(DriverRow(d.driver, d.sessions, d.kwh) for d in fig.top_drivers),
        faults=tuple(FaultRow(f.charger, f.connector, f.faults, f.downtime_hours)
                     for f in fig.faults),
        generated_at=fig.generated_at,
    )


def render_report(fig: MonthlyFigures, path: str | Path) -> Path:
    return render_monthly_report(report_doc(fig), path)
