"""The load allocator (domain/load.py): examples, then properties over random trees."""

from __future__ import annotations

import random
from dataclasses import replace

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from csms_desktop.domain.load import (
    BY_DRAW,
    BY_FIXED,
    BY_MINIMUM,
    BY_VEHICLE,
    PHASES,
    Allocation,
    Demand,
    LimitNode,
    Options,
    TreeError,
    ac_min_w,
    allocate,
    node_loads,
)

MIN3 = ac_min_w(6, 3)  # 4140 W
TOL = 1e-6


def _site(kw: float = 100.0, **feeders: float) -> list[LimitNode]:
    nodes = [LimitNode("site", None, kw, name="Site")]
    nodes += [LimitNode(f, "site", v, name=f"feeder {f}") for f, v in feeders.items()]
    return nodes


def test_equal_priority_sessions_share_equally() -> None:
    nodes = _site(60.0) + [LimitNode(f"C{i}", "site", 50.0) for i in range(4)]
    ds = [Demand(f"C{i}/1", f"C{i}", max_w=50_000, min_w=MIN3) for i in range(4)]
    got = allocate(nodes, ds)
    assert [round(got[d.key].limit_w) for d in ds] == [15_000] * 4
    assert {a.limited_by for a in got.values()} == {"Site"}


def test_unused_share_goes_to_the_others() -> None:
    nodes = _site(60.0) + [LimitNode(f"C{i}", "site") for i in range(3)]
    small = Demand("C0/1", "C0", max_w=7_400, min_w=MIN3)  # its car takes 7.4 kW at most
    ds = [small, Demand("C1/1", "C1", max_w=50_000), Demand("C2/1", "C2", max_w=50_000)]
    got = allocate(nodes, ds)
    assert got["C0/1"].limit_w == pytest.approx(7_400) and got["C0/1"].limited_by == BY_VEHICLE
    assert got["C1/1"].limit_w == pytest.approx(26_300) == got["C2/1"].limit_w
    # a full battery: measured well below what it was given -> capped near its draw
    full = replace(ds[1], measured_w=500.0, previous_w=26_300.0)
    again = allocate(nodes, [small, full, ds[2]])
    assert again["C1/1"].limit_w == pytest.approx(1_500) and again["C1/1"].limited_by == BY_DRAW
    assert again["C2/1"].limit_w == pytest.approx(50_000)  # all it can take: 60 - 7.4 - 1.5 > 50


def test_feeder_limits_its_chargers_and_says_so() -> None:
    nodes = [*_site(150.0, F1=30.0, F2=150.0),
             LimitNode("A", "F1"), LimitNode("B", "F1"), LimitNode("C", "F2")]
    ds = [Demand(k + "/1", k, max_w=150_000) for k in "ABC"]
    got = allocate(nodes, ds)
    assert got["A/1"].limit_w == pytest.approx(15_000) == got["B/1"].limit_w
    assert got["A/1"].limited_by == "feeder F1"
    assert got["C/1"].limit_w == pytest.approx(120_000) and got["C/1"].limited_by == "Site"


def test_higher_priority_first_then_earlier_departure() -> None:
    nodes = _site(40.0) + [LimitNode(f"C{i}", "site") for i in range(3)]
    fleet = Demand("C0/1", "C0", max_w=22_000, min_w=MIN3, priority=5)
    leaving = Demand("C1/1", "C1", max_w=22_000, min_w=MIN3, departure_s=3_600,
                     energy_need_wh=10_000)
    other = Demand("C2/1", "C2", max_w=22_000, min_w=MIN3)
    got = allocate(nodes, [fleet, leaving, other])
    # minimums first (everyone keeps charging), then the fleet vehicle to its cap, then the
    # rate that finishes the leaving car in time (10 kWh in an hour), then fair share: the
    # other car rises from its minimum towards the same level (8 kW is all that is left)
    assert got["C0/1"].limit_w == pytest.approx(22_000)
    assert got["C1/1"].limit_w == pytest.approx(10_000)
    assert got["C2/1"].limit_w == pytest.approx(40_000 - 22_000 - 10_000)


