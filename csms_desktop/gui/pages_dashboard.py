"""The Dashboard: every connector as a live tile, grouped by charge point, plus site counters
and the site's power over the last hour.

Built once from :func:`live_queries.dashboard_snapshot`; afterwards only the tiles an event
concerns change (a new tile is built only for a connector the page has not seen). Bridge
signals used: ``connector_status``, ``meter_batch``, ``transaction_started/ended``,
``charger_connected/disconnected/updated/booted``.

Sized for a site of thousands of chargers (bench/site_scale.py): the cost of an event does
not grow with the site (counters are running totals; chargers that appear are placed in a
batch every ``BUILD_MS`` with one layout pass; the clock repaints only the tiles in view),
and a charger costs ~20 KB: its frame, header and badges are painted by one widget with
shared fonts and colours, no labels, layouts or style sheets of its own.
"""

from __future__ import annotations

import asyncio
import bisect
import logging
import math
import time
from typing import Any

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QStyleOptionFrame,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.timeutil import as_utc
from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import TaskSet
from csms_desktop.gui.charts.site_power import SAMPLE_S, SitePowerChart
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.connector_tile import TILE_SIZE, ConnectorTile
from csms_desktop.gui.widgets.flow_layout import FlowLayout
from csms_desktop.services import events as ev
from csms_desktop.services import live_queries as lq

log = logging.getLogger(__name__)

ONLINE_FG = QColor("#1E6E2E")
OFFLINE_FG = QColor("#4A4F55")
WHITE = QColor("#FFFFFF")


def empty_text() -> str:
    """What a charge point with no connector yet shows instead of tiles."""
    return tr("No connector has reported yet")

MARGIN = 11  # inside a charge point's frame, as the QGroupBox it replaces: sides, bottom
TOP = 14  # and top
HEAD_GAP = 6  # between the header and the tiles
SPACING = 8  # between header items, between tiles
EMPTY_ROW_H = 40


class HeaderItem:
    """A word or a badge in a charge point's header.

    Painted by the :class:`ChargerGroup` (thousands of labels with style sheets cost
    ~85 KB each charger); reads like a label: ``text()``, ``isVisible()``.
    """

    __slots__ = ("_group", "_text", "_visible", "bg", "fg", "name")

    def __init__(self, group: ChargerGroup, name: str, text: str = "",
                 fg: QColor | None = None, bg: QColor | None = None, visible: bool = True):
        self._group = group
        self.name = name
        self._text = text
        self.fg = fg  # None: the palette's text colour
        self.bg = bg  # a badge: a rounded box in this colour
        self._visible = visible

    def objectName(self) -> str:
        return self.name

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:
        if text != self._text:
            self._text = text
            self._group.header_changed()

    def set_fg(self, fg: QColor) -> None:
        if fg != self.fg:
            self.fg = fg
            self._group.update()

    def isHidden(self) -> bool:
        return not self._visible

    def isVisible(self) -> bool:
        return self._visible and self._group.isVisible()

    def setVisible(self, visible: bool) -> None:
        if visible != self._visible:
            self._visible = visible
            self._group.header_changed()


class _Fonts:
    """The fonts and metrics every group shares (one set per base font)."""

    _cache: dict[str, _Fonts] = {}

    def __init__(self, base: QFont) -> None:
        self.plain = QFont(base)
        self.name = QFont(base)
        self.name.setBold(True)
        self.name.setPointSizeF(base.pointSizeF() * 1.1)
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.plain_fm = QFontMetrics(self.plain)
        self.name_fm = QFontMetrics(self.name)
        self.bold_fm = QFontMetrics(self.bold)
        self.head_h = max(self.name_fm.height() + 1, self.bold_fm.height() + 2)

    @classmethod
    def of(cls, base: QFont) -> _Fonts:
        key = base.key()
        fonts = cls._cache.get(key)
        if fonts is None:
            fonts = cls._cache[key] = cls(base)
        return fonts


