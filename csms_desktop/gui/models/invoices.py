"""Table models of the Billing page: invoices, run results, clients, tariffs.

Each is a :class:`RowsModel` over the billing services' frozen views (``InvoiceView``,
``ClientResult``, ``ClientView``, ``TariffView``); nothing here queries the database.
Money is shown in the row's own currency with babel (``R$ 1.500,75``, ``฿2,457.28``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from csms_desktop.domain.money import format_money
from csms_desktop.gui import fmt
from csms_desktop.gui.models.rows import SORT_ROLE, Column, RowsModel
from csms_desktop.services.billing import ClientResult, InvoiceView, TariffView

OVERDUE_BG = QColor("#FBE3E4")
PAID_FG = QColor("#0F4D1C")
CANCELED_FG = QColor("#6B7178")
FAILED_BG = QColor("#FBE3E4")
SKIPPED_FG = QColor("#5C3B00")
_LOCALE = "en"


def money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None or not currency:
        return ""
    try:
        return format_money(amount, currency, _LOCALE)
    except ValueError:
        return f"{amount} {currency}"


def local_dt(value: datetime | None, tz: str) -> str:
    """The site's zone by the one helper (``tz`` kept for the callers)."""
    return fmt.date_time(value)


def proxy_for(model: RowsModel, parent: Any = None) -> QSortFilterProxyModel:
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    proxy.setFilterKeyColumn(-1)
    return proxy


def status_text(v: InvoiceView) -> str:
    if v.status == "ISSUED":
        return "Overdue" if v.overdue else "Unpaid"
    if v.status == "PAID":
        return "Paid"
    return "Canceled"


class InvoicesModel(RowsModel):
    def __init__(self, tz: str = "UTC", parent: Any = None) -> None:
        self.tz = tz
        super().__init__([
            Column("Number", lambda v: v.invoice_number or "—", sort=lambda v: v.invoice_number,
                   tooltip=lambda v: f"id {v.id}"),
            Column("Client", lambda v: v.client_name,
                   tooltip=lambda v: f"client number {v.client_number}"),
            Column("Month", lambda v: v.period or v.reference_month),
            Column("Issued", lambda v: "imported" if v.imported else
                   local_dt(v.issued_at, self.tz)[:10], sort=lambda v: v.issued_at,
                   tooltip=lambda v: ("imported (the seed format has no issue date)"
                                      if v.imported else local_dt(v.issued_at, self.tz))),
            Column("Due", lambda v: v.due_date, fmt=lambda d: d.isoformat()),
            Column("Amount due", lambda v: money(v.amount_due, v.currency),
                   sort=lambda v: v.amount_due, numeric=True),
            Column("Status", status_text, tooltip=self._status_tip),
            Column("Replaces", lambda v: v.corrects or ""),
        ], key=lambda v: v.id, parent=parent)

    def _status_tip(self, v: InvoiceView) -> str | None:
        if v.paid_at:
            return f"paid {local_dt(v.paid_at, self.tz)}"
        if v.corrected_by:
            return f"replaced by invoice {v.corrected_by}"
        return None

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        v: InvoiceView = row
        if role == Qt.ItemDataRole.BackgroundRole and v.overdue:
            return QBrush(OVERDUE_BG)
        if role == Qt.ItemDataRole.ForegroundRole:
            if v.status == "PAID" and column == 6:
                return QBrush(PAID_FG)
            if v.status == "CANCELED":
                return QBrush(CANCELED_FG)
        return None


class RunResultsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("Client", lambda r: r.client_name),
            Column("Result", lambda r: r.status.title()),
            Column("Invoice", lambda r: r.invoice_number or ""),
            Column("Amount", lambda r: money(r.amount_due, r.currency),
                   sort=lambda r: r.amount_due or Decimal(0), numeric=True),
            Column("Notes", lambda r: "; ".join(([r.message] if r.message else []) +
                                                list(r.warnings)),
                   tooltip=lambda r: "\n".join(([r.message] if r.message else []) +
                                               list(r.warnings)) or None),
        ], key=lambda r: r.client_id, parent=parent)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        r: ClientResult = row
        if role == Qt.ItemDataRole.BackgroundRole and r.status == "FAILED":
            return QBrush(FAILED_BG)
        if role == Qt.ItemDataRole.ForegroundRole and r.status == "SKIPPED":
            return QBrush(SKIPPED_FG)
        return None


class ClientsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column("No.", lambda c: c.client_number,
                   sort=lambda c: c.client_number.rjust(32)),  # 999 before 1001
            Column("Name", lambda c: c.full_name),
            Column("Tax id", lambda c: c.tax_id),
            Column("City", lambda c: f"{c.city} – {c.state}" if c.state else c.city),
            Column("Country", lambda c: c.country),
            Column("Language", lambda c: c.language),
            Column("Drivers", lambda c: c.drivers, numeric=True),
            Column("Invoices", lambda c: c.invoices, numeric=True),
            Column("Tariff", lambda c: c.tariff),
        ], key=lambda c: c.id, parent=parent)


def windows_text(t: TariffView) -> str:
    return ", ".join(f"{w['name']} {w['start']}–{w['end']} {w['price_per_kwh']}"
                     for w in t.windows)


def _pct(rate: Decimal) -> str:
    return f"{(rate * 100).normalize():f} %"


class TariffsModel(RowsModel):
    def __init__(self, tz: str = "UTC", parent: Any = None) -> None:
        self.tz = tz
        super().__init__([
            Column("Applies to", lambda t: t.client_name or "Site default"),
            Column("Name", lambda t: t.name),
            Column("Price/kWh", lambda t: money(t.price_per_kwh, t.currency),
                   sort=lambda t: t.price_per_kwh, numeric=True),
            Column("Time windows", windows_text),
            Column("Session fee", lambda t: money(t.session_fee, t.currency),
                   sort=lambda t: t.session_fee, numeric=True),
            Column("Idle fee/min", lambda t: (f"{money(t.idle_fee_per_minute, t.currency)} "
                                              f"after {t.idle_grace_minutes} min"),
                   sort=lambda t: t.idle_fee_per_minute),
            Column("Tax", lambda t: _pct(t.tax_rate) + (" incl." if t.prices_include_tax
                                                         else ""),
                   sort=lambda t: t.tax_rate, numeric=True),
            Column("Effective from", lambda t: t.effective_from,
                   fmt=lambda d: local_dt(d, self.tz)),
            Column("In force", lambda t: "● now" if t.in_force else ""),
            Column("Sessions priced", lambda t: t.used, numeric=True),
        ], key=lambda t: t.id, parent=parent)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        t: TariffView = row
        if role == Qt.ItemDataRole.ForegroundRole and not t.in_force:
            return QBrush(CANCELED_FG)
        return None


