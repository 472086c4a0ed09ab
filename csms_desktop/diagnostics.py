"""Event-loop lag monitor (no Qt): how late a periodic wake-up runs tells how long the
loop was blocked. Enabled by ``CSMS_LOOP_LAG_FILE=path``: statistics are written there as
JSON every few seconds (used by the benchmarks, harmless in production).

``CSMS_LOOP_STALL_FILE=path`` (optional): a watchdog thread writes there the loop thread's
stack whenever the loop has not woken for ``CSMS_LOOP_STALL_MS`` (100) ms: where a stall
is, not only how long (a profiler's samples lose their order).

``CSMS_LOOP_LAG_RESET=path`` (optional): when that file appears, the samples collected so
far are dropped and the file is removed, so a benchmark can measure a steady-state window
(the report's ``window_s`` and ``resets`` tell which window the percentiles cover)."""

from __future__ import annotations

import asyncio
import gc
import json
import os
import resource
import sys
import threading
import time
import traceback
from pathlib import Path
from typing import Any

INTERVAL = 0.02  # s between wake-ups
RESET_CHECK_EVERY = 25  # wake-ups between looks for the reset file (0.5 s)


class LoopLagMonitor:
    def __init__(self, path: str | os.PathLike[str], extra: Any = None,
                 write_every: float = 5.0,
                 reset_path: str | os.PathLike[str] | None = None) -> None:
        self.path = Path(path)
        self.reset_path = Path(reset_path) if reset_path else None
        self.resets = 0
        self.extra = extra  # callable returning a dict merged into the report
        self.write_every = write_every
        self.samples: list[float] = []  # ms late, since start or the last reset
        self._task: asyncio.Task[None] | None = None
        self.started = time.monotonic()
        self.window_started = self.started
        # cyclic-GC pauses per generation in the window: [count, total ms, max ms]
        self.gc_pauses: list[list[float]] = [[0, 0.0, 0.0] for _ in range(3)]
        self._gc_t0 = 0.0
        self.beat = time.monotonic()  # the loop's last wake-up (read by the stall watchdog)
        self.stalls = 0
        self._stall_stop: threading.Event | None = None

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run(), name="loop-lag")
        gc.callbacks.append(self._gc_callback)

    def watch_stalls(self, path: str | os.PathLike[str], threshold_ms: float = 100.0) -> None:
        """Writes the loop thread's stack to ``path`` when the loop has not woken for
        ``threshold_ms`` (once per stall, a few stacks at most per second)."""
        loop_thread = threading.get_ident()
        out = Path(path)
        stop = self._stall_stop = threading.Event()

        def watch() -> None:
            seen = 0.0
            while not stop.wait(0.01):
                beat = self.beat
                late = (time.monotonic() - beat) * 1000.0
                if late < threshold_ms + INTERVAL * 1000.0 or beat == seen:
                    continue
                seen = beat
                frames = sys._current_frames()
                names = {t.ident: t.name for t in threading.enumerate()}
                me = threading.get_ident()
                # the loop thread first, then every other (one of them may hold the
                # interpreter lock the loop waits for)
                order = [loop_thread] + [t for t in frames if t not in (loop_thread, me)]
                text = "".join(
                    f"[{names.get(t, t)}]\n" + "".join(traceback.format_stack(frames[t])[-8:])
                    for t in order if t in frames)
                self.stalls += 1
                with out.open("a", encoding="utf-8") as f:
                    f.write(f"--- stall {self.stalls} at {time.time():.3f}: loop silent "
                            f"{late:.0f} ms so far\n{text}\n")

        threading.Thread(target=watch, name="loop-stall-watch", daemon=True).start()

    def _gc_callback(self, phase: str, info: dict[str, Any]) -> None:
        if phase == "start":
            self._gc_t0 = time.perf_counter()
            return
        ms = (time.perf_counter() - self._gc_t0) * 1000.0
        row = self.gc_pauses[min(2, int(info.get("generation", 0)))]
        row[0] += 1
        row[1] += ms
        row[2] = max(row[2], ms)

    async def _run(self) -> None:
        loop = asyncio.get_running_loop()
        last_write = loop.time()
        n = 0
        while True:
            before = loop.time()
            await asyncio.sleep(INTERVAL)
            self.beat = time.monotonic()
            late = (loop.time() - before - INTERVAL) * 1000.0
            self.samples.append(max(0.0, late))
            n += 1
            if self.reset_path is not None and n % RESET_CHECK_EVERY == 0:
                self._check_reset()
            if loop.time() - last_write >= self.write_every:
                last_write = loop.time()
                self.write()

    def reset(self) -> None:
        self.samples.clear()
        self.gc_pauses = [[0, 0.0, 0.0] for _ in range(3)]
        self.window_started = time.monotonic()
        self.resets += 1

    def _check_reset(self) -> None:
        assert self.reset_path is not None
        try:
            self.reset_path.unlink()
        except OSError:  # not there (the usual case)
            return
        self.reset()
        self.write()

    def report(self) -> dict[str, Any]:
        s = sorted(self.samples)

        def pct(p: float) -> float:
            return round(s[min(len(s) - 1, int(p / 100 * len(s)))], 2) if s else 0.0

        rss_kb = _rss_kb()
        out: dict[str, Any] = {
            "samples": len(s), "p50_ms": pct(50), "p99_ms": pct(99), "max_ms": round(s[-1], 2)
            if s else 0.0, "rss_mb": round(rss_kb / 1024, 1),
            "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1),
            "uptime_s": round(time.monotonic() - self.started, 1),
            "window_s": round(time.monotonic() - self.window_started, 1), "resets": self.resets,
            "gc_pauses": {f"gen{g}": {"count": int(c), "total_ms": round(t, 1),
                                      "max_ms": round(m, 1)}
                          for g, (c, t, m) in enumerate(self.gc_pauses)},
            "gc_frozen": gc.get_freeze_count(),
        }
        if self.extra is not None:
            out.update(self.extra())
        return out

    def write(self) -> None:
        tmp = self.path.with_suffix(".tmp")
        tmp.write_text(json.dumps(self.report()))
        tmp.replace(self.path)

    async def stop(self) -> None:
        if self._stall_stop is not None:
            self._stall_stop.set()
        if self._gc_callback in gc.callbacks:
            gc.callbacks.remove(self._gc_callback)
        if self._task is not None:
            self._task.cancel()
            try:
                await self._task
            except asyncio.CancelledError:
                pass
        self.write()


