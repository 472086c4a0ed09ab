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
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from csms_desktop.domain.enums import UnknownChargerPolicy
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.gui import i18n
from csms_desktop.gui.forms.ui_settings import Ui_SettingsForm
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.login import ERROR_STYLE
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services import operators as ops
from csms_desktop.services.operators import Permission
from csms_desktop.services.settings import SiteSettings
from csms_desktop.services.settings_edit import validate_settings
from csms_desktop.store.models import Setting


def policies() -> tuple[tuple[str, str], ...]:
    return ((UnknownChargerPolicy.PENDING.value,
             tr("Pending: an operator accepts each new charger")),
            (UnknownChargerPolicy.ACCEPT.value, tr("Accept every new charger")),
            (UnknownChargerPolicy.REJECT.value, tr("Reject chargers the site does not know")))


def profiles() -> tuple[tuple[int, str], ...]:
    return ((0, tr("0: no authentication (trusted network)")),
            (1, tr("1: HTTP Basic password per charger")),
            (2, tr("2: TLS (wss://) and HTTP Basic password")),
            (3, tr("3: TLS with a client certificate from the site CA")))


LANGUAGE_KEY = "language"
"""The setting (table ``setting``) the interface's language is kept in: "" (the computer's),
"en", "th" or "pt_BR"; ``gui/application.py`` installs it at start-up."""
_LANGUAGE_IN_SETTINGS = LANGUAGE_KEY in {f.name for f in dataclasses.fields(SiteSettings)}


def stored_language(settings: SiteSettings) -> str:
    """The language setting as saved ("" = the computer's)."""
    if _LANGUAGE_IN_SETTINGS:
        return str(getattr(settings, LANGUAGE_KEY) or "")
    row = Setting.get_or_none(Setting.key == LANGUAGE_KEY)
    return str(row.value or "") if row is not None else ""


def store_language(code: str) -> None:
    """Saves the language setting where ``SiteSettings`` has no field for it."""
    Setting.insert(key=LANGUAGE_KEY, value=code, updated_at=utcnow()).on_conflict(
        conflict_target=[Setting.key],
        update={Setting.value: code, Setting.updated_at: utcnow()}).execute()


