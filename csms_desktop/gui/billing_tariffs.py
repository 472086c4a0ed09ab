"""Billing → Tariffs: every tariff row (site default and per client, by effective date) and
a form to add one or to change one from a date on.

A change never edits the row (transactions it priced keep their price): "Change from
date" adds a new row for the same owner. Times are the site's local time.
"""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.gui import fmt, forms
from csms_desktop.gui.billing_clients import named, selected, table
from csms_desktop.gui.forms.ui_tariff import Ui_TariffForm
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.invoices import TariffsModel
from csms_desktop.gui.widgets.field_errors import FieldErrors
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services import billing
from csms_desktop.services.billing.tariffs import TariffView


def _local(dt: datetime, tz: str = "") -> QDateTime:
    """A UTC instant as the site's wall-clock time (whatever the computer's zone)."""
    return fmt.to_qdatetime(dt.replace(second=0, microsecond=0))


def _utc(q: QDateTime, tz: str = "") -> datetime:
    return fmt.from_qdatetime(q).replace(second=0)


def _amount(value: Decimal) -> str:
    """At least two decimals (7.5 -> 7.50), more only when the tariff has them."""
    exponent = value.normalize().as_tuple().exponent
    places = max(2, -exponent if isinstance(exponent, int) else 2)
    return f"{value:.{places}f}"


