"""Session cost from a tariff: energy by time-of-day window, session fee, idle fee, tax.

Rules (see money.ROUNDING_RULE):

- Energy between two register points is spread linearly over time and split at window
  boundaries in the site's local time (DST-aware). A register that goes down (meter
  reset) adds nothing for that segment. Quantities are kWh to 3 decimals (Wh),
  allocated so the lines add up to the rounded total energy. One ENERGY line per
  (window name, price), in order of first use.
- Windows are ``[start, end)`` in local time; ``end < start`` wraps midnight,
  ``end == start`` is the whole day. Overlaps: the first window in the tuple wins;
  outside every window ``TariffSpec.price_per_kwh`` applies.
- Idle fee: whole minutes from ``charging_ended_at`` to ``end`` (partial minute not
  billed) minus the grace minutes, never negative.
- Net prices (``prices_include_tax=False``): each line = round(qty x rate);
  tax = round(subtotal x rate); total = subtotal + tax.
- Gross prices: each gross line = round(qty x price) and total = their sum, so the
  driver pays exactly the posted prices; tax = round(total x r / (1 + r)),
  subtotal = total - tax, and the net line amounts are the gross ones / (1 + r)
  allocated (largest remainder) to add up to the subtotal.

Either way ``total == sum(line.amount)`` exactly, the TAX line included.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta
from decimal import ROUND_FLOOR, ROUND_HALF_UP, Decimal
from itertools import pairwise
from typing import Any, Literal, get_args
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from csms_desktop.domain.money import currency_precision, round_money, to_decimal
from csms_desktop.domain.timeutil import as_utc

CostKind = Literal["ENERGY", "SESSION_FEE", "IDLE_FEE", "TAX"]
KWH_QUANTUM = Decimal("0.001")
DEFAULT_WINDOW_NAME = "Standard"
_RATE_DIGITS = 6  # derived unit rates/prices (tax added or removed) keep 6 decimals
_OFFSET_PROBE = timedelta(hours=12)
_ZERO = Decimal(0)


def _money_field(value: object, what: str) -> Decimal:
    if not isinstance(value, Decimal):
        raise TypeError(f"{what} must be a Decimal, not {type(value).__name__}")
    if not value.is_finite() or value < 0:
        raise ValueError(f"{what} must be a finite amount >= 0, got {value}")
    return value


def _local_time(value: object, what: str) -> None:
    if not isinstance(value, time) or value.tzinfo is not None:
        raise ValueError(f"{what} must be a naive local time")


@dataclass(frozen=True)
class TariffWindow:
    """A time-of-day price, ``[start, end)`` in the site's local time."""

    start: time
    end: time
    price_per_kwh: Decimal
    name: str

    def __post_init__(self) -> None:
        _local_time(self.start, "window start")
        _local_time(self.end, "window end")
        _money_field(self.price_per_kwh, "window price_per_kwh")
        if not self.name.strip():
            raise ValueError("a tariff window needs a name")

    def contains(self, t: time) -> bool:
        if self.start < self.end:
            return self.start <= t < self.end
        if self.start > self.end:
            return t >= self.start or t < self.end
        return True


@dataclass(frozen=True)
class TariffSpec:
    """A tariff; all money in ``currency``, rates as Decimal (``tax_rate`` 0.07 = 7%)."""

    currency: str
    price_per_kwh: Decimal
    windows: tuple[TariffWindow, ...] = ()
    session_fee: Decimal = _ZERO
    idle_fee_per_minute: Decimal = _ZERO
    idle_grace_minutes: int = 0
    tax_rate: Decimal = _ZERO
    prices_include_tax: bool = False

    def __post_init__(self) -> None:
        currency_precision(self.currency)
        object.__setattr__(self, "currency", self.currency.strip().upper())
        object.__setattr__(self, "windows", tuple(self.windows))
        for name in ("price_per_kwh", "session_fee", "idle_fee_per_minute", "tax_rate"):
            _money_field(getattr(self, name), name)
        if not all(isinstance(w, TariffWindow) for w in self.windows):
            raise TypeError("windows must be TariffWindow items")
        grace = self.idle_grace_minutes
        if isinstance(grace, bool) or not isinstance(grace, int) or grace < 0:
            raise ValueError("idle_grace_minutes must be an int >= 0")

    def window_at(self, t: time) -> TariffWindow | None:
        """The window in force at local time ``t`` (first match), None off-window."""
        return next((w for w in self.windows if w.contains(t)), None)


