"""Display messages (OCPP 2.0.1 / 2.1): write a message on the screens of one station or
many, see the messages stored for them and clear some.

The window lists every 2.0.1 / 2.1 station with a check box (the one selected on the
Charge points page comes checked). **Send** sends SetDisplayMessage to each checked
station in turn (content, language, priority, when to show it, an optional validity
window); **Ask the stations** sends an unfiltered GetDisplayMessages, whose answers
replace what is stored; **Clear selected** sends ClearDisplayMessage for each selected
row. The stations list, the status line and the command round are the shared frame of
the 2.0.1 windows (``gui/v201_window.py``).
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import async_slot, read
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.v201_window import (
    StationsWindow,
    bind,
    fill,
    open_window,
    selected_keys,
    table,
)
from csms_desktop.services.v201_display import StoredMessage, stored_messages

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


class DisplayMessagesDialog(StationsWindow):
    PROTOCOLS = None

    def __init__(self, ctx: Any, checked: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, checked, tr("Display messages"), "display_messages_dialog",
                         tr("&Stations (OCPP 2.0.1 and 2.1)"), parent)
        self.stations.setObjectName("display_stations")
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
        self.body.addWidget(box)

        stored = QGroupBox(tr("Messages on the checked stations"))
        sl = QVBoxLayout(stored)
        self.table = table(COLUMNS, "display_table")
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
        self.body.addWidget(stored, 1)
        self.send_shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        self.send_shortcut.activated.connect(self.send)
        self.finish()
        self.resize(1320, 640)

    # ------------------------------------------------------------------ data
    def _window_toggled(self, on: bool) -> None:
        self.start.setEnabled(on)
        self.end.setEnabled(on)

    async def reload(self) -> None:
        rows = await read(stored_messages, self.checked_ids())
        if isValid(self.table):  # the window may have closed meanwhile
            self._fill(rows)

    def _fill(self, rows: list[StoredMessage]) -> None:
        words = {k: tr(v) for k, v in PRIORITIES}
        states = {k: tr(v) for k, v in STATES}
        fill(self.table, [((m.charge_point_id, m.message_id), (
            m.charge_point_id, str(m.message_id), words.get(m.priority, m.priority),
            states.get(m.state, m.state or ""), m.language or "",
            fmt.date_time(m.start_at), fmt.date_time(m.end_at), m.content,
            tr("the station") if m.source == "station" else tr("sent from here")))
            for m in rows])

    # ------------------------------------------------------------------ commands
    @async_slot
    async def send(self) -> None:
        content = self.content.toPlainText().strip()
        if not content:
            return self.refuse(tr("Write the message first"), self.content)
        if len(content) > MAX_CONTENT:
            return self.refuse(tr("The message is longer than {n} characters").format(
                n=MAX_CONTENT), self.content)
        start = end = None
        if self.windowed.isChecked():
            start, end = (fmt.from_qdatetime(self.start.dateTime()),
                          fmt.from_qdatetime(self.end.dateTime()))
            if end <= start:
                return self.refuse(tr("The end must be after the start"), self.end)
        kwargs = {"priority": self.priority.currentData(), "state": self.state.currentData(),
                  "language": self.language.currentData(), "start": start, "end": end}
        await self.on_checked(
            tr("Display message"),
            lambda cp: self.commands.set_display_message(cp, content, **kwargs),
            self.send_button)

    @async_slot
    async def ask(self) -> None:
        await self.on_checked(tr("Read the display messages"),
                              self.commands.get_display_messages, self.ask_button)

    @async_slot
    async def clear_selected(self) -> None:
        keys = selected_keys(self.table)
        if not keys:
            return self.refuse(tr("Select the messages to clear"), self.table)
        await self.each(tr("Clear display message"), [
            (cp, bind(self.commands.clear_display_message, cp, n)) for cp, n in keys],
            self.clear_button)


def open_dialog(ctx: Any, checked: list[str] | None, parent: QWidget | None) -> \
        StationsWindow:
    return open_window(DisplayMessagesDialog, ctx, checked, parent)
