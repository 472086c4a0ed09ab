"""The services bundle the server and the GUI are given (wired once in app.py)."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from csms_desktop.services.authorization import Authorizer
from csms_desktop.services.chargers import ChargerService
from csms_desktop.services.charging import ChargingService
from csms_desktop.services.dbworker import DbWorker
from csms_desktop.services.events import EventHub
from csms_desktop.services.messagelog import MessageLog
from csms_desktop.services.notifications import Notifier
from csms_desktop.services.settings import SiteSettings, load_settings, save_settings
from csms_desktop.services.writer import BatchWriter


@dataclass
class Services:
    hub: EventHub
    writer: BatchWriter
    settings: SiteSettings
    notifier: Notifier
    chargers: ChargerService
    authorizer: Authorizer
    charging: ChargingService
    messages: MessageLog
    worker: DbWorker = field(default=None)  # type: ignore[assignment]  # set in __post_init__
    extras: dict[str, Any] = field(default_factory=dict)
    # called as fn(cp_id, request, result) after every command the CSMS sends
    command_hooks: list[Any] = field(default_factory=list)

    def __post_init__(self) -> None:
        if self.worker is None:
            self.worker = DbWorker(self.writer, hub=self.hub)
            self.writer.worker = self.worker

    def apply_settings(self, **changes: Any) -> SiteSettings:
        """Validate, persist and propagate new settings to every service."""
        new = dataclasses.replace(self.settings, **changes)
        save_settings(new)
        self.settings = new
        self.chargers.settings = new
        self.charging.settings = new
        self.authorizer.free_charging = new.free_charging
        return new


def build_services(settings: SiteSettings | None = None, hub: EventHub | None = None) -> Services:
    """Wire the services on an open database (migrations already run)."""
    hub = hub or EventHub()
    settings = settings or load_settings()
    writer = BatchWriter()
    notifier = Notifier(hub)
    chargers = ChargerService(hub, writer, settings, notifier)
    authorizer = Authorizer(hub, settings.free_charging)
    charging = ChargingService(hub, writer, settings, chargers, authorizer, notifier)
    from csms_desktop.services.events import MessagesLogged
    from csms_desktop.store.models import OCPPMessage

    def _logged(counts: dict[Any, int]) -> None:
        n = counts.get(OCPPMessage, 0)
        if n:
            hub.publish(MessagesLogged(n))

    writer.after_flush.append(_logged)
    return Services(hub, writer, settings, notifier, chargers, authorizer, charging,
                    MessageLog(writer))
