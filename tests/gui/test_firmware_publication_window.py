"""The firmware-publication window against real simulated 2.0.1 local controllers
through the real server (one accepting, one refusing): the MD5 computed from a local
file, the file really downloaded over HTTP by the station and its statuses followed to
Published, then unpublished; bad input sends nothing."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from firmware_files import FIRMWARE, MD5, firmware_server
from live_helpers import live, qloop, sim_params, stations_running, until  # noqa: F401 (fixtures)

from csms_desktop.gui.firmware_publication import FirmwarePublicationDialog
from csms_desktop.protocol.commands import Outcome
from csms_desktop.sim import Behaviour, SimChargePoint201
from csms_desktop.store.v201_models import FirmwarePublication


def test_publish_follow_and_unpublish(qtbot: Any, live: Any, tmp_path: Path) -> None:  # noqa: F811
    live.services.apply_settings(call_timeout=1.0)
    local = tmp_path / "fw.bin"
    local.write_bytes(FIRMWARE)
    params = sim_params(firmware_step=0.05)
    sims = {cp: SimChargePoint201(cp, params=params, behaviour=Behaviour(respond=mode), seed=7)
            for cp, mode in (("LC-1", "Accepted"), ("LC-2", "Rejected"))}

    async def scenario() -> None:
        async with firmware_server() as base, stations_running(live, sims):
            dialog = FirmwarePublicationDialog(live.ctx, ["LC-1", "LC-2"])
            qtbot.addWidget(dialog)
            dialog.show()
            await until(lambda: dialog.stations.count() == 2, 5, "stations listed")
            dialog.location.setText("file:///tmp/fw.bin")
            dialog.publish()
            await until(lambda: "must start with" in dialog.outcome.text(), 2)
            dialog.location.setText(f"{base}/fw.bin")
            dialog.checksum.setText("12345")
            dialog.publish()
            await until(lambda: "32 hexadecimal" in dialog.outcome.text(), 2)
            assert FirmwarePublication.select().count() == 0

            await dialog.compute(str(local))
            assert dialog.checksum.text() == MD5
            dialog.retries.setValue(1)
            dialog.retry_interval.setValue(1)
            dialog.publish_button.click()
            await until(lambda: "1 of 2 stations accepted" in dialog.outcome.text(), 10,
                        "asked")
            assert "LC-2: rejected" in dialog.outcome.text()
            await until(lambda: dialog.table.rowCount() == 1
                        and dialog.table.item(0, 2).text() == "published", 15, "published")
            assert [s for _r, s in sims["LC-1"].publish_statuses] == [
                "Downloading", "Downloaded", "ChecksumVerified", "Published"]
            assert dialog.table.item(0, 4).text() == MD5
            assert dialog.table.item(0, 6).text() == f"http://lc-1.local/firmware/{MD5}.bin"

            dialog.table.selectRow(0)
            dialog.unpublish_button.click()
            await until(lambda: dialog.table.item(0, 2).text() == "unpublished", 10)
            assert dialog.outcome.last_outcome == Outcome.ACCEPTED
            assert sims["LC-1"].published == {}
            # again: the station has nothing with that checksum any more
            dialog.table.selectRow(0)
            dialog.unpublish_button.click()
            await until(lambda: dialog.outcome.last_outcome == Outcome.REJECTED, 10)
            assert "NoFirmware" in dialog.outcome.text()
            dialog.close()

    live.run(scenario(), 60)
