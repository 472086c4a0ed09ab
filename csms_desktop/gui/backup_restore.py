"""Settings → Backups → "Restore…": check the backup, warn, stop the server, restore,
restart.

The backup (the selected row, else a file chosen) is checked in a worker thread first;
one that cannot be restored says why and nothing happens. The confirmation says what is
replaced, what the backup holds next to the current database, and where the safety copy
goes; "Restore and restart" stays disabled until the operator ticks that they understand.
Then the OCPP server stops (chargers reconnect by themselves later), ``services.backup.restore``
runs in a worker thread (its own checks, the safety copy, the swap), and the application
restarts on the restored database — its pages and services hold the old data in memory.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import subprocess
import sys
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.login import ERROR_STYLE
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services.backup.files import BackupError
from csms_desktop.services.backup.restore import BackupCheck, check_backup, configured_folder, restore
from csms_desktop.store import sqlite_backup as sb
from csms_desktop.store.db import sqlite_path_from_url

log = logging.getLogger(__name__)
SHOWN = (("transaction", QT_TR_NOOP("Transactions")), ("user", QT_TR_NOOP("Drivers")),
         ("client", QT_TR_NOOP("Clients")), ("invoice", QT_TR_NOOP("Invoices")),
         ("charge_point", QT_TR_NOOP("Charge points")),
         ("meter_value", QT_TR_NOOP("Meter values")))  # labels: tr() where shown


def relaunch_command() -> list[str]:
    """The command that started this application (frozen build or ``python main.py``)."""
    if getattr(sys, "frozen", False):
        return [sys.executable, *sys.argv[1:]]
    return [sys.executable, *sys.argv]


def restart_application(window: Any) -> None:
    """Start the application again once this process has exited (the port is free then)."""
    cmd = relaunch_command()
    atexit.register(lambda: subprocess.Popen(cmd, start_new_session=True))
    window.quit_app(ask=False)


def _inspect(path: Path, db_path: Path) -> tuple[BackupCheck, dict[str, int]]:
    check = check_backup(path)
    try:
        current = sb.verify(db_path).row_counts if db_path.exists() else {}
    except sb.BackupFileError:
        current = {}
    return check, current


class RestoreDialog(QDialog):
    def __init__(self, check: BackupCheck, current: dict[str, int], safety: Path,
                 when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restore_dialog")
        self.setWindowTitle(tr("Restore a backup"))
        self.setMinimumWidth(560)
        lay = QVBoxLayout(self)
        warn = QLabel("<b>" + tr("⚠ Every row of the current database is replaced by the "
                                  "backup's contents.") + "</b><br>"
                      + tr("Transactions, drivers, invoices and settings recorded after "
                            "{when} are no longer in the database. The OCPP server stops "
                            "(chargers reconnect by themselves) and CSMS Desktop restarts "
                            "on the restored database.").format(when=when))
        warn.setObjectName("restore_warning")
        warn.setWordWrap(True)
        warn.setStyleSheet(ERROR_STYLE)
        lay.addWidget(warn)
        rows = "".join(
            f"<tr><td>{tr(label)}</td><td align='right'>{fmt.integer(check.row_counts.get(t, 0))}"
            f"</td><td align='right'>{fmt.integer(current.get(t, 0))}</td></tr>"
            for t, label in SHOWN)
        about = tr("Backup: <b>{file}</b><br>made {when}, schema {schema}, integrity "
                   "{integrity}, {note}").format(
            file=check.path.name, when=when, schema=check.schema_version,
            integrity=check.integrity, note=translated(check.manifest_note))
        in_backup, now = tr("in the backup"), tr("now")
        safety_note = tr("A safety copy of the current database is kept in {folder} "
                         "first.").format(folder=safety)
        facts = QLabel(
            f"<p>{about}</p><table cellspacing='6'><tr><th align='left'></th>"
            f"<th>{in_backup}</th><th>{now}</th></tr>{rows}</table><p>{safety_note}</p>")
        facts.setObjectName("restore_facts")
        facts.setWordWrap(True)
        lay.addWidget(facts)
        self.understood = QCheckBox(tr("I understand that the data recorded after this "
                                        "backup is replaced"))
        self.understood.setObjectName("restore_understood")
        lay.addWidget(self.understood)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.go = QPushButton(tr("Restore and restart"))
        self.go.setObjectName("restore_go")
        self.go.setEnabled(False)
        self.go.setAutoDefault(False)
        buttons.addButton(self.go, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setDefault(True)  # Enter never restores by accident
        cancel.setFocus()
        self.understood.toggled.connect(self.go.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        lay.addWidget(buttons)


def start_restore(section: Any) -> None:
    """Entry point of the button: pick, check, confirm, then :func:`run_restore`."""
    service = section.service
    db_path = sqlite_path_from_url(service.db_url)
    if db_path is None:
        section.outcome.setText(f"<span style='{ERROR_STYLE}'>" + tr(
            "A PostgreSQL database is restored with pg_restore, with the server "
            "stopped (see the README).") + "</span>")
        return
    chosen = section.selected_file()
    if chosen is None:
        chosen, _ = QFileDialog.getOpenFileName(section, tr("Restore a backup"),
                                                str(service.settings_folder()),
                                                tr("Backups (*.db);;All files (*)"))
        if not chosen:
            return
    section.outcome.setText(tr("Checking {file}…").format(file=Path(chosen).name))
    offthread.submit(_inspect, Path(chosen), db_path, owner=section,
                     on_done=lambda res: _confirm(section, db_path, *res),
                     on_error=lambda exc: section.outcome.setText(str(exc)))


def _confirm(section: Any, db_path: Path, check: BackupCheck, current: dict[str, int]) -> None:
    if not check.ok:
        section.outcome.setText(f"<span style='{ERROR_STYLE}'>✖ " + tr(
            "{file} cannot be restored: {problems}").format(
                file=check.path.name, problems="; ".join(translated(p) for p in check.problems))
            + "</span>")
        return
    section.outcome.setText("")
    when = section._when(check.created_at) if check.created_at else "?"
    dlg = RestoreDialog(check, current, configured_folder(db_path), when, section)
    section.restore_dialog = dlg
    dlg.accepted.connect(lambda: section.tasks.spawn(run_restore(section, check.path)))
    dlg.open()


async def run_restore(section: Any, path: Path) -> None:
    """Stop the server, restore in a worker thread, tell the operator, restart."""
    rt = section.ctx.runtime
    for b in (section.backup_button, section.restore_button):
        b.setEnabled(False)
    section.progress.setRange(0, 0)  # busy: the steps are named below
    section.progress.show()
    loop = asyncio.get_running_loop()

    def show(text: str) -> None:  # on the GUI thread
        section.progress.setFormat(translated(text))
        section.outcome.setText(translated(text))

    def step(text: str) -> None:  # told from the worker thread
        loop.call_soon_threadsafe(show, text)

    section.outcome.setText(tr("Stopping the OCPP server…"))
    await rt.server.stop()
    try:
        result = await loop.run_in_executor(None, restore, section.service.db_url, path, step)
    except BackupError as exc:
        log.error("restore failed: %s", exc)
        title, text = tr("Restore failed"), tr("{error}. CSMS Desktop restarts on the "
                                                "database as it was.").format(
            error=translated(exc.args[0] if exc.args else exc))
        icon = QMessageBox.Icon.Critical
    else:
        log.info("%s", result.line())
        title = tr("Database restored")
        text = tr("Restored {file}. The previous database is kept at {copy}. CSMS Desktop "
                  "restarts now.").format(file=path.name, copy=result.safety_copy or "-")
        icon = QMessageBox.Icon.Information
    section.progress.hide()
    section.outcome.setText(text)
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, section)
    box.setObjectName("restore_done")
    section.restore_message = box
    box.finished.connect(lambda _code: section.restart_app())
    box.open()
