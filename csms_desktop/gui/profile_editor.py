"""Charging profile editor: the library, a schedule edited as a table of periods with a
live step chart of the limit over time, validation messages beside the fields, and a
target box to push the profile to a charger/connector, clear it, and read the charger's
composite schedule back (drawn over what was sent).
"""

from __future__ import annotations

import logging
import re
from datetime import UTC, datetime, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import async_slot
from csms_desktop.gui.drivers_panels import from_qdt, to_local_qdt
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.field_errors import FieldErrors, named, translated
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services.profiles import (
    KINDS,
    PURPOSES,
    UNITS,
    Composite,
    ProfileDraft,
    ProfileRow,
    ProfileService,
    PushResult,
    horizon_s,
    step_points,
    validate_profile,
)
from csms_desktop.services.validation import ValidationError
from csms_desktop.store.models import ChargePoint, Connector

log = logging.getLogger(__name__)

_OFFSET = re.compile(r"^\s*(\d+)(?::(\d{1,2}))?(?::(\d{1,2}))?\s*$")


def parse_offset(text: str) -> int | None:
    """'6:30' -> 23400 s, '30:00' -> 108000 s, '2' -> 7200 s; None when unreadable."""
    m = _OFFSET.match(text or "")
    if not m:
        return None
    h, mi, s = int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    if mi > 59 or s > 59:
        return None
    return h * 3600 + mi * 60 + s


def kind_names() -> dict[str, str]:
    """The OCPP profile kinds (stored values) as the editor shows them."""
    return {"Absolute": tr("Absolute"), "Relative": tr("Relative"),
            "Recurring": tr("Recurring")}


def recurrency_names() -> dict[str, str]:
    return {"Daily": tr("Daily"), "Weekly": tr("Weekly")}


def result_text(result: PushResult) -> str:
    """The charger's status word (as sent) and the detail in the interface's language."""
    return result.status + (f": {translated(result.detail)}" if result.detail else "")


def format_offset(seconds: int) -> str:
    h, rest = divmod(int(seconds), 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}" + (f":{s:02d}" if s else "")


