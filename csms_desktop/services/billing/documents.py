"""Reading invoices: lists, the printable document (for PDFs and reprints), site and client
blocks as printed, and the few words billing prints itself (pt_BR, th_TH, en)."""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from csms_desktop.domain.enums import InvoiceStatus, TransactionStatus
from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.tariff import DEFAULT_WINDOW_NAME
from csms_desktop.domain.taxid import InvalidTaxId, validate_tax_id
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.billing.common import (
    BillingError,
    month_bounds,
    normalise_period,
    rows,
)
from csms_desktop.services.settings import SiteSettings
from csms_desktop.store.models import (
    BilledItem,
    Client,
    ConsumptionHistory,
    Invoice,
    Transaction,
    User,
)

InvoiceRenderer = Callable[[dict[str, Any]], bytes]
"""Turns an invoice document (:func:`invoice_document`) into PDF bytes (reports.billing)."""

OPEN_STATUSES = (InvoiceStatus.ISSUED, InvoiceStatus.PAID)

# key -> (pt_BR, th_TH, en): the words billing prints itself. Tariff window names are the
# operator's own: the usual ones (Peak, Off-peak, ...) print in the invoice's language
# (window_name), any other name as entered.
_WORDS: dict[str, tuple[str, str, str]] = {
    "energy": ("Energia", "ค่าพลังงานไฟฟ้า", "Energy"),
    DEFAULT_WINDOW_NAME: ("Padrão", "อัตราปกติ", "Standard"),
    "WINDOW_PEAK": ("Ponta", "ช่วงพีค", "Peak"),
    "WINDOW_OFF_PEAK": ("Fora de ponta", "นอกช่วงพีค", "Off-peak"),
    "WINDOW_MID_PEAK": ("Intermediário", "ช่วงกลาง", "Mid-peak"),
    "WINDOW_NIGHT": ("Noturno", "กลางคืน", "Night"),
    "WINDOW_DAY": ("Diurno", "กลางวัน", "Day"),
    "WINDOW_WEEKEND": ("Fim de semana", "วันหยุดสุดสัปดาห์", "Weekend"),
    "SESSION_FEE": ("Taxa por sessão de recarga", "ค่าบริการต่อครั้ง", "Session fee"),
    "IDLE_FEE": ("Taxa de ociosidade", "ค่าจอดแช่หลังชาร์จเสร็จ", "Idle fee"),
    "TAX": ("Tributos {pct}%", "ภาษีมูลค่าเพิ่ม {pct}%", "Tax {pct}%"),
    "session": ("sessão", "ครั้ง", "session"),
    "min": ("min", "นาที", "min"),
    "kWh": ("kWh", "kWh", "kWh"),
    "ISSUED": ("Emitida", "ออกแล้ว", "Issued"),
    "PAID": ("Paga", "ชำระแล้ว", "Paid"),
    "CANCELED": ("Cancelada (substituída)", "ยกเลิก (มีฉบับแก้ไข)", "Canceled (replaced)"),
    "difference": (
        "Diferença declarada no documento importado",
        "ส่วนต่างตามเอกสารที่นำเข้า",
        "Difference stated by the imported document",
    ),
}
_LANG = {"pt_BR": 0, "th_TH": 1, "en": 2}


_WINDOW_KEYS = {
    "peak": "WINDOW_PEAK", "on peak": "WINDOW_PEAK", "ponta": "WINDOW_PEAK",
    "off peak": "WINDOW_OFF_PEAK", "offpeak": "WINDOW_OFF_PEAK", "fora de ponta": "WINDOW_OFF_PEAK",
    "mid peak": "WINDOW_MID_PEAK", "shoulder": "WINDOW_MID_PEAK",
    "intermediario": "WINDOW_MID_PEAK", "intermediário": "WINDOW_MID_PEAK",
    "night": "WINDOW_NIGHT", "noturno": "WINDOW_NIGHT", "day": "WINDOW_DAY",
    "diurno": "WINDOW_DAY", "weekend": "WINDOW_WEEKEND", "fim de semana": "WINDOW_WEEKEND",
}


def window_name(name: str, lang: str) -> str:
    """A tariff window's name in the invoice's language: the usual names are translated
    (``Off-peak`` is "Fora de ponta" in pt_BR, "นอกช่วงพีค" in th_TH), others print as
    entered."""
    if name == DEFAULT_WINDOW_NAME:
        return word(name, lang)
    key = _WINDOW_KEYS.get(" ".join(name.strip().lower().replace("-", " ").replace("_", " ")
                                    .split()))
    return word(key, lang) if key else name


def word(key: str, lang: str, **params: object) -> str:
    entry = _WORDS.get(key)
    if entry is None:
        return key
    return entry[_LANG.get(lang, 2)].format(**params)


