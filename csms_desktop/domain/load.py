"""Depot load management: share a site's grid connection among its charging sessions.

Pure and deterministic (no I/O, no clock, no randomness): the same tree and sessions always
give the same limits, whatever order they were listed in.

The model
---------
A tree of :class:`LimitNode` (site -> groups/feeders -> chargers); each node may limit the
power under it (kW) and/or the current on each grid phase (A per phase). A
:class:`Demand` is one connector with a session; it hangs from a node (its charger) and
draws on one or more grid phases: an AC car on the phases its charger wires (a 1-phase
charger on L1, L2 or L3), a DC charger on all three (its rectifier is a balanced 3-phase
load). Power is the shared quantity: a demand of ``p`` W puts ``p / (V * n)`` A on each of
its ``n`` phases.

The rules, in order
-------------------
1. **Fixed load** (chargers that ignore profiles, offline chargers at their fallback) is
   counted first at its measured draw; nothing is taken from it.
2. **Minimums**: sessions are ranked (priority, then earlier departure, then earlier
   arrival, then key) and admitted at their minimum (e.g. 6 A per phase) while every node
   still has room; a session whose minimum does not fit is **paused** (limit 0), so the
   lowest ranked wait rather than everyone being starved below what a car accepts.
3. **Priority classes**, highest first: sessions with a departure time and an energy need
   first get the rate that finishes them in time (earlier departure first), then every
   session of the class is raised together (water-filling: max-min fair) until it reaches
   its cap or one of the nodes above it is full. A lower class gets what is left.
4. **Unused allocation**: a session measured well below what it was last given (a full
   battery, a car that accepts less) is capped just above its draw, so the rest goes to
   others; it gets its headroom back step by step as it draws more.
5. **Safety margin**: every node limit is reduced by ``margin`` (a fraction).

The result per connector: the limit in W, the same in A per phase, paused or not, and
what limited it (the node's name, "vehicle", "draw", "minimum", "fixed").
"""

from __future__ import annotations

import heapq
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, NamedTuple

GRID_VOLTAGE = 230.0  # phase-to-neutral (V)
PHASES = (1, 2, 3)
EPS = 1e-9

#: "limited by" words that are not node names
BY_VEHICLE = "vehicle"  # its own cap (hardware, car, connector limit)
BY_DRAW = "draw"  # measured below its share: the rest went to others
BY_MINIMUM = "minimum"  # paused: its minimum did not fit
BY_FIXED = "fixed"  # not controlled (ignores profiles, offline)
BY_DEPARTURE = "departure"  # got its rate for the departure time, nothing more fitted


@dataclass(frozen=True)
class LimitNode:
    """A node of the limit tree. ``limit_a`` is per phase; either limit may be None."""

    id: str
    parent: str | None = None
    limit_kw: float | None = None
    limit_a: float | None = None
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or self.id


@dataclass(frozen=True)
class Demand:
    """A connector with a session (or a fixed load) under node ``node``.

    ``max_w``: what the connector/car can take (W). ``min_w``: below it the session cannot
    charge (AC: 6 A per phase). ``phases``: grid phases drawn on (DC: all three).
    ``measured_w``/``previous_w``: the last measured draw and the limit last given (None
    when unknown). ``departure_s``: seconds until the driver leaves; ``energy_need_wh``:
    what the car still needs by then. ``arrival``: an ordinal (smaller = arrived earlier).
    ``fixed``: not controlled; ``measured_w`` (or ``max_w``) is counted as load.
    """

    key: str
    node: str
    max_w: float
    min_w: float = 0.0
    phases: tuple[int, ...] = PHASES
    priority: int = 0
    departure_s: float | None = None
    energy_need_wh: float | None = None
    measured_w: float | None = None
    previous_w: float | None = None
    arrival: float = 0.0
    fixed: bool = False
    dc: bool = False


class Allocation(NamedTuple):
    key: str
    limit_w: float
    amps: float  # per phase, for an AC profile in A (0 for DC rows is still meaningful)
    phases: int
    paused: bool
    limited_by: str


@dataclass(frozen=True)
class Options:
    margin: float = 0.0  # fraction of every node limit kept free
    voltage: float = GRID_VOLTAGE
    under_draw_ratio: float = 0.9  # measured < ratio * previous: the car takes less
    headroom_w: float = 1_000.0  # an under-drawing car keeps this much above its draw
    headroom_ratio: float = 0.1  # ... or this fraction of its draw, whichever is more


def ac_min_w(min_a: float, phases: int, voltage: float = GRID_VOLTAGE) -> float:
    return min_a * voltage * phases


def amps_per_phase(watts: float, phases: int, voltage: float = GRID_VOLTAGE) -> float:
    return watts / (voltage * max(1, phases))