class SettingsPage(QWidget):
    FIELDS = ("site_name", "legal_name", "site_address", "tax_id", "installation_number",
              "time_zone", "currency",
              "site_capacity_kw", "ocpp_host", "ocpp_port", "heartbeat_interval",
              "unknown_charger_policy", "security_profile", "message_log_retention_days",
              "free_charging", "idle_lock_minutes", "invoice_due_day", "language")

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = ui = Ui_SettingsForm()  # ui/settings.ui
        ui.setupUi(self)
        body, lay = ui.body, ui.sections  # the other sections go below the buttons
        self.widgets: dict[str, QWidget] = {k: getattr(ui, k) for k in self.FIELDS}
        self.errors: dict[str, QLabel] = {k: getattr(ui, f"error_{k}") for k in self.FIELDS}
        self.site_name: QLineEdit = ui.site_name
        self.legal_name: QLineEdit = ui.legal_name
        self.site_address: QLineEdit = ui.site_address
        self.tax_id: QLineEdit = ui.tax_id
        self.installation_number: QLineEdit = ui.installation_number
        self.currency: QLineEdit = ui.currency
        self.site_capacity_kw: QDoubleSpinBox = ui.site_capacity_kw
        self.ocpp_host: QLineEdit = ui.ocpp_host
        self.ocpp_port: QSpinBox = ui.ocpp_port
        self.heartbeat_interval: QSpinBox = ui.heartbeat_interval
        self.message_log_retention_days: QSpinBox = ui.message_log_retention_days
        self.free_charging: QCheckBox = ui.free_charging
        self.idle_lock_minutes: QSpinBox = ui.idle_lock_minutes
        self.invoice_due_day: QSpinBox = ui.invoice_due_day
        self.time_zone: QComboBox = ui.time_zone
        self.time_zone.addItems(sorted(zoneinfo.available_timezones()))
        self.unknown_charger_policy: QComboBox = ui.unknown_charger_policy
        for policy, label in policies():
            self.unknown_charger_policy.addItem(label, policy)
        self.security_profile: QComboBox = ui.security_profile
        for profile, label in profiles():
            self.security_profile.addItem(label, profile)
        self.language: QComboBox = ui.language
        self.language.addItem(tr("As the computer ({language})").format(
            language=i18n.LANGUAGES[i18n.system_language()]), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.status: QLabel = ui.settings_status
        self.revert_button: QPushButton = ui.revert
        self.save_button: QPushButton = ui.save
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

        for seq in ("Return", "Enter"):
            sc = QShortcut(QKeySequence(seq), body)
            sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            sc.activated.connect(self._enter)
        esc = QShortcut(QKeySequence("Esc"), body)
        esc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        esc.activated.connect(self.revert)

        self.load(self.settings)
        self.on_operator_changed(ctx.extras.get("operator"))

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
        i = self.language.findData(stored_language(s))
        self.language.setCurrentIndex(max(i, 0))
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
            LANGUAGE_KEY: str(self.language.currentData() or ""),
        }

    def changes(self) -> dict[str, Any]:
        current = dataclasses.asdict(self.settings)
        current[LANGUAGE_KEY] = stored_language(self.settings)
        return {k: v for k, v in self.values().items() if current.get(k) != v}

    def _site_values(self) -> dict[str, Any]:
        """What ``SiteSettings`` holds of the form (the language too, once it has the field)."""
        values = self.values()
        if not _LANGUAGE_IN_SETTINGS:
            values.pop(LANGUAGE_KEY)
        return values

    def validate(self) -> dict[str, str]:
        candidate = dataclasses.replace(self.settings, **self._site_values())
        return validate_settings(candidate)  # the same checks as the API and `config set`

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, lbl in self.errors.items():
            lbl.setText(translated(errors.get(key, "")))

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
            text = (tr("Not saved: {count} field to fix.") if n == 1 else
                    tr("Not saved: {count} fields to fix.")).format(count=n)
            self.status.setText(f"<span style='{ERROR_STYLE}'>{text}</span>")
            first = next(k for k in self.FIELDS if k in errors)
            self.widgets[first].setFocus()
            return False
        changes = self.changes()
        if not changes:
            self.status.setText(tr("Nothing changed."))
            return True
        window = self.ctx.window
        if window is None or getattr(window, "access_control", False):
            try:
                ops.require(self.ctx.extras.get("operator"), Permission.SETTINGS)
            except PermissionError as exc:
                text = tr("Not allowed: {reason}").format(reason=exc)
                self.status.setText(f"<span style='{ERROR_STYLE}'>{text}</span>")
                return False
        site_changes = dict(changes)
        language = site_changes.pop(LANGUAGE_KEY, None) if not _LANGUAGE_IN_SETTINGS else None
        try:
            if site_changes:
                self.ctx.runtime.services.apply_settings(**site_changes)
        except ValueError as exc:
            text = tr("Not saved: {reason}").format(reason=exc)
            self.status.setText(f"<span style='{ERROR_STYLE}'>{text}</span>")
            return False
        if language is not None:
            store_language(language)
        restart = {"ocpp_host", "ocpp_port"} & set(changes)
        n = len(changes)
        text = (tr("Saved {count} setting.") if n == 1 else
                tr("Saved {count} settings.")).format(count=n)
        if restart:
            text = tr("{saved} The new host/port apply at the next start.").format(saved=text)
        if LANGUAGE_KEY in changes:
            text = tr("{saved} The new language applies at the next start.").format(saved=text)
        self.status.setText(text)
        if window is not None and "site_name" in changes:
            window.setWindowTitle(f"CSMS Desktop — {self.settings.site_name}")
        if window is not None and "time_zone" in changes and hasattr(window, "refresh_zone"):
            window.refresh_zone()  # every time on screen follows at once (gui/fmt.py)
        return True

    def revert(self) -> None:
        self.load(self.settings)
        self.status.setText(tr("Reverted to the saved settings."))

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
