"""Screenshots of Qt's own strings in each language: a confirmation with Yes / No /
Cancel and a field's context menu (docs/screenshots/qt-strings-<lang>.png). Qt ships no
Thai translation of them; resources/i18n/qt_th.ts is ours (csms_desktop/gui/i18n.py).

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshot_qt_strings.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox  # noqa: E402

from csms_desktop.gui import i18n  # noqa: E402
from csms_desktop.gui.fonts import register_fonts  # noqa: E402


def shot(lang: str, out: Path) -> None:
    i18n.install(lang)
    sb = QMessageBox.StandardButton
    box = QMessageBox(QMessageBox.Icon.Question, "CSMS Desktop",
                      i18n.tr("Delete this client? Its drivers stay, without client."),
                      sb.Yes | sb.No | sb.Cancel)
    box.show()
    QApplication.processEvents()
    edit = QLineEdit("ABC-1234")
    edit.resize(260, 30)
    edit.show()
    menu = edit.createStandardContextMenu()
    menu.popup(QPoint(0, 0))
    QApplication.processEvents()
    a, b = box.grab(), menu.grab()
    page = QPixmap(a.width() + b.width() + 30, max(a.height(), b.height()) + 20)
    page.fill(box.palette().window().color())
    p = QPainter(page)
    p.drawPixmap(10, 10, a)
    p.drawPixmap(a.width() + 20, 10, b)
    p.end()
    page.save(str(out))
    menu.close()
    box.close()
    edit.close()


def main() -> int:
    app = QApplication(sys.argv[:1])
    register_fonts()
    folder = ROOT / "docs" / "screenshots"
    for lang in ("en", "th", "pt_BR"):
        out = folder / f"qt-strings-{lang}.png"
        shot(lang, out)
        print(out)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
