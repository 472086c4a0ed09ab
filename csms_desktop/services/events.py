"""A plain-Python event hub: services publish frozen dataclass events, anyone subscribes.

The GUI subscribes through ``gui/bridge.py``; tests subscribe directly. Publishing is
synchronous and cheap; a subscriber that raises is logged and does not stop the others.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Event:
    pass


@dataclass(frozen=True)
class ServerStarted(Event):
    host: str
    port: int


@dataclass(frozen=True)
class ServerStopped(Event):
    pass


@dataclass(frozen=True)
class ChargerConnected(Event):
    charge_point_id: str
    protocol: str
    remote: str


@dataclass(frozen=True)
class ChargerDisconnected(Event):
    charge_point_id: str
    reason: str


@dataclass(frozen=True)
class ChargerBooted(Event):
    charge_point_id: str
    vendor: str
    model: str
    registration_status: str


@dataclass(frozen=True)
class ChargerUpdated(Event):
    """Anything about a charge point row changed (name, status, heartbeat, admission)."""

    charge_point_id: str


@dataclass(frozen=True)
class ConnectorStatusChanged(Event):
    charge_point_id: str
    connector_id: int
    status: str  # seed enum (AVAILABLE, OCCUPIED, ...)
    ocpp_status: str  # as the charger said (Charging, SuspendedEV, ...)
    error_code: str | None
    timestamp: datetime


@dataclass(frozen=True)
class MeterSampled(Event):
    charge_point_id: str
    connector_id: int
    transaction_id: str | None
    timestamp: datetime
    energy_kwh: float | None
    power_kw: float | None
    current_a: float | None
    voltage_v: float | None
    soc: float | None


@dataclass(frozen=True)
class TransactionStarted(Event):
    charge_point_id: str
    connector_id: int
    transaction_id: str
    id_tag: str | None
    user_id: str | None
    start_time: datetime


@dataclass(frozen=True)
class TransactionEnded(Event):
    charge_point_id: str
    connector_id: int
    transaction_id: str
    total_energy: float | None
    total_cost: str | None  # Decimal as text
    stop_reason: str | None
    end_time: datetime


@dataclass(frozen=True)
class NotificationCreated(Event):
    notification_id: str
    type: str
    title: str
    message: str
    charge_point_id: str | None


@dataclass(frozen=True)
class MessagesLogged(Event):
    """A batch of OCPP frames reached the message log."""

    count: int


@dataclass(frozen=True)
class SecurityEvent(Event):
    charge_point_id: str
    kind: str
    detail: str


@dataclass(frozen=True)
class UnknownTagSeen(Event):
    charge_point_id: str
    id_tag: str


Handler = Callable[[Any], None]


class EventHub:
    """Subscribers always run on the thread that owns the hub (the event loop's, once
    :meth:`bind` was called): an event published by the database thread is handed to
    the loop and delivered there, in publishing order."""

    def __init__(self) -> None:
        self._subs: dict[type[Event] | None, list[Handler]] = defaultdict(list)
        # handlers that also see other nodes' events (services/nodebus.py)
        self._remote: dict[type[Event] | None, list[Handler]] = defaultdict(list)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._owner: int | None = None
        self._held = threading.local()  # events of the running database batch

    def bind(self, loop: asyncio.AbstractEventLoop) -> None:
        """Deliver on ``loop`` (called by the server on start, on the loop's thread)."""
        self._loop = loop
        self._owner = threading.get_ident()

    def subscribe(self, event_type: type[Event] | None, handler: Handler, *,
                  local: bool = True, remote: bool = False) -> Callable[[], None]:
        """Call ``handler(event)`` for every event of ``event_type`` (None: all events).

        ``remote``: the events of the other nodes on the same database too (observers:
        the API's event stream, the GUI); by default only this process's own (services
        that act on an event must act once, on the node where it happened). ``local``
        False: only the other nodes' events.
        Returns a function that unsubscribes.
        """
        if local:
            self._subs[event_type].append(handler)
        if remote:
            self._remote[event_type].append(handler)

        def unsubscribe() -> None:
            for subs in (self._subs, self._remote):
                try:
                    subs[event_type].remove(handler)
                except ValueError:
                    pass

        return unsubscribe

    def publish(self, event: Event) -> None:
        if self._owner is not None and threading.get_ident() != self._owner:
            held = getattr(self._held, "events", None)
            if held is not None:  # a database batch: delivered once it is committed
                held.append(event)
                return
            loop = self._loop
            if loop is not None and not loop.is_closed():
                loop.call_soon_threadsafe(self._deliver, event)
                return
        self._deliver(event)

    # -- the database thread holds a batch's events until the batch is committed: a
    # subscriber that reads what the event names (the dashboard looking up a started
    # transaction's driver) must find it on its own connection
    def hold(self) -> None:
        self._held.events = []

    def release(self) -> list[Event]:
        """The events held since :meth:`hold`, no longer held."""
        events: list[Event] = getattr(self._held, "events", None) or []
        self._held.events = None
        return events

    def deliver_all(self, events: list[Event]) -> None:
        for event in events:
            self._deliver(event)

    def deliver_remote(self, event: Event) -> None:
        """An event another node published (on the loop thread): to the subscribers that
        asked for remote events only; it is never published again, so never echoed."""
        for handler in (*self._remote.get(type(event), ()), *self._remote.get(None, ())):
            try:
                handler(event)
            except Exception:
                log.exception("event subscriber failed on a remote %s", type(event).__name__)

    def _deliver(self, event: Event) -> None:
        for handler in (*self._subs.get(type(event), ()), *self._subs.get(None, ())):
            try:
                handler(event)
            except Exception:
                log.exception("event subscriber failed on %s", type(event).__name__)
