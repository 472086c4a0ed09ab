"""Table model of transactions, paged from the database (hundreds of thousands of rows).

Rows arrive ``PAGE_SIZE`` at a time through ``canFetchMore``/``fetchMore`` (the view asks
when the operator scrolls near the end); each page is a keyset query run off the GUI
thread. Sorting is done by the database (``sort`` reloads), so it is exact over the whole
filtered set, not just the loaded rows. Totals come from one aggregate query.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont

from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.paged import PagedModel
from csms_desktop.services import history_queries as hq
from csms_desktop.services.history_queries import (
    TransactionFilter,
    TransactionRow,
    TransactionTotals,
    TxSort,
)

_Index = QModelIndex | QPersistentModelIndex

# (header, sort key of history_queries, right-aligned)
COLUMNS: tuple[tuple[str, str, bool], ...] = (
    (QT_TR_NOOP("Start"), "start_time", False),
    (QT_TR_NOOP("End"), "end_time", False),
    (QT_TR_NOOP("Charge point"), "charge_point", False),
    (QT_TR_NOOP("Conn."), "connector", True),
    (QT_TR_NOOP("Driver"), "driver", False),
    (QT_TR_NOOP("Tag"), "id_tag", False),
    (QT_TR_NOOP("Client"), "client", False),
    (QT_TR_NOOP("Energy (kWh)"), "energy", True),
    (QT_TR_NOOP("Cost"), "cost", True),
    (QT_TR_NOOP("Status"), "status", False),
    (QT_TR_NOOP("Stop reason"), "stop_reason", False),
    (QT_TR_NOOP("Transaction"), "transaction_id", False),
)

_STATUS_COLORS = {
    "ACTIVE": QColor("#1b7f3b"),
    "FAILED": QColor("#b3261e"),
    "CANCELED": QColor("#7a7a7a"),
}


class TransactionsModel(PagedModel[TransactionRow]):
    """Paged, database-sorted transactions. Signals: ``loading(bool)``, ``totals(obj)``,
    ``failed(str)``, ``page_loaded(int)`` (rows now loaded)."""

    totals_changed = Signal(object)
    columns = COLUMNS

    def __init__(self, tz: Callable[[], tzinfo | None] = lambda: None,
                 currency: Callable[[], str] = lambda: "", page_size: int = hq.PAGE_SIZE,
                 parent: Any = None) -> None:
        super().__init__(page_size, parent)
        self._tz = tz
        self._currency = currency
        self._filter = TransactionFilter()
        self._sort = TxSort()
        self._busy = False
        self.totals = TransactionTotals()

    # ------------------------------------------------------------------ state
    @property
    def filter(self) -> TransactionFilter:
        return self._filter

    @property
    def sort_order(self) -> TxSort:
        return self._sort

    def _key(self, row: TransactionRow) -> str:
        return row.transaction_id

    def is_busy(self) -> bool:
        return self._busy

    def is_complete(self) -> bool:
        """Every row of the filtered set is loaded."""
        return self._started and self._exhausted and not self._busy

    def set_filter(self, flt: TransactionFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Drop the loaded rows and fetch the first page and the totals again."""
        self._gen += 1
        self._started = True
        self.beginResetModel()
        self._rows = []
        self._index = {}
        self._exhausted = False
        self._busy = False
        self.endResetModel()  # a view may call fetchMore from here already
        if not self._busy:
            self._fetch_page()
        self._fetch_totals()

    # ------------------------------------------------------------------ paging
    def fetchMore(self, parent: _Index = QModelIndex()) -> None:
        if parent.isValid() or self._busy or self._exhausted:
            return
        self._fetch_page()

    def _fetch_page(self) -> None:
        self._busy = True
        self.loading.emit(True)
        gen = self._gen
        after = self._rows[-1].cursor if self._rows else None
        offthread.submit(hq.fetch_transactions, self._filter, self._sort, after,
                         self.page_size, owner=self,
                         on_done=lambda rows: self._on_page(gen, rows),
                         on_error=lambda exc: self._on_error(gen, exc))

    def _on_page(self, gen: int, rows: list[TransactionRow]) -> None:
        if gen != self._gen:
            return
        # Still busy while inserting: views (and the model tester) call fetchMore from
        # the insertion signals, and the next page must start after these rows.
        exhausted = len(rows) < self.page_size
        self._append(rows)
        self._busy = False
        self._page_done(exhausted)

    def _on_error(self, gen: int, exc: BaseException) -> None:
        if gen != self._gen:
            return
        self._busy = False
        self._failed(tr("Cannot load transactions: {error}").format(error=exc))

    def _fetch_totals(self) -> None:
        gen = self._gen
        offthread.submit(hq.transaction_totals, self._filter, owner=self,
                         on_done=lambda t: self._on_totals(gen, t),
                         on_error=lambda exc: self._on_error(gen, exc))

    def _on_totals(self, gen: int, totals: TransactionTotals) -> None:
        if gen != self._gen:
            return
        self.totals = totals
        self.totals_changed.emit(totals)

    # ------------------------------------------------------------------ live updates
    def refresh_live(self, transaction_ids: list[str]) -> None:
        """Transactions started or ended: update loaded rows, add new ones at the top
        (when sorted newest first), and recount the totals."""
        if not self._started:
            return
        gen = self._gen
        flt = self._filter
        newer_after = None
        if self._sort == TxSort() and self._rows:
            newer_after = self._rows[0].cursor

        def work() -> tuple[list[TransactionRow], list[TransactionRow]]:
            changed = hq.fetch_transactions_by_ids(transaction_ids)
            newer: list[TransactionRow] = []
            if newer_after is not None:
                newer = hq.fetch_transactions(flt, TxSort("start_time", False),
                                              newer_after, self.page_size)
            return changed, newer

        offthread.submit(work, owner=self, on_done=lambda res: self._on_live(gen, *res))
        self._fetch_totals()

    def _on_live(self, gen: int, changed: list[TransactionRow],
                 newer: list[TransactionRow]) -> None:
        if gen != self._gen:
            return
        if not self._rows and not self._busy:
            self.reload()
            return
        for r in changed:
            i = self._index.get(r.transaction_id)
            if i is not None and self._rows[i] != r:
                self._rows[i] = r
                self.dataChanged.emit(self.index(i, 0), self.index(i, len(COLUMNS) - 1))
        fresh = [r for r in reversed(newer) if r.transaction_id not in self._index]
        if fresh:
            self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
            self._rows[0:0] = fresh
            self._reindex()
            self.endInsertRows()

    # ------------------------------------------------------------------ Qt model
    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return tr(COLUMNS[section][0])
            if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[section][2]:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        new = TxSort(COLUMNS[column][1], order == Qt.SortOrder.DescendingOrder)
        if new != self._sort:
            self._sort = new
            if self._started:
                self.reload()

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == Qt.ItemDataRole.TextAlignmentRole and 0 <= col < len(COLUMNS) \
                and COLUMNS[col][2]:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and COLUMNS[col][1] == "status":
            return _STATUS_COLORS.get(r.status)
        if role == Qt.ItemDataRole.FontRole and r.status == "ACTIVE" and col == 0:
            f = QFont()
            f.setBold(True)
            return f
        if role == Qt.ItemDataRole.UserRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col in (0, 1):
            dt = r.start_time if col == 0 else r.end_time
            return fmt.date_time(dt, seconds=True) if dt is not None else tr("still charging")
        return None

    def _display(self, r: TransactionRow, col: int) -> Any:
        key = COLUMNS[col][1] if 0 <= col < len(COLUMNS) else ""
        tz = self._tz()
        if key == "start_time":
            return _fmt_time(r.start_time, tz)
        if key == "end_time":
            return _fmt_time(r.end_time, tz) if r.end_time else "—"
        if key == "charge_point":
            return r.charge_point_id
        if key == "connector":
            return str(r.connector_no)
        if key == "driver":
            return r.driver or ""
        if key == "id_tag":
            return r.id_tag or ""
        if key == "client":
            return r.client or ""
        if key == "energy":
            return fmt.number(r.energy_kwh, 3)
        if key == "cost":
            if r.cost is None:
                return ""
            return fmt.money(r.cost, r.currency or self._currency() or None)
        if key == "status":
            return fmt.label(r.status)
        if key == "stop_reason":
            return fmt.stop_reason(r.stop_reason)
        if key == "transaction_id":
            return r.transaction_id
        return None


def _fmt_time(dt: Any, tz: tzinfo | None = None) -> str:
    """The site's zone, by the one helper (``tz`` is kept for callers, unused)."""
    return fmt.date_time(dt)
