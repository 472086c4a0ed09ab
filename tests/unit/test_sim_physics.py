"""Power curves, energy integration and charging-profile limiting of the simulator."""

from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta

import pytest

from csms_desktop.sim import physics
from csms_desktop.sim.physics import Hardware, Vehicle
from csms_desktop.sim.profiles import Profile, ProfileStore, parse_profile

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
AC11 = Hardware(dc=False, max_power_w=11_000.0, phases=3)
AC22 = Hardware(dc=False, max_power_w=22_000.0, phases=3)
DC150 = Hardware(dc=True, max_power_w=150_000.0, voltage=400.0)


def car(soc: float = 30.0, target: float = 100.0, ac: float = 22_000.0,
        dc: float = 150_000.0, phases: int = 3) -> Vehicle:
    return Vehicle(capacity_wh=60_000.0, soc=soc, target_soc=target, max_ac_w=ac, max_dc_w=dc,
                   ac_phases=phases)


def profile16(pid: int, purpose: str, limit: float, unit: str = "A", level: int = 0,
              periods: list[tuple[int, float]] | None = None, kind: str = "Absolute",
              start: datetime | None = T0, duration: int | None = None,
              connector: int = 1, **extra: object) -> Profile:
    schedule: dict[str, object] = {
        "charging_rate_unit": unit,
        "charging_schedule_period": [{"start_period": s, "limit": v}
                                     for s, v in (periods or [(0, limit)])],
    }
    if start is not None:
        schedule["start_schedule"] = start.isoformat()
    if duration is not None:
        schedule["duration"] = duration
    raw = {"charging_profile_id": pid, "stack_level": level,
           "charging_profile_purpose": purpose, "charging_profile_kind": kind,
           "charging_schedule": schedule, **extra}
    return parse_profile(raw, connector, T0)


# ---------------------------------------------------------------- power curves
def test_ac_power_is_flat_and_capped_by_car_and_station() -> None:
    assert physics.acceptance_w(AC22, car(ac=11_000.0)) == pytest.approx(11_000.0)
    assert physics.acceptance_w(AC11, car(ac=22_000.0)) == pytest.approx(11_000.0)
    one_phase = physics.acceptance_w(AC22, car(ac=22_000.0, phases=1))
    assert one_phase == pytest.approx(32 * 230.0)  # 32 A on one phase
    flat = [physics.acceptance_w(AC11, car(soc=s)) for s in (20, 40, 60, 80, 90)]
    assert max(flat) == min(flat)
    assert physics.acceptance_w(AC11, car(soc=99.0)) < 11_000.0


def test_dc_power_tapers_above_80_percent() -> None:
    curve = {s: physics.acceptance_w(DC150, car(soc=s)) for s in (20, 50, 79, 85, 90, 95, 99)}
    assert curve[20] == curve[50] == curve[79] == pytest.approx(150_000.0)
    assert curve[79] > curve[85] > curve[90] > curve[95] > curve[99] > 0
    assert curve[99] < 0.2 * curve[50]
    assert physics.acceptance_w(DC150, car(soc=100.0)) == 0.0


def test_full_car_draws_nothing() -> None:
    assert physics.charging_power_w(AC11, car(soc=80.0, target=80.0), None) == 0.0


def test_limit_caps_power_and_ac_needs_six_amps() -> None:
    rng = random.Random(1)
    for _ in range(50):
        p = physics.charging_power_w(AC11, car(), 7_000.0, rng)
        assert 6_800 <= p <= 7_000.0
    assert physics.charging_power_w(AC11, car(), 5 * 230.0 * 3) == 0.0  # 5 A: below minimum
    assert physics.charging_power_w(AC11, car(), 6 * 230.0 * 3) == pytest.approx(4_140.0)
    assert physics.charging_power_w(DC150, car(), 20_000.0) == pytest.approx(20_000.0)


def test_advance_integrates_energy_and_soc() -> None:
    vehicle = car(soc=20.0)
    energy, power = physics.advance(AC11, vehicle, 3600.0, None)
    assert energy == pytest.approx(11_000.0, rel=1e-6)
    assert power == pytest.approx(11_000.0)
    assert vehicle.soc == pytest.approx(20.0 + 11_000.0 / 60_000.0 * 100.0)


