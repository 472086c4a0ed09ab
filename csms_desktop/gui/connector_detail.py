"""Connector / transaction detail: live and past power, current and SoC, the session's meter
values, the transaction, and "Stop" / "Force close".

A non-modal dialog (one per connector; opening it again raises the existing one). History is
read in a worker thread (``run_in_executor``); live samples arrive through the bridge's
``meter_batch``.
"""

from __future__ import annotations

import logging
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.domain.messages import message_of
from csms_desktop.domain.timeutil import as_utc, utcnow
from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import TaskSet, async_slot, read, run_command
from csms_desktop.gui.charts.session_chart import SessionChart
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.rows import Column, RowsModel, local_time
from csms_desktop.gui.widgets.confirm import confirm
from csms_desktop.gui.widgets.connector_tile import format_elapsed
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.gui.widgets.status_style import status_icon, style_for
from csms_desktop.services import events as ev
from csms_desktop.services import live_queries as lq

log = logging.getLogger(__name__)

RANGES = (("Session", None), ("1 h", 1.0), ("24 h", 24.0), ("7 days", 24.0 * 7))
"""The history ranges by key (object names) and hours; shown by :func:`range_title`."""
TABLE_LIMIT = 5000


def range_title(key: str) -> str:
    return {"Session": tr("Session"), "1 h": tr("1 h"), "24 h": tr("24 h"),
            "7 days": tr("7 days")}.get(key, key)


def _num(digits: int) -> Any:
    return lambda v: fmt.number(v, digits, grouping=False)


def meter_columns() -> tuple[Column, ...]:
    """The meter table's columns, titled in the interface's language."""
    return (
        Column(tr("Time"), lambda p: p.timestamp, fmt=lambda v: local_time(v)),
        Column(tr("Energy (kWh)"), lambda p: p.energy_kwh, numeric=True, fmt=_num(3)),
        Column(tr("Power (kW)"), lambda p: p.power_kw, numeric=True, fmt=_num(2)),
        Column(tr("Current (A)"), lambda p: p.current_a, numeric=True, fmt=_num(1)),
        Column(tr("Voltage (V)"), lambda p: p.voltage_v, numeric=True, fmt=_num(0)),
        Column(tr("SoC (%)"), lambda p: p.soc, numeric=True, fmt=_num(0)),
        Column(tr("Context"), lambda p: p.context),
    )

_OPEN: dict[tuple[str, int], ConnectorDetailDialog] = {}


def open_connector_detail(ctx: Any, cp_id: str, connector_no: int,
                          parent: QWidget | None = None) -> ConnectorDetailDialog:
    key = (cp_id, connector_no)
    dlg = _OPEN.get(key)
    if dlg is not None and isValid(dlg):
        dlg.show()
        if QGuiApplication.platformName() not in ("offscreen", "minimal"):
            dlg.raise_()  # the headless platforms have no window stacking (and warn)
            dlg.activateWindow()
        return dlg
    owner = ctx.window if ctx.window is not None else (parent.window() if parent else None)
    dlg = ConnectorDetailDialog(ctx, cp_id, connector_no, owner)
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
    _OPEN[key] = dlg
    dlg.destroyed.connect(lambda *_: _OPEN.pop(key, None))
    dlg.show()
    return dlg


