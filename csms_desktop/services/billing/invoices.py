"""The monthly invoice run, corrections, payments and overdue notices.

One code path for the GUI and the command line: :func:`run_month` is a plain function
meant to run off the event loop, given a progress callback and a cancel flag; each client
is billed in its own database transaction and a failure on one is reported without
stopping the others.

Rules (docs/decisions.md, "Billing"):

* One invoice per client with charging in the month: its drivers' (``user.client_id``)
  COMPLETED transactions whose *start* falls in the month in the site's time zone.
* The items are the sum of the sessions' stored breakdowns (``transaction.cost_breakdown``,
  computed with the tariff in force at each start): one energy line per tariff window and
  price, session fees, idle fees, one tax line per rate. Every session line is already
  rounded (``domain.money.ROUNDING_RULE``), so ``amount_due`` is the exact sum of the items
  and equals the sum of the sessions' ``total_cost`` printed in the annex.
* Sessions without a cost (energy flagged for review, no tariff) are left out and reported.
* Idempotent: a client with an ISSUED or PAID invoice for the period is skipped
  ("already issued"). An issued invoice never changes; a correction issues a new invoice
  with ``corrects_id`` = the old one, whose status becomes CANCELED.
* Numbers ``YYYY-NNNNNN``: sequential per year of issue (site time zone), unique.
* Due date: day ``invoice_due_day`` of the month after the reference month, stored as
  00:00 UTC of that calendar day (a date, not an instant).
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import peewee as pw

from csms_desktop.domain.enums import InvoiceStatus, NotificationType, TransactionStatus
from csms_desktop.domain.ids import new_uuid
from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.money import format_money
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.billing.common import (
    BillingError,
    add_months,
    local_date,
    month_bounds,
    normalise_period,
    parse_period,
    period_label,
    require_manager,
)
from csms_desktop.services.billing.content import InvoiceContent, NothingToBill, build_content
from csms_desktop.services.billing.documents import (
    OPEN_STATUSES,
    InvoiceRenderer,
    client_block,
    document,
    item_text,
    site_block,
    write_pdf,
)
from csms_desktop.services.notifications import Notifier
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.services.settings import SiteSettings
from csms_desktop.store.db import is_sqlite
from csms_desktop.store.models import (
    BilledItem,
    Client,
    ConsumptionHistory,
    Invoice,
    Transaction,
    User,
)

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]

_RUN_LOCK = threading.Lock()  # one run or correction at a time in this process
_NUMBER_RETRIES = 5

# ----------------------------------------------------------------------- results


@dataclass(frozen=True)
class ClientResult:
    client_id: str
    client_name: str
    status: str  # ISSUED, SKIPPED (already issued / nothing billable), FAILED
    message: str = ""
    invoice_id: str | None = None
    invoice_number: str | None = None
    amount_due: Decimal | None = None
    currency: str | None = None
    file: str | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class RunResult:
    period: str
    results: list[ClientResult] = field(default_factory=list)
    canceled: bool = False

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> int:
        return self.count("FAILED")

    def summary(self) -> str:
        total: dict[str, Decimal] = {}
        for r in self.results:
            if r.status == "ISSUED" and r.amount_due is not None and r.currency:
                total[r.currency] = total.get(r.currency, Decimal(0)) + r.amount_due
        money = ", ".join(f"{v} {k}" for k, v in sorted(total.items())) or "nothing"
        text = (f"{self.period}: {self.count('ISSUED')} issued ({money}), "
                f"{self.count('SKIPPED')} skipped, {self.failed} failed")
        return text + (" - canceled before the end" if self.canceled else "")


# ----------------------------------------------------------------------- issuing


def open_invoice(client_id: str, period: str) -> Invoice | None:
    """The client's ISSUED or PAID invoice for the period, if any."""
    return (Invoice.select().where((Invoice.client == client_id) & (Invoice.period == period)
                                   & Invoice.status.in_(OPEN_STATUSES))
            .order_by(Invoice.issued_at.desc()).first())


def next_invoice_number(year: int) -> str:
    last = (Invoice.select(pw.fn.MAX(Invoice.invoice_number))
            .where(Invoice.invoice_number.startswith(f"{year:04d}-")).scalar())
    seq = 0
    if last:
        tail = str(last).split("-", 1)[1]
        seq = int(tail) if tail.isdigit() else 0
    return f"{year:04d}-{seq + 1:06d}"


def due_date_for(period: str, due_day: int) -> date:
    year, month = parse_period(period)
    ny, nm = add_months(year, month, 1)
    return date(ny, nm, max(1, min(28, int(due_day))))


