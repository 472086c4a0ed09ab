"""License plates in a comparable form (``user_vehicle.license_plate`` is unique)."""

from __future__ import annotations

import unicodedata

from csms_desktop.domain.messages import QT_TR_NOOP


class InvalidPlate(ValueError):
    """An empty plate (nothing left after normalisation)."""


def _dropped(ch: str) -> bool:
    return ch.isspace() or ch == "." or unicodedata.category(ch) in ("Pd", "Cf")


def normalize_plate(text: str) -> str:
    """NFC, upper case, without blanks, dashes (any Unicode dash), dots and invisible
    format characters (zero-width space...).

    Thai letters and digits stay as typed: "1กข 1234" -> "1กข1234",
    "abc-1d23" -> "ABC1D23". Raises InvalidPlate when nothing is left.
    """
    s = unicodedata.normalize("NFC", text if isinstance(text, str) else "").upper()
    out = "".join(ch for ch in s if not _dropped(ch))
    if not out:
        raise InvalidPlate(QT_TR_NOOP("the license plate is empty"))
    return unicodedata.normalize("NFC", out)
