"""Messages people read, written in English below the GUI and translated where shown.

The domain and the services never import Qt. A fixed text is marked ``QT_TR_NOOP("...")``
(``pyside6-lupdate`` collects it into resources/i18n/*.ts); a text with values is a
:class:`Message`, a ``str`` that also keeps its template and named fields, so the GUI
(``gui.widgets.field_errors.translated``) can translate the template and fill the fields in
again. Logs, the command line, the API and tests read the English text as before.
"""

from __future__ import annotations

from typing import Any


def QT_TR_NOOP(text: str) -> str:
    """Marks ``text`` for translation; returns it unchanged (translated where shown)."""
    return text


class Message(str):
    """``template.format(**fields)``, remembering both: the English text everywhere a
    ``str`` is expected (logs, the CLI, the API, tests), translatable in the GUI.

    Mark the template for lupdate: ``Message(QT_TR_NOOP("at most {count} periods"),
    count=n)``."""

    template: str
    fields: dict[str, Any]

    def __new__(cls, template: str, **fields: Any) -> Message:
        self = super().__new__(cls, template.format(**fields))
        self.template = template
        self.fields = fields
        return self

    def __reduce__(self) -> tuple[Any, ...]:  # copy/pickle keep the template
        return (_message, (self.template, self.fields))


def _message(template: str, fields: dict[str, Any]) -> Message:
    return Message(template, **fields)


def message_of(exc: BaseException) -> str:
    """The message ``exc`` was raised with, a :class:`Message` kept as one (``str(exc)``
    would make it a plain ``str`` and lose its template)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, str) else str(exc)
