"""Connector detail: remote stop reaches the charger, force close, history ranges, live samples."""

from __future__ import annotations

import asyncio
from datetime import timedelta

from chargers16 import connect16, energy_sample
from live_helpers import answer_confirm, current_sample, power_sample, soc_sample, until
from PySide6.QtCore import Qt

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.gui.connector_detail import open_connector_detail
from csms_desktop.gui.pages_dashboard import DashboardPage
from csms_desktop.protocol.commands import Outcome


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


async def charging(cp, connector: int = 1, tag: str = "TAG1") -> int:  # type: ignore[no-untyped-def]
    await cp.boot()
    await cp.status(connector, "Preparing")
    started = await cp.start_tx(connector, tag, 5_000)
    await cp.status(connector, "Charging")
    return int(started.transaction_id)


def test_remote_stop_reaches_the_charger_and_the_tile_follows(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    page = DashboardPage(live.ctx)
    qtbot.addWidget(page)
    page.show()

    async def scenario() -> None:
        async with connect16(live.url, "CP-S") as cp:
            tx_id = await charging(cp)
            await cp.meter(1, [energy_sample(6_000), power_sample(11_000), current_sample(16),
                               soc_sample(40)], transaction_id=tx_id)
            await until(lambda: ("CP-S", 1) in page.tiles and page.tiles[("CP-S", 1)].power_kw)
            tile = page.tiles[("CP-S", 1)]
            dlg = page.open_detail("CP-S", 1)
            qtbot.addWidget(dlg)
            await until(lambda: dlg.history_loads >= 1)
            assert dlg.tx is not None and dlg.tx.transaction_id == str(tx_id) and dlg.tx.active
            assert dlg.fields["energy"].text() == "1.000 kWh (so far)"
            assert dlg.range_buttons["Session"].isChecked()
            assert dlg.chart.sample_count() == 1 and dlg.meter_model.rowCount() == 1
            assert dlg.status_label.text() == "Charging"

            # a live sample reaches the chart and the table
            await cp.meter(1, [energy_sample(6_500), power_sample(10_500), soc_sample(45)],
                           transaction_id=tx_id)
            await until(lambda: dlg.chart.sample_count() == 2, 1.0, "live sample charted")
            assert dlg.meter_model.rowCount() == 2
            assert dlg.meter_model.row_at(0).power_kw == 10.5  # newest first

            click(qtbot, dlg.stop_button)
            await asyncio.sleep(0.3)
            assert not cp.calls("RemoteStopTransaction")
            assert "Stop transaction" in answer_confirm(qtbot, dlg)  # nothing sent before
            payload = await cp.wait_for_call("RemoteStopTransaction")
            assert payload == {"transactionId": tx_id}
            await until(lambda: dlg.outcome.last_outcome == Outcome.ACCEPTED, 2.0)
            assert "accepted" in dlg.outcome.text()
            assert "Stop transaction" in dlg.outcome.text()
            # the charger does what it was asked
            await cp.stop_tx(tx_id, 7_000, reason="Remote")
            await cp.status(1, "Finishing")
            await until(lambda: tile.session is None and tile.ocpp_status == "Finishing", 1.0)
            assert "Finishing" in tile.summary()
            await until(lambda: dlg.tx is not None and not dlg.tx.active, 1.0)
            assert dlg.fields["energy"].text() == "2.000 kWh"
            assert dlg.fields["reason"].text() == "Remote"
            assert dlg.status_label.text() == "Finishing"
            assert not dlg.stop_button.isEnabled()

    live.run(scenario())


def test_stop_of_an_offline_charger_says_so(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    async def scenario() -> None:
        async with connect16(live.url, "CP-O") as cp:
            await charging(cp)
        await until(lambda: "CP-O" not in live.services.chargers.connected)
        dlg = open_connector_detail(live.ctx, "CP-O", 1)
        qtbot.addWidget(dlg)
        assert "Offline" in dlg.status_label.text()
        assert "last reported: Charging" in dlg.status_label.text()
        click(qtbot, dlg.stop_button)
        answer_confirm(qtbot, dlg)
        await until(lambda: dlg.outcome.last_outcome == Outcome.OFFLINE, 2.0)
        assert "charger offline" in dlg.outcome.text()

    live.run(scenario())


def test_force_close_needs_a_reason(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    live.ctx.extras["operator"] = "maria"
    page = DashboardPage(live.ctx)
    qtbot.addWidget(page)
    page.show()  # a hidden dashboard follows nothing until shown

    async def scenario() -> None:
        async with connect16(live.url, "CP-Z") as cp:
            tx_id = await charging(cp)
            await cp.status(1, "Available")  # the charger forgot the transaction: a zombie
            await until(lambda: page.tiles[("CP-Z", 1)].ocpp_status == "Available")
            dlg = open_connector_detail(live.ctx, "CP-Z", 1)
            qtbot.addWidget(dlg)
            await until(lambda: dlg.history_loads >= 1)
            assert dlg.tx is not None and dlg.tx.zombie
            assert "not stopped by the charger" in dlg.fields["state"].text()
            click(qtbot, dlg.force_button)
            assert dlg.reason_error.isVisible()
            assert "reason" in dlg.reason_error.text()
            assert dlg.tx.active  # nothing happened
            qtbot.keyClicks(dlg.reason, "charger lost its memory")
            click(qtbot, dlg.force_button)
            assert not dlg.reason_error.isVisible()
            assert dlg.tx is not None and not dlg.tx.active
            assert dlg.tx.closed_by == "maria"
            assert dlg.tx.stop_reason == "Forced: charger lost its memory"
            assert "force-closed by maria" in dlg.outcome.text()
            await until(lambda: page.tiles[("CP-Z", 1)].session is None, 1.0)
            from csms_desktop.store.models import Transaction

            row = Transaction.get(Transaction.transaction_id == str(tx_id))
            assert row.closed_by == "maria" and row.status == "COMPLETED"

    live.run(scenario())


def test_history_ranges_read_meter_values_off_the_loop(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.domain.units import MeterReading
    from csms_desktop.store.models import ChargePoint

    ChargePoint.create(id="CP-H", name="History")
    charging_svc = live.services.charging
    now = utcnow()
    samples = []
    for minutes in (30, 60 * 5, 60 * 30, 60 * 24 * 3, 60 * 24 * 10):
        ts = now - timedelta(minutes=minutes)
        samples.append((ts, MeterReading(energy_kwh=100.0 + minutes / 100, power_kw=7.0,
                                         current_a=32.0, soc_percent=None)))
    charging_svc.meter_values("CP-H", 1, None, samples)
    live.services.writer.flush()

    async def scenario() -> None:
        dlg = open_connector_detail(live.ctx, "CP-H", 1)
        qtbot.addWidget(dlg)
        assert dlg.tx is None and dlg.range_buttons["1 h"].isChecked()
        expected = {"1 h": 1, "24 h": 2, "7 days": 4}
        for label, n in expected.items():
            loads = dlg.history_loads
            click(qtbot, dlg.range_buttons[label])
            await until(lambda loads=loads: dlg.history_loads > loads, 2.0, label)
            assert dlg.chart.sample_count() == n, label
            assert dlg.meter_model.rowCount() == n, label
            assert f"{n} samples" in dlg.loading.text()
        assert dlg.fields["transaction"].text() == "none on this connector yet"

    live.run(scenario())