class TreeError(ValueError):
    pass


class _Constraints:
    """Node limits flattened to constraints (node, dimension) with capacity, and each
    demand's coefficients on them: kW dimension 1e-3 per W, a phase dimension 1/(V n)."""

    def __init__(self, nodes: Sequence[LimitNode], opts: Options) -> None:
        by_id: dict[str, LimitNode] = {}
        for n in nodes:
            if n.id in by_id:
                raise TreeError(f"node {n.id!r} appears twice")
            by_id[n.id] = n
        for n in nodes:
            if n.parent is not None and n.parent not in by_id:
                raise TreeError(f"node {n.id!r}: parent {n.parent!r} does not exist")
        self.nodes = by_id
        keep = 1.0 - max(0.0, min(opts.margin, 0.5))
        self.capacity: list[float] = []
        self.owner: list[str] = []  # node id of each constraint
        # node id -> [(constraint index, dim)] where dim 0 = kW, 1..3 = phase
        self.of_node: dict[str, list[tuple[int, int]]] = {}
        for nid in sorted(by_id):
            n = by_id[nid]
            cons: list[tuple[int, int]] = []
            if n.limit_kw is not None:
                cons.append((len(self.capacity), 0))
                self.capacity.append(max(0.0, n.limit_kw) * keep)
                self.owner.append(nid)
            if n.limit_a is not None:
                for ph in PHASES:
                    cons.append((len(self.capacity), ph))
                    self.capacity.append(max(0.0, n.limit_a) * keep)
                    self.owner.append(nid)
            self.of_node[nid] = cons
        self.chain: dict[str, list[str]] = {}
        for nid in by_id:
            seen: list[str] = []
            cur: str | None = nid
            while cur is not None:
                if cur in seen:
                    raise TreeError(f"node {nid!r} is in a cycle")
                seen.append(cur)
                cur = by_id[cur].parent
            self.chain[nid] = seen
        self.voltage = opts.voltage
        self._cache: dict[tuple[str, tuple[int, ...]], list[tuple[int, float]]] = {}
        self._by_demand: dict[tuple[str, tuple[int, ...]], list[tuple[int, float]]] = {}

    def coefs(self, d: Demand) -> list[tuple[int, float]]:
        phases = PHASES if d.dc else d.phases
        got = self._by_demand.get((d.node, phases))
        if got is None:
            got = self._by_demand[(d.node, phases)] = self._coefs(d, phases)
        return got

    def _coefs(self, d: Demand, given: tuple[int, ...]) -> list[tuple[int, float]]:
        if d.node not in self.nodes:
            raise TreeError(f"demand {d.key!r}: node {d.node!r} does not exist")
        phases = tuple(sorted(set(given) & set(PHASES))) or PHASES
        return self._node_coefs(d.node, phases)

    def _node_coefs(self, node: str, phases: tuple[int, ...]) -> list[tuple[int, float]]:
        """Coefficients on the node's own constraints, then its ancestors' (memoized)."""
        got = self._cache.get((node, phases))
        if got is None:
            per_phase = 1.0 / (self.voltage * len(phases))
            own = [(idx, 1e-3) if dim == 0 else (idx, per_phase)
                   for idx, dim in self.of_node[node] if dim == 0 or dim in phases]
            parent = self.nodes[node].parent
            got = own + self._node_coefs(parent, phases) if parent is not None else own
            self._cache[(node, phases)] = got
        return got


