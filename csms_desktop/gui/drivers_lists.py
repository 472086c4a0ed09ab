"""Local authorization lists per charger: version, what is pending, sync buttons."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from csms_desktop.gui.asyncops import TaskSet, async_slot
from csms_desktop.gui.drivers_panels import make_table, selected_source_row
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.drivers import LocalListRow, LocalListsModel
from csms_desktop.gui.widgets.field_errors import named
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.services.local_list import (
    LocalListService,
    SyncResult,
    compute_lists,
    diff_lists,
    last_sent,
)
from csms_desktop.store.models import ChargePoint

PROTOCOLS = {"OCPP16": "OCPP 1.6", "OCPP20": "OCPP 2.0.1", "OCPP21": "OCPP 2.1"}


def local_list_rows(lists: LocalListService) -> list[LocalListRow]:
    cps = list(ChargePoint.select(ChargePoint.id, ChargePoint.protocol,
                                  ChargePoint.local_list_version).order_by(ChargePoint.id))
    wanted = compute_lists([c.id for c in cps])
    connected = lists.services.chargers.connected
    rows = []
    for c in cps:
        version, sent = last_sent(c.id)
        if sent is None:
            pending = tr("full list, {count} entries").format(count=len(wanted[c.id]))
        else:
            d = diff_lists(sent, wanted[c.id])
            pending = tr("up to date") if d.empty else d.summary()
        if c.id in lists.unsupported:
            pending = tr("no local list on this charger")
        result = lists.results.get(c.id)
        rows.append(LocalListRow(
            c.id, c.id in connected, PROTOCOLS.get(str(c.protocol), str(c.protocol)),
            c.local_list_version if c.local_list_version is not None else version,
            len(sent or {}), pending, str(result) if result else ""))
    return rows


class LocalListsPanel(QWidget):
    def __init__(self, lists: LocalListService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.lists = lists
        self.tasks = TaskSet()
        self.model = LocalListsModel(self)
        self.table = make_table(self.model, "local_lists_table")
        self.outcome = OutcomeLine(self)
        intro = QLabel(tr("Each charger keeps a list of accepted and blocked tags so it can "
                          "decide while offline. Changes to drivers and tags are sent "
                          "automatically (blocks at once); a charger gets its list when it "
                          "boots."))
        intro.setWordWrap(True)
        self.sync_btn = named(QPushButton(tr("Sync selected")), "lists_sync")
        self.full_btn = named(QPushButton(tr("Send full list to selected")), "lists_full")
        self.all_btn = named(QPushButton(tr("Sync all connected")), "lists_sync_all")
        self.sync_btn.clicked.connect(lambda: self.sync_selected(False))
        self.full_btn.clicked.connect(lambda: self.sync_selected(True))
        self.all_btn.clicked.connect(self.sync_all)
        buttons = QHBoxLayout()
        for b in (self.sync_btn, self.full_btn, self.all_btn):
            buttons.addWidget(b)
        buttons.addStretch(1)
        lay = QVBoxLayout(self)
        lay.addWidget(intro)
        lay.addWidget(self.table, 1)
        lay.addLayout(buttons)
        lay.addWidget(self.outcome)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self.refresh)
        self.stale = True

    def refresh_soon(self, *_: object) -> None:
        """After charger events: hidden (another tab or page shown), only marked stale and
        read when shown (a site's chargers would re-read every list for nobody)."""
        if not self.isVisible():
            self.stale = True
        elif not self._timer.isActive():  # not postponed by a steady stream
            self._timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self.model.merge(local_list_rows(self.lists))

    def _selected_cp(self) -> str | None:
        i = selected_source_row(self.table)
        return self.model.row_at(i).charge_point_id if i is not None else None

    def _show(self, result: SyncResult) -> None:
        self.outcome.message(str(result), ok=result.ok)

    def sync_selected(self, full: bool) -> None:
        cp_id = self._selected_cp()
        if cp_id is None:
            self.outcome.message(tr("Select a charge point first"), ok=False)
            return
        self.tasks.spawn(self.run_sync(cp_id, full))

    async def run_sync(self, cp_id: str, full: bool) -> None:
        self.outcome.pending(tr("Local list for {charger}").format(charger=cp_id))
        for b in (self.sync_btn, self.full_btn, self.all_btn):
            b.setEnabled(False)
        try:
            self._show(await self.lists.sync(cp_id, full=full))
        finally:
            for b in (self.sync_btn, self.full_btn, self.all_btn):
                b.setEnabled(True)
            self.refresh()

    @async_slot
    async def sync_all(self) -> None:
        self.outcome.pending(tr("Local lists of every connected charger"))
        results = await self.lists.sync_all()
        if not results:
            self.outcome.message(tr("No charger is connected"), ok=False)
        else:
            bad = [r for r in results if not r.ok]
            text = "; ".join(str(r) for r in (bad or results))
            self.outcome.message(text, ok=not bad)
        self.refresh()
