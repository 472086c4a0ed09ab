"""The "Operators" section of the Settings page (administrators): create, deactivate,
reset password. The service checks the permission again (``services.operators``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.login import error_label, password_edit
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services import operators as ops
from csms_desktop.services.operators import OperatorError, OperatorInfo


def role_name(role: OperatorRole | str) -> str:
    """An operator role in the interface's language ("Manager", "ผู้จัดการ")."""
    try:
        role = OperatorRole(role)
    except ValueError:
        return str(role)
    return tr(ops.ROLE_LABELS.get(role, str(role.value)))


class _FormDialog(QDialog):
    """A small form: label | field | message beside it; OK runs ``work`` off the thread."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.lay = QVBoxLayout(self)
        self.grid = QGridLayout()
        self.grid.setColumnMinimumWidth(1, 220)
        self.grid.setColumnMinimumWidth(2, 180)
        self.lay.addLayout(self.grid)
        self.errors: dict[str, QLabel] = {}
        self.general = error_label("general")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        self.result_value: Any = None

    def finish_layout(self) -> None:
        self.lay.addWidget(self.general)
        self.lay.addWidget(self.buttons)

    def add(self, key: str, label: str, w: QWidget) -> None:
        row = self.grid.rowCount()
        lbl = QLabel(label)
        lbl.setBuddy(w)
        w.setObjectName(key)
        self.errors[key] = error_label(key)
        self.grid.addWidget(lbl, row, 0)
        self.grid.addWidget(w, row, 1)
        self.grid.addWidget(self.errors[key], row, 2)

    def show_errors(self, errors: dict[str, str]) -> bool:
        for key, lbl in self.errors.items():
            lbl.setText(translated(errors.get(key, "")))
        unknown = [translated(v) for k, v in errors.items() if k not in self.errors]
        self.general.setText("; ".join(unknown))
        return bool(errors)

    def run(self, fn: Any, *args: Any) -> None:
        self.buttons.setEnabled(False)
        offthread.submit(fn, *args, owner=self, on_done=self._done, on_error=self._failed)

    def _done(self, value: Any) -> None:
        self.buttons.setEnabled(True)
        self.result_value = value
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, OperatorError):
            self.show_errors({exc.field: exc.message})
        else:
            self.show_errors({"general": str(exc)})

    def submit(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class NewOperatorDialog(_FormDialog):
    def __init__(self, by: OperatorInfo, parent: QWidget | None = None) -> None:
        super().__init__(tr("New operator"), parent)
        self.by = by
        self.username = QLineEdit()
        self.name = QLineEdit()
        self.role = QComboBox()
        for role in (OperatorRole.ATTENDANT, OperatorRole.MANAGER, OperatorRole.ADMIN):
            self.role.addItem(role_name(role), role.value)
        self.password = password_edit("password")
        self.confirm = password_edit("confirm")
        self.add("username", tr("&Username"), self.username)
        self.add("name", tr("Full &name"), self.name)
        self.add("role", tr("&Role"), self.role)
        self.add("password", tr("&Password"), self.password)
        self.add("confirm", tr("Password &again"), self.confirm)
        self.finish_layout()

    def submit(self) -> None:
        username, name = self.username.text(), self.name.text()
        password, role, by = self.password.text(), self.role.currentData(), self.by
        errors = ops.validate_new_operator(username, name, password, self.confirm.text())
        if self.show_errors(errors):
            return
        self.run(lambda: ops.create_operator(username, name, password, role, by=by))


class ResetPasswordDialog(_FormDialog):
    def __init__(self, by: OperatorInfo, target: OperatorInfo,
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Reset the password of {username}").format(username=target.username),
                         parent)
        self.by, self.target = by, target
        self.password = password_edit("password")
        self.confirm = password_edit("confirm")
        self.add("password", tr("New &password"), self.password)
        self.add("confirm", tr("Password &again"), self.confirm)
        self.finish_layout()

    def submit(self) -> None:
        if self.show_errors(ops.validate_password(self.password.text(), self.confirm.text())):
            return
        self.run(ops.reset_password, self.by, self.target.id, self.password.text())


class OperatorsSection(QGroupBox):
    @staticmethod
    def headers() -> list[str]:
        """The table's column titles in the interface's language."""
        return [tr("Username"), tr("Name"), tr("Role"), tr("Active", "operator account"),
                tr("Last sign-in")]

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(tr("Operators (administrators only)"), parent)
        self.setObjectName("operators_section")
        self.ctx = ctx
        self.operator: OperatorInfo | None = None
        self.rows: list[OperatorInfo] = []
        self.dialog: QDialog | None = None
        lay = QVBoxLayout(self)
        self.table = QTableWidget(0, len(self.headers()))
        self.table.setObjectName("operators_table")
        self.table.setHorizontalHeaderLabels(self.headers())
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setMinimumHeight(160)
        lay.addWidget(self.table)
        row = QHBoxLayout()
        self.new_button = QPushButton(tr("New &operator…"))
        self.new_button.setObjectName("new_operator")
        self.toggle_button = QPushButton(tr("Deacti&vate"))
        self.toggle_button.setObjectName("toggle_active")
        self.reset_button = QPushButton(tr("&Reset password…"))
        self.reset_button.setObjectName("reset_password")
        self.message = QLabel("")
        self.message.setObjectName("operators_message")
        for b in (self.new_button, self.toggle_button, self.reset_button):
            row.addWidget(b)
        row.addWidget(self.message, 1)
        lay.addLayout(row)
        self.new_button.clicked.connect(self.new_operator)
        self.toggle_button.clicked.connect(self.toggle_active)
        self.reset_button.clicked.connect(self.reset_password)
        self.table.itemSelectionChanged.connect(self._selection_changed)
        self._selection_changed()

    def set_operator(self, op: OperatorInfo | None) -> None:
        self.operator = op
        self.table.setRowCount(0)
        self.rows = []
        self.refresh()

    def refresh(self) -> None:
        if self.operator is None or not ops.can(self.operator, ops.Permission.OPERATORS):
            return
        offthread.submit(ops.list_operators, self.operator, owner=self, on_done=self._fill,
                         on_error=lambda e: self.message.setText(str(e)))

    def _fill(self, rows: list[OperatorInfo]) -> None:
        selected = self.selected()
        self.rows = rows
        self.table.setRowCount(len(rows))
        for i, op in enumerate(rows):
            last = (fmt.date_time(op.last_login)
                    if op.last_login else tr("never", "not yet"))
            for j, text in enumerate((op.username, op.name, role_name(op.role),
                                      tr("yes") if op.active else tr("no"), last)):
                item = QTableWidgetItem(text)
                if not op.active:
                    item.setForeground(Qt.GlobalColor.gray)
                self.table.setItem(i, j, item)
            if selected is not None and op.id == selected.id:
                self.table.selectRow(i)
        self._selection_changed()

    def selected(self) -> OperatorInfo | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.rows):
            return None
        return self.rows[rows[0].row()]

    def _selection_changed(self) -> None:
        op = self.selected()
        self.toggle_button.setEnabled(op is not None)
        self.reset_button.setEnabled(op is not None)
        self.toggle_button.setText(tr("Reacti&vate") if op is not None and not op.active
                                   else tr("Deacti&vate"))

    def new_operator(self) -> NewOperatorDialog | None:
        if self.operator is None:
            return None
        dlg = NewOperatorDialog(self.operator, self)
        dlg.accepted.connect(lambda: self._after(
            tr("Created {username}.").format(username=dlg.result_value.username)))
        self.dialog = dlg
        dlg.open()
        return dlg

    def reset_password(self) -> ResetPasswordDialog | None:
        target = self.selected()
        if self.operator is None or target is None:
            return None
        dlg = ResetPasswordDialog(self.operator, target, self)
        dlg.accepted.connect(lambda: self._after(
            tr("New password set for {username}.").format(username=target.username)))
        self.dialog = dlg
        dlg.open()
        return dlg

    def toggle_active(self) -> None:
        target = self.selected()
        if self.operator is None or target is None:
            return
        active = not target.active
        offthread.submit(ops.set_active, self.operator, target.id, active, owner=self,
                         on_done=lambda op: self._after(
                             (tr("{username} reactivated.") if op.active
                              else tr("{username} deactivated.")).format(username=op.username)),
                         on_error=lambda e: self.message.setText(
                             translated(getattr(e, "message", str(e)))))

    def _after(self, text: str) -> None:
        self.message.setText(text)
        self.refresh()
