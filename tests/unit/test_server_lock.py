"""Server detection: lock files held by live processes; a killed server leaves no block."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from csms_desktop.store.server_lock import (
    DatabaseInUse,
    acquire_restore_lock,
    acquire_server_lock,
    lock_dir,
    running_servers,
)

pytestmark = pytest.mark.sqlite_only(
    "the server lock file beside a SQLite database (PostgreSQL has none)")

ROOT = Path(__file__).resolve().parents[2]


def test_a_running_server_blocks_a_restore_until_it_stops(tmp_path: Path) -> None:
    db = tmp_path / "csms.db"
    assert running_servers(db) == []
    one = acquire_server_lock(db, "csms-desktop serve")
    two = acquire_server_lock(db, "csms-desktop GUI")  # two servers may share a database
    servers = running_servers(db)
    assert len(servers) == 2 and any("csms-desktop serve" in s for s in servers)
    assert f"pid {os.getpid()}" in servers[0]
    with pytest.raises(DatabaseInUse, match=r"a server is running on .*csms\.db \(pid \d+ "
                                            r".*, and 1 more\): stop it first"):
        acquire_restore_lock(db)
    one.release()
    two.release()
    assert running_servers(db) == [] and list(lock_dir(db).iterdir()) == []
    restore = acquire_restore_lock(db)
    try:
        with pytest.raises(DatabaseInUse, match="is being restored from a backup"):
            acquire_server_lock(db, "csms-desktop serve")
        with pytest.raises(DatabaseInUse, match="another restore"):
            acquire_restore_lock(db)
        assert running_servers(db) == []  # the refused server left nothing behind
    finally:
        restore.release()


def test_a_killed_server_does_not_block(tmp_path: Path) -> None:
    db = tmp_path / "csms.db"
    code = ("import sys, time\n"
            "from pathlib import Path\n"
            "from csms_desktop.store.server_lock import acquire_server_lock\n"
            "lock = acquire_server_lock(Path(sys.argv[1]), 'csms-desktop serve')\n"
            "print('held', flush=True)\n"
            "time.sleep(60)\n")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=ROOT,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
        assert [f"pid {proc.pid}" in s for s in running_servers(db)] == [True]
        with pytest.raises(DatabaseInUse, match=f"pid {proc.pid}"):
            acquire_restore_lock(db)
        proc.send_signal(signal.SIGKILL)  # no clean-up: the lock file stays on disk
        proc.wait(10)
    finally:
        if proc.poll() is None:
            proc.kill()
    stale = list(lock_dir(db).glob("server-*.lock"))
    assert len(stale) == 1  # still there...
    deadline = time.monotonic() + 5
    while running_servers(db) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert running_servers(db) == []  # ...but nobody holds it: removed as stale
    assert not stale[0].exists()
    acquire_restore_lock(db).release()