def site_block(settings: SiteSettings, currency: str) -> dict[str, Any]:
    lines = [ln.strip() for ln in re.split(r"[\n;]", settings.site_address or "") if ln.strip()]
    tax_id = None
    if settings.tax_id.strip():
        try:
            tax_id = validate_tax_id(settings.tax_id, settings.default_country)
        except InvalidTaxId:  # saved settings are validated; an old row prints as typed
            tax_id = settings.tax_id.strip()
    return {
        "name": settings.legal_name.strip() or settings.site_name, "address_lines": lines,
        "installation_number": settings.installation_number, "tax_id": tax_id,
        "tax_id_country": settings.default_country, "time_zone": settings.time_zone,
        "currency": currency,
    }


def client_block(c: Client) -> dict[str, Any]:
    country = (c.country or "BR").upper()
    return {
        "full_name": c.full_name, "street": c.street, "number": c.number,
        "complement": c.complement, "neighborhood": c.neighborhood, "zip_code": c.zip_code,
        "city": c.city, "state": c.state, "country": country, "tax_id": c.tax_id,
        "tax_id_country": country, "state_registration": c.state_registration,
        "email": c.email, "client_number": c.client_number or "",
    }


def write_pdf(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def is_overdue(inv: Invoice, today: date) -> bool:
    return inv.status == InvoiceStatus.ISSUED and inv.due_date.astimezone(UTC).date() < today


# ----------------------------------------------------------------------- reading


@dataclass(frozen=True)
class InvoiceView:
    id: str
    invoice_number: str
    client_id: str
    client_name: str
    client_number: str
    period: str
    reference_month: str
    issued_at: datetime
    due_date: date
    amount_due: Decimal
    currency: str
    status: str
    paid_at: datetime | None
    overdue: bool
    corrects: str | None
    corrected_by: str | None
    file_name: str
    imported: bool


def list_invoices(period: str | None = None, client_id: str | None = None,
                  paid: bool | None = None, today: date | None = None) -> list[InvoiceView]:
    """Invoices, newest first; ``paid`` True/False filters PAID vs ISSUED (unpaid)."""
    today = today or utcnow().date()
    q = Invoice.select(Invoice, Client).join(Client)
    if period:
        q = q.where(Invoice.period == normalise_period(period))
    if client_id:
        q = q.where(Invoice.client == client_id)
    if paid is True:
        q = q.where(Invoice.status == InvoiceStatus.PAID)
    elif paid is False:
        q = q.where(Invoice.status == InvoiceStatus.ISSUED)
    found = list(q.order_by(Invoice.issued_at.desc(), Invoice.invoice_number.desc()))
    numbers = {i.id: (i.invoice_number or i.reference_month) for i in
               Invoice.select(Invoice.id, Invoice.invoice_number, Invoice.reference_month)}
    corrected_by = {i.corrects_id: (i.invoice_number or i.id) for i in
                    Invoice.select(Invoice.id, Invoice.invoice_number, Invoice.corrects)
                    .where(Invoice.corrects.is_null(False))}
    out = []
    for i in found:
        out.append(InvoiceView(
            id=i.id, invoice_number=i.invoice_number or "", client_id=i.client_id,
            client_name=i.client.full_name, client_number=i.client_number,
            period=i.period or "", reference_month=i.reference_month, issued_at=i.issued_at,
            due_date=i.due_date.astimezone(UTC).date(), amount_due=Decimal(i.amount_due),
            currency=i.currency, status=str(i.status), paid_at=i.paid_at,
            overdue=is_overdue(i, today),
            corrects=numbers.get(i.corrects_id) if i.corrects_id else None,
            corrected_by=corrected_by.get(i.id), file_name=i.file_name,
            imported=i.snapshot is None,
        ))
    return out


def item_text(it: dict[str, Any]) -> dict[str, Any]:
    def text(v: Any) -> str | None:
        return None if v is None else str(Decimal(v))
    return {"item_name": it["item_name"], "unit": it["unit"], "quantity": text(it["quantity"]),
            "unit_price": text(it["unit_price"]), "unit_rate": text(it["unit_rate"]),
            "amount": str(Decimal(it["amount"]))}


def document(*, invoice_id: str, snapshot: dict[str, Any], number: str, period: str,
              issued_at: datetime, due: date, installation: str, currency: str,
              amount_due: Decimal, items: list[dict[str, Any]], history: list[dict[str, Any]],
              corrects: str | None, status: str) -> dict[str, Any]:
    return {
        "invoice_id": invoice_id,
        "language": snapshot["language"],
        "site": snapshot["site"],
        "client": snapshot["client"],
        "invoice_number": number,
        "reference_month": period,
        "issued_at": issued_at.astimezone(UTC).isoformat(),
        "due_date": due.isoformat(),
        "installation_number": installation,
        "currency": currency,
        "amount_due": str(amount_due),
        "items": items,
        "history": sorted(history, key=lambda h: str(h["month_year"])),
        "sessions": list(snapshot.get("sessions") or []),
        "corrects": corrects,
        "status": status,
        "warnings": list(snapshot.get("warnings") or []),
    }


def invoice_document(invoice_id: str, settings: SiteSettings) -> dict[str, Any]:
    """Everything the printed invoice shows, as plain JSON-able values (money as text).

    Issued here: from the invoice's snapshot, items and history, so a reprint is the same
    document. Imported: from the current client row and site settings, no sessions; when
    the imported items do not add up to ``amount_due`` an explicit difference line is
    printed (the amount due stays as the document stated it). BillingError when the
    month cannot be read.
    """
    inv = Invoice.get_or_none(Invoice.id == invoice_id)
    if inv is None:
        raise BillingError(Message(QT_TR_NOOP("no invoice {id}"), id=invoice_id))
    client = Client.get_by_id(inv.client_id)
    snap = dict(inv.snapshot or {})
    lang = snap.get("language") or client.language or "pt_BR"
    snap.setdefault("language", lang)
    snap.setdefault("site", site_block(settings, inv.currency))
    snap.setdefault("client", client_block(client))
    try:
        period = inv.period or normalise_period(inv.reference_month)
    except BillingError:
        raise BillingError(f"cannot print invoice {inv.id}: reference month "
                           f"{inv.reference_month!r} is not a month") from None
    items = [item_text({"item_name": b.item_name, "unit": b.unit, "quantity": b.quantity,
                         "unit_price": b.unit_price, "unit_rate": b.unit_rate,
                         "amount": b.amount})
             for b in BilledItem.select().where(BilledItem.invoice == inv.id)
             .order_by(BilledItem.position, BilledItem.id)]
    total = sum((Decimal(it["amount"]) for it in items), Decimal(0))
    if total != Decimal(inv.amount_due):
        diff = Decimal(inv.amount_due) - total
        items.append({"item_name": word("difference", lang), "unit": None, "quantity": None,
                      "unit_price": None, "unit_rate": None, "amount": str(diff)})
        snap["warnings"] = [*(snap.get("warnings") or []),
                            f"items sum to {total} but amount_due is {inv.amount_due}"]
    history = []
    for h in ConsumptionHistory.select().where(ConsumptionHistory.invoice == inv.id):
        try:
            p = normalise_period(h.month_year)
        except BillingError:
            continue
        history.append({"month_year": p, "consumption_kwh": h.consumption_kwh,
                        "average_kwh_per_day": h.average_kwh_per_day, "days": h.days})
    corrects = None
    if inv.corrects_id:
        old = Invoice.get_or_none(Invoice.id == inv.corrects_id)
        corrects = (old.invoice_number or old.reference_month) if old else inv.corrects_id
    status = "" if inv.status == InvoiceStatus.ISSUED else word(str(inv.status), lang)
    return document(
        invoice_id=inv.id, snapshot=snap, number=inv.invoice_number or inv.id[:8],
        period=period, issued_at=inv.issued_at, due=inv.due_date.astimezone(UTC).date(),
        installation=inv.installation_number, currency=inv.currency,
        amount_due=Decimal(inv.amount_due), items=items, history=history,
        corrects=corrects, status=status,
    )


def save_pdf(invoice_id: str, path: str | Path, settings: SiteSettings,
             render: InvoiceRenderer) -> Path:
    """Render a stored invoice to ``path`` (a reprint of the same document)."""
    target = Path(path)
    write_pdf(target, render(invoice_document(invoice_id, settings)))
    return target


def billed_transaction_ids(invoice_id: str) -> list[str]:
    inv = Invoice.get_or_none(Invoice.id == invoice_id)
    snap = (inv.snapshot or {}) if inv else {}
    return [str(s["transaction"]) for s in snap.get("sessions") or []]


def unbilled_transactions(period: str, tz: str) -> int:
    """COMPLETED transactions of client drivers in the month on no open invoice
    (late stops after the run, drivers assigned later): a hint to issue corrections."""
    start, end = month_bounds(normalise_period(period), tz)
    billed: set[str] = set()
    for inv in Invoice.select(Invoice.snapshot).where(
            (Invoice.period == normalise_period(period)) & Invoice.status.in_(OPEN_STATUSES)):
        billed |= {str(s["transaction"]) for s in (inv.snapshot or {}).get("sessions") or []}
    q = (Transaction.select(Transaction.id).join(User, on=(Transaction.user == User.id))
         .where((User.client.is_null(False)) & (Transaction.status == TransactionStatus.COMPLETED)
                & Transaction.total_cost.is_null(False)
                & (Transaction.start_time >= start) & (Transaction.start_time < end)))
    return sum(1 for (tid,) in rows(q) if str(tid) not in billed)