class TariffForm(QGroupBox):
    def __init__(self, tab: TariffsTab) -> None:
        super().__init__()
        self.setObjectName("tariff_form")
        self.ui = Ui_TariffForm()  # ui/tariff.ui
        self.ui.setupUi(self)
        self.tab = tab
        self.errors = FieldErrors()
        self.owner = self.ui.tariff_owner
        self.name = self.ui.tariff_name
        self.currency = self.ui.tariff_currency
        self.price = self.ui.tariff_price
        self.windows = self.ui.tariff_windows
        self.windows.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.windows.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.ui.tariff_add_window.clicked.connect(
            lambda: self.add_window(tr("Peak"), "18:00", "22:00", ""))
        self.ui.tariff_remove_window.clicked.connect(
            lambda: self.windows.removeRow(self.windows.currentRow()))
        self.session_fee = self.ui.tariff_session_fee
        self.idle_fee = self.ui.tariff_idle_fee
        self.grace = self.ui.tariff_grace
        self.tax = self.ui.tariff_tax
        self.incl = self.ui.tariff_incl_tax
        self.effective = self.ui.tariff_effective
        fmt.prepare_edit(self.effective)
        self.effective.setDisplayFormat("yyyy-MM-dd HH:mm")
        forms.attach_errors(self.errors, self.ui, {
            "client_id": "tariff_owner", "name": "tariff_name", "currency": "tariff_currency",
            "price_per_kwh": "tariff_price", "windows": "tariff_windows_box",
            "session_fee": "tariff_session_fee", "idle_fee_per_minute": "tariff_idle_fee",
            "idle_grace_minutes": "tariff_grace", "tax_rate": "tariff_tax",
            "effective_from": "tariff_effective"})
        self.add_btn = self.ui.tariff_add
        self.add_btn.clicked.connect(self.add)
        self.change_btn = self.ui.tariff_change
        self.change_btn.clicked.connect(self.change)
        self.delete_btn = self.ui.tariff_delete
        self.delete_btn.clicked.connect(self.delete)
        self.selected: TariffView | None = None
        self.clear()

    def set_clients(self, clients: list[tuple[str, str]]) -> None:
        current = self.owner.currentData()
        self.owner.clear()
        self.owner.addItem(tr("Site default"), None)
        for cid, name in clients:
            self.owner.addItem(name, cid)
        self.owner.setCurrentIndex(max(0, self.owner.findData(current)))

    def add_window(self, name: str, start: str, end: str, price: str) -> None:
        r = self.windows.rowCount()
        self.windows.insertRow(r)
        for c, text in enumerate((name, start, end, price)):
            self.windows.setItem(r, c, QTableWidgetItem(text))

    def clear(self) -> None:
        self.selected = None
        self.setTitle(tr("New tariff"))
        settings = self.tab.page.settings()
        self.name.clear()
        self.currency.setText(settings.currency)
        for e in (self.price, self.session_fee, self.idle_fee, self.grace, self.tax):
            e.setText("0")
        self.price.clear()
        self.windows.setRowCount(0)
        self.incl.setChecked(False)
        self.effective.setDateTime(_local(utcnow(), settings.time_zone))
        self.change_btn.setEnabled(False)
        self.delete_btn.setEnabled(False)
        self.errors.clear()

    def load(self, t: TariffView) -> None:
        self.selected = t
        self.owner.setCurrentIndex(max(0, self.owner.findData(t.client_id)))
        self.name.setText(t.name)
        self.currency.setText(t.currency)
        since = _local(t.effective_from, self.tab.page.settings().time_zone)
        self.setTitle(tr("Tariff {name} · {owner} · effective {since}").format(
            name=repr(t.name), owner=t.client_name or tr("site default"),
            since=since.toString("yyyy-MM-dd HH:mm")))
        self.price.setText(_amount(t.price_per_kwh))
        self.windows.setRowCount(0)
        for w in t.windows:
            self.add_window(w["name"], w["start"], w["end"], w["price_per_kwh"])
        self.session_fee.setText(_amount(t.session_fee))
        self.idle_fee.setText(_amount(t.idle_fee_per_minute))
        self.grace.setText(str(t.idle_grace_minutes))
        self.tax.setText(f"{(t.tax_rate * 100).normalize():f}")
        self.incl.setChecked(t.prices_include_tax)
        self.effective.setDateTime(_local(max(utcnow(), t.effective_from),
                                          self.tab.page.settings().time_zone))
        self.change_btn.setEnabled(True)
        self.delete_btn.setEnabled(t.used == 0)
        self.errors.clear()

    def values(self) -> dict[str, Any]:
        windows = []
        for r in range(self.windows.rowCount()):
            items = [self.windows.item(r, c) for c in range(4)]
            cells = [item.text() if item is not None else "" for item in items]
            windows.append({"name": cells[0], "start": cells[1], "end": cells[2],
                            "price_per_kwh": cells[3]})
        try:
            tax: Any = Decimal(self.tax.text().strip().replace(",", ".") or "0") / 100
        except InvalidOperation:
            tax = self.tax.text()
        return {
            "client_id": self.owner.currentData(), "name": self.name.text(),
            "currency": self.currency.text(), "price_per_kwh": self.price.text(),
            "windows": windows, "session_fee": self.session_fee.text(),
            "idle_fee_per_minute": self.idle_fee.text(),
            "idle_grace_minutes": self.grace.text(), "tax_rate": tax,
            "prices_include_tax": self.incl.isChecked(),
            "effective_from": _utc(self.effective.dateTime(),
                                   self.tab.page.settings().time_zone),
        }

    def _do(self, action: Any, done: str) -> None:
        try:
            row = action()
        except billing.ValidationFailed as exc:
            self.errors.show(exc.errors)
            return
        except billing.BillingError as exc:
            self.errors.show({"general": str(exc)})
            return
        self.errors.clear()
        self.tab.reload()
        self.tab.outcome.message(done)
        if row is not None:
            self.tab.select(row.id)

    def add(self) -> None:
        self._do(lambda: billing.create_tariff(self.tab.page.operator(), self.values()),
                 tr("Tariff added."))

    def change(self) -> None:
        if self.selected is None:
            return
        old = self.selected
        self._do(lambda: billing.change_tariff(self.tab.page.operator(), old.id, self.values()),
                 tr("New tariff for {owner}; {name} keeps the sessions it priced.").format(
                     owner=old.client_name or tr("the site"), name=repr(old.name)))

    def delete(self) -> None:
        if self.selected is None:
            return
        old = self.selected

        def go() -> None:
            billing.delete_tariff(self.tab.page.operator(), old.id)
            self.clear()
        self._do(go, tr("Tariff {name} deleted.").format(name=repr(old.name)))


class TariffsTab(QWidget):
    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.model = TariffsModel(page.settings().time_zone, self)
        self.view = table(self.model, "tariffs_table")
        self.view.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the service's order: site
        # default first, then each client, newest first
        self.outcome = OutcomeLine()
        self.form = TariffForm(self)
        new_btn = named(QPushButton(tr("New tariff")), "tariff_new")
        new_btn.clicked.connect(self.form.clear)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(new_btn)
        top.addStretch(1)
        lv.addLayout(top)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.outcome)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([900, 600])
        QVBoxLayout(self).addWidget(split)
        self.view.selectionModel().selectionChanged.connect(self._selected)

    def reload(self) -> None:
        self.model.tz = self.page.settings().time_zone
        self.model.set_rows(billing.list_tariffs())
        self.form.set_clients([(c.id, c.full_name) for c in billing.list_clients()])

    def select(self, tariff_id: str) -> None:
        pos = self.model.position(tariff_id)
        if pos is None:
            return
        proxy = self.view.model()
        index = proxy.mapFromSource(self.model.index(pos, 0))  # type: ignore[attr-defined]
        self.view.selectRow(index.row())

    def _selected(self) -> None:
        row = selected(self.view, self.model)
        if row is not None:
            self.form.load(row)