def _fill(members: list[int], base: list[float], caps: list[float],
          coefs: list[list[tuple[int, float]]], slack: list[float], owner: list[str],
          why: list[str]) -> list[float]:
    """Max-min fair (water-filling) from floors: member i ends at ``clamp(L, base_i, cap_i)``
    for the highest level L the constraints allow (each saturated constraint freezing its
    members at the level it filled). ``base`` is already counted in ``slack``; the
    increments are returned and subtracted from ``slack``. ``why[i]`` gets the constraint
    that stopped member i (left as is when it reached its cap or never rose above its base).

    Event driven (joins at base_i, caps, saturations), O(sum of coefficients * log n).
    For constraint c, the extra load at level L is  k_c * L - b_c + z_c  with
    k_c = sum of a over rising members, b_c = sum of a * base over them and z_c the
    frozen members' increments.
    """
    inc = [0.0] * len(caps)
    if not members:
        return inc
    k: dict[int, float] = {}
    b: dict[int, float] = {}
    z: dict[int, float] = {}
    users: dict[int, list[int]] = {}
    for i in members:
        for c, _a in coefs[i]:
            if c not in users:
                users[c], k[c], b[c], z[c] = [], 0.0, 0.0, 0.0
            users[c].append(i)
    version = dict.fromkeys(users, 0)
    # (level, kind, index, version): kind 0 = member joins, 1 = member capped, 2 = constraint full
    heap: list[tuple[float, int, int, int]] = []
    for i in members:
        if caps[i] > base[i] + EPS:
            heap.append((base[i], 0, i, 0))
    heapq.heapify(heap)
    rising: set[int] = set()
    done: set[int] = set()

    def stop(i: int, level: float, touched: set[int]) -> None:
        rising.discard(i)
        done.add(i)
        got = level - base[i]
        inc[i] = got if got > 0.0 else 0.0
        for c, a in coefs[i]:
            k[c] -= a
            b[c] -= a * base[i]
            z[c] += a * inc[i]
            touched.add(c)

    while heap:
        # every event at this level first (joins at equal minimums, equal caps), then the
        # constraints they touched are rescheduled once
        level = heap[0][0]
        touched: set[int] = set()
        while heap and heap[0][0] <= level + 1e-9:
            lvl, kind, idx, ver = heapq.heappop(heap)
            if kind == 0:
                if idx in done:
                    continue
                full = None
                for c, _a in coefs[idx]:
                    if k[c] * lvl - b[c] + z[c] >= slack[c] - EPS:
                        full = c
                        break
                if full is not None:  # no room above its base: stays there
                    done.add(idx)
                    why[idx] = owner[full]
                    continue
                rising.add(idx)
                bi = base[idx]
                for c, a in coefs[idx]:
                    k[c] += a
                    b[c] += a * bi
                    touched.add(c)
                heapq.heappush(heap, (caps[idx], 1, idx, 0))
            elif kind == 1:
                if idx in rising:
                    stop(idx, caps[idx], touched)
            elif ver == version[idx]:
                for i in users[idx]:
                    if i in rising:
                        why[i] = owner[idx]
                        stop(i, lvl, touched)
        for c in touched:
            version[c] += 1
            if k[c] > EPS:
                heapq.heappush(heap, (max(level, (slack[c] + b[c] - z[c]) / k[c]), 2, c,
                                      version[c]))
    for i in rising:  # unbounded (cannot happen with finite caps)
        inc[i] = caps[i] - base[i]
    for i in members:
        if inc[i]:
            for c, a in coefs[i]:
                slack[c] -= a * inc[i]
    return inc


def allocate(nodes: Sequence[LimitNode], demands: Iterable[Demand],
             opts: Options | None = None) -> dict[str, Allocation]:
    """Each demand's limit (see the module docstring for the rules)."""
    opts = opts or Options()
    tree = _tree(nodes, opts)
    ds = sorted(demands, key=_by_key)  # input order never matters
    n = len(ds)
    by_demand = tree._by_demand
    coefs = []
    for d in ds:
        known = by_demand.get((d.node, PHASES if d.dc else d.phases))
        coefs.append(known if known is not None else tree.coefs(d))
    slack = list(tree.capacity)
    owner = tree.owner
    limit = [0.0] * n
    why = [BY_VEHICLE] * n
    paused = [False] * n

    # 1. fixed load; caps: hardware/car, or just above the draw of a car taking less than
    # it was given
    controlled: list[int] = []
    cap = [0.0] * n
    ratio, head_w, head_r = opts.under_draw_ratio, opts.headroom_w, opts.headroom_ratio
    for i, d in enumerate(ds):
        measured = d.measured_w
        if d.fixed:
            w = max(0.0, measured if measured is not None else d.max_w)
            limit[i], why[i] = w, BY_FIXED
            for c, a in coefs[i]:
                slack[c] -= a * w
            continue
        controlled.append(i)
        c_w = d.max_w if d.max_w > 0.0 else 0.0
        if measured is not None and d.previous_w is not None and measured < ratio * d.previous_w:
            near = max(measured + max(head_w, head_r * measured), d.min_w)
            if near < c_w:
                c_w, why[i] = near, BY_DRAW
        cap[i] = c_w

    # 2. minimums, in rank order
    inf = math.inf
    rank_of = [(-d.priority, inf if d.departure_s is None else d.departure_s, d.arrival, d.key)
               for d in ds]
    rank = rank_of.__getitem__

    admitted: list[int] = []
    for i in sorted(controlled, key=rank):
        ci = cap[i]
        need = ds[i].min_w
        need = 0.0 if need < 0.0 else (ci if need > ci else need)
        co = coefs[i]
        if ci > EPS:
            for c, a in co:
                if slack[c] - a * need < -EPS:
                    break
            else:
                for c, a in co:
                    slack[c] -= a * need
                limit[i] = need
                admitted.append(i)
                continue
            paused[i], why[i] = True, BY_MINIMUM
            continue
        for c, a in co:
            slack[c] -= a * need
        limit[i] = need
        admitted.append(i)

    # 3. priority classes, highest first: departure rates, then fair share
    classes = sorted({ds[i].priority for i in admitted}, reverse=True)
    for prio in classes:
        members = [i for i in admitted if ds[i].priority == prio]
        urgent = sorted((i for i in members if ds[i].departure_s is not None
                         and ds[i].energy_need_wh), key=rank)
        for i in urgent:  # earlier departure first, each up to its rate if it fits
            d = ds[i]
            rate = (d.energy_need_wh or 0.0) / max(d.departure_s or 0.0, 60.0) * 3600.0
            want = min(cap[i], rate) - limit[i]
            if want <= EPS:
                continue
            room = min((slack[c] / a for c, a in coefs[i] if a > 0), default=math.inf)
            got = max(0.0, min(want, room))
            for c, a in coefs[i]:
                slack[c] -= a * got
            limit[i] += got
            if got < want - EPS:
                why[i] = _binding(coefs[i], slack, owner) or BY_DEPARTURE
        before = list(why)
        inc = _fill(members, limit, cap, coefs, slack, owner, why)
        for i in members:
            limit[i] += inc[i]
            if why[i] == before[i] and limit[i] >= cap[i] - EPS and why[i] not in (BY_DRAW,):
                why[i] = BY_VEHICLE

    out: dict[str, Allocation] = {}
    labels: dict[str, str] = {}
    volts = opts.voltage
    counts: dict[tuple[int, ...], int] = {}
    for i, d in enumerate(ds):
        if d.dc:
            nph = 3
        else:
            nph = counts.get(d.phases, 0)
            if not nph:
                nph = counts[d.phases] = len(set(d.phases)) or 1
        w = 0.0 if paused[i] else (limit[i] if limit[i] > 0.0 else 0.0)
        reason = why[i]
        label = labels.get(reason)
        if label is None:
            label = labels[reason] = _label(tree, reason)
        out[d.key] = _new_allocation(Allocation, (d.key, w, w / (volts * nph), nph,
                                                  paused[i], label))
    return out


