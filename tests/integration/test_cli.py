"""The command line as a person uses it: real processes, real ports, real files."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest
from dbcheck import table_names
from pgcluster import PASSWORD

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}
ENV.pop("CSMS_FORBID_QT", None)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_port(port: int, timeout: float = 40) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return True
        time.sleep(0.1)
    return False


def _run(*args: str, timeout: float = 30, env: dict[str, str] | None = None
         ) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=env or ENV)


def test_serve_listens_creates_tables_and_never_imports_qt(db_url: str) -> None:
    port = _free_port()
    proc = subprocess.Popen(
        [sys.executable, "-X", "importtime", "main.py", "serve", "--db", db_url,
         "--port", str(port), "--host", "127.0.0.1"],
        cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=ENV,
    )
    try:
        assert _wait_port(port), "serve did not listen"
        tables = table_names(db_url)
        for t in ("user", "user_vehicle", "charge_point", "connector", "transaction",
                  "meter_value", "charging_session", "reservation", "charging_profile",
                  "ocpp_message", "notification", "client", "invoice", "billed_item",
                  "consumption_history", "id_tag", "tariff", "operator"):
            assert t in tables
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=40)
    assert proc.returncode == 0, err[-2000:]
    assert "OCPP server stopped" in out  # clean shutdown on SIGTERM
    imported = [line for line in err.splitlines() if "import time:" in line]
    assert imported, "no -X importtime output"
    for name in ("PySide6", "shiboken6", "qasync", "pyqtgraph"):
        assert not any(f" {name}" in line.split("|")[-1] for line in imported), \
            f"serve imported {name}"


def test_port_in_use_gives_one_clear_line(tmp_path: Path) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen()
        port = s.getsockname()[1]
        r = _run("serve", "--db", f"sqlite:///{tmp_path / 'y.db'}", "--port", str(port),
                 "--host", "127.0.0.1")
    assert r.returncode != 0
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, r.stderr
    assert "already in use" in lines[0] and str(port) in lines[0]
    assert "Traceback" not in r.stderr


def test_bad_option_gives_one_line(tmp_path: Path) -> None:
    r = _run("serve", "--port", "notaport")
    assert r.returncode == 2
    assert "Traceback" not in r.stderr
    assert "--port" in r.stderr
    r = _run("serve", "--port", "70000")
    assert r.returncode == 2 and "70000" in r.stderr
    r = _run("--no-such-option")
    assert r.returncode == 2 and "unrecognized" in r.stderr


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read any file")
def test_unreadable_database_gives_one_line(tmp_path: Path) -> None:  # pragma: no cover
    bad = tmp_path / "locked.db"
    bad.write_bytes(b"")
    bad.chmod(0)
    r = _run("serve", "--db", f"sqlite:///{bad}", "--port", "0")
    assert r.returncode != 0 and "Traceback" not in r.stderr


def test_unusable_database_paths_give_one_line(tmp_path: Path) -> None:
    folder = tmp_path / "adir.db"
    folder.mkdir()
    r = _run("serve", "--db", f"sqlite:///{folder}", "--port", "0")
    assert r.returncode != 0, r.stdout
    assert "Traceback" not in r.stderr and "directory" in r.stderr
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"this is not a database" * 100)
    r = _run("serve", "--db", f"sqlite:///{garbage}", "--port", "0")
    assert r.returncode != 0 and "Traceback" not in r.stderr
    assert len([x for x in r.stderr.splitlines() if x.strip()]) == 1
    r = _run("serve", "--db", "mysql://nope", "--port", "0")
    assert r.returncode != 0 and "unsupported database URL" in r.stderr


def test_unusable_postgresql_gives_one_line(pg_cluster) -> None:  # type: ignore[no-untyped-def]
    """A wrong password, a database that does not exist, no server at that port: one line
    naming the problem (the password hidden), no traceback, no server started."""
    right = pg_cluster.url("postgres")
    wrong_pw = right.replace(f":{PASSWORD}@", ":not-the-password@")
    missing = pg_cluster.url("no_such_database")
    nobody = f"postgresql://csms:pw@127.0.0.1:{_free_port()}/csms"
    for url, says in ((wrong_pw, "password"), (missing, "no_such_database"),
                      (nobody, "connect")):
        r = _run("serve", "--db", url, "--port", "0")
        assert r.returncode == 2, (url, r.stdout, r.stderr)
        lines = [x for x in r.stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and "Traceback" not in r.stderr, r.stderr
        assert says in lines[0], lines[0]
        assert PASSWORD not in r.stderr and "not-the-password" not in r.stderr, lines[0]


def test_help_explains_every_option() -> None:
    r = _run("--help")
    assert r.returncode == 0
    for opt in ("--db", "--host", "--port", "--log-level", "--smoke", "serve", "simulate"):
        assert opt in r.stdout
    r = _run("serve", "--help")
    assert "--unknown-chargers" in r.stdout


def test_version() -> None:
    from csms_desktop import __version__

    r = _run("--version")
    assert r.returncode == 0 and __version__ in r.stdout