class ChargerGroup(QWidget):
    """A charge point's frame: name, online state, badges, and its connector tiles.

    One widget that paints its frame and header itself and places its tiles (child
    widgets) by hand: no layouts, labels or style sheets per charger.
    """

    def __init__(self, state: lq.ChargerState, online: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.charge_point_id = state.charge_point_id
        self.setObjectName(f"group_{state.charge_point_id}")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.tiles: dict[int, ConnectorTile] = {}
        self.sort_key: tuple[str, str] | None = None  # its place on the page; None: not yet
        self._name = ""
        self._size = QSize()
        self.flow_size: tuple[int, int] | None = None  # (w, h) for the flow layout
        self._items: list[tuple[QRect, HeaderItem]] = []
        self._building = True
        self.name_label = HeaderItem(self, "name_label")
        self.online_label = HeaderItem(self, "online_label")
        self.pending_badge = HeaderItem(self, "pending_badge", tr("Pending approval"), WHITE,
                                        QColor("#8A5A00"), visible=False)
        self.rejected_badge = HeaderItem(self, "rejected_badge", tr("Rejected"), WHITE,
                                         QColor("#B3161B"), visible=False)
        self.maintenance_badge = HeaderItem(self, "maintenance_badge", tr("Maintenance"),
                                            WHITE,
                                            QColor("#555B61"), visible=False)
        self.fault_badge = HeaderItem(self, "fault_badge", tr("Charger faulted"), WHITE,
                                      QColor("#B3161B"), visible=False)
        self._header = (self.name_label, self.online_label, self.pending_badge,
                        self.rejected_badge, self.maintenance_badge, self.fault_badge)
        self.online = online
        self.set_info(state)
        self.set_online(online)
        self._building = False
        self.header_changed()

    @property
    def name(self) -> str:
        return self._name

    def set_info(self, state: lq.ChargerState) -> None:
        self._name = state.name
        title = state.name if state.name == state.charge_point_id else (
            f"{state.name}  ·  {state.charge_point_id}")
        self.name_label.setText(title)
        self.setAccessibleName(tr("Charge point {name}").format(name=title))
        self.setToolTip(f"{state.charge_point_id} · {state.location or tr('no location')}"
                        f" · {state.protocol}")
        self.pending_badge.setVisible(lq.is_pending(state.registration))
        self.rejected_badge.setVisible(state.registration == "REJECTED")
        self.maintenance_badge.setVisible(state.maintenance)
        self.set_charger_status(state.ocpp_status, state.error_code)

    def set_charger_status(self, ocpp_status: str | None, error_code: str | None) -> None:
        faulted = ocpp_status == "Faulted"
        self.fault_badge.setVisible(faulted)
        if faulted:
            self.fault_badge.setText(tr("Charger faulted: {error}").format(
                error=error_code or tr("unknown error")))

    def set_online(self, online: bool) -> None:
        self.online = online
        self.online_label.setText(tr("● Online") if online else tr("○ Offline"))
        self.online_label.set_fg(ONLINE_FG if online else OFFLINE_FG)
        for tile in self.tiles.values():
            tile.set_online(online)

    def add_tile(self, tile: ConnectorTile) -> None:
        self.tiles[tile.connector_no] = tile
        tile.setParent(self)
        tile.show()
        self.header_changed()

    # ------------------------------------------------------------------ geometry, paint
    def header_changed(self) -> None:
        """Place the header items and the tiles; a new size re-flows the page."""
        if self._building:
            return
        f = _Fonts.of(self.font())
        items: list[tuple[QRect, HeaderItem]] = []
        x = MARGIN
        for item in self._header:
            if not item._visible or not item._text:
                continue
            fm = f.name_fm if item is self.name_label else f.bold_fm
            w = fm.horizontalAdvance(item._text) + (12 if item.bg is not None else 0)
            if items:
                x += SPACING
            items.append((QRect(x, TOP, w, f.head_h), item))
            x += w
        self._items = items
        tiles_y = TOP + f.head_h + HEAD_GAP
        if self.tiles:
            tx = MARGIN
            for no in sorted(self.tiles):
                self.tiles[no].move(tx, tiles_y)
                tx += TILE_SIZE.width() + SPACING
            row_w, row_h = tx - SPACING - MARGIN, TILE_SIZE.height()
        else:
            row_w, row_h = f.plain_fm.horizontalAdvance(empty_text()), EMPTY_ROW_H
        size = QSize(2 * MARGIN + max(x - MARGIN, row_w), tiles_y + row_h + MARGIN)
        self.setAccessibleDescription("; ".join(
            item._text for item in self._header[1:] if item._visible))
        if size != self._size:
            self._size = size
            self.flow_size = (size.width(), size.height())  # the flow layout reads it
            self.setFixedSize(size)  # updateGeometry(): the flow layout places it again
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(self._size)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.header_changed()

    def paintEvent(self, event: QPaintEvent) -> None:
        f = _Fonts.of(self.font())
        pal = self.palette()
        text = pal.color(QPalette.ColorRole.WindowText)
        p = QPainter(self)
        frame = QStyleOptionFrame()
        frame.initFrom(self)
        frame.lineWidth = 1
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameGroupBox, frame, p, self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        centre = Qt.AlignmentFlag.AlignCenter
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        for rect, item in self._items:
            if item.bg is not None:
                h = f.bold_fm.height() + 2
                box = QRectF(rect.x(), rect.y() + (rect.height() - h) / 2, rect.width(), h)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(item.bg)
                p.drawRoundedRect(box, 4, 4)
                p.setFont(f.bold)
                p.setPen(item.fg or WHITE)
                p.drawText(box, centre, item._text)
            else:
                p.setFont(f.name if item is self.name_label else f.bold)
                p.setPen(item.fg or text)
                p.drawText(rect, left, item._text)
        if not self.tiles:
            p.setFont(f.plain)
            p.setPen(text)
            p.drawText(QRect(MARGIN, TOP + f.head_h + HEAD_GAP,
                             self.width() - 2 * MARGIN, EMPTY_ROW_H), left, empty_text())
        p.end()


class Counter(QFrame):
    def __init__(self, title: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(12, 6, 12, 6)
        lay.setSpacing(0)
        self.value = QLabel("0")
        f = self.value.font()
        f.setPointSizeF(f.pointSizeF() * 1.9)
        f.setBold(True)
        self.value.setFont(f)
        self.title = QLabel(title)
        lay.addWidget(self.value)
        lay.addWidget(self.title)

    def set(self, text: str) -> None:
        if self.value.text() != text:
            self.value.setText(text)


class DashboardPage(QWidget):
    """The dashboard. Per event only the tile concerned changes and the counters move by
    what it changed (no walk over every tile). A charger that appears gets its tiles at
    once (events about it apply at once) and its place on the page, in name order without
    re-sorting, with the next batch within ``BUILD_MS``."""

    BUILD_MS = 200

    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.runtime.services
        self.groups: dict[str, ChargerGroup] = {}
        self.tiles: dict[tuple[str, int], ConnectorTile] = {}
        self._session_tiles: set[ConnectorTile] = set()
        self._dirty_chargers: set[str] = set()
        # statuses of connectors whose tile is not built yet: applied when it is (a ramp
        # of 2,000 chargers built each tile from the database, one query per status)
        self._pending_status: dict[tuple[str, int], tuple[str, str | None]] = {}
        self._unplaced: list[ChargerGroup] = []  # built, shown with the next batch
        self._order: list[tuple[str, str]] = []  # the placed groups' sort keys, in flow order
        # connector 0 as its events said: newer than the charger's row (written behind)
        self._charger_status: dict[str, tuple[str, str | None]] = {}
        # running totals behind the counters, kept per event
        self._online_groups = 0
        self._charging: set[ConnectorTile] = set()
        self._delivering: set[ConnectorTile] = set()
        self._energy: dict[ConnectorTile, float] = {}
        self._running_kwh = 0.0
        self.completed_today_kwh = 0.0
        self.energy_today_kwh = 0.0  # what "kWh today" shows (monotonic within the day)
        self._day_start = lq.day_start_utc(self.services.settings.time_zone)
        self._tasks = TaskSet()
        self.tiles_built = 0
        self.resyncs = 0  # reads of the whole site after being hidden (tests count them)
        self._stale = False
        self.counter_recounts = 0  # full walks over the tiles (tests bound them)

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 6)
        root.setSpacing(8)
        top = QHBoxLayout()
        self.online_counter = Counter(tr("chargers online"), "counter_online")
        self.offline_counter = Counter(tr("chargers offline"), "counter_offline")
        self.charging_counter = Counter(tr("connectors charging"), "counter_charging")
        self.energy_counter = Counter(tr("kWh today"), "counter_energy")
        for c in (self.online_counter, self.offline_counter, self.charging_counter,
                  self.energy_counter):
            top.addWidget(c)
        top.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("dashboard_filter")
        self.filter_edit.setPlaceholderText(tr("Find a charge point (name or id)…"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setMinimumWidth(240)
        self.filter_edit.textChanged.connect(self._apply_filter)
        top.addWidget(self.filter_edit, 0, Qt.AlignmentFlag.AlignBottom)
        root.addLayout(top)

        self.chart = SitePowerChart()
        self.chart.setMinimumHeight(150)
        self.chart.setMaximumHeight(190)
        root.addWidget(self.chart)

        self.tiles_scroll = QScrollArea()
        self.tiles_scroll.setObjectName("tiles_scroll")
        self.tiles_scroll.setWidgetResizable(True)
        self.tiles_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.grid_host = QWidget()
        self.grid_host.setObjectName("tiles_host")
        # a group's new size re-flows the page at most 4 times a second (flow_layout.py)
        self.flow = FlowLayout(self.grid_host, spacing=10, min_interval=0.25)
        self.tiles_scroll.setWidget(self.grid_host)
        root.addWidget(self.tiles_scroll, 1)
        self.empty_label = QLabel(tr(
            "No charge point yet. Point a charger at this computer's OCPP address; it appears "
            "here when it connects."))
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("dashboard_empty")
        root.addWidget(self.empty_label)

        self._info_timer = QTimer(self)
        self._info_timer.setSingleShot(True)
        self._info_timer.setInterval(self.BUILD_MS)
        self._info_timer.timeout.connect(self._refresh_dirty_chargers)
        # transaction starts: the first one is looked up at once, those that follow within
        # BUILD_MS together (one query per session costs ~1 ms: a site's morning wave)
        self._unresolved: dict[str, ConnectorTile] = {}
        self._session_timer = QTimer(self)
        self._session_timer.setSingleShot(True)
        self._session_timer.setInterval(self.BUILD_MS)
        self._session_timer.timeout.connect(self._resolve_sessions)

        # the main window's site selector (gui/site_filter.py): a site id, None for all
        self.site: str | None = ctx.extras.get("site")
        self._load(self._snapshot())

        b = ctx.bridge
        b.connector_status.connect(self._on_status)
        b.meter_batch.connect(self._on_meters)
        b.transaction_started.connect(self._on_tx_started)
        b.transaction_ended.connect(self._on_tx_ended)
        b.charger_connected.connect(self._on_connection)
        b.charger_disconnected.connect(self._on_connection)
        b.charger_updated.connect(self._on_charger_changed)
        b.charger_booted.connect(self._on_charger_changed)

        self._clock = QTimer(self)
        self._clock.setInterval(1000)
        self._clock.timeout.connect(self._tick)
        self._clock.start()
        self._power_timer = QTimer(self)
        self._power_timer.setInterval(int(SAMPLE_S * 1000))
        self._power_timer.timeout.connect(self.sample_power)
        self._power_timer.start()
        self._energy_timer = QTimer(self)
        self._energy_timer.setInterval(5 * 60 * 1000)
        self._energy_timer.timeout.connect(self._schedule_energy_refresh)
        self._energy_timer.start()
        self.sample_power()

    # ------------------------------------------------------------------ building
    def _snapshot(self) -> lq.DashboardSnapshot:
        return lq.dashboard_snapshot(self.services.settings.time_zone, site=self.site)

    def _in_site(self, state: lq.ChargerState) -> bool:
        return self.site is None or state.site_id == self.site

    def on_site_changed(self, site: str | None) -> None:
        """The site selector changed: the page is built again for that site (rare: the
        live path never asks which site a charger is in, only built groups get events)."""
        self.site = site
        with self.flow.batch():
            while self.flow.count():
                self.flow.takeAt(0)
            for group in self.groups.values():
                group.setParent(None)
                group.deleteLater()
        for container in (self.groups, self.tiles, self._pending_status, self._energy,
                          self._unresolved):
            container.clear()
        for items in (self._session_tiles, self._dirty_chargers, self._charging,
                      self._delivering):
            items.clear()
        self._unplaced, self._order = [], []
        self._running_kwh = self.energy_today_kwh = 0.0
        self._load(self._snapshot())
        self.empty_label.setVisible(not self.groups)

    def _online(self, cp_id: str) -> bool:
        return cp_id in self.services.chargers.connected

    def _load(self, snap: lq.DashboardSnapshot) -> None:
        self.completed_today_kwh = snap.completed_energy_today_kwh
        for state in snap.chargers:
            self._add_group(state)
        self._place_groups()
        self._update_counters()

    def _add_group(self, state: lq.ChargerState) -> ChargerGroup:
        """A new group with its tiles, counted at once; on the page with the next batch
        (placing one group lays out all of them: a ramp of N chargers would cost N²)."""
        # no parent until placed: a hidden child would still make the flow lay out again
        group = ChargerGroup(state, self._online(state.charge_point_id))
        self.groups[state.charge_point_id] = group
        if group.online:
            self._online_groups += 1
        for c in state.connectors:
            if c.connector_no > 0:
                self._add_tile(group, c)
        self._unplaced.append(group)
        self._schedule()
        return group

    def _place_groups(self) -> None:
        """Put the groups built since the last batch on the page in name order: a binary
        search each, one layout pass for all."""
        groups, self._unplaced = self._unplaced, []
        if not groups:
            return
        with self.flow.batch():
            for group in groups:
                self._insert(group)
                group.setVisible(self._matches(group))
        self.empty_label.setVisible(False)

    def _insert(self, group: ChargerGroup) -> None:
        group.sort_key = key = (group.name.lower(), group.charge_point_id)
        pos = bisect.bisect_left(self._order, key)
        self._order.insert(pos, key)
        self.flow.insertWidget(pos, group)

    def _move_if_renamed(self, group: ChargerGroup) -> None:
        old = group.sort_key
        if old is None or old == (group.name.lower(), group.charge_point_id):
            return
        pos = bisect.bisect_left(self._order, old)
        if pos < len(self._order) and self._order[pos] == old:
            del self._order[pos]
            self.flow.takeAt(pos)
        self._insert(group)

    def _add_tile(self, group: ChargerGroup, state: lq.ConnectorState) -> ConnectorTile:
        tile = ConnectorTile(state, group.online)
        tile.activated.connect(self.open_detail)
        group.add_tile(tile)
        self.tiles[(state.charge_point_id, state.connector_no)] = tile
        if tile.session is not None:
            self._session_tiles.add(tile)
        self._track(tile)
        self.tiles_built += 1
        return tile

    def _tile(self, cp_id: str, connector_no: int) -> ConnectorTile | None:
        """The tile of a connector, built (from the database) when it is new."""
        tile = self.tiles.get((cp_id, connector_no))
        if tile is not None or connector_no <= 0:
            return tile
        group = self.groups.get(cp_id)
        if group is None:
            state = lq.charger_state(cp_id)
            if state is None or not self._in_site(state):
                return None
            self._add_group(state)
            return self.tiles.get((cp_id, connector_no))
        cstate = lq.connector_state(cp_id, connector_no)
        if cstate is None:
            return None
        return self._add_tile(group, cstate)

    def _schedule(self, cp_id: str | None = None) -> None:
        """Refresh ``cp_id`` from the database and place new groups within ``BUILD_MS``."""
        if cp_id is not None:
            self._dirty_chargers.add(cp_id)
        if not self._info_timer.isActive():  # never postponed: a steady stream still shows
            self._info_timer.start()

    # ------------------------------------------------------------------ events
    def _skip_hidden(self) -> bool:
        """Hidden (another page shown): events only mark the page stale; it reads the
        database once when shown again (a hidden page does no work)."""
        if self.isVisible():
            return False
        self._stale = True
        return True

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._stale = False
            self.resync(self._snapshot())

    def resync(self, snap: lq.DashboardSnapshot) -> None:
        """Bring every group and tile to the database's state (after being hidden)."""
        self.resyncs += 1
        if self.site is not None and set(self.groups) - {
                c.charge_point_id for c in snap.chargers}:
            self.on_site_changed(self.site)  # one moved to another site meanwhile
            return
        self.completed_today_kwh = snap.completed_energy_today_kwh
        for state in snap.chargers:
            group = self.groups.get(state.charge_point_id)
            if group is None:
                self._add_group(state)
                continue
            group.set_info(state)
            self._set_online(group, self._online(state.charge_point_id))
            for c in state.connectors:
                if c.connector_no <= 0:
                    continue
                tile = group.tiles.get(c.connector_no)
                if tile is None:
                    self._add_tile(group, c)
                else:
                    tile.apply_state(c)
            self._move_if_renamed(group)
        self._session_tiles = {t for t in self.tiles.values() if t.session is not None}
        self._place_groups()
        self._update_counters()

    def _on_status(self, e: ev.ConnectorStatusChanged) -> None:
        if self._skip_hidden():
            return
        if e.connector_id == 0:
            self._charger_status[e.charge_point_id] = (e.ocpp_status, e.error_code)
            group = self.groups.get(e.charge_point_id)
            if group is not None:
                group.set_charger_status(e.ocpp_status, e.error_code)
            return
        tile = self.tiles.get((e.charge_point_id, e.connector_id))
        if tile is None:
            if e.connector_id > 0:  # built with the next batch, from one query
                self._pending_status[(e.charge_point_id, e.connector_id)] = (
                    e.ocpp_status, e.error_code)
                self._schedule(e.charge_point_id)
            return
        tile.set_status(e.ocpp_status, e.error_code)
        self._track(tile)
        self._show_counters()

    def _on_meters(self, batch: list[ev.MeterSampled]) -> None:
        if self._skip_hidden():
            return
        for m in batch:
            tile = self.tiles.get((m.charge_point_id, m.connector_id))
            if tile is not None:
                tile.apply_meter(m)
                self._track(tile)
        self._show_counters()

    def _on_tx_started(self, e: ev.TransactionStarted) -> None:
        if self._skip_hidden():
            return
        tile = self._tile(e.charge_point_id, e.connector_id)
        if tile is None:
            return
        session: lq.SessionInfo | None = None
        if not self._session_timer.isActive():  # the first start for a while: look it up
            session = lq.active_session(e.transaction_id)
            self._session_timer.start()
        else:  # a wave of starts: driver, vehicle, meter start read with the next batch
            self._unresolved[e.transaction_id] = tile
        if session is None:
            session = lq.SessionInfo(e.transaction_id, e.id_tag, None, None,
                                     as_utc(e.start_time), tile.register_kwh or 0.0)
        tile.set_session(session)
        self._session_tiles.add(tile)
        self._track(tile)
        self._show_counters()

    def _resolve_sessions(self) -> None:
        pending, self._unresolved = self._unresolved, {}
        if not pending:
            return
        for tx_id, session in lq.active_sessions(pending).items():
            tile = pending[tx_id]
            if tile.session is not None and tile.session.transaction_id == tx_id:
                tile.set_session(session)
                self._track(tile)
        self._show_counters()
        self._session_timer.start()  # the next batch no sooner than BUILD_MS

    def _on_tx_ended(self, e: ev.TransactionEnded) -> None:
        if self._skip_hidden():
            return
        tile = self.tiles.get((e.charge_point_id, e.connector_id))
        if tile is not None and (tile.session is None
                                 or tile.session.transaction_id == e.transaction_id):
            tile.set_session(None)
            self._session_tiles.discard(tile)
            self._track(tile)
        if e.total_energy is not None and as_utc(e.end_time) >= self._day_start and (
                self.site is None or e.charge_point_id in self.groups):
            self.completed_today_kwh += e.total_energy
        self._show_counters()

    def _on_connection(self, e: ev.ChargerConnected | ev.ChargerDisconnected) -> None:
        if self._skip_hidden():
            return
        group = self.groups.get(e.charge_point_id)
        if group is None:
            self._schedule(e.charge_point_id)
            return
        self._set_online(group, self._online(e.charge_point_id))
        self._show_counters()

    def _set_online(self, group: ChargerGroup, online: bool) -> None:
        if online != group.online:
            self._online_groups += 1 if online else -1
        group.set_online(online)
        for tile in group.tiles.values():
            self._track(tile)

    def _on_charger_changed(self, e: ev.ChargerUpdated | ev.ChargerBooted) -> None:
        if self._skip_hidden():
            return
        self._schedule(e.charge_point_id)

    def _refresh_dirty_chargers(self) -> None:
        ids, self._dirty_chargers = self._dirty_chargers, set()
        states = lq.charger_states(ids) if ids else {}
        for cp_id, state in states.items():
            group = self.groups.get(cp_id)
            if not self._in_site(state):
                if group is not None:  # moved to another site: the page is built again
                    QTimer.singleShot(0, lambda: self.on_site_changed(self.site))
                self._pending_status = {k: v for k, v in self._pending_status.items()
                                        if k[0] != cp_id}
                continue
            if group is None:
                group = self._add_group(state)
            else:
                group.set_info(state)
                self._set_online(group, self._online(cp_id))
                for c in state.connectors:
                    if c.connector_no > 0 and c.connector_no not in group.tiles:
                        self._add_tile(group, c)
                    elif c.connector_no > 0:  # an installer's edit: type (Type 2, CCS2…)
                        group.tiles[c.connector_no].set_type(c.connector_type)
                self._move_if_renamed(group)
            status = self._charger_status.get(cp_id)
            if status is not None:
                group.set_charger_status(*status)
            for no, tile in group.tiles.items():
                pending = self._pending_status.pop((cp_id, no), None)
                if pending is not None:
                    tile.set_status(*pending)
                    self._track(tile)
        for cp_id, _ in [k for k in self._pending_status if k[0] in ids]:
            self._schedule(cp_id)  # its connector row is not committed yet: next batch
        self._place_groups()
        self._show_counters()

    # ------------------------------------------------------------------ timers
    def _tick(self) -> None:
        if self.isVisible() and self._session_tiles:
            # only the tiles in view: an update() of each of thousands of tiles outside
            # it still costs the repaint manager ~7 µs
            for group in self.flow.widgets_in(self.tiles_in_view()):
                if isinstance(group, ChargerGroup):
                    for tile in group.tiles.values():
                        tile.tick()
        start = lq.day_start_utc(self.services.settings.time_zone)
        if start != self._day_start:  # midnight passed
            self._day_start = start
            self.completed_today_kwh = self.energy_today_kwh = 0.0
            self._schedule_energy_refresh()

    def tiles_in_view(self) -> QRect:
        """The part of the tiles' host the scroll area shows, in the host's coordinates."""
        view = self.tiles_scroll.viewport()
        return QRect(-self.grid_host.x(), -self.grid_host.y(), view.width(), view.height())

    def site_power_kw(self) -> float:
        """The chart's value: the power of the connectors the counter counts as charging."""
        return sum(t.power_kw for t in self._charging
                   if t.power_kw is not None and t.power_kw > 0)

    def sample_power(self) -> None:
        self.chart.set_capacity(float(self.services.settings.site_capacity_kw or 0.0))
        self.chart.add_sample(time.time(), self.site_power_kw())

    def _schedule_energy_refresh(self) -> None:
        self._tasks.spawn_if_running(self._refresh_energy())

    async def _refresh_energy(self) -> None:
        tz = self.services.settings.time_zone
        loop = asyncio.get_running_loop()
        try:
            value = await loop.run_in_executor(None, lq.in_worker, lq.completed_energy_today, tz,
                                               None, self.site)
        except Exception:
            log.exception("could not read today's energy")
            return
        self.completed_today_kwh = value
        self._update_counters()

    # ------------------------------------------------------------------ counters, filter
    def _track(self, tile: ConnectorTile) -> None:
        """Bring the running totals up to date with ``tile`` (after any change of it)."""
        if tile.charging:
            self._charging.add(tile)
        else:
            self._charging.discard(tile)
        if tile.delivering:
            self._delivering.add(tile)
        else:
            self._delivering.discard(tile)
        # an abandoned session's energy is counted when it is closed (with its real total)
        energy = 0.0 if tile.abandoned else (tile.session_energy_kwh or 0.0)
        old = self._energy.get(tile, 0.0)
        if energy != old:
            self._running_kwh += energy - old
            if energy:
                self._energy[tile] = energy
            else:
                del self._energy[tile]
            if not self._energy:
                self._running_kwh = 0.0  # no rounding residue left behind

    def running_energy_kwh(self) -> float:
        return max(0.0, self._running_kwh)

    def _update_counters(self) -> None:
        """Recount everything from the tiles (start-up, the 5-minute energy refresh)."""
        self.counter_recounts += 1
        self._online_groups = sum(1 for g in self.groups.values() if g.online)
        self._charging.clear()
        self._delivering.clear()
        self._energy.clear()
        self._running_kwh = 0.0
        for tile in self.tiles.values():
            self._track(tile)
        self._running_kwh = math.fsum(self._energy.values())
        self._show_counters()

    def _show_counters(self) -> None:
        online = self._online_groups
        self.online_counter.set(str(online))  # the same digits in every language
        self.offline_counter.set(str(len(self.groups) - online))
        self.charging_counter.set(str(len(self._charging)))
        # never down within a day: a session's running energy becomes its total when it
        # ends, and the 5-minute re-read can land between the two (a meter sample later)
        today = self.completed_today_kwh + self.running_energy_kwh()
        self.energy_today_kwh = max(self.energy_today_kwh, today)
        self.energy_counter.set(fmt.number(self.energy_today_kwh, 1, grouping=False))

    def _matches(self, group: ChargerGroup) -> bool:
        text = self.filter_edit.text().strip().lower()
        return not text or text in group.charge_point_id.lower() or text in group.name.lower()

    def _apply_filter(self) -> None:
        with self.flow.batch():
            for group in self.groups.values():
                if group.sort_key is not None:  # placed
                    group.setVisible(self._matches(group))

    # ------------------------------------------------------------------ detail
    def open_detail(self, cp_id: str, connector_no: int) -> Any:
        from csms_desktop.gui.connector_detail import open_connector_detail

        return open_connector_detail(self.ctx, cp_id, connector_no, self)


def create(ctx: Any) -> QWidget:
    return DashboardPage(ctx)
