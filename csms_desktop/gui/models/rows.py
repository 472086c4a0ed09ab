"""A table model over a list of immutable row objects, described by columns.

Rows are frozen dataclasses prepared off the hot path; ``data()`` only reads attributes.
Live updates go through :meth:`RowsModel.upsert` (``dataChanged`` for a changed row,
``rowsInserted`` for a new one) and :meth:`RowsModel.merge` (a full list diffed against the
current one); :meth:`RowsModel.set_rows` resets the model for a full reload.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import tr

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the row object itself

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    title: str
    value: Callable[[Any], Any]  # the shown value (str, number, datetime, None)
    sort: Callable[[Any], Any] | None = None  # sort key (default: the value)
    numeric: bool = False  # right-aligned
    tooltip: Callable[[Any], str | None] | None = None
    fmt: Callable[[Any], str] | None = None  # value -> text (default: str / local time)


def _sortable(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.timestamp()
    if isinstance(value, bool):
        return int(value)
    return value


def local_time(value: datetime | None, with_date: bool = True) -> str:
    """The site's zone (gui/fmt.py), never the machine's."""
    if value is None:
        return ""
    return fmt.date_time(value, seconds=True) if with_date else fmt.time_of_day(value, True)


def default_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return local_time(value)
    if isinstance(value, float):
        if value != int(value):  # up to 3 decimals, the language's separator
            return fmt.number(value, 3, grouping=False).rstrip("0").rstrip(".,")
        return fmt.number(value, 0, grouping=False)
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    return str(value)


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], key: Callable[[Any], Hashable] | None = None,
                 parent: Any = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._key = key or (lambda row: id(row))
        self._rows: list[Any] = []
        self._index: dict[Hashable, int] = {}

    # ------------------------------------------------------------------ Qt interface
    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(self.columns)):
            # titles marked with QT_TR_NOOP at import time are translated here, when shown
            return tr(self.columns[section].title)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        col = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            value = col.value(row)
            return col.fmt(value) if col.fmt else default_text(value)
        if role == SORT_ROLE:
            return _sortable((col.sort or col.value)(row))
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and col.numeric:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col.tooltip is not None:
            return col.tooltip(row)
        return self.extra_data(row, index.column(), role)

    def extra_data(self, row: Any, column: int, role: int) -> Any:
        """Subclasses add roles (colours, icons) here."""
        return None

    # ------------------------------------------------------------------ rows
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, i: int) -> Any:
        return self._rows[i]

    def row_for(self, key: Hashable) -> Any | None:
        i = self._index.get(key)
        return self._rows[i] if i is not None else None

    def position(self, key: Hashable) -> int | None:
        return self._index.get(key)

    def set_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._reindex()
        self.endResetModel()

    def _reindex(self) -> None:
        self._index = {self._key(r): i for i, r in enumerate(self._rows)}

    def upsert(self, row: Any) -> bool:
        """Replace the row with the same key (dataChanged) or append it; True if changed."""
        key = self._key(row)
        i = self._index.get(key)
        if i is None:
            n = len(self._rows)
            self.beginInsertRows(QModelIndex(), n, n)
            self._rows.append(row)
            self._index[key] = n
            self.endInsertRows()
            return True
        if self._rows[i] == row:
            return False
        self._rows[i] = row
        self.dataChanged.emit(self.index(i, 0), self.index(i, len(self.columns) - 1))
        return True

    def append_rows(self, rows: Sequence[Any]) -> None:
        self.insert_rows(len(self._rows), rows)

    def insert_rows(self, position: int, rows: Sequence[Any]) -> None:
        if not rows:
            return
        position = max(0, min(position, len(self._rows)))
        self.beginInsertRows(QModelIndex(), position, position + len(rows) - 1)
        self._rows[position:position] = list(rows)
        if position == len(self._rows) - len(rows):
            for i, r in enumerate(rows, start=position):
                self._index[self._key(r)] = i
        else:
            self._reindex()
        self.endInsertRows()

    def remove(self, key: Hashable) -> bool:
        i = self._index.get(key)
        if i is None:
            return False
        self.beginRemoveRows(QModelIndex(), i, i)
        del self._rows[i]
        self._reindex()
        self.endRemoveRows()
        return True

    def merge(self, rows: Iterable[Any], remove_missing: bool = True) -> int:
        """Bring the model to ``rows`` with the fewest signals; returns rows changed."""
        fresh = list(rows)
        changed = 0
        if remove_missing:
            keep = {self._key(r) for r in fresh}
            for key in [k for k in self._index if k not in keep]:
                self.remove(key)
                changed += 1
        for r in fresh:
            changed += self.upsert(r)
        return changed
