"""``POST /api/v1/charge-points/{id}/commands/<command>``: one route per method of the
version-neutral :class:`~csms_desktop.protocol.commands.Commands`, made from its signature.

Every public coroutine method of ``Commands`` whose first parameter is ``cp_id`` is a
command: its other parameters are the JSON body (types, defaults and required ones from
the signature), its docstring the route's description. A method added to ``Commands``
later is exposed, documented and checked without writing a route; a parameter type the
API cannot express fails the start-up (and the tests) instead of being skipped.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from csms_desktop.api.errors import not_found
from csms_desktop.api.routing import Api, Call, Route
from csms_desktop.api.schema import SchemaBuilder
from csms_desktop.protocol.commands import CommandResult, Commands
from csms_desktop.services.operators import Permission
from csms_desktop.store.models import ChargePoint

NOT_COMMANDS = frozenset({"execute", "adapter", "execute_here"})  # execute_here: nodebus


@dataclass(frozen=True)
class CommandOutcome:
    """What the charger made of the command."""

    ok: bool
    outcome: str  # accepted, rejected, not supported, timed out, charger offline, error
    status: str  # the charger's own word (Accepted, Rejected, Scheduled, ...)
    detail: str
    data: dict[str, Any]  # the charger's answer (configuration items, schedule, ...)


def command_methods() -> dict[str, Callable[..., Any]]:
    """URL name (``remote-start``) -> the ``Commands`` method."""
    out: dict[str, Callable[..., Any]] = {}
    for name, fn in inspect.getmembers(Commands, inspect.iscoroutinefunction):
        if name.startswith("_") or name in NOT_COMMANDS:
            continue
        params = list(inspect.signature(fn).parameters)
        if params[:2] != ["self", "cp_id"]:
            continue
        out[name.replace("_", "-")] = fn
    return out


def outcome_of(result: CommandResult) -> CommandOutcome:
    return CommandOutcome(result.ok, result.outcome.value, result.status, result.detail,
                          dict(result.data))


def _route(url_name: str, fn: Callable[..., Any], schemas: SchemaBuilder) -> Route:
    body, kinds = schemas.signature(fn, skip=2)
    doc = inspect.getdoc(fn) or ""
    method_name = fn.__name__

    async def handler(call: Call) -> CommandOutcome:
        cp_id = call.arg("charge_point_id")
        if ChargePoint.get_or_none(ChargePoint.id == cp_id) is None:
            raise not_found(f"no charge point {cp_id}")
        method = getattr(call.ctx.commands, method_name)
        result = await method(cp_id, **(call.body or {}))
        return outcome_of(result)

    handler.__name__ = f"command_{method_name}"
    words = method_name.replace("_", " ")
    return Route(
        "POST", f"/api/v1/charge-points/{{charge_point_id}}/commands/{url_name}", handler,
        Permission.CHARGE_POINTS, f"Command: {words}", "commands",
        description=(doc + "\n\n" if doc else "") + (
            "Answers the typed outcome (accepted / rejected / not supported / timed out / "
            "charger offline / error) with the charger's data; HTTP 200 whatever the "
            "charger said."),
        body_schema=body, body_kinds=kinds, response=CommandOutcome)


def register(api: Api) -> None:
    schemas = SchemaBuilder(for_input=True)
    for url_name, fn in sorted(command_methods().items()):
        api.add(_route(url_name, fn, schemas))
