"""Inline validation: a red message beside (or under) each field, and a red frame on it.

``FieldErrors.add(name, widget)`` registers an input and returns a ``(row widget)``
holding the input and its message label; ``show(errors)`` displays a service's
``ValidationError.errors`` (unknown field names go to a general label); ``clear()``
hides them all.
"""

from __future__ import annotations

from typing import Any, TypeVar

from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from csms_desktop.gui.i18n import tr


def translated(message: object) -> str:
    """A message from the services in the interface's language: a
    ``services.validation.Message`` by its template (the fields filled in again), a fixed
    text marked ``QT_TR_NOOP`` as it is; any other text is shown unchanged."""
    template = getattr(message, "template", None)
    fields = getattr(message, "fields", None)
    if isinstance(template, str) and isinstance(fields, dict):
        values = {k: translated(v) if hasattr(v, "template") else v for k, v in fields.items()}
        try:
            return tr(template).format(**values)
        except (KeyError, IndexError, ValueError):  # a translation that lost a field
            return str(message)
    return tr(str(message)) if message else ""


def translated_all(errors: dict[str, str]) -> dict[str, str]:
    """``errors`` (field -> message) with each message translated."""
    return {k: translated(v) for k, v in errors.items()}


ERROR_CSS = "color: #B3161B;"
INVALID_CSS = "border: 1px solid #B3161B; border-radius: 2px;"


class FieldErrors:
    def __init__(self, general: QLabel | None = None) -> None:
        self.labels: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.aliases: dict[str, str] = {}
        self.general = general or self._label("general")
        self.shown: dict[str, str] = {}

    @staticmethod
    def _label(name: str) -> QLabel:
        label = QLabel()
        label.setObjectName(f"error_{name}")
        label.setStyleSheet(ERROR_CSS)
        label.setWordWrap(True)
        label.hide()
        return label

    def add(self, name: str, widget: QWidget, below: bool = False,
            aliases: tuple[str, ...] = ()) -> QWidget:
        """Register ``widget`` as field ``name``; returns a container with its message."""
        label = self._label(name)
        self.labels[name] = label
        self.inputs[name] = widget
        for a in aliases:
            self.aliases[a] = name
        box = QWidget()
        lay: QHBoxLayout | QVBoxLayout = QVBoxLayout(box) if below else QHBoxLayout(box)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.setSpacing(2 if below else 8)
        lay.addWidget(widget, 0 if below else 3)
        lay.addWidget(label, 0 if below else 2)
        return box

    def label(self, name: str) -> QLabel:
        return self.labels[self.aliases.get(name, name)]

    def clear(self) -> None:
        self.shown = {}
        for name, label in self.labels.items():
            label.clear()
            label.hide()
            self.inputs[name].setStyleSheet("")
        self.general.clear()
        self.general.hide()

    def show(self, errors: dict[str, str]) -> None:
        self.clear()
        general: list[str] = []
        for field, original in errors.items():
            message = translated(original)
            name = self.aliases.get(field, field)
            self.shown[name] = message
            label = self.labels.get(name)
            if label is None:
                general.append(message)
                continue
            label.setText(message)
            label.show()
            label.setAccessibleName(f"{name}: {message}")
            self.inputs[name].setStyleSheet(INVALID_CSS)
        if general:
            self.general.setText("\n".join(general))
            self.general.show()

    def text(self, name: str) -> str:
        """The message shown for ``name`` ('' when none)."""
        return self.shown.get(self.aliases.get(name, name), "")


W = TypeVar("W", bound=QWidget)


def named(widget: W, name: str, **props: Any) -> W:
    """Set the object name (tests find widgets by it) and ``setX(value)`` for each prop."""
    widget.setObjectName(name)
    for key, value in props.items():
        getattr(widget, "set" + key[0].upper() + key[1:])(value)
    return widget
