#!/usr/bin/env python3
"""docs/screenshots/settings-backups.png (a backup running) and backup-restore.png.

    Xvfb :96 -screen 0 1600x1000x24 &
    DISPLAY=:96 .venv/bin/python scripts/screenshot_backups.py [--out docs/screenshots]

Builds a temporary site database with some history (``bench/gen_history.py --quick``),
makes real backups through the application's services (daily ones, one before a schema
upgrade, one that failed because the folder was a file), opens the main window on the
Settings page, scrolls to Backups, clicks "Back up now" and grabs the window while the
copy runs; then selects a backup, clicks "Restore…" and grabs the confirmation.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("CSMS_DATA_DIR", tempfile.mkdtemp(prefix="csms-backups-shot-"))
os.environ.setdefault("QT_API", "pyside6")
os.environ.setdefault("PYQTGRAPH_QT_LIB", "PySide6")


def seed(tmp: Path) -> str:
    db = tmp / "csms.db"
    subprocess.run([sys.executable, str(ROOT / "bench" / "gen_history.py"), "--quick",
                    "--out", str(db)], check=True, stdout=subprocess.DEVNULL)
    url = f"sqlite:///{db}"
    from csms_desktop.services.backup.taking import backup_blocking, record
    from csms_desktop.services.settings import SiteSettings, save_settings
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database

    migrate_database(open_database(url))
    save_settings(SiteSettings(site_name="Bangkok depot", unknown_charger_policy="accept"))
    folder = tmp / "backups"
    for kind in ("pre-migration", "daily", "daily"):
        record(backup_blocking(url, folder, kind))
    blocker = tmp / "usb-stick"
    blocker.write_text("not mounted")
    record(backup_blocking(url, blocker / "csms", "daily"))
    record(backup_blocking(url, folder, "manual"))
    close_database()
    return url


async def scenario(window, out: Path) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtWidgets import QScrollArea

    async def settle(seconds: float = 0.8) -> None:
        end = asyncio.get_running_loop().time() + seconds
        while asyncio.get_running_loop().time() < end:
            await asyncio.sleep(0.05)

    window.show_page("Settings")
    page = window.pages["Settings"]
    section = page.backups
    page.findChild(QScrollArea).ensureWidgetVisible(section, 0, 0)
    await settle()
    page.findChild(QScrollArea).ensureWidgetVisible(section.backup_button, 0, 40)
    section.service.pages_per_step = 1  # slow enough to be seen running
    section.backup_button.click()
    while not (section.service.running and section.progress.value() > 150):
        await asyncio.sleep(0.01)
    window.grab().save(str(out / "settings-backups.png"))
    while section.last_result is None:
        await asyncio.sleep(0.05)
    await settle()
    section.table.selectRow(3)
    print("restoring", section.selected_file(), flush=True)
    section.restore_button.click()
    while section.restore_dialog is None:
        await asyncio.sleep(0.05)
    await settle()
    section.restore_dialog.grab().save(str(out / "backup-restore.png"))
    section.restore_dialog.reject()


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    url = seed(Path(tempfile.mkdtemp(prefix="csms-shot-")))

    import qasync
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    from csms_desktop.domain.enums import OperatorRole
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import build_window
    from csms_desktop.headless import build_runtime
    from csms_desktop.services.operators import OperatorInfo

    runtime = build_runtime(argparse.Namespace(db=url, unknown_chargers=None))
    bridge = Bridge(runtime.services.hub, lambda: len(runtime.services.chargers.connected))
    window = build_window(runtime, bridge,
                          operator=OperatorInfo("ada", "ada", "Ada", OperatorRole.ADMIN))
    window.resize(1580, 980)
    window.show()

    async def run() -> None:
        await runtime.server.start("127.0.0.1", 0)
        try:
            await scenario(window, out)
        finally:
            bridge.close()
            await runtime.server.stop()

    with loop:
        loop.run_until_complete(run())
    print("saved", out / "settings-backups.png", out / "backup-restore.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
