"""The API's schema generation, request checks, JSON forms, cursors and rate limit."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal
from typing import Literal

import pytest

from csms_desktop.api.auth import RateLimiter
from csms_desktop.api.commands import command_methods
from csms_desktop.api.schema import (
    SchemaBuilder,
    SchemaError,
    build,
    check,
    parse_datetime,
    partial,
)
from csms_desktop.api.serialize import decode_cursor, encode_cursor, iso, plain
from csms_desktop.services.drivers import TagInput


@dataclass(frozen=True)
class Inner:
    at: datetime
    amount: Decimal


@dataclass(frozen=True)
class Outer:
    """An outer thing."""

    name: str
    pairs: tuple[tuple[int, float], ...] = ()
    kind: Literal["a", "b"] = "a"
    inner: Inner | None = None
    tags: list[str] = field(default_factory=list, metadata={"doc": "labels"})


def test_dataclass_schema_refs_required_defaults_and_docs() -> None:
    b = SchemaBuilder()
    assert b.of(Outer) == {"$ref": "#/components/schemas/Outer"}
    s = b.components["Outer"]
    assert s["required"] == ["name"] and s["additionalProperties"] is False
    assert s["description"] == "An outer thing."
    assert s["properties"]["pairs"]["items"]["prefixItems"] == [{"type": "integer"},
                                                               {"type": "number"}]
    assert s["properties"]["kind"] == {"enum": ["a", "b"], "default": "a"}
    assert s["properties"]["inner"] == {"anyOf": [{"$ref": "#/components/schemas/Inner"},
                                                  {"type": "null"}], "default": None}
    assert s["properties"]["tags"]["description"] == "labels"
    assert b.components["Inner"]["properties"]["amount"]["type"] == "string"
    assert SchemaBuilder(for_input=True).of(Decimal)["type"] == ["string", "number"]
    with pytest.raises(SchemaError):
        SchemaBuilder().of(set[complex])


def test_check_speaks_per_field_and_build_converts() -> None:
    schema = SchemaBuilder(for_input=True).dataclass(Outer, inline=True)
    errors = check(schema, {"pairs": [[0, "x"]], "kind": "c", "extra": 1})
    assert errors == {"name": "required", "extra": "unknown field; the fields are: name, "
                      "pairs, kind, inner, tags", "kind": "one of a, b; not 'c'",
                      "pairs[0][1]": "must be a number, not 'x'"}
    data = {"name": "n", "pairs": [[0, 16]],
            "inner": {"at": "2026-10-01T08:00:00+07:00", "amount": 1.5}}
    assert check(schema, data) == {}
    errs: dict[str, str] = {}
    value = build(Outer, data, errs)
    assert errs == {} and value.pairs == ((0, 16.0),)
    assert value.inner == Inner(datetime(2026, 10, 1, 1, tzinfo=UTC), Decimal("1.5"))
    errs = {}
    assert build(Outer, {"name": "n", "inner": {"at": "2026-10-01", "amount": 1}}, errs) is None
    assert "no time zone" in errs["inner.at"]


def test_partial_makes_every_field_optional() -> None:
    changes = partial(TagInput)
    assert changes().id_tag is None  # type: ignore[call-arg]
    schema = SchemaBuilder(for_input=True).dataclass(changes, inline=True)
    assert "required" not in schema
    assert set(schema["properties"]) == set(TagInput.__dataclass_fields__)


def test_times_and_cursors_round_trip_exactly() -> None:
    dt = datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC)
    assert iso(dt) == "2026-01-02T03:04:05.000000Z"
    assert iso(datetime(2026, 1, 2, 3, 4, 5)) == "2026-01-02T03:04:05.000000Z"  # naive = UTC
    assert parse_datetime("2026-01-02T10:04:05+07:00") == dt
    with pytest.raises(ValueError, match="no time zone"):
        parse_datetime("2026-01-02T03:04:05")
    cur = encode_cursor("start_time", "desc", dt + timedelta(microseconds=7), "c123")
    assert decode_cursor(cur, 4) == ["start_time", "desc", dt + timedelta(microseconds=7), "c123"]
    with pytest.raises(ValueError, match="not one the API gave"):
        decode_cursor(cur, 2)
    with pytest.raises(ValueError):
        decode_cursor("%%%", 1)
    assert plain({"a": Decimal("1.50"), "t": dt.astimezone(timezone(timedelta(hours=7)))}) == \
        {"a": "1.50", "t": "2026-01-02T03:04:05.000000Z"}


def test_rate_limiter_bursts_then_refills() -> None:
    r = RateLimiter()
    assert [r.take("t", 60) for _ in range(6)] == [0.0] * 6  # burst of 6 (60 / 10)
    wait = r.take("t", 60)
    assert 0.9 < wait <= 1.0
    assert r.take("other", 60) == 0.0  # per token
    r._buckets["t"].stamp -= 1.0  # a second later
    assert r.take("t", 60) == 0.0


def test_every_command_signature_is_describable() -> None:
    b = SchemaBuilder(for_input=True)
    names = command_methods()
    assert {"remote-start", "remote-stop", "reset", "get-base-report"} <= set(names)
    for fn in names.values():
        schema, kinds = b.signature(fn, skip=2)
        assert schema["type"] == "object" and set(schema["properties"]) == set(kinds)


