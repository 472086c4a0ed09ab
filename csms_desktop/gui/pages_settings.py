"""Settings page (managers and administrators): the site settings and, for administrators,
the operator accounts.

Every value is checked by ``SiteSettings.validate()`` (plus the host here); a problem is
shown beside its field and nothing is saved until all are fixed. Saving goes through
``services.apply_settings`` so every service sees the new values at once; the OCPP port and
host apply at the next start. Keyboard: Tab walks the fields in order, Enter saves, Esc
reverts to the saved values.
"""

from __future__ import annotations

import dataclasses
import zoneinfo
from itertools import pairwise
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import UnknownChargerPolicy
from csms_desktop.gui.login import ERROR_STYLE
from csms_desktop.services import operators as ops
from csms_desktop.services.operators import Permission
from csms_desktop.services.settings import SiteSettings
from csms_desktop.services.settings_edit import validate_settings

POLICIES = (
    (UnknownChargerPolicy.PENDING.value, "Pending: an operator accepts each new charger"),
    (UnknownChargerPolicy.ACCEPT.value, "Accept every new charger"),
    (UnknownChargerPolicy.REJECT.value, "Reject chargers the site does not know"),
)
PROFILES = ((0, "0: no authentication (trusted network)"),
            (1, "1: HTTP Basic password per charger"),
            (2, "2: TLS (wss://) and HTTP Basic password"),
            (3, "3: TLS with a client certificate from the site CA"))


