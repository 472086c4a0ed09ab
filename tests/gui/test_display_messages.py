"""The display-message window against two real simulated 2.0.1 stations through the real
server: write a message on both, read it back, clear it; bad input sends nothing."""

from __future__ import annotations

from typing import Any

from live_helpers import live, qloop, sim_params, stations_running, until  # noqa: F401 (fixtures)
from PySide6.QtCore import Qt

from csms_desktop.gui.display_messages import DisplayMessagesDialog
from csms_desktop.protocol.commands import Outcome
from csms_desktop.sim import Behaviour, SimChargePoint201
from csms_desktop.store.v201_models import DisplayMessage


def _rows() -> set[tuple[str, str, str | None, str]]:
    return {(r.charge_point_id, r.content, r.language, r.source)
            for r in DisplayMessage.select()}


def test_write_read_back_and_clear_on_two_stations(qtbot: Any, live: Any) -> None:  # noqa: F811
    live.services.apply_settings(call_timeout=1.0)
    sims = {cp: SimChargePoint201(cp, params=sim_params(), behaviour=Behaviour(respond=mode),
                                  seed=7)
            for cp, mode in (("DSP-1", "Accepted"), ("DSP-2", "Accepted"),
                             ("DSP-3", "Rejected"))}

    async def scenario() -> None:
        async with stations_running(live, sims):
            dialog = DisplayMessagesDialog(live.ctx, ["DSP-1"])
            qtbot.addWidget(dialog)
            dialog.show()
            await until(lambda: dialog.stations.count() == 3, 5, "stations listed")
            assert dialog.checked_ids() == ["DSP-1"]
            # nothing written: nothing sent
            dialog.send()
            await until(lambda: dialog.outcome.isVisible(), 2)
            assert "Write the message first" in dialog.outcome.text()
            assert all(s.display_messages == {} for s in sims.values())

            dialog.set_checked(["DSP-1", "DSP-2", "DSP-3"])
            dialog.content.setPlainText("ยินดีต้อนรับ")  # (QTest cannot type Thai)
            dialog.language.setCurrentIndex(dialog.language.findData("th"))
            dialog.priority.setCurrentIndex(dialog.priority.findData("InFront"))
            dialog.state.setCurrentIndex(dialog.state.findData("Charging"))
            dialog.windowed.setChecked(True)
            # the window the wrong way round is refused beside the field, nothing sent
            dialog.end.setDateTime(dialog.start.dateTime().addSecs(-60))
            dialog.send()
            await until(lambda: "after the start" in dialog.outcome.text(), 2)
            assert all(s.display_messages == {} for s in sims.values())
            dialog.end.setDateTime(dialog.start.dateTime().addSecs(3600))
            qtbot.keyClick(dialog, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
            await until(lambda: "2 of 3 stations accepted" in dialog.outcome.text(), 10,
                        "sent")
            assert "DSP-3: rejected" in dialog.outcome.text()
            for cp in ("DSP-1", "DSP-2"):
                (shown,) = sims[cp].display_messages.values()
                assert (shown["message"]["content"], shown["message"]["language"],
                        shown["priority"], shown["state"]) == (
                    "ยินดีต้อนรับ", "th", "InFront", "Charging")
                assert shown["start_date_time"] < shown["end_date_time"]
            assert sims["DSP-3"].display_messages == {}
            await until(lambda: dialog.table.rowCount() == 2, 5, "two rows")
            assert _rows() == {("DSP-1", "ยินดีต้อนรับ", "th", "csms"),
                               ("DSP-2", "ยินดีต้อนรับ", "th", "csms")}

            # read back: what the stations report replaces the rows
            dialog.set_checked(["DSP-1", "DSP-2"])
            dialog.ask_button.click()
            await until(lambda: {r[3] for r in _rows()} == {"station"}, 10, "reported")
            await until(lambda: dialog.table.item(0, 8) is not None
                        and dialog.table.item(0, 8).text() == "the station", 5)

            # clear the first station's message only
            dialog.table.selectRow(0)
            dialog.clear_button.click()
            await until(lambda: dialog.table.rowCount() == 1, 5, "cleared")
            assert sims["DSP-1"].display_messages == {} and sims["DSP-2"].display_messages
            assert dialog.outcome.last_outcome == Outcome.ACCEPTED
            dialog.close()

    live.run(scenario(), 60)
