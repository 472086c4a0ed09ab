"""OCPP 2.0.1 firmware publication by a local controller (PublishFirmware,
UnpublishFirmware, PublishFirmwareStatusNotification) through ``Commands``, against the
built-in simulator on the real server. The simulator really downloads the file over
HTTP (a server on 127.0.0.1 here) and checks its MD5; it is the ``ocpp`` library's
station, so every CALL of ours is checked against the official 2.0.1 schema first."""

from __future__ import annotations

import pytest
from chargers201 import eventually, flushed
from firmware_files import MD5, firmware_server
from test_v201_advanced import CP, simulated

from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.protocol.v201.firmware import publications
from csms_desktop.sim import Behaviour
from csms_desktop.store.models import Notification, OCPPMessage
from csms_desktop.store.v201_models import FirmwarePublication

pytestmark = pytest.mark.timeout(60)

def _row(request_id: int) -> FirmwarePublication:
    return FirmwarePublication.get((FirmwarePublication.charge_point_id == CP)
                                   & (FirmwarePublication.request_id == request_id))


async def test_publish_firmware_accepted_published_then_unpublished(services, server, url):
    commands = Commands(server)
    async with firmware_server() as base, simulated(server, url) as sim:
        result = await commands.publish_firmware(CP, f"{base}/fw.bin", MD5.upper(),
                                                 retries=1, retry_interval=1)
        assert (result.outcome, result.status) == (Outcome.ACCEPTED, "Accepted"), result
        request_id = result.data["request_id"]
        await eventually(lambda: _row(request_id).status == "Published", timeout=10)
        assert [s for r, s in sim.publish_statuses if r == request_id] == [
            "Downloading", "Downloaded", "ChecksumVerified", "Published"]
        row = _row(request_id)
        assert (row.location, row.checksum, row.requested_at is not None) == (
            f"{base}/fw.bin", MD5, True)
        assert row.published_at == [f"http://{CP.lower()}.local/firmware/{MD5}.bin"]
        latest = publications(CP)
        assert [(p["request_id"], p["status"]) for p in latest] == [(request_id, "Published")]

        # a file whose MD5 is not the one given: InvalidChecksum, and the operator is told
        wrong = "0" * 32
        bad = await commands.publish_firmware(CP, f"{base}/fw.bin", wrong)
        assert bad.ok
        await eventually(lambda: _row(bad.data["request_id"]).status == "InvalidChecksum",
                         timeout=10)
        note = Notification.get(Notification.title
                                == f"Firmware publication failed on {CP}: InvalidChecksum")
        assert wrong in note.message
        # nothing to download there: DownloadFailed after the retry
        gone = await commands.publish_firmware(CP, f"{base}/missing.bin", MD5, retries=1)
        assert gone.ok
        await eventually(lambda: _row(gone.data["request_id"]).status == "DownloadFailed",
                         timeout=10)
        assert [s for r, s in sim.publish_statuses if r == gone.data["request_id"]] == [
            "Downloading", "DownloadPaused", "DownloadFailed"]
        # the latest status of each publication, newest first
        assert [p["status"] for p in publications(CP)] == [
            "DownloadFailed", "InvalidChecksum", "Published"]

        done = await commands.unpublish_firmware(CP, MD5)
        assert (done.outcome, done.status) == (Outcome.ACCEPTED, "Unpublished")
        assert MD5 not in sim.published and _row(request_id).status == "Unpublished"
        again = await commands.unpublish_firmware(CP, MD5)
        assert (again.outcome, again.status) == (Outcome.REJECTED, "NoFirmware")
        assert "no firmware" in again.detail
    flushed(services)
    sent = [r.payload for r in OCPPMessage.select().where(
        (OCPPMessage.charge_point_id == CP) & (OCPPMessage.action == "PublishFirmware")
        & (OCPPMessage.kind == "CALL")).order_by(OCPPMessage.timestamp)]
    assert sent[0] == {"location": f"{base}/fw.bin", "checksum": MD5,
                       "requestId": request_id, "retries": 1, "retryInterval": 1}


async def test_publish_firmware_refused(services, server, url):
    commands = Commands(server)
    async with simulated(server, url, respond="Rejected") as sim:
        no = await commands.publish_firmware(CP, "http://127.0.0.1:9/fw.bin", MD5)
        assert (no.outcome, no.status) == (Outcome.REJECTED, "Rejected")
        un = await commands.unpublish_firmware(CP, MD5)
        assert (un.outcome, un.status) == (Outcome.REJECTED, "NoFirmware")
        assert sim.publish_statuses == []
        # a download still under way cannot be unpublished
        sim.behaviour = Behaviour()
        sim.downloading.add(MD5)
        busy = await commands.unpublish_firmware(CP, MD5)
        assert (busy.outcome, busy.status) == (Outcome.REJECTED, "DownloadOngoing")
    assert FirmwarePublication.select().count() == 0


async def test_publish_firmware_not_answered_and_bad_input(services, server, url):
    commands = Commands(server)
    async with simulated(server, url, respond="silent") as sim:
        results = [await commands.publish_firmware(CP, "http://127.0.0.1:9/fw.bin", MD5),
                   await commands.unpublish_firmware(CP, MD5)]
        assert [r.outcome for r in results] == [Outcome.TIMED_OUT] * 2
        assert sim.stats.ignored == 2
        before = sim.stats.received
        short = await commands.publish_firmware(CP, "http://127.0.0.1:9/fw.bin", "abc")
        assert (short.outcome, short.status) == (Outcome.ERROR, "BadRequest")
        assert "MD5" in short.detail
        assert (await commands.unpublish_firmware(CP, "z" * 32)).status == "BadRequest"
        nowhere = await commands.publish_firmware(CP, "", MD5)
        assert nowhere.outcome == Outcome.ERROR and "location" in nowhere.detail
        assert sim.stats.received == before
    assert FirmwarePublication.select().count() == 0


async def test_unasked_publish_status_is_stored(services, server, url):
    """A status without a requestId (e.g. triggered) updates the newest publication."""
    from ocpp.v201 import call

    async with simulated(server, url) as sim:
        await sim._call(call.PublishFirmwareStatusNotification(status="Idle"))
        await eventually(lambda: FirmwarePublication.select().count() == 1)
        FirmwarePublication.update(request_id=5).execute()
        await sim._call(call.PublishFirmwareStatusNotification(status="PublishFailed"))
        await eventually(lambda: _row(5).status == "PublishFailed")
    assert FirmwarePublication.select().count() == 1
    assert Notification.select().where(Notification.title.contains("PublishFailed")).exists()
