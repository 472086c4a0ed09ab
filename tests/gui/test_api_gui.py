"""The automation API in GUI mode: the real GUI application (QApplication + qasync, offscreen)
serves the API on its own loop; the Settings page's API tokens section makes and revokes
tokens."""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path
from typing import Any

import pytest
from window_helpers import window_with

from csms_desktop.services import api_tokens
from csms_desktop.services import operators as ops

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def fast_bcrypt(monkeypatch):  # type: ignore[no-untyped-def]
    monkeypatch.setattr(ops, "BCRYPT_ROUNDS", 4)


def _page(qtbot, runtime, operator):  # type: ignore[no-untyped-def]
    win = window_with(runtime, ("Settings",), operator=operator)
    qtbot.addWidget(win)
    win.show()
    assert win.show_page("Settings")
    return win.pages["Settings"]


def test_tokens_section_creates_shows_once_and_revokes(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    admin = ops.create_operator("admin", "Ada", "password-1")
    page = _page(qtbot, runtime, admin)
    section = page.api_tokens
    assert section.isVisible()
    assert "API is off in this session" in section.address.text()
    dlg = section.new_token()
    assert dlg is not None
    dlg.show_errors({})
    dlg.name.setText("  ")
    dlg.submit()
    assert "enter a name" in dlg.errors["name"].text()
    dlg.name.setText("home-assistant")
    dlg.role.setCurrentIndex(dlg.role.findData("MANAGER"))
    dlg.submit()
    qtbot.waitUntil(lambda: dlg.token.text() != "", timeout=5000)
    token = dlg.token.text()
    assert dlg.shown.isVisible() and "shown only once" in dlg.notice.text()
    info = api_tokens.authenticate(token)
    assert info is not None and info.role == "MANAGER" and info.created_by == "admin"
    dlg.copy_token()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == token
    dlg.submit()  # OK closes
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=5000)
    assert section.table.item(0, 0).text() == "home-assistant"
    assert token not in "".join(section.table.item(0, j).text() for j in range(6))
    section.table.selectRow(0)
    section.revoke()
    assert "Click again" in section.revoke_button.text()
    assert api_tokens.authenticate(token) is not None  # one click does nothing yet
    section.revoke()
    qtbot.waitUntil(lambda: api_tokens.authenticate(token) is None, timeout=5000)
    qtbot.waitUntil(lambda: "revoked" in section.message.text(), timeout=5000)


def test_tokens_section_is_for_administrators_only(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    ops.create_operator("admin", "Ada", "password-1")
    admin = ops.authenticate("admin", "password-1")
    manager = ops.create_operator("boss", "Bea", "password-2", "MANAGER", by=admin)
    page = _page(qtbot, runtime, manager)
    assert not page.api_tokens.isVisible()


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _http(method: str, url: str, token: str | None, body: Any = None) -> tuple[int, Any]:
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(url, data=data, method=method)
    if token:
        req.add_header("Authorization", f"Bearer {token}")
    req.add_header("Content-Type", "application/json")
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, json.loads(resp.read() or b"null")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"null")


@pytest.mark.timeout(90)
def test_gui_application_serves_the_api_on_its_qasync_loop(tmp_path: Path) -> None:
    """``main.py demo`` (the GUI: QApplication, qasync loop, window, simulated chargers)
    answers API calls and runs a command on a simulated charger through its own server."""
    db = f"sqlite:///{tmp_path / 'gui.db'}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CSMS_DATA_DIR": str(tmp_path)}
    made = subprocess.run([sys.executable, "main.py", "api-token", "create", "--role",
                           "attendant", "--name", "gui-test", "--db", db], cwd=REPO, env=env,
                          capture_output=True, text=True, timeout=60, check=True)
    token = made.stdout.strip()
    port = _free_port()
    proc = subprocess.Popen([sys.executable, "main.py", "demo", "--chargers", "2", "--db", db,
                             "--port", "0", "--host", "127.0.0.1", "--api-port", str(port),
                             "--log-level", "WARNING"], cwd=REPO, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}/api/v1"
    try:
        deadline = time.monotonic() + 60
        connected: list[str] = []
        while time.monotonic() < deadline and len(connected) < 2:
            assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
            try:
                status, page = _http("GET", f"{base}/charge-points?connected=true", token)
            except (urllib.error.URLError, ConnectionError, TimeoutError):
                time.sleep(0.2)
                continue
            assert status == 200, page
            connected = [c["id"] for c in page["items"]]
            time.sleep(0.2)
        assert len(connected) == 2, connected
        status, result = _http("POST", f"{base}/charge-points/{connected[0]}/commands/"
                                       "trigger-message", token, {"message": "Heartbeat"})
        assert status == 200 and result["outcome"] == "accepted", result
        status, denied = _http("GET", f"{base}/settings", token)
        assert status == 403 and "an attendant token" in denied["message"]
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
