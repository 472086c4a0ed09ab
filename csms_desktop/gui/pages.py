"""Builds the main window with the pages that exist (later issues add more)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from csms_desktop.gui.bridge import Bridge
from csms_desktop.gui.main_window import MainWindow
from csms_desktop.headless import Runtime


def build_window(runtime: Runtime, bridge: Bridge) -> MainWindow:
    factories: dict[str, Callable[[], QWidget]] = {}
    return MainWindow(runtime, bridge, factories)
