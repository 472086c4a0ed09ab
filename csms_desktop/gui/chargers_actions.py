"""Commands an operator sends to one charge point (the "Actions" tab of Charge points).

Every button runs an ``@asyncSlot`` that awaits the version-neutral ``Commands`` method and
shows the outcome on the page's status line; nothing blocks the loop while the charger
answers.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlparse

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import async_slot, run_command
from csms_desktop.gui.widgets.confirm import confirm
from csms_desktop.gui.widgets.field_errors import named
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.protocol.commands import CommandResult, Outcome
from csms_desktop.services.live_queries import ChargePointRow, ConnectorRow, TagOption

TRIGGERS = ("StatusNotification", "MeterValues", "Heartbeat", "BootNotification",
            "FirmwareStatusNotification", "DiagnosticsStatusNotification")
URL_SCHEMES = ("ftp", "ftps", "sftp", "http", "https")
ID_TAG_MAX = 20  # OCPP 1.6 IdToken (CiString20)


def url_problem(text: str) -> str | None:
    url = urlparse(text.strip())
    if not text.strip():
        return "give the URL the charger should use"
    if url.scheme not in URL_SCHEMES or not url.netloc:
        return "the URL must start with ftp://, sftp://, http:// or https:// and name a host"
    return None


def _box(title: str, name: str) -> tuple[QGroupBox, QGridLayout]:
    box = QGroupBox(title)
    box.setObjectName(name)
    grid = QGridLayout(box)
    grid.setColumnStretch(1, 1)
    return box, grid


def _button(text: str, name: str, slot: Callable[..., object], **props: Any) -> QPushButton:
    button = named(QPushButton(text), name, **props)
    button.clicked.connect(slot)
    return button


def _form_box(title: str, name: str, rows: list[tuple[str, QWidget]],
              button: QPushButton) -> QGroupBox:
    """A titled box: each row's label beside its widget, the button under them."""
    box, grid = _box(title, name)
    for r, (label, widget) in enumerate(rows):
        grid.addWidget(QLabel(label), r, 0)
        grid.addWidget(widget, r, 1)
    grid.addWidget(button, len(rows), 1)
    return box


