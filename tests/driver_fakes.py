"""Helpers for the driver / reservation / profile tests: a recording fake of ``Commands``
and small factories for charge points, drivers and tags."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass(frozen=True)
class FakeResult:
    outcome: str = "accepted"
    status: str = "Accepted"
    detail: str = ""
    data: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.outcome == "accepted"


OFFLINE = FakeResult("charger offline", "", "CP is not connected")


class FakeCommands:
    """Records every call; ``answers[name]`` (a FakeResult or a list of them) decides."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.answers: dict[str, Any] = {}
        self.charger_versions: dict[str, int] = {}
        self.config: dict[str, dict[str, str]] = {}

    def _answer(self, name: str, **args: Any) -> FakeResult:
        self.calls.append((name, args))
        a = self.answers.get(name, FakeResult())
        if isinstance(a, list):
            return a.pop(0) if len(a) > 1 else a[0]
        return a  # type: ignore[no-any-return]

    def of(self, name: str) -> list[dict[str, Any]]:
        return [a for n, a in self.calls if n == name]

    async def reserve_now(self, cp_id: str, connector_id: int | None, expiry: datetime,
                          id_tag: str, reservation_id: int,
                          parent_id_tag: str | None = None) -> FakeResult:
        return self._answer("reserve_now", cp_id=cp_id, connector_id=connector_id,
                            expiry=expiry, id_tag=id_tag, reservation_id=reservation_id,
                            parent_id_tag=parent_id_tag)

    async def cancel_reservation(self, cp_id: str, reservation_id: int) -> FakeResult:
        return self._answer("cancel_reservation", cp_id=cp_id, reservation_id=reservation_id)

    async def send_local_list(self, cp_id: str, version: int, entries: list[dict[str, Any]],
                              full: bool = True) -> FakeResult:
        r = self._answer("send_local_list", cp_id=cp_id, version=version, entries=entries,
                         full=full)
        if r.status == "Accepted":
            self.charger_versions[cp_id] = version
        return r

    async def get_local_list_version(self, cp_id: str) -> FakeResult:
        if "get_local_list_version" in self.answers:
            return self._answer("get_local_list_version", cp_id=cp_id)
        v = self.charger_versions.get(cp_id, 0)
        self.calls.append(("get_local_list_version", {"cp_id": cp_id}))
        return FakeResult("accepted", str(v), data={"version": v})

    async def get_configuration(self, cp_id: str, keys: list[str] | None = None) -> FakeResult:
        """The charger's answer: ``config[cp_id]`` as {key: value} (none: knows nothing)."""
        self.calls.append(("get_configuration", {"cp_id": cp_id, "keys": keys}))
        if "get_configuration" in self.answers:
            return self._answer_only("get_configuration")
        items = [{"key": k.rsplit(".", 1)[-1], "value": v,
                  "component": k.rsplit(".", 1)[0] if "." in k else ""}
                 for k, v in self.config.get(cp_id, {}).items()]
        return FakeResult("accepted", "Accepted", data={"items": items, "unknown": []})

    def _answer_only(self, name: str) -> FakeResult:
        a = self.answers[name]
        if isinstance(a, list):
            return a.pop(0) if len(a) > 1 else a[0]  # type: ignore[no-any-return]
        return a  # type: ignore[no-any-return]

    async def set_charging_profile(self, cp_id: str, connector_id: int,
                                   profile: dict[str, Any]) -> FakeResult:
        return self._answer("set_charging_profile", cp_id=cp_id, connector_id=connector_id,
                            profile=profile)

    async def clear_charging_profile(self, cp_id: str, profile_id: int | None = None,
                                     connector_id: int | None = None,
                                     purpose: str | None = None,
                                     stack_level: int | None = None) -> FakeResult:
        return self._answer("clear_charging_profile", cp_id=cp_id, profile_id=profile_id,
                            connector_id=connector_id, purpose=purpose, stack_level=stack_level)

    async def get_composite_schedule(self, cp_id: str, connector_id: int, duration: int,
                                     unit: str | None = None) -> FakeResult:
        return self._answer("get_composite_schedule", cp_id=cp_id, connector_id=connector_id,
                            duration=duration, unit=unit)


def make_charger(cp_id: str = "CP1", connectors: int = 2, max_power: float | None = 22.0,
                 max_current: float | None = 32.0, protocol: str = "OCPP16") -> Any:
    from csms_desktop.store.models import ChargePoint, Connector

    cp = ChargePoint.create(id=cp_id, name=cp_id, max_power=max_power,
                            connector_count=connectors, protocol=protocol)
    for n in range(1, connectors + 1):
        Connector.create(charge_point=cp_id, connector_id=n, max_current=max_current)
    return cp
