"""Version-neutral electrical model of a simulated charger and the car plugged into it.

Pure functions and small dataclasses, no I/O: the protocol classes ask for the power the car
draws under a limit, integrate energy over a time step, and turn the result into a reading.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

AC_VOLTAGE = 230.0  # nominal phase-to-neutral voltage (V)
AC_MIN_CURRENT = 6.0  # IEC 61851: below 6 A per phase an AC car cannot charge
DC_TAPER_SOC = 80.0  # DC power starts tapering above this state of charge (%)
DC_TAPER_FLOOR = 0.08  # fraction of peak DC power left at 100 %
MAX_STEP_S = 30.0  # longest simulated integration step (s)
MAX_ADVANCE_S = 4 * 3600.0  # longest gap integrated in one call (s), e.g. after going offline


@dataclass(frozen=True)
class Hardware:
    """The EVSE side of one connector."""

    dc: bool
    max_power_w: float
    phases: int = 3  # AC phases wired (1 or 3); ignored for DC
    voltage: float = AC_VOLTAGE  # AC phase voltage, or DC nominal battery voltage

    def amps_to_watts(self, amps: float, phases: int | None = None) -> float:
        if self.dc:
            return amps * self.voltage
        return amps * self.voltage * (phases or self.phases)

    def watts_to_amps(self, watts: float, phases: int | None = None) -> float:
        if self.dc:
            return watts / self.voltage
        return watts / (self.voltage * (phases or self.phases))


@dataclass
class Vehicle:
    """The car: battery, the driver's target and what its charger accepts."""

    capacity_wh: float
    soc: float  # state of charge, 0-100 %
    target_soc: float  # the car stops drawing (SuspendedEV) at this SoC
    max_ac_w: float  # on-board charger limit
    max_dc_w: float  # DC acceptance at low SoC
    ac_phases: int = 3
    model: str = ""
    taper_soc: float = DC_TAPER_SOC  # DC power falls off above this SoC

    @property
    def full(self) -> bool:
        return self.soc >= min(self.target_soc, 100.0) - 1e-6


@dataclass(frozen=True)
class Reading:
    """One meter sample, independent of the protocol version."""

    energy_wh: float  # Energy.Active.Import.Register
    power_w: float  # Power.Active.Import
    currents: dict[str, float]  # Current.Import per phase ("L1".."L3"), "" for DC
    voltage: float  # Voltage
    soc: float | None  # SoC (DC only)


def random_hardware(rng: random.Random, dc: bool) -> Hardware:
    """A believable EVSE: AC 7.4/11/22 kW, DC 50/100/150 kW."""
    if dc:
        return Hardware(dc=True, max_power_w=rng.choice((50_000.0, 100_000.0, 150_000.0)),
                        voltage=rng.choice((400.0, 400.0, 800.0)))
    phases, power = rng.choice(((1, 7_400.0), (3, 11_000.0), (3, 22_000.0)))
    return Hardware(dc=False, max_power_w=power, phases=phases)


@dataclass(frozen=True)
class VehicleModel:
    """A kind of car (round figures of common models; no brand names)."""

    name: str
    capacity_kwh: float
    ac_kw: float  # on-board charger
    ac_phases: int
    dc_kw: float  # DC peak
    taper_soc: float  # DC taper starts here
    weight: int = 1  # how common at a depot


CATALOGUE: tuple[VehicleModel, ...] = (
    VehicleModel("city car 37 kWh", 37.0, 7.4, 1, 50.0, 75.0, 2),
    VehicleModel("older hatchback 40 kWh", 40.0, 6.6, 1, 46.0, 70.0, 1),
    VehicleModel("supermini 52 kWh (22 kW AC)", 52.0, 22.0, 3, 46.0, 80.0, 1),
    VehicleModel("compact 58 kWh", 58.0, 11.0, 3, 120.0, 80.0, 3),
    VehicleModel("crossover 77 kWh", 77.0, 11.0, 3, 135.0, 80.0, 3),
    VehicleModel("long-range saloon 82 kWh", 82.0, 11.0, 3, 150.0, 70.0, 2),
    VehicleModel("delivery van 75 kWh", 75.0, 11.0, 3, 50.0, 85.0, 2),
)


def random_vehicle(rng: random.Random) -> Vehicle:
    """A car of the catalogue arriving with 10-60 % charge and a 80-100 % target."""
    m = rng.choices(CATALOGUE, weights=[v.weight for v in CATALOGUE])[0]
    return Vehicle(
        capacity_wh=m.capacity_kwh * 1000.0,
        soc=round(rng.uniform(10.0, 60.0), 1),
        target_soc=rng.choice((80.0, 90.0, 100.0, 100.0)),
        max_ac_w=m.ac_kw * 1000.0,
        max_dc_w=m.dc_kw * 1000.0,
        ac_phases=m.ac_phases,
        model=m.name,
        taper_soc=m.taper_soc,
    )


