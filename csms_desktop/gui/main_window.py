"""The main window: navigation between pages, a live status bar, clean shutdown on close."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from csms_desktop import __version__
from csms_desktop.gui.bridge import Bridge
from csms_desktop.headless import Runtime
from csms_desktop.paths import data_dir

PAGES = (
    "Dashboard", "Charge points", "Transactions", "Drivers", "Reservations", "Billing",
    "Messages", "Settings",
)


class PlaceholderPage(QWidget):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        lay = QVBoxLayout(self)
        label = QLabel(f"<h2>{title}</h2><p>This page is being built.</p>")
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        lay.addWidget(label)


class MainWindow(QMainWindow):
    closed = Signal()

    def __init__(self, runtime: Runtime, bridge: Bridge,
                 page_factories: dict[str, Callable[[], QWidget]] | None = None) -> None:
        super().__init__()
        self.runtime = runtime
        self.bridge = bridge
        self.setWindowTitle(f"CSMS Desktop — {runtime.services.settings.site_name}")
        self.setObjectName("MainWindow")
        central = QWidget()
        lay = QHBoxLayout(central)
        lay.setContentsMargins(0, 0, 0, 0)
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setFixedWidth(190)
        self.stack = QStackedWidget()
        lay.addWidget(self.nav)
        lay.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.pages: dict[str, QWidget] = {}
        factories = page_factories or {}
        for i, name in enumerate(PAGES):
            page = factories[name]() if name in factories else PlaceholderPage(name)
            page.setObjectName(f"page_{name.replace(' ', '_').lower()}")
            self.pages[name] = page
            self.stack.addWidget(page)
            item = QListWidgetItem(f"{name}    Ctrl+{i + 1}")
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(f"{name} (Ctrl+{i + 1})")
            self.nav.addItem(item)
            shortcut = QShortcut(QKeySequence(f"Ctrl+{i + 1}"), self)
            shortcut.activated.connect(lambda n=name: self.show_page(n))
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.server_label = QLabel("OCPP server: starting…")
        self.server_label.setObjectName("server_label")
        self.count_label = QLabel("0 charge points connected")
        self.count_label.setObjectName("count_label")
        self.statusBar().addWidget(self.server_label, 1)
        self.statusBar().addPermanentWidget(self.count_label)
        self.statusBar().addPermanentWidget(QLabel(f"v{__version__}"))
        bridge.server_started.connect(self._on_server_started)
        bridge.server_stopped.connect(lambda _e: self.server_label.setText("OCPP server: stopped"))
        bridge.connected_count.connect(self._on_count)
        self.nav.setCurrentRow(0)
        self._restore()

    def show_page(self, name: str) -> None:
        self.nav.setCurrentRow(PAGES.index(name))

    def current_page(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def _on_server_started(self, event: object) -> None:
        host = getattr(event, "host", "?")
        port = getattr(event, "port", 0)
        self.server_label.setText(f"OCPP server listening on ws://{host}:{port}/")

    def _on_count(self, n: int) -> None:
        self.count_label.setText(f"{n} charge point{'s' if n != 1 else ''} connected")

    @staticmethod
    def gui_settings() -> QSettings:
        """Window state lives in the data directory, next to the database."""
        return QSettings(str(data_dir() / "gui.ini"), QSettings.Format.IniFormat)

    def _restore(self) -> None:
        s = self.gui_settings()
        geometry = s.value("window/geometry")
        self.resize(1280, 800)
        if geometry is not None:
            self.restoreGeometry(geometry)
            if self.width() < 900 or self.height() < 600:
                self.resize(1280, 800)
        page = s.value("window/page")
        if isinstance(page, str) and page in PAGES:
            self.show_page(page)

    def closeEvent(self, event: QCloseEvent) -> None:
        s = self.gui_settings()
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/page", self.current_page())
        self.closed.emit()
        super().closeEvent(event)
