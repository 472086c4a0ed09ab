"""Settings → Backups: settings checked beside their fields, "Back up now" with progress while
the window keeps running, failures shown and notified, "Restore…" with its warning."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from backup_helpers import dump_file
from live_helpers import until
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.gui.settings_backups import BackupsSection
from csms_desktop.services.backup.hooks import hold_database
from csms_desktop.services.backup.settings import BackupSettings, load_backup_settings
from csms_desktop.services.backup.settings import save_backup_settings as save
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.store.models import Notification


def _operator(role: OperatorRole) -> OperatorInfo:
    return OperatorInfo("op", "op", "Op", role)


@pytest.fixture
def section(qtbot, live):  # type: ignore[no-untyped-def]
    live.ctx.extras["operator"] = _operator(OperatorRole.MANAGER)
    w = BackupsSection(live.ctx)
    qtbot.addWidget(w)
    w.resize(1100, 700)
    w.show()
    return w


def _fill(db_path: Path, rows: int = 30_000) -> None:
    """Enough history that a backup takes many steps."""
    con = sqlite3.connect(db_path)
    con.executemany("INSERT INTO meter_value (id, timestamp, value) VALUES (?, ?, ?)",
                    ((f"cfill{i:020d}", "2026-01-01 00:00:00", i / 10) for i in range(rows)))
    con.commit()
    con.close()


def test_settings_are_checked_beside_their_fields(section, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    section.folder.setText("relative/folder")
    section.keep["keep_daily"].setValue(0)
    section.keep["keep_weekly"].setValue(0)
    section.keep["keep_monthly"].setValue(0)
    assert section.save() is False
    assert "a full path" in section.errors["folder"].text()
    assert "keep at least one backup" in section.errors["keep_daily"].text()
    assert "Not saved" in section.settings_status.text()
    assert load_backup_settings() == BackupSettings()  # nothing written
    section.folder.setText(str(tmp_path / "bk"))
    section.keep["keep_daily"].setValue(5)
    section.hour.setValue(22)
    section.daily.setChecked(False)
    assert not section.hour.isEnabled()
    assert section.save() is True
    saved = load_backup_settings()
    assert (saved.folder, saved.keep_daily, saved.hour, saved.daily) == (
        str(tmp_path / "bk"), 5, 22, False)
    assert section.errors["folder"].text() == ""

    section.ctx.extras["operator"] = _operator(OperatorRole.ATTENDANT)  # not for attendants
    section.back_up_now()
    assert "Not allowed" in section.outcome.text() and not section.service.running
    section.keep["keep_daily"].setValue(6)
    assert section.save() is False and load_backup_settings().keep_daily == 5


def test_back_up_now_shows_progress_and_the_window_keeps_running(  # type: ignore[no-untyped-def]
        qtbot, section, live, db_path: Path) -> None:
    _fill(db_path)
    section.service.pages_per_step = 8  # many small steps
    ticks: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(section.service.running))
    timer.start(5)
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    live.run(until(lambda: section.service.running, 5, "the backup starts"))
    assert section.progress.isVisible() and not section.backup_button.isEnabled()
    live.run(until(lambda: section.last_result is not None, 30, "the backup ends"))
    timer.stop()
    assert sum(ticks) >= 3, ticks  # Qt timers kept firing while the copy ran
    assert section.last_result.ok, section.last_result.message
    assert "Backed up and verified" in section.outcome.text()
    assert not section.progress.isVisible() and section.backup_button.isEnabled()
    live.run(until(lambda: section.table.rowCount() == 1, 5, "the table shows it"))
    assert section.table.item(0, 2).text() == "OK"
    assert section.table.item(0, 1).text() == "by hand"
    assert "Newest backup:" in section.summary.text() and "verified" in section.summary.text()
    assert ". 1 backup, " in section.summary.text()  # not "1 backups"


def test_unusable_folder_is_shown_and_notified(qtbot, section, live, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    blocker = tmp_path / "file"
    blocker.write_text("x")
    save(BackupSettings(folder=str(blocker / "bk")))
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    live.run(until(lambda: section.last_result is not None, 10, "the attempt ends"))
    assert "Backup failed: the backup folder" in section.outcome.text()
    assert "Not a directory" in section.outcome.text()
    live.run(until(lambda: section.table.rowCount() == 1, 5, "the table shows it"))
    assert section.table.item(0, 2).text() == "FAILED"
    assert Notification.select().where(Notification.title == "Backup failed").count() == 1
    assert "No backup in" in section.summary.text()


def test_restore_warns_then_restores_and_restarts(qtbot, section, live, db_path: Path) -> None:  # type: ignore[no-untyped-def]
    lock = hold_database(f"sqlite:///{db_path}", "csms-desktop GUI")  # as the app holds it
    live.server.on_stopped.append(lock.release)
    backup = live.run(section.service.backup("manual"))
    assert backup.ok
    _fill(db_path, 100)  # written after the backup: the restore takes it away
    restarted: list[bool] = []
    section.restart_app = lambda: restarted.append(True)
    section.refresh()
    live.run(until(lambda: section.table.rowCount() == 1, 5, "the row"))
    section.table.selectRow(0)
    qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
    live.run(until(lambda: section.restore_dialog is not None, 10, "the confirmation"))
    dlg = section.restore_dialog
    assert "Every row of the current database is replaced" in dlg.findChild(
        type(section.summary), "restore_warning").text()
    facts = dlg.findChild(type(section.summary), "restore_facts").text()
    assert backup.path.name in facts and "safety copy" in facts
    assert not dlg.go.isEnabled()  # not before the operator confirms
    dlg.understood.setChecked(True)
    assert dlg.go.isEnabled()
    qtbot.mouseClick(dlg.go, Qt.MouseButton.LeftButton)
    live.run(until(lambda: section.restore_message is not None, 30, "the outcome"))
    box = section.restore_message
    assert "Restored " in box.text() and "previous database is kept at" in box.text()
    assert live.server._server is None  # the OCPP server was stopped first
    assert dump_file(db_path) == dump_file(backup.path)
    assert restarted == []
    box.accept()
    QApplication.processEvents()
    assert restarted == [True]


def test_relaunch_command_is_this_program() -> None:
    import sys

    from csms_desktop.gui.backup_restore import relaunch_command

    assert relaunch_command()[0] == sys.executable