@dataclass(frozen=True)
class CostLine:
    """One invoice line; ``amount`` is rounded and tax-exclusive (the TAX line is the tax)."""

    kind: CostKind
    name: str
    quantity: Decimal | None
    unit: str | None
    unit_rate: Decimal | None
    unit_price: Decimal | None
    amount: Decimal


_LINE_DECIMALS = ("quantity", "unit_rate", "unit_price", "amount")


@dataclass(frozen=True)
class CostBreakdown:
    """The cost of a session; ``total == subtotal + tax == sum(line.amount)``."""

    currency: str
    lines: tuple[CostLine, ...]
    subtotal: Decimal
    tax: Decimal
    total: Decimal
    energy_kwh: Decimal = field(default=_ZERO)

    def to_json(self) -> str:
        """JSON for storage; every Decimal as a string, so nothing is lost."""

        def line(c: CostLine) -> dict[str, Any]:
            d: dict[str, Any] = {"kind": c.kind, "name": c.name, "unit": c.unit}
            for k in _LINE_DECIMALS:
                v = getattr(c, k)
                d[k] = None if v is None else str(v)
            return d

        return json.dumps(
            {
                "version": 1,
                "currency": self.currency,
                "energy_kwh": str(self.energy_kwh),
                "subtotal": str(self.subtotal),
                "tax": str(self.tax),
                "total": str(self.total),
                "lines": [line(c) for c in self.lines],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> CostBreakdown:
        """Inverse of to_json; ValueError on a malformed or inconsistent document."""
        try:
            d = json.loads(text)
            lines = []
            for item in d["lines"]:
                if item["kind"] not in get_args(CostKind):
                    raise ValueError(f"unknown cost line kind {item['kind']!r}")
                nums = {
                    k: None if item[k] is None else to_decimal(str(item[k]))
                    for k in _LINE_DECIMALS
                }
                amount = nums.pop("amount")
                if amount is None:
                    raise ValueError("a cost line needs an amount")
                lines.append(
                    CostLine(kind=item["kind"], name=str(item["name"]), unit=item["unit"],
                             amount=amount, **nums)
                )
            out = cls(
                currency=str(d["currency"]),
                lines=tuple(lines),
                subtotal=to_decimal(str(d["subtotal"])),
                tax=to_decimal(str(d["tax"])),
                total=to_decimal(str(d["total"])),
                energy_kwh=to_decimal(str(d.get("energy_kwh", "0"))),
            )
        except (KeyError, TypeError, AttributeError, json.JSONDecodeError) as e:
            raise ValueError(f"not a cost breakdown: {e}") from None
        if out.total != sum((c.amount for c in out.lines), _ZERO) or (
            out.total != out.subtotal + out.tax
        ):
            raise ValueError("cost breakdown does not add up")
        return out


def _offset(zone: ZoneInfo, u: datetime) -> timedelta:
    off = u.astimezone(zone).utcoffset()
    return off if off is not None else timedelta(0)


def _spans(t0: datetime, t1: datetime, zone: ZoneInfo) -> Iterator[tuple[datetime, datetime]]:
    """Split ``[t0, t1]`` (UTC) where the zone's UTC offset changes (DST)."""
    start, probe, off = t0, t0, _offset(zone, t0)
    while probe < t1:
        nxt = min(probe + _OFFSET_PROBE, t1)
        if _offset(zone, nxt) == off:
            probe = nxt
            continue
        lo, hi = probe, nxt
        while hi - lo > timedelta(microseconds=1):
            mid = lo + (hi - lo) / 2
            lo, hi = (mid, hi) if _offset(zone, mid) == off else (lo, mid)
        yield start, hi
        start, probe, off = hi, hi, _offset(zone, hi)
    yield start, t1


def _pieces(t0: datetime, t1: datetime, zone: ZoneInfo,
            cuts_at: set[time]) -> list[tuple[datetime, datetime]]:
    """``[t0, t1]`` cut at DST changes and wherever local time crosses ``cuts_at``."""
    cuts = {t0, t1}
    for a, b in _spans(t0, t1, zone):
        cuts |= {a, b}
        off = _offset(zone, a)
        day = (a + off).date()
        while day <= (b + off).date():
            for bt in cuts_at:
                u = datetime.combine(day, bt, tzinfo=UTC) - off
                if a < u < b:
                    cuts.add(u)
            day += timedelta(days=1)
    ordered = sorted(cuts)
    return list(pairwise(ordered))


def _us(td: timedelta) -> int:
    return td // timedelta(microseconds=1)


_Key = tuple[str, Decimal]  # (line name, price per kWh)


def _key_at(spec: TariffSpec, u: datetime, zone: ZoneInfo) -> _Key:
    w = spec.window_at(u.astimezone(zone).time().replace(tzinfo=None))
    return (DEFAULT_WINDOW_NAME, spec.price_per_kwh) if w is None else (w.name, w.price_per_kwh)


def _energy_by_price(spec: TariffSpec, points: Sequence[tuple[datetime, Decimal]],
                     zone: ZoneInfo) -> tuple[dict[_Key, Decimal], Decimal]:
    """Exact kWh per (name, price), and the exact total."""

    cuts_at = {t for w in spec.windows for t in (w.start, w.end)}
    out: dict[_Key, Decimal] = {}
    total = _ZERO
    for (t0, e0), (t1, e1) in pairwise(points):
        delta = e1 - e0
        if delta <= 0:
            continue
        total += delta
        if t1 == t0:
            k = _key_at(spec, t0, zone)
            out[k] = out.get(k, _ZERO) + delta
            continue
        span = Decimal(_us(t1 - t0))
        for a, b in _pieces(t0, t1, zone, cuts_at):
            k = _key_at(spec, a + (b - a) / 2, zone)
            out[k] = out.get(k, _ZERO) + delta * Decimal(_us(b - a)) / span
    return out, total


def _allocate(total: Decimal, parts: Sequence[Decimal], quantum: Decimal) -> list[Decimal]:
    """Round ``parts`` to ``quantum`` so they add up to ``total`` (largest remainder)."""
    floors = [p.quantize(quantum, rounding=ROUND_FLOOR) for p in parts]
    extra = int((total - sum(floors, _ZERO)) / quantum)
    if not 0 <= extra <= len(parts):
        raise ArithmeticError("allocation out of range")
    order = sorted(range(len(parts)), key=lambda i: (floors[i] - parts[i], i))
    for i in order[:extra]:
        floors[i] += quantum
    return floors


def _rate(x: Decimal) -> Decimal:
    exponent = x.as_tuple().exponent
    if isinstance(exponent, int) and exponent < -_RATE_DIGITS:
        return x.quantize(Decimal(1).scaleb(-_RATE_DIGITS), rounding=ROUND_HALF_UP)
    return x


def _zone(tz: str) -> ZoneInfo:
    try:
        return ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {tz!r}") from None


def _points(energy_points: Sequence[tuple[datetime, float]]) -> list[tuple[datetime, Decimal]]:
    out = []
    for t, e in energy_points:
        if isinstance(e, bool) or not isinstance(e, int | float | Decimal):
            raise ValueError(f"energy point {e!r} is not a number")
        out.append((as_utc(t), to_decimal(e)))
    return sorted(out, key=lambda p: p[0])


def compute_cost(
    spec: TariffSpec,
    energy_points: Sequence[tuple[datetime, float]],
    start: datetime,
    end: datetime,
    charging_ended_at: datetime | None,
    tz: str,
    *,
    total_kwh: float | None = None,
) -> CostBreakdown:
    """The cost of one session (rules in the module docstring).

    ``energy_points`` are (UTC instant, register kWh), in any order. With fewer than two
    points, ``total_kwh`` (if given) is spread evenly from ``start`` to ``end``; without
    it the energy is zero. ``tz`` is the site's IANA zone. Raises ValueError on bad input.
    """
    zone = _zone(tz)
    start, end = as_utc(start), as_utc(end)
    if end < start:
        raise ValueError("session end is before its start")
    points = _points(energy_points)
    if len(points) < 2:
        points = [] if total_kwh is None else _points([(start, 0.0), (end, total_kwh)])
        if points and points[1][1] < 0:
            raise ValueError("total_kwh is negative")
    by_price, exact_total = _energy_by_price(spec, points, zone)
    energy = exact_total.quantize(KWH_QUANTUM, rounding=ROUND_HALF_UP)
    keys = list(by_price)
    quantities = _allocate(energy, [by_price[k] for k in keys], KWH_QUANTUM)
    # (kind, name, quantity, unit, price as the spec states it)
    base: list[tuple[CostKind, str, Decimal, str, Decimal]] = [
        ("ENERGY", name, q, "kWh", price)
        for (name, price), q in zip(keys, quantities, strict=True)
        if q > 0
    ]
    if not base:  # no energy: one zero line at the price in force at the start
        name, price = _key_at(spec, start, zone)
        base.append(("ENERGY", name, Decimal("0.000"), "kWh", price))
    if spec.session_fee > 0:
        base.append(("SESSION_FEE", "Session fee", Decimal(1), "session", spec.session_fee))
    if charging_ended_at is not None and spec.idle_fee_per_minute > 0:
        idle_from = max(as_utc(charging_ended_at), start)
        minutes = max(0, (end - idle_from) // timedelta(minutes=1) - spec.idle_grace_minutes)
        if minutes > 0:
            base.append(("IDLE_FEE", "Idle fee", Decimal(minutes), "min",
                         spec.idle_fee_per_minute))
    return _price(spec, base, energy)


def _price(spec: TariffSpec, base: list[tuple[CostKind, str, Decimal, str, Decimal]],
           energy: Decimal) -> CostBreakdown:
    cur, r = spec.currency, spec.tax_rate
    one_r = 1 + r
    lines: list[CostLine] = []
    if not spec.prices_include_tax:
        for kind, name, q, unit, price in base:
            lines.append(CostLine(kind, name, q, unit, price, _rate(price * one_r),
                                  round_money(q * price, cur)))
        subtotal = sum((c.amount for c in lines), _ZERO)
        tax = round_money(subtotal * r, cur)
    else:
        gross = [round_money(q * price, cur) for _, _, q, _, price in base]
        total = sum(gross, _ZERO)
        tax = round_money(total * r / one_r, cur)
        subtotal = total - tax
        quantum = Decimal(1).scaleb(-currency_precision(cur))
        nets = _allocate(subtotal, [g / one_r for g in gross], quantum)
        for (kind, name, q, unit, price), net in zip(base, nets, strict=True):
            lines.append(CostLine(kind, name, q, unit, _rate(price / one_r), price, net))
    if r > 0:
        pct = f"{(r * 100).normalize():f}"
        lines.append(CostLine("TAX", f"Tax {pct}%", None, None, r, None, tax))
    return CostBreakdown(cur, tuple(lines), subtotal, tax, subtotal + tax, energy)


__all__ = [
    "DEFAULT_WINDOW_NAME",
    "KWH_QUANTUM",
    "CostBreakdown",
    "CostKind",
    "CostLine",
    "TariffSpec",
    "TariffWindow",
    "compute_cost",
]
