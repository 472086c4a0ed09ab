"""The load-management configuration: the limit tree, priorities and session plans.

Shared by the control loop (services/load.py), ``main.py config load ...`` (site_cli.py)
and the Load page. Every write is validated here, so each front end gives the same
messages; a bad value is refused with a ``ValidationError`` and nothing is written.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import Any

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.validation import QT_TR_NOOP, Message, ValidationError
from csms_desktop.store.load_models import (
    NODE_KINDS,
    SUBJECT_KINDS,
    LoadNode,
    LoadPriority,
    LoadSessionPlan,
)

PHASE_RE = re.compile(r"^(L1)?(L2)?(L3)?$")
DEFAULT_MARGIN = 0.03
ID_RE = re.compile(r"^[A-Za-z0-9_.:\-]{1,80}$")


@dataclass(frozen=True)
class NodeRow:
    id: str
    kind: str
    parent_id: str | None = None
    name: str = ""
    charge_point_id: str | None = None
    connector_id: int | None = None
    limit_kw: float | None = None
    limit_a: float | None = None
    phases: str = "L1L2L3"
    dc: bool = False
    min_current_a: float = 6.0
    fallback_a: float | None = None
    margin: float | None = None

    @property
    def phase_numbers(self) -> tuple[int, ...]:
        return tuple(int(p) for p in re.findall(r"L([123])", self.phases)) or (1, 2, 3)

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


NODE_FIELDS = tuple(f.name for f in fields(NodeRow))


def node_from_row(r: LoadNode) -> NodeRow:
    return NodeRow(
        id=str(r.id), kind=str(r.kind), parent_id=r.parent_id, name=str(r.name or ""),
        charge_point_id=r.charge_point_id, connector_id=r.connector_id,
        limit_kw=r.limit_kw, limit_a=r.limit_a, phases=str(r.phases or "L1L2L3"),
        dc=bool(r.dc), min_current_a=float(r.min_current_a), fallback_a=r.fallback_a,
        margin=r.margin)


def read_tree() -> list[NodeRow]:
    return [node_from_row(r) for r in LoadNode.select().order_by(LoadNode.id)]


def _number(errors: dict[str, str], key: str, value: Any, lo: float, hi: float,
            what: Message) -> float | None:
    if value is None or value == "":
        return None
    try:
        v = float(value)
    except (TypeError, ValueError):
        errors[key] = Message(QT_TR_NOOP("{what} must be a number"), what=what)
        return None
    if not math.isfinite(v) or not lo <= v <= hi:
        errors[key] = Message(QT_TR_NOOP("{what} must be from {low} to {high}"), what=what,
                              low=f"{lo:g}", high=f"{hi:g}")
        return None
    return v


def validate_node(node: NodeRow, existing: list[NodeRow]) -> NodeRow:
    """The node, normalised; raises ValidationError (per field) when it cannot be saved."""
    errors: dict[str, str] = {}
    if not ID_RE.match(node.id or ""):
        errors["id"] = QT_TR_NOOP("the id is 1-80 letters, digits or _ . : -")
    if node.kind not in NODE_KINDS:
        errors["kind"] = Message(QT_TR_NOOP("the kind is one of {kinds}"),
                                 kinds=", ".join(NODE_KINDS))
    others = {n.id: n for n in existing if n.id != node.id}
    if node.kind == "site":
        if node.parent_id:
            errors["parent_id"] = QT_TR_NOOP("the site has no parent")
        if any(n.kind == "site" for n in others.values()):
            errors["kind"] = QT_TR_NOOP("there is already a site node")
    elif not node.parent_id:
        errors["parent_id"] = QT_TR_NOOP("every node but the site has a parent")
    elif node.parent_id not in others:
        errors["parent_id"] = Message(QT_TR_NOOP("no node {node}"), node=repr(node.parent_id))
    else:
        cur: str | None = node.parent_id
        seen = {node.id}
        while cur is not None:  # the new parent must not be below this node
            if cur in seen:
                errors["parent_id"] = QT_TR_NOOP("that parent is below this node (a cycle)")
                break
            seen.add(cur)
            cur = others[cur].parent_id if cur in others else None
        parent = others.get(node.parent_id)
        if node.kind == "connector" and parent is not None and parent.kind != "charger":
            errors["parent_id"] = QT_TR_NOOP("a connector node hangs from a charger node")
    if node.kind in ("charger", "connector") and not node.charge_point_id:
        errors["charge_point_id"] = QT_TR_NOOP(
            "a charger or connector node names its charge point")
    if node.kind == "charger" and node.charge_point_id and any(
            n.kind == "charger" and n.charge_point_id == node.charge_point_id
            for n in others.values()):
        errors["charge_point_id"] = Message(QT_TR_NOOP("{charger} already has a charger node"),
                                            charger=node.charge_point_id)
    if node.connector_id is not None and not isinstance(node.connector_id, int):
        errors["connector_id"] = QT_TR_NOOP("the connector is a whole number (1, 2, ...)")
    elif node.kind == "connector" and (node.connector_id is None or node.connector_id < 1):
        errors["connector_id"] = QT_TR_NOOP("a connector node names its connector (1, 2, ...)")
    limit_kw = _number(errors, "limit_kw", node.limit_kw, 0, 100_000,
                       Message(QT_TR_NOOP("the kW limit")))
    limit_a = _number(errors, "limit_a", node.limit_a, 0, 10_000,
                      Message(QT_TR_NOOP("the current limit (A)")))
    min_a = _number(errors, "min_current_a", node.min_current_a, 0, 80,
                    Message(QT_TR_NOOP("the minimum (A)")))
    fallback = _number(errors, "fallback_a", node.fallback_a, 0, 1_000,
                       Message(QT_TR_NOOP("the fallback (A)")))
    margin = _number(errors, "margin", node.margin, 0, 0.5,
                     Message(QT_TR_NOOP("the margin (a fraction)")))
    phases = (node.phases or "L1L2L3").upper().replace(" ", "").replace(",", "")
    if not phases or not PHASE_RE.match(phases):
        errors["phases"] = QT_TR_NOOP("phases are L1, L2, L3 or a combination such as L1L2L3")
    if errors:
        raise ValidationError(errors)
    return NodeRow(node.id, node.kind, node.parent_id or None, node.name.strip()[:100],
                   node.charge_point_id or None, node.connector_id, limit_kw, limit_a,
                   phases, bool(node.dc), 6.0 if min_a is None else min_a, fallback, margin)


def save_node(node: NodeRow) -> NodeRow:
    clean = validate_node(node, read_tree())
    data = clean.as_dict()
    data["updated_at"] = utcnow()
    LoadNode.insert(**data).on_conflict(
        conflict_target=[LoadNode.id],
        update={getattr(LoadNode, k): v for k, v in data.items() if k != "id"}).execute()
    return clean


def delete_node(node_id: str) -> int:
    """Delete a node; its children move up to its parent (nothing is orphaned)."""
    row = LoadNode.get_or_none(LoadNode.id == node_id)
    if row is None:
        return 0
    if row.kind == "site" and LoadNode.select().where(LoadNode.parent_id == node_id).exists():
        raise ValidationError({"id": QT_TR_NOOP(
            "the site still has nodes under it: delete them first")})
    LoadNode.update(parent_id=row.parent_id, updated_at=utcnow()).where(
        LoadNode.parent_id == node_id).execute()
    return int(LoadNode.delete().where(LoadNode.id == node_id).execute())


def ensure_site(limit_kw: float, name: str = "Site") -> bool:
    """Create a site node of ``limit_kw`` when there is no tree (demo mode); True if made."""
    if LoadNode.select().exists():
        return False
    save_node(NodeRow("site", "site", limit_kw=limit_kw, name=name, margin=DEFAULT_MARGIN))
    return True


def site_margin(tree: list[NodeRow]) -> float:
    for n in tree:
        if n.kind == "site" and n.margin is not None:
            return n.margin
    return DEFAULT_MARGIN


# ------------------------------------------------------------------ priorities


def set_priority(subject_kind: str, subject: str, priority: int | None) -> None:
    """Priority of a driver (user id), vehicle (plate) or tag; None removes it."""
    errors: dict[str, str] = {}
    if subject_kind not in SUBJECT_KINDS:
        errors["subject_kind"] = f"one of {', '.join(SUBJECT_KINDS)}"
    if not subject or len(subject) > 100:
        errors["subject"] = "1-100 characters"
    if priority is not None and (not isinstance(priority, int) or not -100 <= priority <= 100):
        errors["priority"] = "a whole number from -100 to 100"
    if errors:
        raise ValidationError(errors)
    if priority is None:
        LoadPriority.delete().where((LoadPriority.subject_kind == subject_kind)
                                    & (LoadPriority.subject == subject)).execute()
        return
    LoadPriority.insert(subject_kind=subject_kind, subject=subject, priority=priority).on_conflict(
        conflict_target=[LoadPriority.subject_kind, LoadPriority.subject],
        update={LoadPriority.priority: priority}).execute()


def priorities() -> dict[tuple[str, str], int]:
    return {(str(r.subject_kind), str(r.subject)): int(r.priority) for r in LoadPriority.select()}


# ------------------------------------------------------------------ session plans


@dataclass(frozen=True)
class Plan:
    departure_time: datetime | None = None
    energy_need_kwh: float | None = None
    priority: int | None = None


def set_plan(transaction_row_id: str, plan: Plan) -> None:
    errors: dict[str, str] = {}
    if plan.departure_time is not None and plan.departure_time.tzinfo is None:
        errors["departure_time"] = "give the time with its zone"
    if plan.energy_need_kwh is not None and not 0 <= plan.energy_need_kwh <= 1000:
        errors["energy_need_kwh"] = "from 0 to 1000 kWh"
    if errors:
        raise ValidationError(errors)
    LoadSessionPlan.insert(transaction_id=transaction_row_id, departure_time=plan.departure_time,
                           energy_need_kwh=plan.energy_need_kwh, priority=plan.priority,
                           updated_at=utcnow()).on_conflict(
        conflict_target=[LoadSessionPlan.transaction_id],
        update={LoadSessionPlan.departure_time: plan.departure_time,
                LoadSessionPlan.energy_need_kwh: plan.energy_need_kwh,
                LoadSessionPlan.priority: plan.priority,
                LoadSessionPlan.updated_at: utcnow()}).execute()


def plan_of(transaction_row_id: str) -> Plan | None:
    r = LoadSessionPlan.get_or_none(LoadSessionPlan.transaction_id == transaction_row_id)
    if r is None:
        return None
    return Plan(r.departure_time, r.energy_need_kwh, r.priority)