class SettingsPage(QWidget):
    FIELDS = ("site_name", "legal_name", "site_address", "tax_id", "installation_number",
              "time_zone", "currency",
              "site_capacity_kw", "ocpp_host", "ocpp_port", "heartbeat_interval",
              "unknown_charger_policy", "security_profile", "message_log_retention_days",
              "free_charging", "idle_lock_minutes", "invoice_due_day")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        outer.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        lay = QVBoxLayout(body)
        lay.addWidget(QLabel("<h2>Settings</h2>"))

        self.widgets: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        cols = QHBoxLayout()
        left, right = QVBoxLayout(), QVBoxLayout()
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)
        lay.addLayout(cols)

        site = self._group("Site", left)
        self.site_name = self._line("site_name", max_len=100)
        self.site_address = self._line("site_address", max_len=300)
        self.legal_name = self._line("legal_name", max_len=200)
        self.legal_name.setPlaceholderText("as registered; printed on invoices")
        self.tax_id = self._line("tax_id", max_len=32)
        self.tax_id.setPlaceholderText("CNPJ (BR) or the 13-digit tax id (TH)")
        self.site_address.setPlaceholderText("street; city; postal code (';' starts a line)")
        self.installation_number = self._line("installation_number", max_len=64)
        self.time_zone = QComboBox()
        self.time_zone.setEditable(True)
        self.time_zone.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.time_zone.addItems(sorted(zoneinfo.available_timezones()))
        self.time_zone.setMaxVisibleItems(20)
        self.currency = self._line("currency", max_len=3)
        self.currency.setPlaceholderText("THB")
        self.site_capacity_kw = QDoubleSpinBox()
        self.site_capacity_kw.setRange(0, 100000)
        self.site_capacity_kw.setDecimals(1)
        self.site_capacity_kw.setSuffix(" kW")
        self.site_capacity_kw.setSpecialValueText("not set")
        rows: list[tuple[str, str, QWidget]] = [("site_name", "Site &name", self.site_name),
                              ("legal_name", "Le&gal name", self.legal_name),
                              ("site_address", "&Address", self.site_address),
                              ("tax_id", "Ta&x id", self.tax_id),
                              ("installation_number", "&Installation number",
                               self.installation_number),
                              ("time_zone", "&Time zone", self.time_zone),
                              ("currency", "C&urrency", self.currency),
                              ("site_capacity_kw", "Site &capacity", self.site_capacity_kw)]
        for key, label, w in rows:
            self._row(site, key, label, w)

        server = self._group("OCPP server", right)
        self.ocpp_host = self._line("ocpp_host", max_len=253)
        self.ocpp_port = QSpinBox()
        self.ocpp_port.setRange(0, 65535)
        self.ocpp_port.setGroupSeparatorShown(False)
        self.heartbeat_interval = QSpinBox()
        self.heartbeat_interval.setRange(0, 999999)
        self.heartbeat_interval.setSuffix(" s")
        self.unknown_charger_policy = QComboBox()
        for policy, label in POLICIES:
            self.unknown_charger_policy.addItem(label, policy)
        self.security_profile = QComboBox()
        for profile, label in PROFILES:
            self.security_profile.addItem(label, profile)
        self.message_log_retention_days = QSpinBox()
        self.message_log_retention_days.setRange(0, 3650)
        self.message_log_retention_days.setSuffix(" days")
        self.free_charging = QCheckBox("Anyone may charge, no tag check")
        rows = [("ocpp_host", "&Host", self.ocpp_host),
                              ("ocpp_port", "&Port", self.ocpp_port),
                              ("heartbeat_interval", "H&eartbeat interval",
                               self.heartbeat_interval),
                              ("unknown_charger_policy", "Un&known chargers",
                               self.unknown_charger_policy),
                              ("security_profile", "Securit&y profile", self.security_profile),
                              ("message_log_retention_days", "Keep &message log",
                               self.message_log_retention_days),
                              ("free_charging", "&Free charging", self.free_charging)]
        for key, label, w in rows:
            self._row(server, key, label, w)
        note = QLabel("Host and port changes apply at the next start of CSMS Desktop.")
        note.setObjectName("restart_note")
        note.setStyleSheet("color: #555;")
        note.setWordWrap(True)
        server.addWidget(note, server.rowCount(), 0, 1, 3)

        other = self._group("Operations", right)
        self.idle_lock_minutes = QSpinBox()
        self.idle_lock_minutes.setRange(0, 1440)
        self.idle_lock_minutes.setSuffix(" min")
        self.idle_lock_minutes.setSpecialValueText("never")
        self.invoice_due_day = QSpinBox()
        self.invoice_due_day.setRange(0, 31)
        self.invoice_due_day.setPrefix("day ")
        rows = [("idle_lock_minutes", "&Lock when idle", self.idle_lock_minutes),
                ("invoice_due_day", "Invoice &due", self.invoice_due_day)]
        for key, label, w in rows:
            self._row(other, key, label, w)
        spins: list[QAbstractSpinBox] = [
            self.site_capacity_kw, self.ocpp_port, self.heartbeat_interval,
            self.message_log_retention_days, self.idle_lock_minutes, self.invoice_due_day]
        for spin in spins:
            spin.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
            spin.setMinimumWidth(140)
        left.addStretch(1)
        right.addStretch(1)

        buttons = QHBoxLayout()
        self.status = QLabel("")
        self.status.setObjectName("settings_status")
        self.status.setWordWrap(True)
        self.revert_button = QPushButton("Revert (Esc)")
        self.revert_button.setObjectName("revert")
        self.save_button = QPushButton("Save (Enter)")
        self.save_button.setObjectName("save")
        self.save_button.setDefault(True)
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        lay.addLayout(buttons)
        self.save_button.clicked.connect(self.save)
        self.revert_button.clicked.connect(self.revert)

        from csms_desktop.gui.settings_backups import BackupsSection

        self.backups = BackupsSection(ctx)
        lay.addWidget(self.backups)
        from csms_desktop.gui.operators_admin import OperatorsSection

        self.operators = OperatorsSection(ctx)
        lay.addWidget(self.operators)
        from csms_desktop.gui.api_tokens import ApiTokensSection

        self.api_tokens = ApiTokensSection(ctx)  # administrators: automation API tokens
        lay.addWidget(self.api_tokens)
        lay.addStretch(1)

        for seq in ("Return", "Enter"):
            sc = QShortcut(QKeySequence(seq), body)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self._enter)
        esc = QShortcut(QKeySequence("Esc"), body)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.revert)

        order = [self.widgets[k] for k in ("site_name", "legal_name", "site_address", "tax_id",
                                           "installation_number",
                                           "time_zone", "currency", "site_capacity_kw",
                                           "ocpp_host", "ocpp_port", "heartbeat_interval",
                                           "unknown_charger_policy", "security_profile",
                                           "message_log_retention_days", "free_charging",
                                           "idle_lock_minutes", "invoice_due_day")]
        order += [self.revert_button, self.save_button]
        for a, b in pairwise(order):
            self.setTabOrder(a, b)
        self.load(self.settings)
        self.on_operator_changed(ctx.extras.get("operator"))

    # ------------------------------------------------------------------ building
    def _group(self, title: str, parent: QVBoxLayout) -> QGridLayout:
        box = QGroupBox(title)
        grid = QGridLayout(box)
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(2, 160)
        parent.addWidget(box)
        return grid

    def _line(self, name: str, max_len: int) -> QLineEdit:
        e = QLineEdit()
        e.setMaxLength(max_len)
        return e

    def _row(self, grid: QGridLayout, key: str, label: str, w: QWidget) -> None:
        row = grid.rowCount()
        lbl = QLabel(label)
        lbl.setBuddy(w)
        w.setObjectName(key)
        err = QLabel("")
        err.setObjectName(f"error_{key}")
        err.setStyleSheet(ERROR_STYLE)
        err.setWordWrap(True)
        grid.addWidget(lbl, row, 0)
        grid.addWidget(w, row, 1)
        grid.addWidget(err, row, 2)
        self.widgets[key] = w
        self.errors[key] = err

    # ------------------------------------------------------------------ values
    @property
    def settings(self) -> SiteSettings:
        return self.ctx.runtime.services.settings  # type: ignore[no-any-return]

    def load(self, s: SiteSettings) -> None:
        self.site_name.setText(s.site_name)
        self.site_address.setText(s.site_address)
        self.legal_name.setText(s.legal_name)
        self.tax_id.setText(s.tax_id)
        self.installation_number.setText(s.installation_number)
        self.time_zone.setCurrentText(s.time_zone)
        self.currency.setText(s.currency)
        self.site_capacity_kw.setValue(float(s.site_capacity_kw))
        self.ocpp_host.setText(s.ocpp_host)
        self.ocpp_port.setValue(int(s.ocpp_port))
        self.heartbeat_interval.setValue(int(s.heartbeat_interval))
        i = self.unknown_charger_policy.findData(s.unknown_charger_policy)
        self.unknown_charger_policy.setCurrentIndex(max(i, 0))
        i = self.security_profile.findData(int(s.security_profile))
        self.security_profile.setCurrentIndex(max(i, 0))
        self.message_log_retention_days.setValue(int(s.message_log_retention_days))
        self.free_charging.setChecked(bool(s.free_charging))
        self.idle_lock_minutes.setValue(int(s.idle_lock_minutes))
        self.invoice_due_day.setValue(int(s.invoice_due_day))
        self.show_errors({})

    def values(self) -> dict[str, Any]:
        return {
            "site_name": self.site_name.text().strip(),
            "site_address": self.site_address.text().strip(),
            "legal_name": self.legal_name.text().strip(),
            "tax_id": self.tax_id.text().strip(),
            "installation_number": self.installation_number.text().strip(),
            "time_zone": self.time_zone.currentText().strip(),
            "currency": self.currency.text().strip().upper(),
            "site_capacity_kw": float(self.site_capacity_kw.value()),
            "ocpp_host": self.ocpp_host.text().strip(),
            "ocpp_port": int(self.ocpp_port.value()),
            "heartbeat_interval": int(self.heartbeat_interval.value()),
            "unknown_charger_policy": self.unknown_charger_policy.currentData(),
            "security_profile": int(self.security_profile.currentData()),
            "message_log_retention_days": int(self.message_log_retention_days.value()),
            "free_charging": bool(self.free_charging.isChecked()),
            "idle_lock_minutes": int(self.idle_lock_minutes.value()),
            "invoice_due_day": int(self.invoice_due_day.value()),
        }

    def changes(self) -> dict[str, Any]:
        current = dataclasses.asdict(self.settings)
        return {k: v for k, v in self.values().items() if current.get(k) != v}

    def validate(self) -> dict[str, str]:
        candidate = dataclasses.replace(self.settings, **self.values())
        return validate_settings(candidate)  # the same checks as the API and `config set`

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, lbl in self.errors.items():
            lbl.setText(errors.get(key, ""))

    # ------------------------------------------------------------------ actions
    def _enter(self) -> None:
        focus = self.focusWidget()
        if isinstance(focus, QPushButton) and focus is not self.save_button:
            focus.click()
            return
        self.save()

    def save(self) -> bool:
        errors = self.validate()
        self.show_errors(errors)
        if errors:
            n = len(errors)
            self.status.setText(f"<span style='{ERROR_STYLE}'>Not saved: {n} field"
                                f"{'s' if n != 1 else ''} to fix.</span>")
            first = next(k for k in self.FIELDS if k in errors)
            self.widgets[first].setFocus()
            return False
        changes = self.changes()
        if not changes:
            self.status.setText("Nothing changed.")
            return True
        window = self.ctx.window
        if window is None or getattr(window, "access_control", False):
            try:
                ops.require(self.ctx.extras.get("operator"), Permission.SETTINGS)
            except PermissionError as exc:
                self.status.setText(f"<span style='{ERROR_STYLE}'>Not allowed: {exc}</span>")
                return False
        try:
            self.ctx.runtime.services.apply_settings(**changes)
        except ValueError as exc:
            self.status.setText(f"<span style='{ERROR_STYLE}'>Not saved: {exc}</span>")
            return False
        restart = {"ocpp_host", "ocpp_port"} & set(changes)
        text = f"Saved {len(changes)} setting{'s' if len(changes) != 1 else ''}."
        if restart:
            text += " The new host/port apply at the next start."
        self.status.setText(text)
        if window is not None and "site_name" in changes:
            window.setWindowTitle(f"CSMS Desktop — {self.settings.site_name}")
        if window is not None and "time_zone" in changes and hasattr(window, "refresh_zone"):
            window.refresh_zone()  # every time on screen follows at once (gui/fmt.py)
        return True

    def revert(self) -> None:
        self.load(self.settings)
        self.status.setText("Reverted to the saved settings.")

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self.changes():
            self.load(self.settings)
        self.operators.refresh()
        self.api_tokens.refresh()

    def on_operator_changed(self, op: Any) -> None:
        self.operators.setVisible(ops.can(op, Permission.OPERATORS))
        self.operators.set_operator(op)
        self.api_tokens.set_operator(op)


def create(ctx: Any) -> QWidget:
    return SettingsPage(ctx)
