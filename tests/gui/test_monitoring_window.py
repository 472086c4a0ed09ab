"""The monitoring window against real simulated 2.0.1 stations through the real server
(one accepting, one refusing every command): add a monitor, read the monitors back,
choose what their events raise, clear one, set the monitoring base and level; bad input
sends nothing."""

from __future__ import annotations

from typing import Any

from live_helpers import live, qloop, sim_params, stations_running, until  # noqa: F401 (fixtures)

from csms_desktop.gui.monitoring import MonitoringDialog
from csms_desktop.protocol.commands import Outcome
from csms_desktop.sim import Behaviour, SimChargePoint201
from csms_desktop.store.v201_models import VariableMonitor


def _rows() -> set[tuple[str, str, str, str, float, int, bool | None, str]]:
    return {(r.charge_point_id, r.component, r.variable, r.monitor_type, r.value, r.severity,
             r.notify, r.source) for r in VariableMonitor.select()}


def test_add_read_back_raise_clear_and_levels(qtbot: Any, live: Any) -> None:  # noqa: F811
    live.services.apply_settings(call_timeout=1.0)
    sims = {cp: SimChargePoint201(cp, params=sim_params(), behaviour=Behaviour(respond=mode),
                                  seed=7)
            for cp, mode in (("MON-1", "Accepted"), ("MON-2", "Rejected"))}

    async def scenario() -> None:
        async with stations_running(live, sims):
            dialog = MonitoringDialog(live.ctx, ["MON-1"])
            qtbot.addWidget(dialog)
            dialog.show()
            await until(lambda: dialog.stations.count() == 2, 5, "stations listed")
            assert dialog.checked_ids() == ["MON-1"]
            # no component: nothing sent
            dialog.add()
            await until(lambda: "Name the component" in dialog.outcome.text(), 2)
            assert all(s.monitors == {} for s in sims.values())
            dialog.component.setText("OCPPCommCtrlr")
            dialog.variable.setText("HeartbeatInterval")
            dialog.type.setCurrentIndex(dialog.type.findData("Periodic"))
            dialog.value.setValue(0)
            dialog.add()
            await until(lambda: "more than 0" in dialog.outcome.text(), 2)
            assert all(s.monitors == {} for s in sims.values())

            dialog.type.setCurrentIndex(dialog.type.findData("UpperThreshold"))
            dialog.value.setValue(600)
            dialog.severity.setCurrentIndex(dialog.severity.findData(3))
            dialog.raises.setCurrentIndex(dialog.raises.findData(True))
            dialog.set_checked(["MON-1", "MON-2"])
            dialog.add_button.click()
            await until(lambda: "1 of 2 stations accepted" in dialog.outcome.text(), 10,
                        "added")
            assert "MON-2: rejected" in dialog.outcome.text()
            (installed,) = sims["MON-1"].monitors.values()
            assert (installed["variable"]["name"], installed["monitor"]["type"],
                    installed["monitor"]["value"], installed["monitor"]["severity"]) == (
                "HeartbeatInterval", "UpperThreshold", 600.0, 3)
            assert sims["MON-2"].monitors == {}
            await until(lambda: dialog.table.rowCount() == 1, 5, "one row")
            assert _rows() == {("MON-1", "OCPPCommCtrlr", "HeartbeatInterval",
                                "UpperThreshold", 600.0, 3, True, "csms")}
            assert dialog.table.item(0, 8).text() == "A notification"

            # read back: the station's report replaces the row, the operator's choice stays
            dialog.ask_button.click()
            await until(lambda: "MON-2: rejected" in dialog.outcome.text(), 10, "asked")
            await until(lambda: {r[7] for r in _rows()} == {"station"}, 10, "reported")
            await until(lambda: dialog.table.item(0, 9).text() == "the station", 5)
            assert dialog.table.item(0, 8).text() == "A notification"

            # what its events raise, changed for the selected row (here only)
            dialog.table.selectRow(0)
            dialog.change_raises.setCurrentIndex(dialog.change_raises.findData(False))
            dialog.raises_button.click()
            await until(lambda: dialog.table.item(0, 8).text() == "Only a log line", 5)
            assert {r[6] for r in _rows()} == {False}

            # base and level: accepted by one, refused by the other
            dialog.level.setCurrentIndex(dialog.level.findData(6))
            dialog.level_button.click()
            await until(lambda: "1 of 2 stations accepted" in dialog.outcome.text()
                        and "level" in dialog.outcome.text(), 10, "level")
            assert (sims["MON-1"].monitoring_level, sims["MON-2"].monitoring_level) == (6, 9)

            # clear the selected monitor on its station
            dialog.set_checked(["MON-1"])
            await until(lambda: dialog.table.rowCount() == 1, 5)
            dialog.table.selectRow(0)
            dialog.clear_button.click()
            await until(lambda: dialog.table.rowCount() == 0, 5, "cleared")
            assert sims["MON-1"].monitors == {} and _rows() == set()
            assert dialog.outcome.last_outcome == Outcome.ACCEPTED

            dialog.base.setCurrentIndex(dialog.base.findData("FactoryDefault"))
            dialog.set_checked(["MON-2"])
            dialog.base_button.click()
            await until(lambda: dialog.outcome.last_outcome == Outcome.REJECTED, 10, "base")
            assert sims["MON-2"].monitoring_base == "All"
            dialog.close()

    live.run(scenario(), 60)