def test_fair_share_is_the_same_power_whatever_the_minimum() -> None:
    """A 1-phase car's minimum (6 A = 1.4 kW) is below a 3-phase car's (4.1 kW): water-filling
    raises it to the same level, not the same amount above its minimum."""
    nodes = [*_site(20.0), LimitNode("A", "site"), LimitNode("B", "site"), LimitNode("C", "site")]
    ds = [Demand("A/1", "A", max_w=7_400, min_w=ac_min_w(6, 1), phases=(1,)),
          Demand("B/1", "B", max_w=22_000, min_w=MIN3),
          Demand("C/1", "C", max_w=150_000, min_w=MIN3, dc=True)]
    got = allocate(nodes, ds)
    assert [round(got[d.key].limit_w) for d in ds] == [6_667, 6_667, 6_667]


def test_minimum_not_reachable_pauses_the_lowest_ranked() -> None:
    nodes = _site(10.0) + [LimitNode(f"C{i}", "site") for i in range(3)]
    ds = [Demand(f"C{i}/1", f"C{i}", max_w=22_000, min_w=MIN3, arrival=i) for i in range(3)]
    got = allocate(nodes, ds)
    assert got["C2/1"].paused and got["C2/1"].limit_w == 0 and got["C2/1"].limited_by == BY_MINIMUM
    assert got["C0/1"].limit_w == pytest.approx(5_000) == got["C1/1"].limit_w
    low = replace(ds[0], priority=-1)  # now the first arrival has the lowest priority
    got = allocate(nodes, [low, *ds[1:]])
    assert got["C0/1"].paused and not got["C2/1"].paused


def test_per_phase_limit_counts_single_phase_chargers_on_their_phase() -> None:
    nodes = [LimitNode("site", None, None, 32.0, name="Site")] + [
        LimitNode(f"C{i}", "site") for i in range(4)]
    ds = [Demand("C0/1", "C0", max_w=7_400, phases=(1,)),
          Demand("C1/1", "C1", max_w=7_400, phases=(1,)),
          Demand("C2/1", "C2", max_w=7_400, phases=(2,)),
          Demand("C3/1", "C3", max_w=22_000, phases=PHASES)]
    got = allocate(nodes, ds)
    loads = node_loads(nodes, ds, {k: a.limit_w for k, a in got.items()})
    amps = loads["site"][1]
    assert max(amps) <= 32.0 + TOL and amps[0] == pytest.approx(32.0)  # L1 is the busy phase
    assert got["C0/1"].amps == pytest.approx(got["C1/1"].amps)
    # L2 carries the 3-phase car's share too: the 1-phase car on L2 gets what L2 has left,
    # more than those sharing L1
    assert amps[1] == pytest.approx(32.0) and amps[2] < 32.0
    assert got["C2/1"].limit_w > got["C0/1"].limit_w


def test_margin_and_fixed_load() -> None:
    nodes = [*_site(100.0), LimitNode("A", "site"), LimitNode("X", "site")]
    ignoring = Demand("X/1", "X", max_w=50_000, measured_w=30_000, fixed=True)
    got = allocate(nodes, [Demand("A/1", "A", max_w=100_000), ignoring], Options(margin=0.05))
    assert got["X/1"].limit_w == 30_000 and got["X/1"].limited_by == BY_FIXED
    assert got["A/1"].limit_w == pytest.approx(95_000 - 30_000)


def test_bad_trees_are_refused() -> None:
    with pytest.raises(TreeError, match="parent"):
        allocate([LimitNode("a", "nowhere")], [])
    with pytest.raises(TreeError, match="cycle"):
        allocate([LimitNode("a", "b"), LimitNode("b", "a")], [])
    with pytest.raises(TreeError, match="does not exist"):
        allocate([LimitNode("a")], [Demand("x", "b", max_w=1.0)])


# ------------------------------------------------------------------ properties