def _file_name(period: str, client: Client, number: str) -> str:
    safe = re.sub(r"[^A-Za-z0-9_-]+", "_", client.client_number or client.id[:8])
    return f"invoice_{period}_{safe}_{number}.pdf"


def _write_txn() -> Any:
    db = Invoice._meta.database
    return db.atomic(lock_type="IMMEDIATE") if is_sqlite() else db.atomic()


def _snapshot(content: InvoiceContent, settings: SiteSettings, extra: dict[str, Any]
              ) -> dict[str, Any]:
    client = content.client
    return {
        "version": 1, "language": client.language or "pt_BR",
        "site": site_block(settings, content.currency), "client": client_block(client),
        "sessions": list(content.sessions), "warnings": list(content.warnings), **extra,
    }


def _insert(inv_id: str, content: InvoiceContent, settings: SiteSettings, number: str,
            issued: datetime, corrects: Invoice | None, snapshot: dict[str, Any]) -> Invoice:
    client = content.client
    due = due_date_for(content.period, settings.invoice_due_day)
    inv = Invoice.create(
        id=inv_id, file_name=_file_name(content.period, client, number), client=client,
        client_number=client.client_number or "", reference_month=period_label(content.period),
        due_date=datetime(due.year, due.month, due.day, tzinfo=UTC),
        installation_number=settings.installation_number, amount_due=content.amount_due,
        period=content.period, invoice_number=number, currency=content.currency,
        status=InvoiceStatus.ISSUED, issued_at=issued,
        corrects=corrects.id if corrects else None, snapshot=snapshot,
    )
    BilledItem.insert_many([
        {"id": new_uuid(), "invoice": inv.id, "item_name": it["item_name"], "unit": it["unit"],
         "quantity": it["quantity"], "unit_price": it["unit_price"], "amount": it["amount"],
         "unit_rate": it["unit_rate"], "position": i}
        for i, it in enumerate(content.items)
    ]).execute()
    if content.history:
        ConsumptionHistory.insert_many([
            {"id": new_uuid(), "invoice": inv.id, "month_year": period_label(h["period"]),
             "consumption_kwh": h["consumption_kwh"],
             "average_kwh_per_day": h["average_kwh_per_day"], "days": h["days"]}
            for h in content.history
        ]).execute()
    return inv


def _issue(content: InvoiceContent, settings: SiteSettings, out_dir: Path | None,
           render: InvoiceRenderer | None, *, now: datetime | None,
           corrects: Invoice | None = None, extra: dict[str, Any] | None = None) -> Invoice:
    """Number, render and store one invoice: its rows and its PDF, or nothing.

    The PDF is rendered before the write transaction (the lock is held only for the
    inserts), from the same document a reprint reads back from the rows.
    """
    issued = now or utcnow()
    year = local_date(issued, settings.time_zone).year
    snapshot = _snapshot(content, settings, extra or {})
    corrects_number = (corrects.invoice_number or corrects.reference_month) if corrects else None
    for _attempt in range(_NUMBER_RETRIES):
        number = next_invoice_number(year)
        inv_id = new_uuid()
        file_name = _file_name(content.period, content.client, number)
        data: bytes | None = None
        if out_dir is not None and render is not None:
            due = due_date_for(content.period, settings.invoice_due_day)
            data = render(document(
                invoice_id=inv_id, snapshot=snapshot, number=number, period=content.period,
                issued_at=issued, due=due, installation=settings.installation_number,
                currency=content.currency, amount_due=content.amount_due,
                items=[item_text(it) for it in content.items],
                history=[{"month_year": h["period"], **{k: h[k] for k in (
                    "consumption_kwh", "average_kwh_per_day", "days")}} for h in content.history],
                corrects=corrects_number, status=""))
        pdf_path = Path(out_dir) / file_name if data is not None and out_dir is not None else None
        try:
            with _write_txn():
                if not is_sqlite():  # SQLite: the IMMEDIATE transaction already serialises
                    Client.select().where(Client.id == content.client.id).for_update().get()
                if Invoice.select().where(Invoice.invoice_number == number).exists():
                    raise _NumberTaken(number)
                if corrects is None:
                    existing = open_invoice(content.client.id, content.period)
                    if existing is not None:
                        raise _AlreadyIssued(existing)
                else:
                    fresh = Invoice.get_by_id(corrects.id)
                    if fresh.status != InvoiceStatus.ISSUED:
                        raise BillingError(Message(QT_TR_NOOP(
                            "invoice {number} is {status}, only an ISSUED one can be corrected"),
                            number=fresh.invoice_number or fresh.id, status=str(fresh.status)))
                    Invoice.update(status=InvoiceStatus.CANCELED).where(
                        Invoice.id == corrects.id).execute()
                inv = _insert(inv_id, content, settings, number, issued, corrects, snapshot)
                if pdf_path is not None and data is not None:
                    write_pdf(pdf_path, data)
            return inv
        except (_NumberTaken, pw.IntegrityError) as exc:
            if pdf_path is not None:
                pdf_path.unlink(missing_ok=True)
            if isinstance(exc, pw.IntegrityError) and "invoice_number" not in str(exc):
                raise
            log.info("invoice number %s taken meanwhile; trying the next one", number)
        except BaseException:
            if pdf_path is not None:
                pdf_path.unlink(missing_ok=True)
            raise
    raise BillingError(QT_TR_NOOP("could not allocate an invoice number (another run is "
                                  "issuing?)"))


