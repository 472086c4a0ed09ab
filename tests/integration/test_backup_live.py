"""Acceptance: a backup taken while simulated chargers charge (real server, simulator and
websockets on loopback) holds every table exactly as it was at one instant, passes
integrity_check, and restores into a server that then serves the same chargers."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

import pytest
from backup_helpers import counts, dump_app, dump_file, serve_args

from csms_desktop.headless import build_runtime, start_server
from csms_desktop.services.backup.files import BackupError
from csms_desktop.services.backup.restore import restore
from csms_desktop.services.backup.taking import SqliteJob
from csms_desktop.sim import SimFleet, SimParams
from csms_desktop.store.db import close_database
from csms_desktop.store.server_lock import running_servers

pytestmark = pytest.mark.sqlite_only(
    "a SQLite backup (one instant of the file, integrity_check) and its restore; PostgreSQL's "
    "pg_dump: test_backup_postgres.py")

IDS = [f"BK{i:03d}" for i in range(1, 5)]


def _params() -> SimParams:
    return SimParams(connectors=2, meter_interval=0.1, auto_sessions=True,
                     idle_range=(0.05, 0.2), session_range=(20.0, 40.0),
                     plug_delay=(0.0, 0.02), fault_prob=0.0, disconnect_prob=0.0,
                     time_scale=60.0, reconnect_min=0.1, response_timeout=5.0)


async def _until(cond, what, timeout: float = 30.0) -> None:  # type: ignore[no-untyped-def]
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not cond():
        assert loop.time() < deadline, f"timed out waiting for {what()}"
        await asyncio.sleep(0.05)


def _integrity(path: Path) -> tuple[str, list[tuple[object, ...]]]:
    con = sqlite3.connect(path)
    try:
        return (con.execute("PRAGMA integrity_check").fetchone()[0],
                con.execute("PRAGMA foreign_key_check").fetchall())
    finally:
        con.close()


@pytest.mark.timeout(150)
async def test_backup_while_charging_is_one_instant_and_restores(tmp_path: Path) -> None:
    db = tmp_path / "site.db"
    url = f"sqlite:///{db}"
    args = serve_args(url)
    rt = build_runtime(args)
    rt.services.apply_settings(free_charging=True)
    await start_server(rt, args)
    backups = rt.services.extras["backups"]
    fleet = SimFleet(f"ws://127.0.0.1:{rt.server.port}/ocpp", 4, protocol="mixed",
                     connectors=2, id_prefix="BK", seed=5, params=_params())
    await fleet.start()
    try:
        assert await fleet.wait_booted(timeout=20)
        await _until(lambda: fleet.status().charging >= 4,
                     lambda: f"4 charging ({fleet.status().line()})")
        await _until(lambda: counts(dump_app()).get("meter_value", 0) >= 40,
                     lambda: "40 meter values")

        # 1. The service, as "Back up now" runs it: pinned on the loop, copied off it.
        at_pin: dict[str, object] = {}
        result = await backups.backup("manual", on_pinned=lambda: at_pin.update(dump_app()))
        assert result.ok, result.message
        assert result.path is not None and result.path.parent == tmp_path / "backups"
        assert dump_file(result.path) == at_pin  # every row of every table
        assert result.integrity == "ok" and _integrity(result.path) == ("ok", [])
        assert result.row_counts == counts(at_pin)  # type: ignore[arg-type]
        active = [r for r in at_pin["transaction"] if "ACTIVE" in r]  # type: ignore[attr-defined]
        assert len(active) >= 4  # taken while charging

        # 2. The snapshot stays the pinned instant however long the chargers go on meanwhile.
        job = SqliteJob(db, tmp_path / "held", "manual", pages_per_step=1)
        job.pin()
        held = dump_app()
        before = fleet.status().sent
        await asyncio.sleep(1.5)
        later = dump_app()
        assert fleet.status().sent > before + 20
        await _until(lambda: fleet.status().charging == 8,  # see the note at the end
                     lambda: f"8 charging ({fleet.status().line()})")
        assert len(later["meter_value"]) > len(held["meter_value"]) + 20
        loop = asyncio.get_running_loop()
        copied = await loop.run_in_executor(None, job.run, None)
        assert copied.ok and copied.path is not None
        assert dump_file(copied.path) == held != dump_app()

        # 3. Restore is refused while the server runs on the database.
        assert running_servers(db) and "csms-desktop serve" in running_servers(db)[0]
        with pytest.raises(BackupError, match="refusing to restore: a server is running"):
            restore(url, result.path)
    finally:
        await fleet.stop()
        await rt.server.stop()
        close_database()

    assert running_servers(db) == []
    done = restore(url, result.path)
    assert done.safety_copy is not None and done.safety_copy.exists()
    assert done.safety_copy.parent == tmp_path / "backups"
    assert len(dump_file(done.safety_copy)["meter_value"]) > len(at_pin["meter_value"])  # type: ignore[arg-type]
    assert dump_file(db) == at_pin

    # 4. A server on the restored database serves the same chargers, and only them.
    args = serve_args(url, unknown="reject")
    rt = build_runtime(args)
    await start_server(rt, args)
    again = SimFleet(f"ws://127.0.0.1:{rt.server.port}/ocpp", 4, protocol="mixed",
                     connectors=2, id_prefix="BK", seed=6, params=_params())
    stranger = SimFleet(f"ws://127.0.0.1:{rt.server.port}/ocpp", 1, protocol="1.6",
                        id_prefix="NEW", seed=7, params=_params())
    await again.start()
    await stranger.start()
    try:
        assert await again.wait_booted(timeout=20)
        assert sorted(rt.services.chargers.connected) == IDS
        await _until(lambda: stranger.chargers[0].stats.registration == "Rejected",
                     lambda: "the unknown charger rejected")
        first = counts(at_pin)["transaction"]  # type: ignore[arg-type]
        await _until(lambda: counts(dump_app())["transaction"] > first,
                     lambda: f"a new transaction ({again.status().line()})")
        # Stop once every connector is in its (long) session: a simulated charger
        # cancelled while it waits for the answer to its StartTransaction may take a
        # session's length to stop (Python 3.11 asyncio.wait_for can swallow the cancel).
        await _until(lambda: again.status().charging == 8,
                     lambda: f"8 charging ({again.status().line()})")
    finally:
        await again.stop()
        await stranger.stop()
        await rt.server.stop()
        close_database()
