"""Time rules: everything is UTC inside; the site's zone is for display and print only."""

from __future__ import annotations

import re
from datetime import UTC, datetime

_FRACTION = re.compile(r"\.(\d+)")


def utcnow() -> datetime:
    """The current instant, timezone-aware UTC."""
    return datetime.now(UTC)


def as_utc(dt: datetime) -> datetime:
    """Aware UTC from any datetime; a naive one is taken as UTC already."""
    if dt.tzinfo is None:
        return dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC)


def parse_ocpp_datetime(text: str) -> datetime:
    """Parse an OCPP timestamp leniently (``Z`` or offset, 0-9 fractional digits, no zone).

    Raises ValueError when the text is not a date-time at all.
    """
    if not isinstance(text, str):
        raise ValueError(f"not a timestamp: {text!r}")
    s = text.strip()
    if s.endswith(("Z", "z")):
        s = s[:-1] + "+00:00"
    # Python 3.11 accepts up to 6 fractional digits; chargers send 0 to 9.
    m = _FRACTION.search(s)
    if m:
        digits = m.group(1)[:6].ljust(6, "0") if m.group(1) else "000000"
        s = s[: m.start()] + "." + digits + s[m.end():]
    s = s.replace(" ", "T", 1) if "T" not in s else s
    return as_utc(datetime.fromisoformat(s))


def format_ocpp_datetime(dt: datetime) -> str:
    """UTC with millisecond precision and a ``Z`` suffix, as OCPP expects."""
    dt = as_utc(dt)
    return dt.strftime("%Y-%m-%dT%H:%M:%S.") + f"{dt.microsecond // 1000:03d}Z"
