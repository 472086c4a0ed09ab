"""Sign-in, first start and the lock screen, shown inside the main window.

- ``FirstRunPanel``: no operator exists yet; create the administrator account (username,
  name, password twice), each problem shown beside its field.
- ``LoginPanel``: username and password; used at start, after the idle lock and for
  "Switch operator". Repeated failures slow the next attempt down.
- ``AuthScreen``: the centred card holding one of the two; the window shows it instead of
  its pages while nobody is signed in, so nothing behind it can be seen or clicked.

bcrypt runs off the GUI thread (``offthread``): hashing takes about 0.2 s.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import offthread
from csms_desktop.gui.forms.ui_change_password import Ui_ChangePasswordForm
from csms_desktop.gui.forms.ui_first_run import Ui_FirstRunForm
from csms_desktop.gui.forms.ui_login import Ui_LoginForm
from csms_desktop.gui.forms.widgets import MessageLabel
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services import operators as ops
from csms_desktop.services.operators import OperatorError, OperatorInfo

ERROR_STYLE = "color: #b3261e;"


def error_label(name: str, collapse: bool = False) -> QLabel:
    """The red message beside a field (``collapse``: hidden while empty)."""
    lbl: QLabel = MessageLabel("") if collapse else QLabel("")
    lbl.setObjectName(f"error_{name}")
    lbl.setStyleSheet(ERROR_STYLE)
    lbl.setWordWrap(True)
    if collapse:
        lbl.setVisible(False)
    return lbl


def password_edit(name: str) -> QLineEdit:
    e = QLineEdit()
    e.setObjectName(name)
    e.setEchoMode(QLineEdit.EchoMode.Password)
    return e


class FirstRunPanel(QWidget):
    """Create the first operator: always an administrator."""

    created = Signal(object)  # OperatorInfo

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("first_run")
        self.ui = Ui_FirstRunForm()  # ui/first_run.ui
        self.ui.setupUi(self)
        self.username = self.ui.username
        self.name = self.ui.name
        self.password = self.ui.password
        self.password.setPlaceholderText(
            tr("At least {count} characters").format(count=ops.MIN_PASSWORD))
        self.confirm = self.ui.confirm
        self.errors = {k: getattr(self.ui, f"error_{k}")
                       for k in ("username", "name", "password", "confirm")}
        self.message = self.ui.error_general
        self.message.setText("")  # takes no room while empty
        self.button = self.ui.create
        self.button.clicked.connect(self.submit)
        for e in (self.username, self.name, self.password, self.confirm):
            e.returnPressed.connect(self.submit)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, lbl in self.errors.items():
            lbl.setText(translated(errors.get(key, "")))
        first = next((k for k in ("username", "name", "password", "confirm") if k in errors),
                     None)
        if first is not None:
            getattr(self, first).setFocus()

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        username, name = self.username.text(), self.name.text()
        password, confirm = self.password.text(), self.confirm.text()
        errors = ops.validate_new_operator(username, name, password, confirm)
        self.show_errors(errors)
        self.message.setText("")
        if errors:
            return
        self.button.setEnabled(False)
        self.button.setText(tr("Creating…"))
        offthread.submit(ops.create_operator, username, name, password, owner=self,
                         on_done=self._done, on_error=self._failed)

    def _done(self, op: OperatorInfo) -> None:
        self.button.setEnabled(True)
        self.button.setText(tr("Create administrator"))
        self.password.clear()
        self.confirm.clear()
        self.created.emit(op)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.button.setText(tr("Create administrator"))
        if isinstance(exc, OperatorError):
            self.show_errors({exc.field: exc.message})
        else:
            self.message.setText(str(exc))

    def focus_first(self) -> None:
        self.username.setFocus()


class LoginPanel(QWidget):
    """Username and password. ``authenticated(OperatorInfo)`` on success."""

    authenticated = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("login")
        self.failures = 0
        self.ui = Ui_LoginForm()  # ui/login.ui
        self.ui.setupUi(self)
        self.title = self.ui.login_title
        title = tr("Sign in")
        self.title.setText(f"<h2>{title}</h2>")
        self.note = self.ui.login_note
        self.username = self.ui.username
        self.password = self.ui.password
        self.message = self.ui.error_login
        self.message.setText("")  # takes no room while empty
        self.button = self.ui.sign_in
        self.button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self._username_entered)
        self.password.returnPressed.connect(self.submit)
        self._cooldown = QTimer(self)
        self._cooldown.setSingleShot(True)
        self._cooldown.timeout.connect(self._cooled)

    def _username_entered(self) -> None:
        if self.password.text():
            self.submit()
        else:
            self.password.setFocus()

    def prepare(self, title: str, note: str = "", username: str = "") -> None:
        self.title.setText(f"<h2>{title}</h2>")
        self.note.setText(note)
        self.note.setVisible(bool(note))
        self.username.setText(username)
        self.password.clear()
        self.message.setText("")
        self.focus_first()

    def focus_first(self) -> None:
        (self.password if self.username.text() else self.username).setFocus()

    def submit(self) -> None:
        if not self.button.isEnabled():
            return
        username, password = self.username.text().strip(), self.password.text()
        if not username:
            self.message.setText(tr("Enter your username."))
            self.username.setFocus()
            return
        if not password:
            self.message.setText(tr("Enter your password."))
            self.password.setFocus()
            return
        self.button.setEnabled(False)
        self.message.setText("")
        offthread.submit(ops.authenticate, username, password, owner=self,
                         on_done=self._done, on_error=self._failed)

    def _done(self, op: OperatorInfo | None) -> None:
        self.password.clear()
        if op is None:
            self.failures += 1
            delay = 0 if self.failures < 3 else min(30, 2 ** (self.failures - 3))
            text = tr("Wrong username or password, or the account is deactivated.")
            if delay:
                text = tr("Wrong username or password, or the account is deactivated. "
                          "Try again in {seconds} s.").format(seconds=delay)
                self._cooldown.start(delay * 1000)
            else:
                self.button.setEnabled(True)
            self.message.setText(text)
            self.password.setFocus()
            return
        self.failures = 0
        self.button.setEnabled(True)
        self.authenticated.emit(op)

    def _cooled(self) -> None:
        self.button.setEnabled(True)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.message.setText(tr("Cannot sign in: {error}").format(error=exc))


class AuthScreen(QWidget):
    """The centred card the window shows while nobody is signed in."""

    signed_in = Signal(object)  # OperatorInfo

    def __init__(self, site_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auth_screen")
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        self.card = QFrame()
        self.card.setObjectName("auth_card")
        self.card.setStyleSheet("#auth_card { background: palette(base); border: 1px solid "
                                "palette(mid); border-radius: 10px; }")
        self.card.setMaximumWidth(720)
        self.card.setMinimumWidth(480)
        card_lay = QVBoxLayout(self.card)
        card_lay.setContentsMargins(28, 22, 28, 22)
        self.site = QLabel(f"<b>CSMS Desktop</b> — {site_name}" if site_name else
                           "<b>CSMS Desktop</b>")  # the product's name is not translated
        self.site.setObjectName("auth_site")
        card_lay.addWidget(self.site)
        self.stack = QStackedWidget()
        self.first_run = FirstRunPanel()
        self.login = LoginPanel()
        self.stack.addWidget(self.first_run)
        self.stack.addWidget(self.login)
        card_lay.addWidget(self.stack)
        row = QVBoxLayout()
        row.addWidget(self.card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addLayout(row)
        outer.addStretch(2)
        self.first_run.created.connect(self.signed_in)
        self.login.authenticated.connect(self.signed_in)

    def show_first_run(self) -> None:
        self.stack.setCurrentWidget(self.first_run)
        self.first_run.focus_first()

    def show_login(self, title: str = "", note: str = "", username: str = "") -> None:
        self.stack.setCurrentWidget(self.login)
        title = title or tr("Sign in")
        self.login.prepare(title, note, username)

    @property
    def showing_first_run(self) -> bool:
        return self.stack.currentWidget() is self.first_run


class ChangePasswordDialog(QDialog):
    """The signed-in operator changes their own password (Session menu)."""

    def __init__(self, operator: OperatorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_password")
        self.operator = operator
        self.ui = Ui_ChangePasswordForm()  # ui/change_password.ui
        self.ui.setupUi(self)
        self.ui.intro.setText(tr("Change the password of <b>{username}</b>.")
                              .format(username=operator.username))
        self.old = self.ui.old
        self.password = self.ui.password
        self.confirm = self.ui.confirm
        self.errors = {k: getattr(self.ui, f"error_{k}") for k in ("old", "password", "confirm")}
        self.buttons = self.ui.buttons
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        errors = ops.validate_password(self.password.text(), self.confirm.text())
        if not self.old.text():
            errors["old"] = tr("enter your current password")
        for key, lbl in self.errors.items():
            lbl.setText(translated(errors.get(key, "")))
        if errors:
            return
        self.buttons.setEnabled(False)
        offthread.submit(ops.change_password, self.operator, self.old.text(),
                         self.password.text(), owner=self, on_done=lambda _r: self.accept(),
                         on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, OperatorError):
            self.errors.get(exc.field, self.errors["password"]).setText(translated(exc.message))
        else:
            self.errors["password"].setText(str(exc))
