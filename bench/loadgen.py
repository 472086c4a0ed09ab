"""Load generator: N raw OCPP 1.6 websocket clients on loopback, in worker processes.

Each client sends BootNotification once (and, with ``tx="own"``, a StartTransaction whose
id its MeterValues then name; with ``tx="unknown"``, MeterValues name a transaction id that
does not exist), then Heartbeat and MeterValues (4 sampled values: energy Wh, power W,
current A, voltage V) alternately and back to back (the next frame
goes out when the answer arrives) for D seconds. Round-trip times are measured per frame.
Frames are prebuilt strings, framing is `lite_ws` (no ocpp library, no JSON parsing), and
clients are spread over worker processes so that the generator is not the bottleneck.
Bounded: every phase has a deadline and each worker stops at D + request timeout.
"""

from __future__ import annotations

import asyncio
import json
import multiprocessing as mp
import random
import sys
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import lite_ws
from bench.common import HOST, nproc, percentile

BOOT = ('[2,"%s","BootNotification",{"chargePointVendor":"Bench","chargePointModel":"LoadGen",'
        '"firmwareVersion":"1.0"}]')
HEARTBEAT = '[2,"%s","Heartbeat",{}]'
START = ('[2,"%s","StartTransaction",{"connectorId":1,"idTag":"BENCH%s","meterStart":'
         '1000000,"timestamp":"%s"}]')
TX_MODES = ("none", "own", "unknown")
METER = ('[2,"%s","MeterValues",{"connectorId":1,%s"meterValue":[{"timestamp":"%s","sampledValue":['
         '{"value":"%d","measurand":"Energy.Active.Import.Register","unit":"Wh"},'
         '{"value":"11040","measurand":"Power.Active.Import","unit":"W"},'
         '{"value":"16.0","measurand":"Current.Import","unit":"A","phase":"L1"},'
         '{"value":"230.1","measurand":"Voltage","unit":"V","phase":"L1-N"}]}]}]')


CSMS_CALLS = "csms_calls"  # CALLs the server sent (answered NotImplemented), not errors


def _not_implemented(call: str) -> str:
    i = call.find('"')
    return '[4,"' + call[i + 1:call.find('"', i + 1)] + '","NotImplemented","",{}]'


@dataclass
class LoadResult:
    clients: int
    workers: int
    duration: float
    connected: int = 0
    completed: int = 0
    rtts_ms: list[float] = field(default_factory=list, repr=False)
    errors: dict[str, int] = field(default_factory=dict)
    loadgen_cpu_s: float = 0.0
    csms_calls: int = 0  # CALLs from the server, answered NotImplemented (not in the RTTs)
    # with stamps=True: (wall-clock time the frame was sent, round trip ms) of every sample
    stamped: list[tuple[float, float]] = field(default_factory=list, repr=False)

    @property
    def msgs_per_s(self) -> float:
        return self.completed / self.duration if self.duration > 0 else 0.0

    @property
    def p50_ms(self) -> float:
        return percentile(self.rtts_ms, 50)

    @property
    def p99_ms(self) -> float:
        return percentile(self.rtts_ms, 99)

    @property
    def error_count(self) -> int:
        return sum(self.errors.values())


