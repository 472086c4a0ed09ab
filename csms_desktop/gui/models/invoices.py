"""Table models of the Billing page: invoices, run results, clients, tariffs.

Each is a :class:`RowsModel` over the billing services' frozen views (``InvoiceView``,
``ClientResult``, ``ClientView``, ``TariffView``); nothing here queries the database.
Money is shown in the row's own currency by the one formatter, :func:`fmt.money`, written
the interface language's way (``R$ 1.500,75``, ``฿2,457.28``).
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor

from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.rows import SORT_ROLE, Column, RowsModel
from csms_desktop.services.billing import ClientResult, InvoiceView, TariffView

OVERDUE_BG = QColor("#FBE3E4")
PAID_FG = QColor("#0F4D1C")
CANCELED_FG = QColor("#6B7178")
FAILED_BG = QColor("#FBE3E4")
SKIPPED_FG = QColor("#5C3B00")


def money(amount: Decimal | None, currency: str | None) -> str:
    if amount is None or not currency:
        return ""
    return fmt.money(amount, currency)


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
        return tr("Overdue") if v.overdue else tr("Unpaid")
    if v.status == "PAID":
        return tr("Paid")
    return tr("Canceled")


class InvoicesModel(RowsModel):
    def __init__(self, tz: str = "UTC", parent: Any = None) -> None:
        self.tz = tz
        super().__init__([
            Column(QT_TR_NOOP("Number"), lambda v: v.invoice_number or "—",
                   sort=lambda v: v.invoice_number,
                   tooltip=lambda v: tr("id {id}").format(id=v.id)),
            Column(QT_TR_NOOP("Client"), lambda v: v.client_name,
                   tooltip=lambda v: tr("client number {number}").format(
                       number=v.client_number)),
            Column(QT_TR_NOOP("Month"), lambda v: v.period or v.reference_month),
            Column(QT_TR_NOOP("Issued on"), lambda v: tr("imported") if v.imported else
                   fmt.date_only(v.issued_at), sort=lambda v: v.issued_at,
                   tooltip=lambda v: (tr("imported (the seed format has no issue date)")
                                      if v.imported else local_dt(v.issued_at, self.tz))),
            Column(QT_TR_NOOP("Due"), lambda v: v.due_date, fmt=lambda d: fmt.date_only(d)),
            Column(QT_TR_NOOP("Amount due"), lambda v: money(v.amount_due, v.currency),
                   sort=lambda v: v.amount_due, numeric=True),
            Column(QT_TR_NOOP("Status"), status_text, tooltip=self._status_tip),
            Column(QT_TR_NOOP("Replaces"), lambda v: v.corrects or ""),
        ], key=lambda v: v.id, parent=parent)

    def _status_tip(self, v: InvoiceView) -> str | None:
        if v.paid_at:
            return tr("paid {when}").format(when=local_dt(v.paid_at, self.tz))
        if v.corrected_by:
            return tr("replaced by invoice {number}").format(number=v.corrected_by)
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


def result_text(status: str) -> str:
    """A billing run's result for a client: ISSUED, SKIPPED, FAILED."""
    return {"ISSUED": tr("Issued"), "SKIPPED": tr("Skipped"),
            "FAILED": tr("Failed")}.get(status, status.title())


class RunResultsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__([
            Column(QT_TR_NOOP("Client"), lambda r: r.client_name),
            Column(QT_TR_NOOP("Result"), lambda r: result_text(r.status)),
            Column(QT_TR_NOOP("Invoice"), lambda r: r.invoice_number or ""),
            Column(QT_TR_NOOP("Amount"), lambda r: money(r.amount_due, r.currency),
                   sort=lambda r: r.amount_due or Decimal(0), numeric=True),
            Column(QT_TR_NOOP("Notes"), lambda r: "; ".join(([r.message] if r.message else [])
                                                            + list(r.warnings)),
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
            Column(QT_TR_NOOP("No."), lambda c: c.client_number,
                   sort=lambda c: c.client_number.rjust(32)),  # 999 before 1001
            Column(QT_TR_NOOP("Name"), lambda c: c.full_name),
            Column(QT_TR_NOOP("Tax id"), lambda c: c.tax_id),
            Column(QT_TR_NOOP("City"), lambda c: f"{c.city} – {c.state}" if c.state else c.city),
            Column(QT_TR_NOOP("Country"), lambda c: c.country),
            Column(QT_TR_NOOP("Language"), lambda c: c.language),
            Column(QT_TR_NOOP("Drivers"), lambda c: c.drivers, numeric=True),
            Column(QT_TR_NOOP("Invoices"), lambda c: c.invoices, numeric=True),
            Column(QT_TR_NOOP("Tariff"), lambda c: c.tariff),
        ], key=lambda c: c.id, parent=parent)


def windows_text(t: TariffView) -> str:
    return ", ".join(f"{w['name']} {w['start']}–{w['end']} "
                     f"{fmt.number(w['price_per_kwh'], _digits(w['price_per_kwh']))}"
                     for w in t.windows)


def _digits(value: object) -> int:
    """The decimals a stored amount was written with ("9.00" -> 2), at least 2."""
    text = str(value)
    return max(2, len(text.split(".", 1)[1]) if "." in text else 0)


def _pct(rate: Decimal) -> str:
    """The tax rate as typed (0.07 -> 7 %, 0.075 -> 7.5 %), the language's way."""
    pct = (rate * 100).normalize()
    digits = max(0, -pct.as_tuple().exponent)  # type: ignore[operator]
    return fmt.percent(rate, int(digits))


class TariffsModel(RowsModel):
    def __init__(self, tz: str = "UTC", parent: Any = None) -> None:
        self.tz = tz
        super().__init__([
            Column(QT_TR_NOOP("Applies to"), lambda t: t.client_name or tr("Site default")),
            Column(QT_TR_NOOP("Name"), lambda t: t.name),
            Column(QT_TR_NOOP("Price/kWh"), lambda t: money(t.price_per_kwh, t.currency),
                   sort=lambda t: t.price_per_kwh, numeric=True),
            Column(QT_TR_NOOP("Time windows"), windows_text),
            Column(QT_TR_NOOP("Session fee"), lambda t: money(t.session_fee, t.currency),
                   sort=lambda t: t.session_fee, numeric=True),
            Column(QT_TR_NOOP("Idle fee/min"), lambda t: tr("{fee} after {minutes} min").format(
                fee=money(t.idle_fee_per_minute, t.currency), minutes=t.idle_grace_minutes),
                   sort=lambda t: t.idle_fee_per_minute),
            Column(QT_TR_NOOP("Tax"), lambda t: (tr("{rate} incl.").format(rate=_pct(t.tax_rate))
                                                 if t.prices_include_tax
                                                 else _pct(t.tax_rate)),
                   sort=lambda t: t.tax_rate, numeric=True),
            Column(QT_TR_NOOP("Effective from"), lambda t: t.effective_from,
                   fmt=lambda d: local_dt(d, self.tz)),
            Column(QT_TR_NOOP("In force"), lambda t: tr("● now") if t.in_force else ""),
            Column(QT_TR_NOOP("Sessions priced"), lambda t: t.used, numeric=True),
        ], key=lambda t: t.id, parent=parent)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        t: TariffView = row
        if role == Qt.ItemDataRole.ForegroundRole and not t.in_force:
            return QBrush(CANCELED_FG)
        return None


