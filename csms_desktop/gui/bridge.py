"""The one QObject between the plain-Python event hub and the widgets.

Signals (payload: the frozen event dataclass from ``services.events``):

- ``server_started(ServerStarted)``, ``server_stopped(ServerStopped)``
- ``charger_connected(ChargerConnected)``, ``charger_disconnected(ChargerDisconnected)``
- ``charger_booted(ChargerBooted)``, ``charger_updated(ChargerUpdated)``
- ``connector_status(ConnectorStatusChanged)``
- ``meter_batch(list[MeterSampled])``: coalesced, flushed every ``flush_ms`` (default 300 ms)
- ``transaction_started(TransactionStarted)``, ``transaction_ended(TransactionEnded)``
- ``notification(NotificationCreated)``, ``security_event(SecurityEvent)``
- ``unknown_tag(UnknownTagSeen)``, ``messages_logged(int)``: rows written since last flush
- ``connected_count(int)``: how many charge points are connected now

Widgets connect only to these signals, never to the hub.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal

from csms_desktop.services import events as ev


class Bridge(QObject):
    server_started = Signal(object)
    server_stopped = Signal(object)
    charger_connected = Signal(object)
    charger_disconnected = Signal(object)
    charger_booted = Signal(object)
    charger_updated = Signal(object)
    connector_status = Signal(object)
    meter_batch = Signal(list)
    transaction_started = Signal(object)
    transaction_ended = Signal(object)
    notification = Signal(object)
    security_event = Signal(object)
    unknown_tag = Signal(object)
    messages_logged = Signal(int)
    connected_count = Signal(int)

    def __init__(self, hub: ev.EventHub, connected_fn: Any = None, flush_ms: int = 300,
                 parent: QObject | None = None):
        super().__init__(parent)
        self._connected_fn = connected_fn or (lambda: 0)
        self._meters: dict[tuple[str, int], ev.MeterSampled] = {}
        self._logged = 0
        self._direct: dict[type[ev.Event], Any] = {
            ev.ServerStarted: self.server_started,
            ev.ServerStopped: self.server_stopped,
            ev.ChargerBooted: self.charger_booted,
            ev.ChargerUpdated: self.charger_updated,
            ev.ConnectorStatusChanged: self.connector_status,
            ev.TransactionStarted: self.transaction_started,
            ev.TransactionEnded: self.transaction_ended,
            ev.NotificationCreated: self.notification,
            ev.SecurityEvent: self.security_event,
            ev.UnknownTagSeen: self.unknown_tag,
        }
        # every node's events when several share a PostgreSQL database (services/nodebus.py)
        self._unsubscribe = hub.subscribe(None, self._on_event, remote=True)
        self._timer = QTimer(self)
        self._timer.setInterval(flush_ms)
        self._timer.timeout.connect(self.flush)
        self._timer.start()

    def _on_event(self, event: ev.Event) -> None:
        if isinstance(event, ev.MeterSampled):
            # Coalesce: only the newest sample per connector reaches the widgets.
            self._meters[(event.charge_point_id, event.connector_id)] = event
            return
        if isinstance(event, ev.MessagesLogged):
            self._logged += event.count
            return
        if isinstance(event, ev.ChargerConnected):
            self.charger_connected.emit(event)
            self.connected_count.emit(int(self._connected_fn()))
            return
        if isinstance(event, ev.ChargerDisconnected):
            self.charger_disconnected.emit(event)
            self.connected_count.emit(int(self._connected_fn()))
            return
        signal = self._direct.get(type(event))
        if signal is not None:
            signal.emit(event)

    def flush(self) -> None:
        if self._meters:
            batch, self._meters = list(self._meters.values()), {}
            self.meter_batch.emit(batch)
        if self._logged:
            count, self._logged = self._logged, 0
            self.messages_logged.emit(count)

    def close(self) -> None:
        self._timer.stop()
        self._unsubscribe()
