"""One place that creates the driver, local-list, reservation and profile services.

``install(services, commands)`` is idempotent: the app wiring and every page call it and
share one instance of each (kept in ``services.extras``), so the hub subscriptions
(unknown tags, driver changes, charger boots) exist once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from csms_desktop.services.command_port import CommandPort
from csms_desktop.services.credentials import CredentialService
from csms_desktop.services.drivers import DriverService
from csms_desktop.services.local_list import LocalListService
from csms_desktop.services.profiles import ProfileService
from csms_desktop.services.reservations import ReservationService

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

KEY = "driver_services"


@dataclass
class DriverServices:
    drivers: DriverService
    local_lists: LocalListService
    reservations: ReservationService
    profiles: ProfileService
    credentials: CredentialService

    def close(self) -> None:
        self.drivers.close()
        self.local_lists.close()
        self.credentials.close()


def install(services: Services, commands: CommandPort | None = None) -> DriverServices:
    """The shared instances (created on first call; a later ``commands`` fills a gap)."""
    bundle = services.extras.get(KEY)
    if bundle is None:
        bundle = DriverServices(
            drivers=DriverService(services),
            local_lists=LocalListService(services, commands),
            reservations=ReservationService(services, commands),
            profiles=ProfileService(services, commands),
            credentials=CredentialService(services, commands),
        )
        services.extras[KEY] = bundle
    elif commands is not None:
        for svc in (bundle.local_lists, bundle.reservations, bundle.profiles,
                    bundle.credentials):
            if svc.commands is None:
                svc.commands = commands
    assert isinstance(bundle, DriverServices)
    return bundle
