"""Where the operator opens the 2.0.1 / 2.1 windows (issue 18), with real simulated
stations (1.6, 2.0.1, 2.1) through the real server: the Charge points page's "2.0.1
tools" menu (disabled for a 1.6 station, its tariffs entry for 2.1 only, reachable with
Alt+T and the entries' mnemonics) opens each window for the selected station; the
Transactions page's "Station prices (2.1)…" opens the price comparison for the selected
transaction's station with that transaction selected."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime
from decimal import Decimal
from typing import Any

import pytest
from live_helpers import (  # noqa: F401 (fixtures)
    live,
    qloop,
    session_params,
    sim_params,
    stations_running,
    until,
)
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from csms_desktop.gui.customer_info import CustomerInformationDialog
from csms_desktop.gui.display_messages import DisplayMessagesDialog
from csms_desktop.gui.firmware_publication import FirmwarePublicationDialog
from csms_desktop.gui.monitoring import MonitoringDialog
from csms_desktop.gui.pages_chargers import ChargePointsPage
from csms_desktop.gui.pages_transactions import TransactionsPage
from csms_desktop.gui.tariffs21 import TariffsDialog
from csms_desktop.sim import (
    SimChargePoint16,
    SimChargePoint21,
    SimChargePoint201,
)
from csms_desktop.store.models import IdTag, Tariff, Transaction
from csms_desktop.store.v201_models import StationCost

WINDOWS = {"display_messages": DisplayMessagesDialog, "monitoring": MonitoringDialog,
           "customer_info": CustomerInformationDialog,
           "firmware_publication": FirmwarePublicationDialog, "tariffs21": TariffsDialog}


async def _opened(page: ChargePointsPage, cls: type, cp_id: str) -> Any:
    dialog = page.detail.v201_dialog
    assert type(dialog) is cls, f"{type(dialog).__name__} opened, not {cls.__name__}"
    await until(lambda: dialog.checked_ids() == [cp_id], 5, f"{cls.__name__} on {cp_id}")
    assert dialog.isVisible()
    return dialog


# the offscreen platform cannot raise a window nor grab the keyboard for a popup menu
@pytest.mark.qt_log_ignore(r"does not support raise\(\)", "does not support grabbing")
def test_the_chargers_page_menu_opens_each_window_for_the_selected_station(
        qtbot: Any, live: Any) -> None:  # noqa: F811
    sims = {"T-16": SimChargePoint16("T-16", params=sim_params(), seed=1),
            "T-201": SimChargePoint201("T-201", params=sim_params(), seed=2),
            "T-21": SimChargePoint21("T-21", params=sim_params(), seed=3)}

    async def scenario() -> None:
        async with stations_running(live, sims):
            page = ChargePointsPage(live.ctx)
            qtbot.addWidget(page)
            page.resize(1500, 900)
            page.show()
            await until(lambda: page.select("T-21"), 5, "rows listed")
            detail, button = page.detail, page.detail.tools_button
            assert page.select("T-16")
            await until(lambda: detail.cp is not None and detail.cp.id == "T-16", 2)
            assert not button.isEnabled()  # a 1.6 station: no 2.0.1 tools

            assert page.select("T-201")
            await until(lambda: button.isEnabled(), 2, "enabled for 2.0.1")
            actions = {a.objectName(): a for a in button.menu().actions()}
            assert not actions["v201_tariffs21"].isEnabled()  # 2.1 only
            for name in ("display_messages", "monitoring", "customer_info",
                         "firmware_publication"):
                actions[f"v201_{name}"].trigger()
                dialog = await _opened(page, WINDOWS[name], "T-201")
                dialog.close()

            # by keyboard: Alt+T opens the menu, M (its mnemonic) the monitoring window
            page.activateWindow()
            await until(lambda: QApplication.activeWindow() is page, 2, "page active")
            picked: list[str] = []

            def pick() -> None:
                menu = QApplication.activePopupWidget()
                picked.append(menu.objectName() if menu is not None else "no menu")
                if menu is not None:
                    QTest.keyClick(menu, Qt.Key.Key_M)
            QTimer.singleShot(300, pick)
            QTest.keyClick(page, Qt.Key.Key_T, Qt.KeyboardModifier.AltModifier)
            await until(lambda: picked, 3, "menu shown")
            assert picked == ["v201_tools_menu"]
            (await _opened(page, MonitoringDialog, "T-201")).close()

            assert page.select("T-21")
            await until(lambda: actions["v201_tariffs21"].isEnabled(), 2, "2.1")
            actions["v201_tariffs21"].trigger()
            dialog = await _opened(page, TariffsDialog, "T-21")
            assert dialog.held_table.isVisible()  # the whole window, not prices only
            dialog.close()

    live.run(scenario(), 60)


def test_the_transactions_page_opens_the_price_comparison_on_the_selected_one(
        qtbot: Any, live: Any) -> None:  # noqa: F811
    Tariff.create(name="Site 2026", currency="THB", price_per_kwh=Decimal("6.50"),
                  session_fee=Decimal("20.00"), tax_rate=Decimal("0.07"),
                  effective_from=datetime(2026, 1, 1, tzinfo=UTC))
    IdTag.create(id_tag="TAG-1")
    params = session_params(live.services.settings.time_zone)
    sims = {cp: SimChargePoint21(cp, params=params, seed=4) for cp in ("P21-1", "P21-2")}
    commands = live.ctx.commands

    async def scenario() -> None:
        async with stations_running(live, sims):
            # the station prices the session with the site's tariff (as sent after its boot)
            assert (await commands.set_default_tariff("P21-1")).ok
            assert (await commands.remote_start("P21-1", 1, "TAG-1")).ok
            c = sims["P21-1"].connector(1)
            await until(lambda: c.in_transaction and Transaction.select().where(
                (Transaction.transaction_id == str(c.tx_id))
                & (Transaction.charging_state == "Charging")).exists(), 10, "charging")
            tx_id = str(c.tx_id)
            await asyncio.sleep(0.6)
            assert (await commands.remote_stop("P21-1", tx_id)).ok
            await until(lambda: StationCost.get_or_none(StationCost.transaction_id == tx_id)
                        is not None, 10, "priced by both")

            page = TransactionsPage(live.ctx)
            qtbot.addWidget(page)
            page.resize(1400, 800)
            page.show()
            page.reset_filters()
            await until(lambda: page.model.rowCount() == 1 and not page.model.is_busy(), 5,
                        "listed")
            assert page.model.row_at(0).transaction_id == tx_id
            page.table.selectRow(0)
            page.prices_button.click()
            dialog = page.prices_dialog
            assert type(dialog) is TariffsDialog and dialog.prices_only
            await until(lambda: dialog.checked_ids() == ["P21-1"], 5, "its station checked")
            await until(lambda: dialog.prices_table.rowCount() == 1, 5, "its price listed")
            assert dialog.prices_table.item(0, 0).text() == tx_id
            assert [i.row() for i in dialog.prices_table.selectionModel().selectedRows()] \
                == [0]
            assert not dialog.held_table.isVisible()  # the price comparison alone
            dialog.close()

            # nothing selected: every 2.1 station
            page.table.clearSelection()
            page.prices_button.click()
            dialog = page.prices_dialog
            await until(lambda: dialog.checked_ids() == ["P21-1", "P21-2"], 5, "all")
            dialog.close()

    live.run(scenario(), 60)
