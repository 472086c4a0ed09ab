"""OCPP 2.1 tariffs through ``Commands`` (SetDefaultTariff, GetTariffs, ClearTariffs,
ChangeTransactionTariff) built from the site's tariff model, and the station's own
price (TransactionEvent Ended ``costDetails``) checked against the CSMS's.

The station is the built-in simulator speaking ``ocpp2.1``
(``csms_desktop.sim.SimChargePoint21``, the ``ocpp`` library's station: every CALL of
ours is checked against the official 2.1 schema before its handler runs); it prices
its transactions with the tariff it was given. Accepting, refusing and silent stations.
"""

from __future__ import annotations

import asyncio
import copy
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from chargers201 import eventually, flushed
from test_v201_advanced import _params, simulated

from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.services.v201_tariffs import StationPrice, check_station_cost, tolerance
from csms_desktop.sim import Behaviour, SimChargePoint21, SimChargePoint201
from csms_desktop.store.models import IdTag, Notification, OCPPMessage, Tariff, Transaction
from csms_desktop.store.v201_models import StationCost

pytestmark = pytest.mark.timeout(60)

CP = "SIM-21"


def _tariff() -> Tariff:
    return Tariff.create(
        name="Site 2026", currency="THB", price_per_kwh=Decimal("6.50"),
        windows=[{"name": "Night", "start": "23:00", "end": "05:00", "price_per_kwh": "4.25"}],
        session_fee=Decimal("20.00"), idle_fee_per_minute=Decimal("1.50"),
        idle_grace_minutes=15, tax_rate=Decimal("0.07"),
        effective_from=datetime(2026, 1, 1, tzinfo=UTC))


def _station(services: Any, respond: str = "Accepted",
             meter_interval: float | None = None) -> SimChargePoint21:
    params = _params()
    params.time_zone = services.settings.time_zone
    if meter_interval is not None:
        params.meter_interval = meter_interval
    return SimChargePoint21(CP, params=params, behaviour=Behaviour(respond=respond), seed=4)


def _sent(action: str) -> list[dict[str, Any]]:
    return [r.payload for r in OCPPMessage.select().where(
        (OCPPMessage.charge_point_id == CP) & (OCPPMessage.action == action)
        & (OCPPMessage.kind == "CALL")).order_by(OCPPMessage.timestamp)]


async def _charge_and_stop(commands: Commands, sim: SimChargePoint21,
                           change_tariff: bool = False) -> str:
    """A remote-started session on EVSE 1 that charges a while, then is stopped and
    priced by both sides; its transaction id."""
    assert (await commands.remote_start(CP, 1, "TAG-1")).ok
    c = sim.connector(1)
    assert c is not None
    await eventually(lambda: c.in_transaction and Transaction.select().where(
        Transaction.transaction_id == str(c.tx_id)).exists(), timeout=10)
    tx_id = str(c.tx_id)
    if change_tariff:
        changed = await commands.change_transaction_tariff(CP, tx_id)
        assert (changed.outcome, changed.status) == (Outcome.ACCEPTED, "Accepted"), changed
    await eventually(lambda: Transaction.get(Transaction.transaction_id == tx_id)
                     .charging_state == "Charging", timeout=10)
    await asyncio.sleep(0.4)  # some energy
    assert (await commands.remote_stop(CP, tx_id)).ok
    await eventually(lambda: StationCost.get_or_none(StationCost.transaction_id == tx_id)
                     is not None, timeout=10)
    return tx_id


