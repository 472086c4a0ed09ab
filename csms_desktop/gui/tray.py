"""System tray: keep the OCPP server running with the window closed.

Closing the window asks whether to keep the server running in the tray (the default is
yes while chargers are connected); the choice can be remembered. The tray menu reopens
the window or quits, and quitting stops the server cleanly (``application.main`` waits for
``window.closed``). Without a system tray (offscreen, CI, some desktops) closing quits, as
before.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap, QPolygonF
from PySide6.QtWidgets import QCheckBox, QMenu, QMessageBox, QSystemTrayIcon, QWidget

from csms_desktop.gui.i18n import tr

KEEP = "tray"
QUIT = "quit"
CANCEL = "cancel"


def bring_to_front(w: QWidget) -> None:
    """Raise and activate a window (the offscreen platform of the tests cannot raise)."""
    if QGuiApplication.platformName() != "offscreen":
        w.raise_()
    w.activateWindow()


def app_icon(size: int = 64) -> QIcon:
    """A plug-and-bolt badge drawn in code (the tray needs an icon)."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#1b7f3b"))
    p.drawRoundedRect(2, 2, size - 4, size - 4, size * 0.2, size * 0.2)
    p.setBrush(QColor("#ffffff"))
    s = size
    bolt = QPolygonF([QPointF(s * 0.56, s * 0.12), QPointF(s * 0.26, s * 0.56),
                      QPointF(s * 0.47, s * 0.56), QPointF(s * 0.40, s * 0.88),
                      QPointF(s * 0.74, s * 0.42), QPointF(s * 0.53, s * 0.42)])
    p.drawPolygon(bolt)
    p.end()
    return QIcon(pm)


class TrayController(QObject):
    """Owns the tray icon and decides what closing the window means.

    ``available`` and ``ask`` can be given by tests; ``ask(connected) -> (choice, remember)``
    replaces the question box.
    """

    def __init__(self, window: Any, connected: Callable[[], int],
                 available: bool | None = None,
                 ask: Callable[[int], tuple[str, bool]] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.connected = connected
        real = QSystemTrayIcon.isSystemTrayAvailable()
        self.available = real if available is None else available
        self._ask = ask or self._ask_box
        self.icon: QSystemTrayIcon | None = None
        self.hidden_to_tray = False
        self.last_message: tuple[str, str] | None = None
        if self.available and real:  # tests may force ``available`` without a real tray
            self.icon = QSystemTrayIcon(app_icon(), self)
            self.icon.setToolTip(tr("CSMS Desktop — OCPP server"))
            menu = QMenu()
            self.menu = menu
            self.open_action = menu.addAction(tr("Open CSMS Desktop"))
            self.open_action.triggered.connect(self.show_window)
            menu.addSeparator()
            self.quit_action = menu.addAction(tr("Quit (stop the OCPP server)"))
            self.quit_action.triggered.connect(self.quit)
            self.icon.setContextMenu(menu)
            self.icon.activated.connect(self._activated)
            self.icon.show()
        window.close_handler = self.handle_close

    # ------------------------------------------------------------------ closing
    def remembered(self) -> str | None:
        value = self.window.gui_settings().value("tray/on_close")
        return value if value in (KEEP, QUIT) else None

    def handle_close(self) -> bool:
        """True: let the window close (and the app quit). False: it stays or hides."""
        if not self.available:
            return True
        n = int(self.connected())
        choice = self.remembered()
        if choice is None:
            choice, remember = self._ask(n)
            if remember and choice in (KEEP, QUIT):
                self.window.gui_settings().setValue("tray/on_close", choice)
        if choice == KEEP:
            self.window.hide()
            self.hidden_to_tray = True
            if n == 1:
                text = tr("The OCPP server is still serving 1 charger. Use the tray icon to "
                          "reopen or quit.")
            else:
                text = tr("The OCPP server is still serving {count} chargers. Use the tray "
                          "icon to reopen or quit.").format(count=n)
            self.show_message(tr("CSMS Desktop keeps running"), text, warning=False)
            return False
        return choice == QUIT

    def _ask_box(self, connected: int) -> tuple[str, bool]:
        box = QMessageBox(self.window)
        box.setWindowTitle(tr("Close CSMS Desktop"))
        box.setIcon(QMessageBox.Icon.Question)
        if connected == 1:
            box.setText(tr("1 charger is connected. Keep the OCPP server running in the "
                           "system tray?"))
        elif connected:
            box.setText(tr("{count} chargers are connected. Keep the OCPP server running in "
                           "the system tray?").format(count=connected))
        else:
            box.setText(tr("Keep the OCPP server running in the system tray?"))
        box.setInformativeText(tr("Quitting stops the server: chargers lose their connection "
                                  "until CSMS Desktop runs again."))
        keep = box.addButton(tr("Keep running in the tray"), QMessageBox.ButtonRole.AcceptRole)
        quit_ = box.addButton(tr("Quit"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep if connected else quit_)
        remember = QCheckBox(tr("Do not ask again"))
        box.setCheckBox(remember)
        box.exec()
        clicked = box.clickedButton()
        if clicked is keep:
            return KEEP, remember.isChecked()
        if clicked is quit_:
            return QUIT, remember.isChecked()
        return CANCEL, False

    # ------------------------------------------------------------------ tray actions
    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.show_window()

    def show_window(self) -> None:
        self.hidden_to_tray = False
        self.window.showNormal()
        bring_to_front(self.window)

    def quit(self) -> None:
        """Close for good: ``window.closed`` fires and the application stops the server."""
        self.window.quit_app()

    def show_message(self, title: str, text: str, warning: bool = True) -> None:
        self.last_message = (title, text)
        if self.icon is not None and self.icon.supportsMessages():
            icon = (QSystemTrayIcon.MessageIcon.Warning if warning
                    else QSystemTrayIcon.MessageIcon.Information)
            self.icon.showMessage(title, text, icon, 8000)

    def remove(self) -> None:
        if self.icon is not None:
            self.icon.hide()