class ActionsPanel(QScrollArea):
    def __init__(self, ctx: Any, outcome: OutcomeLine, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.commands = ctx.commands
        self.services = ctx.runtime.services
        self.outcome = outcome
        self.cp: ChargePointRow | None = None
        self.connectors: list[ConnectorRow] = []
        self.setWidgetResizable(True)
        host = QWidget()
        self.setWidget(host)
        cols = QHBoxLayout(host)
        left, right = QVBoxLayout(), QVBoxLayout()
        cols.addLayout(left, 1)
        cols.addLayout(right, 1)

        self.start_connector = QComboBox()
        self.start_tag = QComboBox()
        self.start_tag.setEditable(True)
        self.start_tag.setObjectName("start_tag")
        tag_edit = self.start_tag.lineEdit()
        if tag_edit is not None:
            tag_edit.setPlaceholderText("pick or type an id tag")
        self.start_button = _button("Start", "start_button", self.remote_start)
        left.addWidget(_form_box("Start charging (remote start)", "box_start",
                                 [("Connector", self.start_connector), ("Id tag", self.start_tag)],
                                 self.start_button))

        self.stop_tx = named(QComboBox(), "stop_tx")
        self.stop_button = _button("Stop", "stop_button", self.ask_remote_stop)
        left.addWidget(_form_box("Stop charging (remote stop)", "box_stop",
                                 [("Transaction", self.stop_tx)], self.stop_button))

        box, g = _box("Reset", "box_reset")
        # the safe choice is the wide one; both ask first (each ends the running sessions)
        self.soft_button = _button("Soft reset", "soft_reset_button", self.ask_soft_reset,
                                   toolTip="Stops transactions and restarts the software")
        self.hard_button = _button("Hard reset…", "hard_reset_button", self.ask_hard_reset,
                                   toolTip="Reboots the charger (power cycle): use when a "
                                           "soft reset does not help")
        self.soft_button.setDefault(True)
        self.hard_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        g.addWidget(self.soft_button, 0, 0)
        g.addWidget(self.hard_button, 0, 1)
        g.setColumnStretch(0, 3)
        g.setColumnStretch(1, 1)
        left.addWidget(box)

        self.unlock_connector = QComboBox()
        self.unlock_button = _button("Unlock", "unlock_button", self.unlock)
        left.addWidget(_form_box("Unlock connector", "box_unlock",
                                 [("Connector", self.unlock_connector)], self.unlock_button))
        left.addStretch(1)

        box, g = _box("Availability", "box_availability")
        self.avail_target = QComboBox()
        self.operative_button = _button("Make operative", "operative_button",
                                        self.make_operative)
        self.inoperative_button = _button("Make inoperative", "inoperative_button",
                                          self.make_inoperative)
        self.maintenance = QCheckBox("Maintenance mode (charger inoperative, flagged for repair)")
        self.maintenance.setObjectName("maintenance_check")
        self.maintenance.clicked.connect(self.toggle_maintenance)
        g.addWidget(QLabel("Target"), 0, 0)
        g.addWidget(self.avail_target, 0, 1, 1, 2)
        g.addWidget(self.operative_button, 1, 1)
        g.addWidget(self.inoperative_button, 1, 2)
        g.addWidget(self.maintenance, 2, 0, 1, 3)
        right.addWidget(box)

        self.trigger_message = QComboBox()
        self.trigger_message.addItems(TRIGGERS)
        self.trigger_connector = QComboBox()
        self.trigger_button = _button("Ask the charger", "trigger_button", self.trigger)
        right.addWidget(_form_box("Trigger message", "box_trigger",
                                  [("Message", self.trigger_message),
                                   ("Connector", self.trigger_connector)], self.trigger_button))

        self.firmware_url = named(QLineEdit(), "firmware_url",
                                  placeholderText="https://example.com/firmware.bin")
        self.firmware_when = QDateTimeEdit()
        fmt.prepare_edit(self.firmware_when)
        self.firmware_when.setDateTime(fmt.to_qdatetime(fmt.utcnow()))
        self.firmware_when.setCalendarPopup(True)
        self.firmware_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.firmware_button = _button("Update firmware", "firmware_button", self.update_firmware)
        right.addWidget(_form_box("Firmware update", "box_firmware",
                                  [("URL", self.firmware_url), ("Not before", self.firmware_when)],
                                  self.firmware_button))

        self.diag_url = named(QLineEdit(), "diagnostics_url",
                              placeholderText="ftp://user:password@example.com/uploads/")
        self.diag_button = _button("Get diagnostics", "diagnostics_button", self.get_diagnostics)
        right.addWidget(_form_box("Diagnostics / log upload", "box_diagnostics",
                                  [("Upload to", self.diag_url)], self.diag_button))
        right.addStretch(1)

    # ------------------------------------------------------------------ data
    def set_charger(self, cp: ChargePointRow | None, connectors: list[ConnectorRow]) -> None:
        same = self.cp is not None and cp is not None and self.cp.id == cp.id
        self.cp = cp
        self.connectors = connectors
        nos = [c.connector_no for c in connectors]
        self._fill(self.start_connector, [("Any free connector", None)]
                   + [(f"Connector {n}", n) for n in nos], keep=same)
        self._fill(self.unlock_connector, [(f"Connector {n}", n) for n in nos] or
                   [("Connector 1", 1)], keep=same)
        self._fill(self.avail_target, [("Whole charger", 0)]
                   + [(f"Connector {n}", n) for n in nos], keep=same)
        self._fill(self.trigger_connector, [("Whole charger", None)]
                   + [(f"Connector {n}", n) for n in nos], keep=same)
        txs = [(f"Transaction {c.active_transaction_id} on connector {c.connector_no}",
                c.active_transaction_id) for c in connectors if c.active_transaction_id]
        self._fill(self.stop_tx, txs or [("No transaction running", None)], keep=True)
        self.stop_button.setEnabled(bool(txs))
        self.maintenance.setChecked(bool(cp and cp.maintenance))
        self.setEnabled(cp is not None)

    def set_tags(self, tags: list[TagOption]) -> None:
        typed = self.start_tag.currentText()
        self.start_tag.clear()
        for t in tags:
            self.start_tag.addItem(t.label, t.id_tag)
        self.start_tag.setEditText(typed)

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, Any]], keep: bool) -> None:
        current = combo.currentData() if keep else None
        combo.clear()
        for text, data in items:
            combo.addItem(text, data)
        if current is not None:
            i = combo.findData(current)
            if i >= 0:
                combo.setCurrentIndex(i)

    def _id(self) -> str | None:
        if self.cp is None:
            self.outcome.message("Select a charge point first", ok=False)
            return None
        return self.cp.id

    def chosen_tag(self) -> str:
        text = self.start_tag.currentText().strip()
        i = self.start_tag.currentIndex()
        if i >= 0 and text == self.start_tag.itemText(i):
            return str(self.start_tag.itemData(i))
        return text.split(" — ", 1)[0].strip()

    def _refuse(self, what: str, why: str) -> None:
        self.outcome.result(what, CommandResult(Outcome.ERROR, detail=why))

    # ------------------------------------------------------------------ actions
    @async_slot
    async def remote_start(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        tag = self.chosen_tag()
        what = f"Remote start on {cp_id}"
        if not tag:
            self._refuse(what, "pick or type an id tag")
            return
        if len(tag) > ID_TAG_MAX:
            self._refuse(what, f"an id tag has at most {ID_TAG_MAX} characters")
            return
        await run_command(self.outcome, f"{what} with tag {tag}", self.commands.remote_start(
            cp_id, self.start_connector.currentData(), tag), self.start_button)

    def ask_remote_stop(self) -> None:
        cp_id, tx = self._id(), self.stop_tx.currentData()
        if cp_id is None or tx is None:
            return
        confirm(self, "Stop charging", f"Stop transaction {tx} on {cp_id}?",
                "Stop charging", self.remote_stop,
                "The charger ends the session; the driver has to start it again.")

    def ask_soft_reset(self) -> None:
        cp_id = self._id()
        if cp_id is not None:
            confirm(self, "Soft reset", f"Soft reset {cp_id}?", "Soft reset", self.soft_reset,
                    "Running sessions on this charger stop.")

    def ask_hard_reset(self) -> None:
        cp_id = self._id()
        if cp_id is not None:
            confirm(self, "Hard reset", f"Hard reset (reboot) {cp_id}?", "Hard reset",
                    self.hard_reset, "Running sessions stop and the charger is offline until "
                    "it has rebooted. Try a soft reset first.")

    @async_slot
    async def remote_stop(self) -> None:
        cp_id = self._id()
        tx = self.stop_tx.currentData()
        if cp_id is None or tx is None:
            return
        await run_command(self.outcome, f"Remote stop of transaction {tx} on {cp_id}",
                          self.commands.remote_stop(cp_id, str(tx)), self.stop_button)

    async def _reset(self, hard: bool) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        kind = "Hard" if hard else "Soft"
        await run_command(self.outcome, f"{kind} reset of {cp_id}",
                          self.commands.reset(cp_id, hard=hard),
                          self.soft_button, self.hard_button)

    @async_slot
    async def soft_reset(self) -> None:
        await self._reset(False)

    @async_slot
    async def hard_reset(self) -> None:
        await self._reset(True)

    @async_slot
    async def unlock(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        no = int(self.unlock_connector.currentData() or 1)
        await run_command(self.outcome, f"Unlock connector {no} of {cp_id}",
                          self.commands.unlock(cp_id, no), self.unlock_button)

    async def _availability(self, available: bool) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        target = int(self.avail_target.currentData() or 0)
        where = "the whole charger" if target == 0 else f"connector {target}"
        word = "operative" if available else "inoperative"
        await run_command(self.outcome, f"Make {where} of {cp_id} {word}",
                          self.commands.change_availability(cp_id, target, available),
                          self.operative_button, self.inoperative_button)

    @async_slot
    async def make_operative(self) -> None:
        await self._availability(True)

    @async_slot
    async def make_inoperative(self) -> None:
        await self._availability(False)

    @async_slot
    async def toggle_maintenance(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        on = self.maintenance.isChecked()
        self.services.chargers.set_maintenance(cp_id, on)
        word = "on" if on else "off"
        await run_command(
            self.outcome, f"Maintenance {word} for {cp_id} (ChangeAvailability "
                          f"{'Inoperative' if on else 'Operative'})",
            self.commands.change_availability(cp_id, 0, not on), self.maintenance)

    @async_slot
    async def trigger(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        message = self.trigger_message.currentText()
        no = self.trigger_connector.currentData()
        await run_command(self.outcome, f"Trigger {message} on {cp_id}",
                          self.commands.trigger_message(cp_id, message, no), self.trigger_button)

    @async_slot
    async def update_firmware(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        what = f"Firmware update of {cp_id}"
        url = self.firmware_url.text().strip()
        problem = url_problem(url)
        if problem:
            self._refuse(what, problem)
            return
        when = fmt.from_qdatetime(self.firmware_when.dateTime())
        await run_command(self.outcome, what, self.commands.update_firmware(cp_id, url, when),
                          self.firmware_button)

    @async_slot
    async def get_diagnostics(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        what = f"Diagnostics upload from {cp_id}"
        url = self.diag_url.text().strip()
        problem = url_problem(url)
        if problem:
            self._refuse(what, problem)
            return
        await run_command(self.outcome, what, self.commands.get_diagnostics(cp_id, url),
                          self.diag_button)
