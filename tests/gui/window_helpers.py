"""Build the main window with only some pages (the others stay placeholders), so a test
depends on the pages it checks and nothing else."""

from __future__ import annotations

import importlib
from typing import Any

from csms_desktop.gui.bridge import Bridge
from csms_desktop.gui.main_window import MainWindow
from csms_desktop.gui.pages import PAGE_MODULES, GuiContext
from csms_desktop.protocol.commands import Commands


def window_with(runtime: Any, pages: tuple[str, ...] = (), operator: Any = None,
                login: bool = False, flush_ms: int = 50) -> MainWindow:
    bridge = Bridge(runtime.services.hub, lambda: len(runtime.services.chargers.connected),
                    flush_ms=flush_ms)
    ctx = GuiContext(runtime, bridge, Commands(runtime.server))
    factories = {}
    for name in pages:
        module = importlib.import_module(PAGE_MODULES[name])
        factories[name] = lambda module=module: module.create(ctx)
    win = MainWindow(runtime, bridge, factories, ctx=ctx, operator=operator, login=login)
    ctx.window = win
    return win
