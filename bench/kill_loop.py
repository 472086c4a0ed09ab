"""SIGKILL `serve` again and again under load: nothing acknowledged may be lost or unapplied.

Chargers of both versions (raw websockets, in this process) run sessions back to back:
1.6 StartTransaction -> MeterValues -> StopTransaction, 2.0.1 TransactionEvent Started ->
Updated -> Ended. Each charger behaves like real firmware: a message whose answer did
not arrive is sent again after it reconnects (the queue of a real charger), and only
an answered one counts as acknowledged. The server is SIGKILLed at a random moment,
restarted on the same database, `--kills` times. At the end every acknowledged start,
stop, Started and Ended must be in the database and applied (the transaction exists;
after a stop / Ended it is COMPLETED with that meter reading), and SQLite's
integrity_check and foreign_key_check must be clean.

    python bench/kill_loop.py --kills 20 --chargers 24            # record in RESULTS.md
    python bench/kill_loop.py --quick                             # 3 kills, 6 chargers
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import os
import random
import signal
import sqlite3
import sys
import tempfile
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import websockets
from websockets.exceptions import ConnectionClosed, InvalidHandshake

from bench.common import (
    RESULTS,
    ServerProcess,
    append_results,
    free_port,
    raise_nofile,
)


def _now() -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())


@dataclass
class Ledger:
    """What the chargers were told: (cp, transaction id) -> facts acknowledged."""

    started: dict[tuple[str, str], int] = field(default_factory=dict)  # -> meter start Wh
    stopped: dict[tuple[str, str], int] = field(default_factory=dict)  # -> meter stop Wh
    sent: int = 0
    acked: int = 0


class Charger:
    def __init__(self, cp_id: str, version: str, port: int, ledger: Ledger,
                 rng: random.Random) -> None:
        self.cp_id, self.version, self.port = cp_id, version, port
        self.ledger, self.rng = ledger, rng
        self.queue: list[tuple[str, dict[str, Any]]] = []  # unanswered, to resend
        self.meter = 0
        self.seq = 0
        self.n = 0

    async def run(self, stop: asyncio.Event) -> None:
        sub = "ocpp1.6" if self.version == "1.6" else "ocpp2.0.1"
        while not stop.is_set():
            try:
                async with websockets.connect(
                        f"ws://127.0.0.1:{self.port}/ocpp/{self.cp_id}", subprotocols=[sub],
                        open_timeout=3, close_timeout=0.5) as ws:  # type: ignore[list-item]
                    await self._boot(ws)
                    while self.queue:  # what the server never answered goes first
                        action, payload = self.queue[0]
                        await self._send(ws, action, payload)
                    while not stop.is_set():
                        await self._session(ws)
            except (OSError, ConnectionClosed, InvalidHandshake, TimeoutError):
                await asyncio.sleep(0.2 + self.rng.random() * 0.3)

    async def _call(self, ws: Any, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        uid = str(uuid.uuid4())
        await ws.send(json.dumps([2, uid, action, payload]))
        while True:
            msg = json.loads(await asyncio.wait_for(ws.recv(), 10))
            if msg[0] == 2:  # a CSMS command (a password, a local list): not supported here
                await ws.send(json.dumps([4, msg[1], "NotSupported", "", {}]))
                continue
            if msg[1] == uid:
                if msg[0] != 3:
                    raise RuntimeError(f"{self.cp_id} {action}: {msg}")
                return msg[2]  # type: ignore[no-any-return]

    async def _boot(self, ws: Any) -> None:
        if self.version == "1.6":
            await self._call(ws, "BootNotification", {"chargePointVendor": "K",
                                                      "chargePointModel": "Kill"})
        else:
            await self._call(ws, "BootNotification", {
                "reason": "PowerUp", "chargingStation": {"model": "Kill", "vendorName": "K"}})

    async def _send(self, ws: Any, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        """Send the queue's head; on its answer, record what it acknowledged and pop it."""
        self.ledger.sent += 1
        answer = await self._call(ws, action, payload)
        self.ledger.acked += 1
        self.queue.pop(0)
        if action == "StartTransaction":
            tx = str(answer["transactionId"])
            self.ledger.started[(self.cp_id, tx)] = int(payload["meterStart"])
            self._tx = tx
        elif action == "StopTransaction":
            self.ledger.stopped[(self.cp_id, str(payload["transactionId"]))] = \
                int(payload["meterStop"])
        elif action == "TransactionEvent":
            tx, kind = payload["transactionInfo"]["transactionId"], payload["eventType"]
            reading = int(payload["meterValue"][0]["sampledValue"][0]["value"])
            if kind == "Started":
                self.ledger.started[(self.cp_id, tx)] = reading
            elif kind == "Ended":
                self.ledger.stopped[(self.cp_id, tx)] = reading
        return answer

    async def _do(self, ws: Any, action: str, payload: dict[str, Any]) -> dict[str, Any]:
        self.queue.append((action, payload))
        return await self._send(ws, action, payload)

    async def _session(self, ws: Any) -> None:
        self.n += 1
        start, self.meter = self.meter, self.meter + self.rng.randint(500, 5000)
        if self.version == "1.6":
            await self._do(ws, "StartTransaction", {"connectorId": 1, "idTag": f"K{self.n}",
                                                    "meterStart": start, "timestamp": _now()})
            tx = int(self._tx)
            await self._do(ws, "MeterValues", {"connectorId": 1, "transactionId": tx,
                                               "meterValue": [{"timestamp": _now(),
                                                               "sampledValue": [{"value": str(
                                                                   (start + self.meter) // 2)}]}]})
            await self._do(ws, "StopTransaction", {"transactionId": tx, "meterStop": self.meter,
                                                   "timestamp": _now()})
            return
        tx = f"{self.cp_id}-{self.n}"
        for kind, reading in (("Started", start), ("Updated", (start + self.meter) // 2),
                              ("Ended", self.meter)):
            self.seq += 1
            payload: dict[str, Any] = {
                "eventType": kind, "timestamp": _now(), "triggerReason": "Trigger",
                "seqNo": self.seq, "transactionInfo": {"transactionId": tx},
                "evse": {"id": 1, "connectorId": 1},
                "meterValue": [{"timestamp": _now(), "sampledValue": [{"value": reading}]}]}
            if kind == "Ended":
                payload["transactionInfo"]["stoppedReason"] = "Local"
            await self._do(ws, "TransactionEvent", payload)


def check(db: Path, ledger: Ledger) -> dict[str, Any]:
    con = sqlite3.connect(db)
    rows = {(cp, tx): (status, start, end) for cp, tx, status, start, end in con.execute(
        'SELECT charge_point_id, transaction_id, status, start_meter_value, end_meter_value '
        'FROM "transaction"')}
    lost_starts = [k for k, wh in ledger.started.items()
                   if k not in rows or abs(rows[k][1] - wh / 1000) > 1e-6]
    unapplied_stops = [k for k, wh in ledger.stopped.items()
                       if k not in rows or rows[k][0] != "COMPLETED"
                       or abs((rows[k][2] or -1) - wh / 1000) > 1e-6]
    integrity = con.execute("PRAGMA integrity_check").fetchone()[0]
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    con.close()
    return {"acknowledged starts": len(ledger.started), "acknowledged stops": len(ledger.stopped),
            "lost starts": lost_starts, "unapplied stops": unapplied_stops,
            "integrity": integrity, "foreign keys": fk}


async def run(kills: int, chargers: int, db: Path, seed: int = 1,
              min_gap: float = 1.0, max_gap: float = 3.0,
              log: Path | None = None) -> tuple[dict[str, Any], Ledger]:
    port = free_port()
    rng = random.Random(seed)
    cmd = [sys.executable, "main.py", "serve", "--db", f"sqlite:///{db}", "--port", str(port),
           "--host", "127.0.0.1", "--unknown-chargers", "accept", "--log-level", "WARNING"]
    env = {k: v for k, v in os.environ.items() if k != "CSMS_FORBID_QT"}
    server = ServerProcess("serve", cmd, port, log or db.with_suffix(".log"), env=env)
    ledger = Ledger()
    fleet = [Charger(f"KILL{i:03d}", "1.6" if i % 2 else "2.0.1", port, ledger,
                     random.Random(f"{seed}:{i}")) for i in range(chargers)]
    stop = asyncio.Event()
    server.start()
    if not server.wait_ready(60):
        raise RuntimeError("serve did not start: " + server.tail())
    tasks = [asyncio.create_task(c.run(stop)) for c in fleet]
    try:
        for _ in range(kills):
            await asyncio.sleep(rng.uniform(min_gap, max_gap))
            assert server.proc is not None
            os.killpg(server.proc.pid, signal.SIGKILL)
            server.proc.wait(10)
            server.start()
            if not server.wait_ready(60):
                raise RuntimeError("serve did not restart: " + server.tail())
        await asyncio.sleep(max_gap)  # the last restart serves the queued messages
    finally:
        stop.set()
        for t in tasks:
            t.cancel()
        with contextlib.suppress(BaseException):
            await asyncio.gather(*tasks, return_exceptions=True)
        server.stop()
    return check(db, ledger), ledger


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kills", type=int, default=20)
    parser.add_argument("--chargers", type=int, default=24)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--quick", action="store_true", help="3 kills, 6 chargers")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument("--no-record", action="store_true")
    args = parser.parse_args()
    if args.quick:
        args.kills, args.chargers = 3, 6
    raise_nofile()
    with tempfile.TemporaryDirectory(prefix="kill-loop-") as tmp:
        t0 = time.monotonic()
        report, ledger = asyncio.run(run(args.kills, args.chargers, Path(tmp) / "kill.db",
                                         args.seed))
        took = time.monotonic() - t0
    ok = not report["lost starts"] and not report["unapplied stops"] and \
        report["integrity"] == "ok" and not report["foreign keys"]
    print(f"kills {args.kills}, chargers {args.chargers}, {took:.0f} s: "
          f"{ledger.acked} of {ledger.sent} messages answered; "
          f"acknowledged starts {report['acknowledged starts']}, stops "
          f"{report['acknowledged stops']}; lost starts {len(report['lost starts'])}, "
          f"unapplied stops {len(report['unapplied stops'])}; integrity {report['integrity']}; "
          f"foreign key problems {len(report['foreign keys'])}: {'OK' if ok else 'FAILED'}")
    if not ok:
        print("lost:", report["lost starts"][:10], "unapplied:", report["unapplied stops"][:10])
    if not args.no_record and not args.quick:
        append_results(args.results, "Kill loop (SIGKILL under load)",
                       " ".join(["python bench/kill_loop.py", *sys.argv[1:]]), [
                           f"- {args.kills} kills, {args.chargers} chargers (half 1.6, half "
                           f"2.0.1), {took:.0f} s",
                           f"- messages answered: {ledger.acked} of {ledger.sent} sent",
                           f"- acknowledged: {report['acknowledged starts']} starts, "
                           f"{report['acknowledged stops']} stops",
                           f"- lost starts: {len(report['lost starts'])}, unapplied stops: "
                           f"{len(report['unapplied stops'])}",
                           f"- integrity_check: {report['integrity']}, foreign_key_check: "
                           f"{len(report['foreign keys'])} problems"])
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
