"""A read-only table of records: one row per record, single row selection, greyed rows.

``set_records(records, cells, dimmed)`` fills it; ``selected_record()`` is the record of
the selected row (or None). Used by the API tokens section; the operators section has the
same table written out and can use this one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableWidget, QTableWidgetItem


class RecordTable(QTableWidget):
    def __init__(self, headers: Sequence[str], min_height: int = 120) -> None:
        super().__init__(0, len(headers))
        self.records: list[Any] = []
        self.setHorizontalHeaderLabels(list(headers))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.setMinimumHeight(min_height)

    def set_records(self, records: Sequence[Any], cells: Callable[[Any], Sequence[str]],
                    dimmed: Callable[[Any], bool] = lambda _r: False) -> None:
        self.records = list(records)
        self.setRowCount(len(self.records))
        for i, record in enumerate(self.records):
            grey = dimmed(record)
            for j, text in enumerate(cells(record)):
                item = QTableWidgetItem(text)
                if grey:
                    item.setForeground(Qt.GlobalColor.gray)
                self.setItem(i, j, item)

    def selected_record(self) -> Any | None:
        rows = self.selectionModel().selectedRows()
        if not rows or not 0 <= rows[0].row() < len(self.records):
            return None
        return self.records[rows[0].row()]
