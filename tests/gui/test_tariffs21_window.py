"""The 2.1 tariffs window against real simulated 2.1 stations through the real server
(one accepting, one refusing): the site's default tariff sent again and read back with
GetTariffs, then a real transaction whose station price (costDetails) differs from ours
listed and flagged beside it."""

from __future__ import annotations

import asyncio
import copy
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

from live_helpers import (  # noqa: F401 (fixtures)
    live,
    qloop,
    session_params,
    stations_running,
    until,
)

from csms_desktop.gui import fmt
from csms_desktop.gui.tariffs21 import TariffsDialog
from csms_desktop.sim import Behaviour, SimChargePoint21
from csms_desktop.store.models import IdTag, Tariff, Transaction
from csms_desktop.store.v201_models import StationCost


def test_send_read_back_and_a_price_that_differs(qtbot: Any, live: Any) -> None:  # noqa: F811
    live.services.apply_settings(call_timeout=1.0)
    site = Tariff.create(name="Site 2026", currency="THB", price_per_kwh=Decimal("6.50"),
                         session_fee=Decimal("20.00"), tax_rate=Decimal("0.07"),
                         effective_from=datetime(2026, 1, 1, tzinfo=UTC))
    IdTag.create(id_tag="TAG-1")
    zone = live.services.settings.time_zone
    sims = {cp: SimChargePoint21(cp, params=session_params(zone), behaviour=Behaviour(respond=mode),
                                 seed=4)
            for cp, mode in (("T21-1", "Accepted"), ("T21-2", "Rejected"))}
    commands = live.ctx.commands

    async def scenario() -> None:
        async with stations_running(live, sims):
            dialog = TariffsDialog(live.ctx, ["T21-1", "T21-2"])
            qtbot.addWidget(dialog)
            dialog.show()
            await until(lambda: dialog.stations.count() == 2, 5, "stations listed")
            dialog.send_button.click()
            await until(lambda: "1 of 2 stations accepted" in dialog.outcome.text(), 10,
                        "sent")
            assert "T21-2: rejected" in dialog.outcome.text()
            tariff_id = sims["T21-1"].default_tariffs[0]["tariff_id"]
            assert tariff_id.startswith(f"{site.id}-") and 0 not in sims["T21-2"].default_tariffs

            dialog.ask_button.click()
            await until(lambda: dialog.held_table.rowCount() == 2, 10, "asked")
            cells = [[dialog.held_table.item(r, c).text() for c in range(4)]
                     for r in range(2)]
            assert cells[0] == ["T21-1", tariff_id, "default", "0"]
            assert cells[1][0] == "T21-2" and cells[1][1].startswith("rejected")

            # the station prices with older, doubled prices: its total differs from ours
            stale = copy.deepcopy(sims["T21-1"].default_tariffs[0])
            for price in stale["energy"]["prices"]:
                price["price_kwh"] = float(price["price_kwh"]) * 2
            sims["T21-1"].default_tariffs[0] = stale
            assert (await commands.remote_start("T21-1", 1, "TAG-1")).ok
            c = sims["T21-1"].connector(1)
            await until(lambda: c.in_transaction and Transaction.select().where(
                (Transaction.transaction_id == str(c.tx_id))
                & (Transaction.charging_state == "Charging")).exists(), 10, "charging")
            tx_id = str(c.tx_id)
            await asyncio.sleep(0.6)  # some energy
            assert (await commands.remote_stop("T21-1", tx_id)).ok
            await until(lambda: StationCost.get_or_none(StationCost.transaction_id == tx_id)
                        is not None, 10, "priced by both")
            dialog.refresh_button.click()
            await until(lambda: dialog.prices_table.rowCount() == 1, 5, "listed")
            row = StationCost.get(StationCost.transaction_id == tx_id)
            assert row.mismatch
            texts = [dialog.prices_table.item(0, n).text() for n in range(8)]
            assert texts[:2] == [tx_id, "T21-1"] and texts[5] == "⚠ differs"
            assert (texts[2], texts[3]) == (fmt.money(row.station_total, "THB"),
                                            fmt.money(row.csms_total, "THB"))
            assert row.station_total > row.csms_total and texts[6] == tariff_id
            assert dialog.mismatch_count.text() == "1 of 1 differ"
            dialog.only_mismatches.setChecked(True)
            await asyncio.sleep(0.4)
            assert dialog.prices_table.rowCount() == 1
            dialog.set_checked(["T21-2"])
            await until(lambda: dialog.prices_table.rowCount() == 0, 5, "other station")
            dialog.close()

    live.run(scenario(), 60)
