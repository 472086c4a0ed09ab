"""A reservations timeline: one row per connector, time across, bars for reservations and
transactions, a red line for now. Painted with QPainter (no scene graph needed for a few
hundred bars).

Dragging across a row emits ``drag_created(cp_id, connector_no, start, end)`` (snapped to
15 minutes); a right click on a reservation offers to cancel it
(``cancel_requested(reservation id)``); a click selects it (``reservation_clicked``).
A charger-wide reservation is drawn on every connector of that charger, hatched.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QMenu, QSizePolicy, QToolTip, QWidget

from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import tr
from csms_desktop.services.reservations import ReservationRow, TransactionBar

SNAP = timedelta(minutes=15)


def state_word(status: str) -> str:
    """A reservation's state in words ("Active" of a reservation, not of a driver)."""
    words = {"ACTIVE": tr("Active", "reservation"), "COMPLETED": tr("Completed", "reservation"),
             "CANCELED": tr("Canceled", "reservation"), "EXPIRED": tr("Expired", "reservation")}
    return words.get(status, fmt.label(status))

RES_COLOURS = {
    "ACTIVE": ("#8E1F5C", "#FFFFFF"),
    "COMPLETED": ("#B9DCC2", "#0F4D1C"),
    "CANCELED": ("#E4E6E8", "#555B61"),
    "EXPIRED": ("#F3E2C0", "#5C3B00"),
}
TX_COLOUR = "#1450A8"
CONNECTOR_STATUS = {"AVAILABLE": "#1E6E2E", "OCCUPIED": "#1450A8", "RESERVED": "#8E1F5C",
                    "UNAVAILABLE": "#555B61", "FAULTED": "#B3161B"}


@dataclass(frozen=True)
class Lane:
    charge_point_id: str
    connector_no: int
    status: str


def _floor_snap(dt: datetime) -> datetime:
    epoch = datetime(2000, 1, 1, tzinfo=UTC)
    steps = (dt - epoch) // SNAP
    return epoch + steps * SNAP


