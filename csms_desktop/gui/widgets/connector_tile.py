"""One connector on the dashboard: a large painted tile (colour + icon + words).

The tile keeps the connector's live values and paints them itself (a few hundred tiles
would be slow as nested labels). It is focusable: Enter, Return or Space, or a click,
emits ``activated(charge_point_id, connector_no)``.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget
from shiboken6 import isValid

from csms_desktop.domain.timeutil import as_utc, utcnow
from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.status_style import (
    SESSION_STATES,
    StatusStyle,
    paint_icon,
    style_for,
)
from csms_desktop.services.events import MeterSampled
from csms_desktop.services.live_queries import ConnectorState, SessionInfo

TILE_SIZE = QSize(204, 150)

OFFLINE_PEN = QPen(QColor("#9AA3AB"), 2, Qt.PenStyle.DashLine)
FOCUS_OUTER_PEN = QPen(QColor("#000000"), 4)
FOCUS_INNER_PEN = QPen(QColor("#FFD400"), 2)
_COLOURS: dict[str, QColor] = {}


def _colour(name: str) -> QColor:
    colour = _COLOURS.get(name)
    if colour is None:
        colour = _COLOURS[name] = QColor(name)
    return colour


TYPE_NAMES = {"TYPE_1": "Type 1", "TYPE_2": "Type 2", "CHADEMO": "CHAdeMO",
               "CCS_COMBO_1": "CCS1", "CCS_COMBO_2": "CCS2", "TESLA": "Tesla", "GB_T": "GB/T"}


def format_elapsed(seconds: float) -> str:
    seconds = max(0, int(seconds))
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}"


def format_kw(kw: float | None) -> str:
    if kw is None:
        return "— kW"
    return fmt.kw(kw, 1 if abs(kw) < 100 else 0)  # "49.5 kW" / "49,5 kW"


class _TileFonts:
    """Fonts, metrics and fitted status words every tile shares (one set per base font)."""

    _cache: dict[str, _TileFonts] = {}

    def __init__(self, base: QFont) -> None:
        self.base = QFont(base)
        self.base_fm = QFontMetrics(self.base)
        self.small = QFont(base)
        self.small.setPointSizeF(max(8.0, base.pointSizeF() * 0.95))
        self.first = QFont(base)  # the first line of a session: power and energy
        self.first.setPointSizeF(base.pointSizeF() * 1.15)
        self.first.setBold(True)
        self.first_fm = QFontMetrics(self.first)
        self._labels: dict[tuple[str, int], tuple[QFont, str]] = {}

    @classmethod
    def of(cls, base: QFont) -> _TileFonts:
        key = base.key()
        fonts = cls._cache.get(key)
        if fonts is None:
            fonts = cls._cache[key] = cls(base)
        return fonts

    def label(self, text: str, width: int) -> tuple[QFont, str]:
        """The status words in a big bold font; long words shrink a little, then elide."""
        found = self._labels.get((text, width))
        if found is None:
            big = QFont(self.base)
            big.setBold(True)
            scale = 1.45
            big.setPointSizeF(self.base.pointSizeF() * scale)
            while scale > 1.0 and QFontMetrics(big).horizontalAdvance(text) > width:
                scale -= 0.05  # long words ("Paused by charger") shrink before eliding
                big.setPointSizeF(self.base.pointSizeF() * scale)
            elided = QFontMetrics(big).elidedText(text, Qt.TextElideMode.ElideRight, width)
            found = self._labels[(text, width)] = (big, elided)
        return found


class _Repaints:
    """Tiles repaint at most ``HZ`` times a second, coalesced: a change marks the tile and
    one timer repaints the marked ones (a charger sending meter values every 100 ms, or a
    site of thousands, costs no more than 4 paints a second per changed tile). Only the
    tiles that changed are repainted."""

    HZ = 4

    def __init__(self) -> None:
        self.pending: set[ConnectorTile] = set()
        self.timer: QTimer | None = None
        self.flushes = 0

    def add(self, tile: ConnectorTile) -> None:
        self.pending.add(tile)
        if self.timer is None:
            self.timer = QTimer()
            self.timer.setSingleShot(True)
            self.timer.setInterval(1000 // self.HZ)
            self.timer.timeout.connect(self.flush)
        if not self.timer.isActive():
            self.timer.start()

    def flush(self) -> None:
        self.flushes += 1
        tiles, self.pending = self.pending, set()
        for tile in tiles:
            if isValid(tile) and tile.isVisible():
                tile.update()


_REPAINTS = _Repaints()


class ConnectorTile(QWidget):
    activated = Signal(str, int)

    def __init__(self, state: ConnectorState, online: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.charge_point_id = state.charge_point_id
        self.connector_no = state.connector_no
        self.connector_type = state.connector_type
        self.ocpp_status = state.ocpp_status
        self.error_code = state.error_code
        self.info = state.info
        self.online = online
        # a power reading belongs to a session state: after a restart the row may still
        # hold the last one of a session the charger no longer reports
        self.power_kw = state.power_kw if state.ocpp_status in SESSION_STATES else None
        self.soc = state.soc
        self.register_kwh = state.last_meter_kwh
        self.session: SessionInfo | None = state.session
        self.paint_count = 0  # tests check that unrelated tiles are not repainted
        self.setObjectName(f"tile_{state.charge_point_id}_{state.connector_no}")
        self.setFixedSize(TILE_SIZE)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)
        self._refresh_text()

    # ------------------------------------------------------------------ state
    @property
    def look(self) -> StatusStyle:
        return style_for(self.ocpp_status, self.online)

    @property
    def abandoned(self) -> bool:
        """A transaction still open in the database that the charger does not report: the
        connector is online in a non-session state (Available after a restart, a lost
        StopTransaction), or the server marked it a zombie. Shown as such, not as charging,
        and left out of the power and the running energy until it is closed."""
        if self.session is None:
            return False
        return self.session.zombie or (self.online and self.ocpp_status not in SESSION_STATES)

    @property
    def delivering(self) -> bool:
        """In a session the charger reports (online, a session state, not abandoned)."""
        return self.online and self.ocpp_status in SESSION_STATES and not self.abandoned

    @property
    def charging(self) -> bool:
        """Energy flows: 1.6 says Charging; 2.0.1 says only Occupied, so power decides.
        The counter "connectors charging" and the site's power both come from this."""
        if not self.online or self.abandoned:
            return False
        if self.ocpp_status == "Charging":
            return True
        return (self.ocpp_status == "Occupied" and self.session is not None
                and (self.power_kw or 0.0) > 0.0)

    @property
    def session_energy_kwh(self) -> float | None:
        if self.session is None or self.register_kwh is None:
            return None
        return max(0.0, self.register_kwh - self.session.start_meter_kwh)

    def set_status(self, ocpp_status: str, error_code: str | None, info: str | None = None
                   ) -> None:
        if (ocpp_status, error_code, info) == (self.ocpp_status, self.error_code, self.info):
            return
        self.ocpp_status, self.error_code, self.info = ocpp_status, error_code, info
        if ocpp_status not in SESSION_STATES:
            self.power_kw = None
        self._changed()

    def set_online(self, online: bool) -> None:
        if online != self.online:
            self.online = online
            self._changed()

    def set_session(self, session: SessionInfo | None) -> None:
        self.session = session
        if session is None:
            self.power_kw = None
        self._changed()

    def set_type(self, connector_type: str) -> None:
        if connector_type != self.connector_type:
            self.connector_type = connector_type
            self._changed()

    def apply_state(self, state: ConnectorState) -> None:
        """Everything from the database at once (the dashboard shown after being hidden)."""
        power = state.power_kw if state.ocpp_status in SESSION_STATES else None
        new = (state.ocpp_status, state.error_code, state.info, power, state.soc,
               state.last_meter_kwh, state.session)
        old = (self.ocpp_status, self.error_code, self.info, self.power_kw, self.soc,
               self.register_kwh, self.session)
        self.set_type(state.connector_type)
        if new != old:
            (self.ocpp_status, self.error_code, self.info, self.power_kw, self.soc,
             self.register_kwh, self.session) = new
            self._changed()

    def apply_meter(self, m: MeterSampled) -> None:
        if m.power_kw is not None and self.ocpp_status in SESSION_STATES:
            self.power_kw = m.power_kw
        if m.energy_kwh is not None:
            self.register_kwh = m.energy_kwh
        if m.soc is not None:
            self.soc = m.soc
        self._changed()

    def tick(self) -> None:
        """Once a second while a session runs: the elapsed time moves."""
        if self.session is not None and not self.abandoned and self.isVisible():
            self.update()

    def _changed(self) -> None:
        self._refresh_text()
        _REPAINTS.add(self)


    # ------------------------------------------------------------------ words
    def lines(self, now: datetime | None = None) -> list[str]:
        """What the tile says below the status, top to bottom."""
        out: list[str] = []
        st = self.look
        if not self.online and self.ocpp_status:
            out.append(tr("Last status: {status}").format(
                status=style_for(self.ocpp_status).label))
        if self.ocpp_status == "Faulted" and self.error_code and self.error_code != "NoError":
            out.append(tr("Error: {code}").format(code=self.error_code))
        if self.session is not None and self.abandoned:
            # no power, no running clock: the charger does not report this session
            out.append(tr("Session left open: not stopped by the charger"))
            out.append(tr("since {time}").format(time=fmt.day_time(self.session.start_time)))
            who = self.session.driver or self.session.vehicle or (
                tr("Tag {id_tag}").format(id_tag=self.session.id_tag)
                if self.session.id_tag else None)
            if who:
                out.append(who)
        elif self.session is not None:
            elapsed = (as_utc(now or utcnow()) - self.session.start_time).total_seconds()
            energy = self.session_energy_kwh
            e_txt = fmt.kwh(energy, 2) if energy is not None else "— kWh"
            out.append(f"{format_kw(self.power_kw)}   {e_txt}")
            soc = ("   " + tr("SoC {percent} %").format(percent=fmt.number(self.soc, 0))
                   if self.soc is not None else "")
            out.append(f"{format_elapsed(elapsed)}{soc}")
            who = self.session.driver or self.session.vehicle or (
                tr("Tag {id_tag}").format(id_tag=self.session.id_tag)
                if self.session.id_tag else None)
            if self.session.driver and self.session.vehicle:
                who = f"{self.session.driver} · {self.session.vehicle}"
            if who:
                out.append(who)
        elif self.power_kw and self.online and st.key in SESSION_STATES:
            out.append(format_kw(self.power_kw))
        return out

    def summary(self) -> str:
        """The tile in words (accessible name, tooltip, tests)."""
        head = tr("{charger} connector {number}: {status}").format(
            charger=self.charge_point_id, number=self.connector_no, status=self.look.label)
        return "; ".join([head, *self.lines()])

    def _refresh_text(self) -> None:
        text = self.summary()
        self.setAccessibleName(text)
        self.setToolTip(f"{text}\n{self.look.description}\n"
                        + tr("Click or press Enter for details"))

    # ------------------------------------------------------------------ input
    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(
                event.position().toPoint()):
            self.activated.emit(self.charge_point_id, self.connector_no)
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activated.emit(self.charge_point_id, self.connector_no)
            event.accept()
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ paint
    def paintEvent(self, event: QPaintEvent) -> None:
        self.paint_count += 1
        st = self.look
        fg = _colour(st.foreground)
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        r = QRectF(self.rect()).adjusted(2, 2, -2, -2)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(_colour(st.background))
        p.drawRoundedRect(r, 10, 10)
        if not self.online:  # offline: a dashed outline as well as the dark colour
            p.setPen(OFFLINE_PEN)
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.drawRoundedRect(r.adjusted(3, 3, -3, -3), 8, 8)
        if self.hasFocus():
            p.setBrush(Qt.BrushStyle.NoBrush)
            p.setPen(FOCUS_OUTER_PEN)
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 10, 10)
            p.setPen(FOCUS_INNER_PEN)
            p.drawRoundedRect(r.adjusted(1, 1, -1, -1), 10, 10)
        pad = 12.0
        x0, width = r.left() + pad, r.width() - 2 * pad
        fonts = _TileFonts.of(self.font())
        p.setPen(fg)
        p.setFont(fonts.small)
        ctype = TYPE_NAMES.get(self.connector_type, self.connector_type)
        p.drawText(QRectF(x0, r.top() + 6, width, 18),
                   Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                   tr("Connector {number}").format(number=self.connector_no)
                   + (f" · {ctype}" if ctype else ""))
        icon = QRectF(x0, r.top() + 28, 38, 38)
        paint_icon(p, icon, st.icon, fg)
        label_rect = QRectF(icon.right() + 10, icon.top(), r.right() - pad - icon.right() - 10,
                            icon.height())
        big, label = fonts.label(st.label, int(label_rect.width()))
        p.setFont(big)
        p.drawText(label_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        lines = self.lines()
        y = icon.bottom() + 6
        live = self.session is not None and not self.abandoned
        for i, line in enumerate(lines[:3]):
            f, fm = (fonts.first, fonts.first_fm) if i == 0 and live else (
                fonts.base, fonts.base_fm)
            p.setFont(f)
            h = fm.height()
            text = fm.elidedText(line, Qt.TextElideMode.ElideRight, int(width))
            p.drawText(QRectF(x0, y, width, h),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            y += h + 1
        p.end()

    def sizeHint(self) -> QSize:
        return TILE_SIZE
