"""The "Edit" tab: name, location, coordinates, power, connector types, validation mode and
the HTTP Basic password. Messages appear next to the fields; nothing is saved on bad input."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import ConnectorType
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services import live_queries as lq
from csms_desktop.services.events import ChargerUpdated

TYPE_LABELS = {"TYPE_1": "Type 1 (J1772)", "TYPE_2": "Type 2 (Mennekes)", "CHADEMO": "CHAdeMO",
               "CCS_COMBO_1": "CCS Combo 1", "CCS_COMBO_2": "CCS Combo 2", "TESLA": "Tesla",
               "GB_T": "GB/T"}
PASSWORD_MIN = 8
PASSWORD_MAX = 40
ERROR_CSS = "color: #B3161B; font-weight: bold;"


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


class EditPanel(QScrollArea):
    def __init__(self, ctx: Any, outcome: OutcomeLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = ctx.runtime.services
        self.outcome = outcome
        self.cp: lq.ChargePointRow | None = None
        self.setWidgetResizable(True)
        host = QWidget()
        self.setWidget(host)
        lay = QVBoxLayout(host)

        box = QGroupBox("Charge point")
        self.form = QFormLayout(box)
        self.fields: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        for key, label, hint in (
                ("name", "Name", "shown everywhere instead of the identity"),
                ("location", "Location", "street, parking level, bay…"),
                ("latitude", "Latitude", "-90 to 90, e.g. 13.7563"),
                ("longitude", "Longitude", "-180 to 180, e.g. 100.5018"),
                ("max_power_kw", "Max power (kW)", "e.g. 22")):
            edit = QLineEdit()
            edit.setObjectName(f"edit_{key}")
            edit.setPlaceholderText(hint)
            self.fields[key] = edit
            self.form.addRow(label, self._with_error(key, edit))
        self.tolerant = QCheckBox("Tolerant validation (accept small schema deviations of "
                                  "quirky firmware)")
        self.tolerant.setObjectName("edit_tolerant")
        self.form.addRow("", self.tolerant)
        self.types_host = QWidget()
        self.types_form = QFormLayout(self.types_host)
        self.types_form.setContentsMargins(0, 0, 0, 0)
        self.type_combos: dict[int, QComboBox] = {}
        self.form.addRow("Connector types", self.types_host)
        self.save_button = QPushButton("Save")
        self.save_button.setObjectName("save_button")
        self.save_button.clicked.connect(self.save)
        self.revert_button = QPushButton("Revert")
        self.revert_button.clicked.connect(lambda: self.set_charger(self.cp, force=True))
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.revert_button)
        buttons.addStretch(1)
        self.form.addRow("", self._wrap(buttons))
        lay.addWidget(box)

        box = QGroupBox("HTTP Basic authentication (security profile 1)")
        pform = QFormLayout(box)
        self.password_state = QLabel()
        pform.addRow("Password", self.password_state)
        self.password = QLineEdit()
        self.password.setObjectName("edit_password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(f"{PASSWORD_MIN} to {PASSWORD_MAX} characters")
        pform.addRow("New password", self._with_error("password", self.password))
        self.set_password_button = QPushButton("Set password")
        self.set_password_button.setObjectName("set_password_button")
        self.set_password_button.clicked.connect(self.set_password)
        self.clear_password_button = QPushButton("Remove password")
        self.clear_password_button.clicked.connect(self.clear_password)
        row = QHBoxLayout()
        row.addWidget(self.set_password_button)
        row.addWidget(self.clear_password_button)
        row.addStretch(1)
        pform.addRow("", self._wrap(row))
        lay.addWidget(box)
        lay.addStretch(1)

    @staticmethod
    def _wrap(layout: QHBoxLayout) -> QWidget:
        w = QWidget()
        layout.setContentsMargins(0, 0, 0, 0)
        w.setLayout(layout)
        return w

    def _with_error(self, key: str, field: QWidget) -> QWidget:
        err = QLabel()
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(ERROR_CSS)
        err.setWordWrap(True)
        err.hide()
        self.errors[key] = err
        row = QHBoxLayout()
        row.addWidget(field, 3)
        row.addWidget(err, 2)
        return self._wrap(row)

    # ------------------------------------------------------------------ data
    def set_charger(self, cp: lq.ChargePointRow | None,
                    connectors: list[lq.ConnectorRow] | None = None, force: bool = False) -> None:
        """Fill the form; an unchanged charger keeps what the operator is typing."""
        same = cp is not None and self.cp is not None and cp.id == self.cp.id
        self.cp = cp
        self.setEnabled(cp is not None)
        if cp is None:
            return
        self.password_state.setText("set (the charger must send it)" if cp.has_password
                                    else "none")
        if same and not force:
            return
        self.fields["name"].setText(cp.name)
        self.fields["location"].setText(cp.location)
        self.fields["latitude"].setText(_num(cp.latitude))
        self.fields["longitude"].setText(_num(cp.longitude))
        self.fields["max_power_kw"].setText(_num(cp.max_power_kw))
        self.tolerant.setChecked(cp.tolerant)
        self.password.clear()
        for label in self.errors.values():
            label.hide()
        if connectors is not None:
            self.set_connectors(connectors)

    def set_connectors(self, connectors: list[lq.ConnectorRow]) -> None:
        while self.types_form.rowCount():
            self.types_form.removeRow(0)
        self.type_combos = {}
        for c in connectors:
            combo = QComboBox()
            combo.setObjectName(f"edit_type_{c.connector_no}")
            for t in ConnectorType:
                combo.addItem(TYPE_LABELS.get(t.value, t.value), t.value)
            combo.setCurrentIndex(max(0, combo.findData(c.connector_type)))
            self.type_combos[c.connector_no] = combo
            self.types_form.addRow(f"Connector {c.connector_no}", combo)
        if not connectors:
            self.types_form.addRow(QLabel("No connector has reported yet"))

    def current_edit(self) -> lq.ChargePointEdit:
        f = self.fields
        return lq.ChargePointEdit(
            name=f["name"].text(), location=f["location"].text(), latitude=f["latitude"].text(),
            longitude=f["longitude"].text(), max_power_kw=f["max_power_kw"].text(),
            tolerant=self.tolerant.isChecked(),
            connector_types=tuple((no, str(c.currentData()))
                                  for no, c in sorted(self.type_combos.items())))

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            if key == "password":
                continue
            message = errors.get(key)
            label.setVisible(bool(message))
            label.setText(f"⚠ {message}" if message else "")
            self.fields[key].setAccessibleDescription(message or "")

    # ------------------------------------------------------------------ actions
    def save(self) -> bool:
        if self.cp is None:
            return False
        parsed, errors = lq.parse_edit(self.current_edit())
        self.show_errors(errors)
        if parsed is None:
            first = next(k for k in self.fields if k in errors) if any(
                k in errors for k in self.fields) else None
            if first:
                self.fields[first].setFocus()
            self.outcome.message(f"Not saved: {len(errors)} field(s) need attention", ok=False)
            return False
        lq.save_charge_point(self.cp.id, parsed, self.services.hub)
        self.outcome.message(f"Saved {parsed.name} ({self.cp.id})")
        return True

    def _password_error(self, message: str | None) -> None:
        label = self.errors["password"]
        label.setVisible(bool(message))
        label.setText(f"⚠ {message}" if message else "")

    def set_password(self) -> bool:
        if self.cp is None:
            return False
        pw = self.password.text()
        if not PASSWORD_MIN <= len(pw) <= PASSWORD_MAX:
            self._password_error(f"use {PASSWORD_MIN} to {PASSWORD_MAX} characters")
            return False
        if not pw.isprintable() or ":" in pw:
            self._password_error("printable characters only, no colon")
            return False
        self._password_error(None)
        self.services.chargers.set_password(self.cp.id, pw)
        self.services.hub.publish(ChargerUpdated(self.cp.id))
        self.password.clear()
        self.password_state.setText("set (the charger must send it)")
        self.outcome.message(f"Password of {self.cp.id} set; configure the same on the charger")
        return True

    def clear_password(self) -> None:
        if self.cp is None:
            return
        self.services.chargers.set_password(self.cp.id, None)
        self.services.hub.publish(ChargerUpdated(self.cp.id))
        self._password_error(None)
        self.password_state.setText("none")
        self.outcome.message(f"Password of {self.cp.id} removed")
