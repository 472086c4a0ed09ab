"""The documents' font: TLWG *Waree* (Latin from Bitstream Vera Sans + Thai), shipped in
``resources/fonts`` with its licence (``LICENSE-Waree.txt``, Bitstream Vera licence).

One family covers Portuguese (Latin-1 accents, ``R$``, ``€``) and Thai (``฿`` included),
so a document never mixes fonts per script. ReportLab draws Thai without OpenType shaping
(that would need the optional ``uharfbuzz``, whose output also breaks text extraction);
:mod:`csms_desktop.reports.thai` positions the marks with the font's legacy PUA variants
instead and keeps the PDF's text extractable.

The font has no U+202F / U+2009 (narrow and thin spaces that CLDR puts in some formats):
:func:`csms_desktop.reports.i18n.clean` replaces them with U+00A0 before printing.
"""

from __future__ import annotations

import sys
import threading
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from csms_desktop.reports import thai

FAMILY = "CSMSSans"
REGULAR = FAMILY
BOLD = f"{FAMILY}-Bold"
ITALIC = f"{FAMILY}-Oblique"
BOLD_ITALIC = f"{FAMILY}-BoldOblique"

FONT_FILES: dict[str, str] = {
    REGULAR: "Waree.ttf",
    BOLD: "Waree-Bold.ttf",
    ITALIC: "Waree-Oblique.ttf",
    BOLD_ITALIC: "Waree-BoldOblique.ttf",
}

_lock = threading.Lock()
_registered = False


def fonts_dir() -> Path:
    """``resources/fonts`` in a PyInstaller bundle (``sys._MEIPASS``) or in a checkout.

    The bundle must carry the folder as ``resources/fonts`` (PyInstaller ``datas``).
    """
    candidates: list[Path] = []
    meipass = getattr(sys, "_MEIPASS", None)
    if meipass:
        candidates.append(Path(meipass) / "resources" / "fonts")
    if getattr(sys, "frozen", False):
        candidates.append(Path(sys.executable).resolve().parent / "resources" / "fonts")
    # csms_desktop/reports/fonts.py -> repo root is two levels above the package dir.
    candidates.append(Path(__file__).resolve().parents[2] / "resources" / "fonts")
    for path in candidates:
        if (path / FONT_FILES[REGULAR]).is_file():
            return path
    return candidates[0]  # not found: name the most specific place in the error


def register_fonts() -> str:
    """Register the family with ReportLab once (thread-safe, idempotent); returns its name.

    Raises FileNotFoundError naming the folder searched when a font file is missing.
    """
    global _registered
    if _registered:
        return FAMILY
    with _lock:
        if _registered:
            return FAMILY
        thai.install_tounicode_fix()
        folder = fonts_dir()
        known = set(pdfmetrics.getRegisteredFontNames())
        for name, filename in FONT_FILES.items():
            if name in known:
                continue
            path = folder / filename
            if not path.is_file():
                raise FileNotFoundError(f"report font {filename} not found in {folder}")
            pdfmetrics.registerFont(TTFont(name, str(path)))
        # registerFontFamily also maps <b>/<i> in paragraphs to the right face.
        pdfmetrics.registerFontFamily(
            FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC
        )
        _registered = True
    return FAMILY


def missing_glyphs(text: str, font_name: str = REGULAR) -> list[str]:
    """Characters of ``text`` the registered font cannot draw (whitespace ignored)."""
    register_fonts()
    font = pdfmetrics.getFont(font_name)
    cmap: dict[int, int] = font.face.charToGlyph
    return sorted({ch for ch in text if not ch.isspace() and ord(ch) not in cmap})
