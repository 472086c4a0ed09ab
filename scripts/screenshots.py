#!/usr/bin/env python3
"""Screenshots of the live pages with real simulated chargers: docs/screenshots/*.png.

Starts Xvfb when there is no display, the app on a fresh database in a temporary data
directory, and a mixed fleet of simulated chargers (``main.py simulate``); then switches
pages with xdotool (Ctrl+1..8, clicks) and grabs the screen with ImageMagick's ``import``.

    .venv/bin/python scripts/screenshots.py [--wait 45] [--keep]

Needs Xvfb, xdotool and ImageMagick (``apt-get install xvfb xdotool imagemagick``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
PY = sys.executable
SCREEN = (1600, 1000)
NAV_WIDTH = 190
OPERATOR = ("admin", "screenshots-only")
DRIVERS = (("04A1B2C3", "Ana Silva"), ("04D4E5F6", "Somchai Prasert"), ("0477AA10", "João Costa"),
           ("04C0FFEE", "Mei Tanaka"), ("04BEEF01", "Lucas Pereira"), ("04123456", "Nok Wongsa"))


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_port(port: int, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"the app did not listen on port {port} within {timeout} s")


def seed(db_url: str) -> None:
    """Site settings and two chargers that are not connected: one offline, one pending."""
    sys.path.insert(0, str(ROOT))
    from csms_desktop.services.operators import create_operator
    from csms_desktop.services.settings import SiteSettings, save_settings
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database
    from csms_desktop.store.models import ChargePoint, Connector, IdTag, User

    migrate_database(open_database(db_url))
    save_settings(SiteSettings(site_name="Bangkok depot", site_capacity_kw=120.0,
                               unknown_charger_policy="accept"))
    now = datetime.now(UTC)
    ChargePoint.create(id="GATE-01", name="Gate (offline)", location="Entrance",
                       vendor="ABB", model="Terra AC", firmware_version="1.8.2",
                       last_seen=now - timedelta(hours=3))
    for no, status in ((1, "Available"), (2, "Charging")):
        Connector.create(charge_point="GATE-01", connector_id=no, ocpp_status=status)
    ChargePoint.create(id="NEW-7731", name="NEW-7731", registration_status="PENDING",
                       vendor="Wallbox", model="Pulsar Plus")
    Connector.create(charge_point="NEW-7731", connector_id=1, ocpp_status="Available")
    for i, (tag, name) in enumerate(DRIVERS):
        IdTag.create(id_tag=tag, user=User.create(phone_number=f"+6681000{i:04d}", name=name))
    create_operator(OPERATOR[0], "Screenshot operator", OPERATOR[1])
    close_database()


class Screen:
    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def xdo(self, *args: str) -> str:
        r = subprocess.run(["xdotool", *args], env=self.env, capture_output=True, text=True,
                           timeout=20)
        return r.stdout.strip()

    def window(self, timeout: float = 30.0) -> str:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            ids = self.xdo("search", "--onlyvisible", "--name", "CSMS Desktop").split()
            if ids:
                return ids[0]
            time.sleep(0.3)
        raise SystemExit("the main window did not appear")

    def key(self, win: str, keys: str) -> None:
        self.xdo("windowfocus", "--sync", win)  # works without a window manager
        self.xdo("key", "--clearmodifiers", keys)

    def click(self, x: int, y: int, double: bool = False) -> None:
        self.xdo("mousemove", "--sync", str(x), str(y))
        self.xdo("click", "--repeat", "2" if double else "1", "1")

    def shot(self, name: str, window: str = "root") -> Path:
        path = OUT / f"{name}.png"
        subprocess.run(["import", "-window", window, str(path)], env=self.env, check=True,
                       timeout=30)
        print(f"saved {path.relative_to(ROOT)}", flush=True)
        return path


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--wait", type=float, default=45.0,
                    help="seconds of simulated activity before the first shot")
    ap.add_argument("--keep", action="store_true", help="keep the temporary data directory")
    args = ap.parse_args()
    for tool in ("xdotool", "import"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is missing (apt-get install xdotool imagemagick xvfb)")
    OUT.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="csms-shots-"))
    env = {**os.environ, "CSMS_DATA_DIR": str(tmp), "QT_API": "pyside6",
           "PYQTGRAPH_QT_LIB": "PySide6"}
    env.pop("QT_QPA_PLATFORM", None)
    procs: list[subprocess.Popen[bytes]] = []
    try:
        if not env.get("DISPLAY"):
            xvfb = subprocess.Popen(["Xvfb", ":97", "-screen", "0",
                                     f"{SCREEN[0]}x{SCREEN[1]}x24", "-nolisten", "tcp"],
                                    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            procs.append(xvfb)
            env["DISPLAY"] = ":97"
            time.sleep(1.0)
        db_url = f"sqlite:///{tmp / 'csms.db'}"
        seed(db_url)
        port = free_port()
        log = open(tmp / "app.log", "wb")  # noqa: SIM115 (closed with the process)
        procs.append(subprocess.Popen(
            [PY, "main.py", "--db", db_url, "--port", str(port), "--host", "127.0.0.1",
             "--unknown-chargers", "accept", "--log-level", "WARNING"],
            cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT))
        wait_port(port)
        sim_log = open(tmp / "sim.log", "wb")  # noqa: SIM115
        procs.append(subprocess.Popen(
            [PY, "main.py", "simulate", "--url", f"ws://127.0.0.1:{port}", "--count", "6",
             "--connectors", "2", "--protocol", "mixed", "--meter-interval", "2",
             "--time-scale", "30", "--idle", "1", "8", "--session", "900", "1800",
             "--fault-prob", "0.004", "--seed", "7", "--id-prefix", "BAY-",
             "--tags", ",".join(tag for tag, _ in DRIVERS)],
            cwd=ROOT, env=env, stdout=sim_log, stderr=subprocess.STDOUT))
        scr = Screen(env)
        win = scr.window()
        scr.xdo("windowmove", "--sync", win, "0", "0")
        scr.xdo("windowsize", "--sync", win, str(SCREEN[0]), str(SCREEN[1]))
        time.sleep(1.0)
        scr.xdo("windowfocus", "--sync", win)
        scr.xdo("type", "--delay", "20", OPERATOR[0])
        scr.xdo("key", "Tab")
        scr.xdo("type", "--delay", "20", OPERATOR[1])
        scr.xdo("key", "Return")
        print(f"simulating for {args.wait:.0f} s…", flush=True)
        time.sleep(args.wait)

        scr.key(win, "ctrl+1")
        time.sleep(1.5)
        scr.shot("dashboard")

        scr.key(win, "ctrl+2")
        time.sleep(1.0)
        scr.click(NAV_WIDTH + 60, 95)  # the first row of the table (BAY-001)
        time.sleep(1.5)
        scr.shot("charge-points")

        scr.key(win, "ctrl+1")
        time.sleep(1.0)
        scr.click(NAV_WIDTH + 140, 400)  # the first tile (BAY-001 connector 1)
        time.sleep(3.0)
        dlg = scr.xdo("search", "--onlyvisible", "--name", "connector").split()
        if not dlg:
            raise SystemExit("the connector detail did not open")
        scr.xdo("windowmove", "--sync", dlg[-1], "200", "60")
        scr.xdo("windowsize", "--sync", dlg[-1], "1200", "820")
        time.sleep(1.5)
        scr.shot("connector-detail", dlg[-1])
    finally:
        for p in reversed(procs):
            p.terminate()
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        if args.keep:
            print(f"data kept in {tmp}")
        else:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