@st.composite
def scenarios(draw: st.DrawFn, fixed: bool = False) -> tuple[list[LimitNode], list[Demand], Options]:
    def limit(lo: float, hi: float) -> float | None:
        return draw(st.one_of(st.none(), st.floats(lo, hi)))

    nodes = [LimitNode("site", None, draw(st.floats(0, 300)), limit(0, 400), name="Site")]
    groups = ["site"]
    for g in range(draw(st.integers(0, 3))):
        nodes.append(LimitNode(f"G{g}", draw(st.sampled_from(groups)), limit(0, 150),
                               limit(0, 200)))
        groups.append(f"G{g}")
    chargers = []
    for c in range(draw(st.integers(1, 6))):
        nodes.append(LimitNode(f"C{c}", draw(st.sampled_from(groups)), limit(0, 60),
                               limit(0, 80)))
        chargers.append(f"C{c}")
    demands = []
    for i in range(draw(st.integers(0, 12))):
        dc = draw(st.booleans())
        phases = PHASES if dc else draw(st.sampled_from([(1,), (2,), (3,), (1, 2, 3)]))
        max_w = draw(st.floats(0, 150_000 if dc else 22_000))
        measured = draw(st.one_of(st.none(), st.floats(0, max_w)))
        demands.append(Demand(
            f"D{i}", draw(st.sampled_from(chargers)), max_w=max_w,
            min_w=draw(st.sampled_from([0.0, ac_min_w(6, len(phases))])),
            phases=phases, dc=dc, priority=draw(st.integers(0, 2)),
            departure_s=draw(st.one_of(st.none(), st.floats(0, 36_000))),
            energy_need_wh=draw(st.one_of(st.none(), st.floats(0, 60_000))),
            measured_w=measured,
            previous_w=draw(st.one_of(st.none(), st.floats(0, 150_000))),
            arrival=float(draw(st.integers(0, 5))),
            fixed=fixed and draw(st.integers(0, 4)) == 0))
    return nodes, demands, Options(margin=draw(st.sampled_from([0.0, 0.05])))


def _capacities(nodes: list[LimitNode], opts: Options) -> list[tuple[str, int, float]]:
    keep = 1.0 - opts.margin
    out = []
    for n in nodes:
        if n.limit_kw is not None:
            out.append((n.id, 0, n.limit_kw * keep))
        if n.limit_a is not None:
            out += [(n.id, ph, n.limit_a * keep) for ph in PHASES]
    return out


def _load(loads: dict[str, tuple[float, tuple[float, float, float]]], nid: str, dim: int) -> float:
    kw, amps = loads[nid]
    return kw if dim == 0 else amps[dim - 1]


PROPS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@PROPS
@given(scenarios(fixed=True))
def test_no_node_is_ever_above_its_limit(case: tuple[list[LimitNode], list[Demand], Options]) -> None:
    nodes, demands, opts = case
    got = allocate(nodes, demands, opts)
    loads = node_loads(nodes, demands, {k: a.limit_w for k, a in got.items()})
    fixed_only = node_loads(nodes, [d for d in demands if d.fixed],
                            {k: a.limit_w for k, a in got.items()})
    for nid, dim, cap in _capacities(nodes, opts):
        # fixed load (uncontrolled) alone may exceed a limit; nothing controlled is added then
        bound = max(cap, _load(fixed_only, nid, dim))
        assert _load(loads, nid, dim) <= bound * (1 + 1e-9) + TOL, (nid, dim)


@PROPS
@given(scenarios(fixed=True))
def test_nobody_below_the_minimum_unless_paused(
        case: tuple[list[LimitNode], list[Demand], Options]) -> None:
    nodes, demands, opts = case
    got = allocate(nodes, demands, opts)
    for d in demands:
        a = got[d.key]
        assert a.limit_w <= max(d.max_w, d.measured_w or 0.0) + TOL
        if d.fixed:
            continue
        if a.paused:
            assert a.limit_w == 0.0 and a.limited_by == BY_MINIMUM
        else:
            assert a.limit_w >= min(d.min_w, d.max_w) - TOL


@PROPS
@given(scenarios(fixed=True), st.randoms(use_true_random=False))
def test_deterministic_whatever_the_order(case: tuple[list[LimitNode], list[Demand], Options],
                                          rnd: random.Random) -> None:
    nodes, demands, opts = case
    first = allocate(nodes, demands, opts)
    shuffled_nodes, shuffled = list(nodes), list(demands)
    rnd.shuffle(shuffled_nodes)
    rnd.shuffle(shuffled)
    assert allocate(shuffled_nodes, shuffled, opts) == first


