"""Builds the main window with the pages that exist.

Each page lives in its own module under ``gui/pages_*`` and exposes
``create(ctx: GuiContext) -> QWidget``; a missing module leaves a placeholder.
"""

from __future__ import annotations

import functools
import importlib
import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtWidgets import QWidget

from csms_desktop.gui import fmt
from csms_desktop.gui.bridge import Bridge
from csms_desktop.gui.main_window import MainWindow
from csms_desktop.headless import Runtime
from csms_desktop.protocol.commands import Commands

log = logging.getLogger(__name__)

PAGE_MODULES = {
    "Dashboard": "csms_desktop.gui.pages_dashboard",
    "Charge points": "csms_desktop.gui.pages_chargers",
    "Transactions": "csms_desktop.gui.pages_transactions",
    "Drivers": "csms_desktop.gui.pages_drivers",
    "Reservations": "csms_desktop.gui.pages_reservations",
    "Billing": "csms_desktop.gui.pages_billing",
    "Messages": "csms_desktop.gui.pages_messages",
    "Settings": "csms_desktop.gui.pages_settings",
    "Load": "csms_desktop.gui.pages_load",
    "Security": "csms_desktop.gui.pages_security",
}


@dataclass
class GuiContext:
    """What every page gets: the runtime (services, server), the bridge, the commands."""

    runtime: Runtime
    bridge: Bridge
    commands: Commands
    window: Any = None  # the MainWindow, set once built
    extras: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        # every time on screen is in the site's zone, money without a currency of its own
        # in the site's, both read from the settings service
        services = self.runtime.services
        fmt.bind_site_zone(lambda: services.settings.time_zone)
        fmt.bind_site_currency(lambda: services.settings.currency)


def build_window(runtime: Runtime, bridge: Bridge, operator: Any = None,
                 login: bool = False) -> MainWindow:
    """The window with every page. ``login``: start on the sign-in screen; ``operator``
    (an ``OperatorInfo``): start signed in as that operator; neither: no access control."""
    ctx = GuiContext(runtime, bridge, Commands(runtime.server))
    factories: dict[str, Callable[[], QWidget]] = {}
    for name, module_name in PAGE_MODULES.items():
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        factories[name] = functools.partial(module.create, ctx)
    window = MainWindow(runtime, bridge, factories, ctx=ctx, operator=operator, login=login)
    ctx.window = window
    return window
