"""Firmware publication (OCPP 2.0.1, a local controller publishing to the stations
behind it): publish a firmware file on the checked stations, unpublish it, and follow
each publication's latest PublishFirmwareStatusNotification.

**Publish** sends PublishFirmware (the file's URL, its MD5 checksum: 32 hexadecimal
digits, checked here as the command does before anything is sent; "Compute" reads a
local copy of the file off the loop thread), with retries. The station downloads the
file, checks the MD5 and reports Downloading ... Published (or DownloadFailed,
InvalidChecksum, PublishFailed); each status is stored (``v201_firmware_publication``)
and the list follows it. **Unpublish selected** sends UnpublishFirmware for each
selected row's checksum.
"""

from __future__ import annotations

import asyncio
import hashlib
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from csms_desktop.gui import fmt
from csms_desktop.gui.asyncops import async_slot, read
from csms_desktop.gui.i18n import QT_TR_NOOP, tr
from csms_desktop.gui.v201_window import (
    StationsWindow,
    bind,
    fill,
    open_window,
    selected_keys,
    table,
)
from csms_desktop.protocol.v201.advanced_commands import BadRequest
from csms_desktop.protocol.v201.advanced_commands import _checksum as md5_of_request
from csms_desktop.services.v201_reads import Publication, publications

STATUSES = {"Requested": QT_TR_NOOP("requested"), "Idle": QT_TR_NOOP("idle"),
            "DownloadScheduled": QT_TR_NOOP("download scheduled"),
            "Downloading": QT_TR_NOOP("downloading"),
            "DownloadPaused": QT_TR_NOOP("download paused, retrying"),
            "Downloaded": QT_TR_NOOP("downloaded"),
            "ChecksumVerified": QT_TR_NOOP("checksum verified"),
            "Published": QT_TR_NOOP("published"),
            "DownloadFailed": QT_TR_NOOP("download failed"),
            "InvalidChecksum": QT_TR_NOOP("invalid checksum"),
            "PublishFailed": QT_TR_NOOP("publication failed"),
            "Unpublished": QT_TR_NOOP("unpublished")}
COLUMNS = (QT_TR_NOOP("Station"), QT_TR_NOOP("Request"), QT_TR_NOOP("Status"),
           QT_TR_NOOP("Updated"), QT_TR_NOOP("MD5"), QT_TR_NOOP("Downloaded from"),
           QT_TR_NOOP("Published at"))
SCHEMES = ("http://", "https://", "ftp://", "ftps://")


