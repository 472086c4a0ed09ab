"""The Dashboard: every connector as a live tile, grouped by charge point, plus site counters
and the site's power over the last hour.

Built once from :func:`live_queries.dashboard_snapshot`; afterwards only the tiles an event
concerns change (a new tile is built only for a connector the page has not seen). Bridge
signals used: ``connector_status``, ``meter_batch``, ``transaction_started/ended``,
``charger_connected/disconnected/updated/booted``.
"""

from __future__ import annotations

import asyncio
import logging
import time
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.timeutil import as_utc
from csms_desktop.gui.asyncops import TaskSet
from csms_desktop.gui.charts.site_power import SAMPLE_S, SitePowerChart
from csms_desktop.gui.widgets.connector_tile import ConnectorTile
from csms_desktop.gui.widgets.flow_layout import FlowLayout
from csms_desktop.services import events as ev
from csms_desktop.services import live_queries as lq

log = logging.getLogger(__name__)

BADGE_CSS = ("QLabel {{ background: {bg}; color: {fg}; border-radius: 4px; padding: 1px 6px;"
             " font-weight: bold; }}")


def badge(text: str, bg: str, fg: str = "#FFFFFF", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(BADGE_CSS.format(bg=bg, fg=fg))
    if name:
        label.setObjectName(name)
    return label


class ChargerGroup(QGroupBox):
    """A charge point's frame: name, online state, badges, and its connector tiles."""

    def __init__(self, state: lq.ChargerState, online: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.charge_point_id = state.charge_point_id
        self.setObjectName(f"group_{state.charge_point_id}")
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.tiles: dict[int, ConnectorTile] = {}
        lay = QVBoxLayout(self)
        lay.setContentsMargins(8, 8, 8, 8)
        lay.setSpacing(6)
        head = QHBoxLayout()
        head.setSpacing(8)
        self.name_label = QLabel()
        self.name_label.setObjectName("name_label")
        f = self.name_label.font()
        f.setBold(True)
        f.setPointSizeF(f.pointSizeF() * 1.1)
        self.name_label.setFont(f)
        head.addWidget(self.name_label)
        self.online_label = QLabel()
        self.online_label.setObjectName("online_label")
        self.pending_badge = badge("Pending approval", "#8A5A00", name="pending_badge")
        self.rejected_badge = badge("Rejected", "#B3161B", name="rejected_badge")
        self.maintenance_badge = badge("Maintenance", "#555B61", name="maintenance_badge")
        self.fault_badge = badge("Charger faulted", "#B3161B", name="fault_badge")
        for w in (self.online_label, self.pending_badge, self.rejected_badge,
                  self.maintenance_badge, self.fault_badge):
            head.addWidget(w)
        head.addStretch(1)
        lay.addLayout(head)
        self.tiles_row = QHBoxLayout()
        self.tiles_row.setSpacing(8)
        lay.addLayout(self.tiles_row)
        self.empty_label = QLabel("No connector has reported yet")
        self.empty_label.setMinimumHeight(40)
        self.tiles_row.addWidget(self.empty_label)
        self.online = online
        self.set_info(state)
        self.set_online(online)

    @property
    def name(self) -> str:
        return self._name

    def set_info(self, state: lq.ChargerState) -> None:
        self._name = state.name
        title = state.name if state.name == state.charge_point_id else (
            f"{state.name}  ·  {state.charge_point_id}")
        self.name_label.setText(title)
        self.setAccessibleName(f"Charge point {title}")
        self.setToolTip(f"{state.charge_point_id} · {state.location or 'no location'}"
                        f" · {state.protocol}")
        self.pending_badge.setVisible(lq.is_pending(state.registration))
        self.rejected_badge.setVisible(state.registration == "REJECTED")
        self.maintenance_badge.setVisible(state.maintenance)
        self.set_charger_status(state.ocpp_status, state.error_code)

    def set_charger_status(self, ocpp_status: str | None, error_code: str | None) -> None:
        faulted = ocpp_status == "Faulted"
        self.fault_badge.setVisible(faulted)
        if faulted:
            self.fault_badge.setText(f"Charger faulted: {error_code or 'unknown error'}")

    def set_online(self, online: bool) -> None:
        self.online = online
        if online:
            self.online_label.setText("● Online")
            self.online_label.setStyleSheet("color: #1E6E2E; font-weight: bold;")
        else:
            self.online_label.setText("○ Offline")
            self.online_label.setStyleSheet("color: #4A4F55; font-weight: bold;")
        for tile in self.tiles.values():
            tile.set_online(online)

    def add_tile(self, tile: ConnectorTile) -> None:
        self.empty_label.hide()
        self.tiles[tile.connector_no] = tile
        pos = sorted(self.tiles).index(tile.connector_no)
        self.tiles_row.insertWidget(pos, tile)
        self.updateGeometry()


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
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.services = ctx.runtime.services
        self.groups: dict[str, ChargerGroup] = {}
        self.tiles: dict[tuple[str, int], ConnectorTile] = {}
        self._session_tiles: set[ConnectorTile] = set()
        self._dirty_chargers: set[str] = set()
        self.completed_today_kwh = 0.0
        self._day_start = lq.day_start_utc(self.services.settings.time_zone)
        self._tasks = TaskSet()
        self.tiles_built = 0

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 12, 12, 6)
        root.setSpacing(8)
        top = QHBoxLayout()
        self.online_counter = Counter("chargers online", "counter_online")
        self.offline_counter = Counter("chargers offline", "counter_offline")
        self.charging_counter = Counter("connectors charging", "counter_charging")
        self.energy_counter = Counter("kWh today", "counter_energy")
        for c in (self.online_counter, self.offline_counter, self.charging_counter,
                  self.energy_counter):
            top.addWidget(c)
        top.addStretch(1)
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("dashboard_filter")
        self.filter_edit.setPlaceholderText("Find a charge point (name or id)…")
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
        self.flow = FlowLayout(self.grid_host, spacing=10)
        self.tiles_scroll.setWidget(self.grid_host)
        root.addWidget(self.tiles_scroll, 1)
        self.empty_label = QLabel(
            "No charge point yet. Point a charger at this computer's OCPP address; it appears "
            "here when it connects.")
        self.empty_label.setWordWrap(True)
        self.empty_label.setObjectName("dashboard_empty")
        root.addWidget(self.empty_label)

        self._load(lq.dashboard_snapshot(self.services.settings.time_zone))

        b = ctx.bridge
        b.connector_status.connect(self._on_status)
        b.meter_batch.connect(self._on_meters)
        b.transaction_started.connect(self._on_tx_started)
        b.transaction_ended.connect(self._on_tx_ended)
        b.charger_connected.connect(self._on_connection)
        b.charger_disconnected.connect(self._on_connection)
        b.charger_updated.connect(self._on_charger_changed)
        b.charger_booted.connect(self._on_charger_changed)

        self._info_timer = QTimer(self)
        self._info_timer.setSingleShot(True)
        self._info_timer.setInterval(200)
        self._info_timer.timeout.connect(self._refresh_dirty_chargers)
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
    def _online(self, cp_id: str) -> bool:
        return cp_id in self.services.chargers.connected

    def _load(self, snap: lq.DashboardSnapshot) -> None:
        self.completed_today_kwh = snap.completed_energy_today_kwh
        self.grid_host.setUpdatesEnabled(False)
        try:
            for state in snap.chargers:
                self._add_group(state)
        finally:
            self.grid_host.setUpdatesEnabled(True)
        self._update_counters()

    def _add_group(self, state: lq.ChargerState) -> ChargerGroup:
        group = ChargerGroup(state, self._online(state.charge_point_id))
        self.groups[state.charge_point_id] = group
        for c in state.connectors:
            if c.connector_no > 0:
                self._add_tile(group, c)
        keys = sorted(self.groups, key=lambda k: (self.groups[k].name.lower(), k))
        self.flow.insertWidget(keys.index(state.charge_point_id), group)
        group.setVisible(self._matches(group))
        self.empty_label.setVisible(False)
        return group

    def _add_tile(self, group: ChargerGroup, state: lq.ConnectorState) -> ConnectorTile:
        tile = ConnectorTile(state, group.online)
        tile.activated.connect(self.open_detail)
        group.add_tile(tile)
        self.tiles[(state.charge_point_id, state.connector_no)] = tile
        if tile.session is not None:
            self._session_tiles.add(tile)
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
            if state is None:
                return None
            self._add_group(state)
            return self.tiles.get((cp_id, connector_no))
        cstate = lq.connector_state(cp_id, connector_no)
        if cstate is None:
            return None
        return self._add_tile(group, cstate)

    # ------------------------------------------------------------------ events
    def _on_status(self, e: ev.ConnectorStatusChanged) -> None:
        if e.connector_id == 0:
            group = self.groups.get(e.charge_point_id)
            if group is not None:
                group.set_charger_status(e.ocpp_status, e.error_code)
            return
        tile = self._tile(e.charge_point_id, e.connector_id)
        if tile is None:
            return
        tile.set_status(e.ocpp_status, e.error_code)
        self._update_counters()

    def _on_meters(self, batch: list[ev.MeterSampled]) -> None:
        for m in batch:
            tile = self.tiles.get((m.charge_point_id, m.connector_id))
            if tile is not None:
                tile.apply_meter(m)
        self._update_counters()

    def _on_tx_started(self, e: ev.TransactionStarted) -> None:
        tile = self._tile(e.charge_point_id, e.connector_id)
        if tile is None:
            return
        session = lq.active_session(e.transaction_id) or lq.SessionInfo(
            e.transaction_id, e.id_tag, None, None, as_utc(e.start_time), 0.0)
        tile.set_session(session)
        self._session_tiles.add(tile)
        self._update_counters()

    def _on_tx_ended(self, e: ev.TransactionEnded) -> None:
        tile = self.tiles.get((e.charge_point_id, e.connector_id))
        if tile is not None and (tile.session is None
                                 or tile.session.transaction_id == e.transaction_id):
            tile.set_session(None)
            self._session_tiles.discard(tile)
        if e.total_energy is not None and as_utc(e.end_time) >= self._day_start:
            self.completed_today_kwh += e.total_energy
        self._update_counters()

    def _on_connection(self, e: ev.ChargerConnected | ev.ChargerDisconnected) -> None:
        group = self.groups.get(e.charge_point_id)
        if group is None:
            self._dirty_chargers.add(e.charge_point_id)
            self._info_timer.start()
            return
        group.set_online(self._online(e.charge_point_id))
        self._update_counters()

    def _on_charger_changed(self, e: ev.ChargerUpdated | ev.ChargerBooted) -> None:
        self._dirty_chargers.add(e.charge_point_id)
        if not self._info_timer.isActive():
            self._info_timer.start()

    def _refresh_dirty_chargers(self) -> None:
        ids, self._dirty_chargers = self._dirty_chargers, set()
        for cp_id in ids:
            state = lq.charger_state(cp_id)
            if state is None:
                continue
            group = self.groups.get(cp_id)
            if group is None:
                self._add_group(state)
                continue
            group.set_info(state)
            group.set_online(self._online(cp_id))
            for c in state.connectors:
                if c.connector_no > 0 and c.connector_no not in group.tiles:
                    self._add_tile(group, c)
        self._update_counters()

    # ------------------------------------------------------------------ timers
    def _tick(self) -> None:
        for tile in self._session_tiles:
            tile.tick()
        start = lq.day_start_utc(self.services.settings.time_zone)
        if start != self._day_start:  # midnight passed
            self._day_start = start
            self._schedule_energy_refresh()

    def site_power_kw(self) -> float:
        return sum(t.power_kw for t in self.tiles.values()
                   if t.delivering and t.power_kw is not None and t.power_kw > 0)

    def sample_power(self) -> None:
        self.chart.set_capacity(float(self.services.settings.site_capacity_kw or 0.0))
        self.chart.add_sample(time.time(), self.site_power_kw())

    def _schedule_energy_refresh(self) -> None:
        self._tasks.spawn_if_running(self._refresh_energy())

    async def _refresh_energy(self) -> None:
        tz = self.services.settings.time_zone
        loop = asyncio.get_running_loop()
        try:
            value = await loop.run_in_executor(None, lq.in_worker, lq.completed_energy_today, tz)
        except Exception:
            log.exception("could not read today's energy")
            return
        self.completed_today_kwh = value
        self._update_counters()

    # ------------------------------------------------------------------ counters, filter
    def running_energy_kwh(self) -> float:
        return sum(t.session_energy_kwh or 0.0 for t in self._session_tiles)

    def _update_counters(self) -> None:
        online = sum(1 for g in self.groups.values() if g.online)
        self.online_counter.set(str(online))
        self.offline_counter.set(str(len(self.groups) - online))
        charging = sum(1 for t in self.tiles.values() if t.charging)
        self.charging_counter.set(str(charging))
        self.energy_counter.set(f"{self.completed_today_kwh + self.running_energy_kwh():.1f}")

    def _matches(self, group: ChargerGroup) -> bool:
        text = self.filter_edit.text().strip().lower()
        return not text or text in group.charge_point_id.lower() or text in group.name.lower()

    def _apply_filter(self) -> None:
        for group in self.groups.values():
            group.setVisible(self._matches(group))
        self.flow.invalidate()

    # ------------------------------------------------------------------ detail
    def open_detail(self, cp_id: str, connector_no: int) -> Any:
        from csms_desktop.gui.connector_detail import open_connector_detail

        return open_connector_detail(self.ctx, cp_id, connector_no, self)


def create(ctx: Any) -> QWidget:
    return DashboardPage(ctx)
