"""The hub's events as the API carries them: numbered, named, JSON, filterable by charger.

:class:`EventBroker` subscribes to the hub once and fans each event out to the
server-sent-event streams (``GET /api/v1/events``) and the webhook dispatcher, without
ever waiting: a stream whose client reads too slowly is ended with an ``overflow`` event
(the client reconnects with ``Last-Event-ID`` and gets what it missed from the last
:data:`REPLAY` events). Publishing costs one dict and one JSON encoding per event.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from csms_desktop.api.serialize import iso, plain
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.events import Event, EventHub
from csms_desktop.services.webhook_config import EVENT_NAMES, EVENT_TYPES

REPLAY = 2000
QUEUE = 2000
KEEPALIVE_S = 15.0


@dataclass(frozen=True)
class ApiEvent:
    seq: int
    name: str
    charge_point_id: str | None
    at: str
    data: dict[str, Any]
    text: str  # the JSON of {"id", "event", "at", "charge_point_id", "data"}


class Subscription:
    def __init__(self, broker: EventBroker, names: frozenset[str], chargers: frozenset[str]
                 ) -> None:
        self.broker = broker
        self.names = names
        self.chargers = chargers
        self.queue: asyncio.Queue[ApiEvent | None] = asyncio.Queue(QUEUE)
        self.overflowed = False

    def wants(self, e: ApiEvent) -> bool:
        return ((not self.names or e.name in self.names)
                and (not self.chargers or e.charge_point_id in self.chargers))

    def offer(self, e: ApiEvent) -> None:
        if self.overflowed or not self.wants(e):
            return
        try:
            self.queue.put_nowait(e)
        except asyncio.QueueFull:
            self.overflowed = True
            with contextlib.suppress(asyncio.QueueEmpty):
                self.queue.get_nowait()
            self.queue.put_nowait(None)

    def close(self) -> None:
        self.broker.subscribers.discard(self)
        with contextlib.suppress(asyncio.QueueFull):
            self.queue.put_nowait(None)


class EventBroker:
    def __init__(self, hub: EventHub) -> None:
        self.hub = hub
        self.seq = 0
        self.recent: deque[ApiEvent] = deque(maxlen=REPLAY)
        self.subscribers: set[Subscription] = set()
        self.listeners: list[Callable[[ApiEvent], None]] = []
        # every node's events on a shared database (services/nodebus.py) reach the
        # streams; webhooks only this node's: each event is sent where it happened, once
        self._unsubscribers = (hub.subscribe(None, self._on_event),
                               hub.subscribe(None, self._on_remote, local=False, remote=True))

    def close(self) -> None:
        for unsubscribe in self._unsubscribers:
            unsubscribe()
        for sub in list(self.subscribers):
            sub.close()

    def _on_remote(self, event: Event) -> None:
        self._on_event(event, remote=True)

    def _on_event(self, event: Event, remote: bool = False) -> None:
        name = EVENT_NAMES.get(type(event))
        if name is None:
            return
        self.seq += 1
        data = plain(event)
        cp_id = data.get("charge_point_id")
        at = iso(utcnow())
        text = json.dumps({"id": self.seq, "event": name, "at": at, "charge_point_id": cp_id,
                           "data": data}, ensure_ascii=False, separators=(",", ":"))
        e = ApiEvent(self.seq, name, cp_id, at, data, text)
        self.recent.append(e)
        for sub in list(self.subscribers):
            sub.offer(e)
        if not remote:
            for fn in self.listeners:
                fn(e)

    def subscribe(self, names: frozenset[str] = frozenset(),
                  chargers: frozenset[str] = frozenset(), after: int | None = None
                  ) -> tuple[Subscription, list[ApiEvent]]:
        """A new subscription and the kept events after ``after`` it asked for."""
        sub = Subscription(self, names, chargers)
        replay = [e for e in self.recent if after is not None and e.seq > after and sub.wants(e)]
        self.subscribers.add(sub)
        return sub, replay


def sse(e: ApiEvent) -> bytes:
    return f"id: {e.seq}\nevent: {e.name}\ndata: {e.text}\n\n".encode()


def event_names() -> list[str]:
    return list(EVENT_TYPES)
