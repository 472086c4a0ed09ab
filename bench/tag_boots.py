"""Benchmark: 20,000 tags and 500 chargers booting at once (issue 14, local lists at scale).

A site database holds --tags id tags (valid, some blocked, some expiring). `serve` runs
on it. First --observers chargers connect and send a Heartbeat every 0.2 s, measuring
each round trip. Then --chargers 1.6 chargers connect at once, boot, report their
connectors, and answer what the CSMS asks: GetConfiguration (local lists enabled, 30,000
entries, 5,000 per message), GetLocalListVersion, SendLocalList (Accepted); anything else
gets a CALLERROR NotSupported. The run ends when every booting charger holds the whole
list (the entries of its Full + Differential messages reach the tag count) or at
--timeout.

Figures: the server's peak resident memory, the observers' Heartbeat round trips during
the storm (p99, max, how many above 50 ms), the time until every charger holds its list,
SendLocalList messages and bytes. Targets: RSS < 500 MB, no observer round trip > 50 ms.

    python bench/tag_boots.py                     # 20,000 tags, 500 chargers
    python bench/tag_boots.py --quick --no-record # 2,000 tags, 50 chargers
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import lite_ws
from bench.common import (
    HOST,
    RESULTS,
    ServerProcess,
    append_results,
    free_port,
    percentile,
    raise_nofile,
)

REPO = Path(__file__).resolve().parent.parent
RSS_TARGET_MB = 500.0
RTT_TARGET_MS = 50.0


def make_database(path: Path, tags: int) -> None:
    """A migrated database with ``tags`` id tags: 95 % Accepted (a tenth expiring next
    year), 5 % Blocked."""
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database
    from csms_desktop.store.models import IdTag

    db = open_database(f"sqlite:///{path}")
    migrate_database(db)
    expiry = datetime.now(UTC) + timedelta(days=365)
    rows = [{"id_tag": f"TAG{i:06d}",
             "status": "BLOCKED" if i % 20 == 0 else "ACCEPTED",
             "expiry_date": expiry if i % 10 == 1 else None} for i in range(tags)]
    with db.atomic():
        for i in range(0, len(rows), 500):
            IdTag.insert_many(rows[i:i + 500]).execute()
    close_database()


BOOT = ('[2,"%s","BootNotification",{"chargePointVendor":"Bench","chargePointModel":"Tags",'
        '"firmwareVersion":"1.0"}]')
STATUS = ('[2,"%s","StatusNotification",{"connectorId":%d,"errorCode":"NoError",'
          '"status":"Available"}]')
CONFIG = {"configurationKey": [
    {"key": "LocalAuthListEnabled", "readonly": False, "value": "true"},
    {"key": "LocalAuthListMaxLength", "readonly": True, "value": "30000"},
    {"key": "SendLocalListMaxLength", "readonly": True, "value": "5000"}]}


@dataclass
class Storm:
    lists: dict[str, int] = field(default_factory=dict)  # charger -> entries received
    messages: int = 0
    bytes: int = 0
    errors: dict[str, int] = field(default_factory=dict)
    done_at: dict[str, float] = field(default_factory=dict)
    versions: dict[str, int] = field(default_factory=dict)  # list version each one holds

    def error(self, kind: str) -> None:
        self.errors[kind] = self.errors.get(kind, 0) + 1


def _answer(frame: str, cp_id: str, storm: Storm, tags: int, t0: float) -> str:
    msg = json.loads(frame)
    uid, action, payload = msg[1], msg[2], msg[3]
    if action == "GetConfiguration":
        return json.dumps([3, uid, CONFIG])
    if action == "GetLocalListVersion":  # the version it last accepted, as a charger does
        return json.dumps([3, uid, {"listVersion": storm.versions.get(cp_id, 0)}])
    if action == "SendLocalList":
        storm.versions[cp_id] = int(payload.get("listVersion", 0))
        storm.messages += 1
        storm.bytes += len(frame)
        got = len(payload.get("localAuthorizationList") or [])
        if payload.get("updateType") == "Full":
            storm.lists[cp_id] = got
        else:
            storm.lists[cp_id] = storm.lists.get(cp_id, 0) + got
        if storm.lists[cp_id] >= tags and cp_id not in storm.done_at:
            storm.done_at[cp_id] = time.monotonic() - t0
        return json.dumps([3, uid, {"status": "Accepted"}])
    return json.dumps([4, uid, "NotSupported", f"{action} is not supported here", {}])


async def _expect_result(ws: lite_ws.LiteWs, uid: str, cp_id: str, storm: Storm, tags: int,
                         t0: float, timeout: float) -> None:
    while True:
        frame = await asyncio.wait_for(ws.recv(), timeout)
        if lite_ws.message_type(frame) == 2:
            ws.send(_answer(frame, cp_id, storm, tags, t0))
            continue
        if uid in frame[:64]:
            return


async def booting(port: int, cp_id: str, storm: Storm, tags: int, t0: float,
                  stop: asyncio.Event) -> None:
    try:
        ws = await lite_ws.connect(HOST, port, "/" + cp_id, "ocpp1.6", 30)
    except (OSError, TimeoutError, lite_ws.WsClosed):
        storm.error("connect")
        return
    try:
        ws.send(BOOT % "b")
        await _expect_result(ws, '"b"', cp_id, storm, tags, t0, 30)
        for c in (0, 1, 2):
            ws.send(STATUS % (f"s{c}", c))
            await _expect_result(ws, f'"s{c}"', cp_id, storm, tags, t0, 30)
        while not stop.is_set():
            try:
                frame = await asyncio.wait_for(ws.recv(), 0.5)
            except TimeoutError:
                continue
            if lite_ws.message_type(frame) == 2:
                ws.send(_answer(frame, cp_id, storm, tags, t0))
    except (TimeoutError, lite_ws.WsClosed):
        storm.error("closed or timed out")
    finally:
        ws.abort()


async def observer(port: int, cp_id: str, rtts: list[float], ready: asyncio.Event,
                   stop: asyncio.Event, storm: Storm) -> None:
    ws = await lite_ws.connect(HOST, port, "/" + cp_id, "ocpp1.6", 30)
    try:
        ws.send(BOOT % "b")
        await _expect_result(ws, '"b"', cp_id, storm, 1 << 30, 0.0, 30)
        ready.set()
        k = 0
        while not stop.is_set():
            k += 1
            uid = f"h{k}"
            t = time.perf_counter()
            ws.send(f'[2,"{uid}","Heartbeat",{{}}]')
            await _expect_result(ws, f'"{uid}"', cp_id, storm, 1 << 30, 0.0, 30)
            if ready.is_set() and getattr(observer, "measuring", False):
                rtts.append((time.perf_counter() - t) * 1000)
            await asyncio.sleep(0.2)
    finally:
        ws.abort()


async def run(args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    db = tmp / "tags.db"
    make_database(db, args.tags)
    port = free_port()
    env = {k: v for k, v in os.environ.items() if k != "CSMS_FORBID_QT"}
    server = ServerProcess("serve", [sys.executable, "main.py", "serve", "--db",
                                     f"sqlite:///{db}", "--port", str(port), "--host", HOST,
                                     "--unknown-chargers", "accept", "--log-level", "WARNING",
                                     "--no-api"], port, tmp / "serve.log", env=env)
    server.start()
    if not server.wait_ready(60):
        raise RuntimeError(server.tail())
    storm = Storm()
    stop = asyncio.Event()
    rtts: list[float] = []
    readies = [asyncio.Event() for _ in range(args.observers)]
    scratch = Storm()  # the observers' own lists are not counted
    obs = [asyncio.create_task(observer(port, f"OBS{i:03d}", rtts, readies[i], stop, scratch))
           for i in range(args.observers)]
    await asyncio.gather(*(e.wait() for e in readies))
    await asyncio.sleep(2)  # the observers' own lists (empty set-up) are done
    rss0 = server.rss_mb() or 0.0
    peak = [rss0]
    observer.measuring = True  # type: ignore[attr-defined]
    t0 = time.monotonic()
    boots = [asyncio.create_task(booting(port, f"TB{i:04d}", storm, args.tags, t0, stop))
             for i in range(args.chargers)]
    deadline = t0 + args.timeout
    while time.monotonic() < deadline:
        peak.append(server.rss_mb() or 0.0)
        if len(storm.done_at) >= args.chargers:
            break
        await asyncio.sleep(0.5)
    took = time.monotonic() - t0
    await asyncio.sleep(2)
    peak.append(server.rss_mb() or 0.0)
    stop.set()
    await asyncio.gather(*boots, *obs, return_exceptions=True)
    server.stop(30)
    log_text = (tmp / "serve.log").read_text(errors="replace")
    rtts.sort()
    return {"tags": args.tags, "chargers": args.chargers, "observers": args.observers,
            "seconds": took, "complete": len(storm.done_at),
            "last list at s": max(storm.done_at.values()) if storm.done_at else None,
            "messages": storm.messages, "MB sent": storm.bytes / 1e6,
            "errors": storm.errors, "rss start": rss0, "rss peak": max(peak),
            "rtt n": len(rtts), "rtt p50": percentile(rtts, 50) if rtts else None,
            "rtt p99": percentile(rtts, 99) if rtts else None,
            "rtt max": rtts[-1] if rtts else None,
            "rtt over": sum(1 for r in rtts if r > RTT_TARGET_MS),
            "tracebacks": log_text.count("Traceback")}


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--tags", type=int, default=20_000)
    p.add_argument("--chargers", type=int, default=500)
    p.add_argument("--observers", type=int, default=20)
    p.add_argument("--timeout", type=float, default=240.0)
    p.add_argument("--quick", action="store_true")
    p.add_argument("--results", type=Path, default=RESULTS)
    p.add_argument("--no-record", action="store_true")
    p.add_argument("--keep", type=Path, default=None,
                   help="keep the database and the server log in this folder")
    args = p.parse_args()
    if args.quick:
        args.tags, args.chargers, args.observers, args.timeout = 2000, 50, 5, 60.0
    raise_nofile()
    if args.keep is not None:
        args.keep.mkdir(parents=True, exist_ok=True)
        r = asyncio.run(run(args, args.keep))
    else:
        with tempfile.TemporaryDirectory(prefix="tag-boots-") as tmp:
            r = asyncio.run(run(args, Path(tmp)))
    ok = (r["complete"] == r["chargers"] and (r["rss peak"] or 0) < RSS_TARGET_MB
          and r["rtt over"] == 0 and r["rtt n"] > 0 and r["tracebacks"] == 0)
    f = (lambda x, s=".1f": "-" if x is None else format(x, s))  # noqa: E731
    body = [
        f"- {r['tags']:,} tags, {r['chargers']} chargers booting at once (1.6, lists of "
        f"30,000 / 5,000 per message), {r['observers']} observers sending Heartbeat every "
        "0.2 s",
        "",
        "| figure | measured | target |",
        "|---|---:|---:|",
        f"| chargers holding the whole list | {r['complete']} / {r['chargers']} "
        f"(last at {f(r['last list at s'])} s) | all |",
        f"| server RSS start / peak | {r['rss start']:.0f} / {r['rss peak']:.0f} MB "
        f"| < {RSS_TARGET_MB:.0f} MB |",
        f"| observers' Heartbeat round trip p50 / p99 / max | {f(r['rtt p50'], '.2f')} / "
        f"{f(r['rtt p99'], '.2f')} / {f(r['rtt max'], '.1f')} ms (n={r['rtt n']}) "
        f"| max < {RTT_TARGET_MS:.0f} ms |",
        f"| round trips above {RTT_TARGET_MS:.0f} ms | {r['rtt over']} | 0 |",
        f"| SendLocalList messages / MB | {r['messages']:,} / {r['MB sent']:.0f} | - |",
        f"| errors / server tracebacks | {r['errors'] or 0} / {r['tracebacks']} | 0 / 0 |",
        "",
        f"- result: {'all targets met' if ok else 'a target missed'}",
    ]
    print("\n".join(body), flush=True)
    if not args.no_record and not args.quick:
        append_results(args.results, "Tags and boots (20,000 tags, 500 chargers)",
                       "python " + " ".join(sys.argv), body)
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
