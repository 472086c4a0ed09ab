"""The "API tokens" section of the Settings page (administrators): where the automation
API listens, the tokens, a new token (shown once, with a Copy button), revoke.

``services.api_tokens`` checks the permission again and writes the audit log; a revoked
token stops working in this process at once (the API's token cache is cleared).
"""

from __future__ import annotations

import time
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.login import error_label
from csms_desktop.gui.operators_admin import role_name
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.gui.widgets.record_table import RecordTable
from csms_desktop.services import api_tokens
from csms_desktop.services import operators as ops
from csms_desktop.services.api_tokens import TokenInfo
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.services.validation import ValidationError

CONFIRM_S = 5.0


class NewTokenDialog(QDialog):
    """Name, role and rate limit; after OK the token is shown once, to copy."""

    def __init__(self, by: OperatorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.by = by
        self.setWindowTitle(tr("New API token"))
        self.created: TokenInfo | None = None
        lay = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("token_name")
        self.name.setMaxLength(100)
        self.name.setPlaceholderText(tr("who uses it, e.g. home-assistant"))
        self.role = QComboBox()
        self.role.setObjectName("token_role")
        for role in (OperatorRole.ATTENDANT, OperatorRole.MANAGER, OperatorRole.ADMIN):
            self.role.addItem(role_name(role), role.value)
        self.rate = QSpinBox()
        self.rate.setObjectName("token_rate")
        self.rate.setRange(1, api_tokens.MAX_RATE_LIMIT)
        self.rate.setValue(api_tokens.DEFAULT_RATE_LIMIT)
        self.rate.setSuffix(tr(" requests/min"))
        self.errors = {k: error_label(k) for k in ("name", "role", "rate_limit_per_minute")}
        for label, w, key in ((tr("&Name"), self.name, "name"),
                              (tr("&Role"), self.role, "role"),
                              (tr("Rate &limit"), self.rate, "rate_limit_per_minute")):
            row = QHBoxLayout()
            row.addWidget(w, 1)
            row.addWidget(self.errors[key])
            form.addRow(label, row)
        lay.addLayout(form)
        self.token = QLineEdit()
        self.token.setObjectName("new_token")
        self.token.setReadOnly(True)
        self.copy = QPushButton(tr("&Copy"))
        self.copy.setObjectName("copy_token")
        self.copy.clicked.connect(self.copy_token)
        self.notice = QLabel("")
        self.notice.setObjectName("token_notice")
        self.notice.setWordWrap(True)
        shown = QHBoxLayout()
        shown.addWidget(self.token, 1)
        shown.addWidget(self.copy)
        self.shown = QWidget()
        self.shown.setLayout(shown)
        self.shown.setVisible(False)
        lay.addWidget(self.shown)
        lay.addWidget(self.notice)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        lay.addWidget(self.buttons)

    def submit(self) -> None:
        if self.created is not None:  # the token was shown: OK closes
            self.accept()
            return
        name, role, rate = self.name.text(), self.role.currentData(), self.rate.value()
        problems = api_tokens.validate_token_input(name, role, rate)
        if self.show_errors(problems):
            return
        self.buttons.setEnabled(False)
        offthread.submit(lambda: api_tokens.create_token(name, role, by=self.by, rate_limit=rate),
                         owner=self, on_done=self._created, on_error=self._failed)

    def show_errors(self, errors: dict[str, str]) -> bool:
        for key, lbl in self.errors.items():
            lbl.setText(translated(errors.get(key, "")))
        return bool(errors)

    def _created(self, result: tuple[TokenInfo, str]) -> None:
        self.created, token = result
        self.buttons.setEnabled(True)
        self.token.setText(token)
        self.shown.setVisible(True)
        for w in (self.name, self.role, self.rate):
            w.setEnabled(False)
        self.notice.setText(tr("Copy the token now: it is shown only once (only its hash "
                                    "is kept). Send it as “Authorization: Bearer …”."))
        self.token.selectAll()
        self.token.setFocus()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, ValidationError):
            self.show_errors(exc.errors)
        else:
            self.notice.setText(str(exc))

    def copy_token(self) -> None:
        QGuiApplication.clipboard().setText(self.token.text())
        self.notice.setText(tr("Copied. It is shown only once."))


