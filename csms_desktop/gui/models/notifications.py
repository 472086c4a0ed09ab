"""List model of notifications (newest first); unread ones are bold.

Notifications are stored as the services wrote them, in English ("Charging started on
CP-1/2"). :func:`shown` puts the usual ones in the interface's language when they are
shown: each template below is the services' own text with its fields named; a text that
matches none (a new template, an old row) is shown as stored.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.services.history_queries import NotificationRow

_Index = QModelIndex | QPersistentModelIndex

_TYPE_COLORS = {"SYSTEM_MAINTENANCE": QColor("#b3261e"), "PAYMENT_REQUIRED": QColor("#8a5a00")}

# (services/… where the text is written): most specific first
TEMPLATES = (
    # charging.py
    QT_TR_NOOP("Charging started on {charger}/{connector}"),
    QT_TR_NOOP("Charging stopped on {charger}/{connector}"),
    QT_TR_NOOP("{charger}/{connector} is free again"),
    QT_TR_NOOP("Transaction {transaction} with tag {tag}."),
    QT_TR_NOOP("Transaction {transaction}: {kwh} kWh, reason {reason}."),
    QT_TR_NOOP("Transaction {transaction}: energy needs review ({flag}), reason {reason}."),
    QT_TR_NOOP("The charging session is complete."),
    QT_TR_NOOP("Reservation used"),
    QT_TR_NOOP("Reservation expired"),
    # chargers.py
    QT_TR_NOOP("Charger {charger} offline"),
    QT_TR_NOOP("The connection closed ({reason})."),
    QT_TR_NOOP("New charger {charger} waits for approval"),
    QT_TR_NOOP("{vendor} {model} asked to join; accept it on the Charge points page."),
    QT_TR_NOOP("{charger} charger faulted"),
    QT_TR_NOOP("{charger} connector {connector} faulted"),
    QT_TR_NOOP("Error code {code}: {info}."),
    QT_TR_NOOP("Error code {code}."),
    # reservations.py
    QT_TR_NOOP("Reservation created"),
    QT_TR_NOOP("Reservation cancelled"),
    QT_TR_NOOP("Reservation changed"),
    QT_TR_NOOP("Reservation sent to {charger}: {answer}"),
    QT_TR_NOOP("{charger} connector {connector}, {start} to {end}."),
    QT_TR_NOOP("{charger}, {start} to {end}."),
    QT_TR_NOOP("{charger} holds the connector for you until {end}."),
    # billing/invoices.py, backups.py, load.py, security.py
    QT_TR_NOOP("Invoice {number} is overdue"),
    QT_TR_NOOP("Backup failed"),
    QT_TR_NOOP("Backup missing"),
    QT_TR_NOOP("{charger} ignores load limits"),
    QT_TR_NOOP("Security: {kind} ({charger})"),
)


@lru_cache(maxsize=1)
def _patterns() -> tuple[tuple[re.Pattern[str], str], ...]:
    out = []
    for template in TEMPLATES:
        parts = re.split(r"\{(\w+)\}", template)
        rx = "".join(re.escape(p) if i % 2 == 0 else f"(?P<{p}>.+?)"
                     for i, p in enumerate(parts))
        out.append((re.compile(rx, re.DOTALL), template))
    return tuple(out)


def shown(text: str) -> str:
    """A stored notification title or message in the interface's language (as stored when
    it matches no template, or in English)."""
    if fmt.language() == "en" or not text:
        return text
    for rx, template in _patterns():
        m = rx.fullmatch(text)
        if m is None:
            continue
        fields = m.groupdict()
        if "kwh" in fields:
            try:
                fields["kwh"] = fmt.number(float(fields["kwh"]), 3)
            except ValueError:
                pass
        return tr(template).format(**fields)
    return text


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
            return f"{fmt.date_time(r.created_at)}  {shown(r.title)}\n{shown(r.message)}"
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
