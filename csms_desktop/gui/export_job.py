"""A cancellable export running off the GUI thread, with a progress dialog.

The work function is plain Python (a ``services.history_queries.export_*``) called as
``work(progress, cancel)``: it reports ``progress(done, total)`` from the worker thread,
checks ``cancel.is_set()`` between pages, writes a temporary file and renames it at the end.
:func:`ask_export_path` and :func:`start_export` are the pages' side of it.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QProgressDialog, QWidget

from csms_desktop.gui import fmt, offthread
from csms_desktop.gui.i18n import tr
from csms_desktop.paths import data_dir

Work = Callable[[Callable[[int, int], None], threading.Event], "int | None"]


class ExportJob(QObject):
    """Signals: ``done(int | None)`` rows written or None when cancelled; ``failed(str)``."""

    done = Signal(object)
    failed = Signal(str)

    def __init__(self, parent: QWidget, title: str, path: Path, work: Work) -> None:
        super().__init__(parent)
        self.path = path
        self.cancel_event = threading.Event()
        self.running = False
        self._work = work
        self._last_report = 0.0
        self.dialog = QProgressDialog(tr("Exporting to {file}…").format(file=path.name),
                                      tr("Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    def start(self) -> None:
        self.running = True
        self.dialog.setValue(0)
        offthread.submit(self._work, self._progress, self.cancel_event, owner=self,
                         on_done=self._finished, on_error=self._error)

    def cancel(self) -> None:
        self.cancel_event.set()
        self.dialog.setLabelText(tr("Cancelling…"))

    def _progress(self, done: int, total: int) -> None:  # worker thread
        now = time.monotonic()
        if now - self._last_report < 0.1 and done < total:
            return
        self._last_report = now
        offthread.call_in_gui(self, self._show_progress, done, total)

    def _show_progress(self, done: int, total: int) -> None:
        if not self.running:
            return
        self.dialog.setMaximum(max(total, 1))
        self.dialog.setValue(min(done, max(total, 1)))
        self.dialog.setLabelText(tr("Exporting to {file}: {done} of {total} rows").format(
            file=self.path.name, done=fmt.integer(done), total=fmt.integer(total)))

    def _close_dialog(self) -> None:
        self.running = False
        self.dialog.canceled.disconnect(self.cancel)
        self.dialog.reset()
        self.dialog.hide()
        self.dialog.deleteLater()

    def _finished(self, rows: int | None) -> None:
        self._close_dialog()
        self.done.emit(rows)

    def _error(self, exc: BaseException) -> None:
        self._close_dialog()
        self.failed.emit(str(exc) or type(exc).__name__)


def ask_export_path(parent: QWidget, title: str, stem: str, filters: str) -> tuple[str, str]:
    """The save dialog, proposing ``exports/<stem>-<now>.csv`` in the data folder:
    (the chosen path or "", the chosen filter)."""
    default = data_dir() / "exports" / f"{stem}-{fmt.file_stamp()}.csv"
    default.parent.mkdir(parents=True, exist_ok=True)
    return QFileDialog.getSaveFileName(parent, title, str(default), filters)


def start_export(parent: QWidget, title: str, target: Path, work: Work, done_text: str,
                 status: QLabel) -> ExportJob:
    """Start ``work`` as an :class:`ExportJob`; ``status`` then says ``done_text`` (a
    translated template with ``{count}`` and ``{path}``: "Exported {count} messages to
    {path}"), or that it was cancelled; a failure is a warning box."""
    def done(rows: int | None) -> None:
        status.setText(tr("Export cancelled; no file written.") if rows is None
                       else done_text.format(count=fmt.integer(rows), path=target))

    job = ExportJob(parent, title, target, work)
    job.done.connect(done)
    job.failed.connect(lambda msg: QMessageBox.warning(parent, tr("Export failed"), msg))
    job.start()
    return job