class ProfileChart(pg.PlotWidget):  # type: ignore[misc]
    """The limit over time: the draft (filled steps) and the composite schedule read back."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, background="w")
        self.setObjectName("profile_chart")
        plot = self.getPlotItem()
        plot.showGrid(x=True, y=True, alpha=0.25)
        plot.setLabel("bottom", tr("time from the schedule's start"), units="h")
        plot.setMouseEnabled(x=True, y=False)
        self.legend = plot.addLegend(offset=(-10, 10))
        self.sent = plot.plot([0, 1], [0], stepMode="center", fillLevel=0,
                              brush=pg.mkBrush(20, 80, 168, 60),
                              pen=pg.mkPen("#1450A8", width=2), name=tr("profile"))
        self.composite = plot.plot([0, 1], [0], stepMode="center",
                                   pen=pg.mkPen("#E8710A", width=2,
                                                style=Qt.PenStyle.DashLine),
                                   name=tr("composite (charger)"))
        self.composite.hide()
        self.unit = ""

    def show_draft(self, periods: list[tuple[int, float]], horizon: int, unit: str) -> None:
        xs, ys = step_points(periods, horizon)
        self.sent.setData(xs, ys)
        self.unit = unit
        self.getPlotItem().setLabel("left", tr("limit"), units=None)
        self.getPlotItem().getAxis("left").setLabel(tr("limit ({unit})").format(unit=unit))
        self._fit()

    def show_composite(self, comp: Composite | None, horizon: int) -> None:
        if comp is None or not comp.periods:
            self.composite.hide()
            return
        xs, ys = step_points(list(comp.periods), horizon)
        self.composite.setData(xs, ys)
        self.composite.opts["name"] = tr("composite ({unit})").format(unit=comp.unit or "?")
        self.legend.clear()
        self.legend.addItem(self.sent, tr("profile ({unit})").format(unit=self.unit))
        self.legend.addItem(self.composite, tr("composite read back ({unit})").format(
            unit=comp.unit or "?"))
        self.composite.show()
        self._fit()

    def _fit(self) -> None:
        """x fits the data; y from 0 with room above for the legend."""
        plot = self.getPlotItem()
        top = 0.0
        xmax = 1.0
        for curve in (self.sent, self.composite):
            if curve.isVisible() or curve is self.sent:
                xs, ys = curve.getData()
                if ys is not None and len(ys):
                    top = max(top, float(max(ys)))
                if xs is not None and len(xs):
                    xmax = max(xmax, float(max(xs)))
        plot.setXRange(0, xmax, padding=0.02)
        plot.setYRange(0, (top or 1.0) * 1.3, padding=0)


class ProfileEditor(QWidget):
    def __init__(self, profiles: ProfileService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("profile_editor")
        self.profiles = profiles
        self.current_id: str | None = None
        self.last_composite: Composite | None = None
        self._loading = False
        self.outcome = OutcomeLine(self)

        # library
        self.library = named(QListWidget(), "profile_list")
        self.library.setSpacing(3)
        self.library.setWordWrap(True)
        self.library.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.library.currentItemChanged.connect(self._picked)
        new_btn = named(QPushButton(tr("New")), "profile_new")
        dup_btn = named(QPushButton(tr("Duplicate")), "profile_duplicate")
        del_btn = named(QPushButton(tr("Delete")), "profile_delete")
        new_btn.clicked.connect(self.new_profile)
        dup_btn.clicked.connect(self.duplicate)
        del_btn.clicked.connect(self.delete)
        lib_box = QGroupBox(tr("Profile library"))
        lb = QVBoxLayout(lib_box)
        lb.addWidget(self.library, 1)
        lrow = QHBoxLayout()
        for b in (new_btn, dup_btn, del_btn):
            lrow.addWidget(b)
        lb.addLayout(lrow)

        # form
        self.name = named(QLineEdit(), "profile_name")
        self.description = named(QLineEdit(), "profile_description")
        self.unit = named(QComboBox(), "profile_unit")
        self.unit.addItems(list(UNITS))
        self.stack = named(QSpinBox(), "profile_stack")
        self.stack.setRange(-1, 999)
        self.purpose = named(QComboBox(), "profile_purpose")
        self.purpose.addItems(list(PURPOSES))
        self.kind = named(QComboBox(), "profile_kind")
        kinds = kind_names()
        for kind in KINDS:
            self.kind.addItem(kinds.get(kind, kind), kind)
        self.recurrency = named(QComboBox(), "profile_recurrency")
        for value, text in recurrency_names().items():
            self.recurrency.addItem(text, value)
        self.duration = named(QLineEdit(), "profile_duration",
                              placeholderText=tr("h:mm, empty: no end"))
        self.valid_from_on = QCheckBox(tr("from"))
        self.valid_from = named(QDateTimeEdit(), "profile_valid_from", calendarPopup=True)
        self.valid_to_on = QCheckBox(tr("to"))
        self.valid_to = named(QDateTimeEdit(), "profile_valid_to", calendarPopup=True)
        for edit, days in ((self.valid_from, 0), (self.valid_to, 30)):
            edit.setDisplayFormat("yyyy-MM-dd HH:mm")
            fmt.prepare_edit(edit)
            edit.setDateTime(to_local_qdt(datetime.now(UTC) + timedelta(days=days)))
            edit.setEnabled(False)
        self.valid_from_on.toggled.connect(self.valid_from.setEnabled)
        self.valid_to_on.toggled.connect(self.valid_to.setEnabled)
        validity = QWidget()
        vl = QHBoxLayout(validity)
        vl.setContentsMargins(0, 0, 0, 0)
        for w in (self.valid_from_on, self.valid_from, self.valid_to_on, self.valid_to):
            vl.addWidget(w)
        self.periods = named(QTableWidget(0, 2), "profile_periods")
        self.periods.setHorizontalHeaderLabels([tr("Starts after (h:mm)"), tr("Limit")])
        self.periods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.periods.verticalHeader().setDefaultSectionSize(24)
        self.periods.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.periods.setMinimumHeight(150)
        add_row = named(QPushButton(tr("Add period")), "period_add")
        del_row = named(QPushButton(tr("Remove period")), "period_remove")
        add_row.clicked.connect(self.add_period)
        del_row.clicked.connect(self.remove_period)
        self.errors = FieldErrors()
        form_box = QGroupBox(tr("Profile"))
        form = QFormLayout(form_box)
        form.addRow(tr("Name"), self.errors.add("name", self.name))
        form.addRow(tr("Description"), self.errors.add("description", self.description))
        form.addRow(tr("Unit"), self.errors.add("unit", self.unit))
        form.addRow(tr("Stack level"), self.errors.add("stack_level", self.stack))
        form.addRow(tr("Default purpose"), self.errors.add("purpose", self.purpose))
        form.addRow(tr("Kind"), self.errors.add("kind", self.kind))
        form.addRow(tr("Repeats"), self.errors.add("recurrency", self.recurrency))
        form.addRow(tr("Duration"), self.errors.add("duration", self.duration))
        form.addRow(tr("Valid"), self.errors.add("valid_to", validity, aliases=("valid_from",)))
        form.addRow(self.errors.add("periods", self.periods, below=True))
        prow = QHBoxLayout()
        prow.addWidget(add_row)
        prow.addWidget(del_row)
        prow.addStretch(1)
        self.save_btn = named(QPushButton(tr("Save profile")), "profile_save")
        self.save_btn.clicked.connect(self.save)
        prow.addWidget(self.save_btn)
        form.addRow(prow)
        form.addRow(self.errors.general)

        # chart and target
        self.chart = ProfileChart()
        self.cp = named(QComboBox(), "target_cp")
        self.connector = named(QSpinBox(), "target_connector")
        self.connector.setRange(0, 99)
        self.connector.setSpecialValueText(tr("0 (whole charger)"))
        self.target_purpose = named(QComboBox(), "target_purpose")
        self.target_purpose.addItems(list(PURPOSES))
        self.comp_minutes = named(QSpinBox(), "composite_minutes")
        self.comp_minutes.setRange(5, 7 * 24 * 60)
        self.comp_minutes.setValue(24 * 60)
        self.comp_minutes.setSuffix(" " + tr("min"))
        self.push_btn = named(QPushButton(tr("Push to charger")), "profile_push")
        self.clear_btn = named(QPushButton(tr("Clear on charger")), "profile_clear")
        self.read_btn = named(QPushButton(tr("Read composite schedule")), "profile_composite")
        self.push_btn.clicked.connect(self.push)
        self.clear_btn.clicked.connect(self.clear_on_charger)
        self.read_btn.clicked.connect(self.read_composite)
        self.installed = named(QLabel(), "profile_installed")
        self.installed.setWordWrap(True)
        self.installed.setStyleSheet("color: #555B61;")
        self.target_errors = FieldErrors()
        target_box = QGroupBox(tr("Charger"))
        tf = QFormLayout(target_box)
        tf.addRow(tr("Charge point"), self.target_errors.add("charge_point", self.cp))
        tf.addRow(tr("Connector"), self.target_errors.add("connector", self.connector))
        tf.addRow(tr("Purpose"), self.target_errors.add("target_purpose", self.target_purpose))
        tf.addRow(tr("Composite over"), self.comp_minutes)
        brow = QHBoxLayout()
        for b in (self.push_btn, self.clear_btn, self.read_btn):
            brow.addWidget(b)
        tf.addRow(brow)
        tf.addRow(self.target_errors.general)
        tf.addRow(self.installed)
        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(self.chart, 1)
        rl.addWidget(target_box)

        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(lib_box)
        split.addWidget(form_box)
        split.addWidget(right)
        split.setSizes([230, 470, 620])
        lay = QVBoxLayout(self)
        lay.addWidget(split, 1)
        lay.addWidget(self.outcome)

        self._live = QTimer(self)
        self._live.setSingleShot(True)
        self._live.setInterval(150)
        self._live.timeout.connect(self.update_preview)
        for sig in (self.periods.cellChanged, self.unit.currentIndexChanged,
                    self.kind.currentIndexChanged, self.recurrency.currentIndexChanged,
                    self.duration.textChanged, self.name.textChanged, self.stack.valueChanged):
            sig.connect(self._changed)
        self.kind.currentIndexChanged.connect(
            lambda _i: self.recurrency.setEnabled(self.kind.currentData() == "Recurring"))
        self.cp.currentIndexChanged.connect(self._target_changed)
        self.profiles.seed_library()
        self.reload_targets()
        self.reload_library()

    # -------------------------------------------------------------- library
    def reload_library(self, select: str | None = None, load: bool = True) -> None:
        """Refill the list; ``load`` False keeps the form as it is (after a save)."""
        select = select or self.current_id
        self.library.blockSignals(True)
        self.library.clear()
        chosen = None
        for row in self.profiles.library():
            d = row.draft
            n = len(d.periods)
            periods = (tr("1 period") if n == 1
                       else tr("{count} periods").format(count=n))
            item = QListWidgetItem(f"{d.name}\n{d.unit} · {periods} · "
                                   f"{d.purpose.removesuffix('Profile')}")
            item.setToolTip(d.description or d.name)
            item.setData(Qt.ItemDataRole.UserRole, row.id)
            self.library.addItem(item)
            if row.id == select:
                chosen = item
        self.library.blockSignals(False)
        if chosen is None and self.library.count() and select is None:
            chosen = self.library.item(0)
        if chosen is not None:
            self.library.blockSignals(not load)
            self.library.setCurrentItem(chosen)
            self.library.blockSignals(False)
        elif select is None:
            self.new_profile()

    def reload_targets(self) -> None:
        current = self.cp.currentText()
        self.cp.blockSignals(True)
        self.cp.clear()
        for cp in ChargePoint.select(ChargePoint.id).order_by(ChargePoint.id):
            self.cp.addItem(cp.id)
        i = self.cp.findText(current)
        self.cp.setCurrentIndex(max(0, i))
        self.cp.blockSignals(False)
        self._target_changed()

    def _target_changed(self, *_: object) -> None:
        cp_id = self.cp.currentText()
        n = (Connector.select().where(Connector.charge_point == cp_id).count()
             if cp_id else 0)
        self.connector.setMaximum(max(0, int(n)))
        rows = self.profiles.installed(cp_id) if cp_id else []
        if rows:
            self.installed.setText(tr("Installed on {charger}: {profiles}").format(
                charger=cp_id, profiles="; ".join(
                    tr("{name} (connector {number}, {purpose}, level {level})").format(
                        name=r.name, number=r.connector_no, purpose=r.draft.purpose,
                        level=r.draft.stack_level) for r in rows)))
        else:
            self.installed.setText(
                tr("No profile from the library is installed on {charger}.").format(
                    charger=cp_id) if cp_id else tr("No charge point yet."))

    def _picked(self, item: QListWidgetItem | None, _prev: Any = None) -> None:
        if item is None:
            return
        row = self.profiles.get(str(item.data(Qt.ItemDataRole.UserRole)))
        if row is not None:
            self.load(row)

    def load(self, row: ProfileRow | None) -> None:
        self._loading = True
        self.current_id = row.id if row else None
        d = row.draft if row else ProfileDraft("", "A", ((0, 16.0),))
        self.name.setText(d.name)
        self.description.setText(d.description)
        self.unit.setCurrentText(d.unit)
        self.stack.setValue(d.stack_level)
        self.purpose.setCurrentText(d.purpose)
        self.target_purpose.setCurrentText(d.purpose)
        self.kind.setCurrentIndex(max(0, self.kind.findData(d.kind)))
        self.recurrency.setCurrentIndex(max(0, self.recurrency.findData(d.recurrency or "Daily")))
        self.recurrency.setEnabled(d.kind == "Recurring")
        self.duration.setText(format_offset(d.duration) if d.duration else "")
        self.valid_from_on.setChecked(d.valid_from is not None)
        self.valid_to_on.setChecked(d.valid_to is not None)
        if d.valid_from:
            self.valid_from.setDateTime(to_local_qdt(d.valid_from))
        if d.valid_to:
            self.valid_to.setDateTime(to_local_qdt(d.valid_to))
        self.periods.setRowCount(0)
        for start, limit in d.periods:
            self._append_period(format_offset(start), f"{limit:g}")
        self._loading = False
        self.errors.clear()
        self.last_composite = None
        self.chart.show_composite(None, 0)
        self.update_preview()

    def new_profile(self) -> None:
        self.library.blockSignals(True)
        self.library.setCurrentRow(-1)
        self.library.blockSignals(False)
        self.load(None)
        self.name.setFocus()

    def duplicate(self) -> None:
        draft, _ = self.draft()
        self.current_id = None
        self.library.blockSignals(True)
        self.library.setCurrentRow(-1)
        self.library.blockSignals(False)
        self.name.setText(tr("{name} (copy)").format(name=draft.name))

    def delete(self) -> None:
        if self.current_id is None:
            return
        self.profiles.delete(self.current_id)
        self.outcome.message(tr("Profile deleted from the library"))
        self.current_id = None
        self.reload_library()

    # -------------------------------------------------------------- periods
    def _append_period(self, start: str, limit: str) -> None:
        r = self.periods.rowCount()
        self.periods.insertRow(r)
        self.periods.setItem(r, 0, QTableWidgetItem(start))
        item = QTableWidgetItem(limit)
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.periods.setItem(r, 1, item)

    def set_periods(self, rows: list[tuple[str, str]]) -> None:
        self._loading = True
        self.periods.setRowCount(0)
        for start, limit in rows:
            self._append_period(start, limit)
        self._loading = False
        self._changed()

    def add_period(self) -> None:
        draft, _ = self.draft()
        last = draft.periods[-1] if draft.periods else (-3600, 16.0)
        self._append_period(format_offset(last[0] + 3600), f"{last[1]:g}")
        self._changed()

    def remove_period(self) -> None:
        rows = sorted({i.row() for i in self.periods.selectedIndexes()}, reverse=True)
        for r in rows or [self.periods.rowCount() - 1]:
            if r >= 0:
                self.periods.removeRow(r)
        self._changed()

    # -------------------------------------------------------------- draft and validation
    def draft(self) -> tuple[ProfileDraft, dict[str, str]]:
        """The profile as typed, and the errors of unreadable cells/fields."""
        errors: dict[str, str] = {}
        periods: list[tuple[int, float]] = []
        for r in range(self.periods.rowCount()):
            s_item, l_item = self.periods.item(r, 0), self.periods.item(r, 1)
            s_text = s_item.text() if s_item else ""
            l_text = (l_item.text() if l_item else "").replace(",", ".")
            start = parse_offset(s_text)
            try:
                limit = float(l_text)
            except ValueError:
                limit = None
            if start is None and "periods" not in errors:
                errors["periods"] = tr("row {row}: type the start as h:mm (6:30), not {text}"
                                       ).format(row=r + 1, text=repr(s_text))
            if limit is None and "periods" not in errors:
                errors["periods"] = tr("row {row}: the limit is a number, not {text}").format(
                    row=r + 1, text=repr(l_text))
            if start is not None and limit is not None:
                periods.append((start, limit))
        duration = None
        if self.duration.text().strip():
            duration = parse_offset(self.duration.text())
            if duration is None:
                errors["duration"] = tr("type the duration as h:mm (24:00) or leave it empty")
        kind = str(self.kind.currentData())
        draft = ProfileDraft(
            name=self.name.text(), unit=self.unit.currentText(), periods=tuple(periods),
            stack_level=self.stack.value(), description=self.description.text(),
            duration=duration,
            valid_from=from_qdt(self.valid_from.dateTime()) if self.valid_from_on.isChecked()
            else None,
            valid_to=from_qdt(self.valid_to.dateTime()) if self.valid_to_on.isChecked() else None,
            purpose=self.purpose.currentText(), kind=kind,
            recurrency=str(self.recurrency.currentData()) if kind == "Recurring" else None)
        return draft, errors

    def _changed(self, *_: object) -> None:
        if not self._loading:
            self._live.start()

    def validate(self) -> tuple[ProfileDraft, dict[str, str]]:
        draft, errors = self.draft()
        try:
            validate_profile(draft)
        except ValidationError as exc:
            errors = {**exc.errors, **errors}
        return draft, errors

    def update_preview(self) -> None:
        draft, errors = self.validate()
        if not draft.name.strip():
            errors.pop("name", None)  # not yet typed: no red while starting
        self.errors.show(errors)
        self.chart.show_draft(list(draft.periods), horizon_s(draft), draft.unit)
        if self.last_composite is not None:
            self.chart.show_composite(self.last_composite, self._comp_horizon())

    def save(self) -> bool:
        draft, errors = self.validate()
        if errors:
            self.errors.show(errors)
            self.outcome.message(tr("Not saved: correct the fields marked in red"), ok=False)
            return False
        try:
            row = self.profiles.save(draft, self.current_id)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            self.outcome.message(tr("Not saved: correct the fields marked in red"), ok=False)
            return False
        self.current_id = row.id
        self.errors.clear()
        self.outcome.message(tr("Profile {name} saved").format(name=repr(row.name)))
        self.reload_library(row.id, load=False)
        return True

    # -------------------------------------------------------------- charger
    def _target(self) -> tuple[str, int, str] | None:
        cp_id = self.cp.currentText()
        if not cp_id:
            self.target_errors.show({"charge_point": tr("no charge point yet")})
            return None
        return cp_id, self.connector.value(), self.target_purpose.currentText()

    def _comp_horizon(self) -> int:
        return self.comp_minutes.value() * 60

    @async_slot
    async def push(self) -> None:
        self.target_errors.clear()
        if not self.save():
            return
        target = self._target()
        if target is None or self.current_id is None:
            return
        cp_id, conn, purpose = target
        try:
            self.outcome.pending(tr("Sending {name} to {target}").format(
                name=repr(self.name.text()), target=f"{cp_id}/{conn}"))
            result = await self.profiles.push(self.current_id, cp_id, conn, purpose)
        except ValidationError as exc:
            target_keys = {"charge_point": "charge_point", "connector": "connector",
                           "purpose": "target_purpose"}
            self.target_errors.show({target_keys[k]: v for k, v in exc.errors.items()
                                     if k in target_keys})
            self.errors.show({k: v for k, v in exc.errors.items() if k not in target_keys})
            self.outcome.message(tr("Not sent: {reasons}").format(
                reasons="; ".join(translated(v) for v in exc.errors.values())), ok=False)
            return
        self.outcome.message(tr("SetChargingProfile {name} on {target}: {result}").format(
            name=repr(self.name.text()), target=f"{cp_id}/{conn}", result=result_text(result)),
            ok=result.ok)
        self._target_changed()

    @async_slot
    async def clear_on_charger(self) -> None:
        target = self._target()
        if target is None:
            return
        cp_id, conn, purpose = target
        self.outcome.pending(tr("Clearing profiles on {target}").format(target=f"{cp_id}/{conn}"))
        row = self.profiles.get(self.current_id) if self.current_id else None
        try:
            if row is not None and row.ocpp_profile_id is not None:
                result = await self.profiles.clear(cp_id, profile_id=row.id)
            else:
                result = await self.profiles.clear(cp_id, connector_no=conn, purpose=purpose)
        except ValidationError as exc:
            self.outcome.message("; ".join(translated(v) for v in exc.errors.values()), ok=False)
            return
        self.outcome.message(tr("ClearChargingProfile on {charger}: {result}").format(
            charger=cp_id, result=result_text(result)), ok=result.ok)
        self._target_changed()

    @async_slot
    async def read_composite(self) -> None:
        target = self._target()
        if target is None:
            return
        cp_id, conn, _ = target
        self.outcome.pending(tr("Composite schedule of {target}").format(
            target=f"{cp_id}/{conn}"))
        comp = await self.profiles.composite(cp_id, conn, self._comp_horizon(),
                                             self.unit.currentText())
        self.show_composite(comp, f"{cp_id}/{conn}")

    def show_composite(self, comp: Composite, where: str) -> None:
        self.last_composite = comp if comp.ok else None
        self.chart.show_composite(self.last_composite, self._comp_horizon())
        if comp.ok:
            text = ", ".join(f"{format_offset(s)} → {lim:g}" for s, lim in comp.periods[:8])
            self.outcome.message(tr("Composite schedule of {target} ({unit}): {periods}").format(
                target=where, unit=comp.unit, periods=text))
        else:
            self.outcome.message(tr("Composite schedule of {target}").format(target=where)
                                 + f": {comp.status}"
                                 + (f": {translated(comp.detail)}" if comp.detail else ""), ok=False)
