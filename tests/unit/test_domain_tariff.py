"""Tests for csms_desktop.domain.tariff."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime, time, timedelta
from decimal import Decimal

import pytest

from csms_desktop.domain.money import round_money
from csms_desktop.domain.tariff import (
    CostBreakdown,
    CostLine,
    TariffSpec,
    TariffWindow,
    compute_cost,
)

D = Decimal
BKK = "Asia/Bangkok"  # UTC+7, no DST


def utc(year: int, month: int, day: int, hour: int = 0) -> datetime:
    return datetime(year, month, day, hour, tzinfo=UTC)


def linear(start: datetime, end: datetime, kwh: float, steps: int,
           base: float = 1000.0) -> list[tuple[datetime, float]]:
    """Register points with constant power from ``start`` to ``end``."""
    span = end - start
    return [(start + span * i / steps, base + kwh * i / steps) for i in range(steps + 1)]


def energy_lines(b: CostBreakdown) -> dict[str, Decimal]:
    return {c.name: c.quantity or D(0) for c in b.lines if c.kind == "ENERGY"}


def check_invariants(b: CostBreakdown) -> None:
    assert b.total == sum((c.amount for c in b.lines), D(0))
    assert b.total == b.subtotal + b.tax
    assert b.subtotal == sum((c.amount for c in b.lines if c.kind != "TAX"), D(0))
    assert b.tax == sum((c.amount for c in b.lines if c.kind == "TAX"), D(0))
    assert sum((c.quantity or D(0) for c in b.lines if c.kind == "ENERGY"), D(0)) == b.energy_kwh
    for c in b.lines:
        assert c.amount == round_money(c.amount, b.currency)


FLAT = TariffSpec(currency="THB", price_per_kwh=D("7.50"))
NIGHT = TariffWindow(time(22), time(6), D("4.00"), "Night")
TOU = TariffSpec(currency="THB", price_per_kwh=D("7.50"), windows=(NIGHT,))


# ----------------------------------------------------------------- energy
def test_flat_tariff_no_tax() -> None:
    s, e = utc(2024, 5, 1, 3), utc(2024, 5, 1, 5)
    b = compute_cost(FLAT, linear(s, e, 10.123, 8), s, e, None, BKK)
    assert b.energy_kwh == D("10.123")
    assert [(c.kind, c.name, c.quantity, c.unit, c.unit_rate, c.amount) for c in b.lines] == [
        ("ENERGY", "Standard", D("10.123"), "kWh", D("7.50"), D("75.92"))
    ]
    assert (b.subtotal, b.tax, b.total) == (D("75.92"), D("0"), D("75.92"))
    check_invariants(b)


def test_segment_split_at_window_start() -> None:
    # 21:00-23:00 Bangkok = 14:00-16:00 UTC; one segment only, split at 22:00 local.
    s, e = utc(2024, 5, 1, 14), utc(2024, 5, 1, 16)
    b = compute_cost(TOU, [(s, 100.0), (e, 120.0)], s, e, None, BKK)
    assert energy_lines(b) == {"Standard": D("10.000"), "Night": D("10.000")}
    assert b.subtotal == D("75.00") + D("40.00")
    check_invariants(b)


def test_window_wrapping_midnight_all_inside() -> None:
    # 23:00-01:00 local
    s, e = utc(2024, 5, 1, 16), utc(2024, 5, 1, 18)
    b = compute_cost(TOU, linear(s, e, 8.0, 4), s, e, None, BKK)
    assert energy_lines(b) == {"Night": D("8.000")}
    assert b.total == D("32.00")


def test_segment_crossing_two_boundaries() -> None:
    # 05:00 -> 23:00 local in one segment of 18 h at 1 kWh/h: 1 h night, 16 h day, 1 h night.
    s, e = utc(2024, 5, 1, 22) - timedelta(hours=24), utc(2024, 5, 1, 16)
    assert (e - s) == timedelta(hours=18)
    b = compute_cost(TOU, [(s, 0.0), (e, 18.0)], s, e, None, BKK)
    assert energy_lines(b) == {"Night": D("2.000"), "Standard": D("16.000")}
    assert b.total == D("8.00") + D("120.00")


def test_overlapping_windows_first_wins_and_order_of_lines_is_first_use() -> None:
    peak = TariffWindow(time(18), time(21), D("9.00"), "Peak")
    evening = TariffWindow(time(17), time(23), D("8.00"), "Evening")
    spec = TariffSpec("THB", D("7.00"), windows=(peak, evening))
    s, e = utc(2024, 5, 1, 9), utc(2024, 5, 1, 16)  # 16:00-23:00 local, 1 kWh/h
    b = compute_cost(spec, [(s, 0.0), (e, 7.0)], s, e, None, BKK)
    assert list(energy_lines(b).items()) == [
        ("Standard", D("1.000")), ("Evening", D("3.000")), ("Peak", D("3.000"))
    ]


def test_whole_day_window_and_window_ending_at_midnight() -> None:
    all_day = TariffWindow(time(0), time(0), D("5.00"), "All day")
    b = compute_cost(TariffSpec("THB", D("9"), windows=(all_day,)),
                     [(utc(2024, 5, 1, 0), 0.0), (utc(2024, 5, 3, 0), 48.0)],
                     utc(2024, 5, 1, 0), utc(2024, 5, 3, 0), None, BKK)
    assert energy_lines(b) == {"All day": D("48.000")}

    late = TariffWindow(time(22), time(0), D("3.00"), "Late")
    s, e = utc(2024, 5, 1, 14), utc(2024, 5, 1, 18)  # 21:00-01:00 local
    b = compute_cost(TariffSpec("THB", D("9"), windows=(late,)), [(s, 0.0), (e, 4.0)],
                     s, e, None, BKK)
    assert energy_lines(b) == {"Standard": D("2.000"), "Late": D("2.000")}


def test_windows_with_same_name_and_price_share_a_line() -> None:
    a = TariffWindow(time(0), time(6), D("4.00"), "Off-peak")
    b_ = TariffWindow(time(22), time(0), D("4.00"), "Off-peak")
    spec = TariffSpec("THB", D("7.50"), windows=(a, b_))
    s, e = utc(2024, 5, 1, 14), utc(2024, 5, 2, 0)  # 21:00-07:00 local, 1 kWh/h
    b = compute_cost(spec, [(s, 0.0), (e, 10.0)], s, e, None, BKK)
    assert energy_lines(b) == {"Standard": D("2.000"), "Off-peak": D("8.000")}


def test_quantities_are_allocated_to_add_up() -> None:
    w1 = TariffWindow(time(0), time(8), D("1"), "A")
    w2 = TariffWindow(time(8), time(16), D("2"), "B")
    w3 = TariffWindow(time(16), time(0), D("3"), "C")
    spec = TariffSpec("THB", D("9"), windows=(w1, w2, w3))
    s = datetime(2024, 5, 1, 0, tzinfo=UTC) - timedelta(hours=7)  # local midnight
    e = s + timedelta(hours=24)
    b = compute_cost(spec, [(s, 0.0), (e, 1.0)], s, e, None, BKK)
    q = energy_lines(b)
    assert sorted(q.values()) == [D("0.333"), D("0.333"), D("0.334")]
    assert sum(q.values()) == D("1.000")
    check_invariants(b)


def test_unsorted_points_and_naive_datetimes() -> None:
    s, e = utc(2024, 5, 1, 14), utc(2024, 5, 1, 16)
    pts = [(e.replace(tzinfo=None), 120.0), (s, 100.0), (s + timedelta(hours=1), 110.0)]
    b = compute_cost(TOU, pts, s, e, None, BKK)
    assert energy_lines(b) == {"Standard": D("10.000"), "Night": D("10.000")}


def test_register_reset_segment_adds_nothing() -> None:
    s = utc(2024, 5, 1, 3)
    pts = [(s, 5000.0), (s + timedelta(minutes=10), 5002.0),
           (s + timedelta(minutes=20), 0.5), (s + timedelta(minutes=30), 3.5)]
    b = compute_cost(FLAT, pts, s, s + timedelta(minutes=30), None, BKK)
    assert b.energy_kwh == D("5.000")


def test_same_instant_points_count_at_that_instant() -> None:
    t = utc(2024, 5, 1, 16)  # 23:00 local, night
    b = compute_cost(TOU, [(t, 10.0), (t, 12.0)], t, t, None, BKK)
    assert energy_lines(b) == {"Night": D("2.000")}


def test_fewer_than_two_points_uses_total_spread_evenly() -> None:
    s, e = utc(2024, 5, 1, 14), utc(2024, 5, 1, 16)
    b = compute_cost(TOU, [(s, 100.0)], s, e, None, BKK, total_kwh=20.0)
    assert energy_lines(b) == {"Standard": D("10.000"), "Night": D("10.000")}
    b = compute_cost(TOU, [], s, e, None, BKK, total_kwh=20.0)
    assert b.energy_kwh == D("20.000")
    with pytest.raises(ValueError):
        compute_cost(TOU, [], s, e, None, BKK, total_kwh=-1.0)


def test_no_energy_gives_one_zero_line_at_price_in_force() -> None:
    s, e = utc(2024, 5, 1, 16), utc(2024, 5, 1, 17)  # 23:00 local: night
    b = compute_cost(TOU, [], s, e, None, BKK)
    assert [(c.kind, c.name, c.quantity, c.amount) for c in b.lines] == [
        ("ENERGY", "Night", D("0.000"), D("0.00"))
    ]
    assert b.total == D("0.00")


# ----------------------------------------------------------------- DST
def test_dst_spring_forward_window_in_skipped_hour() -> None:
    # Berlin 2024-03-31: 02:00 CET -> 03:00 CEST at 01:00 UTC. Window 02:30-04:00 starts
    # inside the skipped hour, so it is in force from the jump (01:00 UTC) to 02:00 UTC.
    w = TariffWindow(time(2, 30), time(4), D("1.00"), "W")
    spec = TariffSpec("EUR", D("2.00"), windows=(w,))
    s, e = utc(2024, 3, 31, 0), utc(2024, 3, 31, 3)
    b = compute_cost(spec, [(s, 0.0), (e, 30.0)], s, e, None, "Europe/Berlin")
    assert energy_lines(b) == {"Standard": D("20.000"), "W": D("10.000")}


def test_dst_fall_back_window_in_repeated_hour() -> None:
    # Berlin 2024-10-27: 03:00 CEST -> 02:00 CET at 01:00 UTC. Window 01:30-02:30 is in
    # force 23:30-00:30 UTC and again 01:00-01:30 UTC (02:00-02:30 CET).
    w = TariffWindow(time(1, 30), time(2, 30), D("1.00"), "W")
    spec = TariffSpec("EUR", D("2.00"), windows=(w,))
    s, e = utc(2024, 10, 26, 23), utc(2024, 10, 27, 3)
    b = compute_cost(spec, [(s, 0.0), (e, 40.0)], s, e, None, "Europe/Berlin")
    assert energy_lines(b) == {"Standard": D("25.000"), "W": D("15.000")}


def test_dst_with_many_points() -> None:
    w = TariffWindow(time(1, 30), time(2, 30), D("1.00"), "W")
    spec = TariffSpec("EUR", D("2.00"), windows=(w,))
    s, e = utc(2024, 10, 26, 23), utc(2024, 10, 27, 3)
    b = compute_cost(spec, linear(s, e, 40.0, 48), s, e, None, "Europe/Berlin")
    assert energy_lines(b) == {"Standard": D("25.000"), "W": D("15.000")}


# ----------------------------------------------------------------- fees
def test_session_fee_line() -> None:
    spec = TariffSpec("BRL", D("1.99"), session_fee=D("5.00"))
    s, e = utc(2024, 5, 1, 12), utc(2024, 5, 1, 13)
    b = compute_cost(spec, [(s, 0.0), (e, 10.0)], s, e, None, "America/Sao_Paulo")
    fee = [c for c in b.lines if c.kind == "SESSION_FEE"]
    assert fee == [CostLine("SESSION_FEE", "Session fee", D(1), "session", D("5.00"),
                            D("5.00"), D("5.00"))]
    assert b.total == D("19.90") + D("5.00")


@pytest.mark.parametrize(
    ("idle", "grace", "expected_minutes"),
    [(timedelta(minutes=30), 10, 20), (timedelta(minutes=30, seconds=59), 10, 20),
     (timedelta(minutes=10), 10, 0), (timedelta(minutes=5), 10, 0), (timedelta(0), 0, 0),
     (timedelta(minutes=1), 0, 1)],
)
def test_idle_fee(idle: timedelta, grace: int, expected_minutes: int) -> None:
    spec = TariffSpec("THB", D("7.50"), idle_fee_per_minute=D("2.00"), idle_grace_minutes=grace)
    s, end = utc(2024, 5, 1, 3), utc(2024, 5, 1, 5)
    b = compute_cost(spec, [(s, 0.0), (end - idle, 10.0)], s, end, end - idle, BKK)
    idle_lines = [c for c in b.lines if c.kind == "IDLE_FEE"]
    if expected_minutes == 0:
        assert idle_lines == []
    else:
        (line,) = idle_lines
        assert (line.quantity, line.unit, line.amount) == (
            D(expected_minutes), "min", D(2 * expected_minutes).quantize(D("0.01")))


def test_idle_fee_edge_times() -> None:
    spec = TariffSpec("THB", D("7.50"), idle_fee_per_minute=D("1"))
    s, e = utc(2024, 5, 1, 3), utc(2024, 5, 1, 4)
    # charging ended after the session end: nothing
    b = compute_cost(spec, [], s, e, e + timedelta(minutes=5), BKK)
    assert not [c for c in b.lines if c.kind == "IDLE_FEE"]
    # charging "ended" before the start: counted from the start
    b = compute_cost(spec, [], s, e, s - timedelta(hours=5), BKK)
    assert [c.quantity for c in b.lines if c.kind == "IDLE_FEE"] == [D(60)]
    # no charging_ended_at: no idle fee
    b = compute_cost(spec, [], s, e, None, BKK)
    assert not [c for c in b.lines if c.kind == "IDLE_FEE"]


# ----------------------------------------------------------------- tax
def test_net_prices_tax_on_rounded_subtotal() -> None:
    spec = TariffSpec("THB", D("7.50"), session_fee=D("10.00"), tax_rate=D("0.07"))
    s, e = utc(2024, 5, 1, 3), utc(2024, 5, 1, 5)
    b = compute_cost(spec, [(s, 0.0), (e, 10.123)], s, e, None, BKK)
    energy, fee, tax = b.lines
    assert (energy.unit_rate, energy.unit_price, energy.amount) == (
        D("7.50"), D("8.0250"), D("75.92"))
    assert fee.amount == D("10.00")
    assert (tax.kind, tax.name, tax.unit_rate, tax.amount) == ("TAX", "Tax 7%", D("0.07"),
                                                                 D("6.01"))
    assert (b.subtotal, b.tax, b.total) == (D("85.92"), D("6.01"), D("91.93"))


def test_gross_prices_total_is_what_the_posted_price_says() -> None:
    spec = TariffSpec("THB", D("7.50"), tax_rate=D("0.07"), prices_include_tax=True)
    s, e = utc(2024, 5, 1, 3), utc(2024, 5, 1, 5)
    b = compute_cost(spec, [(s, 0.0), (e, 10.123)], s, e, None, BKK)
    energy, tax = b.lines
    assert tax.kind == "TAX" and tax.amount == b.tax
    assert energy.unit_price == D("7.50")
    assert energy.unit_rate == D("7.009346")  # 7.50 / 1.07, 6 decimals
    assert b.total == D("75.92")  # round(10.123 * 7.50)
    assert b.tax == D("4.97")  # round(75.92 * 0.07 / 1.07)
    assert b.subtotal == energy.amount == D("70.95")
    check_invariants(b)


def test_tax_name_and_zero_tax_has_no_line() -> None:
    s, e = utc(2024, 5, 1, 3), utc(2024, 5, 1, 4)
    b = compute_cost(TariffSpec("BRL", D("1"), tax_rate=D("0.075")), [(s, 0.0), (e, 1.0)],
                     s, e, None, "America/Sao_Paulo")
    assert b.lines[-1].name == "Tax 7.5%"
    b = compute_cost(FLAT, [(s, 0.0), (e, 1.0)], s, e, None, BKK)
    assert all(c.kind != "TAX" for c in b.lines)
    assert b.tax == 0


def test_zero_decimal_currency() -> None:
    spec = TariffSpec("JPY", D("35.5"), tax_rate=D("0.10"))
    s, e = utc(2024, 5, 1, 3), utc(2024, 5, 1, 4)
    b = compute_cost(spec, [(s, 0.0), (e, 1.0)], s, e, None, "Asia/Tokyo")
    assert (b.subtotal, b.tax, b.total) == (D("36"), D("4"), D("40"))


@pytest.mark.parametrize("gross", [False, True])
def test_invariants_on_random_sessions(gross: bool) -> None:
    rng = random.Random(20240501 + gross)
    zones = [BKK, "America/Sao_Paulo", "Europe/Berlin", "Europe/Lisbon", "America/New_York"]
    for _ in range(300):
        windows = tuple(
            TariffWindow(time(rng.randrange(24), rng.choice([0, 15, 30, 45])),
                         time(rng.randrange(24), rng.choice([0, 30])),
                         D(rng.randrange(0, 2000)) / 100, f"W{i}")
            for i in range(rng.randrange(4))
        )
        spec = TariffSpec(
            rng.choice(["THB", "BRL", "EUR", "JPY", "KWD"]),
            D(rng.randrange(1, 3000)) / D(rng.choice([100, 1000])),
            windows=windows,
            session_fee=D(rng.randrange(0, 1000)) / 100,
            idle_fee_per_minute=D(rng.randrange(0, 500)) / 1000,
            idle_grace_minutes=rng.randrange(0, 30),
            tax_rate=D(rng.choice([0, 5, 7, 10, 175, 18, 23])) / 100,
            prices_include_tax=gross,
        )
        start = utc(2024, 1, 1) + timedelta(minutes=rng.randrange(0, 525600))
        pts, t, reg = [], start, rng.uniform(0, 50000)
        for _ in range(rng.randrange(0, 30)):
            pts.append((t, round(reg, rng.choice([0, 1, 3, 6]))))
            t += timedelta(seconds=rng.randrange(0, 7200))
            reg += rng.choice([0.0, rng.uniform(0, 30), rng.uniform(0, 0.01)])
        end = t + timedelta(minutes=rng.randrange(0, 120))
        ended = rng.choice([None, t, start])
        b = compute_cost(spec, pts, start, end, ended, rng.choice(zones))
        check_invariants(b)
        base = [c for c in b.lines if c.kind != "TAX"]
        if gross:
            assert b.total == sum(
                (round_money((c.quantity or D(0)) * (c.unit_price or D(0)), b.currency)
                 for c in base), D(0))
            assert b.tax == round_money(b.total * spec.tax_rate / (1 + spec.tax_rate),
                                        b.currency)
        else:
            for c in base:
                assert c.amount == round_money((c.quantity or D(0)) * (c.unit_rate or D(0)),
                                               b.currency)
            assert b.tax == round_money(b.subtotal * spec.tax_rate, b.currency)
        assert CostBreakdown.from_json(b.to_json()) == b


# ----------------------------------------------------------------- JSON
def sample_breakdown() -> CostBreakdown:
    spec = TariffSpec("THB", D("7.50"), windows=(NIGHT,), session_fee=D("10"),
                      idle_fee_per_minute=D("1.5"), tax_rate=D("0.07"))
    s, e = utc(2024, 5, 1, 14), utc(2024, 5, 1, 17)
    return compute_cost(spec, linear(s, e - timedelta(hours=1), 20.0, 10), s, e,
                        e - timedelta(hours=1), BKK)


def test_json_round_trip_keeps_decimals_exact() -> None:
    b = sample_breakdown()
    text = b.to_json()
    d = json.loads(text)
    assert d["version"] == 1
    assert all(isinstance(line["amount"], str) for line in d["lines"])
    back = CostBreakdown.from_json(text)
    assert back == b
    assert [str(c.amount) for c in back.lines] == [str(c.amount) for c in b.lines]
    assert {c.kind for c in back.lines} == {"ENERGY", "SESSION_FEE", "IDLE_FEE", "TAX"}


def test_from_json_rejects_inconsistent_or_malformed() -> None:
    d = json.loads(sample_breakdown().to_json())
    d["total"] = str(D(d["total"]) + D("0.01"))
    with pytest.raises(ValueError, match="add up"):
        CostBreakdown.from_json(json.dumps(d))
    d = json.loads(sample_breakdown().to_json())
    d["lines"][0]["kind"] = "DISCOUNT"
    with pytest.raises(ValueError, match="kind"):
        CostBreakdown.from_json(json.dumps(d))
    d = json.loads(sample_breakdown().to_json())
    d["lines"][0]["amount"] = 1.5
    with pytest.raises(ValueError):
        CostBreakdown.from_json(json.dumps(d))
    for bad in ["", "[]", "{}", '{"lines": []}', "not json"]:
        with pytest.raises(ValueError):
            CostBreakdown.from_json(bad)


# ----------------------------------------------------------------- validation
def test_spec_validation() -> None:
    with pytest.raises(TypeError):
        TariffSpec("THB", 7.5)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        TariffSpec("THB", D("-1"))
    with pytest.raises(ValueError):
        TariffSpec("THB", D("NaN"))
    with pytest.raises(ValueError, match="currency"):
        TariffSpec("XYZ", D("1"))
    with pytest.raises(ValueError):
        TariffSpec("THB", D("1"), idle_grace_minutes=-1)
    with pytest.raises(ValueError):
        TariffSpec("THB", D("1"), tax_rate=D("-0.07"))
    with pytest.raises(TypeError):
        TariffSpec("THB", D("1"), windows=("22-06",))  # type: ignore[arg-type]
    assert TariffSpec("thb", D("1")).currency == "THB"


def test_window_validation_and_contains() -> None:
    with pytest.raises(ValueError):
        TariffWindow(time(22, tzinfo=UTC), time(6), D("1"), "x")
    with pytest.raises(ValueError):
        TariffWindow(time(22), time(6), D("1"), "  ")
    with pytest.raises(TypeError):
        TariffWindow(time(22), time(6), 1.0, "x")  # type: ignore[arg-type]
    assert NIGHT.contains(time(22)) and NIGHT.contains(time(0)) and NIGHT.contains(time(5, 59))
    assert not NIGHT.contains(time(6)) and not NIGHT.contains(time(21, 59, 59))
    day = TariffWindow(time(8), time(17), D("1"), "Day")
    assert day.contains(time(8)) and not day.contains(time(17)) and not day.contains(time(7))


def test_compute_cost_validation() -> None:
    s, e = utc(2024, 5, 1, 3), utc(2024, 5, 1, 4)
    with pytest.raises(ValueError, match="before"):
        compute_cost(FLAT, [], e, s, None, BKK)
    with pytest.raises(ValueError, match="time zone"):
        compute_cost(FLAT, [], s, e, None, "Mars/Olympus")
    with pytest.raises(ValueError):
        compute_cost(FLAT, [(s, float("nan")), (e, 1.0)], s, e, None, BKK)
