"""Tariffs and the stored cost of a transaction: windows, idle fees, tax, rounding, which
tariff applies (in force at the start, the client's over the site's), manager-only edits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from billing_data import MARIA, bkk, charger, client, driver, session, site_tariff

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.domain.money import ROUNDING_RULE, round_money
from csms_desktop.domain.tariff import CostBreakdown, TariffSpec, compute_cost
from csms_desktop.services import billing
from csms_desktop.services.billing.content import _aggregate
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.store.models import Transaction

MANAGER = OperatorInfo("op1", "boss", "Boss", OperatorRole.MANAGER)
ATTENDANT = OperatorInfo("op2", "desk", "Desk", OperatorRole.ATTENDANT)
ADMIN = OperatorInfo("op3", "root", "Root", OperatorRole.ADMIN)


def _lines(tx: Transaction) -> dict[str, tuple[Decimal | None, Decimal]]:
    cost = CostBreakdown.from_json(tx.cost_breakdown)
    return {c.name: (c.quantity, c.amount) for c in cost.lines}


def test_session_crossing_peak_and_off_peak_is_split(db) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff()
    u = driver(client(), "João")
    # 21:00-23:00 Bangkok, 20 kWh evenly: 10 kWh peak (8.50) + 10 kWh off-peak (4.50)
    tx = session(u, conn, bkk(2024, 10, 3, 21), 20.0, minutes=120)
    lines = _lines(tx)
    assert lines["Peak"] == (Decimal("10.000"), Decimal("85.00"))
    assert lines["Off-peak"] == (Decimal("10.000"), Decimal("45.00"))
    assert lines["Session fee"] == (Decimal(1), Decimal("10.00"))
    assert lines["Tax 7%"] == (None, Decimal("9.80"))  # 7% of 140.00
    assert tx.total_cost == Decimal("149.80")
    assert tx.currency == "THB"


def test_idle_fee_after_grace_and_no_energy_while_idle(db) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff()
    u = driver(client(), "João")
    # charging 10:00-11:00 (peak), then 40 min plugged in: 40 - 15 grace = 25 min x 2.00
    tx = session(u, conn, bkk(2024, 10, 3, 10), 6.0, minutes=60, idle_minutes=40)
    lines = _lines(tx)
    assert lines["Idle fee"] == (Decimal(25), Decimal("50.00"))
    assert lines["Peak"] == (Decimal("6.000"), Decimal("51.00"))  # all energy before idling
    assert tx.total_cost == round_money(Decimal("111.00") * Decimal("1.07"), "THB")


def test_rounding_rule_is_half_up_and_stated_once() -> None:
    assert "ROUND_HALF_UP" in ROUNDING_RULE
    spec = TariffSpec(currency="THB", price_per_kwh=Decimal("0.125"))
    start = datetime(2024, 10, 1, tzinfo=UTC)
    cost = compute_cost(spec, [(start, 0.0), (start + timedelta(hours=1), 1.0)], start,
                        start + timedelta(hours=1), None, "UTC")
    assert cost.total == Decimal("0.13")  # 0.125 -> 0.13, not banker's 0.12
    assert round_money(Decimal("-0.125"), "THB") == Decimal("-0.13")
    assert round_money(Decimal("2.5"), "JPY") == Decimal("3")


def test_tax_on_the_rounded_subtotal(db) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff(windows=[], price_per_kwh=Decimal("3.3333"), session_fee=Decimal(0),
                tax_rate=Decimal("0.07"))
    u = driver(client(), "João")
    tx = session(u, conn, bkk(2024, 10, 3, 10), 1.0)
    lines = _lines(tx)
    assert lines["Standard"][1] == Decimal("3.33")
    assert lines["Tax 7%"][1] == Decimal("0.23")  # round(3.33 * 0.07) = 0.2331 -> 0.23
    assert tx.total_cost == Decimal("3.56")


def test_tariff_in_force_at_start_and_past_prices_kept(db) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    old = site_tariff(windows=[], price_per_kwh=Decimal("5.00"), session_fee=Decimal(0),
                      tax_rate=Decimal(0))
    u = driver(client(), "João")
    before = session(u, conn, bkk(2024, 10, 3, 10), 10.0)
    assert before.total_cost == Decimal("50.00")
    new = billing.change_tariff(MANAGER, old.id, {
        "price_per_kwh": "6.00", "effective_from": bkk(2024, 10, 3, 10, 30)})
    assert new.id != old.id and old.effective_from < new.effective_from
    # started before the change, ended after it: the tariff at the start applies
    crossing = session(u, conn, bkk(2024, 10, 3, 10, 15), 10.0, minutes=60)
    assert crossing.total_cost == Decimal("50.00")
    after = session(u, conn, bkk(2024, 10, 3, 12), 10.0)
    assert after.total_cost == Decimal("60.00") and after.tariff_id == new.id
    # the old row is untouched and the stored price of the first session too
    assert Transaction.get_by_id(before.id).total_cost == Decimal("50.00")
    from csms_desktop.store.models import Tariff

    assert Tariff.get_by_id(old.id).price_per_kwh == Decimal("5.00")
    with pytest.raises(billing.BillingError, match="priced"):
        billing.delete_tariff(MANAGER, old.id)


def test_client_tariff_wins_over_site_default(db) -> None:  # type: ignore[no-untyped-def]
    conn = charger()[0]
    site_tariff(windows=[], price_per_kwh=Decimal("5.00"), session_fee=Decimal(0),
                tax_rate=Decimal(0))
    fleet = client(number="2001")
    other = client(number="2002")
    own = billing.create_tariff(MANAGER, {
        "name": "Fleet", "client_id": fleet.id, "currency": "THB", "price_per_kwh": "4.00",
        "effective_from": bkk(2024, 10, 1)})
    assert fleet.__class__.get_by_id(fleet.id).tariff_id == own.id
    a = session(driver(fleet), conn, bkk(2024, 10, 3, 10), 10.0)
    b = session(driver(other), conn, bkk(2024, 10, 3, 10), 10.0)
    early = session(driver(fleet), conn, bkk(2024, 9, 30, 10), 10.0)  # before its own tariff
    assert (a.total_cost, b.total_cost, early.total_cost) == (
        Decimal("40.00"), Decimal("50.00"), Decimal("50.00"))
    views = {v.id: v for v in billing.list_tariffs()}
    assert views[own.id].client_name == MARIA["full_name"] and views[own.id].in_force


def test_tariff_validation_gives_field_messages(db) -> None:  # type: ignore[no-untyped-def]
    _, errors = billing.validate_tariff({
        "name": "", "currency": "ZZZ", "price_per_kwh": "-1", "session_fee": "abc",
        "idle_grace_minutes": "x", "tax_rate": "1.5",
        "windows": [{"name": "Peak", "start": "25:00", "end": "10:00", "price_per_kwh": "1"}],
    })
    assert set(errors) == {"name", "currency", "price_per_kwh", "session_fee",
                           "idle_grace_minutes", "tax_rate", "windows"}
    assert "HH:MM" in errors["windows"]
    clean, errors = billing.validate_tariff({
        "name": "Site", "currency": "thb", "price_per_kwh": "7,50",
        "windows": [{"name": "Night", "start": "0:00", "end": "6:00", "price_per_kwh": "3"}]})
    assert errors == {}
    assert clean["currency"] == "THB" and clean["price_per_kwh"] == Decimal("7.50")
    assert clean["windows"][0]["start"] == "00:00"


def test_only_managers_change_tariffs(db) -> None:  # type: ignore[no-untyped-def]
    data = {"name": "Site", "currency": "THB", "price_per_kwh": "7"}
    with pytest.raises(billing.PermissionDenied):
        billing.create_tariff(ATTENDANT, data)
    assert billing.create_tariff(MANAGER, data).price_per_kwh == Decimal("7")
    assert billing.create_tariff(ADMIN, data)
    inactive = OperatorInfo("op4", "gone", "", OperatorRole.MANAGER, active=False)
    with pytest.raises(billing.PermissionDenied):
        billing.create_tariff(inactive, data)
    with pytest.raises(billing.PermissionDenied):
        billing.create_client(ATTENDANT, MARIA)


def test_ten_thousand_items_sum_exactly(db) -> None:  # type: ignore[no-untyped-def]
    """10,000 lines with awkward prices: the total is their exact sum, float or not."""
    start = datetime(2024, 10, 1, tzinfo=UTC)
    costs = []
    for k in range(10_000):
        spec = TariffSpec(currency="THB", price_per_kwh=Decimal("0.0001") * (k + 1) +
                          Decimal("0.3333"), tax_rate=Decimal("0.07"))
        costs.append(compute_cost(spec, [(start, 0.0), (start + timedelta(minutes=30),
                                                        0.333 + k / 1000)],
                                  start, start + timedelta(minutes=30), None, "UTC"))
    lines = _aggregate(costs, "en")
    assert len(lines) == 10_001  # one energy line per price + one tax line
    total = sum((ln.amount for ln in lines), Decimal(0))
    assert total == sum((c.total for c in costs), Decimal(0))
    assert all(ln.amount == ln.amount.quantize(Decimal("0.01")) for ln in lines)
    # stored and read back, still exact
    from csms_desktop.domain.ids import new_uuid
    from csms_desktop.store.models import BilledItem, Invoice

    owner = client()
    inv = Invoice.create(file_name="x.pdf", client=owner, client_number="1",
                         reference_month="October 2024", due_date=start,
                         installation_number="I", amount_due=total, period="2024-10")
    BilledItem.insert_many([{"id": new_uuid(), "invoice": inv.id, "item_name": ln.name,
                             "amount": ln.amount, "position": i}
                            for i, ln in enumerate(lines)]).execute()
    back = [b.amount for b in BilledItem.select().where(BilledItem.invoice == inv.id)]
    assert len(back) == 10_001
    assert sum(back, Decimal(0)) == Invoice.get_by_id(inv.id).amount_due == total
