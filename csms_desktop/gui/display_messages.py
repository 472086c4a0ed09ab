"""Display messages (OCPP 2.0.1 / 2.1): write a message on the screens of one station or
many, see the messages stored for them and clear some.

The window lists every 2.0.1 / 2.1 station with a check box (the one selected on the
Charge points page comes checked). **Send** sends SetDisplayMessage to each checked
station in turn (content, language, priority, when to show it, an optional validity
window); **Ask the stations** sends an unfiltered GetDisplayMessages, whose answers
replace what is stored; **Clear selected** sends ClearDisplayMessage for each selected
row. Commands are awaited on the loop, database reads run in a worker thread, so the
window never freezes while stations answer.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import TaskSet, async_slot, read
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.widgets.outcome import OutcomeLine, describe
from csms_desktop.protocol.commands import CommandResult, Outcome
from csms_desktop.services.v201_display import StoredMessage, display_stations, stored_messages

#: (RFC 5646 code sent, the language's own name)
LANGUAGES = (("en", "English"), ("th", "ไทย (Thai)"), ("pt-BR", "Português (Brasil)"))
PRIORITIES = (("NormalCycle", QT_TR_NOOP("In turn with the others")),
              ("InFront", QT_TR_NOOP("In front of the others")),
              ("AlwaysFront", QT_TR_NOOP("Always in front (urgent)")))
STATES = ((None, QT_TR_NOOP("Always")), ("Charging", QT_TR_NOOP("While charging")),
          ("Idle", QT_TR_NOOP("While idle")), ("Faulted", QT_TR_NOOP("While faulted")),
          ("Unavailable", QT_TR_NOOP("While unavailable")))
MAX_CONTENT = 512  # MessageContentType.content in 2.0.1
COLUMNS = (QT_TR_NOOP("Station"), QT_TR_NOOP("Id"), QT_TR_NOOP("Shown"),
           QT_TR_NOOP("When"), QT_TR_NOOP("Language"), QT_TR_NOOP("From"),
           QT_TR_NOOP("Until"), QT_TR_NOOP("Message"), QT_TR_NOOP("Known from"))


def _combo(items: tuple[tuple[Any, str], ...], name: str, translate: bool = True) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for key, text in items:
        box.addItem(tr(text) if translate else text, key)
    return box


def _edit(name: str) -> QDateTimeEdit:
    edit = QDateTimeEdit()
    edit.setObjectName(name)
    fmt.prepare_edit(edit)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(fmt.qt_date_format(time=True))
    return edit


class DisplayMessagesDialog(QDialog):
    def __init__(self, ctx: Any, checked: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.commands = ctx.commands
        self.tasks = TaskSet()
        self.setObjectName("display_messages_dialog")
        self.setWindowTitle(tr("Display messages"))
        self._checked = set(checked or [])
        root = QHBoxLayout(self)

        left = QVBoxLayout()
        stations_label = QLabel(tr("&Stations (OCPP 2.0.1 and 2.1)"))
        self.stations = QListWidget()
        self.stations.setObjectName("display_stations")
        stations_label.setBuddy(self.stations)
        self.stations.itemChanged.connect(lambda _item: self._schedule_reload())
        left.addWidget(stations_label)
        left.addWidget(self.stations, 1)
        root.addLayout(left, 1)

        right = QVBoxLayout()
        box = QGroupBox(tr("New message"))
        form = QFormLayout(box)
        self.content = QPlainTextEdit()
        self.content.setObjectName("display_content")
        self.content.setTabChangesFocus(True)
        self.content.setPlaceholderText(tr("What the station's screen shows"))
        self.content.setFixedHeight(self.fontMetrics().height() * 4 + 12)
        self.language = _combo(LANGUAGES, "display_language", translate=False)
        self.priority = _combo(PRIORITIES, "display_priority")
        self.state = _combo(STATES, "display_state")
        self.windowed = QCheckBox(tr("Only &between"))
        self.windowed.setObjectName("display_windowed")
        self.start = _edit("display_start")
        self.end = _edit("display_end")
        now = fmt.utcnow()
        self.start.setDateTime(fmt.to_qdatetime(now))
        self.end.setDateTime(fmt.to_qdatetime(now + timedelta(days=1)))
        self.windowed.toggled.connect(self._window_toggled)
        self._window_toggled(False)
        between = QHBoxLayout()
        between.addWidget(self.start)
        between.addWidget(QLabel(tr("and")))
        between.addWidget(self.end)
        for text, widget in ((tr("&Message"), self.content), (tr("&Language"), self.language),
                             (tr("&Priority"), self.priority), (tr("S&how"), self.state)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow(self.windowed, between)
        self.send_button = QPushButton(tr("Se&nd to the checked stations"))
        self.send_button.setObjectName("display_send")
        self.send_button.setToolTip(tr("Ctrl+Enter"))
        self.send_button.clicked.connect(self.send)
        form.addRow("", self.send_button)
        right.addWidget(box)

        stored = QGroupBox(tr("Messages on the checked stations"))
        sl = QVBoxLayout(stored)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("display_table")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        sl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.ask_button = QPushButton(tr("&Ask the stations"))
        self.ask_button.setObjectName("display_ask")
        self.ask_button.setToolTip(tr("Read back what each checked station shows"))
        self.ask_button.clicked.connect(self.ask)
        self.clear_button = QPushButton(tr("&Clear selected"))
        self.clear_button.setObjectName("display_clear")
        self.clear_button.clicked.connect(self.clear_selected)
        buttons.addWidget(self.ask_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        sl.addLayout(buttons)
        right.addWidget(stored, 1)
        self.outcome = OutcomeLine()
        right.addWidget(self.outcome)
        close = QDialogButtonBox()
        close.addButton(QPushButton(tr("Close")), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        root.addLayout(right, 3)

        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.send_shortcut.activated.connect(self.send)
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(200)
        self._reload_timer.timeout.connect(
            lambda: self.tasks.spawn_if_running(self.reload()))
        ctx.bridge.charger_updated.connect(self._on_charger_updated)
        self.finished.connect(lambda _r: self._disconnect())
        self.resize(1180, 640)
        self.tasks.spawn_if_running(self.load_stations())

    # ------------------------------------------------------------------ data
    def _disconnect(self) -> None:
        try:
            self.ctx.bridge.charger_updated.disconnect(self._on_charger_updated)
        except (RuntimeError, TypeError):
            pass
        self.tasks.cancel_all()

    def _on_charger_updated(self, event: Any) -> None:
        if getattr(event, "charge_point_id", None) in self.checked_ids():
            self._schedule_reload()

    def _schedule_reload(self) -> None:
        self._reload_timer.start()

    def _window_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    async def load_stations(self) -> None:
        stations = await read(display_stations)
        if not isValid(self.stations):
            return
        connected = self.ctx.runtime.services.chargers.connected
        self.stations.blockSignals(True)
        self.stations.clear()
        for s in stations:
            state = tr("online") if s.id in connected else tr("offline")
            text = s.id if s.name == s.id else f"{s.id} ({s.name})"
            item = QListWidgetItem(f"{text} · {state}")
            item.setData(Qt.ItemDataRole.UserRole, s.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if s.id in self._checked
                               else Qt.CheckState.Unchecked)
            self.stations.addItem(item)
        self.stations.blockSignals(False)
        await self.reload()

    def checked_ids(self) -> list[str]:
        out = []
        for i in range(self.stations.count()):
            item = self.stations.item(i)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(str(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_checked(self, cp_ids: list[str]) -> None:
        for i in range(self.stations.count()):
            item = self.stations.item(i)
            item.setCheckState(Qt.CheckState.Checked
                               if item.data(Qt.ItemDataRole.UserRole) in cp_ids
                               else Qt.CheckState.Unchecked)

    async def reload(self) -> None:
        rows = await read(stored_messages, self.checked_ids())
        if isValid(self.table):  # the window may have closed meanwhile
            self._fill(rows)

    def _fill(self, rows: list[StoredMessage]) -> None:
        words = {k: tr(v) for k, v in PRIORITIES}
        states = {k: tr(v) for k, v in STATES}
        self.table.setRowCount(len(rows))
        for r, m in enumerate(rows):
            source = tr("the station") if m.source == "station" else tr("sent from here")
            cells = (m.charge_point_id, str(m.message_id), words.get(m.priority, m.priority),
                     states.get(m.state, m.state or ""), m.language or "",
                     fmt.date_time(m.start_at), fmt.date_time(m.end_at), m.content, source)
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, (m.charge_point_id, m.message_id))
                self.table.setItem(r, c, item)

    # ------------------------------------------------------------------ commands
    def _targets(self) -> list[str] | None:
        ids = self.checked_ids()
        if not ids:
            self.outcome.message(tr("Check at least one station"), ok=False)
            self.stations.setFocus()
            return None
        return ids

    def _summary(self, what: str, results: list[tuple[str, CommandResult]]) -> None:
        ok = [cp for cp, r in results if r.ok]
        if len(results) == 1:
            self.outcome.result(f"{what} ({results[0][0]})", results[0][1])
            return
        failed = "; ".join(f"{cp}: {describe(r)}" for cp, r in results if not r.ok)
        text = tr("{what}: {done} of {total} stations accepted").format(
            what=what, done=len(ok), total=len(results))
        self.outcome.message(text + (f" ({failed})" if failed else ""), ok=not failed)

    async def _each(self, what: str, calls: list[tuple[str, Any]],
                    *buttons: QWidget) -> list[tuple[str, CommandResult]]:
        self.outcome.pending(what)
        for b in buttons:
            b.setEnabled(False)
        results: list[tuple[str, CommandResult]] = []
        try:
            for cp_id, make in calls:
                try:
                    results.append((cp_id, await make()))
                except Exception as exc:  # a bug must not leave the window waiting
                    results.append((cp_id, CommandResult(Outcome.ERROR, detail=str(exc))))
        finally:
            for b in buttons:
                b.setEnabled(True)
        self._summary(what, results)
        await self.reload()
        return results

    @async_slot
    async def send(self) -> None:
        content = self.content.toPlainText().strip()
        if not content:
            self.outcome.message(tr("Write the message first"), ok=False)
            self.content.setFocus()
            return
        if len(content) > MAX_CONTENT:
            self.outcome.message(tr("The message is longer than {n} characters").format(
                n=MAX_CONTENT), ok=False)
            self.content.setFocus()
            return
        start = end = None
        if self.windowed.isChecked():
            start, end = (fmt.from_qdatetime(self.start.dateTime()),
                          fmt.from_qdatetime(self.end.dateTime()))
            if end <= start:
                self.outcome.message(tr("The end must be after the start"), ok=False)
                self.end.setFocus()
                return
        targets = self._targets()
        if targets is None:
            return
        kwargs = {"priority": self.priority.currentData(), "state": self.state.currentData(),
                  "language": self.language.currentData(), "start": start, "end": end}

        def call(cp_id: str) -> Any:
            return lambda: self.commands.set_display_message(cp_id, content, **kwargs)

        await self._each(tr("Display message"), [(cp, call(cp)) for cp in targets],
                         self.send_button)

    @async_slot
    async def ask(self) -> None:
        targets = self._targets()
        if targets is None:
            return

        def call(cp_id: str) -> Any:
            return lambda: self.commands.get_display_messages(cp_id)

        await self._each(tr("Read the display messages"), [(cp, call(cp)) for cp in targets],
                         self.ask_button)

    @async_slot
    async def clear_selected(self) -> None:
        keys = []
        for index in self.table.selectionModel().selectedRows():
            item = self.table.item(index.row(), 0)
            if item is not None:
                keys.append(item.data(Qt.ItemDataRole.UserRole))
        if not keys:
            self.outcome.message(tr("Select the messages to clear"), ok=False)
            self.table.setFocus()
            return

        def call(cp_id: str, message_id: int) -> Any:
            return lambda: self.commands.clear_display_message(cp_id, message_id)

        await self._each(tr("Clear display message"), [(cp, call(cp, n)) for cp, n in keys],
                         self.clear_button)


def open_dialog(ctx: Any, checked: list[str] | None, parent: QWidget | None) -> \
        DisplayMessagesDialog:
    dialog = DisplayMessagesDialog(ctx, checked, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
