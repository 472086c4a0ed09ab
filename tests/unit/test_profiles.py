"""Charging profiles: validation, library, push (purposes, kW -> W), clear, composite."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from driver_fakes import FakeCommands, FakeResult, make_charger

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.services.profiles import (
    Limits,
    ProfileDraft,
    ProfileService,
    step_points,
    validate_profile,
)
from csms_desktop.services.validation import ValidationError
from csms_desktop.store.models import ChargingProfile, Connector, Transaction


def errors(d: ProfileDraft, limits: Limits | None = None) -> dict[str, str]:
    try:
        validate_profile(d, limits)
    except ValidationError as exc:
        return exc.errors
    return {}


def test_valid_profile() -> None:
    assert errors(ProfileDraft("Day", "A", ((0, 32), (3600, 16)), duration=7200)) == {}


@pytest.mark.parametrize("periods,msg", [
    ((), "at least one period"),
    (((60, 16),), "first period starts at 0"),
    (((0, 16), (3600, 10), (1800, 8)), "row 3: periods are in ascending order"),
    (((0, 16), (0, 10)), "row 2: periods are in ascending order"),
    (((0, 0),), "row 1: the limit must be more than 0"),
    (((0, -5),), "more than 0"),
    (((0, 16), (8 * 86400, 8)), "row 2: starts after 7 day(s)"),
])
def test_period_rules(periods, msg) -> None:  # type: ignore[no-untyped-def]
    assert msg in errors(ProfileDraft("P", "A", periods))["periods"]


def test_limits_within_the_chargers_maximum() -> None:
    lim = Limits(max_power_kw=22.0, max_current_a=32.0)
    assert "above the connector's maximum of 32 A" in errors(
        ProfileDraft("P", "A", ((0, 40),)), lim)["periods"]
    assert "above the charger's maximum of 22 kW" in errors(
        ProfileDraft("P", "kW", ((0, 50),)), lim)["periods"]
    assert errors(ProfileDraft("P", "W", ((0, 22000),)), lim) == {}
    assert "periods" in errors(ProfileDraft("P", "W", ((0, 22001),)), lim)
    assert errors(ProfileDraft("P", "A", ((0, 400),))) == {}  # unknown maximum


def test_durations_and_fields_sane() -> None:
    e = errors(ProfileDraft("", "VA", ((0, 1),), stack_level=-1, duration=8 * 86400,
                            purpose="Other", valid_from=datetime(2030, 2, 1, tzinfo=UTC),
                            valid_to=datetime(2030, 1, 1, tzinfo=UTC)))
    assert set(e) == {"name", "unit", "stack_level", "duration", "purpose", "valid_to"}
    e = errors(ProfileDraft("R", "A", ((0, 16), (90000, 8)), kind="Recurring",
                            recurrency="Daily"))
    assert "starts after 1 day(s)" in e["periods"]
    assert "recurrency" in errors(ProfileDraft("R", "A", ((0, 16),), kind="Recurring"))
    assert "row 2: starts after the profile's duration" in errors(
        ProfileDraft("D", "A", ((0, 16), (3600, 8)), duration=1800))["periods"]


@pytest.fixture
def env(services):  # type: ignore[no-untyped-def]
    make_charger("CP1", connectors=2, max_power=22.0, max_current=32.0)
    cmds = FakeCommands()
    return ProfileService(services, cmds), cmds


def test_library_seed_save_unique_name(env) -> None:  # type: ignore[no-untyped-def]
    svc, _ = env
    assert svc.seed_library() == 4
    assert svc.seed_library() == 0
    names = [p.name for p in svc.library()]
    assert "Night charging (daily)" in names
    row = svc.save(ProfileDraft("Mine", "kW", ((0, 11.0), (1800, 7.4)), duration=3600))
    stored = ChargingProfile.get_by_id(row.id)
    assert stored.charging_schedule == {
        "chargingRateUnit": "kW", "duration": 3600,
        "chargingSchedulePeriod": [{"startPeriod": 0, "limit": 11.0},
                                   {"startPeriod": 1800, "limit": 7.4}]}
    assert svc.get(row.id).draft.periods == ((0, 11.0), (1800, 7.4))
    with pytest.raises(ValidationError) as exc:
        svc.save(ProfileDraft("Mine", "A", ((0, 6),)))
    assert "exists already" in exc.value.errors["name"]
    svc.save(ProfileDraft("Mine", "A", ((0, 6),)), row.id)  # itself
    with pytest.raises(ValidationError):
        svc.save(ProfileDraft("Bad", "A", ((5, 6),)))


async def test_push_kw_profile_converts_to_w_and_records_installed(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds = env
    row = svc.save(ProfileDraft("Eco", "kW", ((0, 7.4), (3600, 3.7)), stack_level=2))
    res = await svc.push(row.id, "CP1", 1, "TxDefaultProfile")
    assert res.ok
    call = cmds.of("set_charging_profile")[0]
    assert call["connector_id"] == 1
    p = call["profile"]
    assert p["unit"] == "W" and p["periods"] == [(0, 7400.0), (3600, 3700.0)]
    assert p["purpose"] == "TxDefaultProfile" and p["stack_level"] == 2
    assert isinstance(p["id"], int)
    installed = svc.installed("CP1")
    assert [(i.name, i.connector_no, i.ocpp_profile_id) for i in installed] == [
        ("Eco", 1, p["id"])]
    await svc.push(row.id, "CP1", 1, "TxDefaultProfile")  # same id again: replaced
    assert len(svc.installed("CP1")) == 1
    assert cmds.of("set_charging_profile")[1]["profile"]["id"] == p["id"]


async def test_push_refuses_what_the_target_cannot_take(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds = env
    big = svc.save(ProfileDraft("Big", "A", ((0, 63),)))
    with pytest.raises(ValidationError) as exc:
        await svc.push(big.id, "CP1", 1, "TxDefaultProfile")
    assert "32 A" in exc.value.errors["periods"]
    cap = svc.save(ProfileDraft("Cap", "kW", ((0, 22),)))
    with pytest.raises(ValidationError) as exc:
        await svc.push(cap.id, "CP1", 1, "ChargePointMaxProfile")
    assert "connector 0" in exc.value.errors["connector"]
    with pytest.raises(ValidationError) as exc:
        await svc.push(cap.id, "CP1", 2, "TxProfile")
    assert "needs one" in exc.value.errors["purpose"]
    assert cmds.calls == []
    res = await svc.push(cap.id, "CP1", 0, "ChargePointMaxProfile")
    assert res.ok and cmds.of("set_charging_profile")[0]["connector_id"] == 0


async def test_tx_profile_carries_the_running_transaction(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds = env
    Transaction.create(transaction_id="77", charge_point="CP1",
                       connector=Connector.get(Connector.connector_id == 2),
                       start_time=datetime.now(UTC), status=TransactionStatus.ACTIVE)
    row = svc.save(ProfileDraft("Slow", "A", ((0, 10),)))
    res = await svc.push(row.id, "CP1", 2, "TxProfile")
    assert res.ok and cmds.of("set_charging_profile")[0]["profile"]["transaction_id"] == "77"


async def test_recurring_starts_at_local_midnight(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds = env
    svc.seed_library()
    night = next(p for p in svc.library() if p.draft.kind == "Recurring")
    now = datetime(2030, 1, 10, 20, 0, tzinfo=UTC)  # 03:00 on the 11th in Bangkok
    await svc.push(night.id, "CP1", 0, "TxDefaultProfile", now=now)
    p = cmds.of("set_charging_profile")[0]["profile"]
    assert p["kind"] == "Recurring" and p["recurrency"] == "Daily"
    assert p["start_schedule"] == datetime(2030, 1, 10, 17, 0, tzinfo=UTC)


async def test_rejected_push_records_nothing_and_clear(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds = env
    row = svc.save(ProfileDraft("X", "A", ((0, 16),)))
    cmds.answers["set_charging_profile"] = FakeResult("rejected", "Rejected")
    res = await svc.push(row.id, "CP1", 1)
    assert not res.ok and res.status == "Rejected" and svc.installed() == []
    cmds.answers["set_charging_profile"] = FakeResult()
    await svc.push(row.id, "CP1", 1)
    res = await svc.clear("CP1", profile_id=row.id)
    assert res.ok and svc.installed() == []
    ocpp_id = svc.get(row.id).ocpp_profile_id
    assert cmds.of("clear_charging_profile")[0]["profile_id"] == ocpp_id
    await svc.push(row.id, "CP1", 1)
    await svc.clear("CP1", connector_no=1, purpose="TxDefaultProfile")
    assert svc.installed() == []


async def test_composite_schedule_read_back(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds = env
    cmds.answers["get_composite_schedule"] = FakeResult(data={
        "periods": [(0, 11000.0), (600, 7400.0)], "unit": "W", "start": "2030-01-01T00:00:00Z"})
    comp = await svc.composite("CP1", 1, 3600, "kW")
    assert cmds.of("get_composite_schedule")[0]["unit"] == "W"
    assert comp.ok and comp.unit == "kW" and comp.periods == ((0, 11.0), (600, 7.4))
    cmds.answers["get_composite_schedule"] = FakeResult("rejected", "Rejected")
    comp = await svc.composite("CP1", 1, 3600, "A")
    assert not comp.ok and comp.periods == ()


def test_step_points() -> None:
    xs, ys = step_points(((0, 32.0), (3600, 16.0)), 7200)
    assert xs == [0.0, 1.0, 2.0] and ys == [32.0, 16.0]

