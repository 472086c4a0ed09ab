"""A status line that shows what became of an operator's command, without blocking.

``pending()`` while waiting for the charger, then ``result()`` with the CommandResult:
accepted / rejected / not supported / timed out / charger offline / error, in words, a
symbol and a colour. The last results stay in the tooltip.
"""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from csms_desktop.gui import fmt
from csms_desktop.gui.i18n import tr
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.protocol.commands import CommandResult, Outcome

_LOOK = {
    Outcome.ACCEPTED: ("✔", "#E3F4E6", "#0F4D1C"),
    Outcome.REJECTED: ("✖", "#FBE3E4", "#7A0C10"),
    Outcome.NOT_SUPPORTED: ("⊘", "#ECEEF0", "#2B3035"),
    Outcome.TIMED_OUT: ("⌛", "#FFF1CC", "#5C3B00"),
    Outcome.OFFLINE: ("⊘", "#ECEEF0", "#2B3035"),
    Outcome.ERROR: ("✖", "#FBE3E4", "#7A0C10"),
}


def outcome_word(outcome: Outcome) -> str:
    """What became of a command, in the interface's language ("accepted", "timed out")."""
    words = {
        Outcome.ACCEPTED: tr("accepted"),
        Outcome.REJECTED: tr("rejected"),
        Outcome.NOT_SUPPORTED: tr("not supported"),
        Outcome.TIMED_OUT: tr("timed out"),
        Outcome.OFFLINE: tr("charger offline"),
        Outcome.ERROR: tr("error"),
    }
    return words.get(outcome, str(outcome.value))


def describe(result: CommandResult) -> str:
    """``str(result)`` in the interface's language: the outcome, the charger's own status
    word (an OCPP value, kept as sent) and the detail."""
    text = outcome_word(result.outcome)
    if result.status and result.status.lower() != result.outcome.value:
        text += f" ({result.status})"
    return text + (f": {translated(result.detail)}" if result.detail else "")


_CSS = "QLabel {{ background: {bg}; color: {fg}; border: 1px solid {fg}; border-radius: 4px;" \
       " padding: 4px 8px; }}"


class OutcomeLine(QLabel):
    HISTORY = 10

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("outcome_line")
        self.setWordWrap(True)
        self.history: list[str] = []
        self.last_outcome: Outcome | None = None
        self.hide()

    def _show(self, text: str, bg: str, fg: str) -> None:
        stamp = fmt.stamp_now()
        self.setText(f"{stamp}  {text}")
        self.setStyleSheet(_CSS.format(bg=bg, fg=fg))
        self.setAccessibleName(text)
        self.history.insert(0, f"{stamp}  {text}")
        del self.history[self.HISTORY:]
        self.setToolTip("\n".join(self.history))
        self.show()

    def pending(self, what: str) -> None:
        self.last_outcome = None
        self._show("… " + tr("{what}: waiting for the charger").format(what=what),
                   "#E8F0FB", "#0B3A75")

    def result(self, what: str, result: CommandResult) -> None:
        self.last_outcome = result.outcome
        symbol, bg, fg = _LOOK.get(result.outcome, _LOOK[Outcome.ERROR])
        self._show(f"{symbol} {what}: {describe(result)}", bg, fg)

    def message(self, text: str, ok: bool = True) -> None:
        """``text``: the page's own (already in tr()) or a service's message, shown in the
        interface's language (``field_errors.translated``; a marked fixed text even after
        ``str(exc)``, a ``Message`` with its fields when passed as it was raised)."""
        symbol, bg, fg = _LOOK[Outcome.ACCEPTED if ok else Outcome.ERROR]
        self._show(f"{symbol} {translated(text)}", bg, fg)
