"""A table model whose rows are paged in from the database, off the GUI thread.

``canFetchMore``/``fetchMore`` (the view asks when the operator scrolls near the end) make
the subclass start a keyset query; its result is appended with :meth:`PagedModel._append`.
``_gen`` bumps on every reload, so a result of an older query is dropped; ``_index`` maps a
row's key to its row number.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Signal

_Index = QModelIndex | QPersistentModelIndex
R = TypeVar("R")


class PagedModel(QAbstractTableModel, Generic[R]):
    """Signals: ``loading(bool)``, ``page_loaded(int)`` rows now loaded, ``failed(str)``."""

    loading = Signal(bool)
    page_loaded = Signal(int)
    failed = Signal(str)
    columns: Sequence[object] = ()

    def __init__(self, page_size: int, parent: Any = None) -> None:
        super().__init__(parent)
        self.page_size = page_size
        self._rows: list[R] = []
        self._index: dict[str, int] = {}
        self._gen = 0  # bumps on reload: stale results are dropped
        self._exhausted = True
        self._started = False

    def _key(self, row: R) -> str:
        raise NotImplementedError

    @property
    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def _reindex(self) -> None:
        self._index = {self._key(r): i for i, r in enumerate(self._rows)}

    def _append(self, rows: list[R]) -> None:
        """Add a fetched page at the bottom; then the subclass clears its busy flag and
        calls :meth:`_page_done`."""
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            for i, r in enumerate(rows, first):
                self._index[self._key(r)] = i
            self.endInsertRows()

    def _page_done(self, exhausted: bool) -> None:
        self._exhausted = exhausted
        self.loading.emit(False)
        self.page_loaded.emit(len(self._rows))

    def _failed(self, message: str) -> None:
        self._exhausted = True
        self.loading.emit(False)
        self.failed.emit(message)

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:
        return not parent.isValid() and self._started and not self._exhausted

    def rowCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)