_new_allocation = tuple.__new__  # an Allocation without NamedTuple's Python-level __new__


def _by_key(d: Demand) -> str:
    return d.key


_TREES: dict[tuple[Any, ...], _Constraints] = {}
_LAST_TREE: list[tuple[tuple[LimitNode, ...], float, float, _Constraints] | None] = [None]


def _tree(nodes: Sequence[LimitNode], opts: Options) -> _Constraints:
    """The flattened tree, kept for the last few trees (the control loop recomputes with
    the same tree many times; LimitNode is frozen, so equal trees share one)."""
    nodes_t = tuple(nodes)
    last = _LAST_TREE[0]
    if (last is not None and last[1] == opts.margin and last[2] == opts.voltage
            and len(last[0]) == len(nodes_t)
            and all(a is b for a, b in zip(last[0], nodes_t, strict=True))):
        return last[3]  # the very same node objects as last time: no hashing of the tree
    key = (nodes_t, opts.margin, opts.voltage)
    tree = _TREES.get(key)
    if tree is None:
        tree = _Constraints(nodes, opts)
        if len(_TREES) >= 4:
            _TREES.pop(next(iter(_TREES)))
        _TREES[key] = tree
    _LAST_TREE[0] = (nodes_t, opts.margin, opts.voltage, tree)
    return tree


def _binding(coefs: list[tuple[int, float]], slack: list[float], owner: list[str]) -> str | None:
    for c, _a in coefs:
        if slack[c] <= 1e-6:
            return owner[c]
    return None


def _label(tree: _Constraints, why: str) -> str:
    node = tree.nodes.get(why)
    return node.label if node is not None else why


def node_loads(nodes: Sequence[LimitNode], demands: Iterable[Demand],
               watts: dict[str, float], voltage: float = GRID_VOLTAGE
               ) -> dict[str, tuple[float, tuple[float, float, float]]]:
    """Per node: (kW, (A on L1, L2, L3)) when each demand draws ``watts[key]``."""
    tree = _Constraints(nodes, Options(voltage=voltage))
    kw = dict.fromkeys(tree.nodes, 0.0)
    amps = {nid: [0.0, 0.0, 0.0] for nid in tree.nodes}
    for d in demands:
        w = watts.get(d.key, 0.0)
        phases = tuple(sorted(set(PHASES if d.dc else d.phases))) or PHASES
        for nid in tree.chain[d.node]:
            kw[nid] += w / 1000.0
            for ph in phases:
                amps[nid][ph - 1] += w / (voltage * len(phases))
    return {nid: (kw[nid], (amps[nid][0], amps[nid][1], amps[nid][2])) for nid in tree.nodes}
