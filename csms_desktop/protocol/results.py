"""What a command is and what it gives back, in every OCPP version: the neutral
:class:`Request`, the typed :class:`CommandResult` and its :class:`Outcome`, the
:class:`Adapter` each version provides, and the default reading of an answer's status.
``protocol/commands.py`` (the interface) and the version adapters (``v16/commands.py``,
``v201/commands.py``, ...) both import them from here."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any, Protocol


class Outcome(StrEnum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NOT_SUPPORTED = "not supported"
    TIMED_OUT = "timed out"
    OFFLINE = "charger offline"
    ERROR = "error"


@dataclass(frozen=True)
class CommandResult:
    outcome: Outcome
    status: str = ""  # the charger's own status word (Accepted, Rejected, Scheduled...)
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.outcome == Outcome.ACCEPTED

    def __str__(self) -> str:
        text = self.outcome.value
        if self.status and self.status.lower() != self.outcome.value:
            text += f" ({self.status})"
        return text + (f": {self.detail}" if self.detail else "")


@dataclass(frozen=True)
class Request:
    """A neutral request: ``name`` is one of the Commands method names."""

    name: str
    args: dict[str, Any]


class Adapter(Protocol):
    def build(self, request: Request) -> tuple[str, dict[str, Any]] | None:
        """(action, payload), or None when the version has no such command."""

    def interpret(self, request: Request, answer: dict[str, Any]) -> CommandResult:
        ...


ACCEPTING = {"Accepted", "Scheduled", "Unlocked", "AcceptedCanceled", "NotImplemented"}


def status_result(answer: dict[str, Any], key: str = "status",
                  data: dict[str, Any] | None = None) -> CommandResult:
    """Default interpretation: the answer's status word decides."""
    status = str(answer.get(key, ""))
    if status in ("Accepted", "Scheduled", "Unlocked", "RebootRequired"):
        outcome = Outcome.ACCEPTED
    elif status in ("NotSupported", "UnknownMessageId", "UnknownVendorId", "NotImplemented"):
        outcome = Outcome.NOT_SUPPORTED
    else:
        outcome = Outcome.REJECTED
    info = answer.get("statusInfo") or {}
    detail = str(info.get("additionalInfo") or info.get("reasonCode") or "")
    return CommandResult(outcome, status, detail, data if data is not None else answer)
