"""The "Backups" section of the Settings page (managers and administrators).

Folder, daily schedule and retention (saved on their own, checked beside each field), the
newest backup and the last attempts with their result, "Back up now" with a progress bar
(the copy runs in a worker thread: the window never freezes) and "Restore…"
(``gui.backup_restore``). The folder's listing and the records are read off the GUI thread.
"""

from __future__ import annotations

import logging
import os
import zoneinfo
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csms_desktop.domain.messages import message_of
from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.asyncops import TaskSet
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.login import ERROR_STYLE, error_label
from csms_desktop.gui.widgets.field_errors import translated
from csms_desktop.services import operators as ops
from csms_desktop.services.backup.files import human_bytes
from csms_desktop.services.backup.hooks import service_for
from csms_desktop.services.backup.overview import Overview, overview
from csms_desktop.services.backup.settings import BackupSettings, save_backup_settings
from csms_desktop.services.backup.taking import BackupResult, BackupService, Progress
from csms_desktop.services.operators import Permission

log = logging.getLogger(__name__)

OK_STYLE = "color: #0f4d1c;"  # with words ("OK", "verified"): never colour alone
# marked for lupdate, translated with tr() where they are shown
COLUMNS = (QT_TR_NOOP("When"), QT_TR_NOOP("Kind"), QT_TR_NOOP("Result"), QT_TR_NOOP("Size"),
           QT_TR_NOOP("Rows"), QT_TR_NOOP("File / reason"))
KINDS = {"daily": QT_TR_NOOP("daily"), "manual": QT_TR_NOOP("by hand"),
         "pre-migration": QT_TR_NOOP("before upgrade"), "pre-restore": QT_TR_NOOP("before restore")}
FILE_STATES = (QT_TR_NOOP("missing"), QT_TR_NOOP("removed by retention"))
# domain.retention's messages (the domain does not import Qt)
RETENTION_WORDS = (QT_TR_NOOP("0 to 1000"), QT_TR_NOOP("keep at least one backup"))


