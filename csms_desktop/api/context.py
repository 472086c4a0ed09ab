"""What every handler is given: the services, the command interface, the shared driver /
reservation / profile services, tokens, the event broker and the webhook dispatcher."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from csms_desktop.api.auth import RateLimiter, TokenCache
from csms_desktop.protocol.commands import Commands
from csms_desktop.services.context import Services
from csms_desktop.services.driver_services import DriverServices, install
from csms_desktop.services.live_queries import in_worker

if TYPE_CHECKING:
    from csms_desktop.api.events import EventBroker
    from csms_desktop.api.webhooks import WebhookDispatcher

T = TypeVar("T")


@dataclass
class ApiContext:
    services: Services
    commands: Commands
    tokens: TokenCache = field(default_factory=TokenCache)
    limiter: RateLimiter = field(default_factory=RateLimiter)
    broker: EventBroker | None = None
    webhooks: WebhookDispatcher | None = None
    hits: set[tuple[str, str]] | None = None  # routes answered (tests check coverage)
    extras: dict[str, Any] = field(default_factory=dict)

    @property
    def bundle(self) -> DriverServices:
        return install(self.services, self.commands)

    async def read(self, fn: Callable[..., T], *args: Any) -> T:
        """``fn(*args)`` (database reads) in a worker thread: the loop keeps serving
        the chargers meanwhile."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(None, in_worker, fn, *args)
