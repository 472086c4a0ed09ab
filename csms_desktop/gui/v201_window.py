"""The frame the OCPP 2.0.1 / 2.1 operator windows share: the stations as a check list
on the left (the one selected on the Charge points page comes checked), the window's
own part on the right, then a status line with each command's typed outcome in the
operator's language, and Close.

Commands go to each checked station in turn and are awaited on the loop; database
reads run in a worker thread (``asyncops.read``), so the window never freezes while
stations answer. ``reload()`` (the subclass's) runs after each round of commands and
when a checked station changes.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.gui.asyncops import TaskSet, read
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.outcome import OutcomeLine, describe
from csms_desktop.protocol.commands import CommandResult, Outcome
from csms_desktop.services.v201_display import DisplayStation, display_stations

Call = tuple[str, Callable[[], Awaitable[CommandResult]]]


def station_label(s: DisplayStation, connected: Any) -> str:
    state = tr("online") if s.id in connected else tr("offline")
    text = s.id if s.name == s.id else f"{s.id} ({s.name})"
    return f"{text} · {state}"


MAX_COLUMN = 240
"""px: a column no wider (a long id, URL or checksum is elided in its middle and whole in
its tooltip), so that every column of a window shows without scrolling sideways."""
LONG_TEXT = 24  # characters: a cell this long gets its text as a tooltip


def table(columns: tuple[str, ...], name: str) -> QTableWidget:
    """A read-only table of whole rows, its headers translated."""
    t = QTableWidget(0, len(columns))
    t.setObjectName(name)
    t.setHorizontalHeaderLabels([tr(c) for c in columns])
    t.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    t.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    t.setTextElideMode(Qt.TextElideMode.ElideMiddle)
    t.setWordWrap(False)  # a URL wrapped at its slashes would show only its first line
    t.verticalHeader().hide()
    t.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    t.horizontalHeader().setStretchLastSection(True)
    fit_columns(t)
    return t


def fit_columns(t: QTableWidget) -> None:
    """Each column but the last (it stretches) as wide as its widest cell or header, at
    most MAX_COLUMN."""
    for c in range(t.columnCount() - 1):
        t.resizeColumnToContents(c)
        if t.columnWidth(c) > MAX_COLUMN:
            t.setColumnWidth(c, MAX_COLUMN)


def fill(t: QTableWidget, rows: list[tuple[Any, tuple[str, ...]]]) -> None:
    """(key kept in column 0's UserRole, the cells' texts) per row."""
    t.setRowCount(len(rows))
    for r, (key, cells) in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c == 0:
                item.setData(Qt.ItemDataRole.UserRole, key)
            if len(text) > LONG_TEXT:
                item.setToolTip(text)
            t.setItem(r, c, item)
    fit_columns(t)


def selected_keys(t: QTableWidget) -> list[Any]:
    keys = []
    for index in t.selectionModel().selectedRows():
        item = t.item(index.row(), 0)
        if item is not None:
            keys.append(item.data(Qt.ItemDataRole.UserRole))
    return keys


class StationsWindow(QDialog):
    """Subclasses add their widgets to ``self.body`` then call ``self.finish()``."""

    #: which stations are listed (protocol values); None: every 2.0.1 and 2.1 station
    PROTOCOLS: tuple[str, ...] | None = None

    def __init__(self, ctx: Any, checked: list[str] | None, title: str, name: str,
                 stations_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.commands = ctx.commands
        self.tasks = TaskSet()
        self.setObjectName(name)
        self.setWindowTitle(title)
        self._checked = set(checked or [])
        root = QHBoxLayout(self)
        left = QVBoxLayout()
        stations_label = QLabel(stations_text)
        self.stations = QListWidget()
        self.stations.setObjectName(f"{name}_stations")
        stations_label.setBuddy(self.stations)
        self.stations.itemChanged.connect(lambda _item: self._schedule_reload())
        left.addWidget(stations_label)
        left.addWidget(self.stations, 1)
        root.addLayout(left, 1)
        self.body = QVBoxLayout()
        root.addLayout(self.body, 4)
        self.outcome = OutcomeLine()
        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(200)
        self._reload_timer.timeout.connect(
            lambda: self.tasks.spawn_if_running(self.reload()))
        ctx.bridge.charger_updated.connect(self._on_charger_updated)
        self.finished.connect(lambda _r: self._disconnect())

    def finish(self) -> None:
        """The status line and Close under the subclass's part; the stations loaded."""
        self.body.addWidget(self.outcome)
        close = QDialogButtonBox()
        close.addButton(QPushButton(tr("Close")), QDialogButtonBox.ButtonRole.RejectRole)
        close.rejected.connect(self.reject)
        self.body.addWidget(close)
        self.tasks.spawn_if_running(self.load_stations())

    # ------------------------------------------------------------------ stations
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

    async def load_stations(self) -> None:
        stations = await read(display_stations)
        if not isValid(self.stations):
            return
        if self.PROTOCOLS is not None:
            stations = [s for s in stations if s.protocol in self.PROTOCOLS]
        connected = self.ctx.runtime.services.chargers.connected
        self.stations.blockSignals(True)
        self.stations.clear()
        for s in stations:
            item = QListWidgetItem(station_label(s, connected))
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

    def check_all(self) -> None:
        self.set_checked([str(self.stations.item(i).data(Qt.ItemDataRole.UserRole))
                          for i in range(self.stations.count())])

    async def reload(self) -> None:
        raise NotImplementedError

    # ------------------------------------------------------------------ commands
    def targets(self) -> list[str] | None:
        ids = self.checked_ids()
        if not ids:
            self.outcome.message(tr("Check at least one station"), ok=False)
            self.stations.setFocus()
            return None
        return ids

    def refuse(self, text: str, widget: QWidget) -> None:
        """Bad input: said on the status line, the field focused, nothing sent."""
        self.outcome.message(text, ok=False)
        widget.setFocus()

    def summary(self, what: str, results: list[tuple[str, CommandResult]]) -> None:
        ok = [cp for cp, r in results if r.ok]
        if len(results) == 1:
            self.outcome.result(f"{what} ({results[0][0]})", results[0][1])
            return
        failed = "; ".join(f"{cp}: {describe(r)}" for cp, r in results if not r.ok)
        text = tr("{what}: {done} of {total} stations accepted").format(
            what=what, done=len(ok), total=len(results))
        self.outcome.message(text + (f" ({failed})" if failed else ""), ok=not failed)

    async def each(self, what: str, calls: list[Call],
                   *buttons: QWidget) -> list[tuple[str, CommandResult]]:
        """Each call in turn (its buttons disabled meanwhile), the summary shown, the
        window reloaded."""
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
                if isValid(b):
                    b.setEnabled(True)
        if isValid(self.outcome):
            self.summary(what, results)
            await self.reload()
        return results


    async def on_checked(self, what: str,
                         make: Callable[[str], Awaitable[CommandResult]],
                         *buttons: QWidget) -> list[tuple[str, CommandResult]] | None:
        """``make(cp_id)`` for each checked station (None: none checked, said so)."""
        targets = self.targets()
        if targets is None:
            return None
        return await self.each(what, [(cp, bind(make, cp)) for cp in targets], *buttons)


def bind(fn: Callable[..., Awaitable[CommandResult]],
         *args: Any) -> Callable[[], Awaitable[CommandResult]]:
    """A command not sent yet: ``fn(*args)`` when called."""
    return lambda: fn(*args)


def open_window(cls: type[StationsWindow], ctx: Any, checked: list[str] | None,
                parent: QWidget | None, **options: Any) -> StationsWindow:
    dialog = cls(ctx, checked, parent, **options)  # type: ignore[arg-type]
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
