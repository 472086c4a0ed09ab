"""``main.py config load ...``: the load-management limit tree and priorities, headless.

    config load show [--json]
    config load set ID --kind site|group|charger|connector [--parent ID] [--name TEXT]
                       [--charger CP_ID] [--connector N] [--limit-kw KW|none]
                       [--limit-a A|none] [--phases L1|L1L2L3...] [--dc|--ac]
                       [--min-a A] [--fallback-a A|none] [--margin FRACTION|none]
    config load delete ID
    config load priority user|vehicle|id_tag SUBJECT N|none

``set`` on an existing node changes only the options given. Checked by
``services/load_config.py`` like the Load page; a server running on the same database
reads the tree at its next start. A composition root like ``site_cli.py``.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import sys
from typing import Any

from csms_desktop.services.validation import ValidationError

KEEP = object()  # an option not given


def add_arguments(config_sub: Any, db: Any) -> None:
    parser = config_sub.add_parser("load", help="load management: limit tree and priorities")
    sub = parser.add_subparsers(dest="load_command", metavar="ACTION", required=True)
    p = sub.add_parser("show", help="print the limit tree and priorities")
    p.add_argument("--json", action="store_true")
    db(p)
    p = sub.add_parser("set", help="add or change a node of the limit tree")
    p.add_argument("id", metavar="ID")
    p.add_argument("--kind", choices=["site", "group", "charger", "connector"])
    p.add_argument("--parent", default=KEEP)
    p.add_argument("--name", default=KEEP)
    p.add_argument("--charger", default=KEEP, metavar="CP_ID")
    p.add_argument("--connector", default=KEEP, metavar="N")
    p.add_argument("--limit-kw", default=KEEP, metavar="KW")
    p.add_argument("--limit-a", default=KEEP, metavar="A", help="per phase")
    p.add_argument("--phases", default=KEEP, help="grid phases a charger uses (L1, L1L2L3...)")
    p.add_argument("--dc", dest="dc", action="store_const", const=True, default=KEEP)
    p.add_argument("--ac", dest="dc", action="store_const", const=False)
    p.add_argument("--min-a", default=KEEP, metavar="A", help="below it a session is paused")
    p.add_argument("--fallback-a", default=KEEP, metavar="A",
                   help="offline default limit per connector")
    p.add_argument("--margin", default=KEEP, metavar="FRACTION", help="site: kept free")
    db(p)
    p = sub.add_parser("delete", help="delete a node (its children move up to its parent)")
    p.add_argument("id", metavar="ID")
    db(p)
    p = sub.add_parser("priority", help="priority of a driver, vehicle or tag (higher first)")
    p.add_argument("subject_kind", choices=["user", "vehicle", "id_tag"])
    p.add_argument("subject")
    p.add_argument("priority", help="a whole number, or none to remove")
    db(p)


def _none_or(value: Any, kind: Any) -> Any:
    if value is KEEP:
        return KEEP
    if isinstance(value, str) and value.strip().lower() in ("", "none", "-"):
        return None
    if kind is str:
        return value
    try:
        return kind(value)
    except (TypeError, ValueError):
        return value  # the service names the field and says why


def run(args: argparse.Namespace, audit: Any) -> int:
    from csms_desktop.services import load_config

    try:
        if args.load_command == "show":
            tree = [n.as_dict() for n in load_config.read_tree()]
            prios = [{"subject_kind": k, "subject": s, "priority": p}
                     for (k, s), p in sorted(load_config.priorities().items())]
            if args.json:
                print(json.dumps({"nodes": tree, "priorities": prios}, indent=2))
            else:
                _print_tree(tree)
                for p in prios:
                    print(f"priority {p['subject_kind']} {p['subject']} = {p['priority']}")
            return 0
        if args.load_command == "delete":
            n = load_config.delete_node(args.id)
            if not n:
                print(f"csms-desktop: error: no node {args.id!r}", file=sys.stderr)
                return 2
            audit(f"config load delete {args.id}", {"id": args.id})
            print(f"deleted {args.id}")
            return 0
        if args.load_command == "priority":
            prio = _none_or(args.priority, int)
            load_config.set_priority(args.subject_kind, args.subject, prio)
            audit(f"config load priority {args.subject_kind}", {
                "subject": args.subject, "priority": prio})
            print(f"{args.subject_kind} {args.subject} = {prio if prio is not None else '-'}")
            return 0
        existing = {n.id: n for n in load_config.read_tree()}
        old = existing.get(args.id)
        if old is None and args.kind is None:
            print("csms-desktop: error: kind: a new node needs --kind", file=sys.stderr)
            return 2
        changes: dict[str, Any] = {
            "kind": args.kind if args.kind is not None else KEEP,
            "parent_id": _none_or(args.parent, str), "name": args.name,
            "charge_point_id": _none_or(args.charger, str),
            "connector_id": _none_or(args.connector, int),
            "limit_kw": _none_or(args.limit_kw, float), "limit_a": _none_or(args.limit_a, float),
            "phases": args.phases, "dc": args.dc, "min_current_a": _none_or(args.min_a, float),
            "fallback_a": _none_or(args.fallback_a, float),
            "margin": _none_or(args.margin, float)}
        given = {k: v for k, v in changes.items() if v is not KEEP}
        base = old or load_config.NodeRow(args.id, str(args.kind))
        node = load_config.save_node(dataclasses.replace(base, **given))
        audit(f"config load set {args.id}", node.as_dict())
        print(_line(node.as_dict()))
        print("a server running on this database reads it at its next start", file=sys.stderr)
        return 0
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"csms-desktop: error: {field}: {message}", file=sys.stderr)
        return 2


def _line(n: dict[str, Any]) -> str:
    bits = [n["kind"], n["id"]]
    if n.get("name"):
        bits.append(repr(n["name"]))
    if n.get("charge_point_id"):
        bits.append(f"charger {n['charge_point_id']}"
                    + (f"/{n['connector_id']}" if n.get("connector_id") else ""))
    if n.get("limit_kw") is not None:
        bits.append(f"{n['limit_kw']:g} kW")
    if n.get("limit_a") is not None:
        bits.append(f"{n['limit_a']:g} A/phase")
    if n["kind"] in ("charger", "connector"):
        bits.append("DC" if n.get("dc") else n.get("phases", ""))
    if n.get("fallback_a") is not None:
        bits.append(f"fallback {n['fallback_a']:g} A")
    if n.get("margin") is not None:
        bits.append(f"margin {n['margin']:g}")
    return " ".join(str(b) for b in bits)


def _print_tree(nodes: list[dict[str, Any]]) -> None:
    if not nodes:
        print("no limit tree: load management is off (add a site: config load set site "
              "--kind site --limit-kw KW)")
        return
    children: dict[str | None, list[dict[str, Any]]] = {}
    for n in nodes:
        children.setdefault(n["parent_id"], []).append(n)

    def walk(parent: str | None, depth: int) -> None:
        for n in sorted(children.get(parent, []), key=lambda x: x["id"]):
            print("  " * depth + _line(n))
            walk(n["id"], depth + 1)

    walk(None, 0)