class _NumberTaken(BillingError):
    pass


class _AlreadyIssued(BillingError):
    def __init__(self, invoice: Invoice) -> None:
        self.invoice = invoice
        super().__init__(f"already issued: {invoice.invoice_number or invoice.id}")


def clients_with_charging(period: str, tz: str) -> list[Client]:
    """Clients whose drivers have COMPLETED transactions starting in the month."""
    start, end = month_bounds(period, tz)
    ids = (User.select(User.client).join(Transaction, on=(Transaction.user == User.id))
           .where((User.client.is_null(False)) & (Transaction.status == TransactionStatus.COMPLETED)
                  & (Transaction.start_time >= start) & (Transaction.start_time < end))
           .distinct())
    return list(Client.select().where(Client.id.in_(ids))
                .order_by(Client.client_number, Client.full_name))


def _cancelled(cancel: Any) -> bool:
    if cancel is None:
        return False
    if isinstance(cancel, threading.Event):
        return cancel.is_set()
    return bool(cancel())


def run_month(
    period: str,
    settings: SiteSettings,
    *,
    out_dir: str | Path | None,
    render: InvoiceRenderer | None,
    progress: Progress | None = None,
    cancel: threading.Event | Callable[[], bool] | None = None,
    operator: OperatorInfo | None = None,
    client_ids: Iterable[str] | None = None,
    now: datetime | None = None,
    on_result: Callable[[ClientResult], None] | None = None,
) -> RunResult:
    """Issue the month's invoices; see the module docstring. Safe to re-run."""
    require_manager(operator)
    period = normalise_period(period)
    if not _RUN_LOCK.acquire(timeout=0.1):
        raise BillingError(QT_TR_NOOP("an invoice run is already in progress"))
    try:
        clients = clients_with_charging(period, settings.time_zone)
        if client_ids is not None:
            wanted = set(client_ids)
            clients = [c for c in clients if c.id in wanted or (c.client_number or "") in wanted]
        result = RunResult(period)
        total = len(clients)
        if progress:
            progress(0, total, "")
        for done, client in enumerate(clients, 1):
            if _cancelled(cancel):
                result.canceled = True
                break
            one = _bill_one(client, period, settings, out_dir, render, now)
            result.results.append(one)
            if on_result:
                on_result(one)
            if progress:
                progress(done, total, client.full_name)
        return result
    finally:
        _RUN_LOCK.release()


def _bill_one(client: Client, period: str, settings: SiteSettings, out_dir: Any,
              render: InvoiceRenderer | None, now: datetime | None) -> ClientResult:
    name = client.full_name
    existing = open_invoice(client.id, period)
    if existing is not None:
        return ClientResult(client.id, name, "SKIPPED",
                            f"already issued: {existing.invoice_number or existing.id}",
                            existing.id, existing.invoice_number, Decimal(existing.amount_due),
                            existing.currency)
    try:
        content = build_content(client, period, settings.time_zone)
        inv = _issue(content, settings, Path(out_dir) if out_dir else None, render, now=now)
    except _AlreadyIssued as exc:
        return ClientResult(client.id, name, "SKIPPED", str(exc), exc.invoice.id,
                            exc.invoice.invoice_number)
    except NothingToBill as exc:
        return ClientResult(client.id, name, "SKIPPED", f"nothing billable: {exc}")
    except BillingError as exc:
        log.warning("invoice for %s (%s) not issued: %s", name, period, exc)
        return ClientResult(client.id, name, "FAILED", str(exc))
    except Exception as exc:  # one client's failure never stops the run
        log.exception("invoice for %s (%s) failed", name, period)
        return ClientResult(client.id, name, "FAILED", f"{type(exc).__name__}: {exc}")
    file = str(Path(out_dir) / inv.file_name) if out_dir and render else None
    return ClientResult(client.id, name, "ISSUED", "", inv.id, inv.invoice_number,
                        content.amount_due, content.currency, file, content.warnings)