class TimelineWidget(QWidget):
    drag_created = Signal(str, object, object, object)  # cp_id, connector_no, start, end
    cancel_requested = Signal(str)
    reservation_clicked = Signal(str)

    LABEL_W = 170
    HEADER_H = 44
    ROW_H = 34

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reservation_timeline")
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.lanes: list[Lane] = []
        self.reservations: list[ReservationRow] = []
        self.transactions: list[TransactionBar] = []
        self.start = _floor_snap(datetime.now(UTC))
        self.end = self.start + timedelta(days=1)
        self.now = datetime.now(UTC)
        self.selected: str | None = None
        self.highlight: str | None = None  # a conflicting reservation
        self._drag: tuple[int, datetime, datetime] | None = None

    # -------------------------------------------------------------- data
    def set_window(self, start: datetime, end: datetime) -> None:
        self.start, self.end = start, end
        self.update()

    def set_data(self, lanes: list[Lane], reservations: list[ReservationRow],
                 transactions: list[TransactionBar], now: datetime | None = None) -> None:
        self.lanes = lanes
        self.reservations = reservations
        self.transactions = transactions
        self.now = now or datetime.now(UTC)
        self.updateGeometry()
        self.setMinimumHeight(self.sizeHint().height())
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, self.HEADER_H + max(1, len(self.lanes)) * self.ROW_H + 2)

    # -------------------------------------------------------------- geometry
    def _span_s(self) -> float:
        return max(1.0, (self.end - self.start).total_seconds())

    def x_for(self, dt: datetime) -> float:
        w = self.width() - self.LABEL_W
        return self.LABEL_W + (dt - self.start).total_seconds() / self._span_s() * w

    def time_at(self, x: float) -> datetime:
        w = max(1, self.width() - self.LABEL_W)
        frac = min(1.0, max(0.0, (x - self.LABEL_W) / w))
        return self.start + timedelta(seconds=frac * self._span_s())

    def lane_at(self, y: float) -> int | None:
        i = int((y - self.HEADER_H) // self.ROW_H)
        return i if y >= self.HEADER_H and 0 <= i < len(self.lanes) else None

    def lane_index(self, cp_id: str, connector_no: int) -> int | None:
        for i, lane in enumerate(self.lanes):
            if lane.charge_point_id == cp_id and lane.connector_no == connector_no:
                return i
        return None

    def _lanes_of(self, r: ReservationRow) -> list[int]:
        if r.connector_no is not None:
            i = self.lane_index(r.charge_point_id, r.connector_no)
            return [i] if i is not None else []
        return [i for i, lane in enumerate(self.lanes) if lane.charge_point_id == r.charge_point_id]

    def reservation_rect(self, r: ReservationRow, lane: int) -> QRectF:
        x0 = max(self.LABEL_W, self.x_for(r.start_time))
        x1 = min(self.width(), self.x_for(r.end_time))
        y = self.HEADER_H + lane * self.ROW_H + 4
        return QRectF(x0, y, max(3.0, x1 - x0), self.ROW_H - 14)

    def reservation_at(self, pos: QPoint) -> ReservationRow | None:
        for r in reversed(self.reservations):
            for lane in self._lanes_of(r):
                if self.reservation_rect(r, lane).contains(pos.x(), pos.y()):
                    return r
        return None

    # -------------------------------------------------------------- painting
    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = self.width(), self.height()
        p.fillRect(0, 0, w, h, QColor("#FFFFFF"))
        self._paint_grid(p, w, h)
        self._paint_lanes(p, w)
        for tx in self.transactions:
            i = self.lane_index(tx.charge_point_id, tx.connector_no)
            if i is None:
                continue
            end = tx.end_time or max(self.now, tx.start_time)
            x0 = max(self.LABEL_W, self.x_for(tx.start_time))
            x1 = min(w, self.x_for(end))
            if x1 <= self.LABEL_W or x0 >= w:
                continue
            y = self.HEADER_H + i * self.ROW_H + self.ROW_H - 11
            p.fillRect(QRectF(x0, y, max(2.0, x1 - x0), 7), QColor(TX_COLOUR))
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 1))
        p.setFont(font)
        for r in self.reservations:
            for lane in self._lanes_of(r):
                self._paint_reservation(p, r, lane)
        if self._drag is not None:
            lane, a, b = self._drag
            s, e = min(a, b), max(a, b)
            rect = QRectF(self.x_for(s), self.HEADER_H + lane * self.ROW_H + 2,
                          self.x_for(e) - self.x_for(s), self.ROW_H - 4)
            p.setPen(QPen(QColor("#0B3A75"), 1, Qt.PenStyle.DashLine))
            p.setBrush(QColor(11, 58, 117, 50))
            p.drawRect(rect)
        if self.start <= self.now <= self.end:
            x = self.x_for(self.now)
            p.setPen(QPen(QColor("#D32F2F"), 2))
            p.drawLine(int(x), self.HEADER_H - 6, int(x), h)
        p.end()

    def _paint_grid(self, p: QPainter, w: int, h: int) -> None:
        p.fillRect(0, 0, w, self.HEADER_H, QColor("#F3F5F7"))
        span_h = self._span_s() / 3600
        px_per_h = (w - self.LABEL_W) / max(1.0, span_h)
        step = next(s for s in (1, 2, 3, 6, 12, 24) if s * px_per_h >= 44)
        local0 = fmt.in_site(self.start)
        t = local0.replace(minute=0, second=0, microsecond=0)
        if t < local0:
            t += timedelta(hours=1)
        while t <= self.end:
            x = self.x_for(t)
            if t.hour == 0:
                p.setPen(QPen(QColor("#8A9096"), 1))
                p.drawLine(int(x), 0, int(x), h)
                p.setPen(QColor("#22282D"))
                bold = QFont(self.font())
                bold.setBold(True)
                p.setFont(bold)
                p.drawText(int(x) + 4, 16, fmt.day_label(t))
                p.setFont(self.font())
            elif t.hour % step == 0:
                p.setPen(QPen(QColor("#E1E4E8"), 1))
                p.drawLine(int(x), self.HEADER_H - 4, int(x), h)
            if t.hour % step == 0:
                p.setPen(QColor("#555B61"))
                p.drawText(int(x) + 3, self.HEADER_H - 8, fmt.time_of_day(t))
            t += timedelta(hours=1)
        if local0.hour != 0:
            p.setPen(QColor("#22282D"))
            bold = QFont(self.font())
            bold.setBold(True)
            p.setFont(bold)
            p.drawText(self.LABEL_W + 4, 16, fmt.day_label(local0))
            p.setFont(self.font())
        p.setPen(QPen(QColor("#C9CED3"), 1))
        p.drawLine(0, self.HEADER_H, w, self.HEADER_H)

    def _paint_lanes(self, p: QPainter, w: int) -> None:
        for i, lane in enumerate(self.lanes):
            y = self.HEADER_H + i * self.ROW_H
            if i % 2:
                p.fillRect(QRectF(self.LABEL_W, y, w - self.LABEL_W, self.ROW_H),
                           QColor("#FAFBFC"))
            p.fillRect(QRectF(0, y, self.LABEL_W, self.ROW_H), QColor("#F3F5F7"))
            p.setBrush(QColor(CONNECTOR_STATUS.get(lane.status, "#8A9096")))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawEllipse(QRectF(8, y + self.ROW_H / 2 - 5, 10, 10))
            p.setPen(QColor("#22282D"))
            first = i == 0 or self.lanes[i - 1].charge_point_id != lane.charge_point_id
            name = lane.charge_point_id if first else ""
            text = f"{name}  #{lane.connector_no}" if name else f"#{lane.connector_no}"
            p.drawText(QRectF(24, y, self.LABEL_W - 28, self.ROW_H),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                       text)
            p.setPen(QPen(QColor("#E1E4E8"), 1))
            p.drawLine(0, int(y + self.ROW_H), w, int(y + self.ROW_H))
        p.setPen(QPen(QColor("#C9CED3"), 1))
        p.drawLine(self.LABEL_W, 0, self.LABEL_W, self.HEADER_H + len(self.lanes) * self.ROW_H)

    def _paint_reservation(self, p: QPainter, r: ReservationRow, lane: int) -> None:
        if r.end_time <= self.start or r.start_time >= self.end:
            return
        rect = self.reservation_rect(r, lane)
        bg, fg = RES_COLOURS.get(r.status, RES_COLOURS["CANCELED"])
        outline = QColor("#FFB300") if r.id == self.highlight else QColor(bg).darker(130)
        width = 3 if r.id in (self.selected, self.highlight) else 1
        p.setPen(QPen(outline, width))
        if r.connector_no is None:
            p.setBrush(QBrush(QColor(bg), Qt.BrushStyle.Dense4Pattern))
        else:
            p.setBrush(QColor(bg))
        p.drawRoundedRect(rect, 3, 3)
        label = r.driver
        if r.sent_status and r.status == "ACTIVE":
            label += f" · {r.sent_status}"
        needed = p.fontMetrics().horizontalAdvance(label) + 10
        if rect.width() >= min(needed, 60):
            p.setPen(QColor(fg) if r.connector_no is not None else QColor("#22282D"))
            p.drawText(rect.adjusted(5, 0, -3, 0),
                       int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                       p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                  int(rect.width()) - 8))
        else:  # too narrow: the name beside the bar, where there is room
            room = self.x_for(self._next_start(r, lane)) - rect.right() - 6
            if room > 30:
                p.setPen(QColor("#22282D"))
                outside = QRectF(rect.right() + 4, rect.top(), room, rect.height())
                p.drawText(outside, int(Qt.AlignmentFlag.AlignVCenter
                                        | Qt.AlignmentFlag.AlignLeft),
                           p.fontMetrics().elidedText(label, Qt.TextElideMode.ElideRight,
                                                      int(room)))

    def _next_start(self, r: ReservationRow, lane: int) -> datetime:
        """Where the next reservation on ``lane`` begins (the window's end if none)."""
        later = [o.start_time for o in self.reservations
                 if o.start_time >= r.end_time and lane in self._lanes_of(o)]
        return min([*later, self.end])

    # -------------------------------------------------------------- mouse
    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if event.button() != Qt.MouseButton.LeftButton:
            return
        hit = self.reservation_at(pos)
        if hit is not None:
            self.selected = hit.id
            self.reservation_clicked.emit(hit.id)
            self.update()
            return
        lane = self.lane_at(pos.y())
        if lane is not None and pos.x() > self.LABEL_W:
            t = _floor_snap(self.time_at(pos.x()))
            self._drag = (lane, t, t + SNAP)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._drag is not None:
            lane, a, _ = self._drag
            b = _floor_snap(self.time_at(pos.x()) + SNAP / 2)
            self._drag = (lane, a, b if b != a else a + SNAP)
            self.update()
            return
        hit = self.reservation_at(pos)
        if hit is not None:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip(hit), self)

    @staticmethod
    def tooltip(hit: ReservationRow) -> str:
        where = (tr("connector {number}").format(number=hit.connector_no) if hit.connector_no
                 else tr("any connector"))
        state = state_word(hit.status)
        if hit.sent_status:
            state = tr("{state}, charger answered {answer}").format(state=state,
                                                                   answer=hit.sent_status)
        return (f"{hit.driver} — {hit.charge_point_id}, {where}\n"
                f"{fmt.day_time(hit.start_time)} – {fmt.time_of_day(hit.end_time)}\n{state}")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._drag is None:
            return
        lane, a, b = self._drag
        self._drag = None
        self.update()
        start, end = min(a, b), max(a, b)
        if end - start >= SNAP:
            ln = self.lanes[lane]
            self.drag_created.emit(ln.charge_point_id, ln.connector_no, start, end)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        hit = self.reservation_at(event.pos())
        if hit is None or hit.status != "ACTIVE":
            return
        self.selected = hit.id
        self.update()
        menu = self.context_menu(hit)
        menu.popup(event.globalPos())

    def context_menu(self, r: ReservationRow) -> QMenu:
        menu = QMenu(self)
        menu.setObjectName("timeline_menu")
        act = menu.addAction(tr("Cancel {driver}'s reservation").format(driver=r.driver))
        act.triggered.connect(lambda _c=False, rid=r.id: self.cancel_requested.emit(rid))
        return menu
