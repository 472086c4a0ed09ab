"""Confirm what cannot be undone: a window-modal question whose default is the safe choice.

``confirm`` opens the box and returns at once (no nested event loop, so it is safe from
qasync slots); ``on_yes`` runs only when the person clicks the action's own button.
Enter and Escape both choose Cancel.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

BOX_NAME = "confirm_box"


def confirm(parent: QWidget, title: str, text: str, action: str,
            on_yes: Callable[[], object], detail: str = "") -> QMessageBox:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text,
                      QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(BOX_NAME)
    if detail:
        box.setInformativeText(detail)
    yes = box.addButton(action, QMessageBox.ButtonRole.DestructiveRole)
    yes.setObjectName("confirm_yes")
    yes.setAutoDefault(False)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    cancel.setObjectName("confirm_cancel")
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.setWindowModality(Qt.WindowModality.WindowModal)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if box.clickedButton() is yes:
            on_yes()

    box.finished.connect(finished)
    box.open()
    return box


def pending_box(parent: QWidget) -> QMessageBox | None:
    """The confirmation open over ``parent`` (tests and the tray use it)."""
    for box in parent.findChildren(QMessageBox, BOX_NAME):
        if box.isVisible():
            return box
    return None