class BackupsSection(QGroupBox):
    def __init__(self, ctx: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(tr("Backups"))
        self.setObjectName("backups_section")
        self.ctx = ctx
        self.tasks = TaskSet()
        self.current: Overview | None = None
        self.last_result: BackupResult | None = None
        self.restore_dialog: QWidget | None = None  # open while a restore is confirmed
        self.restore_message: QWidget | None = None  # the outcome, before the restart
        lay = QVBoxLayout(self)

        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        lay.addLayout(grid)
        self.errors: dict[str, QLabel] = {}
        self.folder = QLineEdit()
        self.folder.setObjectName("backup_folder")
        self.browse = QPushButton(tr("Browse…"))
        self.browse.setObjectName("backup_browse")
        self.browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse)
        self._row(grid, "folder", tr("Backup &folder"), folder_row, self.folder)

        self.daily = QCheckBox(tr("Every day at"))
        self.daily.setObjectName("backup_daily")
        self.hour = QSpinBox()
        self.hour.setObjectName("backup_hour")
        self.hour.setRange(0, 23)
        self.hour.setSuffix(":00")
        self.hour.setMinimumWidth(90)
        self.zone_note = QLabel("")
        self.zone_note.setStyleSheet("color: #555;")
        when = QHBoxLayout()
        when.addWidget(self.daily)
        when.addWidget(self.hour)
        when.addWidget(self.zone_note, 1)
        self.daily.toggled.connect(self.hour.setEnabled)
        self._row(grid, "hour", tr("&Schedule"), when, self.daily)

        keep = QHBoxLayout()
        self.keep: dict[str, QSpinBox] = {}
        for key, label in (("keep_daily", tr("daily")), ("keep_weekly", tr("weekly")),
                           ("keep_monthly", tr("monthly"))):
            spin = QSpinBox()
            spin.setObjectName(f"backup_{key}")
            spin.setRange(0, 1000)
            spin.setMinimumWidth(80)
            self.keep[key] = spin
            keep.addWidget(spin)
            keep.addWidget(QLabel(label))
        keep.addStretch(1)
        self._row(grid, "keep_daily", tr("&Keep"), keep, self.keep["keep_daily"])
        note = QLabel(tr("The newest backup of each of the last days, weeks and months "
                              "is kept, and every backup of the last 24 hours; a backup is "
                              "also made before every database upgrade."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        grid.addWidget(note, grid.rowCount(), 1, 1, 2)

        self.save_button = QPushButton(tr("Save backup settings"))
        self.save_button.setObjectName("backup_save")
        self.save_button.clicked.connect(self.save)
        self.settings_status = QLabel("")
        self.settings_status.setObjectName("backup_settings_status")
        self.settings_status.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.settings_status, 1)
        row.addWidget(self.save_button)
        lay.addLayout(row)

        self.summary = QLabel(tr("Reading the backup folder…"))
        self.summary.setObjectName("backup_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lay.addWidget(self.summary)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        for i in range(len(COLUMNS) - 1):
            header.setSectionResizeMode(i, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(180)
        lay.addWidget(self.table)

        actions = QHBoxLayout()
        self.backup_button = QPushButton(tr("&Back up now"))
        self.backup_button.setObjectName("backup_now")
        self.backup_button.clicked.connect(self.back_up_now)
        self.progress = QProgressBar()
        self.progress.setObjectName("backup_progress")
        self.progress.setRange(0, 1000)
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.outcome = QLabel("")
        self.outcome.setObjectName("backup_outcome")
        self.outcome.setWordWrap(True)
        self.restore_button = QPushButton(tr("&Restore…"))
        self.restore_button.setObjectName("backup_restore")
        self.restore_button.clicked.connect(self.restore)
        actions.addWidget(self.backup_button)
        actions.addWidget(self.progress, 1)
        actions.addWidget(self.outcome, 2)
        actions.addWidget(self.restore_button)
        lay.addLayout(actions)
        self.load_settings()

    # ------------------------------------------------------------------ building
    def _row(self, grid: QGridLayout, key: str, label: str, inner: QHBoxLayout,
             buddy: QWidget) -> None:
        row = grid.rowCount()
        lbl = QLabel(label)
        lbl.setBuddy(buddy)
        self.errors[key] = error_label(f"backup_{key}")
        holder = QWidget()
        inner.setContentsMargins(0, 0, 0, 0)
        holder.setLayout(inner)
        grid.addWidget(lbl, row, 0)
        grid.addWidget(holder, row, 1)
        grid.addWidget(self.errors[key], row, 2)

    @property
    def service(self) -> BackupService:
        return service_for(self.ctx.runtime.services)

    def tz(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.ctx.runtime.services.settings.time_zone)

    # ------------------------------------------------------------------ settings
    def load_settings(self, settings: BackupSettings | None = None) -> None:
        from csms_desktop.services.backup.settings import default_folder, load_backup_settings

        s = settings or load_backup_settings()
        self.folder.setText(s.folder)
        self.folder.setPlaceholderText(str(default_folder(self.service.db_url)))
        self.daily.setChecked(s.daily)
        self.hour.setValue(s.hour)
        self.hour.setEnabled(s.daily)
        for key, spin in self.keep.items():
            spin.setValue(int(getattr(s, key)))
        self.zone_note.setText(tr("site time ({zone})").format(zone=self.tz().key))
        for lbl in self.errors.values():
            lbl.setText("")

    def values(self) -> BackupSettings:
        return BackupSettings(folder=self.folder.text().strip(), daily=self.daily.isChecked(),
                              hour=self.hour.value(),
                              **{k: spin.value() for k, spin in self.keep.items()})

    def _allowed(self, status: QLabel) -> bool:
        window = self.ctx.window
        if window is None or getattr(window, "access_control", False):
            try:
                ops.require(self.ctx.extras.get("operator"), Permission.SETTINGS)
            except PermissionError as exc:
                status.setText(f"<span style='{ERROR_STYLE}'>"
                               + tr("Not allowed: {reason}").format(
                                   reason=translated(message_of(exc))) + "</span>")
                return False
        return True

    def save(self) -> bool:
        candidate = self.values()
        errors = {k: translated(v) for k, v in candidate.validate().items()}
        keep = dict.fromkeys(v for k, v in errors.items() if k.startswith("keep_"))
        shown = {"folder": errors.get("folder", ""), "hour": errors.get("hour", ""),
                 "keep_daily": "; ".join(keep)}
        for key, lbl in self.errors.items():
            lbl.setText(shown[key])
        if errors:
            self.settings_status.setText(f"<span style='{ERROR_STYLE}'>"
                                         + tr("Not saved: fix the fields marked.")
                                         + "</span>")
            return False
        if not self._allowed(self.settings_status):
            return False
        save_backup_settings(candidate)
        self.settings_status.setText(tr("Backup settings saved."))
        self.refresh()
        return True

    def _browse(self) -> None:
        start = self.folder.text().strip() or self.folder.placeholderText()
        path = QFileDialog.getExistingDirectory(self, tr("Backup folder"), start)
        if path:
            self.folder.setText(path)

    # ------------------------------------------------------------------ listing
    def refresh(self) -> None:
        offthread.submit(overview, self.service, owner=self, on_done=self.show_overview,
                         on_error=self._overview_failed)

    def _overview_failed(self, exc: BaseException) -> None:
        self.summary.setText(f"<span style='{ERROR_STYLE}'>"
                             + tr("Cannot read the backups: {error}").format(error=exc) + "</span>")

    def _when(self, dt: datetime) -> str:
        return fmt.date_time(dt)

    def show_overview(self, ov: Overview) -> None:
        self.current = ov
        where = str(ov.folder) + (tr(" (default)") if ov.default_folder else "")
        if ov.newest is None:
            text = (f"<span style='{ERROR_STYLE}'>"
                    + tr("⚠ No backup in {folder} yet.").format(folder=where) + "</span>")
        else:
            hours = (datetime.now(UTC) - ov.newest.created_at).total_seconds() / 3600
            state = tr("verified") if ov.newest.verified else tr("not verified")
            text = (tr("Newest backup: {when} ({hours} h ago), {size}, {state}. 1 backup, "
                       "{total} in {folder}") if ov.count == 1 else
                    tr("Newest backup: {when} ({hours} h ago), {size}, {state}. {count} backups, "
                       "{total} in {folder}")).format(
                when=self._when(ov.newest.created_at), hours=fmt.integer(round(hours)),
                size=human_bytes(ov.newest.size_bytes), state=state, count=ov.count,
                total=human_bytes(ov.total_bytes), folder=where)
        self.summary.setText(text)
        self.table.setRowCount(len(ov.attempts))
        for i, a in enumerate(ov.attempts):
            result = tr("OK") if a.ok else tr("FAILED")
            detail = a.path if a.ok else a.message
            if a.ok and a.file_state != "present":
                detail = f"{os.path.basename(a.path)} ({tr(a.file_state)})"
            cells = (self._when(a.created_at), tr(KINDS.get(a.kind, a.kind)), result,
                     human_bytes(a.size_bytes) if a.size_bytes else "",
                     fmt.integer(a.rows), detail)
            for col, value in enumerate(cells):
                item = QTableWidgetItem(value)
                if col == 2:
                    item.setForeground(Qt.GlobalColor.darkGreen if a.ok else Qt.GlobalColor.red)
                item.setToolTip(a.message or a.path)
                self.table.setItem(i, col, item)

    def selected_file(self) -> str | None:
        row = self.table.currentRow()
        if self.current is None or not 0 <= row < len(self.current.attempts):
            return None
        a = self.current.attempts[row]
        return a.path if a.ok and a.file_state == "present" else None

    # ------------------------------------------------------------------ actions
    def back_up_now(self) -> None:
        if not self._allowed(self.outcome):
            return
        if self.service.running:
            self.outcome.setText(tr("A backup is already running."))
            return
        self.tasks.spawn_if_running(self._backup())

    def _report(self, p: Progress) -> None:
        self.progress.setValue(int(p.fraction * 1000))
        self.progress.setFormat({"copying": tr("Copying… %p%"),
                                 "verifying": tr("Checking the copy…"),
                                 "done": tr("Done")}.get(p.phase, "%p%"))

    async def _backup(self) -> None:
        self.backup_button.setEnabled(False)
        self.restore_button.setEnabled(False)
        self.progress.setValue(0)
        self.progress.setFormat(tr("Starting…"))
        self.progress.show()
        self.outcome.setText("")
        try:
            result = await self.service.backup("manual", report=self._report)
        finally:
            self.backup_button.setEnabled(True)
            self.restore_button.setEnabled(True)
            self.progress.hide()
        self.last_result = result
        if result.ok:
            self.outcome.setText(f"<span style='{OK_STYLE}'>✔ "
                                 + tr("Backed up and verified: {file} ({size}, {seconds} s)")
                                 .format(file=result.path.name if result.path else "",
                                         size=human_bytes(result.size_bytes or 0),
                                         seconds=fmt.number(result.duration_s, 1)) + "</span>")
        else:
            self.outcome.setText(f"<span style='{ERROR_STYLE}'>✖ "
                                 + tr("Backup failed: {reason}").format(reason=translated(result.message))
                                 + "</span>")
        self.refresh()

    def restore(self) -> None:
        if not self._allowed(self.outcome):
            return
        from csms_desktop.gui.backup_restore import start_restore

        start_restore(self)

    def restart_app(self) -> None:
        from csms_desktop.gui.backup_restore import restart_application

        restart_application(self.ctx.window)

    def showEvent(self, event: Any) -> None:  # Qt override
        super().showEvent(event)
        self.refresh()


def create_section(ctx: Any) -> BackupsSection:
    return BackupsSection(ctx)