def _ts() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class _Client:
    def __init__(self, cp_id: str, tx: str = "none", index: int = 0) -> None:
        self.cp_id = cp_id
        self.ws: lite_ws.LiteWs | None = None
        self.tx = tx
        self.tx_field = ""  # '"transactionId":N,' in every MeterValues
        if tx == "unknown":  # never started anywhere: above any id a run hands out
            self.tx_field = f'"transactionId":{2_000_000_000 + index},'

    async def _call(self, frame: str, timeout: float) -> str:
        assert self.ws is not None
        self.ws.send(frame)
        answer = await asyncio.wait_for(self.ws.recv(), timeout)
        while lite_ws.message_type(answer) == 2:  # a CSMS CALL may come first
            self.ws.send(_not_implemented(answer))
            answer = await asyncio.wait_for(self.ws.recv(), timeout)
        return answer

    async def setup(self, port: int, path_prefix: str, timeout: float,
                    errors: dict[str, int]) -> bool:
        try:
            self.ws = await lite_ws.connect(HOST, port, path_prefix + self.cp_id, "ocpp1.6",
                                            timeout)
            self.ws.send(BOOT % f"{self.cp_id}-boot")
            answer = await asyncio.wait_for(self.ws.recv(), timeout)
            while lite_ws.message_type(answer) == 2:  # a CSMS CALL may come first
                self.ws.send(_not_implemented(answer))
                answer = await asyncio.wait_for(self.ws.recv(), timeout)
        except (OSError, lite_ws.WsClosed, TimeoutError):
            errors["connect"] = errors.get("connect", 0) + 1
            return False
        if lite_ws.message_type(answer) != 3:
            errors["boot"] = errors.get("boot", 0) + 1
            return False
        if self.tx == "own":
            try:
                answer = await self._call(START % (f"{self.cp_id}-start", self.cp_id, _ts()),
                                          timeout)
                tx_id = json.loads(answer)[2].get("transactionId")
            except (OSError, lite_ws.WsClosed, TimeoutError, ValueError, IndexError,
                    AttributeError):
                tx_id = None
            if not isinstance(tx_id, int):
                errors["start"] = errors.get("start", 0) + 1
                return False
            self.tx_field = f'"transactionId":{tx_id},'
        return True

    async def load(self, t_end: float, rtts: array[float], stamp: list[str],
                   errors: dict[str, int], pace: float = 0.0,
                   sent: array[float] | None = None) -> int:
        ws = self.ws
        assert ws is not None
        done, k, energy = 0, 0, 1_000_000
        clock = time.perf_counter
        next_at = clock() + (random.uniform(0, pace) if pace > 0 else 0.0)
        while True:
            if pace > 0:  # one frame every `pace` seconds, like a real charger's cadence
                await asyncio.sleep(max(0.0, next_at - clock()))
                next_at += pace
            t0 = clock()
            if t0 >= t_end:
                return done
            k += 1
            uid = f"{self.cp_id}-{k}"
            if k & 1:
                ws.send(HEARTBEAT % uid)
            else:
                energy += 3
                ws.send(METER % (uid, self.tx_field, stamp[0], energy))
            try:
                answer = await ws.recv()
                kind = lite_ws.message_type(answer)
                while kind == 2:  # a CALL from the CSMS (e.g. SendLocalList after boot)
                    ws.send(_not_implemented(answer))
                    errors[CSMS_CALLS] = errors.get(CSMS_CALLS, 0) + 1
                    answer = await ws.recv()
                    kind = lite_ws.message_type(answer)
            except lite_ws.WsClosed:
                errors["closed"] = errors.get("closed", 0) + 1
                return done
            t1 = clock()
            if kind == 4:
                errors["callerror"] = errors.get("callerror", 0) + 1
            elif kind != 3 or answer.find(uid, 0, 96) < 0:
                errors["unexpected"] = errors.get("unexpected", 0) + 1
            elif t1 <= t_end:
                rtts.append((t1 - t0) * 1000.0)
                if sent is not None:  # the wall clock: comparable across processes
                    sent.append(time.time() - (t1 - t0))
                done += 1


async def _worker_async(port: int, path_prefix: str, ids: list[str], duration: float,
                        conn: Connection, connect_timeout: float,
                        request_timeout: float, pace: float = 0.0, tx: str = "none",
                        stamps: bool = False) -> None:
    errors: dict[str, int] = {}
    clients = [_Client(i, tx, int(i[-5:]) if i[-5:].isdigit() else k)
               for k, i in enumerate(ids)]
    gate = asyncio.Semaphore(200)

    async def setup(c: _Client) -> bool:
        async with gate:
            return await c.setup(port, path_prefix, connect_timeout, errors)

    ok = await asyncio.gather(*(setup(c) for c in clients))
    live = [c for c, good in zip(clients, ok, strict=True) if good]
    conn.send(("ready", len(live)))
    loop = asyncio.get_running_loop()
    start_at = await loop.run_in_executor(None, conn.recv)
    await asyncio.sleep(max(0.0, start_at - time.time()))
    cpu0 = time.process_time()
    stamp = [_ts()]
    rtts: array[float] = array("d")
    sent: array[float] | None = array("d") if stamps else None
    t_end = time.perf_counter() + duration
    tasks = [asyncio.ensure_future(c.load(t_end, rtts, stamp, errors, pace, sent))
             for c in live]

    async def ticker() -> None:
        while True:
            await asyncio.sleep(0.5)
            stamp[0] = _ts()

    tick = asyncio.ensure_future(ticker())
    _, pending = await asyncio.wait(tasks, timeout=duration + request_timeout)
    tick.cancel()
    if pending:
        errors["timeout"] = errors.get("timeout", 0) + len(pending)
        for t in pending:
            t.cancel()
    completed = sum(t.result() for t in tasks if t.done() and not t.cancelled()
                    and t.exception() is None)
    cpu = time.process_time() - cpu0
    for c in clients:
        if c.ws is not None:
            c.ws.abort()
    conn.send(("done", completed, rtts.tobytes(), errors, cpu,
               sent.tobytes() if sent is not None else b""))