def phases_used(hw: Hardware, vehicle: Vehicle | None, limit_phases: int | None = None) -> int:
    if hw.dc:
        return 1
    n = hw.phases
    if vehicle is not None:
        n = min(n, vehicle.ac_phases)
    if limit_phases:
        n = min(n, limit_phases)
    return max(1, n)


def acceptance_w(hw: Hardware, vehicle: Vehicle) -> float:
    """What the car would draw with no external limit (the charging curve)."""
    if vehicle.full:
        return 0.0
    soc = vehicle.soc
    if hw.dc:
        peak = min(vehicle.max_dc_w, hw.max_power_w)
        if soc < 10.0:
            factor = 0.85 + 0.015 * soc  # warming up
        elif soc <= vehicle.taper_soc:
            factor = 1.0
        else:
            span = 100.0 - vehicle.taper_soc
            factor = max(DC_TAPER_FLOOR,
                         1.0 - (soc - vehicle.taper_soc) / span * (1 - DC_TAPER_FLOOR))
        return peak * factor
    n = phases_used(hw, vehicle)
    peak = min(vehicle.max_ac_w, hw.max_power_w, 32.0 * hw.voltage * n)
    factor = 1.0 if soc < 95.0 else max(0.3, (100.0 - soc) / 5.0)  # AC tapers only at the end
    return peak * factor


def charging_power_w(
    hw: Hardware,
    vehicle: Vehicle,
    limit_w: float | None,
    rng: random.Random | None = None,
    noise: float = 0.015,
) -> float:
    """The power actually drawn: the curve, capped by a charging-profile limit, with jitter.

    An AC car cannot charge below 6 A per phase, so a limit under that gives 0 W
    (the connector then shows SuspendedEVSE).
    """
    p = acceptance_w(hw, vehicle)
    if limit_w is not None:
        p = min(p, max(0.0, limit_w))
    if not hw.dc and p > 0.0:
        n = phases_used(hw, vehicle)
        if p < AC_MIN_CURRENT * hw.voltage * n - 1e-6:
            return 0.0
    if p > 0.0 and rng is not None and noise > 0.0:
        p *= 1.0 + rng.uniform(-noise, noise)
        if limit_w is not None:
            p = min(p, limit_w)
    return max(0.0, p)


def advance(
    hw: Hardware,
    vehicle: Vehicle,
    seconds: float,
    limit_w: float | None,
    rng: random.Random | None = None,
) -> tuple[float, float]:
    """Charge for `seconds` (simulated); returns (energy added in Wh, power at the end in W).

    Integrates in steps of at most MAX_STEP_S so the DC taper is followed; the number of
    steps is bounded by MAX_ADVANCE_S.
    """
    remaining = min(max(0.0, seconds), MAX_ADVANCE_S)
    energy = 0.0
    power = charging_power_w(hw, vehicle, limit_w, rng)
    while remaining > 1e-9:
        step = min(remaining, MAX_STEP_S)
        power = charging_power_w(hw, vehicle, limit_w, rng)
        e = power * step / 3600.0
        energy += e
        vehicle.soc = min(100.0, vehicle.soc + e / vehicle.capacity_wh * 100.0)
        remaining -= step
    if seconds > 0:
        power = charging_power_w(hw, vehicle, limit_w, rng)
    return energy, power


def reading(
    hw: Hardware,
    vehicle: Vehicle | None,
    energy_wh: float,
    power_w: float,
    rng: random.Random | None = None,
) -> Reading:
    """Meter reading for the current power: currents per phase, voltage, SoC for DC."""
    jitter = rng.uniform(-2.0, 2.0) if rng is not None else 0.0
    if hw.dc:
        soc_now = vehicle.soc if vehicle is not None else None
        volts = hw.voltage * (0.92 + 0.1 * (soc_now or 50.0) / 100.0) if power_w > 0 else 0.0
        amps = power_w / volts if volts > 0 else 0.0
        return Reading(energy_wh, power_w, {"": round(amps, 1)}, round(volts, 1),
                       None if soc_now is None else round(soc_now, 1))
    n = phases_used(hw, vehicle)
    volts = hw.voltage + jitter
    per_phase = power_w / (volts * n) if power_w > 0 else 0.0
    currents = {f"L{i}": round(per_phase if i <= n else 0.0, 2) for i in range(1, hw.phases + 1)}
    return Reading(energy_wh, power_w, currents, round(volts, 1), None)
