"""Local authorization lists: computation, diffs, versions, automatic syncs."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest
from driver_fakes import OFFLINE, FakeCommands, FakeResult, make_charger

from csms_desktop.services.drivers import DriverInput, DriverService, TagInput
from csms_desktop.services.events import ChargerBooted
from csms_desktop.services.local_list import (
    LocalListService,
    compute_lists,
    diff_lists,
    last_sent,
    list_version,
    setting_key,
)
from csms_desktop.store.models import ChargePoint, Setting


@pytest.fixture
def env(services):  # type: ignore[no-untyped-def]
    make_charger("CP1")
    make_charger("CP2")
    services.chargers.connected.update({"CP1": "OCPP16", "CP2": "OCPP16"})
    cmds = FakeCommands()
    drivers = DriverService(services)
    lists = LocalListService(services, cmds, debounce_s=0.05, boot_delay_s=0.01)
    yield drivers, lists, cmds
    lists.close()
    drivers.close()


def test_list_has_accepted_and_blocked_tags_valid_for_the_charger(env) -> None:  # type: ignore[no-untyped-def]
    drivers, _, _ = env
    a = drivers.register(DriverInput("0812345678", "A"))
    b = drivers.register(DriverInput("0899990000", "B"))
    exp = datetime(2030, 1, 1, tzinfo=UTC)
    drivers.add_tag(TagInput("A1", a.id, expiry_date=exp, parent_id_tag="FLEET"))
    drivers.add_tag(TagInput("A2", a.id, allowed_charge_points=("CP2",)))
    drivers.add_tag(TagInput("B1", b.id))
    drivers.add_tag(TagInput("OLD", expiry_date=datetime.now(UTC) - timedelta(days=1)))
    drivers.add_tag(TagInput("BAD", status="INVALID"))
    drivers.add_tag(TagInput("X" * 25))  # too long for 1.6
    drivers.block(b.id)
    lists = compute_lists(["CP1", "CP2"])
    assert lists["CP1"] == {
        "A1": {"status": "Accepted", "expiry_date": "2030-01-01T00:00:00.000Z",
               "parent_id_tag": "FLEET"},
        "B1": {"status": "Blocked", "expiry_date": None, "parent_id_tag": None},
    }
    assert set(lists["CP2"]) == {"A1", "A2", "B1"}
    ChargePoint.update(protocol="OCPP20").where(ChargePoint.id == "CP2").execute()
    assert "X" * 25 in compute_lists(["CP2"])["CP2"]


def test_blocked_group_blocks_members(env) -> None:  # type: ignore[no-untyped-def]
    drivers, _, _ = env
    drivers.add_tag(TagInput("FLEET", status="BLOCKED"))
    drivers.add_tag(TagInput("M1", parent_id_tag="FLEET"))
    assert compute_lists(["CP1"])["CP1"]["M1"]["status"] == "Blocked"


def test_diff_has_only_added_changed_removed() -> None:
    old = {"A": {"status": "Accepted"}, "B": {"status": "Accepted"}, "C": {"status": "Accepted"}}
    new = {"A": {"status": "Accepted"}, "B": {"status": "Blocked"}, "D": {"status": "Accepted"}}
    d = diff_lists(old, new)
    assert d.added == {"D": {"status": "Accepted"}}
    assert d.changed == {"B": {"status": "Blocked"}}
    assert d.removed == ("C",)
    assert [(e["id_tag"], e["status"]) for e in d.entries()] == [
        ("B", "Blocked"), ("D", "Accepted"), ("C", None)]


async def test_first_sync_full_then_differential_with_only_changes(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    a = drivers.register(DriverInput("0812345678", "A"))
    t1 = drivers.add_tag(TagInput("T1", a.id))
    t2 = drivers.add_tag(TagInput("T2", a.id))
    drivers.add_tag(TagInput("T3", a.id))
    await lists.idle()  # the debounced auto-sync of both chargers
    cmds.calls.clear()
    Setting.delete().where(Setting.key == setting_key("CP1")).execute()
    ChargePoint.update(local_list_version=None).execute()

    r = await lists.sync("CP1")
    assert r.ok and r.full and r.version == 1
    sent = cmds.of("send_local_list")[-1]
    assert sent["full"] and sent["version"] == 1
    assert [e["id_tag"] for e in sent["entries"]] == ["T1", "T2", "T3"]
    assert list_version("CP1") == 1

    r = await lists.sync("CP1")
    assert r.status == "UpToDate" and len(cmds.of("send_local_list")) == 1

    drivers.add_tag(TagInput("T4", a.id))               # added
    drivers.update_tag(t1.id, TagInput("T1", a.id, status="BLOCKED"))  # changed
    drivers.remove_tag(t2.id)                           # removed
    r = await lists.sync("CP1")
    assert r.ok and not r.full and r.version == 2
    sent = cmds.of("send_local_list")[-1]
    assert not sent["full"] and sent["version"] == 2
    assert [(e["id_tag"], e["status"]) for e in sent["entries"]] == [
        ("T1", "Blocked"), ("T4", "Accepted"), ("T2", None)]
    version, entries = last_sent("CP1")
    assert version == 2 and set(entries) == {"T1", "T3", "T4"}
    assert ChargePoint.get_by_id("CP1").local_list_version == 2


async def test_refused_send_keeps_the_old_version(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    drivers.add_tag(TagInput("T1"))
    await lists.idle()
    assert list_version("CP1") == 1
    drivers.add_tag(TagInput("T2"))
    cmds.answers["send_local_list"] = FakeResult("rejected", "Failed")
    await lists.idle()
    r = await lists.sync("CP1")
    assert r.status == "Failed" and not r.ok
    assert list_version("CP1") == 1
    cmds.answers["send_local_list"] = OFFLINE
    assert (await lists.sync("CP1")).status == "Offline"
    cmds.answers["send_local_list"] = FakeResult("not supported", "NotSupported")
    assert (await lists.sync("CP1")).status == "NotSupported"
    assert "CP1" in lists.unsupported


async def test_version_mismatch_is_answered_with_a_full_list(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    drivers.add_tag(TagInput("T1"))
    await lists.idle()
    drivers.add_tag(TagInput("T2"))
    cmds.answers["send_local_list"] = [FakeResult("rejected", "VersionMismatch"), FakeResult()]
    await lists.idle()
    sends = [c for c in cmds.of("send_local_list") if c["cp_id"] == "CP1"]
    assert [(c["version"], c["full"]) for c in sends][-2:] == [(2, False), (3, True)]
    assert list_version("CP1") == 3


async def test_changes_are_pushed_debounced_and_blocks_at_once(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    lists.debounce_s = 30.0  # a normal change waits
    a = drivers.register(DriverInput("0812345678", "A"))
    drivers.add_tag(TagInput("T1", a.id))
    drivers.add_tag(TagInput("T2", a.id))
    await asyncio.sleep(0.05)
    assert cmds.of("send_local_list") == []
    drivers.block(a.id)  # urgent: no debounce
    await lists.idle()
    sends = cmds.of("send_local_list")
    assert {c["cp_id"] for c in sends} == {"CP1", "CP2"}
    assert all(e["status"] == "Blocked" for c in sends for e in c["entries"])


async def test_boot_checks_the_chargers_version_and_resends_whole(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    drivers.add_tag(TagInput("T1"))
    await lists.idle()
    cmds.calls.clear()
    cmds.charger_versions["CP1"] = 0  # the charger lost its list (reset)
    lists.services.hub.publish(ChargerBooted("CP1", "V", "M", "ACCEPTED"))
    await asyncio.sleep(0.05)
    await lists.idle()
    assert [n for n, _ in cmds.calls] == ["get_local_list_version", "send_local_list"]
    sent = cmds.of("send_local_list")[0]
    assert sent["full"] and sent["version"] == 2
    cmds.calls.clear()
    lists.services.hub.publish(ChargerBooted("CP1", "V", "M", "ACCEPTED"))
    await asyncio.sleep(0.05)
    await lists.idle()
    assert [n for n, _ in cmds.calls] == ["get_local_list_version"]  # up to date
    assert lists.results["CP1"].status == "UpToDate"
    cmds.calls.clear()
    lists.services.hub.publish(ChargerBooted("CP2", "V", "M", "PENDING"))
    await asyncio.sleep(0.05)
    assert cmds.calls == []


def test_preview_without_sending(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    drivers.add_tag(TagInput("T1"))
    full, version, diff = lists.preview("CP1")
    assert full and version == 1 and list(diff.added) == ["T1"]
    assert cmds.calls == []


# ---------------------------------------------------------------- at scale (issue 12, 13)
def _tags(drivers, n: int, blocked: int = 0) -> None:  # type: ignore[no-untyped-def]
    for i in range(n):
        drivers.add_tag(TagInput(f"T{i:05d}", status="BLOCKED" if i < blocked else "ACCEPTED"))


async def test_a_long_list_goes_in_batches_of_the_chargers_size(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    lists.debounce_s = 60.0
    cmds.config["CP1"] = {"LocalAuthListEnabled": "true", "LocalAuthListMaxLength": "1000",
                          "SendLocalListMaxLength": "100"}
    _tags(drivers, 250)
    r = await lists.sync("CP1")
    assert r.ok and r.version == 3
    sends = [c for c in cmds.of("send_local_list") if c["cp_id"] == "CP1"]
    assert [(c["version"], c["full"], len(c["entries"])) for c in sends] == [
        (1, True, 100), (2, False, 100), (3, False, 50)]
    version, entries = last_sent("CP1")
    assert version == 3 and len(entries) == 250
    assert [n for n, _ in cmds.calls if n == "get_configuration"] == ["get_configuration"]


async def test_a_list_longer_than_the_charger_holds_is_cut_blocked_first(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    lists.debounce_s = 60.0
    cmds.config["CP1"] = {"LocalAuthListMaxLength": "20"}
    _tags(drivers, 50, blocked=30)
    r = await lists.sync("CP1")
    assert r.ok
    _, entries = last_sent("CP1")
    assert len(entries) == 20 and {e["status"] for e in entries.values()} == {"Blocked"}


async def test_201_bytes_per_message_bounds_each_message(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, cmds = env
    lists.debounce_s = 60.0
    ChargePoint.update(protocol="OCPP20").where(ChargePoint.id == "CP2").execute()
    cmds.config["CP2"] = {"LocalAuthListCtrlr.Enabled": "true",
                          "LocalAuthListCtrlr.ItemsPerMessage": "500",
                          "LocalAuthListCtrlr.BytesPerMessage": "2000"}
    _tags(drivers, 40)
    assert (await lists.sync("CP2")).ok
    sends = [c for c in cmds.of("send_local_list") if c["cp_id"] == "CP2"]
    assert len(sends) > 1 and sum(len(c["entries"]) for c in sends) == 40
    from csms_desktop.services.local_list import entry_bytes

    for c in sends:
        assert sum(entry_bytes(e["id_tag"], e) for e in c["entries"]) <= 2000


async def test_disabled_lists_are_not_retried_until_the_configuration_changes(env) -> None:  # type: ignore[no-untyped-def]
    """Seen: every boot pushed the whole list again to a charger that had answered
    Failed / had lists disabled."""
    from csms_desktop.protocol.commands import Request

    drivers, lists, cmds = env
    cmds.config["CP1"] = {"LocalAuthListEnabled": "false"}
    drivers.add_tag(TagInput("T1"))
    await lists.idle()
    assert [c["cp_id"] for c in cmds.of("send_local_list")] == ["CP2"]
    cmds.calls.clear()
    for _ in range(3):
        lists.services.hub.publish(ChargerBooted("CP1", "V", "M", "ACCEPTED"))
        await asyncio.sleep(0.03)
        await lists.idle()
    assert cmds.calls == []  # not even asked: the mark is kept (in the database)
    assert lists.results["CP1"].status == "NotSupported"
    # the operator enables lists on the charger: the next boot syncs it
    cmds.config["CP1"] = {"LocalAuthListEnabled": "true"}
    lists._after_command("CP1", Request("change_configuration", {
        "key": "LocalAuthListEnabled", "value": "true"}), FakeResult())
    lists.services.hub.publish(ChargerBooted("CP1", "V", "M", "ACCEPTED"))
    await asyncio.sleep(0.03)
    await lists.idle()
    assert [c["cp_id"] for c in cmds.of("send_local_list")] == ["CP1"]


async def test_many_chargers_share_one_stored_list(env) -> None:  # type: ignore[no-untyped-def]
    drivers, lists, _cmds = env
    for i in range(3, 9):
        make_charger(f"CP{i}")
        lists.services.chargers.connected[f"CP{i}"] = "OCPP16"
    _tags(drivers, 30)
    await lists.idle()
    await lists.sync_all()
    contents = Setting.select().where(Setting.key.startswith("local_list_content:")).count()
    assert contents == 1
    assert all(len(last_sent(f"CP{i}")[1]) == 30 for i in range(1, 9))


async def test_lists_are_built_off_the_event_loop(env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import threading

    import csms_desktop.services.local_list as ll

    drivers, lists, _ = env
    threads: list[str] = []
    real = ll._entries  # what a list is made of, evaluated tag by tag

    def spy(*a, **k):  # type: ignore[no-untyped-def]
        threads.append(threading.current_thread().name)
        return real(*a, **k)

    monkeypatch.setattr(ll, "_entries", spy)
    drivers.add_tag(TagInput("T1"))
    assert (await lists.sync("CP1", full=True)).ok
    assert threads and all(t.startswith("local-lists") for t in threads)


async def test_chargers_that_hold_the_same_list_share_its_messages(env, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """A boot storm (500 chargers, 20,000 tags) worked out the same list once per
    charger: the unrestricted tags are evaluated once per snapshot and the chargers get
    the very same message objects (which Commands then encodes once per version: see
    tests/integration/test_v16_commands.py); a charger with a restricted tag of its own
    still gets its own list."""
    import csms_desktop.services.local_list as ll

    drivers, lists, cmds = env
    for i in range(3):
        drivers.add_tag(TagInput(f"S{i}"))
    evaluated: list[str | None] = []
    real = ll._entries

    def spy(snap, short, restricted_to):  # type: ignore[no-untyped-def]
        evaluated.append(restricted_to)
        return real(snap, short, restricted_to)

    monkeypatch.setattr(ll, "_entries", spy)
    assert (await lists.sync("CP1", full=True)).ok
    assert (await lists.sync("CP2", full=True)).ok
    assert evaluated.count(None) == 1  # the unrestricted tags: once for both chargers
    sent = cmds.of("send_local_list")
    assert len(sent) == 2 and sent[0]["entries"] is sent[1]["entries"]
    assert {e["id_tag"] for e in sent[0]["entries"]} == {"S0", "S1", "S2"}
    assert ll.last_sent("CP1")[1] == ll.last_sent("CP2")[1]

    # a restricted tag of CP2's: CP2 gets a list of its own, CP1 the shared one
    drivers.add_tag(TagInput("R2", allowed_charge_points=("CP2",)))
    lists._snapshot = None
    assert (await lists.sync("CP1", full=True)).ok
    assert (await lists.sync("CP2", full=True)).ok
    one, two = cmds.of("send_local_list")[-2:]
    assert {e["id_tag"] for e in one["entries"]} == {"S0", "S1", "S2"}
    assert {e["id_tag"] for e in two["entries"]} == {"S0", "S1", "S2", "R2"}
