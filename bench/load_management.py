"""Depot load management benchmark (issue 17).

    python bench/load_management.py [--minutes 30] [--scale 30] [--results bench/RESULTS.md]

40 simulated chargers x 2 connectors (1.6 and 2.0.1 alternating; about a quarter DC, the
rest 7.4 kW 1-phase / 11 / 22 kW 3-phase) on a site of 150 kW (and 260 A per phase) with
two feeders of 90 kW, the real server and the real load manager in this process, over real
websockets. Vehicles arrive and leave on their own (random batteries, SoC 10-60 %, DC taper
above 80 %) for ``--minutes`` simulated minutes, time-scaled by ``--scale`` (simulated
seconds per wall second; the manager's timings are scaled the same way).

Measured from what the simulated chargers really draw, sampled every 0.1 s (wall):
the share of time the site draws above its capacity and by how much at most (and the
longest spell, in meter intervals), the utilization while the cars want more than the
capacity, Jain's fairness index among charging sessions held back by the same feeder (all
sessions have the same priority), the energy delivered against an ideal computed offline
from the same cars (each sample: a max-min allocation of the cars' acceptance, no margin,
no delay; an upper bound), and the allocator's compute time for 2,000 chargers.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import RESULTS, append_results
from csms_desktop.domain.load import Demand, LimitNode, Options, ac_min_w, allocate
from csms_desktop.sim import (
    SimChargePoint16,
    SimChargePoint201,
    SimParams,
    physics,
)

SITE_KW, SITE_A, FEEDER_KW = 150.0, 260.0, 90.0
CHARGERS, CONNECTORS = 40, 2
SAMPLE_S = 0.1
DEBUG = bool(os.environ.get("LOAD_BENCH_DEBUG"))
METER_SIM_S = 15.0  # meter values every 15 simulated seconds


def jain(xs: list[float]) -> float:
    s, q = sum(xs), sum(x * x for x in xs)
    return 1.0 if q <= 0 else s * s / (len(xs) * q)


def allocator_timing(chargers: int = 2000, runs: int = 15) -> tuple[float, float, int]:
    """allocate() for `chargers` x 2 connectors, every connector in a session."""
    rng = random.Random(17)
    nodes = [LimitNode("site", None, 1_500.0, 2_400.0)] + [
        LimitNode(f"F{j}", "site", 400.0, 650.0) for j in range(8)]
    demands = []
    for i in range(chargers):
        nodes.append(LimitNode(f"C{i}", f"F{i % 8}", 44.0))
        dc = rng.random() < 0.25
        phases = (rng.choice((1, 2, 3)),) if not dc and rng.random() < 0.3 else (1, 2, 3)
        for c in (1, 2):
            demands.append(Demand(
                f"C{i}/{c}", f"C{i}", max_w=150_000.0 if dc else 22_000.0,
                min_w=ac_min_w(6, len(phases)), phases=phases, dc=dc,
                priority=rng.choice((0, 0, 0, 1)), measured_w=rng.uniform(0, 20_000),
                previous_w=rng.uniform(5_000, 20_000), arrival=float(i)))
    # the garbage collector as the app runs it (headless.tune_gc, called by serve and the
    # GUI once started): measured under the interpreter's defaults instead, a full
    # collection of this process's heap (35-50 ms) landed in one call of ten, a pause the
    # app's configuration does not have
    from csms_desktop.headless import tune_gc

    tune_gc()
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        allocate(nodes, demands, Options(margin=0.03))
        times.append((time.perf_counter() - t) * 1000.0)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.9)], len(demands)


async def run(args: argparse.Namespace) -> list[str]:
    from csms_desktop.headless import build_runtime
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.services import load
    from csms_desktop.services.load_config import NodeRow, save_node
    from csms_desktop.store.db import close_database

    tmp = tempfile.mkdtemp(prefix="csms-load-bench-")
    ns = argparse.Namespace(db=f"sqlite:///{tmp}/bench.db", command="serve",
                            unknown_chargers="accept", host="127.0.0.1", port=0)
    rt = build_runtime(ns)
    rt.services.apply_settings(free_charging=True)
    scale = float(args.scale)
    meter_wall = METER_SIM_S / scale
    opts = load.LoadOptions(debounce_s=0.05, min_interval_s=10.0 / scale,
                            lease_s=300.0 / scale, refresh_s=15.0 / scale,
                            connect_delay_s=0.2, grace_s=max(1.0, 30.0 / scale),
                            settle_s=5.0 / scale)
    sims: list[Any] = []
    save_node(NodeRow("site", "site", limit_kw=SITE_KW, limit_a=SITE_A, margin=0.03, name="Grid"))
    save_node(NodeRow("F1", "group", parent_id="site", limit_kw=FEEDER_KW, name="feeder F1"))
    save_node(NodeRow("F2", "group", parent_id="site", limit_kw=FEEDER_KW, name="feeder F2"))
    one_phase = 0
    feeder_of: dict[str, str] = {}
    for i in range(CHARGERS):
        cls = SimChargePoint16 if i % 2 == 0 else SimChargePoint201
        cp_id = f"LB{i:03d}"
        params = SimParams(connectors=CONNECTORS, meter_interval=meter_wall, time_scale=scale,
                           idle_range=(60.0 / scale, 360.0 / scale),
                           session_range=(600.0 / scale, 1500.0 / scale),
                           plug_delay=(0.1, 0.3), fault_prob=0.0, disconnect_prob=0.0,
                           reconnect_min=0.2, reconnect_max=1.0, response_timeout=10.0)
        sim = cls(cp_id, params=params, seed=f"{args.seed}:{i}")
        hw = sim.connectors[0].hw
        if hw.dc:
            phases = "L1L2L3"
        elif hw.phases == 1:
            phases = ("L1", "L2", "L3")[one_phase % 3]
            one_phase += 1
        else:
            phases = "L1L2L3"
        feeder = "F1" if i < CHARGERS // 2 else "F2"
        feeder_of[cp_id] = feeder
        save_node(NodeRow(f"bay{i:03d}", "charger", parent_id=feeder, charge_point_id=cp_id,
                          phases=phases, dc=hw.dc))
        for n in range(1, CONNECTORS + 1):
            save_node(NodeRow(f"bay{i:03d}-{n}", "connector", parent_id=f"bay{i:03d}",
                              charge_point_id=cp_id, connector_id=n,
                              limit_kw=hw.max_power_w / 1000.0))
        sims.append(sim)
    await rt.server.start("127.0.0.1", 0)
    mgr = load.install(rt.services, Commands(rt.server), opts)
    rt.server.spawn_background(mgr.run())
    url = f"ws://127.0.0.1:{rt.server.port}/ocpp"
    stop = asyncio.Event()
    tasks = [asyncio.create_task(s.run(url, None, stop)) for s in sims]
    # the offline ideal: the same tree without margin, caps = what each car accepts now
    ideal_nodes = [LimitNode("site", None, SITE_KW, SITE_A), LimitNode("F1", "site", FEEDER_KW),
                   LimitNode("F2", "site", FEEDER_KW)]
    phase_of = {n.charge_point_id: n.phase_numbers for n in mgr.tree if n.kind == "charger"}
    t_boot = time.monotonic()
    while sum(s.stats.booted for s in sims) < CHARGERS:
        if time.monotonic() - t_boot > 30:
            raise SystemExit("the chargers did not all boot within 30 s")
        await asyncio.sleep(0.1)
    boot_s = time.monotonic() - t_boot
    wall = args.minutes * 60.0 / scale
    rows: list[tuple[float, float, float, float, float, int]] = []
    jains: list[tuple[float, int]] = []
    jains_shared: list[tuple[float, int]] = []
    paused_samples = 0
    t0 = time.monotonic()
    next_t = t0
    while time.monotonic() - t0 < wall:
        site = f1 = f2 = demand = 0.0
        ideal_demands: list[Demand] = []
        held: dict[str, list[float]] = {"F1": [], "F2": []}
        shared: dict[str, list[float]] = {"F1": [], "F2": []}  # held above their minimum
        why: dict[str, list[str]] = {"F1": [], "F2": []}
        paused = 0
        for s in sims:
            feeder = feeder_of[s.id]
            for c in s.connectors:
                if c.tx_id is None or c.vehicle is None:
                    continue
                draw = c.power_w / 1000.0
                want = physics.acceptance_w(c.hw, c.vehicle) / 1000.0
                site += draw
                f1 += draw if feeder == "F1" else 0.0
                f2 += draw if feeder == "F2" else 0.0
                demand += want
                ideal_demands.append(Demand(f"{s.id}/{c.id}", feeder, max_w=want * 1000.0,
                                            phases=phase_of[s.id], dc=c.hw.dc))
                target = mgr.targets.get((s.id, c.id))
                if target is not None and target.paused:
                    paused += 1
                elif want > draw * 1.05 + 0.3 and draw > 0:
                    held[feeder].append(draw)
                    minimum = ac_min_w(6, 3 if c.hw.dc else c.hw.phases) / 1000.0
                    if draw > minimum * 1.03:
                        shared[feeder].append(draw)
                    why[feeder].append(f"{s.id}/{c.id} {draw:.1f}/{want:.1f} "
                                       f"{target.limited_by if target else '-'} "
                                       f"{c.hw.phases if not c.hw.dc else 'DC'}")
        ideal = sum(a.limit_w for a in allocate(ideal_nodes, ideal_demands).values()) / 1000.0
        rows.append((site, f1, f2, demand, ideal, paused))
        paused_samples += paused > 0
        for group in shared.values():
            if len(group) >= 2:
                jains_shared.append((jain(group), len(group)))
        for f, group in held.items():
            if len(group) >= 2:
                jains.append((jain(group), len(group)))
                if DEBUG and jain(group) < 0.9:
                    print(f"{time.monotonic() - t0:.1f} {f} {jain(group):.2f}", why[f])
        next_t += SAMPLE_S
        await asyncio.sleep(max(0.0, next_t - time.monotonic()))
    st = mgr.status()
    stop.set()
    # asyncio.wait, not wait_for: on Python 3.11 wait_for waits for a cancelled task that
    # does not finish, and now and then a simulated charger did not stop (issue left open)
    _done, pending = await asyncio.wait(tasks, timeout=15)
    if pending:
        print(f"warning: {len(pending)} simulated chargers did not stop within 15 s",
              file=sys.stderr)
    sent = mgr.sends
    mgr.uninstall()
    stopping = asyncio.ensure_future(rt.server.stop())
    _done, late = await asyncio.wait({stopping}, timeout=30)
    if late:
        print("warning: the server did not stop within 30 s", file=sys.stderr)
    for t in pending:
        t.cancel()
    close_database()

    n = len(rows)
    over = [r for r in rows if r[0] > SITE_KW + 1e-6]
    longest = run_ = 0
    for r in rows:
        run_ = run_ + 1 if r[0] > SITE_KW + 1e-6 else 0
        longest = max(longest, run_)
    feeder_max = max(max(r[1] for r in rows), max(r[2] for r in rows))
    busy = [r for r in rows if r[3] > SITE_KW]
    util = statistics.mean(r[0] for r in busy) / SITE_KW if busy else float("nan")
    util_ideal = (statistics.mean(r[0] / r[4] for r in busy if r[4] > 0) if busy
                  else float("nan"))
    delivered = sum(r[0] for r in rows) * SAMPLE_S * scale / 3600.0
    ideal_kwh = sum(r[4] for r in rows) * SAMPLE_S * scale / 3600.0
    def weighted(items: list[tuple[float, int]]) -> tuple[float, float]:
        if not items:
            return float("nan"), float("nan")
        return (sum(v * w for v, w in items) / sum(w for _, w in items),
                min(v for v, _ in items))

    j, j_min = weighted(jains_shared)
    j_all, j_all_min = weighted(jains)
    med, p90, sessions = allocator_timing()
    started = sum(s.stats.tx_started for s in sims)
    spell_intervals = longest * SAMPLE_S / meter_wall

    def ok(cond: bool) -> str:
        return "yes" if cond else "NO"

    max_over_pct = (max(r[0] for r in rows) / SITE_KW - 1.0) * 100.0
    body = [
        f"- load: {CHARGERS} chargers x {CONNECTORS} connectors ("
        f"{sum(s.connectors[0].hw.dc for s in sims)} DC, "
        f"{sum((not s.connectors[0].hw.dc) and s.connectors[0].hw.phases == 1 for s in sims)}"
        f" AC 1-phase, the rest AC 3-phase), site {SITE_KW:g} kW / {SITE_A:g} A per phase, "
        f"2 feeders of {FEEDER_KW:g} kW, margin 3 %; {args.minutes:g} simulated minutes at "
        f"x{scale:g} ({wall:.0f} s wall), meter values every {METER_SIM_S:g} s simulated; "
        f"{started} sessions started; {sent} profiles sent; boot of all chargers {boot_s:.1f} s",
        f"- samples: {n} every {SAMPLE_S} s wall; demand above capacity in {len(busy)} "
        f"({len(busy) / max(1, n):.0%}); a session paused (minimum did not fit) in "
        f"{paused_samples / max(1, n):.0%}",
        "",
        "| figure | measured | target | met |",
        "|---|---|---|---|",
        f"| time with the site above capacity | {len(over) / max(1, n):.2%} "
        f"(longest {spell_intervals:.1f} meter intervals) | <= 2 intervals in a row | "
        f"{ok(spell_intervals <= 2.0)} |",
        f"| most above capacity | {max(0.0, max_over_pct):.2f} % | <= 5 % | "
        f"{ok(max_over_pct <= 5.0)} |",
        f"| feeder draw, highest (limit {FEEDER_KW:g} kW) | {feeder_max:.1f} kW | - | - |",
        f"| utilization while demand > capacity | {util:.1%} of {SITE_KW:g} kW "
        f"({util_ideal:.1%} of the ideal) | >= 90 % | {ok(util >= 0.9)} |",
        f"| energy delivered vs offline ideal | {delivered:.1f} / {ideal_kwh:.1f} kWh = "
        f"{delivered / ideal_kwh:.1%} | >= 90 % | {ok(delivered / ideal_kwh >= 0.9)} |",
        f"| Jain's index (power), equal-priority sessions held back by the same feeder above "
        f"their minimum | {j:.3f} (lowest sample {j_min:.3f}, {len(jains_shared)} samples) | "
        f">= 0.95 | {ok(j >= 0.95)} |",
        f"| Jain's index (power), the same including sessions held at their minimum (6 A: "
        f"1.4 kW 1-phase, 4.1 kW 3-phase/DC) | {j_all:.3f} (lowest {j_all_min:.3f}, "
        f"{len(jains)} samples) | - | - |",
        f"| allocator, 2,000 chargers ({sessions} sessions) median / p90 | {med:.1f} / "
        f"{p90:.1f} ms | < 20 ms | {ok(med < 20.0)} |",
        f"| recompute on the loop at this site (last) | {st.compute_ms:.2f} ms | - | - |",
    ]
    return body


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    p.add_argument("--minutes", type=float, default=30.0, help="simulated minutes")
    p.add_argument("--scale", type=float, default=30.0, help="simulated seconds per wall second")
    p.add_argument("--seed", type=int, default=17)
    p.add_argument("--results", type=Path, default=RESULTS)
    p.add_argument("--no-record", action="store_true")
    args = p.parse_args()
    import faulthandler

    # a run that hangs says where instead of being killed silently by a timeout
    faulthandler.dump_traceback_later(args.minutes * 60.0 / args.scale + 75.0, exit=True)
    logging.basicConfig(level=logging.WARNING)
    logging.getLogger("ocpp").setLevel(logging.ERROR)
    body = asyncio.run(run(args))
    print("\n".join(body))
    if not args.no_record:
        cmd = "python bench/load_management.py" + "".join(
            f" {a}" for a in sys.argv[1:])
        append_results(args.results, "Load management (issue 17)", cmd, body)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
