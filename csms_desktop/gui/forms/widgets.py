"""Widgets the forms of ``ui/`` promote (Designer "custom widgets", header this module)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


class MessageLabel(QLabel):
    """A red message that takes no room while it is empty."""

    def setText(self, text: str) -> None:  # Qt override
        super().setText(text)
        self.setVisible(bool(text))
