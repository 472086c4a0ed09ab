"""The "Configuration" tab: read the charger's keys (1.6) or variables (2.0.1) and change them."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui.asyncops import TaskSet, async_slot, run_command
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.configuration import ConfigItem, ConfigurationModel, items_from_result
from csms_desktop.gui.models.rows import SORT_ROLE
from csms_desktop.gui.widgets.outcome import OutcomeLine, outcome_word


class ConfigurationPanel(QWidget):
    def __init__(self, ctx: Any, outcome: OutcomeLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.commands = ctx.commands
        self.outcome = outcome
        self.cp_id: str | None = None
        self.tasks = TaskSet()
        lay = QVBoxLayout(self)
        row = QHBoxLayout()
        self.read_button = QPushButton(tr("Read from the charger"))
        self.read_button.setObjectName("read_config_button")
        self.read_button.clicked.connect(self.read)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(tr("Filter keys…"))
        self.filter.setClearButtonEnabled(True)
        row.addWidget(self.read_button)
        row.addWidget(self.filter, 1)
        lay.addLayout(row)
        self.hint = QLabel(tr("Press “Read from the charger”. Double-click a read-write value "
                              "to change it; the charger's answer appears in “Last change”."))
        self.hint.setWordWrap(True)
        lay.addWidget(self.hint)
        self.model = ConfigurationModel(self)
        self.model.change_requested.connect(self._on_change_requested)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.proxy.setFilterKeyColumn(0)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.view = QTableView()
        self.view.setObjectName("config_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                  | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        lay.addWidget(self.view, 1)

    def set_charger(self, cp_id: str | None) -> None:
        if cp_id != self.cp_id:
            self.cp_id = cp_id
            self.model.set_rows([])
        self.setEnabled(cp_id is not None)

    @async_slot
    async def read(self) -> None:
        cp_id = self.cp_id
        if cp_id is None:
            return
        result = await run_command(self.outcome, tr("Read configuration of {charger}").format(charger=cp_id),
                                   self.commands.get_configuration(cp_id), self.read_button)
        if result.ok and cp_id == self.cp_id:
            self.model.set_rows(items_from_result(result.data.get("items", [])))
            self.view.resizeColumnToContents(0)

    def _on_change_requested(self, item: ConfigItem, value: str) -> None:
        self.tasks.spawn(self.change(item, value))

    async def change(self, item: ConfigItem, value: str) -> None:
        cp_id = self.cp_id
        if cp_id is None:
            return
        result = await run_command(
            self.outcome, tr("Set {key} = {value} on {charger}").format(
                key=item.key, value=repr(value), charger=cp_id),
            self.commands.change_configuration(cp_id, item.key, value, item.component or None))
        if cp_id == self.cp_id:
            status = outcome_word(result.outcome) + (
                f" ({result.status})" if result.status and
                result.status.lower() != result.outcome.value else "")
            self.model.set_result(item, value, status, result.ok)
