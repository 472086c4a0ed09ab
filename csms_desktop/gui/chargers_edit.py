"""The "Edit" tab: name, location, coordinates, power, connector types, validation mode and
the HTTP Basic password. Messages appear next to the fields; nothing is saved on bad input."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QScrollArea,
    QWidget,
)

from csms_desktop.domain.enums import ConnectorType
from csms_desktop.gui.forms.ui_charger import Ui_ChargerForm
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services import live_queries as lq
from csms_desktop.services import sites
from csms_desktop.services.events import ChargerUpdated

TYPE_LABELS = {"TYPE_1": "Type 1 (J1772)", "TYPE_2": "Type 2 (Mennekes)", "CHADEMO": "CHAdeMO",
               "CCS_COMBO_1": "CCS Combo 1", "CCS_COMBO_2": "CCS Combo 2", "TESLA": "Tesla",
               "GB_T": "GB/T"}  # standard names: the same in every language
PASSWORD_MIN = 8
PASSWORD_MAX = 40


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
        self.ui = Ui_ChargerForm()  # ui/charger.ui
        self.ui.setupUi(host)
        self.setWidget(host)
        self.form = self.ui.form
        keys = ("name", "location", "latitude", "longitude", "max_power_kw")
        self.fields: dict[str, QLineEdit] = {k: getattr(self.ui, f"edit_{k}") for k in keys}
        self.errors: dict[str, QLabel] = {k: getattr(self.ui, f"error_{k}")
                                          for k in (*keys, "password")}
        for label in self.errors.values():
            label.hide()
        self.tolerant = self.ui.edit_tolerant
        # the site (depot) it belongs to (services/sites.py): moved on Save
        self.site_combo = QComboBox()
        self.site_combo.setObjectName("edit_site")
        self.form.insertRow(2, tr("Site"), self.site_combo)
        self.setTabOrder(self.fields["location"], self.site_combo)
        self.setTabOrder(self.site_combo, self.fields["latitude"])
        self.types_host = self.ui.types_host
        self.types_form = self.ui.types_form
        self.type_combos: dict[int, QComboBox] = {}
        self.save_button = self.ui.save_button
        self.save_button.clicked.connect(self.save)
        self.revert_button = self.ui.revert_button
        self.revert_button.clicked.connect(lambda: self.set_charger(self.cp, force=True))
        self.password_state = self.ui.password_state
        self.password = self.ui.edit_password
        self.password.setPlaceholderText(tr("{min} to {max} characters").format(
            min=PASSWORD_MIN, max=PASSWORD_MAX))
        self.set_password_button = self.ui.set_password_button
        self.set_password_button.clicked.connect(self.set_password)
        self.clear_password_button = self.ui.clear_password_button
        self.clear_password_button.clicked.connect(self.clear_password)

    # ------------------------------------------------------------------ data
    def set_charger(self, cp: lq.ChargePointRow | None,
                    connectors: list[lq.ConnectorRow] | None = None, force: bool = False) -> None:
        """Fill the form; an unchanged charger keeps what the operator is typing."""
        same = cp is not None and self.cp is not None and cp.id == self.cp.id
        self.cp = cp
        self.setEnabled(cp is not None)
        if cp is None:
            return
        self.password_state.setText(tr("set (the charger must send it)") if cp.has_password
                                    else tr("none"))
        if same and not force:
            return
        self.fields["name"].setText(cp.name)
        self.fields["location"].setText(cp.location)
        self.fields["latitude"].setText(_num(cp.latitude))
        self.fields["longitude"].setText(_num(cp.longitude))
        self.fields["max_power_kw"].setText(_num(cp.max_power_kw))
        self.tolerant.setChecked(cp.tolerant)
        self.set_sites(cp.site_id)
        self.password.clear()
        for label in self.errors.values():
            label.hide()
        if connectors is not None:
            self.set_connectors(connectors)

    def set_sites(self, current: str) -> None:
        self.site_combo.clear()
        for site in sites.list_sites():
            self.site_combo.addItem(site.name, site.id)
        self.site_combo.setCurrentIndex(max(0, self.site_combo.findData(current)))

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
            self.types_form.addRow(tr("Connector {number}").format(number=c.connector_no), combo)
        if not connectors:
            self.types_form.addRow(QLabel(tr("No connector has reported yet")))

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
            message = translated(errors.get(key)) if errors.get(key) else None
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
            n = len(errors)
            self.outcome.message((tr("Not saved: {count} field needs attention") if n == 1 else
                                  tr("Not saved: {count} fields need attention")).format(count=n),
                                 ok=False)
            return False
        lq.save_charge_point(self.cp.id, parsed, self.services.hub)
        site = self.site_combo.currentData()
        if site and site != self.cp.site_id:
            sites.move_charger(self.cp.id, str(site), self.services.hub)
        self.outcome.message(tr("Saved {name} ({id})").format(name=parsed.name, id=self.cp.id))
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
            self._password_error(tr("use {min} to {max} characters").format(
                min=PASSWORD_MIN, max=PASSWORD_MAX))
            return False
        if not pw.isprintable() or ":" in pw:
            self._password_error(tr("printable characters only, no colon"))
            return False
        self._password_error(None)
        self.services.chargers.set_password(self.cp.id, pw)
        self.services.hub.publish(ChargerUpdated(self.cp.id))
        self.password.clear()
        self.password_state.setText(tr("set (the charger must send it)"))
        self.outcome.message(tr("Password of {id} set; configure the same on the charger")
                             .format(id=self.cp.id))
        return True

    def clear_password(self) -> None:
        if self.cp is None:
            return
        self.services.chargers.set_password(self.cp.id, None)
        self.services.hub.publish(ChargerUpdated(self.cp.id))
        self._password_error(None)
        self.password_state.setText(tr("none"))
        self.outcome.message(tr("Password of {id} removed").format(id=self.cp.id))