def file_md5(path: str) -> str:
    digest = hashlib.md5(usedforsecurity=False)
    with Path(path).open("rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


class FirmwarePublicationDialog(StationsWindow):
    PROTOCOLS = None

    def __init__(self, ctx: Any, checked: list[str] | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(ctx, checked, tr("Firmware publication"), "firmware_pub_dialog",
                         tr("&Local controllers (OCPP 2.0.1 and 2.1)"), parent)
        box = QGroupBox(tr("Publish a firmware file"))
        form = QFormLayout(box)
        self.location = QLineEdit()
        self.location.setObjectName("firmware_location")
        self.location.setMaxLength(512)
        self.checksum = QLineEdit()
        self.checksum.setObjectName("firmware_checksum")
        self.checksum.setMaxLength(32)
        self.checksum.setPlaceholderText(tr("32 hexadecimal digits"))
        self.compute_button = QPushButton(tr("Com&pute from a file…"))
        self.compute_button.setObjectName("firmware_compute")
        self.compute_button.clicked.connect(self.compute)
        md5_row = QHBoxLayout()
        md5_row.addWidget(self.checksum, 1)
        md5_row.addWidget(self.compute_button)
        self.retries = QSpinBox()
        self.retries.setObjectName("firmware_retries")
        self.retries.setRange(0, 10)
        self.retries.setValue(2)
        self.retry_interval = QSpinBox()
        self.retry_interval.setObjectName("firmware_retry_interval")
        self.retry_interval.setRange(0, 3600)
        self.retry_interval.setValue(60)
        self.retry_interval.setSuffix(" s")
        for text, widget, field in ((tr("File &URL"), self.location, self.location),
                                    (tr("&MD5 checksum"), md5_row, self.checksum),
                                    (tr("&Retries"), self.retries, self.retries),
                                    (tr("Retry &interval"), self.retry_interval,
                                     self.retry_interval)):
            label = QLabel(text)
            label.setBuddy(field)
            form.addRow(label, widget)
        self.publish_button = QPushButton(tr("Pu&blish on the checked stations"))
        self.publish_button.setObjectName("firmware_publish")
        self.publish_button.clicked.connect(self.publish)
        form.addRow("", self.publish_button)
        self.body.addWidget(box)

        stored = QGroupBox(tr("Publications on the checked stations (latest status)"))
        sl = QVBoxLayout(stored)
        self.table = table(COLUMNS, "firmware_table")
        sl.addWidget(self.table, 1)
        buttons = QHBoxLayout()
        self.unpublish_button = QPushButton(tr("&Unpublish selected"))
        self.unpublish_button.setObjectName("firmware_unpublish")
        self.unpublish_button.clicked.connect(self.unpublish_selected)
        buttons.addWidget(self.unpublish_button)
        buttons.addStretch(1)
        sl.addLayout(buttons)
        self.body.addWidget(stored, 1)
        self.finish()
        self.resize(1320, 640)

    async def reload(self) -> None:
        rows = await read(publications, self.checked_ids())
        if isValid(self.table):
            self._fill(rows)

    def _fill(self, rows: list[Publication]) -> None:
        fill(self.table, [((p.charge_point_id, p.checksum), (
            p.charge_point_id, "" if p.request_id is None else str(p.request_id),
            tr(STATUSES[p.status]) if p.status in STATUSES else p.status,
            fmt.date_time(p.updated_at, seconds=True), p.checksum, p.location,
            ", ".join(p.published_at))) for p in rows])

    @async_slot
    async def compute(self, path: str | None = None) -> None:
        if not path:
            path, _ = QFileDialog.getOpenFileName(self, tr("The firmware file"))
        if not path:
            return
        self.compute_button.setEnabled(False)
        try:
            digest = await asyncio.get_running_loop().run_in_executor(None, file_md5, path)
        except OSError as exc:
            return self.refuse(tr("Cannot read {path}: {error}").format(
                path=path, error=exc.strerror or exc), self.checksum)
        finally:
            if isValid(self.compute_button):
                self.compute_button.setEnabled(True)
        if isValid(self.checksum):
            self.checksum.setText(digest)

    @async_slot
    async def publish(self) -> None:
        location = self.location.text().strip()
        if not location.lower().startswith(SCHEMES):
            return self.refuse(tr("The URL must start with http://, https://, ftp:// or "
                                  "ftps://"), self.location)
        try:
            checksum = md5_of_request(self.checksum.text())
        except BadRequest:
            return self.refuse(tr("The MD5 checksum is 32 hexadecimal digits"),
                               self.checksum)
        retries, interval = self.retries.value(), self.retry_interval.value()
        await self.on_checked(
            tr("Publish firmware"),
            lambda cp: self.commands.publish_firmware(cp, location, checksum,
                                                      retries=retries,
                                                      retry_interval=interval),
            self.publish_button)

    @async_slot
    async def unpublish_selected(self) -> None:
        keys = sorted({(cp, md5) for cp, md5 in selected_keys(self.table) if md5})
        if not keys:
            return self.refuse(tr("Select the publications to unpublish"), self.table)
        await self.each(tr("Unpublish firmware"), [
            (cp, bind(self.commands.unpublish_firmware, cp, md5)) for cp, md5 in keys],
            self.unpublish_button)


def open_dialog(ctx: Any, checked: list[str] | None, parent: QWidget | None) -> \
        StationsWindow:
    return open_window(FirmwarePublicationDialog, ctx, checked, parent)