def _rss_kb() -> int:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def monitor_from_env(extra: Any = None) -> LoopLagMonitor | None:
    path = os.environ.get("CSMS_LOOP_LAG_FILE")
    if not path:
        return None
    mon = LoopLagMonitor(path, extra, reset_path=os.environ.get("CSMS_LOOP_LAG_RESET") or None)
    mon.start()
    stall_file = os.environ.get("CSMS_LOOP_STALL_FILE")
    if stall_file:
        mon.watch_stalls(stall_file, float(os.environ.get("CSMS_LOOP_STALL_MS") or 100.0))
    return mon


def memory_profile_from_env() -> asyncio.Task[None] | None:
    """``CSMS_MEMORY_PROFILE=path``: trace Python allocations (tracemalloc, slower) and
    write the 40 biggest allocation sites there every 30 s: where the memory is."""
    path = os.environ.get("CSMS_MEMORY_PROFILE")
    if not path:
        return None
    import tracemalloc

    tracemalloc.start(1)

    async def write() -> None:
        while True:
            await asyncio.sleep(30)
            snap = tracemalloc.take_snapshot()
            stats = snap.statistics("lineno")[:40]
            total = sum(s.size for s in snap.statistics("filename"))
            lines = [f"total traced {total / 2**20:.1f} MB, rss "
                     f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB peak"]
            lines += [f"{s.size / 2**20:8.2f} MB {s.count:9d} {s.traceback}" for s in stats]
            Path(path).write_text("\n".join(lines) + "\n")

    return asyncio.get_running_loop().create_task(write(), name="memory-profile")