class ConnectorDetailDialog(QDialog):
    def __init__(self, ctx: Any, cp_id: str, connector_no: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.runtime.services
        self.commands = ctx.commands
        self.cp_id = cp_id
        self.connector_no = connector_no
        self.tasks = TaskSet()
        self.tx: lq.TransactionDetail | None = None
        self.register_kwh: float | None = None
        self.range_hours: float | None = None
        self.history_loads = 0  # finished loads (tests wait on it)
        self.setObjectName(f"connector_detail_{cp_id}_{connector_no}")
        self.setWindowTitle(tr("{charger} · connector {number}").format(
            charger=cp_id, number=connector_no))
        self.setModal(False)
        self.resize(1100, 760)

        root = QVBoxLayout(self)
        head = QHBoxLayout()
        self.icon = QLabel()
        self.title = QLabel()
        self.title.setObjectName("detail_title")
        f = self.title.font()
        f.setPointSizeF(f.pointSizeF() * 1.4)
        f.setBold(True)
        self.title.setFont(f)
        self.status_label = QLabel()
        self.status_label.setObjectName("status_label")
        sf = self.status_label.font()
        sf.setPointSizeF(sf.pointSizeF() * 1.2)
        self.status_label.setFont(sf)
        head.addWidget(self.icon)
        head.addWidget(self.title)
        head.addWidget(self.status_label, 1)
        root.addLayout(head)

        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        ll = QVBoxLayout(left)
        ll.setContentsMargins(0, 0, 0, 0)
        box = QGroupBox(tr("Transaction"))
        form = QFormLayout(box)
        self.fields: dict[str, QLabel] = {}
        for key, label in (("transaction", tr("Transaction:")), ("state", tr("State:")),
                           ("tag", tr("Id tag:")), ("driver", tr("Driver:")),
                           ("vehicle", tr("Vehicle:")), ("start", tr("Started:")),
                           ("duration", tr("Duration:")), ("energy", tr("Energy:")),
                           ("cost", tr("Cost:")), ("reason", tr("Stop reason:"))):
            value = QLabel("—")
            value.setObjectName(f"tx_{key}")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
            self.fields[key] = value
            form.addRow(label, value)
        ll.addWidget(box)
        act = QGroupBox(tr("Actions"))
        al = QVBoxLayout(act)
        self.stop_button = QPushButton(tr("Stop charging"))
        self.stop_button.setObjectName("stop_button")
        self.stop_button.setToolTip(tr("Ask the charger to end this transaction (RemoteStop)"))
        self.stop_button.clicked.connect(self.ask_remote_stop)
        al.addWidget(self.stop_button)
        al.addWidget(QLabel(tr("Force close a transaction the charger never stopped:")))
        self.reason = QLineEdit()
        self.reason.setObjectName("force_reason")
        self.reason.setPlaceholderText(tr("reason (required), e.g. charger replaced"))
        self.reason_error = QLabel()
        self.reason_error.setObjectName("reason_error")
        self.reason_error.setStyleSheet("color: #B3161B; font-weight: bold;")
        self.reason_error.hide()
        self.force_button = QPushButton(tr("Force close"))
        self.force_button.setObjectName("force_button")
        self.force_button.clicked.connect(self.force_close)
        al.addWidget(self.reason)
        al.addWidget(self.reason_error)
        al.addWidget(self.force_button)
        ll.addWidget(act)
        self.outcome = OutcomeLine()
        ll.addWidget(self.outcome)
        ll.addStretch(1)
        split.addWidget(left)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        bar = QHBoxLayout()
        bar.addWidget(QLabel(tr("Show:")))
        self.range_group = QButtonGroup(self)
        self.range_group.setExclusive(True)
        self.range_buttons: dict[str, QPushButton] = {}
        for i, (label, _hours) in enumerate(RANGES):
            b = QPushButton(range_title(label))
            b.setCheckable(True)
            b.setObjectName(f"range_{label.replace(' ', '_')}")
            self.range_group.addButton(b, i)
            self.range_buttons[label] = b
            bar.addWidget(b)
        self.range_group.idClicked.connect(self._on_range)
        self.loading = QLabel("")
        self.loading.setObjectName("loading_label")
        bar.addWidget(self.loading, 1)
        rl.addLayout(bar)
        self.chart = SessionChart()
        self.chart.setMinimumHeight(360)
        rl.addWidget(self.chart, 3)
        self.table_title = QLabel("<b>" + tr("Meter values") + "</b>")
        rl.addWidget(self.table_title)
        self.meter_model = RowsModel(meter_columns(), parent=self)
        self.table = QTableView()
        self.table.setObjectName("meter_table")
        self.table.setModel(self.meter_model)
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for col in (0, self.meter_model.columnCount() - 1):  # time and context: as wide as their text
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        rl.addWidget(self.table, 2)
        split.addWidget(right)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 770])
        root.addWidget(split, 1)

        self._load_state()
        b = ctx.bridge
        b.meter_batch.connect(self._on_meters)
        b.connector_status.connect(self._on_status)
        b.transaction_started.connect(self._on_tx_event)
        b.transaction_ended.connect(self._on_tx_event)
        b.charger_connected.connect(self._on_connection)
        b.charger_disconnected.connect(self._on_connection)
        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._show_duration)
        self._clock.start()
        self.range_buttons["Session" if self.tx is not None else "1 h"].setChecked(True)
        self.select_range(0 if self.tx is not None else 1)

    # ------------------------------------------------------------------ state
    def _load_state(self) -> None:
        # Meter samples and statuses are written in batches; commit what has arrived so
        # the page shows everything the tiles already showed (a few ms, on opening; the
        # database thread's own commit may be up to its interval away)
        self.services.writer.flush()
        cp = lq.charger_state(self.cp_id)
        name = cp.name if cp is not None else self.cp_id
        self.title.setText(tr("{charger} · connector {number}").format(
            charger=name, number=self.connector_no))
        conn = lq.connector_state(self.cp_id, self.connector_no)
        self.ocpp_status = conn.ocpp_status if conn else None
        self.error_code = conn.error_code if conn else None
        self.register_kwh = conn.last_meter_kwh if conn else None
        self._show_status()
        self._set_tx(lq.latest_transaction(self.cp_id, self.connector_no))

    @property
    def online(self) -> bool:
        return self.cp_id in self.services.chargers.connected

    def _show_status(self) -> None:
        st = style_for(self.ocpp_status, self.online)
        self.icon.setPixmap(status_icon(self.ocpp_status, self.online, 28).pixmap(28, 28))
        text = st.label
        if self.error_code and self.error_code != "NoError":
            text = tr("{status} · error {code}").format(status=text, code=self.error_code)
        if not self.online and self.ocpp_status:
            text = tr("{status} (last reported: {reported})").format(
                status=text, reported=style_for(self.ocpp_status).label)
        self.status_label.setText(text)
        self.status_label.setToolTip(st.description)

    def _set_tx(self, tx: lq.TransactionDetail | None) -> None:
        self.tx = tx
        f = self.fields
        if tx is None:
            for label in f.values():
                label.setText("—")
            f["transaction"].setText(tr("none on this connector yet"))
        else:
            f["transaction"].setText(tx.transaction_id)
            state = tr("running") if tx.active else fmt.label(tx.status).lower()
            if tx.zombie:
                state = tr("{state} — not stopped by the charger (force close it with a "
                           "reason)").format(state=state)
            if tx.closed_by:
                state = tr("{state} — closed by {operator}").format(state=state,
                                                                     operator=tx.closed_by)
            f["state"].setText(state)
            f["tag"].setText(tx.id_tag or "—")
            f["driver"].setText(tx.driver or "—")
            f["vehicle"].setText(tx.vehicle or "—")
            f["start"].setText(local_time(tx.start_time))
            if tx.total_cost is not None:
                f["cost"].setText(fmt.money(tx.total_cost, tx.currency or None))
            else:
                f["cost"].setText(tr("calculated when the session ends") if tx.active else "—")
            f["reason"].setText(fmt.stop_reason(tx.stop_reason, "—"))
            self._show_energy()
            self._show_duration()
        active = tx is not None and tx.active
        self.stop_button.setEnabled(active)
        self.force_button.setEnabled(active)
        self.reason.setEnabled(active)

    def _show_energy(self) -> None:
        tx = self.tx
        if tx is None:
            return
        if not tx.active:
            text = fmt.kwh(tx.total_energy_kwh) if tx.total_energy_kwh is not None else (
                tr("needs review ({flag})").format(flag=tx.energy_flag) if tx.energy_flag
                else "—")
        elif self.register_kwh is not None:
            text = tr("{energy} (so far)").format(
                energy=fmt.kwh(max(0.0, self.register_kwh - tx.start_meter_kwh)))
        else:
            text = tr("no meter value yet")
        self.fields["energy"].setText(text)

    def _show_duration(self) -> None:
        tx = self.tx
        if tx is None:
            return
        end = as_utc(tx.end_time) if tx.end_time is not None else utcnow()
        self.fields["duration"].setText(format_elapsed((end - tx.start_time).total_seconds()))

    # ------------------------------------------------------------------ history
    def _on_range(self, button_id: int) -> None:
        self.select_range(button_id)

    def select_range(self, button_id: int) -> None:
        label, hours = RANGES[button_id]
        self.range_buttons[label].setChecked(True)
        self.range_hours = hours
        self.tasks.spawn(self.load_history())

    @property
    def live(self) -> bool:
        """New samples extend the chart (a time range, or the running session)."""
        return self.range_hours is not None or (self.tx is not None and self.tx.active)

    async def load_history(self) -> None:
        hours = self.range_hours
        tx = self.tx
        self.loading.setText(tr("Loading…"))
        await self.services.writer.durable()  # read what has arrived (committed off the loop)
        try:
            if hours is None:
                points = await read(lq.transaction_meter_values, tx.transaction_id) if tx else []
                table = points
            else:
                since = lq.range_start(hours)
                points = await read(lq.meter_history, self.cp_id, self.connector_no, since)
                table = (await read(lq.transaction_meter_values, tx.transaction_id)
                         if tx is not None else points)
        except Exception:
            log.exception("could not read the meter history")
            if isValid(self):
                self.loading.setText(tr("Could not read the history (see the log)"))
            return
        if not isValid(self) or hours != self.range_hours:
            return  # closed, or another range was chosen meanwhile
        self.chart.set_points(points)
        if hours is None:
            self.chart.set_window(None, None)
        else:
            now = utcnow().timestamp()
            self.chart.set_window(now - hours * 3600, now)
        self.meter_model.set_rows(list(reversed(table[-TABLE_LIMIT:])))
        if tx is not None:
            title = tr("<b>Meter values</b> of transaction {transaction} ({count}, newest "
                       "first)").format(transaction=tx.transaction_id,
                                        count=fmt.integer(len(table)))
        else:
            title = tr("<b>Meter values</b> of the selected range ({count}, newest "
                       "first)").format(count=fmt.integer(len(table)))
        self.table_title.setText(title)
        self.loading.setText(tr("{count} samples").format(count=fmt.integer(len(points)))
                             if points else tr("No samples in this range"))
        self.history_loads += 1

    # ------------------------------------------------------------------ live
    def _mine(self, e: Any) -> bool:
        return bool(e.charge_point_id == self.cp_id and e.connector_id == self.connector_no)

    def _on_meters(self, batch: list[ev.MeterSampled]) -> None:
        for m in batch:
            if not self._mine(m):
                continue
            if m.energy_kwh is not None:
                self.register_kwh = m.energy_kwh
                self._show_energy()
            if self.live:
                self.chart.append(as_utc(m.timestamp).timestamp(), m.power_kw, m.current_a, m.soc)
            if self.tx is not None and self.tx.active and m.transaction_id == self.tx.transaction_id:
                self.meter_model.insert_rows(0, [lq.MeterPoint(
                    as_utc(m.timestamp), m.energy_kwh, m.power_kw, m.current_a, m.voltage_v,
                    m.soc, None)])

    def _on_status(self, e: ev.ConnectorStatusChanged) -> None:
        if self._mine(e):
            self.ocpp_status, self.error_code = e.ocpp_status, e.error_code
            self._show_status()

    def _on_connection(self, e: Any) -> None:
        if e.charge_point_id == self.cp_id:
            self._show_status()

    def _on_tx_event(self, e: ev.TransactionStarted | ev.TransactionEnded) -> None:
        if not self._mine(e):
            return
        started = isinstance(e, ev.TransactionStarted)
        self._set_tx(lq.latest_transaction(self.cp_id, self.connector_no))
        if started and self.range_hours is None:
            self.tasks.spawn(self.load_history())

    # ------------------------------------------------------------------ actions
    def ask_remote_stop(self) -> None:
        tx = self.tx
        if tx is None or not tx.active:
            return
        confirm(self, tr("Stop charging"),
                tr("Stop transaction {transaction} on {charger} connector {number}?").format(
                    transaction=tx.transaction_id, charger=self.cp_id,
                    number=self.connector_no),
                tr("Stop charging"), self.remote_stop,
                tr("The charger ends the session; the driver has to start it again."))

    @async_slot
    async def remote_stop(self) -> None:
        tx = self.tx
        if tx is None or not tx.active:
            return
        await run_command(self.outcome,
                          tr("Stop transaction {transaction}").format(
                              transaction=tx.transaction_id),
                          self.commands.remote_stop(self.cp_id, tx.transaction_id),
                          self.stop_button)

    def force_close(self) -> bool:
        tx = self.tx
        if tx is None or not tx.active:
            return False
        reason = self.reason.text().strip()
        if not reason:
            self.reason_error.setText(tr("⚠ give a reason: it is kept with the transaction"))
            self.reason_error.show()
            self.reason.setFocus()
            return False
        self.reason_error.hide()
        operator = str(self.ctx.extras.get("operator") or "operator")  # stored, not shown
        try:
            result = self.services.charging.force_close(tx.transaction_id, operator, reason)
        except (ValueError, LookupError) as exc:
            self.outcome.message(tr("Force close of {transaction} refused: {reason}").format(
                transaction=tx.transaction_id, reason=translated(message_of(exc))), ok=False)
            return False
        if result.energy_flag:
            text = tr("Transaction {transaction} force-closed by {operator}; energy flagged "
                      "{flag}").format(transaction=tx.transaction_id, operator=operator,
                                       flag=result.energy_flag)
        else:
            text = tr("Transaction {transaction} force-closed by {operator}").format(
                transaction=tx.transaction_id, operator=operator)
        self.outcome.message(text)
        self.reason.clear()
        self._set_tx(lq.transaction_detail(tx.transaction_id))
        return True

    def closeEvent(self, event: Any) -> None:
        self._clock.stop()
        self.tasks.cancel_all()
        b = self.ctx.bridge
        for signal, slot in ((b.meter_batch, self._on_meters), (b.connector_status, self._on_status),
                             (b.transaction_started, self._on_tx_event),
                             (b.transaction_ended, self._on_tx_event),
                             (b.charger_connected, self._on_connection),
                             (b.charger_disconnected, self._on_connection)):
            try:
                signal.disconnect(slot)
            except (RuntimeError, TypeError):
                pass
        super().closeEvent(event)