@PROPS
@given(scenarios())
def test_stable_when_nothing_changes(case: tuple[list[LimitNode], list[Demand], Options]) -> None:
    """Cars drawing exactly what they were given get exactly the same again (no oscillation)."""
    nodes, demands, opts = case
    fresh = [replace(d, measured_w=None, previous_w=None) for d in demands]
    first = allocate(nodes, fresh, opts)
    fed = [replace(d, measured_w=first[d.key].limit_w, previous_w=first[d.key].limit_w)
           for d in fresh]
    second = allocate(nodes, fed, opts)
    assert _limits(second) == pytest.approx(_limits(first), abs=1e-6)
    fed2 = [replace(d, measured_w=second[d.key].limit_w, previous_w=second[d.key].limit_w)
            for d in fresh]
    assert allocate(nodes, fed2, opts) == second


@PROPS
@given(scenarios())
def test_no_capacity_left_unused_when_someone_wants_more(
        case: tuple[list[LimitNode], list[Demand], Options]) -> None:
    """Work conserving: a session below its cap has a full node somewhere above it."""
    nodes, demands, opts = case
    fresh = [replace(d, measured_w=None, previous_w=None) for d in demands]
    got = allocate(nodes, fresh, opts)
    loads = node_loads(nodes, fresh, {k: a.limit_w for k, a in got.items()})
    caps = {(nid, dim): cap for nid, dim, cap in _capacities(nodes, opts)}
    parent = {n.id: n.parent for n in nodes}
    for d in fresh:
        a = got[d.key]
        if a.paused or a.limit_w >= d.max_w - 1e-6:
            continue
        chain, cur = [], d.node
        while cur is not None:
            chain.append(cur)
            cur = parent[cur]
        dims = [0, *(PHASES if d.dc else d.phases)]
        tight = [(nid, dim) for nid in chain for dim in dims if (nid, dim) in caps
                 and _load(loads, nid, dim) >= caps[(nid, dim)] - 1e-6 * max(1.0, caps[(nid, dim)])]
        assert tight, (d.key, a)


def _limits(got: dict[str, Allocation]) -> dict[str, float]:
    return {k: a.limit_w for k, a in got.items()}


def test_two_thousand_chargers_in_well_under_a_second() -> None:
    """The benchmark measures the real figure; this only guards against a quadratic slip."""
    import time

    rng = random.Random(7)
    nodes = [LimitNode("site", None, 1_500.0, 2_200.0)] + [
        LimitNode(f"F{j}", "site", 400.0, 600.0) for j in range(8)]
    ds = []
    for i in range(2_000):
        nodes.append(LimitNode(f"C{i}", f"F{i % 8}", 44.0))
        for c in (1, 2):
            dc = rng.random() < 0.3
            ds.append(Demand(f"C{i}/{c}", f"C{i}", max_w=150_000 if dc else 22_000, min_w=MIN3,
                             dc=dc, priority=rng.choice([0, 0, 1])))
    t = time.perf_counter()
    allocate(nodes, ds)
    assert time.perf_counter() - t < 1.0


def test_the_tree_cache_follows_the_nodes_not_their_list() -> None:
    from csms_desktop.domain import load as ld

    nodes = [LimitNode("site", None, 10.0), LimitNode("C1", "site", 7.0)]
    demands = [Demand("C1/1", "C1", max_w=11_000.0), Demand("C1/2", "C1", max_w=11_000.0)]
    first = allocate(nodes, demands)
    assert sum(a.limit_w for a in first.values()) == pytest.approx(7_000.0)
    nodes[1] = LimitNode("C1", "site", 4.0)  # the same list object, another node in it
    second = allocate(nodes, demands)
    assert sum(a.limit_w for a in second.values()) == pytest.approx(4_000.0)
    assert ld._tree(list(nodes), ld.Options()) is ld._tree(nodes, ld.Options())
    again = allocate([LimitNode("site", None, 10.0), LimitNode("C1", "site", 7.0)], demands)
    assert again == first  # equal nodes, new objects: the same answer
