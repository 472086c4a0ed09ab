"""Table model of the OCPP message log: newest first, paged, following new rows live.

- Older rows: ``canFetchMore``/``fetchMore`` (keyset on timestamp and id, off the thread).
- Newer rows: ``poll_newer()`` (called on the bridge's ``messages_logged``) fetches what is
  newer than the top row and inserts it at the top. The model keeps at most ``cap`` rows;
  when following, the oldest are dropped from the bottom (and can be fetched again).
- ``highlight_id``: a row painted as the linked request/answer of the selection.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor

from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.paged import PagedModel
from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import MessageFilter, MessageRow

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (QT_TR_NOOP("Time"), QT_TR_NOOP("Charge point"), QT_TR_NOOP("Direction"),
           QT_TR_NOOP("Kind"), QT_TR_NOOP("Action"), QT_TR_NOOP("Message id"),
           QT_TR_NOOP("Error"), QT_TR_NOOP("Payload"))
"""Column titles (English, marked for translation; headerData translates them)."""
COL_TIME, COL_CP, COL_DIR, COL_KIND, COL_ACTION, COL_ID, COL_ERROR, COL_PAYLOAD = range(8)

_KIND_COLORS = {"CALLERROR": QColor("#b3261e"), "CALLRESULT": QColor("#555555")}
_HIGHLIGHT = QColor("#fff2a8")
_ARROWS = {"INBOUND": QT_TR_NOOP("In"), "OUTBOUND": QT_TR_NOOP("Out")}
_DIR_TIPS = {"INBOUND": QT_TR_NOOP("charger → CSMS"), "OUTBOUND": QT_TR_NOOP("CSMS → charger")}


class MessagesModel(PagedModel[MessageRow]):
    """Signals: ``loading(bool)``, ``page_loaded(int)`` rows loaded, ``newer_added(int)``,
    ``failed(str)``."""

    newer_added = Signal(int)
    columns = COLUMNS

    def __init__(self, tz: Callable[[], tzinfo | None] = lambda: None,
                 page_size: int = hq.PAGE_SIZE, cap: int = 5000, parent: Any = None) -> None:
        super().__init__(page_size, parent)
        self._tz = tz
        self.cap = cap
        self._summary: dict[str, str] = {}
        self._filter = MessageFilter()
        self._older_gen = 0  # bumps when the bottom is trimmed
        self._busy_older = False
        self._busy_newer = False
        self._newer_again = False
        self.highlight_id: str | None = None

    # ------------------------------------------------------------------ state
    @property
    def filter(self) -> MessageFilter:
        return self._filter

    def _key(self, row: MessageRow) -> str:
        return row.id

    def row_of(self, message_pk: str) -> int:
        """Row number of the message with this primary key, -1 when not loaded."""
        return self._index.get(message_pk, -1)

    def is_busy(self) -> bool:
        return self._busy_older or self._busy_newer

    def set_filter(self, flt: MessageFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        self._gen += 1
        self._older_gen += 1
        self._started = True
        self.beginResetModel()
        self._rows, self._index, self._summary = [], {}, {}
        self._exhausted = False
        self._busy_older = self._busy_newer = False
        self._newer_again = False
        self.highlight_id = None
        self.endResetModel()
        if not self._busy_older:
            self._fetch_older()

    # ------------------------------------------------------------------ older rows
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._busy_older or self._exhausted or not self._started:
            return
        self._fetch_older()

    def _fetch_older(self) -> None:
        self._busy_older = True
        self.loading.emit(True)
        gen, older_gen = self._gen, self._older_gen
        before = self._rows[-1].cursor if self._rows else None
        offthread.submit(hq.fetch_messages, self._filter, before, self.page_size, owner=self,
                         on_done=lambda rows: self._on_older(gen, older_gen, rows),
                         on_error=lambda exc: self._on_error(gen, exc))

    def _on_older(self, gen: int, older_gen: int, rows: list[MessageRow]) -> None:
        if gen != self._gen:
            return
        if older_gen != self._older_gen:  # the bottom moved meanwhile: ask again
            self._busy_older = False
            self._exhausted = False
            return
        exhausted = len(rows) < self.page_size
        self._append([r for r in rows if r.id not in self._index])
        self._busy_older = False
        self._page_done(exhausted)
        if self._newer_again:
            self._newer_again = False
            self.poll_newer()

    def _on_error(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self._busy_older = self._busy_newer = False
        self._failed(tr("Cannot read the message log: {error}").format(error=exc))

    # ------------------------------------------------------------------ newer rows
    def poll_newer(self) -> None:
        """Fetch the rows newer than the top one (coalesced: one query in flight)."""
        if not self._started:
            return
        if self._busy_newer or (self._busy_older and not self._rows):
            self._newer_again = True
            return
        self._busy_newer = True
        gen = self._gen
        flt = self._filter
        limit = self.cap
        if self._rows:
            after = self._rows[0].cursor

            def work() -> tuple[list[MessageRow], bool]:
                rows = hq.fetch_newer_messages(flt, after, limit)
                return list(reversed(rows)), len(rows) >= limit
        else:
            def work() -> tuple[list[MessageRow], bool]:
                rows = hq.fetch_messages(flt, None, min(limit, self.page_size))
                return rows, False
        offthread.submit(work, owner=self, on_done=lambda res: self._on_newer(gen, *res),
                         on_error=lambda exc: self._on_error(gen, exc))

    def _on_newer(self, gen: int, rows: list[MessageRow], overflow: bool) -> None:
        if gen != self._gen:
            return
        self._busy_newer = False
        if overflow:
            # More new rows than we keep: start over from the newest.
            self.reload()
            return
        rows = [r for r in rows if r.id not in self._index]
        if rows:
            self.beginInsertRows(QModelIndex(), 0, len(rows) - 1)
            self._rows[0:0] = rows
            self.endInsertRows()
            self._trim()
            self._reindex()
            self.newer_added.emit(len(rows))
        if self._newer_again:
            self._newer_again = False
            self.poll_newer()

    def _trim(self) -> None:
        extra = len(self._rows) - self.cap
        if extra <= 0:
            return
        first = len(self._rows) - extra
        self.beginRemoveRows(QModelIndex(), first, len(self._rows) - 1)
        for r in self._rows[first:]:
            self._summary.pop(r.id, None)
        del self._rows[first:]
        self.endRemoveRows()
        self._older_gen += 1
        self._busy_older = False
        self._exhausted = False

    # ------------------------------------------------------------------ highlight
    def set_highlight(self, message_pk: str | None) -> None:
        old = self.highlight_id
        self.highlight_id = message_pk
        for pk in (old, message_pk):
            row = self.row_of(pk) if pk else -1
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1),
                                      [Qt.ItemDataRole.BackgroundRole])

    # ------------------------------------------------------------------ Qt model
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(COLUMNS):
            return tr(COLUMNS[section])
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.BackgroundRole and r.id == self.highlight_id:
            return _HIGHLIGHT
        if role == Qt.ItemDataRole.ForegroundRole and col in (COL_KIND, COL_ERROR):
            return _KIND_COLORS.get(r.kind)
        if role == Qt.ItemDataRole.UserRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_TIME:
            return f"{fmt.date_time_ms(r.timestamp)} ({fmt.zone_name()})"
        if role == Qt.ItemDataRole.ToolTipRole and col == COL_DIR:
            tip = _DIR_TIPS.get(r.direction)
            return tr(tip) if tip else None
        return None

    def _display(self, r: MessageRow, col: int) -> Any:
        if col == COL_TIME:
            return fmt.date_time_ms(r.timestamp)
        if col == COL_CP:
            return r.charge_point_id
        if col == COL_DIR:
            arrow = _ARROWS.get(r.direction)
            return tr(arrow) if arrow else r.direction
        if col == COL_KIND:
            return r.kind
        if col == COL_ACTION:
            return r.action
        if col == COL_ID:
            return r.message_id
        if col == COL_ERROR:
            return r.error_code or ""
        if col == COL_PAYLOAD:
            s = self._summary.get(r.id)
            if s is None:
                s = json.dumps(r.payload, ensure_ascii=False, separators=(",", ":"),
                               default=str)
                if len(s) > 160:
                    s = s[:157] + "…"
                self._summary[r.id] = s
            return s
        return None