def _worker(port: int, path_prefix: str, ids: list[str], duration: float, conn: Connection,
            connect_timeout: float, request_timeout: float, pace: float = 0.0,
            tx: str = "none", stamps: bool = False) -> None:
    try:
        asyncio.run(_worker_async(port, path_prefix, ids, duration, conn, connect_timeout,
                                  request_timeout, pace, tx, stamps))
    except Exception as exc:  # report instead of hanging the parent
        conn.send(("failed", repr(exc)))


def _recv(conn: Connection, timeout: float) -> Any:
    if not conn.poll(timeout):
        raise TimeoutError("load generator worker did not answer in time")
    return conn.recv()


def run_load(port: int, clients: int, duration: float, workers: int | None = None,
             path_prefix: str = "/", id_prefix: str = "LG", connect_timeout: float = 30.0,
             request_timeout: float = 10.0, pace: float = 0.0,
             tx: str = "none", stamps: bool = False,
             on_start: Callable[[float], None] | None = None) -> LoadResult:
    """Run the load against 127.0.0.1:port and return the merged result.

    ``pace`` > 0: each client sends one frame every ``pace`` seconds (a site's steady
    traffic) instead of back to back (the throughput test). ``stamps``: every sample's
    send time too (``LoadResult.stamped``); ``on_start(t)``: told the wall-clock time the
    measured window starts, once every client is connected."""
    workers = max(1, min(workers or min(4, nproc()), clients))
    ids = [f"{id_prefix}{i:05d}" for i in range(1, clients + 1)]
    shares = [ids[w::workers] for w in range(workers)]
    ctx = mp.get_context("spawn")
    procs, pipes = [], []
    for share in shares:
        parent, child = ctx.Pipe()
        p = ctx.Process(target=_worker, args=(port, path_prefix, share, duration, child,
                                              connect_timeout, request_timeout, pace,
                                              tx, stamps),
                        daemon=True)
        p.start()
        procs.append(p)
        pipes.append(parent)
    result = LoadResult(clients=clients, workers=workers, duration=duration)
    try:
        for pipe in pipes:
            msg = _recv(pipe, connect_timeout + 60)
            if msg[0] != "ready":
                raise RuntimeError(f"worker failed: {msg[1]}")
            result.connected += msg[1]
        start_at = time.time() + 0.3
        for pipe in pipes:
            pipe.send(start_at)
        if on_start is not None:
            on_start(start_at)
        rtts: array[float] = array("d")
        for pipe in pipes:
            msg = _recv(pipe, duration + request_timeout + 60)
            if msg[0] != "done":
                raise RuntimeError(f"worker failed: {msg[1]}")
            _, completed, raw, errors, cpu, raw_sent = msg
            result.completed += completed
            if raw_sent:
                part, when = array("d"), array("d")
                part.frombytes(raw)
                when.frombytes(raw_sent)
                result.stamped.extend(zip(when, part, strict=True))
            rtts.frombytes(raw)
            result.loadgen_cpu_s += cpu
            result.csms_calls += errors.pop(CSMS_CALLS, 0)
            for k, v in errors.items():
                result.errors[k] = result.errors.get(k, 0) + v
        result.rtts_ms = sorted(rtts)
    finally:
        for p in procs:
            p.join(5)
            if p.is_alive():
                p.terminate()
                p.join(5)
    return result


if __name__ == "__main__":
    import argparse

    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--port", type=int, required=True)
    ap.add_argument("--n", type=int, default=50)
    ap.add_argument("--duration", type=float, default=10.0)
    ap.add_argument("--workers", type=int, default=None)
    ap.add_argument("--path-prefix", default="/")
    a = ap.parse_args()
    r = run_load(a.port, a.n, a.duration, a.workers, a.path_prefix)
    print(f"{r.clients} clients ({r.connected} connected, {r.workers} workers): "
          f"{r.msgs_per_s:.0f} msgs/s p50 {r.p50_ms:.2f} ms p99 {r.p99_ms:.2f} ms "
          f"errors {r.errors or 0} loadgen CPU {r.loadgen_cpu_s:.1f}s")
