"""Billing → Clients: the table, the client's form with inline validation, JSON in and out.

The form checks as you leave each field (``services.billing.validate_client``: CPF/CNPJ
check digits, postal code per country, unique client number) and writes nothing while a
field is wrong. Drivers are given a client on the Drivers page; here they are listed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import forms, offthread
from csms_desktop.gui.forms.ui_client import Ui_ClientForm
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.invoices import ClientsModel, proxy_for
from csms_desktop.gui.widgets.columns import grow_only_columns
from csms_desktop.gui.widgets.field_errors import FieldErrors
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services import billing
from csms_desktop.services.billing.clients import default_language


def countries() -> tuple[tuple[str, str], ...]:
    """The countries offered for a client, by ISO code, named in the interface's language."""
    return (("BR", tr("Brazil")), ("TH", tr("Thailand")), ("PT", tr("Portugal")),
            ("US", tr("United States")), ("DE", tr("Germany")), ("GB", tr("United Kingdom")))


LANGUAGES = (("pt_BR", "Português (Brasil)"), ("th_TH", "ไทย"), ("en", "English"))  # own names
# the client's text fields, in the order of ui/client.ui (each a QLineEdit client_<field>)
TEXT_FIELDS = ("full_name", "street", "number", "complement", "neighborhood", "zip_code", "city",
               "state", "tax_id", "state_registration", "email", "client_number")


W = TypeVar("W", bound=QObject)


def named(widget: W, name: str) -> W:
    """``widget`` with its object name set (tests and style sheets find it by name)."""
    widget.setObjectName(name)
    return widget


def table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setObjectName(name)
    view.setModel(proxy_for(model, view))
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    grow_only_columns(view)  # fit the text, never jump after a save
    view.setAlternatingRowColors(True)
    return view


def selected(view: QTableView, model: Any) -> Any | None:
    sel = view.selectionModel()
    rows = sel.selectedRows() if sel is not None else []
    if not rows:
        return None
    src = view.model().mapToSource(rows[0])  # type: ignore[attr-defined]
    return model.row_at(src.row())


class ClientForm(QGroupBox):
    saved = Signal(str)  # client id

    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("client_form")
        self.ui = Ui_ClientForm()  # ui/client.ui
        self.ui.setupUi(self)
        self.page = page
        self.client_id: str | None = None
        self.errors = FieldErrors()
        self.inputs: dict[str, QLineEdit] = {}
        self.country = self.ui.client_country
        for code, name in countries():
            self.country.addItem(f"{code} – {name}", code)
        self.language = self.ui.client_language
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        for field in TEXT_FIELDS:
            edit = getattr(self.ui, f"client_{field}")
            edit.editingFinished.connect(self.check)
            self.inputs[field] = edit
        forms.attach_errors(self.errors, self.ui, {
            "country": "client_country", "language": "client_language",
            **{f: f"client_{f}" for f in TEXT_FIELDS}})
        self.save_btn = self.ui.client_save
        self.save_btn.clicked.connect(self.save)
        self.new_btn = self.ui.client_new
        self.new_btn.clicked.connect(self.clear)
        self.delete_btn = self.ui.client_delete
        self.delete_btn.clicked.connect(self.delete)
        self.drivers = self.ui.client_drivers
        self.country.currentIndexChanged.connect(self._country_changed)
        self.clear()

    def values(self) -> dict[str, Any]:
        data: dict[str, Any] = {f: e.text() for f, e in self.inputs.items()}
        code = self.country.currentData()
        data["country"] = code if code else self.country.currentText().split(" ")[0].strip()
        data["language"] = self.language.currentData()
        return data

    def _country_changed(self) -> None:
        if self.client_id is None:  # a new client: the language follows the country
            lang = default_language(str(self.country.currentData() or ""))
            self.language.setCurrentIndex(max(0, self.language.findData(lang)))

    def check(self) -> dict[str, str]:
        """Validate what is typed; show messages only for fields that have text."""
        _, errors = billing.validate_client(self.values(), self.client_id)
        typed = {f for f, e in self.inputs.items() if e.text().strip()} | {"country",
                                                                           "language"}
        self.errors.show({f: m for f, m in errors.items() if f in typed})
        return errors

    def clear(self) -> None:
        self.client_id = None
        self.setTitle(tr("New client"))
        self.save_btn.setText(tr("Add client"))
        self.delete_btn.setEnabled(False)
        for e in self.inputs.values():
            e.clear()
        # a new client is from the site's country, invoiced in its language
        site = str(self.page.settings().default_country or "").upper()
        i = self.country.findData(site)
        self.country.setCurrentIndex(i if i >= 0 else 0)
        lang = default_language(str(self.country.currentData() or ""))
        self.language.setCurrentIndex(max(0, self.language.findData(lang)))
        self.drivers.clear()
        self.errors.clear()

    def load(self, client_id: str) -> None:
        from csms_desktop.store.models import Client

        row = Client.get_or_none(Client.id == client_id)
        if row is None:
            return self.clear()
        self.client_id = client_id
        values = billing.client_values(row)
        self.setTitle(tr("Client {number} – {name}").format(number=row.client_number or "",
                                                            name=row.full_name))
        self.save_btn.setText(tr("Save changes"))
        self.delete_btn.setEnabled(True)
        for f, e in self.inputs.items():
            e.setText(str(values.get(f) or ""))
        i = self.country.findData(values["country"])
        if i < 0:
            self.country.addItem(values["country"], values["country"])
            i = self.country.count() - 1
        self.country.setCurrentIndex(i)
        self.language.setCurrentIndex(max(0, self.language.findData(values["language"])))
        self.drivers.clear()
        no_name = tr("(no name)")
        for _uid, name, phone in billing.drivers_of(client_id):
            self.drivers.addItem(f"{name or no_name} · {phone}")
        if not self.drivers.count():
            self.drivers.addItem(tr("No drivers yet: assign them on the Drivers page."))
        self.errors.clear()
        return None

    def save(self) -> None:
        op = self.page.operator()
        try:
            if self.client_id is None:
                row = billing.create_client(op, self.values())
            else:
                row = billing.update_client(op, self.client_id, self.values())
        except billing.ValidationFailed as exc:
            self.errors.show(exc.errors)
            return
        except billing.BillingError as exc:
            self.errors.show({"general": str(exc)})
            return
        self.errors.clear()
        self.saved.emit(row.id)

    def delete(self) -> None:
        if self.client_id is None:
            return
        answer = QMessageBox.question(self, tr("Delete client"),
                                      tr("Delete this client? Its drivers stay, without client."))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            billing.delete_client(self.page.operator(), self.client_id)
        except billing.BillingError as exc:
            self.errors.show({"general": str(exc)})
            return
        self.clear()
        self.saved.emit("")


