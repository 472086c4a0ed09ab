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
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import offthread
from csms_desktop.services import operators as ops
from csms_desktop.services.operators import OperatorError, OperatorInfo

ERROR_STYLE = "color: #b3261e;"


class MessageLabel(QLabel):
    """A red message that takes no room while it is empty."""

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self.setVisible(bool(text))


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
        lay = QVBoxLayout(self)
        title = QLabel("<h2>Welcome</h2><p>No operator account exists yet. Create the "
                       "<b>administrator</b> account; the administrator can then add "
                       "attendants and managers.</p>")
        title.setWordWrap(True)
        lay.addWidget(title)
        grid = QGridLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.username.setPlaceholderText("e.g. admin")
        self.name = QLineEdit()
        self.name.setObjectName("name")
        self.name.setPlaceholderText("Full name (optional)")
        self.password = password_edit("password")
        self.password.setPlaceholderText(f"At least {ops.MIN_PASSWORD} characters")
        self.confirm = password_edit("confirm")
        self.errors = {k: error_label(k) for k in ("username", "name", "password", "confirm")}
        for row, (label, w, key) in enumerate((("&Username", self.username, "username"),
                                               ("Full &name", self.name, "name"),
                                               ("&Password", self.password, "password"),
                                               ("Password &again", self.confirm, "confirm"))):
            lbl = QLabel(label)
            lbl.setBuddy(w)
            grid.addWidget(lbl, row, 0)
            grid.addWidget(w, row, 1)
            grid.addWidget(self.errors[key], row, 2)
        grid.setColumnMinimumWidth(1, 240)
        grid.setColumnMinimumWidth(2, 200)
        lay.addLayout(grid)
        self.message = error_label("general", collapse=True)
        lay.addWidget(self.message)
        self.button = QPushButton("Create administrator")
        self.button.setObjectName("create")
        self.button.setDefault(True)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.button.clicked.connect(self.submit)
        for e in (self.username, self.name, self.password, self.confirm):
            e.returnPressed.connect(self.submit)
        self.setTabOrder(self.username, self.name)
        self.setTabOrder(self.name, self.password)
        self.setTabOrder(self.password, self.confirm)
        self.setTabOrder(self.confirm, self.button)

    def show_errors(self, errors: dict[str, str]) -> None:
        for key, lbl in self.errors.items():
            lbl.setText(errors.get(key, ""))
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
        self.button.setText("Creating…")
        offthread.submit(ops.create_operator, username, name, password, owner=self,
                         on_done=self._done, on_error=self._failed)

    def _done(self, op: OperatorInfo) -> None:
        self.button.setEnabled(True)
        self.button.setText("Create administrator")
        self.password.clear()
        self.confirm.clear()
        self.created.emit(op)

    def _failed(self, exc: BaseException) -> None:
        self.button.setEnabled(True)
        self.button.setText("Create administrator")
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
        lay = QVBoxLayout(self)
        self.title = QLabel("<h2>Sign in</h2>")
        self.title.setObjectName("login_title")
        self.title.setWordWrap(True)
        lay.addWidget(self.title)
        self.note = QLabel("")
        self.note.setObjectName("login_note")
        self.note.setWordWrap(True)
        lay.addWidget(self.note)
        grid = QGridLayout()
        self.username = QLineEdit()
        self.username.setObjectName("username")
        self.password = password_edit("password")
        for row, (label, w) in enumerate((("&Username", self.username),
                                          ("&Password", self.password))):
            lbl = QLabel(label)
            lbl.setBuddy(w)
            grid.addWidget(lbl, row, 0)
            grid.addWidget(w, row, 1)
        grid.setColumnMinimumWidth(1, 260)
        lay.addLayout(grid)
        self.message = error_label("login", collapse=True)
        lay.addWidget(self.message)
        self.button = QPushButton("Sign in")
        self.button.setObjectName("sign_in")
        self.button.setDefault(True)
        lay.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)
        self.button.clicked.connect(self.submit)
        self.username.returnPressed.connect(self._username_entered)
        self.password.returnPressed.connect(self.submit)
        self.setTabOrder(self.username, self.password)
        self.setTabOrder(self.password, self.button)
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
            self.message.setText("Enter your username.")
            self.username.setFocus()
            return
        if not password:
            self.message.setText("Enter your password.")
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
            text = "Wrong username or password, or the account is deactivated."
            if delay:
                text += f" Try again in {delay} s."
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
        self.message.setText(f"Cannot sign in: {exc}")


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
                           "<b>CSMS Desktop</b>")
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

    def show_login(self, title: str = "Sign in", note: str = "", username: str = "") -> None:
        self.stack.setCurrentWidget(self.login)
        self.login.prepare(title, note, username)

    @property
    def showing_first_run(self) -> bool:
        return self.stack.currentWidget() is self.first_run


class ChangePasswordDialog(QDialog):
    """The signed-in operator changes their own password (Session menu)."""

    def __init__(self, operator: OperatorInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("change_password")
        self.setWindowTitle("Change password")
        self.operator = operator
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(f"Change the password of <b>{operator.username}</b>."))
        grid = QGridLayout()
        self.old = password_edit("old")
        self.password = password_edit("password")
        self.confirm = password_edit("confirm")
        self.errors = {k: error_label(k) for k in ("old", "password", "confirm")}
        for row, (label, w, key) in enumerate((("&Current password", self.old, "old"),
                                               ("&New password", self.password, "password"),
                                               ("New password &again", self.confirm,
                                                "confirm"))):
            lbl = QLabel(label)
            lbl.setBuddy(w)
            grid.addWidget(lbl, row, 0)
            grid.addWidget(w, row, 1)
            grid.addWidget(self.errors[key], row, 2)
        grid.setColumnMinimumWidth(2, 180)
        lay.addLayout(grid)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        lay.addWidget(self.buttons)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)

    def submit(self) -> None:
        errors = ops.validate_password(self.password.text(), self.confirm.text())
        if not self.old.text():
            errors["old"] = "enter your current password"
        for key, lbl in self.errors.items():
            lbl.setText(errors.get(key, ""))
        if errors:
            return
        self.buttons.setEnabled(False)
        offthread.submit(ops.change_password, self.operator, self.old.text(),
                         self.password.text(), owner=self, on_done=lambda _r: self.accept(),
                         on_error=self._failed)

    def _failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, OperatorError):
            self.errors.get(exc.field, self.errors["password"]).setText(exc.message)
        else:
            self.errors["password"].setText(str(exc))
