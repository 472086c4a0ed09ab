"""What the driver, reservation and profile services need from the command interface.

``protocol.commands.Commands`` satisfies this structurally; services sit below
``protocol`` in the layers, so they name the shape instead of importing the class.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Protocol


class ResultLike(Protocol):
    """A ``protocol.commands.CommandResult``."""

    @property
    def ok(self) -> bool: ...

    @property
    def status(self) -> str: ...

    @property
    def detail(self) -> str: ...

    @property
    def data(self) -> dict[str, Any]: ...

    @property
    def outcome(self) -> Any: ...


class CommandPort(Protocol):
    async def reserve_now(self, cp_id: str, connector_id: int | None, expiry: datetime,
                          id_tag: str, reservation_id: int,
                          parent_id_tag: str | None = None) -> Any: ...

    async def cancel_reservation(self, cp_id: str, reservation_id: int) -> Any: ...

    async def send_local_list(self, cp_id: str, version: int, entries: list[dict[str, Any]],
                              full: bool = True) -> Any: ...

    async def get_local_list_version(self, cp_id: str) -> Any: ...

    async def get_configuration(self, cp_id: str, keys: list[str] | None = None) -> Any: ...

    async def set_charging_profile(self, cp_id: str, connector_id: int,
                                   profile: dict[str, Any]) -> Any: ...

    async def clear_charging_profile(self, cp_id: str, profile_id: int | None = None,
                                     connector_id: int | None = None,
                                     purpose: str | None = None,
                                     stack_level: int | None = None) -> Any: ...

    async def get_composite_schedule(self, cp_id: str, connector_id: int, duration: int,
                                     unit: str | None = None) -> Any: ...


def outcome_word(result: Any) -> str:
    """The charger's status word (Accepted, Occupied, VersionMismatch...), or what happened
    when it gave none: ``Offline``, ``TimedOut``, ``NotSupported``, ``Error``."""
    outcome = getattr(result, "outcome", "")
    outcome = str(getattr(outcome, "value", outcome))
    if outcome == "charger offline":
        return "Offline"
    if outcome == "timed out":
        return "TimedOut"
    status = str(getattr(result, "status", "") or "")
    if status:
        return status
    return {"accepted": "Accepted", "rejected": "Rejected",
            "not supported": "NotSupported"}.get(outcome, "Error")


NO_ANSWER = frozenset({"Offline", "TimedOut", "Error"})
