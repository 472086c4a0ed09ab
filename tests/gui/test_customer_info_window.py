"""The customer-information window (a driver's data-protection request) against real
simulated 2.0.1 stations through the real server: a report from the accepting station
listed part by part as it arrives, the refusing one said so, then a clear; bad input
sends nothing."""

from __future__ import annotations

from typing import Any

from live_helpers import live, qloop, sim_params, stations_running, until  # noqa: F401 (fixtures)

from csms_desktop.gui.customer_info import CustomerInformationDialog
from csms_desktop.protocol.commands import Outcome
from csms_desktop.sim import Behaviour, SimChargePoint201
from csms_desktop.store.models import IdTag
from csms_desktop.store.v201_models import CustomerInformationPart


def test_report_then_clear_a_drivers_data(qtbot: Any, live: Any) -> None:  # noqa: F811
    live.services.apply_settings(call_timeout=1.0)
    IdTag.create(id_tag="TAG-42")
    sims = {cp: SimChargePoint201(cp, params=sim_params(), behaviour=Behaviour(respond=mode),
                                  seed=7)
            for cp, mode in (("CI-1", "Accepted"), ("CI-2", "Rejected"))}
    # what the station keeps: long enough for three parts of 100 characters
    for n in range(6):
        sims["CI-1"].remember_customer("TAG-42", f"session {n} on EVSE 1, 12.5 kWh, "
                                                 f"2026-12-0{n + 1}")

    async def scenario() -> None:
        async with stations_running(live, sims):
            dialog = CustomerInformationDialog(live.ctx, ["CI-1"])
            qtbot.addWidget(dialog)
            dialog.show()
            await until(lambda: dialog.stations.count() == 2
                        and dialog.id_tag.findText("TAG-42") >= 0, 5, "listed")
            # nobody named: nothing sent
            dialog.id_tag.setEditText("")
            dialog.send()
            await until(lambda: "one of them" in dialog.outcome.text(), 2)
            # both named: refused too
            dialog.id_tag.setEditText("TAG-42")
            dialog.identifier.setText("someone")
            before = len(dialog.outcome.history)
            dialog.send()
            await until(lambda: len(dialog.outcome.history) == before + 1, 2)
            assert "one of them" in dialog.outcome.text()
            dialog.identifier.setText("")
            dialog.report.setChecked(False)
            dialog.send()
            await until(lambda: "a clear, or both" in dialog.outcome.text(), 2)
            assert CustomerInformationPart.select().count() == 0

            dialog.report.setChecked(True)
            dialog.all_button.click()
            assert dialog.checked_ids() == ["CI-1", "CI-2"]
            dialog.send_button.click()
            await until(lambda: "1 of 2 stations accepted" in dialog.outcome.text(), 10,
                        "asked")
            assert "CI-2: rejected" in dialog.outcome.text()
            await until(lambda: dialog.table.rowCount() == 3
                        and dialog.table.item(2, 3).text() == "no", 10, "three parts")
            text = "".join(dialog.table.item(r, 6).text() for r in range(3))
            assert text.startswith("TAG-42: session 0 on EVSE 1") and "session 5" in text
            assert [dialog.table.item(r, 3).text() for r in range(3)] == ["yes", "yes", "no"]
            assert {dialog.table.item(r, 0).text() for r in range(3)} == {"CI-1"}

            # clear only: the station forgets, nothing more reported
            dialog.report.setChecked(False)
            dialog.clear.setChecked(True)
            dialog.set_checked(["CI-1"])
            dialog.send_button.click()
            await until(lambda: dialog.outcome.last_outcome == Outcome.ACCEPTED
                        and "Customer information (CI-1)" in dialog.outcome.text(), 10)
            assert "TAG-42" not in sims["CI-1"].customer_log
            assert dialog.table.rowCount() == 3
            dialog.close()

    live.run(scenario(), 60)
