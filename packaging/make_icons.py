"""Renders resources/icons/csms-desktop.svg to the PNG (256 px) and the Windows .ico.

Uses Qt's own SVG renderer (QtSvg is part of PySide6-Essentials), so no other tool is needed:

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icons.py

The outputs are committed; run this again only after editing the SVG.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "csms-desktop.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter, QRectF(0, 0, size, size))
    painter.end()
    return image


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make_icons: cannot read {SVG}", file=sys.stderr)
        return 1
    png = ICONS / "csms-desktop.png"
    if not render(renderer, 256).save(str(png), "PNG"):
        print(f"make_icons: cannot write {png}", file=sys.stderr)
        return 1
    # A multi-size .ico for the Windows executable and installer, written by Pillow when it
    # is there (PyInstaller uses it too), else as a single 256 px image through Qt's plugin.
    ico = ICONS / "csms-desktop.ico"
    try:
        from PIL import Image
    except ImportError:
        ok = render(renderer, 256).save(str(ico), "ICO")
    else:
        big = render(renderer, 256)
        big.save(str(ICONS / ".tmp-256.png"), "PNG")
        with Image.open(ICONS / ".tmp-256.png") as im:
            im.save(ico, sizes=[(s, s) for s in ICO_SIZES])
        (ICONS / ".tmp-256.png").unlink()
        ok = True
    print(f"make_icons: wrote {png.name} and {ico.name}" if ok else "make_icons: .ico failed")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
