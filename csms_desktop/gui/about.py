"""Help > About: the version (``csms_desktop.__version__``), where the data lives, the
libraries and the bundled font's licence.

Wiring (main_window.py)::

    from csms_desktop.gui.about import show_about
    help_menu = self.menuBar().addMenu("&Help")
    self.about_action = QAction("&About CSMS Desktop", self)
    self.about_action.triggered.connect(lambda: show_about(self))
    help_menu.addAction(self.about_action)
"""

from __future__ import annotations

import html
import platform
import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QIcon, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csms_desktop import __version__
from csms_desktop.gui.i18n import tr
from csms_desktop.paths import data_dir, log_dir, resource

ICON = ("icons", "csms-desktop.png")
FONT_LICENCE = ("fonts", "LICENSE-Waree.txt")


def app_icon() -> QIcon:
    """The application icon from ``resources/icons`` (an empty QIcon if it is missing)."""
    path = resource(*ICON)
    return QIcon(str(path)) if path.is_file() else QIcon()


def about_text() -> str:
    """The dialog's text (rich text); also what tests check."""
    frozen = tr("installed build") if getattr(sys, "frozen", False) else tr("from source")
    rows = [
        (tr("Version"), f"{__version__} ({frozen})"),
        (tr("Data folder"), str(data_dir())),
        (tr("Logs"), str(log_dir())),
        ("Python", f"{platform.python_version()} ({platform.system()} {platform.machine()})"),
        ("Qt", f"{qVersion()} (PySide6 {pyside_version})"),
    ]
    table = "".join(
        f"<tr><td style='padding-right:12px'><b>{html.escape(k)}</b></td>"
        f"<td>{html.escape(v)}</td></tr>" for k, v in rows
    )
    return (
        "<h2>CSMS Desktop</h2><p>"
        + html.escape(tr("Charging-station management system: OCPP 1.6J and 2.0.1 central "
                         "system for the charge points on the site LAN."))
        + f"</p><table>{table}</table><p>"
        + html.escape(tr("Documents use the TLWG Waree font (Bitstream Vera licence, shipped "
                         "with the application). Built with Qt for Python (LGPLv3), ocpp, "
                         "websockets, peewee, pyqtgraph, ReportLab and Babel."))
        + "</p>"
    )


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AboutDialog")
        self.setWindowTitle(tr("About CSMS Desktop"))
        outer = QVBoxLayout(self)
        row = QHBoxLayout()
        pixmap = QPixmap(str(resource(*ICON)))
        if not pixmap.isNull():
            icon = QLabel()
            icon.setPixmap(pixmap.scaled(96, 96, Qt.AspectRatioMode.KeepAspectRatio,
                                          Qt.TransformationMode.SmoothTransformation))
            icon.setFixedSize(104, 104)
            row.addWidget(icon)
        self.text = QLabel(about_text())
        self.text.setWordWrap(True)
        self.text.setMinimumWidth(420)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row.addWidget(self.text, 1)
        outer.addLayout(row)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.open_data = QPushButton(tr("Open data folder"))
        self.open_data.clicked.connect(self.open_data_folder)
        buttons.addButton(self.open_data, QDialogButtonBox.ButtonRole.ActionRole)
        licence = resource(*FONT_LICENCE)
        if licence.is_file():
            self.open_licence = QPushButton(tr("Font licence"))
            self.open_licence.clicked.connect(
                lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(licence))))
            buttons.addButton(self.open_licence, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        outer.addWidget(buttons)

    def open_data_folder(self) -> None:
        folder = data_dir()
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def show_about(parent: QWidget | None = None) -> AboutDialog:
    dialog = AboutDialog(parent)
    dialog.open()
    return dialog
