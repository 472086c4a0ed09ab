"""Tests for csms_desktop.domain.units."""

from __future__ import annotations

from typing import Any

import pytest

from csms_desktop.domain.units import (
    ABSURD_SESSION_KWH,
    MeterReading,
    UnitError,
    combine_sampled_values,
    energy_delta_kwh,
    to_amps,
    to_kw,
    to_kwh,
    to_volts,
)


# ----------------------------------------------------------------- scalar conversions
@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [
        (12345, None, 12.345),
        (12345, "", 12.345),
        (12345, "Wh", 12.345),
        (12345, "wh", 12.345),
        (12.5, "kWh", 12.5),
        (12.5, "kwh", 12.5),
        (12.5, "KWH", 12.5),
        (12.5, " kWh ", 12.5),
        (0, "Wh", 0.0),
        (-5, "Wh", -0.005),
        (1, "Wh", 0.001),
    ],
)
def test_to_kwh(value: float, unit: str | None, expected: float) -> None:
    assert to_kwh(value, unit) == expected


def test_to_kwh_is_exact_in_decimal_terms() -> None:
    # A naive value * 0.001 gives 12.345000000000001 for some inputs.
    assert to_kwh(1234567, "Wh") == 1234.567
    assert to_kwh(0.1, "kWh") == 0.1
    assert repr(to_kwh(12345, "Wh")) == "12.345"


@pytest.mark.parametrize("unit", ["varh", "kvarh", "kVArh", "W", "kW", "A", "MWh", "J"])
def test_to_kwh_rejects_non_active_energy_units(unit: str) -> None:
    with pytest.raises(UnitError, match="unit"):
        to_kwh(1, unit)


@pytest.mark.parametrize(
    ("value", "unit", "expected"),
    [(7400, None, 7.4), (7400, "W", 7.4), (7400, "w", 7.4), (22, "kW", 22.0), (22, "KW", 22.0)],
)
def test_to_kw(value: float, unit: str | None, expected: float) -> None:
    assert to_kw(value, unit) == expected


@pytest.mark.parametrize("unit", ["VA", "kVA", "var", "kvar", "Wh", "A"])
def test_to_kw_rejects_other_units(unit: str) -> None:
    with pytest.raises(UnitError):
        to_kw(1, unit)


def test_to_amps_and_volts() -> None:
    assert to_amps(16, None) == 16.0
    assert to_amps(16, "A") == 16.0
    assert to_amps(16, "a") == 16.0
    assert to_volts(230, None) == 230.0
    assert to_volts(230.5, "V") == 230.5
    with pytest.raises(UnitError):
        to_amps(16, "mA")
    with pytest.raises(UnitError):
        to_volts(230, "kV")


