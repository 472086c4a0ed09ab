"""Reservations | Charging profiles.

Reservations: a timeline (connectors as rows, today and the next days across) with
reservations and transactions as bars. Drag across a connector's row, or fill the form,
to book; right-click a reservation to cancel it. A conflict or an unusable charger is
refused with the reason beside the field and the conflicting booking outlined.

Charging profiles: the profile editor (``gui/profile_editor.py``).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCompleter,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import fmt, forms
from csms_desktop.gui.asyncops import TaskSet, async_slot
from csms_desktop.gui.drivers_panels import (
    from_qdt,
    make_table,
    selected_source_row,
    tag_status_labels,
    to_local_qdt,
)
from csms_desktop.gui.forms.ui_reservation import Ui_ReservationForm
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.models.rows import Column, RowsModel
from csms_desktop.gui.profile_editor import ProfileEditor
from csms_desktop.gui.widgets.field_errors import FieldErrors, named
from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.gui.widgets.timeline import RES_COLOURS, TX_COLOUR, Lane, TimelineWidget
from csms_desktop.services.driver_services import install
from csms_desktop.services.drivers import display_phone
from csms_desktop.services.reservations import ReservationConflict, ReservationRow
from csms_desktop.services.validation import ValidationError
from csms_desktop.store.models import IdTag, User

log = logging.getLogger(__name__)


def _local(dt: datetime) -> str:
    return fmt.day_time(dt)


class ReservationsModel(RowsModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__((
            Column(tr("Start"), lambda r: r.start_time, fmt=_local),
            Column(tr("End"), lambda r: r.end_time, fmt=_local),
            Column(tr("Driver"), lambda r: r.driver),
            Column(tr("Charge point"), lambda r: r.charge_point_id),
            Column(tr("Connector"), lambda r: r.connector_no if r.connector_no else tr("any")),
            Column(tr("Status"), lambda r: reservation_status(r.status)),
            Column(tr("Charger answer"), lambda r: r.sent_status or tr("not sent yet")),
            Column(tr("Id"), lambda r: r.ocpp_reservation_id or ""),
        ), key=lambda r: r.id, parent=parent)


def reservation_status(status: object) -> str:
    """A reservation's stored status in words, in the interface's language."""
    labels = {"ACTIVE": tr("Active", "reservation"), "COMPLETED": tr("Completed", "reservation"),
              "EXPIRED": tr("Expired", "reservation"), "CANCELED": tr("Cancelled", "reservation")}
    text = str(getattr(status, "value", status) or "")
    return labels.get(text, fmt.label(text))


def _day_start(now: datetime) -> datetime:
    return fmt.day_start(now)


class ReservationForm(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reservation_form")
        self.ui = Ui_ReservationForm()  # ui/reservation.ui
        self.ui.setupUi(self)
        self.driver = self.ui.res_driver
        completer = self.driver.completer()
        assert completer is not None
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.cp = self.ui.res_cp
        self.connector = self.ui.res_connector
        self.start = self.ui.res_start
        self.end = self.ui.res_end
        fmt.prepare_edit(self.start)
        fmt.prepare_edit(self.end)
        for w in (self.start, self.end):
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.tag = self.ui.res_tag
        self.errors = FieldErrors()
        forms.attach_errors(self.errors, self.ui, {
            "driver": "res_driver", "charge_point": "res_cp", "connector": "res_connector",
            "start_time": "res_start", "end_time": "res_end", "id_tag": "res_tag"})
        self.create_btn = self.ui.res_create
        self._lanes: list[Lane] = []
        self.driver.currentIndexChanged.connect(self._driver_changed)
        self.cp.currentIndexChanged.connect(self._cp_changed)

    def set_drivers(self) -> None:
        current = self.driver.currentData()
        self.driver.blockSignals(True)
        self.driver.clear()
        for u in User.select().order_by(User.name, User.phone_number):
            phone = display_phone(u.phone_number)
            label = f"{u.name} ({phone})" if u.name else phone
            self.driver.addItem(label, u.id)
        i = self.driver.findData(current)
        self.driver.setCurrentIndex(i if i >= 0 else (0 if self.driver.count() else -1))
        self.driver.blockSignals(False)
        self._driver_changed()

    def set_lanes(self, lanes: list[Lane]) -> None:
        current = self.cp.currentText()
        self._lanes = lanes
        self.cp.blockSignals(True)
        self.cp.clear()
        for cp_id in dict.fromkeys(lane.charge_point_id for lane in lanes):
            self.cp.addItem(cp_id)
        self.cp.setCurrentIndex(max(0, self.cp.findText(current)))
        self.cp.blockSignals(False)
        self._cp_changed()

    def _cp_changed(self, *_: object) -> None:
        cp_id = self.cp.currentText()
        current = self.connector.currentData()
        self.connector.clear()
        self.connector.addItem(tr("any connector"), None)
        for lane in self._lanes:
            if lane.charge_point_id == cp_id:
                self.connector.addItem(tr("connector {number} ({status})").format(
                    number=lane.connector_no, status=fmt.label(lane.status).lower()),
                    lane.connector_no)
        self.connector.setCurrentIndex(max(0, self.connector.findData(current)))

    def _driver_changed(self, *_: object) -> None:
        self.tag.clear()
        self.tag.addItem(tr("the driver's first accepted tag"), None)
        uid = self.driver.currentData()
        if uid:
            labels = tag_status_labels()
            for t in IdTag.select().where(IdTag.user == uid).order_by(IdTag.created_at):
                status = labels.get(str(t.status), str(t.status)).lower()
                self.tag.addItem(f"{t.id_tag} ({status})", t.id_tag)

    def prefill(self, cp_id: str, connector_no: int | None, start: datetime,
                end: datetime) -> None:
        self.cp.setCurrentIndex(max(0, self.cp.findText(cp_id)))
        self._cp_changed()
        self.connector.setCurrentIndex(max(0, self.connector.findData(connector_no)))
        self.start.setDateTime(to_local_qdt(start))
        self.end.setDateTime(to_local_qdt(end))
        self.errors.clear()


class ReservationsTab(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bundle = install(ctx.runtime.services, ctx.commands)
        self.svc = self.bundle.reservations
        self.tasks = TaskSet()
        self.outcome = OutcomeLine(self)
        self.day0 = _day_start(datetime.now(UTC))

        self.prev_btn = named(QPushButton("◀"), "tl_prev")
        self.next_btn = named(QPushButton("▶"), "tl_next")
        self.prev_btn.setToolTip(tr("One day earlier"))
        self.next_btn.setToolTip(tr("One day later"))
        self.today_btn = named(QPushButton(tr("Today")), "tl_today")
        self.days = named(QSpinBox(), "tl_days")
        self.days.setRange(1, 7)
        self.days.setValue(3)
        self.days.setSuffix(tr(" days"))
        self.range_label = named(QLabel(), "tl_range")
        self.send_btn = named(QPushButton(tr("Send due reservations now")), "res_send_due")
        self.send_btn.setToolTip(tr("ReserveNow goes out automatically within the lead time "
                                    "before the start; this does it now."))
        self.prev_btn.clicked.connect(lambda: self.shift(-1))
        self.next_btn.clicked.connect(lambda: self.shift(1))
        self.today_btn.clicked.connect(self.go_today)
        self.days.valueChanged.connect(lambda _v: self.refresh())
        self.send_btn.clicked.connect(self.send_due)
        bar = QHBoxLayout()
        for w in (self.prev_btn, self.today_btn, self.next_btn, self.days, self.range_label):
            bar.addWidget(w)
        bar.addStretch(1)
        bar.addWidget(self._legend())
        bar.addWidget(self.send_btn)

        self.timeline = TimelineWidget()
        self.timeline.drag_created.connect(self._dragged)
        self.timeline.cancel_requested.connect(self.cancel)
        self.timeline.reservation_clicked.connect(self._select_in_table)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.timeline)
        scroll.setMinimumHeight(160)

        self.form = ReservationForm()
        self.form.create_btn.clicked.connect(self.create_reservation)
        self.model = ReservationsModel(self)
        self.table = make_table(self.model, "reservations_table")
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.cancel_btn = named(QPushButton(tr("Cancel selected reservation")), "res_cancel")
        self.cancel_btn.clicked.connect(self._cancel_selected)
        table_box = QWidget()
        tl = QVBoxLayout(table_box)
        tl.setContentsMargins(0, 0, 0, 0)
        tl.addWidget(self.table, 1)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cancel_btn)
        tl.addLayout(row)
        bottom = QSplitter(Qt.Orientation.Horizontal)
        bottom.addWidget(self.form)
        bottom.addWidget(table_box)
        bottom.setSizes([380, 900])
        split = self.split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(scroll)
        split.addWidget(bottom)
        split.setSizes([430, 330])
        split.setStretchFactor(0, 0)
        split.setStretchFactor(1, 1)
        self._fitted_lanes = -1
        lay = QVBoxLayout(self)
        lay.addLayout(bar)
        lay.addWidget(split, 1)
        lay.addWidget(self.outcome)

        # hidden (another page or tab shown), events only mark the timeline stale: it is
        # read again when shown (a site's status events would redraw it for nobody)
        self.stale = True
        self.refreshes = 0
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(300)
        self._refresh_timer.timeout.connect(self.refresh)
        self._clock = QTimer(self)
        self._clock.setInterval(60_000)
        self._clock.timeout.connect(self.refresh_soon)
        self._clock.start()
        b = ctx.bridge
        for sig in (b.notification, b.transaction_started, b.transaction_ended,
                    b.connector_status, b.charger_updated):
            sig.connect(self.refresh_soon)
        self.form.set_drivers()
        now = datetime.now(UTC)
        start = now.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        self.form.start.setDateTime(to_local_qdt(start))
        self.form.end.setDateTime(to_local_qdt(start + timedelta(hours=1)))

    @staticmethod
    def _legend() -> QLabel:
        def chip(colour: str, text: str, fg: str = "#FFFFFF") -> str:
            return (f"<span style='background:{colour}; color:{fg}'>&nbsp;{text}&nbsp;</span>")
        now = tr("now")  # (tr() inside an f-string is not seen by lupdate)
        label = QLabel(" ".join((
            chip(RES_COLOURS["ACTIVE"][0], tr("reserved")),
            chip(RES_COLOURS["COMPLETED"][0], tr("used"), RES_COLOURS["COMPLETED"][1]),
            chip(RES_COLOURS["EXPIRED"][0], tr("expired"), RES_COLOURS["EXPIRED"][1]),
            chip(RES_COLOURS["CANCELED"][0], tr("cancelled"), RES_COLOURS["CANCELED"][1]),
            chip(TX_COLOUR, tr("charging")),
            f"<span style='color:#D32F2F'>│ {now}</span>")))
        label.setObjectName("tl_legend")
        return label

    # -------------------------------------------------------------- data
    def time_window(self) -> tuple[datetime, datetime]:
        return self.day0, self.day0 + timedelta(days=self.days.value())

    def refresh_soon(self, *_: object) -> None:
        if not self.isVisible():
            self.stale = True
        elif not self._refresh_timer.isActive():  # not postponed by a steady stream
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.form.set_drivers()  # drivers registered since the page was built
        if self.stale:
            self.refresh()

    def refresh(self) -> None:
        self.stale = False
        self.refreshes += 1
        start, end = self.time_window()
        site = self.ctx.extras.get("site")  # the window's site selector
        lanes = [Lane(cp, n, st) for cp, n, st in self.svc.lanes(site)]
        reservations = self.svc.rows(start, end, site=site)
        txs = self.svc.transaction_bars(start, end, site)
        self.timeline.set_window(start, end)
        self.timeline.set_data(lanes, reservations, txs, datetime.now(UTC))
        self.model.merge(reservations)
        if len(lanes) != self._fitted_lanes:  # the timeline as tall as its lanes (up to half)
            self._fitted_lanes = len(lanes)
            total = sum(self.split.sizes()) or 760
            top = min(max(self.timeline.sizeHint().height() + 6, 160), total // 2)
            self.split.setSizes([top, total - top])
        self.form.set_lanes(lanes)
        last = end - timedelta(seconds=1)
        self.range_label.setText(f"{fmt.day_label(start)} – {fmt.day_label(last)}")

    def shift(self, days: int) -> None:
        self.day0 += timedelta(days=days)
        self.refresh()

    def go_today(self) -> None:
        self.day0 = _day_start(datetime.now(UTC))
        self.refresh()

    def _select_in_table(self, res_id: str) -> None:
        pos = self.model.position(res_id)
        if pos is not None:
            proxy = self.table.model()
            self.table.selectRow(proxy.mapFromSource(self.model.index(pos, 0)).row())  # type: ignore[attr-defined]

    # -------------------------------------------------------------- create
    def _dragged(self, cp_id: str, connector_no: int, start: datetime, end: datetime) -> None:
        self.form.prefill(cp_id, connector_no, start, end)
        self.outcome.message(tr("{charger} connector {number}, {start} – {end}: choose the "
                                "driver and click Create").format(
                                    charger=cp_id, number=connector_no, start=_local(start),
                                    end=fmt.time_of_day(end)))
        self.form.driver.setFocus()

    def create_reservation(self) -> None:
        f = self.form
        f.errors.clear()
        self.timeline.highlight = None
        uid = f.driver.currentData()
        if uid is None or f.driver.currentText() != f.driver.itemText(f.driver.currentIndex()):
            f.errors.show({"driver": tr("choose a driver from the list")})
            return
        try:
            res = self.svc.create(uid, f.cp.currentText(), f.connector.currentData(),
                                  from_qdt(f.start.dateTime()), from_qdt(f.end.dateTime()),
                                  f.tag.currentData())
        except ReservationConflict as exc:
            f.errors.show(exc.errors)
            self._outline_conflict()
            self.outcome.message(tr("Refused: {reasons}").format(reasons="; ".join(exc.errors.values())),
                                 ok=False)
            self.timeline.update()
            return
        except ValidationError as exc:
            f.errors.show(exc.errors)
            self.outcome.message(tr("Not created: correct the fields marked in red"), ok=False)
            return
        self.outcome.message(tr("Reservation created for {driver} on {charger}; ReserveNow goes "
                                "out {minutes} min before the start").format(
                                    driver=f.driver.currentText(), charger=res.charge_point_id,
                                    minutes=self.svc.lead.seconds // 60))
        self.refresh()
        self.timeline.selected = str(res.id)

    def _outline_conflict(self) -> None:
        f = self.form
        start, end = from_qdt(f.start.dateTime()), from_qdt(f.end.dateTime())
        conn = f.connector.currentData()
        for r in self.timeline.reservations:
            if (r.status == "ACTIVE" and r.charge_point_id == f.cp.currentText()
                    and r.start_time < end and start < r.end_time
                    and (conn is None or r.connector_no is None or r.connector_no == conn)):
                self.timeline.highlight = r.id
                return

    # -------------------------------------------------------------- cancel / send
    def _cancel_selected(self) -> None:
        i = selected_source_row(self.table)
        if i is None:
            self.outcome.message(tr("Select a reservation first"), ok=False)
            return
        row: ReservationRow = self.model.row_at(i)
        self.tasks.spawn(self.do_cancel(row.id))

    @async_slot
    async def cancel(self, res_id: str) -> None:
        await self.do_cancel(res_id)

    async def do_cancel(self, res_id: str) -> None:
        self.outcome.pending(tr("Cancelling the reservation"))
        try:
            text = await self.svc.cancel(res_id)
        except ValidationError as exc:
            self.outcome.message("; ".join(exc.errors.values()), ok=False)
            return
        self.outcome.message(tr("Reservation {outcome}").format(outcome=text))
        self.refresh()

    @async_slot
    async def send_due(self) -> None:
        self.outcome.pending(tr("Sending reservations that start soon"))
        rep = await self.svc.tick()
        n = len(rep.sent)
        self.outcome.message((tr("{count} reservation sent, {expired} expired") if n == 1 else
                              tr("{count} reservations sent, {expired} expired")).format(
                                  count=n, expired=len(rep.expired)))
        self.refresh()


class ReservationsPage(QWidget):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        bundle = install(ctx.runtime.services, ctx.commands)
        self.reservations = ReservationsTab(ctx)
        self.profiles = ProfileEditor(bundle.profiles)
        self.tabs = named(QTabWidget(), "reservations_tabs")
        self.tabs.addTab(self.reservations, tr("Reservations"))
        self.tabs.addTab(self.profiles, tr("Charging profiles"))
        self.tabs.currentChanged.connect(self._tab)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.tabs)

    def on_site_changed(self, _site: str | None) -> None:
        self.reservations.refresh_soon()

    def _tab(self, i: int) -> None:
        if i == 1:
            self.profiles.reload_targets()
        else:
            self.reservations.form.set_drivers()
            self.reservations.refresh()


def create(ctx: Any) -> QWidget:
    return ReservationsPage(ctx)


