"""The event-loop lag monitor's report file and its reset trigger (CSMS_LOOP_LAG_RESET)."""

from __future__ import annotations

import asyncio
import json
from pathlib import Path

import pytest

from csms_desktop.diagnostics import INTERVAL, RESET_CHECK_EVERY, monitor_from_env


async def _wait_for(predicate, timeout: float = 5.0) -> None:  # type: ignore[no-untyped-def]
    deadline = asyncio.get_running_loop().time() + timeout
    while not predicate():
        assert asyncio.get_running_loop().time() < deadline, "timed out"
        await asyncio.sleep(0.02)


async def test_reset_file_restarts_the_window(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    lag, reset = tmp_path / "lag.json", tmp_path / "lag.reset"
    monkeypatch.setenv("CSMS_LOOP_LAG_FILE", str(lag))
    monkeypatch.setenv("CSMS_LOOP_LAG_RESET", str(reset))
    mon = monitor_from_env(lambda: {"connected": 3})
    assert mon is not None
    try:
        await asyncio.sleep(RESET_CHECK_EVERY * INTERVAL * 1.5)
        before = len(mon.samples)
        assert before > 0 and mon.resets == 0
        reset.touch()
        await _wait_for(lambda: mon.resets == 1)
        assert not reset.exists()  # consumed: the reset happens once per file
        report = json.loads(lag.read_text())  # written at once on reset
        assert report["resets"] == 1 and report["window_s"] < 1.0
        assert report["samples"] < before and report["connected"] == 3
    finally:
        await mon.stop()
    final = json.loads(lag.read_text())
    assert {"p50_ms", "p99_ms", "max_ms", "rss_mb", "peak_rss_mb", "uptime_s"} <= set(final)


async def test_without_reset_variable_the_monitor_never_resets(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CSMS_LOOP_LAG_FILE", str(tmp_path / "lag.json"))
    monkeypatch.delenv("CSMS_LOOP_LAG_RESET", raising=False)
    mon = monitor_from_env()
    assert mon is not None and mon.reset_path is None
    await mon.stop()
    assert json.loads((tmp_path / "lag.json").read_text())["resets"] == 0


async def test_gc_pauses_are_counted_per_generation_and_reset_with_the_window(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    monkeypatch.setenv("CSMS_LOOP_LAG_FILE", str(tmp_path / "lag.json"))
    monkeypatch.delenv("CSMS_LOOP_LAG_RESET", raising=False)
    mon = monitor_from_env()
    assert mon is not None
    try:
        gc.collect(2)
        gc.collect(0)
        pauses = mon.report()["gc_pauses"]
        assert pauses["gen2"]["count"] >= 1 and pauses["gen0"]["count"] >= 1
        assert pauses["gen2"]["max_ms"] >= 0.0 and pauses["gen2"]["total_ms"] >= 0.0
        mon.reset()
        assert mon.report()["gc_pauses"]["gen2"]["count"] == 0
    finally:
        await mon.stop()
    assert mon._gc_callback not in gc.callbacks  # removed: no cost once stopped
    assert "gc_frozen" in json.loads((tmp_path / "lag.json").read_text())


async def test_a_stalled_loop_leaves_its_stack_in_the_stall_file(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    stalls = tmp_path / "stalls.txt"
    monkeypatch.setenv("CSMS_LOOP_LAG_FILE", str(tmp_path / "lag.json"))
    monkeypatch.setenv("CSMS_LOOP_STALL_FILE", str(stalls))
    monkeypatch.setenv("CSMS_LOOP_STALL_MS", "80")
    mon = monitor_from_env()
    assert mon is not None
    try:
        await asyncio.sleep(0.1)
        assert not stalls.exists()  # a loop that wakes on time: nothing written

        def hold_the_loop_like_a_slow_handler() -> None:
            time.sleep(0.4)

        hold_the_loop_like_a_slow_handler()
        await asyncio.sleep(0.05)
    finally:
        await mon.stop()
    text = stalls.read_text()
    assert text.count("--- stall ") == 1  # once per stall, not once per check
    assert "hold_the_loop_like_a_slow_handler" in text and "[MainThread]" in text