@pytest.mark.parametrize("bad", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_values_are_rejected(bad: float) -> None:
    with pytest.raises(UnitError, match="finite"):
        to_kwh(bad, "Wh")


# ----------------------------------------------------------------- OCPP 1.6
def sv16(value: str, measurand: str | None = None, unit: str | None = None,
         **extra: str) -> dict[str, Any]:
    d: dict[str, Any] = {"value": value}
    if measurand is not None:
        d["measurand"] = measurand
    if unit is not None:
        d["unit"] = unit
    d.update(extra)
    return d


def test_16_seed_example_register_in_wh() -> None:
    reading = combine_sampled_values(
        [sv16("12345", "Energy.Active.Import.Register", "Wh", context="Sample.Periodic")], "1.6"
    )
    assert reading == MeterReading(energy_kwh=12.345, context="Sample.Periodic")


def test_16_missing_measurand_and_unit_defaults_to_register_in_wh() -> None:
    reading = combine_sampled_values([{"value": "1500"}], "ocpp1.6")
    assert reading.energy_kwh == 1.5
    assert reading.power_kw is None
    assert reading.context is None


def test_16_full_three_phase_sample() -> None:
    sampled = [
        sv16("20.5", "Energy.Active.Import.Register", "kWh"),
        sv16("3680", "Power.Active.Import", "W", phase="L1"),
        sv16("3700", "Power.Active.Import", "W", phase="L2"),
        sv16("3620", "Power.Active.Import", "W", phase="L3"),
        sv16("16.0", "Current.Import", "A", phase="L1"),
        sv16("16.2", "Current.Import", "A", phase="L2"),
        sv16("15.8", "Current.Import", "A", phase="L3"),
        sv16("229", "Voltage", "V", phase="L1-N"),
        sv16("231", "Voltage", "V", phase="L2-N"),
        sv16("233", "Voltage", "V", phase="L3-N"),
        sv16("400", "Voltage", "V", phase="L1-L2"),
        sv16("55", "SoC", "Percent", location="EV"),
    ]
    r = combine_sampled_values(sampled, "OCPP16")
    assert r.energy_kwh == 20.5
    assert r.power_kw == pytest.approx(11.0)
    assert r.current_a == 16.2
    assert r.voltage_v == pytest.approx(231.0)
    assert r.soc_percent == 55.0


def test_16_total_power_wins_over_phases() -> None:
    sampled = [
        sv16("3000", "Power.Active.Import", "W", phase="L1"),
        sv16("3000", "Power.Active.Import", "W", phase="L2"),
        sv16("11", "Power.Active.Import", "kW"),
        sv16("3000", "Power.Active.Import", "W", phase="L3"),
    ]
    assert combine_sampled_values(sampled, "1.6").power_kw == 11.0


def test_16_phase_l1_and_l1n_are_not_double_counted() -> None:
    sampled = [
        sv16("1000", "Power.Active.Import", phase="L1"),
        sv16("1000", "Power.Active.Import", phase="L1-N"),
        sv16("2000", "Power.Active.Import", phase="L2"),
    ]
    assert combine_sampled_values(sampled, "1.6").power_kw == pytest.approx(3.0)


def test_16_energy_per_phase_is_summed() -> None:
    sampled = [
        sv16("1000", phase="L1"),
        sv16("2000", phase="L2"),
        sv16("3000", phase="L3"),
    ]
    assert combine_sampled_values(sampled, "1.6").energy_kwh == pytest.approx(6.0)


def test_16_current_is_highest_phase_and_ignores_neutral() -> None:
    sampled = [
        sv16("10", "Current.Import", "A", phase="L1"),
        sv16("12", "Current.Import", "A", phase="L2"),
        sv16("30", "Current.Import", "A", phase="N"),
    ]
    assert combine_sampled_values(sampled, "1.6").current_a == 12.0


def test_16_single_unphased_current_and_voltage() -> None:
    sampled = [sv16("125", "Current.Import", "A"), sv16("400", "Voltage", "V")]
    r = combine_sampled_values(sampled, "1.6")
    assert r.current_a == 125.0
    assert r.voltage_v == 400.0


def test_16_voltage_line_to_line_only_when_nothing_else() -> None:
    only_ll = [
        sv16("398", "Voltage", "V", phase="L1-L2"),
        sv16("402", "Voltage", "V", phase="L2-L3"),
    ]
    assert combine_sampled_values(only_ll, "1.6").voltage_v == pytest.approx(400.0)
    mixed = [*only_ll, sv16("230", "Voltage", "V", phase="L1-N")]
    assert combine_sampled_values(mixed, "1.6").voltage_v == 230.0


def test_16_voltage_phase_to_neutral_beats_unphased() -> None:
    sampled = [
        sv16("240", "Voltage", "V"),
        sv16("228", "Voltage", "V", phase="L1"),
        sv16("232", "Voltage", "V", phase="L2"),
    ]
    assert combine_sampled_values(sampled, "1.6").voltage_v == pytest.approx(230.0)


def test_16_ignores_signed_data_and_unkept_measurands() -> None:
    sampled = [
        sv16("not-a-number-but-signed", format="SignedData"),
        sv16("999", "Energy.Active.Import.Interval", "Wh"),
        sv16("999", "Energy.Active.Export.Register", "Wh"),
        sv16("25", "Temperature", "Celsius"),
        sv16("garbage", "Power.Offered", "W"),
        sv16("5000", "Energy.Active.Import.Register", "Wh", format="Raw"),
    ]
    r = combine_sampled_values(sampled, "1.6")
    assert r == MeterReading(energy_kwh=5.0)


def test_16_only_signed_data_gives_empty_reading() -> None:
    r = combine_sampled_values([sv16("abc", format="signeddata")], "1.6")
    assert r == MeterReading()


def test_empty_list_gives_empty_reading() -> None:
    assert combine_sampled_values([], "2.0.1") == MeterReading()


def test_16_measurand_is_case_tolerant() -> None:
    r = combine_sampled_values([sv16("7", "power.active.import", "kW")], "1.6")
    assert r.power_kw == 7.0


def test_16_unparseable_number_names_the_measurand() -> None:
    with pytest.raises(UnitError, match=r"Power\.Active\.Import"):
        combine_sampled_values([sv16("12,5", "Power.Active.Import", "kW")], "1.6")
    with pytest.raises(UnitError, match=r"Energy\.Active\.Import\.Register"):
        combine_sampled_values([sv16("")], "1.6")
    with pytest.raises(UnitError, match="not a number"):
        combine_sampled_values([{"measurand": "Voltage"}], "1.6")


def test_16_unknown_unit_for_measurand_raises() -> None:
    with pytest.raises(UnitError, match="unit"):
        combine_sampled_values([sv16("5", "Energy.Active.Import.Register", "varh")], "1.6")
    with pytest.raises(UnitError, match="unit"):
        combine_sampled_values([sv16("5", "Power.Active.Import", "kWh")], "1.6")
    with pytest.raises(UnitError, match="SoC"):
        combine_sampled_values([sv16("50", "SoC", "Wh")], "1.6")


def test_16_numeric_value_tolerated_but_bool_rejected() -> None:
    assert combine_sampled_values([{"value": 2000}], "1.6").energy_kwh == 2.0
    with pytest.raises(UnitError):
        combine_sampled_values([{"value": True}], "1.6")


def test_outlet_preferred_over_inlet() -> None:
    sampled = [
        sv16("10100", location="Inlet"),
        sv16("10000", location="Outlet"),
        sv16("7000", "Power.Active.Import", location="Inlet"),
    ]
    r = combine_sampled_values(sampled, "1.6")
    assert r.energy_kwh == 10.0
    # no Outlet power: the Inlet one is better than nothing
    assert r.power_kw == 7.0


def test_soc_accepts_percent_sign_and_default_unit() -> None:
    assert combine_sampled_values([sv16("80", "SoC")], "1.6").soc_percent == 80.0
    assert combine_sampled_values([sv16("80", "SoC", "%")], "1.6").soc_percent == 80.0


# ----------------------------------------------------------------- OCPP 2.0.1 / 2.1
def sv201(value: object, measurand: str | None = None, unit: str | None = None,
          multiplier: int | None = None, **extra: Any) -> dict[str, Any]:
    d: dict[str, Any] = {"value": value}
    if measurand is not None:
        d["measurand"] = measurand
    uom: dict[str, Any] = {}
    if unit is not None:
        uom["unit"] = unit
    if multiplier is not None:
        uom["multiplier"] = multiplier
    if uom:
        d["unitOfMeasure"] = uom
    d.update(extra)
    return d


@pytest.mark.parametrize("version", ["2.0.1", "OCPP20", "ocpp2.0.1", "2.1", "OCPP21", "ocpp2.1"])
def test_201_register_default_wh(version: str) -> None:
    assert combine_sampled_values([sv201(12345)], version).energy_kwh == 12.345


def test_201_multiplier_is_power_of_ten() -> None:
    assert combine_sampled_values([sv201(12345, unit="Wh", multiplier=3)], "2.0.1").energy_kwh \
        == 12345.0
    assert combine_sampled_values([sv201(12.345, unit="kWh", multiplier=0)], "2.0.1") \
        .energy_kwh == 12.345
    r = combine_sampled_values(
        [sv201(74, "Power.Active.Import", "W", multiplier=2),
         sv201(1600, "Current.Import", "A", multiplier=-2)], "2.0.1")
    assert r.power_kw == 7.4
    assert r.current_a == 16.0


def test_201_context_and_signed_meter_value_kept() -> None:
    sampled = [
        sv201(1000, context="Transaction.Begin",
              signedMeterValue={"signedMeterData": "xx", "signingMethod": "", "encodingMethod":
                                "", "publicKey": ""}),
        sv201(52, "SoC", "Percent", location="EV"),
    ]
    r = combine_sampled_values(sampled, "2.0.1")
    assert r == MeterReading(energy_kwh=1.0, soc_percent=52.0, context="Transaction.Begin")


def test_201_phases_combined_like_16() -> None:
    sampled = [
        sv201(3.7, "Power.Active.Import", "kW", phase="L1"),
        sv201(3.7, "Power.Active.Import", "kW", phase="L2"),
        sv201(3.6, "Power.Active.Import", "kW", phase="L3"),
        sv201(230, "Voltage", "V", phase="L1-N"),
        sv201(234, "Voltage", "V", phase="L2-N"),
    ]
    r = combine_sampled_values(sampled, "2.0.1")
    assert r.power_kw == pytest.approx(11.0)
    assert r.voltage_v == pytest.approx(232.0)


def test_201_bad_multiplier_or_value() -> None:
    with pytest.raises(UnitError, match="multiplier"):
        combine_sampled_values([sv201(1, unit="Wh", multiplier=1.5)], "2.0.1")  # type: ignore[arg-type]
    with pytest.raises(UnitError, match="Voltage"):
        combine_sampled_values([sv201(None, "Voltage", "V")], "2.0.1")
    with pytest.raises(UnitError, match="Voltage"):
        combine_sampled_values([sv201("abc", "Voltage", "V")], "2.0.1")


def test_malformed_items_raise_unit_error() -> None:
    with pytest.raises(UnitError, match="object"):
        combine_sampled_values(["12345"], "1.6")  # type: ignore[list-item]
    with pytest.raises(UnitError, match="unitOfMeasure"):
        combine_sampled_values([{"value": 1, "unitOfMeasure": "Wh"}], "2.0.1")


def test_201_ignores_a_16_style_unit_key() -> None:
    # 2.0.1 carries the unit inside unitOfMeasure only; a stray "unit" key is not read.
    assert combine_sampled_values([{"value": 5000, "unit": "kWh"}], "2.0.1").energy_kwh == 5.0


def test_unknown_version_raises() -> None:
    with pytest.raises(ValueError, match="version"):
        combine_sampled_values([], "1.5")


# ----------------------------------------------------------------- sanity
def test_energy_delta_ok() -> None:
    assert energy_delta_kwh(10.1, 12.345) == (2.245, None)
    assert energy_delta_kwh(5.0, 5.0) == (0.0, None)


def test_energy_delta_negative() -> None:
    delta, flag = energy_delta_kwh(100.0, 99.5)
    assert delta == -0.5
    assert flag == "NEGATIVE"


def test_energy_delta_absurd_threshold() -> None:
    assert ABSURD_SESSION_KWH == 1000.0
    assert energy_delta_kwh(0.0, 1000.0) == (1000.0, None)
    assert energy_delta_kwh(0.0, 1000.001) == (1000.001, "ABSURD")
    assert energy_delta_kwh(50000.0, 70000.0)[1] == "ABSURD"


def test_energy_delta_rejects_nan() -> None:
    with pytest.raises(ValueError):
        energy_delta_kwh(float("nan"), 1.0)