def correct_invoice(
    operator: OperatorInfo | None,
    invoice_id: str,
    settings: SiteSettings,
    *,
    out_dir: str | Path | None,
    render: InvoiceRenderer | None,
    reason: str = "",
    now: datetime | None = None,
) -> Invoice:
    """Issue a corrected invoice for the same client and month from the data as it is now;
    the old one becomes CANCELED and the new one says which it replaces."""
    require_manager(operator)
    old = Invoice.get_or_none(Invoice.id == invoice_id)
    if old is None:
        raise BillingError(Message(QT_TR_NOOP("no invoice {id}"), id=invoice_id))
    if old.status != InvoiceStatus.ISSUED:
        what = "paid: a refund or credit is outside billing" if old.status == \
            InvoiceStatus.PAID else str(old.status).lower()
        raise BillingError(f"invoice {old.invoice_number or old.id} is {what}; "
                           "only an unpaid ISSUED invoice can be corrected")
    period = old.period or normalise_period(old.reference_month)
    if not _RUN_LOCK.acquire(timeout=5):
        raise BillingError(QT_TR_NOOP("an invoice run is in progress; try again when it ends"))
    try:
        content = build_content(Client.get_by_id(old.client_id), period, settings.time_zone)
        extra = {"corrects_number": old.invoice_number or old.id, "reason": reason.strip()}
        return _issue(content, settings, Path(out_dir) if out_dir else None, render, now=now,
                      corrects=old, extra=extra)
    finally:
        _RUN_LOCK.release()


# ----------------------------------------------------------------------- payment


def mark_paid(operator: OperatorInfo | None, invoice_id: str, paid_at: datetime | None = None) -> Invoice:
    require_manager(operator)
    inv = Invoice.get_or_none(Invoice.id == invoice_id)
    if inv is None:
        raise BillingError(Message(QT_TR_NOOP("no invoice {id}"), id=invoice_id))
    if inv.status == InvoiceStatus.PAID:
        raise BillingError(Message(QT_TR_NOOP("invoice {number} is already paid"),
                                   number=inv.invoice_number or inv.id))
    if inv.status != InvoiceStatus.ISSUED:
        raise BillingError(Message(QT_TR_NOOP("invoice {number} is {status}"),
                                   number=inv.invoice_number or inv.id, status=str(inv.status)))
    inv.status = InvoiceStatus.PAID
    inv.paid_at = paid_at or utcnow()
    Invoice.update(status=inv.status, paid_at=inv.paid_at).where(Invoice.id == inv.id).execute()
    return inv


def mark_unpaid(operator: OperatorInfo | None, invoice_id: str) -> Invoice:
    """Undo :func:`mark_paid` (a payment recorded on the wrong invoice): PAID -> ISSUED."""
    require_manager(operator)
    inv = Invoice.get_or_none(Invoice.id == invoice_id)
    if inv is None:
        raise BillingError(Message(QT_TR_NOOP("no invoice {id}"), id=invoice_id))
    if inv.status != InvoiceStatus.PAID:
        raise BillingError(Message(QT_TR_NOOP("invoice {number} is not paid"),
                                   number=inv.invoice_number or inv.id))
    inv.status, inv.paid_at = InvoiceStatus.ISSUED, None
    Invoice.update(status=inv.status, paid_at=None).where(
        (Invoice.id == inv.id) & (Invoice.status == InvoiceStatus.PAID)).execute()
    return inv


def notify_overdue(notifier: Notifier, settings: SiteSettings, today: date | None = None) -> int:
    """PAYMENT_REQUIRED once per unpaid invoice past its due date; returns how many."""
    today = today or local_date(utcnow(), settings.time_zone)
    limit = datetime(today.year, today.month, today.day, tzinfo=UTC)
    q = (Invoice.select(Invoice, Client).join(Client)
         .where((Invoice.status == InvoiceStatus.ISSUED) & (Invoice.payment_notified == False)  # noqa: E712
                & (Invoice.due_date < limit)))
    n = 0
    for inv in q:
        updated = Invoice.update(payment_notified=True).where(
            (Invoice.id == inv.id) & (Invoice.payment_notified == False)).execute()  # noqa: E712
        if not updated:
            continue  # another process got there first
        amount = _money_text(Decimal(inv.amount_due), inv.currency)
        notifier.notify(
            NotificationType.PAYMENT_REQUIRED,
            f"Invoice {inv.invoice_number or inv.reference_month} is overdue",
            f"{inv.client.full_name} (client {inv.client_number}): {amount} was due on "
            f"{inv.due_date.date().isoformat()} and is unpaid.",
        )
        n += 1
    return n


def _money_text(amount: Decimal, currency: str) -> str:
    try:
        return format_money(amount, currency, "en")
    except ValueError:
        return f"{amount} {currency}"