class ApiTokensSection(QGroupBox):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Automation API tokens (administrators only)"))
        self.setObjectName("api_tokens_section")
        self.ctx = ctx
        self.operator: OperatorInfo | None = None
        self.rows: list[TokenInfo] = []
        self.dialog: NewTokenDialog | None = None
        self._armed: tuple[str, float] | None = None
        lay = QVBoxLayout(self)
        self.address = QLabel("")
        self.address.setObjectName("api_address")
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.address.setWordWrap(True)
        lay.addWidget(self.address)
        headers = (tr("Name"), tr("Role"), tr("Token starts"),
                   tr("Created"), tr("Last used"), tr("State", "of a token"))
        self.table = RecordTable(headers)
        self.table.setObjectName("api_tokens_table")
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("New &token…"))
        self.new_button.setObjectName("new_token_button")
        self.revoke_button = QPushButton(tr("Re&voke"))
        self.revoke_button.setObjectName("revoke_token")
        self.message = QLabel("")
        self.message.setObjectName("api_tokens_message")
        self.message.setWordWrap(True)
        row.addWidget(self.new_button)
        row.addWidget(self.revoke_button)
        row.addWidget(self.message, 1)
        lay.addLayout(row)
        self.new_button.clicked.connect(self.new_token)
        self.revoke_button.clicked.connect(self.revoke)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    # ------------------------------------------------------------------ data
    def set_operator(self, op: OperatorInfo | None) -> None:
        self.operator = op
        self.setVisible(ops.can(op, ops.Permission.OPERATORS))
        self.refresh()

    def _api(self) -> Any:
        runtime = getattr(self.ctx, "runtime", None)
        return runtime.services.extras.get("api") if runtime is not None else None

    def refresh(self) -> None:
        api = self._api()
        if api is not None and getattr(api, "runner", None) is not None:
            self.address.setText(tr("The API listens on {url}/api/v1 — reference: "
                                         "{url}/openapi.json, guide: docs/api.md")
                                 .format(url=api.url))
        else:
            self.address.setText(tr("The API is off in this session (--no-api, or its "
                                         "port was taken); tokens still work elsewhere."))
        if self.operator is None or not ops.can(self.operator, ops.Permission.OPERATORS):
            return
        by = self.operator
        offthread.submit(lambda: api_tokens.list_tokens(by=by), owner=self,
                         on_done=self._fill, on_error=lambda e: self.message.setText(str(e)))

    def _fill(self, rows: list[TokenInfo]) -> None:
        def cells(t: TokenInfo) -> tuple[str, ...]:
            used = fmt.date_time(t.last_used_at) \
                if t.last_used_at else tr("never", "not yet")
            state = tr("active") if t.active else tr("revoked")
            return (t.name, role_name(t.role), t.prefix + "…",
                    fmt.date_time(t.created_at), used, state)

        self.rows = rows
        self.table.set_records(rows, cells, lambda t: not t.active)
        self._selection_changed()

    def selected(self) -> TokenInfo | None:
        record: TokenInfo | None = self.table.selected_record()
        return record

    def _selection_changed(self) -> None:
        t = self.selected()
        self.revoke_button.setEnabled(t is not None and t.active)
        self._armed = None
        self.revoke_button.setText(tr("Re&voke"))

    # ------------------------------------------------------------------ actions
    def new_token(self) -> NewTokenDialog | None:
        if self.operator is None:
            return None
        dlg = NewTokenDialog(self.operator, self)
        dlg.finished.connect(lambda _code: self._after(
            tr("Token {name} created.").format(name=dlg.created.name)
            if dlg.created is not None else ""))
        self.dialog = dlg
        dlg.open()
        return dlg

    def revoke(self) -> None:
        """Revoke the selected token; the first click asks, a second within 5 s does it."""
        t = self.selected()
        if self.operator is None or t is None or not t.active:
            return
        now = time.monotonic()
        if self._armed is None or self._armed[0] != t.id or now - self._armed[1] > CONFIRM_S:
            self._armed = (t.id, now)
            self.revoke_button.setText(tr("Click again to revoke"))
            self.message.setText(tr("Revoke {name}? Whatever uses it stops working.")
                                 .format(name=t.name))
            return
        self._armed = None
        by = self.operator
        offthread.submit(lambda: api_tokens.revoke_token(t.id, by=by), owner=self,
                         on_done=self._revoked, on_error=lambda e: self.message.setText(
                             "; ".join(translated(v) for v in getattr(e, "errors", {}).values())
                             or str(e)))

    def _revoked(self, info: TokenInfo) -> None:
        api = self._api()
        if api is not None:
            api.ctx.tokens.forget()  # this process's API refuses it from now on
        self._after(tr("Token {name} revoked.").format(name=info.name))

    def _after(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
