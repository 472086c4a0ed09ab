"""Headless site set-up as a person does it: ``main.py config``, ``tags import``,
``api-token``, and ``serve`` with the automation API (real processes, ports and files)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import ssl
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parents[2]
ENV = {**os.environ, "PYTHONUNBUFFERED": "1"}
ENV.pop("CSMS_FORBID_QT", None)

pytestmark = pytest.mark.timeout(120)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "main.py", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout, env=ENV)


def _http(url: str, token: str | None = None, method: str = "GET", body: Any = None,
          context: ssl.SSLContext | None = None) -> tuple[int, Any]:
    req = urllib.request.Request(url, method=method,
                                 data=json.dumps(body).encode() if body is not None else None)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    try:
        with urllib.request.urlopen(req, timeout=10, context=context) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


def _wait_http(url: str, proc: subprocess.Popen[str], context: ssl.SSLContext | None = None,
               timeout: float = 40) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.communicate()[0]
        try:
            _http(url, context=context)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise AssertionError(f"{url} never answered")


def _serve(db: str, *extra: str) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "main.py", "serve", "--db", db, "--host",
                             "127.0.0.1", "--port", str(_free_port()), *extra],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                            text=True, env=ENV)


def _stop(proc: subprocess.Popen[str]) -> str:
    proc.send_signal(signal.SIGTERM)
    out, _ = proc.communicate(timeout=20)
    return out


def test_config_get_and_set_checked_like_the_gui(tmp_path: Path, db_url: str) -> None:
    db = db_url  # the run's backend: a SQLite file or a PostgreSQL database
    r = _run("config", "set", "heartbeat_interval", "5", "--db", db)
    assert r.returncode == 2
    assert r.stderr.strip() == ("csms-desktop: error: heartbeat_interval: heartbeat interval "
                                "must be 10 s to 24 h")
    r = _run("config", "set", "free_charging", "yes", "--db", db)
    assert r.returncode == 0 and r.stdout.strip() == "free_charging = true"
    r = _run("config", "set", "ocpp_host", "not a host!", "--db", db)
    assert r.returncode == 2 and "an IP address (0.0.0.0, ::) or a host name" in r.stderr
    r = _run("config", "set", "colour", "red", "--db", db)
    assert r.returncode == 2 and "unknown setting 'colour'; the settings are:" in r.stderr
    assert _run("config", "set", "api_port", "8281", "--db", db).returncode == 0
    assert _run("config", "set", "api_port", "99999", "--db", db).returncode == 2
    r = _run("config", "get", "free_charging", "--db", db)
    assert r.stdout.strip() == "true"
    r = _run("--db", db, "config", "get", "--json")  # --db before the command works too
    values = json.loads(r.stdout)
    assert values["free_charging"] is True and values["heartbeat_interval"] == 300
    assert values["api_port"] == 8281
    r = _run("config", "get", "--db", db)
    assert "site_name = Depot" in r.stdout.splitlines()


def test_tags_import_all_or_nothing_and_export(tmp_path: Path, db_url: str) -> None:
    db = db_url  # the run's backend: a SQLite file or a PostgreSQL database
    drivers = tmp_path / "drivers.csv"
    drivers.write_text("phone_number,name\n081 234 5678,Ana\n", encoding="utf-8")
    assert _run("drivers", "import", str(drivers), "--db", db).stdout.strip() == \
        "drivers: 1 created, 0 updated"
    bad = tmp_path / "bad.csv"
    bad.write_text("id_tag;phone_number\nCARD-1;0812345678\nCARD-2;0899999999\n",
                   encoding="utf-8-sig")
    r = _run("tags", "import", str(bad), "--db", db)
    assert r.returncode == 1
    assert r.stderr.splitlines() == [
        "tags: nothing imported; 1 of 2 row(s) rejected",
        "line 3 (CARD-2): phone_number: no driver with phone +66899999999; import drivers first"]
    good = tmp_path / "tags.csv"
    good.write_text("id_tag;phone_number;status\nCARD-1;0812345678;ACCEPTED\nCARD-2;;BLOCKED\n",
                    encoding="utf-8-sig")
    r = _run("tags", "import", str(good), "--db", db)
    assert r.returncode == 0 and r.stdout.strip() == "tags: 2 created, 0 updated"
    r = _run("tags", "export", "-", "--db", db)
    lines = r.stdout.splitlines()
    assert lines[0].startswith("id_tag,phone_number,status") and len(lines) == 3
    assert any(line.startswith("CARD-1,+66812345678,ACCEPTED") for line in lines)
    r = _run("tags", "import", str(tmp_path / "missing.csv"), "--db", db)
    assert r.returncode == 2 and "cannot read" in r.stderr


def test_api_token_create_list_revoke_and_serve_with_the_api(tmp_path: Path, db_url: str) -> None:
    db = db_url  # the run's backend: a SQLite file or a PostgreSQL database
    r = _run("api-token", "create", "--role", "manager", "--name", "bms", "--db", db)
    assert r.returncode == 0 and "shown only now" in r.stderr
    token = r.stdout.strip()
    assert token.startswith("csms_") and len(token) > 40
    r = _run("api-token", "list", "--db", db)
    assert "bms" in r.stdout and "MANAGER" in r.stdout and token not in r.stdout
    assert token[:12] in r.stdout  # the prefix tells tokens apart
    api_port = _free_port()
    proc = _serve(db, "--api-port", str(api_port))
    base = f"http://127.0.0.1:{api_port}"
    try:
        _wait_http(base + "/api/v1/health", proc)
        status, body = _http(base + "/api/v1/settings", token)
        assert status == 200 and body["site_name"] == "Depot"
        status, body = _http(base + "/api/v1/settings", token, "PATCH",
                             {"site_name": "Depot Norte", "heartbeat_interval": 120})
        assert status == 200 and body["heartbeat_interval"] == 120
        assert _http(base + "/api/v1/settings")[0] == 401
    finally:
        out = _stop(proc)
    assert proc.returncode == 0, out
    assert f"automation API on http://127.0.0.1:{api_port}/api/v1" in out
    assert _run("config", "get", "site_name", "--db", db).stdout.strip() == "Depot Norte"
    r = _run("api-token", "revoke", "bms", "--db", db)
    assert r.returncode == 0 and "revoked" in r.stderr
    assert _run("api-token", "revoke", "bms", "--db", db).returncode == 2


def test_serve_api_options(tmp_path: Path, db_url: str) -> None:
    db = db_url  # the run's backend: a SQLite file or a PostgreSQL database
    r = _run("serve", "--db", db, "--port", str(_free_port()), "--host", "127.0.0.1",
             "--api-host", "0.0.0.0", timeout=60)
    assert r.returncode == 2
    assert "only over TLS: give --api-tls-cert and --api-tls-key" in r.stderr
    busy = socket.socket()
    busy.bind(("127.0.0.1", 0))
    busy.listen()
    try:
        r = _run("serve", "--db", db, "--port", str(_free_port()), "--host", "127.0.0.1",
                 "--api-port", str(busy.getsockname()[1]), timeout=60)
        assert r.returncode == 2 and "cannot listen for the API on 127.0.0.1:" in r.stderr
    finally:
        busy.close()
    proc = _serve(db, "--no-api")
    try:
        deadline = time.monotonic() + 40
        out = ""
        while time.monotonic() < deadline and proc.poll() is None:
            line = proc.stdout.readline() if proc.stdout else ""
            out += line
            if "automation API" in line:
                break
    finally:
        out += _stop(proc)
    assert "automation API off" in out


@pytest.mark.skipif(shutil.which("openssl") is None, reason="openssl not installed")
def test_serve_api_over_tls_beyond_localhost(tmp_path: Path) -> None:
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
                    "-subj", "/CN=localhost", "-addext", "subjectAltName=IP:127.0.0.1",
                    "-keyout", str(key), "-out", str(cert)], check=True, capture_output=True,
                   timeout=60)
    db = f"sqlite:///{tmp_path / 'site.db'}"
    api_port = _free_port()
    proc = _serve(db, "--api-host", "0.0.0.0", "--api-port", str(api_port),
                     "--api-tls-cert", str(cert), "--api-tls-key", str(key))
    context = ssl.create_default_context(cafile=str(cert))
    try:
        _wait_http(f"https://127.0.0.1:{api_port}/api/v1/health", proc, context)
        status, body = _http(f"https://127.0.0.1:{api_port}/api/v1/health", context=context)
        assert status == 200 and body["status"] == "ok"
        with pytest.raises((urllib.error.URLError, ConnectionError)):  # no plain http there
            _http(f"http://127.0.0.1:{api_port}/api/v1/health")
    finally:
        out = _stop(proc)
    assert f"automation API on https://0.0.0.0:{api_port}/api/v1" in out
