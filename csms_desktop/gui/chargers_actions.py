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
from csms_desktop.gui.i18n import tr
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
        return tr("give the URL the charger should use")
    if url.scheme not in URL_SCHEMES or not url.netloc:
        return tr("the URL must start with ftp://, sftp://, http:// or https:// and name a host")
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
            tag_edit.setPlaceholderText(tr("pick or type an id tag"))
        self.start_button = _button(tr("Start", "button: start charging"), "start_button", self.remote_start)
        left.addWidget(_form_box(tr("Start charging (remote start)"), "box_start",
                                 [(tr("Connector"), self.start_connector),
                                  (tr("Id tag"), self.start_tag)],
                                 self.start_button))

        self.stop_tx = named(QComboBox(), "stop_tx")
        self.stop_button = _button(tr("Stop"), "stop_button", self.ask_remote_stop)
        left.addWidget(_form_box(tr("Stop charging (remote stop)"), "box_stop",
                                 [(tr("Transaction"), self.stop_tx)], self.stop_button))

        box, g = _box(tr("Reset"), "box_reset")
        # the safe choice is the wide one; both ask first (each ends the running sessions)
        self.soft_button = _button(tr("Soft reset"), "soft_reset_button", self.ask_soft_reset,
                                   toolTip=tr("Stops transactions and restarts the software"))
        self.hard_button = _button(tr("Hard reset…"), "hard_reset_button", self.ask_hard_reset,
                                   toolTip=tr("Reboots the charger (power cycle): use when a "
                                              "soft reset does not help"))
        self.soft_button.setDefault(True)
        self.hard_button.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        g.addWidget(self.soft_button, 0, 0)
        g.addWidget(self.hard_button, 0, 1)
        g.setColumnStretch(0, 3)
        g.setColumnStretch(1, 1)
        left.addWidget(box)

        self.unlock_connector = QComboBox()
        self.unlock_button = _button(tr("Unlock"), "unlock_button", self.unlock)
        left.addWidget(_form_box(tr("Unlock connector"), "box_unlock",
                                 [(tr("Connector"), self.unlock_connector)], self.unlock_button))
        left.addStretch(1)

        box, g = _box(tr("Availability"), "box_availability")
        self.avail_target = QComboBox()
        self.operative_button = _button(tr("Make operative"), "operative_button",
                                        self.make_operative)
        self.inoperative_button = _button(tr("Make inoperative"), "inoperative_button",
                                          self.make_inoperative)
        self.maintenance = QCheckBox(
            tr("Maintenance mode (charger inoperative, flagged for repair)"))
        self.maintenance.setObjectName("maintenance_check")
        self.maintenance.clicked.connect(self.toggle_maintenance)
        g.addWidget(QLabel(tr("Target")), 0, 0)
        g.addWidget(self.avail_target, 0, 1, 1, 2)
        g.addWidget(self.operative_button, 1, 1)
        g.addWidget(self.inoperative_button, 1, 2)
        g.addWidget(self.maintenance, 2, 0, 1, 3)
        right.addWidget(box)

        self.trigger_message = QComboBox()
        self.trigger_message.addItems(TRIGGERS)
        self.trigger_connector = QComboBox()
        self.trigger_button = _button(tr("Ask the charger"), "trigger_button", self.trigger)
        right.addWidget(_form_box(tr("Trigger message"), "box_trigger",
                                  [(tr("Message"), self.trigger_message),
                                   (tr("Connector"), self.trigger_connector)],
                                  self.trigger_button))

        self.firmware_url = named(QLineEdit(), "firmware_url",
                                  placeholderText="https://example.com/firmware.bin")
        self.firmware_when = QDateTimeEdit()
        fmt.prepare_edit(self.firmware_when)
        self.firmware_when.setDateTime(fmt.to_qdatetime(fmt.utcnow()))
        self.firmware_when.setCalendarPopup(True)
        self.firmware_when.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.firmware_button = _button(tr("Update firmware"), "firmware_button",
                                       self.update_firmware)
        right.addWidget(_form_box(tr("Firmware update"), "box_firmware",
                                  [(tr("URL"), self.firmware_url),
                                   (tr("Not before"), self.firmware_when)],
                                  self.firmware_button))

        self.diag_url = named(QLineEdit(), "diagnostics_url",
                              placeholderText="ftp://user:password@example.com/uploads/")
        self.diag_button = _button(tr("Get diagnostics"), "diagnostics_button",
                                   self.get_diagnostics)
        right.addWidget(_form_box(tr("Diagnostics / log upload"), "box_diagnostics",
                                  [(tr("Upload to"), self.diag_url)], self.diag_button))
        right.addStretch(1)

    # ------------------------------------------------------------------ data
    def set_charger(self, cp: ChargePointRow | None, connectors: list[ConnectorRow]) -> None:
        same = self.cp is not None and cp is not None and self.cp.id == cp.id
        self.cp = cp
        self.connectors = connectors
        nos = [c.connector_no for c in connectors]
        each = [(tr("Connector {number}").format(number=n), n) for n in nos]
        self._fill(self.start_connector, [(tr("Any free connector"), None), *each], keep=same)
        self._fill(self.unlock_connector,
                   each or [(tr("Connector {number}").format(number=1), 1)], keep=same)
        self._fill(self.avail_target, [(tr("Whole charger"), 0), *each], keep=same)
        self._fill(self.trigger_connector, [(tr("Whole charger"), None), *each], keep=same)
        txs = [(tr("Transaction {id} on connector {number}").format(
                    id=c.active_transaction_id, number=c.connector_no),
                c.active_transaction_id) for c in connectors if c.active_transaction_id]
        self._fill(self.stop_tx, txs or [(tr("No transaction running"), None)], keep=True)
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
            self.outcome.message(tr("Select a charge point first"), ok=False)
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
        what = tr("Remote start on {charger}").format(charger=cp_id)
        if not tag:
            self._refuse(what, tr("pick or type an id tag"))
            return
        if len(tag) > ID_TAG_MAX:
            self._refuse(what, tr("an id tag has at most {count} characters").format(
                count=ID_TAG_MAX))
            return
        what = tr("Remote start on {charger} with tag {tag}").format(charger=cp_id, tag=tag)
        await run_command(self.outcome, what, self.commands.remote_start(
            cp_id, self.start_connector.currentData(), tag), self.start_button)

    def ask_remote_stop(self) -> None:
        cp_id, tx = self._id(), self.stop_tx.currentData()
        if cp_id is None or tx is None:
            return
        confirm(self, tr("Stop charging"),
                tr("Stop transaction {id} on {charger}?").format(id=tx, charger=cp_id),
                tr("Stop charging"), self.remote_stop,
                tr("The charger ends the session; the driver has to start it again."))

    def ask_soft_reset(self) -> None:
        cp_id = self._id()
        if cp_id is not None:
            confirm(self, tr("Soft reset"), tr("Soft reset {charger}?").format(charger=cp_id),
                    tr("Soft reset"), self.soft_reset,
                    tr("Running sessions on this charger stop."))

    def ask_hard_reset(self) -> None:
        cp_id = self._id()
        if cp_id is not None:
            confirm(self, tr("Hard reset"),
                    tr("Hard reset (reboot) {charger}?").format(charger=cp_id),
                    tr("Hard reset"), self.hard_reset,
                    tr("Running sessions stop and the charger is offline until it has "
                       "rebooted. Try a soft reset first."))

    @async_slot
    async def remote_stop(self) -> None:
        cp_id = self._id()
        tx = self.stop_tx.currentData()
        if cp_id is None or tx is None:
            return
        await run_command(self.outcome, tr("Remote stop of transaction {id} on {charger}")
                          .format(id=tx, charger=cp_id),
                          self.commands.remote_stop(cp_id, str(tx)), self.stop_button)

    async def _reset(self, hard: bool) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        what = (tr("Hard reset of {charger}") if hard
                else tr("Soft reset of {charger}")).format(charger=cp_id)
        await run_command(self.outcome, what,
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
        await run_command(self.outcome, tr("Unlock connector {number} of {charger}")
                          .format(number=no, charger=cp_id),
                          self.commands.unlock(cp_id, no), self.unlock_button)

    async def _availability(self, available: bool) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        target = int(self.avail_target.currentData() or 0)
        if target == 0:
            what = (tr("Make the whole charger {charger} operative") if available
                    else tr("Make the whole charger {charger} inoperative"))
        else:
            what = (tr("Make connector {number} of {charger} operative") if available
                    else tr("Make connector {number} of {charger} inoperative"))
        await run_command(self.outcome, what.format(charger=cp_id, number=target),
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
        what = (tr("Maintenance on for {charger} (ChangeAvailability Inoperative)") if on
                else tr("Maintenance off for {charger} (ChangeAvailability Operative)"))
        await run_command(
            self.outcome, what.format(charger=cp_id),
            self.commands.change_availability(cp_id, 0, not on), self.maintenance)

    @async_slot
    async def trigger(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        message = self.trigger_message.currentText()
        no = self.trigger_connector.currentData()
        await run_command(self.outcome, tr("Trigger {message} on {charger}")
                          .format(message=message, charger=cp_id),
                          self.commands.trigger_message(cp_id, message, no), self.trigger_button)

    @async_slot
    async def update_firmware(self) -> None:
        cp_id = self._id()
        if cp_id is None:
            return
        what = tr("Firmware update of {charger}").format(charger=cp_id)
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
        what = tr("Diagnostics upload from {charger}").format(charger=cp_id)
        url = self.diag_url.text().strip()
        problem = url_problem(url)
        if problem:
            self._refuse(what, problem)
            return
        await run_command(self.outcome, what, self.commands.get_diagnostics(cp_id, url),
                          self.diag_button)