def test_advance_dc_slows_down_near_full() -> None:
    low, high = car(soc=30.0), car(soc=82.0)
    e_low, _ = physics.advance(DC150, low, 300.0, None)
    e_high, _ = physics.advance(DC150, high, 300.0, None)
    assert e_low == pytest.approx(150_000.0 * 300 / 3600)
    assert e_high < 0.8 * e_low
    vehicle = car(soc=95.0, target=100.0)
    physics.advance(DC150, vehicle, physics.MAX_ADVANCE_S * 10, None)  # bounded, stops at full
    assert vehicle.soc <= 100.0


def test_reading_currents_voltage_and_soc() -> None:
    r = physics.reading(AC11, car(), 12_345.6, 11_040.0)
    assert r.currents == {"L1": pytest.approx(16.0), "L2": pytest.approx(16.0),
                          "L3": pytest.approx(16.0)}
    assert r.voltage == 230.0 and r.soc is None and r.energy_wh == 12_345.6
    d = physics.reading(DC150, car(soc=55.0), 1.0, 100_000.0)
    assert d.soc == 55.0 and set(d.currents) == {""}
    assert d.currents[""] * d.voltage == pytest.approx(100_000.0, rel=0.01)


def test_random_hardware_and_vehicle_are_believable() -> None:
    rng = random.Random(42)
    for _ in range(30):
        ac = physics.random_hardware(rng, dc=False)
        dc = physics.random_hardware(rng, dc=True)
        assert 7_000 <= ac.max_power_w <= 22_000 and 50_000 <= dc.max_power_w <= 150_000
        v = physics.random_vehicle(rng)
        assert 10 <= v.soc <= 60 < v.target_soc


# ---------------------------------------------------------------- charging profiles
def test_default_profile_in_amps_limits_power() -> None:
    store = ProfileStore()
    store.install(profile16(1, "TxDefaultProfile", 16.0))
    assert store.limit_w(1, T0, AC11) == pytest.approx(16 * 230.0 * 3)
    assert store.limit_w(2, T0, AC11) is None  # profile is for connector 1 only
    store.install(profile16(2, "TxDefaultProfile", 10.0, connector=0))
    assert store.limit_w(2, T0, AC11) == pytest.approx(10 * 690.0)
    assert store.limit_w(1, T0, AC11) == pytest.approx(16 * 690.0)  # connector overrides 0


def test_stack_level_tx_profile_and_station_max() -> None:
    store = ProfileStore()
    store.install(profile16(1, "TxDefaultProfile", 7_000.0, unit="W", level=0))
    store.install(profile16(2, "TxDefaultProfile", 5_000.0, unit="W", level=3))
    assert store.limit_w(1, T0, AC22) == 5_000.0
    store.install(profile16(3, "TxProfile", 9_000.0, unit="W", transaction_id=77))
    assert store.limit_w(1, T0, AC22, tx_id="77", tx_start=T0) == 9_000.0
    assert store.limit_w(1, T0, AC22, tx_id="78", tx_start=T0) == 5_000.0
    store.install(profile16(4, "ChargePointMaxProfile", 8_000.0, unit="W", connector=0))
    assert store.limit_w(1, T0, AC22, tx_id="77", tx_start=T0) == 8_000.0
    store.drop_tx_profiles("77")
    assert [p.id for p in store.profiles] == [1, 2, 4]


def test_periods_duration_and_validity() -> None:
    store = ProfileStore()
    store.install(profile16(1, "TxDefaultProfile", 0, unit="W",
                            periods=[(0, 11_000.0), (600, 4_000.0), (1200, 0.0)],
                            duration=1800))

    def at(seconds: float) -> float | None:
        return store.limit_w(1, T0 + timedelta(seconds=seconds), AC11)

    assert at(0) == 11_000.0 and at(599) == 11_000.0
    assert at(600) == 4_000.0 and at(1300) == 0.0
    assert at(1800) is None and at(-1) is None