class ClientsTab(QWidget):
    def __init__(self, page: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.page = page
        self.model = ClientsModel(self)
        self.view = table(self.model, "clients_table")
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # by client number
        self.search = named(QLineEdit(placeholderText=tr("Search name, client number or tax id")),
                            "clients_search")
        self.search.textChanged.connect(self.view.model().setFilterFixedString)  # type: ignore[attr-defined]
        self.import_btn = named(QPushButton(tr("Import JSON…")), "clients_import")
        self.import_btn.clicked.connect(self.import_json)
        self.export_btn = named(QPushButton(tr("Export JSON…")), "clients_export")
        self.export_btn.clicked.connect(self.export_json)
        self.outcome = OutcomeLine()
        self.form = ClientForm(page)
        self.form.saved.connect(self._saved)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.import_btn)
        top.addWidget(self.export_btn)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addLayout(top)
        lv.addWidget(self.view, 1)
        lv.addWidget(self.outcome)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.form)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([950, 550])
        lay = QVBoxLayout(self)
        lay.addWidget(split)
        self.view.selectionModel().selectionChanged.connect(self._selected)

    def reload(self) -> None:
        self.model.set_rows(billing.list_clients())

    def _selected(self) -> None:
        row = selected(self.view, self.model)
        if row is not None:
            self.form.load(row.id)

    def _saved(self, client_id: str) -> None:
        self.reload()
        self.page.clients_changed()
        if client_id:
            self.outcome.message(tr("Client saved."))
            self.form.load(client_id)

    def import_json(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("Import clients"), "",
                                                  tr("JSON (*.json);;All files (*)"))
        if not path:
            return
        op = self.page.operator()
        self.outcome.message(tr("Importing {file}…").format(file=Path(path).name))
        offthread.submit(lambda: billing.import_file(path, operator=op), owner=self,
                         on_done=self._imported,
                         on_error=lambda e: self.outcome.message(str(e), ok=False))

    def _imported(self, result: billing.ImportResult) -> None:
        self.reload()
        self.page.clients_changed()
        self.page.invoices_changed()  # imported clients bring their invoices
        ok = len(result.clients) - result.failed
        warnings = sum(len(c.warnings) for c in result.clients)
        parts = [(tr("Imported {count} client") if ok == 1 else
                  tr("Imported {count} clients")).format(count=ok)]
        if result.failed:
            parts.append(tr("{count} failed").format(count=result.failed))
        if warnings:
            parts.append((tr("{count} warning") if warnings == 1 else
                          tr("{count} warnings")).format(count=warnings))
        self.outcome.message(tr("{summary} – details in the tooltip.").format(
            summary=", ".join(parts)), ok=not result.failed)
        self.outcome.setToolTip("\n".join(result.lines()))
        self.last_import = result

    def export_json(self, path: str | None = None) -> None:
        row = selected(self.view, self.model)
        if not path:
            default = f"client_{row.client_number}.json" if row else "clients.json"
            path, _ = QFileDialog.getSaveFileName(self, tr("Export clients"), default,
                                                  tr("JSON (*.json)"))
        if not path:
            return
        ids = [row.id] if row is not None else None
        target = Path(path)

        def work() -> Path:
            target.write_text(billing.export_json(ids), encoding="utf-8")
            return target
        offthread.submit(work, owner=self,
                         on_done=lambda p: self.outcome.message(tr("Wrote {path}").format(path=p)),
                         on_error=lambda e: self.outcome.message(str(e), ok=False))


__all__ = ["ClientsTab", "named", "selected", "table"]
