"""Configuration keys (1.6) / device model variables (2.0.1) of one charger.

Rows come from ``commands.get_configuration`` (``data['items']``). The value column of a
writable key is editable: an edit does not change the row; it emits ``change_requested``
and the page sends ChangeConfiguration, then calls :meth:`ConfigurationModel.set_result`.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor

from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.rows import Column, RowsModel


@dataclass(frozen=True)
class ConfigItem:
    key: str
    value: str | None
    readonly: bool
    component: str = ""
    last_change: str = ""  # what became of the last edit: "accepted", "rejected"...

    @property
    def ident(self) -> tuple[str, str]:
        return (self.component, self.key)


COLUMNS = (
    Column(QT_TR_NOOP("Key"), lambda r: r.key),
    Column(QT_TR_NOOP("Value"), lambda r: r.value),
    Column(QT_TR_NOOP("Access"), lambda r: tr("read-only") if r.readonly else tr("read-write")),
    Column(QT_TR_NOOP("Component"), lambda r: r.component),
    Column(QT_TR_NOOP("Last change"), lambda r: r.last_change),
)
VALUE_COLUMN = 1


def items_from_result(items: list[dict[str, Any]]) -> list[ConfigItem]:
    return [ConfigItem(str(i.get("key", "")), None if i.get("value") is None else str(i["value"]),
                       bool(i.get("readonly")), str(i.get("component") or ""))
            for i in items]


class ConfigurationModel(RowsModel):
    change_requested = Signal(object, str)  # (ConfigItem, new value)

    def __init__(self, parent: Any = None) -> None:
        super().__init__(COLUMNS, key=lambda r: r.ident, parent=parent)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid() and index.column() == VALUE_COLUMN and not self.row_at(
                index.row()).readonly:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: QModelIndex | QPersistentModelIndex,
             role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.EditRole and index.isValid():
            return self.row_at(index.row()).value or ""
        return super().data(index, role)

    def setData(self, index: QModelIndex | QPersistentModelIndex, value: Any,
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if (role != Qt.ItemDataRole.EditRole or not index.isValid()
                or index.column() != VALUE_COLUMN):
            return False
        row = self.row_at(index.row())
        if row.readonly or str(value) == (row.value or ""):
            return False
        self.change_requested.emit(row, str(value))
        self.upsert(replace(row, last_change=tr("sending…")))
        return True

    def set_result(self, item: ConfigItem, value: str, outcome: str, accepted: bool) -> None:
        current = self.row_for(item.ident) or item
        self.upsert(replace(current, value=value if accepted else current.value,
                            last_change=outcome))

    def extra_data(self, row: ConfigItem, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and row.readonly:
            return QBrush(QColor("#4A4F55"))
        if role == Qt.ItemDataRole.ToolTipRole and column == VALUE_COLUMN:
            return tr("read-only") if row.readonly else tr("double-click to change")
        return None
