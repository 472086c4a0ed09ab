"""Thai mark positioning for ReportLab without a shaping engine.

ReportLab only shapes text through the optional ``uharfbuzz``; unshaped, Thai tone marks
float at their highest position and marks collide with the tall strokes of ป ฝ ฟ ฬ.
The TLWG fonts carry the legacy "Windows Thai PUA" glyph variants (U+F700-U+F71A:
lowered tone marks, left-shifted marks, ญ/ฐ without descender, lowered lower vowels) that
pre-OpenType renderers substituted by context. :func:`shape_thai` does the same
substitution (the rules of libthai's ``th_render_cell_win``), one code point for one, so
the text keeps its length and order.

So that copying or extracting text from the PDF still yields real Thai, the PDF's
``ToUnicode`` map sends each PUA variant back to the character it stands for
(:func:`install_tounicode_fix`, applied once when the fonts are registered).
"""

from __future__ import annotations

import threading

# PUA variant -> the Unicode character it draws.
PUA_TO_UNICODE: dict[int, int] = {
    0xF700: 0x0E10,  # ฐ without descender
    0xF701: 0x0E34,  # sara i, left
    0xF702: 0x0E35,  # sara ii, left
    0xF703: 0x0E36,  # sara ue, left
    0xF704: 0x0E37,  # sara uee, left
    0xF705: 0x0E48,  # mai ek, low left
    0xF706: 0x0E49,  # mai tho, low left
    0xF707: 0x0E4A,  # mai tri, low left
    0xF708: 0x0E4B,  # mai chattawa, low left
    0xF709: 0x0E4C,  # thanthakhat, low left
    0xF70A: 0x0E48,  # mai ek, low
    0xF70B: 0x0E49,  # mai tho, low
    0xF70C: 0x0E4A,  # mai tri, low
    0xF70D: 0x0E4B,  # mai chattawa, low
    0xF70E: 0x0E4C,  # thanthakhat, low
    0xF70F: 0x0E0D,  # ญ without descender
    0xF710: 0x0E31,  # mai han-akat, left
    0xF711: 0x0E4D,  # nikhahit, left
    0xF712: 0x0E47,  # maitaikhu, left
    0xF713: 0x0E48,  # mai ek, left
    0xF714: 0x0E49,  # mai tho, left
    0xF715: 0x0E4A,  # mai tri, left
    0xF716: 0x0E4B,  # mai chattawa, left
    0xF717: 0x0E4C,  # thanthakhat, left
    0xF718: 0x0E38,  # sara u, low
    0xF719: 0x0E39,  # sara uu, low
    0xF71A: 0x0E3A,  # phinthu, low
}

_ASCENDER = {0x0E1B, 0x0E1D, 0x0E1F, 0x0E2C}  # ป ฝ ฟ ฬ
_DESCENDER = {0x0E0E, 0x0E0F}  # ฎ ฏ: the lower vowel goes below the tail
_CUT_DESCENDER = {0x0E0D: 0xF70F, 0x0E10: 0xF700}  # ญ ฐ: drop the tail instead
_UPPER_VOWEL_LEFT = {
    0x0E31: 0xF710,
    0x0E34: 0xF701,
    0x0E35: 0xF702,
    0x0E36: 0xF703,
    0x0E37: 0xF704,
    0x0E47: 0xF712,
    0x0E4D: 0xF711,
}
_LOWER_VOWEL_LOW = {0x0E38: 0xF718, 0x0E39: 0xF719, 0x0E3A: 0xF71A}
_TONES = (0x0E48, 0x0E49, 0x0E4A, 0x0E4B, 0x0E4C)
_TONE_LOW = {c: 0xF70A + i for i, c in enumerate(_TONES)}
_TONE_LOW_LEFT = {c: 0xF705 + i for i, c in enumerate(_TONES)}
_TONE_LEFT = {c: 0xF713 + i for i, c in enumerate(_TONES)}
_SARA_AM = 0x0E33


def _is_thai_consonant(c: int) -> bool:
    return 0x0E01 <= c <= 0x0E2E


def shape_thai(text: str) -> str:
    """Substitute Thai marks with their positioned PUA variants (same length, same order).

    Text with no Thai characters is returned unchanged.
    """
    if not any("\u0e00" <= ch <= "\u0e7f" for ch in text):
        return text
    out = [ord(ch) for ch in text]
    base = -1  # index of the current base consonant, -1 if none
    has_upper = False
    for i, ch in enumerate(text):
        c = ord(ch)
        if _is_thai_consonant(c):
            base, has_upper = i, False
            continue
        is_mark = c in _LOWER_VOWEL_LOW or c in _UPPER_VOWEL_LEFT or c in _TONE_LOW
        if not is_mark:
            # spacing vowel (ะ า ำ เ ...), digit, space, other script: the cluster ends
            base, has_upper = -1, False
            continue
        if base < 0:
            continue
        b = ord(text[base])
        if c in _LOWER_VOWEL_LOW:
            if b in _DESCENDER:
                out[i] = _LOWER_VOWEL_LOW[c]
            elif b in _CUT_DESCENDER:
                out[base] = _CUT_DESCENDER[b]
        elif c in _UPPER_VOWEL_LEFT:
            has_upper = True
            if b in _ASCENDER:
                out[i] = _UPPER_VOWEL_LEFT[c]
        else:  # tone mark or thanthakhat
            # Sara am's nikhahit sits over the consonant: the tone stays high above it.
            nxt = ord(text[i + 1]) if i + 1 < len(text) else 0
            if has_upper or nxt == _SARA_AM:
                if b in _ASCENDER:
                    out[i] = _TONE_LEFT[c]
            elif b in _ASCENDER:
                out[i] = _TONE_LOW_LEFT[c]
            else:
                out[i] = _TONE_LOW[c]
            has_upper = True  # a further mark stacks above this one
    return "".join(map(chr, out))


def unshape_thai(text: str) -> str:
    """The inverse of :func:`shape_thai` (PUA variants back to Unicode)."""
    return text.translate(PUA_TO_UNICODE)


_patch_lock = threading.Lock()
_patched = False


def install_tounicode_fix() -> None:
    """Make ReportLab's ToUnicode CMaps map the PUA variants back to Thai (idempotent).

    Wraps ``reportlab.pdfbase.ttfonts.makeToUnicodeCMap``; only code points
    U+F700-U+F71A change, which no ordinary text uses.
    """
    global _patched
    with _patch_lock:
        if _patched:
            return
        from reportlab.pdfbase import ttfonts

        original = ttfonts.makeToUnicodeCMap

        def make_to_unicode_cmap(fontname: str, subset: list[int]) -> str:
            return str(original(fontname, [PUA_TO_UNICODE.get(c, c) for c in subset]))

        make_to_unicode_cmap.__wrapped__ = original  # type: ignore[attr-defined]
        ttfonts.makeToUnicodeCMap = make_to_unicode_cmap
        _patched = True
