"""Customer information (OCPP 2.0.1): a driver's data-protection request to the checked
stations: "report" what a station keeps about them and/or "clear" it.

The driver is named by an id tag known here (or typed) or by a customer identifier.
**Send** sends CustomerInformation to each checked station; the NotifyCustomerInformation
parts each station sends back are stored (``v201_customer_information``) and listed as
they arrive (the list is read again every second while a report is incomplete).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import async_slot, read
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.v201_window import StationsWindow, fill, open_window, table
from csms_desktop.services.v201_reads import CustomerPart, customer_parts, id_tags

COLUMNS = (QT_TR_NOOP("Station"), QT_TR_NOOP("Request"), QT_TR_NOOP("Part"),
           QT_TR_NOOP("More to come"), QT_TR_NOOP("Generated"), QT_TR_NOOP("Received"),
           QT_TR_NOOP("What the station keeps"))
POLL_MS = 1000
POLL_ROUNDS = 60  # a report still incomplete after a minute is no longer waited for


class CustomerInformationDialog(StationsWindow):
    PROTOCOLS = None

    def __init__(self, ctx: Any, checked: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, checked, tr("Customer information"),
                         "customer_info_dialog", tr("&Stations (OCPP 2.0.1 and 2.1)"),
                         parent)
        self.requests: list[tuple[str, int]] = []  # (station, requestId) asked from here
        self.reported: set[tuple[str, int]] = set()  # those that asked for a report
        box = QGroupBox(tr("Data-protection request"))
        form = QFormLayout(box)
        self.id_tag = QComboBox()
        self.id_tag.setObjectName("customer_id_tag")
        self.id_tag.setEditable(True)
        self.id_tag.setPlaceholderText(tr("The driver's id tag"))
        self.identifier = QLineEdit()
        self.identifier.setObjectName("customer_identifier")
        self.identifier.setPlaceholderText(tr("Or the station's customer identifier"))
        self.identifier.setMaxLength(64)
        self.report = QCheckBox(tr("&Report what the stations keep about them"))
        self.report.setObjectName("customer_report")
        self.report.setChecked(True)
        self.clear = QCheckBox(tr("C&lear it on the stations"))
        self.clear.setObjectName("customer_clear")
        for text, widget in ((tr("&Id tag"), self.id_tag),
                             (tr("Customer i&dentifier"), self.identifier)):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", self.report)
        form.addRow("", self.clear)
        buttons = QHBoxLayout()
        self.all_button = QPushButton(tr("Check &all stations"))
        self.all_button.setObjectName("customer_all")
        self.all_button.clicked.connect(self.check_all)
        self.send_button = QPushButton(tr("Se&nd to the checked stations"))
        self.send_button.setObjectName("customer_send")
        self.send_button.clicked.connect(self.send)
        buttons.addWidget(self.all_button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        form.addRow(buttons)
        self.body.addWidget(box)

        parts = QGroupBox(tr("What the stations reported"))
        pl = QVBoxLayout(parts)
        self.table = table(COLUMNS, "customer_table")
        self.table.setWordWrap(True)
        pl.addWidget(self.table, 1)
        self.body.addWidget(parts, 1)
        self._polls = 0
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self._poll_once)
        self.finish()
        self.tasks.spawn_if_running(self._load_tags())
        self.resize(1120, 640)

    async def _load_tags(self) -> None:
        tags = await read(id_tags)
        if isValid(self.id_tag):
            current = self.id_tag.currentText()
            self.id_tag.clear()
            self.id_tag.addItems(tags)
            self.id_tag.setEditText(current)

    async def reload(self) -> None:
        rows = await read(customer_parts, list(self.requests))
        if isValid(self.table):
            self._fill(rows)

    def _fill(self, rows: list[CustomerPart]) -> None:
        fill(self.table, [((p.charge_point_id, p.request_id), (
            p.charge_point_id, str(p.request_id), str(p.seq_no),
            tr("yes") if p.tbc else tr("no"), fmt.date_time(p.generated_at, seconds=True),
            fmt.date_time(p.received_at, seconds=True), p.data)) for p in rows])
        self.table.resizeRowsToContents()  # what a station keeps, whole (wrapped)
        waiting = self._incomplete(rows)
        if waiting and self._polls < POLL_ROUNDS:
            if not self._poll.isActive():
                self._poll.start()
        else:
            self._poll.stop()

    def _incomplete(self, rows: list[CustomerPart]) -> bool:
        """A request of the report whose last part (tbc false) has not arrived."""
        done = {(p.charge_point_id, p.request_id) for p in rows if not p.tbc}
        return any(r not in done for r in self.reported)

    def _poll_once(self) -> None:
        self._polls += 1
        self.tasks.spawn_if_running(self.reload())

    @async_slot
    async def send(self) -> None:
        tag, ident = self.id_tag.currentText().strip(), self.identifier.text().strip()
        if bool(tag) == bool(ident):
            return self.refuse(tr("Name the driver by an id tag or a customer identifier "
                                  "(one of them)"), self.id_tag)
        if len(tag) > 36:  # IdTokenType.idToken in 2.0.1
            return self.refuse(tr("An id tag has at most 36 characters"), self.id_tag)
        report, clear = self.report.isChecked(), self.clear.isChecked()
        if not (report or clear):
            return self.refuse(tr("Ask for a report, a clear, or both"), self.report)
        who = {"id_tag": tag or None, "customer_identifier": ident or None}
        results = await self.on_checked(
            tr("Customer information"),
            lambda cp: self.commands.customer_information(cp, report=report, clear=clear,
                                                          **who),
            self.send_button)
        asked = [(cp, int(r.data["request_id"])) for cp, r in results or []
                 if r.ok and r.data.get("request_id") is not None]
        if asked and report:
            self.reported |= set(asked)
            self.requests = asked + [r for r in self.requests if r not in asked]
            self._polls = 0
            await self.reload()


def open_dialog(ctx: Any, checked: list[str] | None, parent: QWidget | None) -> \
        StationsWindow:
    return open_window(CustomerInformationDialog, ctx, checked, parent)
