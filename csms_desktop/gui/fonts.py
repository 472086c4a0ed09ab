"""The GUI's fonts: the ones shipped under ``resources/fonts`` serve the screen too.

A depot PC often has no Thai font at all: Thai text (drivers' names, tariff names, the
Thai translation) would render as empty boxes. :func:`register_fonts` (called once at
start-up, after the ``QApplication`` exists) adds every font in ``resources/fonts`` to Qt's
database: *Noto Sans Thai* (the UI's Thai face, SIL Open Font License in
``LICENSE-NotoSansThai.txt``) and *Waree* (the PDFs' face, Latin + Thai, licence in
``LICENSE-Waree.txt``). It then gives the application font a fallback list, the platform's
UI family first (it draws Latin, Portuguese included) and the shipped Thai faces after it,
so any widget, placeholder or table cell falls back to a shipped font for Thai, whatever the
system has.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from csms_desktop.paths import resource

log = logging.getLogger(__name__)

THAI_UI_FAMILY = "Noto Sans Thai"
DOCUMENT_FAMILY = "Waree"
FALLBACKS = (THAI_UI_FAMILY, DOCUMENT_FAMILY)

_registered: dict[str, list[str]] = {}


def register_fonts() -> list[str]:
    """Register the shipped fonts with Qt and set the application font's fallbacks.

    Returns the families now available from the shipped files. Idempotent.
    """
    if not _registered:
        for path in sorted(resource("fonts").glob("*.[ot]tf")):
            font_id = QFontDatabase.addApplicationFont(str(path))
            if font_id < 0:
                log.warning("font %s could not be loaded", path.name)
                continue
            _registered[path.name] = list(QFontDatabase.applicationFontFamilies(font_id))
    families = sorted({f for fams in _registered.values() for f in fams})
    app = QGuiApplication.instance()
    if app is not None:
        font = QGuiApplication.font()
        base = [f for f in font.families() if f not in FALLBACKS] or [font.family()]
        chain = [*base, *(f for f in FALLBACKS if f in families)]
        font.setFamilies(chain)
        QGuiApplication.setFont(font)
        for family in base:  # fonts built from a family name (QFont("X")) fall back too
            QFont.insertSubstitutions(family, [f for f in FALLBACKS if f in families])
    return families
