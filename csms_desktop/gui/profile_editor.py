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
from csms_desktop.gui.widgets.field_errors import FieldErrors, named
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services.profiles import (
    KINDS,
    PURPOSES,
    UNITS,
    Composite,
    ProfileDraft,
    ProfileRow,
    ProfileService,
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
        plot.setLabel("bottom", "time from the schedule's start", units="h")
        plot.setMouseEnabled(x=True, y=False)
        self.legend = plot.addLegend(offset=(-10, 10))
        self.sent = plot.plot([0, 1], [0], stepMode="center", fillLevel=0,
                              brush=pg.mkBrush(20, 80, 168, 60),
                              pen=pg.mkPen("#1450A8", width=2), name="profile")
        self.composite = plot.plot([0, 1], [0], stepMode="center",
                                   pen=pg.mkPen("#E8710A", width=2,
                                                style=Qt.PenStyle.DashLine),
                                   name="composite (charger)")
        self.composite.hide()
        self.unit = ""

    def show_draft(self, periods: list[tuple[int, float]], horizon: int, unit: str) -> None:
        xs, ys = step_points(periods, horizon)
        self.sent.setData(xs, ys)
        self.unit = unit
        self.getPlotItem().setLabel("left", "limit", units=None)
        self.getPlotItem().getAxis("left").setLabel(f"limit ({unit})")
        self._fit()

    def show_composite(self, comp: Composite | None, horizon: int) -> None:
        if comp is None or not comp.periods:
            self.composite.hide()
            return
        xs, ys = step_points(list(comp.periods), horizon)
        self.composite.setData(xs, ys)
        self.composite.opts["name"] = f"composite ({comp.unit or '?'})"
        self.legend.clear()
        self.legend.addItem(self.sent, f"profile ({self.unit})")
        self.legend.addItem(self.composite, f"composite read back ({comp.unit or '?'})")
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
        new_btn = named(QPushButton("New"), "profile_new")
        dup_btn = named(QPushButton("Duplicate"), "profile_duplicate")
        del_btn = named(QPushButton("Delete"), "profile_delete")
        new_btn.clicked.connect(self.new_profile)
        dup_btn.clicked.connect(self.duplicate)
        del_btn.clicked.connect(self.delete)
        lib_box = QGroupBox("Profile library")
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
        self.kind.addItems(list(KINDS))
        self.recurrency = named(QComboBox(), "profile_recurrency")
        self.recurrency.addItems(["Daily", "Weekly"])
        self.duration = named(QLineEdit(), "profile_duration",
                                  placeholderText="h:mm, empty: no end")
        self.valid_from_on = QCheckBox("from")
        self.valid_from = named(QDateTimeEdit(), "profile_valid_from", calendarPopup=True)
        self.valid_to_on = QCheckBox("to")
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
        self.periods.setHorizontalHeaderLabels(["Starts after (h:mm)", "Limit"])
        self.periods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.periods.verticalHeader().setDefaultSectionSize(24)
        self.periods.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.periods.setMinimumHeight(150)
        add_row = named(QPushButton("Add period"), "period_add")
        del_row = named(QPushButton("Remove period"), "period_remove")
        add_row.clicked.connect(self.add_period)
        del_row.clicked.connect(self.remove_period)
        self.errors = FieldErrors()
        form_box = QGroupBox("Profile")
        form = QFormLayout(form_box)
        form.addRow("Name", self.errors.add("name", self.name))
        form.addRow("Description", self.errors.add("description", self.description))
        form.addRow("Unit", self.errors.add("unit", self.unit))
        form.addRow("Stack level", self.errors.add("stack_level", self.stack))
        form.addRow("Default purpose", self.errors.add("purpose", self.purpose))
        form.addRow("Kind", self.errors.add("kind", self.kind))
        form.addRow("Repeats", self.errors.add("recurrency", self.recurrency))
        form.addRow("Duration", self.errors.add("duration", self.duration))
        form.addRow("Valid", self.errors.add("valid_to", validity, aliases=("valid_from",)))
        form.addRow(self.errors.add("periods", self.periods, below=True))
        prow = QHBoxLayout()
        prow.addWidget(add_row)
        prow.addWidget(del_row)
        prow.addStretch(1)
        self.save_btn = named(QPushButton("Save profile"), "profile_save")
        self.save_btn.clicked.connect(self.save)
        prow.addWidget(self.save_btn)
        form.addRow(prow)
        form.addRow(self.errors.general)

        # chart and target
        self.chart = ProfileChart()
        self.cp = named(QComboBox(), "target_cp")
        self.connector = named(QSpinBox(), "target_connector")
        self.connector.setRange(0, 99)
        self.connector.setSpecialValueText("0 (whole charger)")
        self.target_purpose = named(QComboBox(), "target_purpose")
        self.target_purpose.addItems(list(PURPOSES))
        self.comp_minutes = named(QSpinBox(), "composite_minutes")
        self.comp_minutes.setRange(5, 7 * 24 * 60)
        self.comp_minutes.setValue(24 * 60)
        self.comp_minutes.setSuffix(" min")
        self.push_btn = named(QPushButton("Push to charger"), "profile_push")
        self.clear_btn = named(QPushButton("Clear on charger"), "profile_clear")
        self.read_btn = named(QPushButton("Read composite schedule"), "profile_composite")
        self.push_btn.clicked.connect(self.push)
        self.clear_btn.clicked.connect(self.clear_on_charger)
        self.read_btn.clicked.connect(self.read_composite)
        self.installed = named(QLabel(), "profile_installed")
        self.installed.setWordWrap(True)
        self.installed.setStyleSheet("color: #555B61;")
        self.target_errors = FieldErrors()
        target_box = QGroupBox("Charger")
        tf = QFormLayout(target_box)
        tf.addRow("Charge point", self.target_errors.add("charge_point", self.cp))
        tf.addRow("Connector", self.target_errors.add("connector", self.connector))
        tf.addRow("Purpose", self.target_errors.add("target_purpose", self.target_purpose))
        tf.addRow("Composite over", self.comp_minutes)
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
        self.kind.currentTextChanged.connect(
            lambda k: self.recurrency.setEnabled(k == "Recurring"))
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
            item = QListWidgetItem(f"{d.name}\n{d.unit} · {n} period{'s' if n != 1 else ''} · "
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
            self.installed.setText("Installed on " + cp_id + ": " + "; ".join(
                f"{r.name} (connector {r.connector_no}, {r.draft.purpose}, "
                f"level {r.draft.stack_level})" for r in rows))
        else:
            self.installed.setText(f"No profile from the library is installed on {cp_id}."
                                   if cp_id else "No charge point yet.")

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
        self.kind.setCurrentText(d.kind)
        self.recurrency.setCurrentText(d.recurrency or "Daily")
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
        self.name.setText(f"{draft.name} (copy)")

    def delete(self) -> None:
        if self.current_id is None:
            return
        self.profiles.delete(self.current_id)
        self.outcome.message("Profile deleted from the library")
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
                errors["periods"] = f"row {r + 1}: type the start as h:mm (6:30), not {s_text!r}"
            if limit is None and "periods" not in errors:
                errors["periods"] = f"row {r + 1}: the limit is a number, not {l_text!r}"
            if start is not None and limit is not None:
                periods.append((start, limit))
        duration = None
        if self.duration.text().strip():
            duration = parse_offset(self.duration.text())
            if duration is None:
                errors["duration"] = "type the duration as h:mm (24:00) or leave it empty"
        kind = self.kind.currentText()
        draft = ProfileDraft(
            name=self.name.text(), unit=self.unit.currentText(), periods=tuple(periods),
            stack_level=self.stack.value(), description=self.description.text(),
            duration=duration,
            valid_from=from_qdt(self.valid_from.dateTime()) if self.valid_from_on.isChecked()
            else None,
            valid_to=from_qdt(self.valid_to.dateTime()) if self.valid_to_on.isChecked() else None,
            purpose=self.purpose.currentText(), kind=kind,
            recurrency=self.recurrency.currentText() if kind == "Recurring" else None)
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
            self.outcome.message("Not saved: correct the fields marked in red", ok=False)
            return False
        try:
            row = self.profiles.save(draft, self.current_id)
        except ValidationError as exc:
            self.errors.show(exc.errors)
            self.outcome.message("Not saved: correct the fields marked in red", ok=False)
            return False
        self.current_id = row.id
        self.errors.clear()
        self.outcome.message(f"Profile {row.name!r} saved")
        self.reload_library(row.id, load=False)
        return True

    # -------------------------------------------------------------- charger
    def _target(self) -> tuple[str, int, str] | None:
        cp_id = self.cp.currentText()
        if not cp_id:
            self.target_errors.show({"charge_point": "no charge point yet"})
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
            self.outcome.pending(f"Sending {self.name.text()!r} to {cp_id}/{conn}")
            result = await self.profiles.push(self.current_id, cp_id, conn, purpose)
        except ValidationError as exc:
            target_keys = {"charge_point": "charge_point", "connector": "connector",
                           "purpose": "target_purpose"}
            self.target_errors.show({target_keys[k]: v for k, v in exc.errors.items()
                                     if k in target_keys})
            self.errors.show({k: v for k, v in exc.errors.items() if k not in target_keys})
            self.outcome.message("Not sent: " + "; ".join(exc.errors.values()), ok=False)
            return
        self.outcome.message(f"SetChargingProfile {self.name.text()!r} on {cp_id}/{conn}: "
                             f"{result}", ok=result.ok)
        self._target_changed()

    @async_slot
    async def clear_on_charger(self) -> None:
        target = self._target()
        if target is None:
            return
        cp_id, conn, purpose = target
        self.outcome.pending(f"Clearing profiles on {cp_id}/{conn}")
        row = self.profiles.get(self.current_id) if self.current_id else None
        try:
            if row is not None and row.ocpp_profile_id is not None:
                result = await self.profiles.clear(cp_id, profile_id=row.id)
            else:
                result = await self.profiles.clear(cp_id, connector_no=conn, purpose=purpose)
        except ValidationError as exc:
            self.outcome.message("; ".join(exc.errors.values()), ok=False)
            return
        self.outcome.message(f"ClearChargingProfile on {cp_id}: {result}", ok=result.ok)
        self._target_changed()

    @async_slot
    async def read_composite(self) -> None:
        target = self._target()
        if target is None:
            return
        cp_id, conn, _ = target
        self.outcome.pending(f"Composite schedule of {cp_id}/{conn}")
        comp = await self.profiles.composite(cp_id, conn, self._comp_horizon(),
                                             self.unit.currentText())
        self.show_composite(comp, f"{cp_id}/{conn}")

    def show_composite(self, comp: Composite, where: str) -> None:
        self.last_composite = comp if comp.ok else None
        self.chart.show_composite(self.last_composite, self._comp_horizon())
        if comp.ok:
            text = ", ".join(f"{format_offset(s)} → {lim:g}" for s, lim in comp.periods[:8])
            self.outcome.message(f"Composite schedule of {where} ({comp.unit}): {text}")
        else:
            self.outcome.message(f"Composite schedule of {where}: {comp.status}"
                                 + (f": {comp.detail}" if comp.detail else ""), ok=False)
