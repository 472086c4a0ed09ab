"""OCPP sampled values to the store's units: kWh, kW, A, V and % (SoC).

Conversions go through ``Decimal`` so ``12345 Wh`` becomes exactly ``12.345`` kWh
(one rounding to float, no ``12.345000000000001``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

ENERGY_REGISTER = "Energy.Active.Import.Register"
POWER = "Power.Active.Import"
CURRENT = "Current.Import"
VOLTAGE = "Voltage"
SOC = "SoC"

#: A single session at a depot cannot deliver more than this (kWh).
ABSURD_SESSION_KWH = 1000.0
FLAG_NEGATIVE = "NEGATIVE"
FLAG_ABSURD = "ABSURD"

# unit (lower case) -> power of ten to the store's unit
_ENERGY = {"wh": -3, "kwh": 0}
_POWER = {"w": -3, "kw": 0}
_CURRENT = {"a": 0}
_VOLTAGE = {"v": 0}
_PERCENT = {"percent": 0, "%": 0}

# measurand (lower case) -> (canonical name, unit table, default unit)
_KEPT: dict[str, tuple[str, dict[str, int], str]] = {
    ENERGY_REGISTER.lower(): (ENERGY_REGISTER, _ENERGY, "Wh"),
    POWER.lower(): (POWER, _POWER, "W"),
    CURRENT.lower(): (CURRENT, _CURRENT, "A"),
    VOLTAGE.lower(): (VOLTAGE, _VOLTAGE, "V"),
    SOC.lower(): (SOC, _PERCENT, "Percent"),
}

# Outlet (the default) is what the EV got; other locations only when no Outlet value.
_LOCATION_RANK = {"outlet": 0, "inlet": 1, "cable": 2, "ev": 3, "body": 4}
_CONDUCTOR = {"l1": "L1", "l2": "L2", "l3": "L3", "l1-n": "L1", "l2-n": "L2", "l3-n": "L3"}
_LINE_TO_LINE = {"l1-l2", "l2-l3", "l3-l1"}


class UnitError(ValueError):
    """A sampled value that cannot be read or converted."""


@dataclass(frozen=True)
class MeterReading:
    """One sampled instant in store units; ``None`` where the charger sent nothing."""

    energy_kwh: float | None = None
    power_kw: float | None = None
    current_a: float | None = None
    voltage_v: float | None = None
    soc_percent: float | None = None
    context: str | None = None


def _decimal(value: object, what: str) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, str | int | float | Decimal):
        raise UnitError(f"{what}: value {value!r} is not a number")
    try:
        d = Decimal(value.strip() if isinstance(value, str) else repr(value))
    except InvalidOperation:
        raise UnitError(f"{what}: value {value!r} is not a number") from None
    if not d.is_finite():
        raise UnitError(f"{what}: value {value!r} is not a finite number")
    return d


def _convert(value: object, unit: str | None, table: dict[str, int], default: str,
             what: str, multiplier: int = 0) -> float:
    key = (unit or default).strip().lower()
    if key not in table:
        raise UnitError(f"{what}: unknown unit {unit!r}")
    return float(_decimal(value, what).scaleb(table[key] + multiplier))


def to_kwh(value: float, unit: str | None) -> float:
    """Active energy in kWh; ``unit`` is Wh (the OCPP default) or kWh, any case.

    Reactive energy (varh, kvarh) raises UnitError.
    """
    return _convert(value, unit, _ENERGY, "Wh", "energy")


def to_kw(value: float, unit: str | None) -> float:
    """Active power in kW; ``unit`` is W (default) or kW, any case. VA/var raise UnitError."""
    return _convert(value, unit, _POWER, "W", "power")


def to_amps(value: float, unit: str | None) -> float:
    """Current in A (the only unit OCPP has)."""
    return _convert(value, unit, _CURRENT, "A", "current")


def to_volts(value: float, unit: str | None) -> float:
    """Voltage in V (the only unit OCPP has)."""
    return _convert(value, unit, _VOLTAGE, "V", "voltage")


def _is_16(version: str) -> bool:
    v = version.strip().lower().replace("ocpp", "").replace(".", "").removesuffix("j")
    if v == "16":
        return True
    if v in ("20", "201", "21"):
        return False
    raise ValueError(f"unknown OCPP version {version!r}")


@dataclass(frozen=True)
class _Sample:
    measurand: str
    value: float
    phase: str | None
    rank: int
    context: str | None


def _read(item: Mapping[str, Any], is_16: bool) -> _Sample | None:
    if not isinstance(item, Mapping):
        raise UnitError(f"sampled value {item!r} is not an object")
    raw_measurand = item.get("measurand") or ENERGY_REGISTER
    kept = _KEPT.get(str(raw_measurand).strip().lower())
    if kept is None:
        return None
    name, table, default = kept
    if is_16:
        if str(item.get("format") or "Raw").strip().lower() == "signeddata":
            return None
        unit, multiplier = item.get("unit"), 0
    else:
        uom = item.get("unitOfMeasure") or {}
        if not isinstance(uom, Mapping):
            raise UnitError(f"{name}: unitOfMeasure {uom!r} is not an object")
        unit, multiplier = uom.get("unit"), uom.get("multiplier", 0)
        if isinstance(multiplier, bool) or not isinstance(multiplier, int):
            raise UnitError(f"{name}: multiplier {multiplier!r} is not an integer")
    if unit is not None and not isinstance(unit, str):
        raise UnitError(f"{name}: unknown unit {unit!r}")
    value = _convert(item.get("value"), unit, table, default, name, multiplier)
    location = str(item.get("location") or "Outlet").strip().lower()
    phase = item.get("phase")
    context = item.get("context")
    return _Sample(
        name,
        value,
        str(phase).strip().lower() if phase else None,
        _LOCATION_RANK.get(location, len(_LOCATION_RANK)),
        str(context) if context else None,
    )


def _by_conductor(samples: list[_Sample]) -> dict[str, float]:
    """Phase values keyed L1/L2/L3 (``L1`` and ``L1-N`` are the same); first one wins."""
    out: dict[str, float] = {}
    for s in samples:
        conductor = _CONDUCTOR.get(s.phase or "")
        if conductor is not None and conductor not in out:
            out[conductor] = s.value
    return out


def _total(samples: list[_Sample]) -> float | None:
    """Energy/power: a value without phase wins, else the sum over L1..L3."""
    for s in samples:
        if s.phase is None:
            return s.value
    phases = _by_conductor(samples)
    return sum(phases.values()) if phases else None


def _current(samples: list[_Sample]) -> float | None:
    """The highest current over all values except the neutral."""
    values = [s.value for s in samples if s.phase != "n"]
    return max(values) if values else None


def _voltage(samples: list[_Sample]) -> float | None:
    """Mean of phase-to-neutral, else the unphased value, else mean line-to-line."""
    phases = _by_conductor(samples)
    if phases:
        return sum(phases.values()) / len(phases)
    for s in samples:
        if s.phase is None:
            return s.value
    lines = [s.value for s in samples if s.phase in _LINE_TO_LINE]
    return sum(lines) / len(lines) if lines else None


def combine_sampled_values(sampled: Sequence[Mapping[str, Any]], version: str) -> MeterReading:
    """One MeterReading from a raw OCPP ``sampledValue`` list (wire keys, camelCase).

    ``version`` is "1.6"/"OCPP16"/"ocpp1.6" or 2.0.1/2.1 in the same spellings.
    Kept: energy register, active import power, import current, voltage, SoC; the rest
    (intervals, export, temperature, 1.6 ``SignedData``) is ignored. Per measurand only
    the best location is used (Outlet, the default, before Inlet, Cable, EV, Body).
    Raises UnitError on an unreadable number or a unit that does not fit the measurand.
    """
    is_16 = _is_16(version)
    samples = [s for s in (_read(item, is_16) for item in sampled) if s is not None]
    return _combine(samples)


def read_sampled_values(sampled: Sequence[Mapping[str, Any]], version: str
                        ) -> tuple[MeterReading, list[str]]:
    """Like :func:`combine_sampled_values`, but a sampled value that cannot be read (a
    number that is none, a unit of another quantity: ``Voltage`` in ``A``) is left out
    and described in the returned list instead of failing the whole reading: a charger's
    odd sample must never cost the message it came in (a stop, an Ended event)."""
    is_16 = _is_16(version)
    samples: list[_Sample] = []
    problems: list[str] = []
    for item in sampled:
        try:
            s = _read(item, is_16)
        except UnitError as exc:
            problems.append(str(exc))
            continue
        if s is not None:
            samples.append(s)
    return _combine(samples), problems


def _combine(samples: list[_Sample]) -> MeterReading:
    groups: dict[str, list[_Sample]] = {}
    for s in samples:
        groups.setdefault(s.measurand, []).append(s)
    for name, group in groups.items():
        best = min(s.rank for s in group)
        groups[name] = [s for s in group if s.rank == best]
    soc = groups.get(SOC, [])
    return MeterReading(
        energy_kwh=_total(groups.get(ENERGY_REGISTER, [])),
        power_kw=_total(groups.get(POWER, [])),
        current_a=_current(groups.get(CURRENT, [])),
        voltage_v=_voltage(groups.get(VOLTAGE, [])),
        soc_percent=soc[0].value if soc else None,
        context=next((s.context for s in samples if s.context), None),
    )


def energy_delta_kwh(start_kwh: float, end_kwh: float) -> tuple[float, str | None]:
    """Energy of a session from two register readings, with a sanity flag.

    Returns ``(end - start, flag)``; the flag is None when plausible, ``"NEGATIVE"`` when
    the register went backwards, ``"ABSURD"`` above ABSURD_SESSION_KWH. The raw difference
    is returned either way; the caller decides what to store.
    """
    delta = float(_decimal(end_kwh, "end register") - _decimal(start_kwh, "start register"))
    if delta < 0:
        return delta, FLAG_NEGATIVE
    if delta > ABSURD_SESSION_KWH:
        return delta, FLAG_ABSURD
    return delta, None