async def test_tariffs_accepted_and_the_station_price_agrees(services, server, url):
    row = _tariff()
    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    async with simulated(server, url, cp_id=CP, sim=_station(services)) as sim:
        result = await commands.set_default_tariff(CP)
        assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Accepted"), result
        tariff_id = result.data["tariff_id"]
        assert tariff_id.startswith(f"{row.id}-") and result.data["site_tariff_id"] == row.id
        flushed(services)
        vat = [{"type": "VAT", "tax": 7, "stack": 0}]
        assert _sent("SetDefaultTariff") == [{"evseId": 0, "tariff": {
            "tariffId": tariff_id, "currency": "THB",
            "description": [{"format": "UTF8", "language": "en", "content": "Site 2026"}],
            "validFrom": "2026-01-01T00:00:00.000Z",
            "energy": {"prices": [
                {"priceKwh": 4.25, "conditions": {"startTimeOfDay": "23:00",
                                                  "endTimeOfDay": "05:00"}},
                {"priceKwh": 6.5}], "taxRates": vat},
            "fixedFee": {"prices": [{"priceFixed": 20}], "taxRates": vat},
            "idleTime": {"prices": [{"priceMinute": 1.5, "conditions": {"minIdleTime": 900}}],
                         "taxRates": vat}}}]
        assert sim.default_tariffs[0]["tariff_id"] == tariff_id
        # the same tariff again is the same id (the station takes it again)
        assert (await commands.set_default_tariff(CP, evse_id=0)).data["tariff_id"] == tariff_id

        got = await commands.get_tariffs(CP)
        assert (got.outcome, got.data["assignments"]) == (Outcome.ACCEPTED, [
            {"tariff_id": tariff_id, "kind": "DefaultTariff", "evse_ids": [0],
             "valid_from": "2026-01-01T00:00:00.000Z"}])

        # a transaction priced by both: the station's costDetails agree with ours
        tx_id = await _charge_and_stop(commands, sim, change_tariff=True)
        tx = Transaction.get(Transaction.transaction_id == tx_id)
        check = StationCost.get(StationCost.transaction_id == tx_id)
        assert tx.total_cost is not None and tx.total_cost > Decimal("21.40")
        assert (check.currency, check.tax_included, check.csms_total, check.mismatch,
                check.tariff_id) == ("THB", True, tx.total_cost, False, tariff_id)
        assert abs(check.difference) <= tolerance("THB", tx.total_cost)
        details = sim.cost_details[tx_id]
        assert details["total_cost"]["fixed"] == {"excl_tax": 20.0, "incl_tax": 21.4}
        assert not Notification.select().where(
            Notification.title.contains("price differs")).exists()
        assert len(_sent("ChangeTransactionTariff")) == 1
        assert _sent("ChangeTransactionTariff")[0]["transactionId"] == tx_id

        cleared = await commands.clear_tariffs(CP, [tariff_id])
        assert (cleared.outcome, cleared.status, cleared.data["results"]) == (
            Outcome.ACCEPTED, "Accepted", [{"tariff_id": tariff_id, "status": "Accepted"}])
        again = await commands.clear_tariffs(CP)
        assert (again.outcome, again.status) == (Outcome.ACCEPTED, "NoTariff")
        none = await commands.get_tariffs(CP, evse_id=1)
        assert (none.outcome, none.status, none.data) == (Outcome.ACCEPTED, "NoTariff",
                                                          {"assignments": []})
        # no such transaction at the station
        lost = await commands.change_transaction_tariff(CP, "no-such-tx", tariff_id=row.id)
        assert (lost.outcome, lost.status) == (Outcome.REJECTED, "TxNotFound")
        assert "no such transaction" in lost.detail


async def test_a_station_price_that_differs_is_flagged(services, server, url):
    _tariff()
    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    async with simulated(server, url, cp_id=CP, sim=_station(services)) as sim:
        assert (await commands.set_default_tariff(CP)).ok
        stale = copy.deepcopy(sim.default_tariffs[0])  # the station's own, older prices
        for price in stale["energy"]["prices"]:
            price["price_kwh"] = float(price["price_kwh"]) * 2
        sim.default_tariffs[0] = stale
        tx_id = await _charge_and_stop(commands, sim)
    tx = Transaction.get(Transaction.transaction_id == tx_id)
    check = StationCost.get(StationCost.transaction_id == tx_id)
    assert check.mismatch and check.difference > tolerance("THB", tx.total_cost)
    assert check.station_total == Decimal(str(sim.cost_details[tx_id]["total_cost"]["total"]
                                              ["incl_tax"]))
    note = Notification.get(Notification.title
                            == f"Transaction {tx_id}: the station's price differs")
    assert f"this site THB {tx.total_cost}" in note.message and note.charge_point_id == CP
    # a station that could not price it: recorded, not flagged; another currency: flagged
    failed = check_station_cost(services.notifier, CP, tx_id,
                                StationPrice("THB", None, None, failure="meter lost"))
    assert (failed.failure, failed.mismatch, failed.difference) == ("meter lost", False, None)
    euro = check_station_cost(services.notifier, CP, tx_id,
                              StationPrice("EUR", tx.total_cost, None))
    assert (euro.mismatch, euro.difference) == (True, Decimal(0))
    # only the price without tax: compared with ours without tax
    net = (tx.total_cost / Decimal("1.07")).quantize(Decimal("0.01"))
    excl = check_station_cost(services.notifier, CP, tx_id, StationPrice("THB", None, net))
    assert (excl.tax_included, excl.csms_total, excl.mismatch) == (False, net, False)
    assert StationCost.select().count() == 1


