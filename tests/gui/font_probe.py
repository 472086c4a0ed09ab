"""Run by test_fonts.py in a fresh process (fontconfig reads FONTCONFIG_FILE once, at the
first QApplication): lays out a label's Thai + Portuguese text the way Qt draws it and
prints, as JSON, how many glyphs are missing (glyph 0, the empty box) and which fonts drew."""

from __future__ import annotations

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

TEXT = "สมชาย ใจดี · ค่าชาร์จ ฿1,077.75 · São Paulo, ação, três"


def glyphs(text: str, font) -> tuple[int, int, list[str]]:  # type: ignore[no-untyped-def]
    layout = QTextLayout(text, font)
    layout.beginLayout()
    line = layout.createLine()
    line.setLineWidth(10_000)
    layout.endLayout()
    missing = total = 0
    families = []
    for run in layout.glyphRuns():
        ids = run.glyphIndexes()
        total += len(ids)
        missing += sum(1 for g in ids if g == 0)
        families.append(run.rawFont().familyName())
    return missing, total, sorted(set(families))


def main() -> None:
    app = QApplication(sys.argv[:1])
    if "--register" in sys.argv:
        from csms_desktop.gui.fonts import register_fonts

        register_fonts()
    label = QLabel(TEXT)
    edit = QLineEdit()
    edit.setPlaceholderText(TEXT)
    label.show()
    edit.show()
    app.processEvents()
    missing, total, families = glyphs(label.text(), label.font())
    p_missing, _, _ = glyphs(edit.placeholderText(), edit.font())
    print(json.dumps({"missing": missing, "placeholder_missing": p_missing, "total": total,
                      "families": families, "app_families": app.font().families()}))


if __name__ == "__main__":
    main()
