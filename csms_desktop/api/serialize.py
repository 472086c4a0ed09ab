"""Python values to JSON: dataclasses as objects, UTC times as ``...Z``, money exact."""

from __future__ import annotations

import base64
import dataclasses
import json
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any


def iso(dt: datetime) -> str:
    """``2026-10-01T08:00:00.123456Z`` (aware UTC; a naive value is taken as UTC). Always
    with microseconds, so times sort as text too."""
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


_FIELDS: dict[type, tuple[str, ...]] = {}


def _field_names(cls: type) -> tuple[str, ...]:
    names = _FIELDS.get(cls)
    if names is None:
        names = tuple(f.name for f in dataclasses.fields(cls)
                      if not f.name.startswith("_") and f.metadata.get("api") != "hidden"
                      and f.repr)
        _FIELDS[cls] = names
    return names


def plain(value: Any) -> Any:
    """``value`` as JSON-ready built-ins."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, datetime):
        return iso(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return format(value, "f")
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {name: plain(getattr(value, name)) for name in _field_names(type(value))}
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    return str(value)


def dumps(value: Any) -> str:
    return json.dumps(plain(value), ensure_ascii=False, separators=(",", ":"))


# ------------------------------------------------------------------ cursors


def encode_cursor(*parts: Any) -> str:
    """An opaque paging cursor (URL-safe base64 of JSON; datetimes tagged)."""
    data = [{"dt": iso(p)} if isinstance(p, datetime) else plain(p) for p in parts]
    raw = json.dumps(data, separators=(",", ":")).encode("utf-8")
    return base64.urlsafe_b64encode(raw).decode("ascii").rstrip("=")


def decode_cursor(text: str, count: int) -> list[Any]:
    """The parts of a cursor made by :func:`encode_cursor`; ValueError when it is not one."""
    try:
        raw = base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))
        data = json.loads(raw)
    except (ValueError, TypeError):
        raise ValueError("this cursor is not one the API gave (use next_cursor)") from None
    if not isinstance(data, list) or len(data) != count:
        raise ValueError("this cursor is not one the API gave (use next_cursor)")
    out = []
    for p in data:
        if isinstance(p, dict) and set(p) == {"dt"}:
            out.append(datetime.fromisoformat(p["dt"]))
        else:
            out.append(p)
    return out