async def test_tariffs_refused(services, server, url):
    row = _tariff()
    commands = Commands(server)
    async with simulated(server, url, cp_id=CP, sim=_station(services, "Rejected")) as sim:
        no = await commands.set_default_tariff(CP)
        assert (no.outcome, no.status) == (Outcome.REJECTED, "Rejected")
        assert sim.default_tariffs == {}
        got = await commands.get_tariffs(CP)
        assert (got.outcome, got.status) == (Outcome.REJECTED, "Rejected")
        sim.default_tariffs[0] = {"tariff_id": "local-1", "currency": "THB"}
        cleared = await commands.clear_tariffs(CP)
        assert (cleared.outcome, cleared.status) == (Outcome.REJECTED, "Rejected")
        assert cleared.data["results"] == [{"tariff_id": "local-1", "status": "Rejected"}]
        change = await commands.change_transaction_tariff(CP, "tx-1", tariff_id=row.id)
        assert (change.outcome, change.status) == (Outcome.REJECTED, "Rejected")
        # nothing to send: no CALL
        before = sim.stats.received
        missing = await commands.change_transaction_tariff(CP, "not-here")
        assert (missing.outcome, missing.status) == (Outcome.ERROR, "NoTariff")
        unknown = await commands.set_default_tariff(CP, tariff_id="no-such-tariff")
        assert unknown.status == "NoTariff" and "no-such-tariff" in unknown.detail
        bad = await commands.get_tariffs(CP, evse_id=-1)
        assert (bad.outcome, bad.status) == (Outcome.ERROR, "BadRequest")
        assert sim.stats.received == before


async def test_tariffs_not_answered(services, server, url):
    _tariff()
    commands = Commands(server)
    async with simulated(server, url, cp_id=CP, sim=_station(services, "silent")) as sim:
        results = [await commands.set_default_tariff(CP), await commands.get_tariffs(CP),
                   await commands.clear_tariffs(CP),
                   await commands.change_transaction_tariff(
                       CP, "tx-1", tariff_id=Tariff.get().id)]
        assert [r.outcome for r in results] == [Outcome.TIMED_OUT] * 4
        assert sim.stats.ignored == 4


async def test_tariffs_do_not_exist_in_201(services, server, url):
    _tariff()
    commands = Commands(server)
    sim201 = SimChargePoint201(CP, params=_params(), seed=5)
    async with simulated(server, url, cp_id=CP, sim=sim201) as sim:
        before = sim.stats.received
        for result in (await commands.set_default_tariff(CP), await commands.get_tariffs(CP),
                       await commands.clear_tariffs(CP)):
            assert result.outcome == Outcome.NOT_SUPPORTED
            assert "does not exist in OCPP20" in result.detail
        assert sim.stats.received == before


async def test_booted_station_gets_the_default_and_a_client_driver_their_tariff(
        services, server, url):
    """The follow-up (as the server runs it): the site default on boot, a client's own
    tariff for its driver's transaction at once; both sides then agree on the price."""
    from csms_desktop.services import v201_followup
    from csms_desktop.store.models import Client, User

    site = _tariff()
    client = Client.create(full_name="Frota Ltda", street="R", number="1", neighborhood="N",
                           zip_code="01000-000", city="São Paulo", state="SP",
                           tax_id="11.222.333/0001-81")
    fleet = Tariff.create(name="Fleet", client=client, currency="THB",
                          price_per_kwh=Decimal("3.00"),
                          effective_from=datetime(2026, 1, 1, tzinfo=UTC))
    driver = User.create(phone_number="+5511999990000", client=client)
    IdTag.create(id_tag="TAG-1", user=driver)
    commands = Commands(server)
    follow = v201_followup.TransactionFollowUp(services, commands, delay_s=0.05)
    try:
        # the first meter sample comes 2 s after the start: the follow-up's change reaches
        # the station before it has priced any energy (a busy machine has the time)
        station = _station(services, meter_interval=2.0)
        async with simulated(server, url, cp_id=CP, sim=station) as sim:
            await eventually(lambda: 0 in sim.default_tariffs, timeout=10)
            assert sim.default_tariffs[0]["tariff_id"].startswith(f"{site.id}-")
            tx_id = await _charge_and_stop(commands, sim)
            assert (CP, "change_transaction_tariff", "accepted") in follow.tariffs_sent
            (changed,) = _sent("ChangeTransactionTariff")
            assert changed["transactionId"] == tx_id
            assert changed["tariff"]["tariffId"].startswith(f"{fleet.id}-")
            assert changed["tariff"]["energy"] == {"prices": [{"priceKwh": 3}]}
        tx = Transaction.get(Transaction.transaction_id == tx_id)
        check = StationCost.get(StationCost.transaction_id == tx_id)
        assert not check.mismatch and check.csms_total == tx.total_cost
        assert check.tariff_id == changed["tariff"]["tariffId"]
        # a driver without a tariff of their own: nothing more is sent
        assert follow.tariffs_sent[0] == (CP, "set_default_tariff", "accepted")
    finally:
        follow.close()
