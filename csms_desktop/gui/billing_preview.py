"""In-app preview and printing of invoice PDFs without QtPdf (not in PySide6-Essentials).

Pages are rasterised by poppler's ``pdftoppm`` into PNGs in a temporary folder, off the GUI
thread (:func:`rasterise` is plain Python); the preview shows them as images and printing
paints them on a ``QPrinter`` (QtPrintSupport is in Essentials). Without ``pdftoppm`` the
preview says so and offers the system's PDF viewer (``QDesktopServices``).
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QRect, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QPainter, QPixmap, QResizeEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrinterInfo
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from csms_desktop.gui.i18n import tr

PREVIEW_DPI = 100  # drawn larger, shown fitted to the width
PRINT_DPI = 200
_TMP = Path(tempfile.gettempdir()) / "csms-desktop-invoices"


@dataclass(frozen=True)
class Rendered:
    pdf: Path
    pages: tuple[Path, ...]  # empty when pdftoppm is missing or failed
    note: str = ""


def pdftoppm() -> str | None:
    return shutil.which("pdftoppm")


def rasterise(pdf_bytes: bytes, name: str, dpi: int = PREVIEW_DPI) -> Rendered:
    """Write the PDF and its pages as PNGs (runs in a worker thread)."""
    folder = Path(tempfile.mkdtemp(prefix="inv-", dir=_mkdir(_TMP)))
    pdf = folder / name
    pdf.write_bytes(pdf_bytes)
    exe = pdftoppm()
    if exe is None:
        # tr() is thread-safe (QCoreApplication.translate)
        return Rendered(pdf, (), tr("pdftoppm (poppler-utils) is not installed: open the PDF "
                                    "in your viewer instead."))
    try:
        subprocess.run([exe, "-r", str(dpi), "-png", str(pdf), str(folder / "page")],
                       check=True, capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as exc:
        return Rendered(pdf, (), tr("could not draw the pages ({error}); open the PDF "
                                    "instead.").format(error=exc))
    return Rendered(pdf, tuple(sorted(folder.glob("page*.png"), key=_page_number)))


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _page_number(p: Path) -> int:
    digits = "".join(c for c in p.stem if c.isdigit())
    return int(digits or 0)


class PdfPreview(QScrollArea):
    """The pages of one PDF, one under the other, scaled to the width available."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pdf_preview")
        self.setWidgetResizable(True)
        self.inner = QWidget()
        self.inner.setStyleSheet("background: #8A9199;")
        self.lay = QVBoxLayout(self.inner)
        self.lay.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.lay.setSpacing(10)
        self.setWidget(self.inner)
        self.rendered: Rendered | None = None
        self._pixmaps: list[QPixmap] = []
        self._labels: list[QLabel] = []
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.message(tr("Select an invoice to see it here."))

    def _clear(self) -> None:
        while self.lay.count():
            item = self.lay.takeAt(0)
            w = item.widget() if item is not None else None
            if w is not None:
                w.deleteLater()

    def message(self, text: str) -> None:
        self._clear()
        self.rendered = None
        self._pixmaps = []
        self._labels = []
        label = QLabel(text)
        label.setObjectName("preview_message")
        label.setWordWrap(True)
        label.setStyleSheet("color: white; font-size: 13px; padding: 24px;")
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.lay.addWidget(label)

    def show_rendered(self, rendered: Rendered) -> None:
        if not rendered.pages:
            self.message(rendered.note or tr("No preview."))
            self.rendered = rendered
            return
        self._clear()
        self.rendered = rendered
        self._pixmaps = [QPixmap(str(p)) for p in rendered.pages]
        self._labels = []
        for i, _pm in enumerate(self._pixmaps, 1):
            label = QLabel()
            label.setObjectName(f"preview_page_{i}")
            label.setStyleSheet("background: white; border: 1px solid #55595E;")
            label.setAccessibleName(tr("page {page} of {pages}").format(
                page=i, pages=len(self._pixmaps)))
            self._labels.append(label)
            self.lay.addWidget(label)
        self._fit()

    def _fit(self) -> None:
        """Pages as wide as the view (never wider than drawn): no sideways scrolling."""
        width = max(200, self.viewport().width() - 2 * self.lay.contentsMargins().left() - 4)
        for label, pm in zip(self._labels, self._pixmaps, strict=False):
            if pm.width() > width:
                label.setPixmap(pm.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation))
            else:
                label.setPixmap(pm)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._pixmaps:
            self._fit()

    def page_count(self) -> int:
        return len(self._pixmaps)


def open_external(path: Path) -> bool:
    return bool(QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))


def prepare_printer(printer: QPrinter, default_file: Path | None) -> None:
    """Without a system printer the dialog can only print to a file: start it in the
    invoices' folder with the invoice's name (Qt's default is the home folder)."""
    if default_file is None:
        return
    printer.setDocName(default_file.stem)
    if not QPrinterInfo.availablePrinters():
        printer.setOutputFileName(str(default_file))


def choose_printer(parent: QWidget, default_file: Path | None = None) -> QPrinter | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    prepare_printer(printer, default_file)
    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(tr("Print invoice"))
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return None
    return printer


def paint_pages(printer: QPrinter, pages: tuple[Path, ...]) -> int:
    """Paint page images on the printer, each fitted to the printable area."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageLayout().paintRectPixels(printer.resolution())
        for i, path in enumerate(pages):
            if i:
                printer.newPage()
            image = QImage(str(path))
            size = image.size().scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            target = QRect(0, 0, size.width(), size.height())
            painter.drawImage(target, image)
        return len(pages)
    finally:
        painter.end()
