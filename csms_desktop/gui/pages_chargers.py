"""Charge points: a filterable table of every charger and a detail panel for the selected one
(connectors, boot data, configuration, commands, settings, admission).

The table is a ``ChargePointTableModel`` behind a ``ChargePointFilter``. Bridge events mark
chargers dirty; a 250 ms timer re-reads just those rows (``dataChanged`` per changed row).
Every 10 s a worker thread re-reads all rows (last-seen times change without events).
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.enums import OCPPVersion
from csms_desktop.gui import (
    customer_info,
    display_messages,
    firmware_publication,
    fmt,
    monitoring,
    tariffs21,
)
from csms_desktop.gui.asyncops import TaskSet, async_slot, read, run_command
from csms_desktop.gui.chargers_actions import ActionsPanel
from csms_desktop.gui.chargers_config import ConfigurationPanel
from csms_desktop.gui.chargers_edit import EditPanel
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.models.charge_points import (
    COL,
    PROTOCOL_NAMES,
    REGISTRATION_NAMES,
    ChargePointFilter,
    ChargePointTableModel,
)
from csms_desktop.gui.models.rows import ROW_ROLE, Column, RowsModel, local_time
from csms_desktop.gui.widgets.confirm import confirm
from csms_desktop.gui.widgets.connector_tile import TYPE_NAMES
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.gui.widgets.status_style import status_icon, style_for
from csms_desktop.services import live_queries as lq

log = logging.getLogger(__name__)

REFRESH_MS = 10_000

#: the "2.0.1 tools" menu: each entry opens its module's window (the last one 2.1 only)
V201_TOOLS = ((QT_TR_NOOP("&Display messages…"), display_messages),
              (QT_TR_NOOP("&Monitoring…"), monitoring),
              (QT_TR_NOOP("&Customer information…"), customer_info),
              (QT_TR_NOOP("&Firmware publication…"), firmware_publication),
              (QT_TR_NOOP("Station &tariffs (2.1)…"), tariffs21))


def v201_tools(parent: QWidget, open_window: Any) -> tuple[QPushButton, dict[Any, QAction]]:
    """The "2.0.1 tools" button (Alt+T) and its menu's actions by window module;
    ``open_window(module)`` when one is chosen."""
    button = QPushButton(tr("2.0.1 &tools"), parent)
    button.setObjectName("v201_tools_button")
    button.setToolTip(tr("The OCPP 2.0.1 and 2.1 windows, this station checked in them"))
    menu = QMenu(button)
    menu.setObjectName("v201_tools_menu")
    actions = {}
    for text, module in V201_TOOLS:
        action = menu.addAction(tr(text))
        action.setObjectName(f"v201_{module.__name__.rsplit('.', 1)[-1]}")
        action.triggered.connect(lambda _checked=False, m=module: open_window(m))
        actions[module] = action
    button.setMenu(menu)
    return button, actions


def registration_word(code: str) -> str:
    """A charger's admission (ACCEPTED...) in words: "Accepted" here is not a tag's."""
    words = {"ACCEPTED": tr("Accepted", "charger registration"),
             "PENDING": tr("Pending", "charger registration"),
             "REJECTED": tr("Rejected", "charger registration")}
    return words.get(code, REGISTRATION_NAMES.get(code, code))

def connector_columns() -> tuple[Column, ...]:
    """The connectors table's columns, titled in the interface's language (built when the
    model is, after the translation is installed)."""
    return (
        Column(tr("Connector"), lambda c: c.connector_no, numeric=True),
        Column(tr("Type"), lambda c: TYPE_NAMES.get(c.connector_type, c.connector_type)),
        Column(tr("OCPP status"),
               lambda c: style_for(c.ocpp_status).label if c.ocpp_status else "—"),
        Column(tr("Error code"), lambda c: c.error_code),
        Column(tr("Info"), lambda c: " ".join(x for x in (c.info, c.vendor_error_code) if x)),
        Column(tr("Power (kW)"), lambda c: c.power_kw, numeric=True,
               fmt=lambda v: fmt.number(v, 1)),
        Column(tr("Transaction"), lambda c: c.active_transaction_id),
        Column(tr("Since"), lambda c: c.status_time, fmt=lambda v: local_time(v)),
    )


class ConnectorsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(connector_columns(), key=lambda c: c.connector_no, parent=parent)
        self.online = True

    def extra_data(self, row: lq.ConnectorRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DecorationRole and column == 2:
            return status_icon(row.ocpp_status, True)
        return None


BOOT_FIELDS = (
    "vendor", "model", "serial_number", "firmware_version", "protocol", "iccid", "imsi",
    "meter_type", "meter_serial_number", "last_boot", "last_heartbeat", "last_seen",
    "firmware_status", "diagnostics_status",
)


def boot_labels() -> dict[str, str]:
    """The boot notification's fields as the overview names them (interface's language)."""
    return {
        "vendor": tr("Vendor:"), "model": tr("Model:"), "serial_number": tr("Serial number:"),
        "firmware_version": tr("Firmware:"), "protocol": tr("Protocol:"),
        "iccid": tr("ICCID:"), "imsi": tr("IMSI:"), "meter_type": tr("Meter type:"),
        "meter_serial_number": tr("Meter serial:"), "last_boot": tr("Last boot:"),
        "last_heartbeat": tr("Last heartbeat:"), "last_seen": tr("Last seen:"),
        "firmware_status": tr("Firmware status:"),
        "diagnostics_status": tr("Diagnostics status:"),
    }


class OverviewPanel(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        lay = QVBoxLayout(self)
        lay.addWidget(QLabel(tr("<b>Connectors</b> (double-click one for its live detail)")))
        self.connectors = ConnectorsModel(self)
        self.view = QTableView()
        self.view.setObjectName("connectors_table")
        self.view.setModel(self.connectors)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(False)
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(
            self.fontMetrics().horizontalAdvance("2026-12-31 23:59:59") + 16)
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        self.view.setMaximumHeight(170)
        self.view.doubleClicked.connect(self._open)
        lay.addWidget(self.view)
        self.open_button = QPushButton(tr("Open connector detail…"))
        self.open_button.setObjectName("open_connector_button")
        self.open_button.clicked.connect(lambda: self._open(self.view.currentIndex()))
        lay.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        box = QGroupBox(tr("Boot notification and status"))
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(14)
        self.values: dict[str, QLabel] = {}
        half = (len(BOOT_FIELDS) + 1) // 2
        labels = boot_labels()
        for i, attr in enumerate(BOOT_FIELDS):
            value = QLabel("—")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.values[attr] = value
            row, col = i % half, (i // half) * 2
            grid.addWidget(QLabel(labels[attr]), row, col)
            grid.addWidget(value, row, col + 1)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        lay.addWidget(box)
        lay.addStretch(1)
        self.cp: lq.ChargePointRow | None = None

    def set_charger(self, cp: lq.ChargePointRow | None, connectors: list[lq.ConnectorRow]
                    ) -> None:
        self.cp = cp
        for attr in BOOT_FIELDS:
            value = getattr(cp, attr, None) if cp is not None else None
            if attr == "protocol" and value:
                value = PROTOCOL_NAMES.get(value, value)
            text = local_time(value) if hasattr(value, "astimezone") else (value or "—")
            self.values[attr].setText(str(text))
        self.connectors.merge(connectors)

    def _open(self, index: QModelIndex) -> None:
        if self.cp is None:
            return
        row = index.row() if index.isValid() else 0
        if not (0 <= row < self.connectors.rowCount()):
            return
        c = self.connectors.row_at(row)
        from csms_desktop.gui.connector_detail import open_connector_detail

        open_connector_detail(self.ctx, self.cp.id, c.connector_no, self)


class ChargerDetail(QWidget):
    """Everything about the selected charger."""

    def __init__(self, ctx: Any, outcome: OutcomeLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.commands = ctx.commands
        self.outcome = outcome
        self.cp: lq.ChargePointRow | None = None
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        head = QHBoxLayout()
        self.title = QLabel(tr("Select a charge point"))
        self.title.setObjectName("detail_title")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.state = QLabel()
        self.state.setObjectName("detail_state")
        self.accept_button = QPushButton(tr("Accept"))
        self.accept_button.setObjectName("accept_button")
        self.accept_button.setToolTip(tr("Let this charger in; it is asked to boot again at once"))
        self.accept_button.clicked.connect(self.accept_charger)
        self.reject_button = QPushButton(tr("Reject"))
        self.reject_button.setObjectName("reject_button")
        self.reject_button.setToolTip(tr("Refuse this charger; its connection is closed"))
        self.reject_button.clicked.connect(self.ask_reject)
        self.tools_button, self.tools = v201_tools(self, self.open_v201)
        head.addWidget(self.title)
        head.addWidget(self.state, 1)
        head.addWidget(self.tools_button)
        head.addWidget(self.accept_button)
        head.addWidget(self.reject_button)
        lay.addLayout(head)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("detail_tabs")
        self.overview = OverviewPanel(ctx)
        self.actions_panel = ActionsPanel(ctx, outcome)
        self.config = ConfigurationPanel(ctx, outcome)
        self.edit = EditPanel(ctx, outcome)
        self.tabs.addTab(self.overview, tr("Overview"))
        self.tabs.addTab(self.actions_panel, tr("Actions"))
        self.tabs.addTab(self.config, tr("Configuration"))
        self.tabs.addTab(self.edit, tr("Edit"))
        lay.addWidget(self.tabs, 1)
        self.set_charger(None, [])

    def set_charger(self, cp: lq.ChargePointRow | None, connectors: list[lq.ConnectorRow]
                    ) -> None:
        self.cp = cp
        if cp is None:
            self.title.setText(tr("Select a charge point"))
            self.state.setText("")
        else:
            self.title.setText(cp.name if cp.name == cp.id else f"{cp.name}  ({cp.id})")
            online = "● " + tr("Online") if cp.connected else "○ " + tr("Offline")
            reg = registration_word(cp.registration)
            extra = " · " + tr("Maintenance") if cp.maintenance else ""
            self.state.setText(f"{online} · OCPP {PROTOCOL_NAMES.get(cp.protocol, cp.protocol)}"
                               f" · {reg}{extra}")
        protocol = cp.protocol if cp is not None else None
        self.tools_button.setEnabled(protocol in (OCPPVersion.OCPP20, OCPPVersion.OCPP21))
        self.tools[tariffs21].setEnabled(protocol == OCPPVersion.OCPP21)
        self.accept_button.setVisible(cp is not None and cp.registration != "ACCEPTED")
        self.reject_button.setVisible(cp is not None and cp.registration != "REJECTED")
        self.tabs.setEnabled(cp is not None)
        self.overview.set_charger(cp, connectors)
        self.actions_panel.set_charger(cp, connectors)
        self.config.set_charger(cp.id if cp else None)
        self.edit.set_charger(cp, connectors)

    def open_v201(self, window: Any) -> None:
        """A 2.0.1 tools window (its module's ``open_dialog``), this station checked."""
        self.v201_dialog = window.open_dialog(self.ctx, [self.cp.id] if self.cp else [], self)

    @async_slot
    async def accept_charger(self) -> None:
        if self.cp is None:
            return
        await run_command(self.outcome, tr("Accept {charger}").format(charger=self.cp.id),
                          self.commands.accept_charger(self.cp.id), self.accept_button)

    def ask_reject(self) -> None:
        """Rejecting closes the charger's connection and stops its charging: ask first."""
        if self.cp is None:
            return
        detail = (tr("Its connection is closed and it cannot charge until it is accepted "
                     "again. Sessions running on it stop.")
                  if self.cp.registration == "ACCEPTED" else
                  tr("Its connection is closed and it cannot charge until it is accepted "
                     "again."))
        confirm(self, tr("Reject charger"), tr("Reject {charger}?").format(charger=self.cp.id),
                tr("Reject"), self.reject_charger, detail)

    @async_slot
    async def reject_charger(self) -> None:
        if self.cp is None:
            return
        await run_command(self.outcome, tr("Reject {charger}").format(charger=self.cp.id),
                          self.commands.reject_charger(self.cp.id), self.reject_button)


class ChargePointsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.tasks = TaskSet()
        self._dirty: set[str] = set()
        self._selected: str | None = None
        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 6)
        split = QSplitter(Qt.Orientation.Vertical)  # the wide table on top, detail below
        split.setObjectName("chargers_split")
        split.setChildrenCollapsible(False)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("chargers_filter")
        self.filter_edit.setPlaceholderText(
            tr("Filter: identity, name, location, vendor, status…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(200)
        self.pending_only = QCheckBox(tr("Pending only"))
        self.pending_only.setObjectName("pending_only")
        self.count_label = QLabel()
        bar.addWidget(self.filter_edit, 1)
        bar.addWidget(self.pending_only)
        bar.addWidget(self.count_label)
        ll.addLayout(bar)
        self.model = ChargePointTableModel(self)
        self.proxy = ChargePointFilter(self)
        self.proxy.setSourceModel(self.model)
        self.filter_edit.textChanged.connect(self._set_filter)
        self.pending_only.toggled.connect(self._set_pending_only)
        self.view = QTableView()
        self.view.setObjectName("chargers_table")
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(COL["Identity"], Qt.SortOrder.AscendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.selectionModel().selectionChanged.connect(self._on_selection)
        ll.addWidget(self.view, 1)
        split.addWidget(left)
        self.outcome = OutcomeLine()
        self.detail = ChargerDetail(ctx, self.outcome)
        split.addWidget(self.detail)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 1)
        self.split = split
        self._sized = False
        root.addWidget(split, 1)
        root.addWidget(self.outcome)

        self.site: str | None = ctx.extras.get("site")  # the window's site selector
        self.model.set_rows(lq.charge_point_rows(site=self.site))
        self.detail.actions_panel.set_tags(lq.tag_options())
        self.view.resizeColumnsToContents()
        self._fit_columns()
        self._update_count()
        for signal in (ctx.bridge.charger_connected, ctx.bridge.charger_disconnected,
                       ctx.bridge.charger_updated, ctx.bridge.charger_booted,
                       ctx.bridge.connector_status, ctx.bridge.transaction_started,
                       ctx.bridge.transaction_ended):
            signal.connect(self._on_event)
        self.proxy.rowsInserted.connect(self._update_count)
        self.proxy.rowsRemoved.connect(self._update_count)
        self.proxy.modelReset.connect(self._update_count)
        self._dirty_timer = QTimer(self)
        self._dirty_timer.setSingleShot(True)
        self._dirty_timer.setInterval(250)
        self._dirty_timer.timeout.connect(self._refresh_dirty)
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self._periodic_refresh)
        self._refresh_timer.start()

    # ------------------------------------------------------------------ filter, selection
    def _set_filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._update_count()

    def _set_pending_only(self, on: bool) -> None:
        self.proxy.set_pending_only(on)
        self._update_count()

    def _update_count(self, *_: Any) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        pending = sum(1 for r in self.model.rows() if r.registration == "PENDING")
        if shown != total:
            text = tr("{shown} of {total}").format(shown=shown, total=total)
        elif total == 1:
            text = tr("1 charge point")
        else:
            text = tr("{count} charge points").format(count=total)
        if pending == 1:
            text += " · " + tr("1 pending")
        elif pending:
            text += " · " + tr("{count} pending").format(count=pending)
        self.count_label.setText(text)

    def select(self, cp_id: str) -> bool:
        pos = self.model.position(cp_id)
        if pos is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(pos, 0))
        if not index.isValid():
            return False
        self.view.selectRow(index.row())
        self.view.scrollTo(index)
        return True

    def selected_id(self) -> str | None:
        return self._selected

    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.view.selectionModel().selectedRows()
        row = rows[0].data(ROW_ROLE) if rows else None
        new = row.id if row is not None else None
        if new == self._selected:
            return
        self._selected = new
        self._show_detail()

    def _show_detail(self) -> None:
        cp_id = self._selected
        cp = lq.charge_point_row(cp_id) if cp_id else None
        self.detail.set_charger(cp, lq.connector_rows(cp_id) if cp_id else [])

    # ------------------------------------------------------------------ live updates
    def _on_event(self, e: Any) -> None:
        cp_id = getattr(e, "charge_point_id", None)
        if cp_id is None:
            return
        self._dirty.add(cp_id)
        if not self._dirty_timer.isActive() and self.isVisible():  # hidden: when shown
            self._dirty_timer.start()

    def on_site_changed(self, site: str | None) -> None:
        self.site = site
        self.model.set_rows(lq.charge_point_rows(site=site))
        self._selected = None
        self._show_detail()
        self._update_count()

    def _refresh_dirty(self) -> None:
        ids, self._dirty = self._dirty, set()
        rows = lq.charge_point_rows(ids, self.site)
        for cp_id in ids - {r.id for r in rows}:  # moved to another site
            self.model.remove(cp_id)
        for row in rows:
            self.model.upsert(row)
        self._fit_columns()
        self._update_count()
        if self._selected in ids:
            self._show_detail()

    def _periodic_refresh(self) -> None:
        if self.isVisible():  # a hidden page catches up when shown
            self.tasks.spawn_if_running(self.refresh_all())

    async def refresh_all(self) -> None:
        """Re-read every row in a worker thread; only changed rows signal."""
        try:
            rows = await read(lq.charge_point_rows, None, self.site)
        except Exception:
            log.exception("could not refresh the charge points")
            return
        self.model.merge(rows)
        self._fit_columns()
        self._update_count()

    def _fit_columns(self) -> None:
        """Columns grow to show their widest text (an identity, "Available"), never shrink:
        a table filled after the page was built is not cut, and nothing jumps on a save."""
        header = self.view.horizontalHeader()
        last = self.proxy.columnCount() - 1
        for c in range(last):  # the last one stretches
            want = max(self.view.sizeHintForColumn(c), header.sectionSizeHint(c))
            if header.sectionSize(c) < want:
                header.resizeSection(c, want)

    def refresh_tags(self) -> None:
        self.detail.actions_panel.set_tags(lq.tag_options())

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        if self._dirty:
            self._dirty_timer.start()
        self.refresh_tags()
        self.tasks.spawn_if_running(self.refresh_all())
        if not self._sized:  # the first time: 40 % table, 60 % detail
            self._sized = True
            height = max(self.split.height(), 600)
            self.split.setSizes([int(height * 0.4), int(height * 0.6)])


def create(ctx: Any) -> QWidget:
    return ChargePointsPage(ctx)
