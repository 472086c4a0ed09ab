"""``main.py db ...`` against a real ``serve`` process: online backup while it runs, restore
refused while it runs, allowed (with a safety copy) once it has stopped."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from backup_helpers import dump_file
from chargers16 import connect16

pytestmark = pytest.mark.sqlite_only(
    "db backup/restore of a SQLite file around a running serve (the lock file); PostgreSQL's "
    "pg_dump: test_backup_postgres.py")

ROOT = Path(__file__).resolve().parents[2]


def _db(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", "db", *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=False,
                          input=stdin)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(url: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ}
    env.pop("CSMS_FORBID_QT", None)
    proc = subprocess.Popen(
        [sys.executable, "main.py", "serve", "--db", url, "--port", str(port), "--host",
         "127.0.0.1", "--unknown-chargers", "accept", "--log-level", "WARNING"],
        cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
    deadline = time.monotonic() + 40
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return proc
        time.sleep(0.1)
    proc.kill()
    raise AssertionError("serve did not start")


async def _charge(port: int, cp_id: str) -> None:
    async with connect16(f"ws://127.0.0.1:{port}/ocpp", cp_id) as cp:
        assert (await cp.boot()).status == "Accepted"
        await cp.status(1, "Available")


def test_backup_list_verify_and_restore_around_a_running_server(tmp_path: Path) -> None:
    db = tmp_path / "site.db"
    url = f"sqlite:///{db}"
    port = _free_port()
    proc = _serve(url, port)
    try:
        asyncio.run(_charge(port, "CLI-1"))
        done = _db("backup", "--db", url)
        assert done.returncode == 0, done.stdout + done.stderr
        assert done.stdout.startswith(f"SQLite database: online backup into {tmp_path / 'backups'}")
        path = Path(re.search(r"backup ok: (\S+\.db) \(", done.stdout).group(1))  # type: ignore[union-attr]
        assert path.parent == tmp_path / "backups" and path.is_file()
        assert "CLI-1" in str(dump_file(path)["charge_point"])

        asyncio.run(_charge(port, "CLI-2"))  # after the backup
        listing = _db("list-backups", "--db", url)
        assert listing.returncode == 0, listing.stderr
        assert path.name in listing.stdout and "verified" in listing.stdout
        assert "1 backup(s)" in listing.stdout

        checked = _db("verify", str(path))
        assert checked.returncode == 0 and checked.stdout.startswith(f"ok: {path.name}: made")

        refused = _db("restore", str(path), "--db", url, "--yes")
        assert refused.returncode == 1
        assert refused.stderr.strip().startswith(
            f"csms-desktop db: error: refusing to restore: a server is running on {db} "
            f"(pid {proc.pid}"), refused.stderr
        assert refused.stderr.strip().endswith("stop it first")
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(20)
    assert proc.returncode == 0

    unconfirmed = _db("restore", str(path), "--db", url, stdin="")
    assert unconfirmed.returncode == 2 and "add --yes to confirm" in unconfirmed.stderr
    restored = _db("restore", str(path), "--db", url, "--yes")
    assert restored.returncode == 0, restored.stdout + restored.stderr
    safety = Path(re.search(r"the previous database is kept at (\S+\.db)",  # type: ignore[union-attr]
                            restored.stdout).group(1))
    assert "CLI-2" in str(dump_file(safety)["charge_point"])  # nothing lost: it is kept
    rows = dump_file(db)
    assert "CLI-1" in str(rows["charge_point"]) and "CLI-2" not in str(rows["charge_point"])

    bad = tmp_path / "bad.db"
    bad.write_text("not a database")
    refused = _db("restore", str(bad), "--db", url, "--yes")
    assert refused.returncode == 1
    assert refused.stderr == (f"csms-desktop db: error: {bad} cannot be restored: {bad} is "
                              "not an SQLite database\n")
    assert _db().returncode == 2
