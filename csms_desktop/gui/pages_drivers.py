"""Drivers: a searchable table, the driver's form with inline errors, their vehicles,
tags and history; CSV import/export with a row-by-row report; local lists per charger.

Search takes a phone number typed any way ("081 234", "(11) 91234"), a name, a plate or a
tag. The form writes nothing while a field is invalid: the service's message appears
beside the field.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import UserStatus
from csms_desktop.gui.drivers_lists import LocalListsPanel
from csms_desktop.gui.drivers_panels import (
    HistoryPanel,
    TagsPanel,
    VehiclesPanel,
    make_table,
    selected_source_row,
)
from csms_desktop.gui.models.drivers import DriversModel, ProblemsModel
from csms_desktop.gui.widgets.field_errors import FieldErrors, named
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services.csv_io import ImportReport, export_csv, import_csv
from csms_desktop.services.driver_services import install
from csms_desktop.services.drivers import DriverInput, DriverRow, display_phone
from csms_desktop.services.validation import ValidationError

log = logging.getLogger(__name__)

CSV_KINDS = (("drivers", "Drivers"), ("vehicles", "Vehicles"), ("tags", "Tags (RFID cards)"))


class DriverForm(QGroupBox):
    """Phone, name, e-mail, status and client of one driver (new or existing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("New driver", parent)
        self.setObjectName("driver_form")
        self.phone = named(QLineEdit(), "driver_phone",
                               placeholderText="as people type it: 081 234 5678")
        self.name = named(QLineEdit(), "driver_name")
        self.email = named(QLineEdit(), "driver_email", placeholderText="name@example.com")
        self.status = named(QComboBox(), "driver_status")
        for s in UserStatus:
            self.status.addItem(s.value.title(), s.value)
        self.client = named(QComboBox(), "driver_client")
        self.errors = FieldErrors()
        form = QFormLayout(self)
        form.addRow("Phone", self.errors.add("phone", self.phone, aliases=("phone_number",)))
        form.addRow("Name", self.errors.add("name", self.name))
        form.addRow("E-mail", self.errors.add("email", self.email))
        form.addRow("Status", self.errors.add("status", self.status))
        form.addRow("Client (company)", self.errors.add("client", self.client))
        form.addRow(self.errors.general)
        self.save_btn = named(QPushButton("Register driver"), "driver_save")
        self.block_btn = named(QPushButton("Block"), "driver_block")
        self.delete_btn = named(QPushButton("Delete"), "driver_delete")
        self.delete_btn.setToolTip("Only a driver without transactions; block the others")
        row = QHBoxLayout()
        for b in (self.save_btn, self.block_btn, self.delete_btn):
            row.addWidget(b)
        row.addStretch(1)
        form.addRow(row)

    def set_clients(self, clients: list[tuple[str, str]]) -> None:
        current = self.client.currentData()
        self.client.clear()
        self.client.addItem("— none —", None)
        for cid, name in clients:
            self.client.addItem(name, cid)
        i = self.client.findData(current)
        self.client.setCurrentIndex(max(0, i))

    def fill(self, row: DriverRow | None) -> None:
        self.errors.clear()
        if row is None:
            self.setTitle("New driver")
            for w in (self.phone, self.name, self.email):
                w.clear()
            self.status.setCurrentIndex(0)
            self.client.setCurrentIndex(0)
            self.save_btn.setText("Register driver")
            self.block_btn.setEnabled(False)
            self.delete_btn.setEnabled(False)
            return
        self.setTitle(f"Driver: {row.name or row.phone_number}")
        self.phone.setText(display_phone(row.phone_number))
        self.name.setText(row.name)
        self.email.setText(row.email)
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self.client.setCurrentIndex(max(0, self.client.findData(row.client_id)))
        self.save_btn.setText("Save changes")
        self.block_btn.setEnabled(True)
        self.block_btn.setText("Unblock" if row.status == UserStatus.BLOCKED else "Block")
        self.delete_btn.setEnabled(True)
        self.delete_btn.setText("Delete")

    def value(self) -> DriverInput:
        return DriverInput(self.phone.text(), self.name.text(), self.email.text(),
                           str(self.status.currentData()), self.client.currentData())


class ImportReportBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("CSV import report", parent)
        self.setObjectName("import_report")
        self.summary = named(QLabel(), "import_summary")
        self.summary.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.table = make_table(self.model, "import_problems")
        self.table.setMaximumHeight(180)
        close = QPushButton("Close report")
        close.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(close)
        lay = QVBoxLayout(self)
        lay.addLayout(top)
        lay.addWidget(self.table)
        self.hide()

    def show_report(self, report: ImportReport, source: str) -> None:
        ok = report.ok
        colour = "#0F4D1C" if ok else "#7A0C10"
        self.summary.setText(f"<b style='color:{colour}'>{report.summary()}</b>"
                             f" — {source}, {report.rows} row{'s' if report.rows != 1 else ''}")
        self.model.set_problems(report.problems)
        self.table.setVisible(not ok)
        self.show()


class DriversPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.runtime.services
        self.bundle = install(self.services, ctx.commands)
        self.drivers = self.bundle.drivers
        self.current_id: str | None = None
        self._history_stale = False
        self._dialogs: list[QFileDialog] = []

        self.outcome = OutcomeLine(self)
        self.search = named(QLineEdit(), "driver_search")
        self.search.setPlaceholderText("Search: phone as typed, name, e-mail, plate or tag")
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        new_btn = named(QPushButton("New driver"), "driver_new")
        new_btn.clicked.connect(self.new_driver)
        self.import_btn = self._menu_button("Import CSV…", "csv_import", self.start_import)
        self.export_btn = self._menu_button("Export CSV…", "csv_export", self.start_export)
        self.count = named(QLabel(), "driver_count")
        bar = QHBoxLayout()
        bar.addWidget(self.search, 1)
        bar.addWidget(self.count)
        bar.addWidget(new_btn)
        bar.addWidget(self.import_btn)
        bar.addWidget(self.export_btn)

        self.model = DriversModel(self)
        self.table: QTableView = make_table(self.model, "drivers_table")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selected)

        self.form = DriverForm()
        self.form.save_btn.clicked.connect(self.save)
        self.form.block_btn.clicked.connect(self.toggle_block)
        self.form.delete_btn.clicked.connect(self.delete)
        self._delete_reset = QTimer(self)
        self._delete_reset.setSingleShot(True)
        self._delete_reset.setInterval(5000)
        self._delete_reset.timeout.connect(lambda: self.form.delete_btn.setText("Delete"))
        self.vehicles = VehiclesPanel(self.drivers, self.outcome)
        self.tags = TagsPanel(self.drivers, self.outcome)
        self.history = HistoryPanel(self.drivers, self.outcome)
        self.vehicles.changed.connect(self._row_changed)
        self.tags.changed.connect(self._row_changed)
        self.sub = named(QTabWidget(), "driver_tabs")
        self.sub.addTab(self.vehicles, "Vehicles")
        self.sub.addTab(self.tags, "Tags")
        self.sub.addTab(self.history, "History")
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.form)
        rl.addWidget(self.sub, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(right)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(scroll)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([700, 520])

        self.report = ImportReportBox()
        drivers_tab = QWidget()
        dl = QVBoxLayout(drivers_tab)
        dl.addLayout(bar)
        dl.addWidget(split, 1)
        dl.addWidget(self.report)
        self.lists = LocalListsPanel(self.bundle.local_lists)
        self.tabs = named(QTabWidget(), "drivers_page_tabs")
        self.tabs.addTab(drivers_tab, "Drivers")
        self.tabs.addTab(self.lists, "Local authorization lists")
        self.tabs.currentChanged.connect(lambda i: self.lists.refresh() if i == 1 else None)
        lay = QVBoxLayout(self)
        lay.addWidget(self.tabs, 1)
        lay.addWidget(self.outcome)

        bridge = ctx.bridge
        bridge.unknown_tag.connect(self._unknown_tag)
        for sig in (bridge.charger_updated, bridge.charger_connected,
                    bridge.charger_disconnected, bridge.charger_booted):
            sig.connect(self.lists.refresh_soon)
        bridge.transaction_ended.connect(self._tx_ended)
        self.form.set_clients(self.drivers.clients())
        self.refresh()
        self.new_driver()

    # -------------------------------------------------------------- helpers
    def _menu_button(self, text: str, name: str, fn: Any) -> QToolButton:
        btn = named(QToolButton(), name)
        btn.setText(text)
        btn.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(btn)
        for kind, label in CSV_KINDS:
            menu.addAction(label).triggered.connect(lambda _c=False, k=kind: fn(k))
        btn.setMenu(menu)
        return btn

    def showEvent(self, event: QShowEvent) -> None:
        # read when shown, not only when built: drivers added since (the demo seeds them
        # after the window exists, an import, the API) are listed and counted
        self.form.set_clients(self.drivers.clients())
        self.refresh()
        if self._history_stale and self.current_id is not None:
            self.history.load(self.current_id)
        self._history_stale = False
        super().showEvent(event)

    # -------------------------------------------------------------- table
    def refresh(self) -> None:
        rows = self.drivers.search(self.search.text())
        self.model.merge(rows)
        n = len(rows)
        self.count.setText(f"{n} driver{'s' if n != 1 else ''}")

    def _selected(self, *_: object) -> None:
        i = selected_source_row(self.table)
        if i is None:
            return
        self.show_driver(self.model.row_of(i).id)

    def show_driver(self, user_id: str | None) -> None:
        self.current_id = user_id
        row = self.drivers.get(user_id) if user_id else None
        if user_id is not None and row is None:
            user_id = self.current_id = None
        self.form.fill(row)
        self.vehicles.load(user_id)
        self.tags.load(user_id)
        self.history.load(user_id)

    def select(self, user_id: str) -> None:
        pos = self.model.position(user_id)
        if pos is None:
            return
        proxy = self.table.model()
        idx = proxy.mapFromSource(self.model.index(pos, 0))  # type: ignore[attr-defined]
        self.table.selectRow(idx.row())
        self.table.scrollTo(idx)

    def new_driver(self) -> None:
        self.table.clearSelection()
        self.show_driver(None)
        self.form.phone.setFocus()

    def _row_changed(self) -> None:
        if self.current_id:
            row = self.drivers.get(self.current_id)
            if row is not None:
                self.model.upsert(row)

    def _tx_ended(self, event: Any) -> None:
        if not self.isVisible():  # hidden: read when shown
            self._history_stale = True
        elif self.current_id is not None:
            self.history.load(self.current_id)

    def _unknown_tag(self, event: Any) -> None:
        self.tags.show_unknown(event.charge_point_id, event.id_tag)

    # -------------------------------------------------------------- driver actions
    def save(self) -> None:
        data = self.form.value()
        try:
            if self.current_id is None:
                user = self.drivers.register(data)
                what = "registered"
            else:
                user = self.drivers.update(self.current_id, data)
                what = "saved"
        except ValidationError as exc:
            self.form.errors.show(exc.errors)
            self.outcome.message("Not saved: correct the fields marked in red", ok=False)
            return
        self.outcome.message(f"Driver {user.name or user.phone_number} {what} "
                             f"({user.phone_number})")
        self.refresh()
        self.show_driver(str(user.id))
        self.select(str(user.id))

    def toggle_block(self) -> None:
        if self.current_id is None:
            return
        row = self.drivers.get(self.current_id)
        if row is None:
            return
        if row.status == UserStatus.BLOCKED:
            user = self.drivers.unblock(self.current_id)
            self.outcome.message(f"{user.name or user.phone_number} may charge again")
        else:
            user = self.drivers.block(self.current_id)
            self.outcome.message(f"{user.name or user.phone_number} is blocked: their tags are "
                                 "refused now and chargers' local lists are updated")
        self.refresh()
        self.show_driver(self.current_id)

    def delete(self) -> None:
        if self.current_id is None:
            return
        if self.form.delete_btn.text() != "Click again to delete":
            self.form.delete_btn.setText("Click again to delete")
            self._delete_reset.start()
            return
        try:
            self.drivers.delete(self.current_id)
        except ValidationError as exc:
            self.form.errors.show(exc.errors)
            self.form.delete_btn.setText("Delete")
            return
        self.outcome.message("Driver deleted")
        self.model.remove(self.current_id)
        self.new_driver()
        self.refresh()

    # -------------------------------------------------------------- CSV
    def _file_dialog(self, title: str, save: bool, kind: str) -> QFileDialog:
        dlg = QFileDialog(self, title, str(Path.home()), "CSV files (*.csv);;All files (*)")
        dlg.setAcceptMode(QFileDialog.AcceptMode.AcceptSave if save
                          else QFileDialog.AcceptMode.AcceptOpen)
        dlg.setFileMode(QFileDialog.FileMode.AnyFile if save
                        else QFileDialog.FileMode.ExistingFile)
        if save:
            dlg.setDefaultSuffix("csv")
            dlg.selectFile(f"{kind}.csv")
        self._dialogs.append(dlg)
        dlg.finished.connect(lambda _r: self._dialogs.remove(dlg) if dlg in self._dialogs
                             else None)
        return dlg

    def start_import(self, kind: str) -> None:
        dlg = self._file_dialog(f"Import {kind} from CSV", False, kind)
        dlg.fileSelected.connect(lambda path: self.import_file(kind, path))
        dlg.open()

    def start_export(self, kind: str) -> None:
        dlg = self._file_dialog(f"Export {kind} to CSV", True, kind)
        dlg.fileSelected.connect(lambda path: self.export_file(kind, path))
        dlg.open()

    def import_file(self, kind: str, path: str) -> ImportReport | None:
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.outcome.message(f"Cannot read {path}: {exc}", ok=False)
            return None
        return self.import_text(kind, text, Path(path).name)

    def import_text(self, kind: str, text: str, source: str = "pasted text") -> ImportReport:
        report = import_csv(kind, text, self.drivers)
        self.report.show_report(report, source)
        self.outcome.message(report.summary(), ok=report.ok)
        if report.written:
            self.refresh()
            self.show_driver(self.current_id)
        return report

    def export_file(self, kind: str, path: str) -> None:
        try:
            with open(path, "w", encoding="utf-8", newline="") as out:
                n = export_csv(kind, out)
        except OSError as exc:
            self.outcome.message(f"Cannot write {path}: {exc}", ok=False)
            return
        self.outcome.message(f"{n} {kind} exported to {path}")


def create(ctx: Any) -> QWidget:
    return DriversPage(ctx)