def test_relative_and_recurring_profiles() -> None:
    store = ProfileStore()
    store.install(profile16(1, "TxProfile", 0, unit="W", kind="Relative", start=None,
                            periods=[(0, 3_000.0), (60, 6_000.0)]))
    tx_start = T0 + timedelta(hours=2)
    assert store.limit_w(1, tx_start + timedelta(seconds=30), AC11, "1", tx_start) == 3_000.0
    assert store.limit_w(1, tx_start + timedelta(seconds=90), AC11, "1", tx_start) == 6_000.0
    daily = ProfileStore()
    daily.install(profile16(2, "TxDefaultProfile", 0, unit="W", kind="Recurring",
                            recurrency_kind="Daily", periods=[(0, 2_000.0), (3600, 9_000.0)]))
    assert daily.limit_w(1, T0 + timedelta(days=3, minutes=5), AC11) == 2_000.0
    assert daily.limit_w(1, T0 + timedelta(days=3, hours=2), AC11) == 9_000.0


def test_composite_schedule_merges_and_falls_back_to_hardware() -> None:
    store = ProfileStore()
    assert store.composite(1, T0, 3600, AC11) == [(0, 11_000.0)]
    store.install(profile16(1, "TxDefaultProfile", 0, unit="A",
                            periods=[(0, 16.0), (600, 16.0), (900, 8.0)], duration=1800))
    assert store.composite(1, T0, 3600, AC11, unit="A") == [(0, 15.9), (900, 8.0), (1800, 15.9)]
    watts = store.composite(1, T0, 3600, AC11, unit="W")
    assert watts == [(0, 11_000.0), (900, 5_520.0), (1800, 11_000.0)]


def test_v201_profile_and_clear_criteria() -> None:
    raw = {"id": 9, "stack_level": 2, "charging_profile_purpose": "ChargingStationMaxProfile",
           "charging_profile_kind": "Absolute",
           "charging_schedule": [{"id": 1, "charging_rate_unit": "W",
                                  "start_schedule": T0.isoformat().replace("+00:00", "Z"),
                                  "charging_schedule_period": [{"start_period": 0,
                                                                "limit": 6_000.0}]}]}
    store = ProfileStore()
    store.install(parse_profile(raw, 0, T0))
    store.install(profile16(3, "TxDefaultProfile", 10.0))
    assert store.limit_w(1, T0, AC22) == 6_000.0
    assert store.clear(purpose="TxDefaultProfile") == 1
    assert store.clear(profile_id=9) == 1 and store.profiles == []


# ---------------------------------------------------------------- vehicles (issue 17)
def test_catalogue_cars_have_their_own_curves() -> None:
    rng = random.Random(3)
    seen = {physics.random_vehicle(rng).model for _ in range(300)}
    assert seen == {m.name for m in physics.CATALOGUE}
    dc150 = physics.Hardware(dc=True, max_power_w=150_000.0, voltage=400.0)
    ac22 = physics.Hardware(dc=False, max_power_w=22_000.0, phases=3)
    saloon = next(m for m in physics.CATALOGUE if m.taper_soc == 70.0 and m.dc_kw == 150.0)
    car = physics.Vehicle(saloon.capacity_kwh * 1000, 50.0, 100.0, saloon.ac_kw * 1000,
                          saloon.dc_kw * 1000, saloon.ac_phases, saloon.name, saloon.taper_soc)
    assert physics.acceptance_w(dc150, car) == pytest.approx(150_000.0)  # flat below 70 %
    car.soc = 85.0
    tapered = physics.acceptance_w(dc150, car)
    assert 60_000.0 < tapered < 100_000.0  # half-way between 70 % and 100 %: about 54 %
    # a 1-phase car on a 22 kW charger takes its on-board 7.4 kW on one phase
    city = next(m for m in physics.CATALOGUE if m.ac_phases == 1 and m.ac_kw == 7.4)
    small = physics.Vehicle(city.capacity_kwh * 1000, 30.0, 100.0, city.ac_kw * 1000,
                            city.dc_kw * 1000, 1, city.name, city.taper_soc)
    assert physics.acceptance_w(ac22, small) == pytest.approx(7_360.0)  # 32 A x 230 V
    assert physics.phases_used(ac22, small) == 1
    # charging from 30 % for an hour at 7.36 kW adds about 20 % to a 37 kWh battery
    energy, _ = physics.advance(ac22, small, 3600.0, None)
    assert energy == pytest.approx(7_360.0, rel=0.01) and small.soc == pytest.approx(49.9, abs=0.3)
