"""Validation errors the GUI shows beside the fields they concern.

Messages are written in English here (services never import Qt). The GUI shows them in
the interface's language: a fixed text is marked ``QT_TR_NOOP("...")`` (lupdate collects
it into resources/i18n/*.ts) and a text with values is a :class:`Message`, a ``str`` that
also keeps its template and named fields, so ``gui.widgets.field_errors.translated()`` can
translate the template and fill in the fields again.
"""

from __future__ import annotations

import re
from typing import Any

from csms_desktop.domain.messages import QT_TR_NOOP, Message

__all__ = ["QT_TR_NOOP", "FieldError", "Message", "ValidationError", "check_email", "raise_if"]


EMAIL_RE = re.compile(r"^[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;.]{2,}$")


class ValidationError(ValueError):
    """One or more invalid fields: ``errors`` maps a field name to a human message."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = dict(errors)
        super().__init__("; ".join(f"{k}: {v}" for k, v in self.errors.items()))

    def __reduce__(self) -> Any:  # travels back from the API's read processes
        return (type(self), (self.errors,))


class FieldError(ValidationError):
    """One invalid field (a duplicate phone number, an unknown client...)."""

    def __init__(self, field: str, message: str) -> None:
        self.field = field
        self.message = message
        super().__init__({field: message})

    def __reduce__(self) -> Any:
        return (type(self), (self.field, self.message))


def check_email(text: str) -> str | None:
    """The message for an invalid e-mail address, None when it is fine (or empty)."""
    text = text.strip()
    if not text:
        return None
    if len(text) > 200:
        return QT_TR_NOOP("the e-mail address is too long (200 characters at most)")
    if not EMAIL_RE.match(text):
        return Message(QT_TR_NOOP("{text} is not an e-mail address (name@example.com)"),
                       text=repr(text))
    return None


def raise_if(errors: dict[str, str]) -> None:
    """Raise FieldError for one problem, ValidationError for several, nothing for none."""
    if len(errors) == 1:
        (field, message), = errors.items()
        raise FieldError(field, message)
    if errors:
        raise ValidationError(errors)
