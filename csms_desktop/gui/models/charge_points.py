"""The charge points table: one row per charge point (``live_queries.ChargePointRow``)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.rows import ROW_ROLE, SORT_ROLE, Column, RowsModel, local_time
from csms_desktop.gui.widgets.status_style import status_icon
from csms_desktop.services.live_queries import ChargePointRow

PROTOCOL_NAMES = {"OCPP16": "1.6J", "OCPP20": "2.0.1", "OCPP21": "2.1"}
REGISTRATION_NAMES = {"ACCEPTED": QT_TR_NOOP("Accepted"), "PENDING": QT_TR_NOOP("Pending"),
                      "REJECTED": QT_TR_NOOP("Rejected")}
STATUS_NAMES = {"AVAILABLE": QT_TR_NOOP("Available"), "OCCUPIED": QT_TR_NOOP("Occupied"),
                "UNAVAILABLE": QT_TR_NOOP("Unavailable"), "FAULTED": QT_TR_NOOP("Faulted"),
                "MAINTENANCE": QT_TR_NOOP("Maintenance")}

STATUS_ICONS = {"AVAILABLE": "Available", "OCCUPIED": "Occupied", "UNAVAILABLE": "Unavailable",
                "FAULTED": "Faulted", "MAINTENANCE": "Unavailable"}


def status_text(r: ChargePointRow) -> str:
    text = tr(STATUS_NAMES[r.status]) if r.status in STATUS_NAMES else r.status.title()
    if r.error_code and r.error_code != "NoError":
        text += f" ({r.error_code})"
    return text


def connected_text(r: ChargePointRow) -> str:
    return tr("● Online") if r.connected else tr("○ Offline")


COLUMNS = (
    Column(QT_TR_NOOP("Identity"), lambda r: r.id),
    Column(QT_TR_NOOP("Name"), lambda r: r.name),
    Column(QT_TR_NOOP("Location"), lambda r: r.location),
    Column(QT_TR_NOOP("Protocol"), lambda r: PROTOCOL_NAMES.get(r.protocol, r.protocol)),
    Column(QT_TR_NOOP("Vendor"), lambda r: r.vendor),
    Column(QT_TR_NOOP("Model"), lambda r: r.model),
    Column(QT_TR_NOOP("Firmware"), lambda r: r.firmware_version),
    Column(QT_TR_NOOP("Status"), status_text),
    Column(QT_TR_NOOP("Registration"), lambda r: tr(REGISTRATION_NAMES.get(r.registration,
                                                                     r.registration))),
    Column(QT_TR_NOOP("Connected"), connected_text, sort=lambda r: (r.connected, r.id)),
    Column(QT_TR_NOOP("Last seen"), lambda r: r.last_seen, fmt=lambda v: local_time(v)),
)
COL = {c.title: i for i, c in enumerate(COLUMNS)}


class ChargePointTableModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, key=lambda r: r.id, parent=parent)
        self._bold = QFont()
        self._bold.setBold(True)

    def extra_data(self, row: ChargePointRow, column: int, role: int) -> Any:
        if column == COL["Registration"] and row.registration != "ACCEPTED":
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(QColor("#FFE9A8" if row.registration == "PENDING" else "#F6C6C8"))
            if role == Qt.ItemDataRole.ForegroundRole:
                return QBrush(QColor("#1A1A1A"))
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
        if role == Qt.ItemDataRole.DecorationRole and column == COL["Status"]:
            return status_icon(STATUS_ICONS.get(row.status))  # "Connected" shows the link
        if role == Qt.ItemDataRole.ForegroundRole and column == COL["Connected"]:
            return QBrush(QColor("#1E6E2E" if row.connected else "#4A4F55"))
        return None


class ChargePointFilter(QSortFilterProxyModel):
    """Text filter over every column, plus an optional "pending only" switch."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self._pending_only = False

    def set_pending_only(self, on: bool) -> None:
        self.beginFilterChange()
        self._pending_only = on
        self.endFilterChange()

    def filterAcceptsRow(self, source_row: int,
                         source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        if self._pending_only:
            src = self.sourceModel()
            row = src.data(src.index(source_row, 0, source_parent), ROW_ROLE)
            if row is None or row.registration != "PENDING":
                return False
        return super().filterAcceptsRow(source_row, source_parent)
