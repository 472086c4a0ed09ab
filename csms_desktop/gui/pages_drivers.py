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
    QFileDialog,
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
from csms_desktop.gui import forms
from csms_desktop.gui.drivers_lists import LocalListsPanel
from csms_desktop.gui.drivers_panels import (
    HistoryPanel,
    TagsPanel,
    VehiclesPanel,
    make_table,
    selected_source_row,
    user_status_labels,
)
from csms_desktop.gui.forms.ui_driver import Ui_DriverForm
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.drivers import DriversModel, ProblemsModel
from csms_desktop.gui.widgets.field_errors import FieldErrors, named
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services.csv_io import ImportReport, export_csv, import_csv
from csms_desktop.services.driver_services import install
from csms_desktop.services.drivers import DriverInput, DriverRow, display_phone
from csms_desktop.services.validation import ValidationError

log = logging.getLogger(__name__)

def csv_kinds() -> tuple[tuple[str, str], ...]:
    """The CSV files, by kind (the file's format) with their label (translated when shown)."""
    return (("drivers", tr("Drivers")), ("vehicles", tr("Vehicles")),
            ("tags", tr("Tags (RFID cards)")))



class DriverForm(QGroupBox):
    """Phone, name, e-mail, status and client of one driver (new or existing)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("driver_form")
        self.ui = Ui_DriverForm()  # ui/driver.ui
        self.ui.setupUi(self)
        self.phone = self.ui.driver_phone
        self.name = self.ui.driver_name
        self.email = self.ui.driver_email
        self.status = self.ui.driver_status
        labels = user_status_labels()
        for s in UserStatus:
            self.status.addItem(labels[s.value], s.value)
        self.client = self.ui.driver_client
        self.errors = FieldErrors()
        forms.attach_errors(self.errors, self.ui, {
            "phone": "driver_phone", "name": "driver_name", "email": "driver_email",
            "status": "driver_status", "client": "driver_client"},
            aliases={"phone": ("phone_number",)})
        self.save_btn = self.ui.driver_save
        self.block_btn = self.ui.driver_block
        self.delete_btn = self.ui.driver_delete

    def set_clients(self, clients: list[tuple[str, str]]) -> None:
        current = self.client.currentData()
        self.client.clear()
        self.client.addItem(tr("— none —"), None)
        for cid, name in clients:
            self.client.addItem(name, cid)
        i = self.client.findData(current)
        self.client.setCurrentIndex(max(0, i))

    def fill(self, row: DriverRow | None) -> None:
        self.errors.clear()
        if row is None:
            self.setTitle(tr("New driver"))
            for w in (self.phone, self.name, self.email):
                w.clear()
            self.status.setCurrentIndex(0)
            self.client.setCurrentIndex(0)
            self.save_btn.setText(tr("Register driver"))
            self.block_btn.setEnabled(False)
            self.delete_btn.setEnabled(False)
            return
        self.setTitle(tr("Driver: {name}").format(name=row.name or row.phone_number))
        self.phone.setText(display_phone(row.phone_number))
        self.name.setText(row.name)
        self.email.setText(row.email)
        self.status.setCurrentIndex(max(0, self.status.findData(row.status)))
        self.client.setCurrentIndex(max(0, self.client.findData(row.client_id)))
        self.save_btn.setText(tr("Save changes"))
        self.block_btn.setEnabled(True)
        self.block_btn.setText(tr("Unblock") if row.status == UserStatus.BLOCKED else tr("Block"))
        self.delete_btn.setEnabled(True)
        self.delete_btn.setText(tr("Delete"))

    def value(self) -> DriverInput:
        return DriverInput(self.phone.text(), self.name.text(), self.email.text(),
                           str(self.status.currentData()), self.client.currentData())


class ImportReportBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("CSV import report"), parent)
        self.setObjectName("import_report")
        self.summary = named(QLabel(), "import_summary")
        self.summary.setWordWrap(True)
        self.model = ProblemsModel(self)
        self.table = make_table(self.model, "import_problems")
        self.table.setMaximumHeight(180)
        close = QPushButton(tr("Close report"))
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
        rows = (tr("{source}, {count} row") if report.rows == 1
                else tr("{source}, {count} rows")).format(source=source, count=report.rows)
        self.summary.setText(f"<b style='color:{colour}'>{report.summary()}</b> — {rows}")
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
        self.search.setPlaceholderText(tr("Search: phone as typed, name, e-mail, plate or tag"))
        self.search.setClearButtonEnabled(True)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        new_btn = named(QPushButton(tr("New driver")), "driver_new")
        new_btn.clicked.connect(self.new_driver)
        self.import_btn = self._menu_button(tr("Import CSV…"), "csv_import", self.start_import)
        self.export_btn = self._menu_button(tr("Export CSV…"), "csv_export", self.start_export)
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
        self._delete_reset.timeout.connect(lambda: self.form.delete_btn.setText(tr("Delete")))
        self.vehicles = VehiclesPanel(self.drivers, self.outcome)
        self.tags = TagsPanel(self.drivers, self.outcome)
        self.history = HistoryPanel(self.drivers, self.outcome)
        self.vehicles.changed.connect(self._row_changed)
        self.tags.changed.connect(self._row_changed)
        self.sub = named(QTabWidget(), "driver_tabs")
        self.sub.addTab(self.vehicles, tr("Vehicles"))
        self.sub.addTab(self.tags, tr("Tags"))
        self.sub.addTab(self.history, tr("History"))
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
        self.tabs.addTab(drivers_tab, tr("Drivers"))
        self.tabs.addTab(self.lists, tr("Local authorization lists"))
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
        for kind, label in csv_kinds():
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
        self.count.setText((tr("{count} driver") if n == 1 else tr("{count} drivers"))
                           .format(count=n))

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
                done = tr("Driver {name} registered ({phone})")
            else:
                user = self.drivers.update(self.current_id, data)
                done = tr("Driver {name} saved ({phone})")
        except ValidationError as exc:
            self.form.errors.show(exc.errors)
            self.outcome.message(tr("Not saved: correct the fields marked in red"), ok=False)
            return
        self.outcome.message(done.format(name=user.name or user.phone_number,
                                         phone=user.phone_number))
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
            self.outcome.message(tr("{name} may charge again").format(
                name=user.name or user.phone_number))
        else:
            user = self.drivers.block(self.current_id)
            self.outcome.message(tr("{name} is blocked: their tags are refused now and "
                                    "chargers' local lists are updated").format(
                                        name=user.name or user.phone_number))
        self.refresh()
        self.show_driver(self.current_id)

    def delete(self) -> None:
        if self.current_id is None:
            return
        if self.form.delete_btn.text() != tr("Click again to delete"):
            self.form.delete_btn.setText(tr("Click again to delete"))
            self._delete_reset.start()
            return
        try:
            self.drivers.delete(self.current_id)
        except ValidationError as exc:
            self.form.errors.show(exc.errors)
            self.form.delete_btn.setText(tr("Delete"))
            return
        self.outcome.message(tr("Driver deleted"))
        self.model.remove(self.current_id)
        self.new_driver()
        self.refresh()

    # -------------------------------------------------------------- CSV
    def _file_dialog(self, title: str, save: bool, kind: str) -> QFileDialog:
        dlg = QFileDialog(self, title, str(Path.home()), tr("CSV files (*.csv);;All files (*)"))
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
        dlg = self._file_dialog(tr("Import {what} from CSV").format(what=dict(csv_kinds())[kind]),
                                False, kind)
        dlg.fileSelected.connect(lambda path: self.import_file(kind, path))
        dlg.open()

    def start_export(self, kind: str) -> None:
        dlg = self._file_dialog(tr("Export {what} to CSV").format(what=dict(csv_kinds())[kind]),
                                True, kind)
        dlg.fileSelected.connect(lambda path: self.export_file(kind, path))
        dlg.open()

    def import_file(self, kind: str, path: str) -> ImportReport | None:
        try:
            text = Path(path).read_bytes().decode("utf-8-sig")
        except (OSError, UnicodeDecodeError) as exc:
            self.outcome.message(tr("Cannot read {path}: {error}").format(path=path, error=exc), ok=False)
            return None
        return self.import_text(kind, text, Path(path).name)

    def import_text(self, kind: str, text: str, source: str = "") -> ImportReport:
        source = source or tr("pasted text")
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
            self.outcome.message(tr("Cannot write {path}: {error}").format(path=path, error=exc),
                                 ok=False)
            return
        self.outcome.message(tr("{count} rows of {what} exported to {path}").format(
            count=n, what=dict(csv_kinds())[kind], path=path))


def create(ctx: Any) -> QWidget:
    return DriversPage(ctx)
