"""Variable monitoring (OCPP 2.0.1): the monitors of the checked stations, add one,
clear some, the stations' monitoring base and level, and what a monitor's event raises.

* **Ask the stations** sends an unfiltered GetMonitoringReport to each checked station;
  the NotifyMonitoringReport parts replace what is stored (``v201_variable_monitor``).
* **Add** sends SetVariableMonitoring (component, variable, optional EVSE, type, value,
  severity 0 danger .. 9 debug, only during a transaction) to each checked station.
* **Clear selected** sends ClearVariableMonitoring per station for the selected rows.
* **Monitoring base** (SetMonitoringBase: All / FactoryDefault / HardWiredOnly) and
  **level** (SetMonitoringLevel: events of monitors above that severity are not sent).
* **Its event raises**: the operator's choice per monitor of what a NotifyEvent of it
  does here: the default rule (alerts and problems raise a notification), always a
  notification, or only a log line. Chosen when adding, changed for the selected rows.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import async_slot, read
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.v201_window import (
    StationsWindow,
    bind,
    fill,
    open_window,
    selected_keys,
    table,
)
from csms_desktop.services.v201_reads import MonitorRow, monitors, set_monitor_notify

TYPES = (("UpperThreshold", QT_TR_NOOP("Above a value")),
         ("LowerThreshold", QT_TR_NOOP("Below a value")),
         ("Delta", QT_TR_NOOP("Changes by more than")),
         ("Periodic", QT_TR_NOOP("Every (seconds)")),
         ("PeriodicClockAligned", QT_TR_NOOP("Every (seconds, on the clock)")))
#: OCPP 2.0.1 severity levels (part 2, 2.1.3.1)
SEVERITIES = (QT_TR_NOOP("Danger"), QT_TR_NOOP("Hardware failure"),
              QT_TR_NOOP("System failure"), QT_TR_NOOP("Critical"), QT_TR_NOOP("Error"),
              QT_TR_NOOP("Alert"), QT_TR_NOOP("Warning"), QT_TR_NOOP("Notice"),
              QT_TR_NOOP("Informational"), QT_TR_NOOP("Debug"))
RAISES = ((None, QT_TR_NOOP("The default (alerts and problems notify)")),
          (True, QT_TR_NOOP("A notification")),
          (False, QT_TR_NOOP("Only a log line")))
BASES = (("All", QT_TR_NOOP("All monitors")),
         ("FactoryDefault", QT_TR_NOOP("Factory default (custom monitors removed)")),
         ("HardWiredOnly", QT_TR_NOOP("Hard-wired only")))
COLUMNS = (QT_TR_NOOP("Station"), QT_TR_NOOP("Id"), QT_TR_NOOP("Component"),
           QT_TR_NOOP("Variable"), QT_TR_NOOP("Type"), QT_TR_NOOP("Value"),
           QT_TR_NOOP("Severity"), QT_TR_NOOP("In a transaction only"),
           QT_TR_NOOP("Its event raises"), QT_TR_NOOP("Known from"))


def combo(items: tuple[tuple[Any, str], ...], name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for key, text in items:
        box.addItem(tr(text), key)
    return box


def severity_combo(name: str) -> QComboBox:
    box = QComboBox()
    box.setObjectName(name)
    for n, text in enumerate(SEVERITIES):
        box.addItem(f"{n} · {tr(text)}", n)
    return box


class MonitoringDialog(StationsWindow):
    PROTOCOLS = None

    def __init__(self, ctx: Any, checked: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, checked, tr("Monitoring"), "monitoring_dialog",
                         tr("&Stations (OCPP 2.0.1 and 2.1)"), parent)
        add = QGroupBox(tr("New monitor"))
        form = QFormLayout(add)
        self.component = QLineEdit()
        self.component.setObjectName("monitor_component")
        self.component.setPlaceholderText(tr("e.g. EVSE, ChargingStation, OCPPCommCtrlr"))
        self.variable = QLineEdit()
        self.variable.setObjectName("monitor_variable")
        self.variable.setPlaceholderText(tr("e.g. Power, AvailabilityState"))
        self.evse = QSpinBox()
        self.evse.setObjectName("monitor_evse")
        self.evse.setRange(0, 99)
        self.evse.setSpecialValueText(tr("the whole station"))
        self.type = combo(TYPES, "monitor_type")
        self.value = QDoubleSpinBox()
        self.value.setObjectName("monitor_value")
        self.value.setRange(-1e9, 1e9)
        self.value.setDecimals(3)
        self.severity = severity_combo("monitor_severity")
        self.severity.setCurrentIndex(5)
        self.transaction = QCheckBox(tr("Only &during a transaction"))
        self.transaction.setObjectName("monitor_transaction")
        self.raises = combo(RAISES, "monitor_raises")
        for text, widget in ((tr("C&omponent"), self.component), (tr("&Variable"), self.variable),
                             (tr("&EVSE"), self.evse), (tr("&Type"), self.type),
                             (tr("Val&ue"), self.value), (tr("Se&verity"), self.severity),
                             (tr("Its event &raises"), self.raises)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.transaction)
        self.add_button = QPushButton(tr("&Add to the checked stations"))
        self.add_button.setObjectName("monitor_add")
        self.add_button.clicked.connect(self.add)
        form.addRow("", self.add_button)

        level = QGroupBox(tr("Monitoring on the checked stations"))
        lf = QFormLayout(level)
        self.base = combo(BASES, "monitoring_base")
        self.base_button = QPushButton(tr("Set &base"))
        self.base_button.setObjectName("monitoring_base_set")
        self.base_button.clicked.connect(self.set_base)
        self.level = severity_combo("monitoring_level")
        self.level.setCurrentIndex(9)
        self.level_button = QPushButton(tr("Set &level"))
        self.level_button.setObjectName("monitoring_level_set")
        self.level_button.clicked.connect(self.set_level)
        for text, widget, button in ((tr("Base"), self.base, self.base_button),
                                     (tr("Report events up to"), self.level,
                                      self.level_button)):
            row = QHBoxLayout()
            row.addWidget(widget, 1)
            row.addWidget(button)
            label = QLabel(text)
            label.setBuddy(widget)
            lf.addRow(label, row)
        top = QHBoxLayout()
        top.addWidget(add, 3)
        side = QVBoxLayout()
        side.addWidget(level)
        side.addStretch(1)
        top.addLayout(side, 2)
        self.body.addLayout(top)

        stored = QGroupBox(tr("Monitors on the checked stations"))
        sl = QVBoxLayout(stored)
        self.table = table(COLUMNS, "monitor_table")
        sl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.ask_button = QPushButton(tr("As&k the stations"))
        self.ask_button.setObjectName("monitor_ask")
        self.ask_button.setToolTip(tr("Read back the monitors of each checked station"))
        self.ask_button.clicked.connect(self.ask)
        self.clear_button = QPushButton(tr("&Clear selected"))
        self.clear_button.setObjectName("monitor_clear")
        self.clear_button.clicked.connect(self.clear_selected)
        self.change_raises = combo(RAISES, "monitor_change_raises")
        self.raises_button = QPushButton(tr("Apply to selected"))
        self.raises_button.setObjectName("monitor_raises_apply")
        self.raises_button.setToolTip(tr("What an event of the selected monitors raises here"))
        self.raises_button.clicked.connect(self.apply_raises)
        raises_label = QLabel(tr("Their event raises"))
        raises_label.setBuddy(self.change_raises)
        for button in (self.ask_button, self.clear_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for part in (raises_label, self.change_raises, self.raises_button):
            buttons.addWidget(part)
        sl.addLayout(buttons)
        self.body.addWidget(stored, 1)
        self.finish()
        self.resize(1240, 720)

    async def reload(self) -> None:
        rows = await read(monitors, self.checked_ids())
        if isValid(self.table):
            self._fill(rows)

    def _fill(self, rows: list[MonitorRow]) -> None:
        types = {k: tr(v) for k, v in TYPES}
        raises = {k: tr(v) for k, v in RAISES}
        fill(self.table, [((m.charge_point_id, m.monitor_id), (
            m.charge_point_id, str(m.monitor_id),
            m.component + (f" / EVSE {m.evse_id}" if m.evse_id is not None else ""),
            m.variable + (f" ({m.instance})" if m.instance else ""),
            types.get(m.monitor_type, m.monitor_type), fmt.number(m.value),
            f"{m.severity} · {tr(SEVERITIES[m.severity])}" if 0 <= m.severity <= 9
            else str(m.severity),
            tr("yes") if m.transaction else tr("no"), raises[m.notify],
            tr("the station") if m.source == "station" else tr("sent from here")))
            for m in rows])

    # ------------------------------------------------------------------ commands
    @async_slot
    async def add(self) -> None:
        component, variable = self.component.text().strip(), self.variable.text().strip()
        if not component:
            return self.refuse(tr("Name the component"), self.component)
        if not variable:
            return self.refuse(tr("Name the variable"), self.variable)
        kind = self.type.currentData()
        value = self.value.value()
        if kind in ("Periodic", "PeriodicClockAligned", "Delta") and value <= 0:
            return self.refuse(tr("The value must be more than 0 for this type"), self.value)
        monitor = {"component": component, "variable": variable, "type": kind,
                   "value": value, "severity": self.severity.currentData(),
                   "evse": self.evse.value() or None,
                   "transaction": self.transaction.isChecked(),
                   "notify": self.raises.currentData()}
        await self.on_checked(
            tr("Add a monitor"),
            lambda cp: self.commands.set_variable_monitoring(cp, [dict(monitor)]),
            self.add_button)

    @async_slot
    async def ask(self) -> None:
        await self.on_checked(tr("Read the monitors"), self.commands.get_monitoring_report,
                              self.ask_button)

    def _selected(self) -> dict[str, list[int]] | None:
        by_station: dict[str, list[int]] = defaultdict(list)
        for cp_id, monitor_id in selected_keys(self.table):
            by_station[cp_id].append(int(monitor_id))
        if not by_station:
            self.refuse(tr("Select the monitors first"), self.table)
            return None
        return dict(by_station)

    @async_slot
    async def clear_selected(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return

        await self.each(tr("Clear monitors"), [
            (cp, bind(self.commands.clear_variable_monitoring, cp, ids))
            for cp, ids in chosen.items()], self.clear_button)

    @async_slot
    async def apply_raises(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        notify = self.change_raises.currentData()
        n = 0
        for cp_id, ids in chosen.items():
            n += await read(set_monitor_notify, cp_id, ids, notify)
        if isValid(self.outcome):
            self.outcome.message(tr("{n} monitor(s): their event raises {what}").format(
                n=n, what=self.change_raises.currentText()), ok=True)
            await self.reload()

    @async_slot
    async def set_base(self) -> None:
        base = self.base.currentData()
        await self.on_checked(tr("Set the monitoring base"),
                              lambda cp: self.commands.set_monitoring_base(cp, base),
                              self.base_button)

    @async_slot
    async def set_level(self) -> None:
        severity = int(self.level.currentData())
        await self.on_checked(tr("Set the monitoring level"),
                              lambda cp: self.commands.set_monitoring_level(cp, severity),
                              self.level_button)


def open_dialog(ctx: Any, checked: list[str] | None, parent: QWidget | None) -> \
        StationsWindow:
    return open_window(MonitoringDialog, ctx, checked, parent)
