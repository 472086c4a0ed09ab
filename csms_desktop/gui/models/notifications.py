"""List model of notifications (newest first); unread ones are bold."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from csms_desktop.gui import fmt
from csms_desktop.services.history_queries import NotificationRow

_Index = QModelIndex | QPersistentModelIndex

_TYPE_COLORS = {"SYSTEM_MAINTENANCE": QColor("#b3261e"), "PAYMENT_REQUIRED": QColor("#8a5a00")}


class NotificationsModel(QAbstractListModel):
    def __init__(self, tz: Any = lambda: None, parent: Any = None) -> None:
        super().__init__(parent)
        self._tz = tz
        self._rows: list[NotificationRow] = []

    @property
    def rows(self) -> list[NotificationRow]:
        return list(self._rows)

    def set_rows(self, rows: list[NotificationRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def mark_read_local(self, ids: set[str] | None) -> None:
        """Show rows as read (the database is updated by the caller)."""
        from dataclasses import replace

        for i, r in enumerate(self._rows):
            if not r.is_read and (ids is None or r.id in ids):
                self._rows[i] = replace(r, is_read=True)
                ix = self.index(i, 0)
                self.dataChanged.emit(ix, ix)

    def unread_ids(self) -> list[str]:
        return [r.id for r in self._rows if not r.is_read]

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{fmt.date_time(r.created_at)}  {r.title}\n{r.message}"
        if role == Qt.ItemDataRole.FontRole and not r.is_read:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.ForegroundRole:
            return _TYPE_COLORS.get(r.type)
        if role == Qt.ItemDataRole.ToolTipRole:
            kind = fmt.label(r.type)
            return f"{kind} · {r.charge_point_id}" if r.charge_point_id else kind
        if role == Qt.ItemDataRole.UserRole:
            return r
        return None
