"""The driver's vehicles, tags and history: sub-panels of the Drivers page.

Each panel has a table and a small form; invalid input shows the message beside the
field and writes nothing (the service raises ``ValidationError`` before any write).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import IdTagStatus, VehicleType
from csms_desktop.gui import fmt, forms
from csms_desktop.gui.asyncops import TaskSet
from csms_desktop.gui.forms.ui_tag import Ui_TagForm
from csms_desktop.gui.forms.ui_vehicle import Ui_VehicleForm
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.drivers import HistoryModel, TagsModel, VehiclesModel, sorted_proxy
from csms_desktop.gui.widgets.columns import grow_only_columns
from csms_desktop.gui.widgets.field_errors import FieldErrors, named
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services.drivers import (
    DriverService,
    TagInput,
    TagRow,
    VehicleInput,
    VehicleRow,
)
from csms_desktop.services.validation import ValidationError

log = logging.getLogger(__name__)

CARD_WAIT_S = 120.0

T = TypeVar("T")


def make_table(model: object, name: str, view: QTableView | None = None) -> QTableView:
    """A sortable, single-row-selection table of ``model`` (``view``: a form's own)."""
    view = view if view is not None else QTableView()
    view.setObjectName(name)
    view.setModel(sorted_proxy(model))  # type: ignore[arg-type]
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    grow_only_columns(view)  # fit the text, never jump after a save
    view.setAlternatingRowColors(True)
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view


def selected_source_row(view: QTableView) -> int | None:
    rows = view.selectionModel().selectedRows() if view.selectionModel() else []
    if not rows:
        return None
    proxy = view.model()
    return int(proxy.mapToSource(rows[0]).row())  # type: ignore[attr-defined]


def user_status_labels() -> dict[str, str]:
    return {"ACTIVE": tr("Active"), "BLOCKED": tr("Blocked"), "EXPIRED": tr("Expired")}


def tag_status_labels() -> dict[str, str]:
    return {"ACCEPTED": tr("Accepted", "tag"), "BLOCKED": tr("Blocked", "tag"),
            "EXPIRED": tr("Expired", "tag"), "INVALID": tr("Invalid", "tag")}


def vehicle_type_labels() -> dict[str, str]:
    return {"ELECTRIC": tr("Electric"), "HYBRID": tr("Hybrid"),
            "PLUGIN_HYBRID": tr("Plug-in hybrid")}


def to_local_qdt(dt: datetime) -> QDateTime:
    """The site's wall clock for a date-time edit prepared by ``fmt.prepare_edit``."""
    return fmt.to_qdatetime(dt)


def from_qdt(q: QDateTime) -> datetime:
    return fmt.from_qdatetime(q)


class _RowsPanel(QWidget):
    """A driver's rows (vehicles or tags): a table, a form and Add / Save changes / Remove.

    A subclass builds its form (``ui/vehicle.ui``, ``ui/tag.ui``), ``model``, ``table`` and
    ``errors``, then calls ``_buttons``; it supplies ``_rows`` (the user's rows), ``_show``
    (fill the form from the selected row) and ``clear_form``.
    """

    changed = Signal()
    ui: Any
    model: VehiclesModel | TagsModel
    table: QTableView
    errors: FieldErrors

    def __init__(self, drivers: DriverService, outcome: OutcomeLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drivers = drivers
        self.outcome = outcome
        self.user_id: str | None = None

    def _buttons(self, prefix: str) -> None:
        """Add / Save changes / Remove: the form's ``<prefix>_add`` ... buttons."""
        self.add_btn = getattr(self.ui, f"{prefix}_add")
        self.save_btn = getattr(self.ui, f"{prefix}_save")
        self.remove_btn = getattr(self.ui, f"{prefix}_remove")
        self.add_btn.clicked.connect(self.add)
        self.save_btn.clicked.connect(self.save)
        self.remove_btn.clicked.connect(self.remove)

    def _rows(self, user_id: str) -> list[Any]:
        raise NotImplementedError

    def _show(self, row: Any) -> None:
        raise NotImplementedError

    def clear_form(self) -> None:
        raise NotImplementedError

    def add(self) -> None:
        raise NotImplementedError

    def save(self) -> None:
        raise NotImplementedError

    def remove(self) -> None:
        raise NotImplementedError

    def load(self, user_id: str | None) -> None:
        self.user_id = user_id
        self.model.set_rows(self._rows(user_id) if user_id else [])
        self.clear_form()
        self._sync_buttons()

    def _current(self) -> str | None:
        i = selected_source_row(self.table)
        return self.model.row_of(i).id if i is not None else None

    def _selected(self, *_: object) -> None:
        i = selected_source_row(self.table)
        if i is not None:
            self._show(self.model.row_of(i))
            self.errors.clear()
        self._sync_buttons()

    def _sync_buttons(self) -> None:
        has_sel = self._current() is not None
        self.add_btn.setEnabled(self.user_id is not None)
        self.save_btn.setEnabled(has_sel)
        self.remove_btn.setEnabled(has_sel)

    def _write(self, write: Callable[[], T], message: Callable[[T], str]) -> None:
        """Run a service write; a ``ValidationError`` is shown beside the fields."""
        try:
            row = write()
        except ValidationError as exc:
            self.errors.show(exc.errors)
            return
        self._done(message(row))

    def _done(self, message: str) -> None:
        self.outcome.message(message)
        self.load(self.user_id)
        self.changed.emit()


class VehiclesPanel(_RowsPanel):
    model: VehiclesModel

    def __init__(self, drivers: DriverService, outcome: OutcomeLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(drivers, outcome, parent)
        self.ui = Ui_VehicleForm()  # ui/vehicle.ui
        self.ui.setupUi(self)
        self.model = VehiclesModel(self)
        self.table = make_table(self.model, "vehicles_table", self.ui.vehicles_table)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.plate = self.ui.vehicle_plate
        self.make = self.ui.vehicle_make
        self.model_edit = self.ui.vehicle_model
        self.type = self.ui.vehicle_type
        labels = vehicle_type_labels()
        for t in VehicleType:
            self.type.addItem(labels[t.value], t.value)
        self.errors = FieldErrors()
        forms.attach_errors(self.errors, self.ui, {
            "license_plate": "vehicle_plate", "make": "vehicle_make",
            "model": "vehicle_model", "type": "vehicle_type"})
        self._buttons("vehicle")
        self._sync_buttons()

    def _rows(self, user_id: str) -> list[VehicleRow]:
        return self.drivers.vehicles(user_id)

    def clear_form(self) -> None:
        for w in (self.plate, self.make, self.model_edit):
            w.clear()
        self.type.setCurrentIndex(0)
        self.errors.clear()

    def _show(self, v: VehicleRow) -> None:
        self.plate.setText(v.license_plate)
        self.make.setText(v.make)
        self.model_edit.setText(v.model)
        self.type.setCurrentIndex(max(0, self.type.findData(v.type)))

    def _input(self) -> VehicleInput:
        return VehicleInput(self.plate.text(), self.make.text(), self.model_edit.text(),
                            str(self.type.currentData()))

    def add(self) -> None:
        user_id = self.user_id
        if user_id is not None:
            self._write(lambda: self.drivers.add_vehicle(user_id, self._input()),
                        lambda v: tr("Vehicle {plate} added").format(plate=v.license_plate))

    def save(self) -> None:
        vid = self._current()
        if vid is not None:
            self._write(lambda: self.drivers.update_vehicle(vid, self._input()),
                        lambda v: tr("Vehicle {plate} saved").format(plate=v.license_plate))

    def remove(self) -> None:
        vid = self._current()
        if vid is not None:
            self.drivers.remove_vehicle(vid)
            self._done(tr("Vehicle removed"))


class TagsPanel(_RowsPanel):
    model: TagsModel

    def __init__(self, drivers: DriverService, outcome: OutcomeLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(drivers, outcome, parent)
        self.tasks = TaskSet()
        self.ui = Ui_TagForm()  # ui/tag.ui
        self.ui.setupUi(self)
        self.model = TagsModel(self)
        self.table = make_table(self.model, "tags_table", self.ui.tags_table)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.value = self.ui.tag_value
        self.present_btn = self.ui.tag_present
        self.present_btn.clicked.connect(self._present_clicked)
        self.status = self.ui.tag_status
        labels = tag_status_labels()
        for s in IdTagStatus:
            self.status.addItem(labels[s.value], s.value)
        self.expires = self.ui.tag_expires
        self.expiry = self.ui.tag_expiry
        fmt.prepare_edit(self.expiry)
        self.expiry.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.expiry.setDateTime(to_local_qdt(datetime.now(UTC) + timedelta(days=365)))
        self.expires.toggled.connect(self.expiry.setEnabled)
        self.parent_tag = self.ui.tag_parent
        self.allowed = self.ui.tag_allowed
        self.note = self.ui.tag_note
        self.errors = FieldErrors()
        forms.attach_errors(self.errors, self.ui, {  # the tag's message below it: not squeezed
            "id_tag": "tag_value_row", "status": "tag_status", "expiry_date": "tag_expiry_row",
            "parent_id_tag": "tag_parent", "allowed_charge_points": "tag_allowed",
            "note": "tag_note"})
        self.last_seen = self.ui.tag_last_unknown
        self._buttons("tag")
        self._sync_buttons()

    def _rows(self, user_id: str) -> list[TagRow]:
        return self.drivers.tags(user_id)

    def clear_form(self) -> None:
        for w in (self.value, self.parent_tag, self.allowed, self.note):
            w.clear()
        self.status.setCurrentIndex(0)
        self.expires.setChecked(False)
        self.errors.clear()

    def _show(self, t: TagRow) -> None:
        self.value.setText(t.id_tag)
        self.status.setCurrentIndex(max(0, self.status.findData(t.status)))
        self.expires.setChecked(t.expiry_date is not None)
        if t.expiry_date is not None:
            self.expiry.setDateTime(to_local_qdt(t.expiry_date))
        self.parent_tag.setText(t.parent_id_tag)
        self.allowed.setText(", ".join(t.allowed_charge_points))
        self.note.setText(t.note)

    def _sync_buttons(self) -> None:
        super()._sync_buttons()
        self.present_btn.setEnabled(self.user_id is not None)

    def _input(self) -> TagInput:
        allowed = tuple(c.strip() for c in self.allowed.text().replace(";", ",").split(",")
                        if c.strip())
        return TagInput(self.value.text(), self.user_id, str(self.status.currentData()),
                        from_qdt(self.expiry.dateTime()) if self.expires.isChecked() else None,
                        self.parent_tag.text(), allowed, self.note.text())

    def add(self) -> None:
        if self.user_id is not None:
            self._write(lambda: self.drivers.add_tag(self._input()),
                        lambda t: tr("Tag {tag} added; chargers' local lists follow").format(
                            tag=t.id_tag))

    def save(self) -> None:
        tid = self._current()
        if tid is not None:
            self._write(lambda: self.drivers.update_tag(tid, self._input()),
                        lambda t: tr("Tag {tag} saved").format(tag=t.id_tag))

    def remove(self) -> None:
        tid = self._current()
        if tid is not None:
            self.drivers.remove_tag(tid)
            self._done(tr("Tag removed"))

    # ---------------------------------------------------------- present the card
    def show_unknown(self, cp_id: str, id_tag: str) -> None:
        self.last_seen.setText(tr("Last unknown card: {tag} at {charger} ({time})").format(
            tag=id_tag, charger=cp_id, time=fmt.stamp_now()))

    def _present_clicked(self, checked: bool) -> None:
        if checked:
            self.tasks.spawn(self.wait_for_card())
        else:
            self.tasks.cancel_all()
            self._present_done()

    async def wait_for_card(self) -> None:
        self.present_btn.setText(tr("Waiting for a card… (click to stop)"))
        self.outcome.message(tr("Present the new card at any charger now"))
        since = datetime.now(UTC)
        task = self.tasks.spawn(self.drivers.wait_for_unknown_tag(CARD_WAIT_S, since))
        try:
            seen = await task
        except TimeoutError:
            self.outcome.message(tr("No card was presented within 2 minutes"), ok=False)
            return
        except asyncio.CancelledError:  # stopped by the operator
            return
        finally:
            self._present_done()
        self.clear_form()
        self.value.setText(seen.id_tag)
        self.value.setFocus()
        self.outcome.message(tr("Card {tag} presented at {charger}: check the details and "
                                "click Add tag").format(tag=seen.id_tag,
                                                        charger=seen.charge_point_id))

    def _present_done(self) -> None:
        self.present_btn.setChecked(False)
        self.present_btn.setText(tr("Register the next presented card"))


class HistoryPanel(QWidget):
    def __init__(self, drivers: DriverService, outcome: OutcomeLine,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.drivers = drivers
        self.outcome = outcome
        self.user_id: str | None = None
        self.model = HistoryModel(self)
        self.table = make_table(self.model, "history_table")
        self.summary = named(QLabel(), "history_summary")
        self.vehicle = named(QComboBox(), "history_vehicle")
        self.link_btn = named(QPushButton(tr("Link to vehicle")), "history_link")
        self.link_btn.clicked.connect(self.link)
        row = QHBoxLayout()
        row.addWidget(self.summary, 1)
        row.addWidget(QLabel(tr("Selected transaction:")))
        row.addWidget(self.vehicle)
        row.addWidget(self.link_btn)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table, 1)
        lay.addLayout(row)

    def load(self, user_id: str | None) -> None:
        self.user_id = user_id
        self.vehicle.clear()
        self.vehicle.addItem(tr("— no vehicle —"), None)
        if user_id is None:
            self.model.set_rows([])
            self.summary.clear()
            return
        for v in self.drivers.vehicles(user_id):
            self.vehicle.addItem(v.license_plate, v.id)
        h = self.drivers.history(user_id)
        self.model.set_rows(h.rows)
        costs = ", ".join(f"{v} {k}".strip() for k, v in h.costs.items()) or tr("no cost yet")
        text = (tr("{count} session, {energy} kWh, {costs}") if h.count == 1
                else tr("{count} sessions, {energy} kWh, {costs}"))
        self.summary.setText(text.format(count=h.count, energy=f"{h.energy_kwh:.2f}",
                                         costs=costs))
        self.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)

    def link(self) -> None:
        i = selected_source_row(self.table)
        if i is None or self.user_id is None:
            self.outcome.message(tr("Select a transaction first"), ok=False)
            return
        tx = self.model.row_of(i)
        try:
            self.drivers.set_transaction_vehicle(tx.transaction_id, self.vehicle.currentData())
        except ValidationError as exc:
            self.outcome.message("; ".join(exc.errors.values()), ok=False)
            return
        self.outcome.message(tr("Transaction {id} linked to {vehicle}").format(
            id=tx.transaction_id, vehicle=self.vehicle.currentText()))
        self.load(self.user_id)
