"""Charge points page: model (qtmodeltester), filter, live rows, admission, commands and the
edit form, driven by real chargers through the real server where a charger is involved."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import UTC, datetime

from chargers16 import connect16
from live_helpers import answer_confirm, until
from PySide6.QtCore import Qt

from csms_desktop.gui.models.charge_points import COL, ChargePointFilter, ChargePointTableModel
from csms_desktop.gui.models.configuration import ConfigItem, ConfigurationModel
from csms_desktop.gui.models.rows import ROW_ROLE
from csms_desktop.gui.pages_chargers import ChargePointsPage
from csms_desktop.protocol.commands import Outcome
from csms_desktop.services.live_queries import ChargePointRow


def row(cp_id: str, **kw) -> ChargePointRow:  # type: ignore[no-untyped-def]
    base = dict(
        id=cp_id, name=f"Name {cp_id}", location="Depot", latitude=None, longitude=None,
        protocol="OCPP16", vendor="ACME", model="Wall", serial_number=None,
        firmware_version="1.0", status="AVAILABLE", ocpp_status="Available", error_code=None,
        registration="ACCEPTED", connected=True, last_seen=datetime(2025, 1, 1, tzinfo=UTC),
        last_heartbeat=None, last_boot=None, maintenance=False, tolerant=False,
        max_power_kw=None, has_password=False, iccid=None, imsi=None, meter_type=None,
        meter_serial_number=None, firmware_status=None, diagnostics_status=None,
        connector_count=2)
    base.update(kw)
    return ChargePointRow(**base)


def click(qtbot, widget) -> None:  # type: ignore[no-untyped-def]
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def make_page(qtbot, ctx) -> ChargePointsPage:  # type: ignore[no-untyped-def]
    page = ChargePointsPage(ctx)
    qtbot.addWidget(page)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # timers stop with it
    page.resize(1500, 900)
    page.show()
    return page


# ---------------------------------------------------------------------- models


def test_charge_point_model_passes_the_model_tester(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ChargePointTableModel()
    qtmodeltester.check(model)
    model.set_rows([row("CP1"), row("CP2", registration="PENDING", connected=False)])
    qtmodeltester.check(model)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((a.row(), b.row())))
    assert model.upsert(row("CP2", registration="PENDING", connected=False)) is False  # same
    assert model.upsert(row("CP2", registration="ACCEPTED")) is True
    assert changed == [(1, 1)]  # only that row
    assert model.upsert(row("CP3")) is True
    assert model.rowCount() == 3
    assert model.merge([row("CP1"), row("CP3", name="Renamed")]) == 2  # CP2 gone, CP3 changed
    assert [r.id for r in model.rows()] == ["CP1", "CP3"]
    qtmodeltester.check(model)
    idx = model.index(1, COL["Name"])
    assert model.data(idx) == "Renamed"
    assert model.data(model.index(0, COL["Connected"])) == "● Online"
    proxy = ChargePointFilter()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_configuration_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    model = ConfigurationModel()
    model.set_rows([ConfigItem("HeartbeatInterval", "300", False),
                    ConfigItem("NumberOfConnectors", "2", True)])
    qtmodeltester.check(model)
    editable = model.index(0, 1)
    assert model.flags(editable) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(1, 1)) & Qt.ItemFlag.ItemIsEditable
    asked: list[tuple[ConfigItem, str]] = []
    model.change_requested.connect(lambda item, value: asked.append((item, value)))
    assert model.setData(editable, "60")
    assert asked[0][1] == "60"
    assert model.data(editable) == "300"  # unchanged until the charger accepts
    assert model.data(model.index(0, 4)) == "sending…"
    model.set_result(asked[0][0], "60", "accepted", True)
    assert model.data(editable) == "60"
    assert not model.setData(model.index(1, 1), "3")  # read-only


# ---------------------------------------------------------------------- filter


def test_filter_and_pending_only(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.store.models import ChargePoint

    ChargePoint.create(id="CP-001", name="Front gate", location="North lot", vendor="ABB")
    ChargePoint.create(id="CP-002", name="Loading bay", location="Warehouse", vendor="Wallbox")
    ChargePoint.create(id="CP-003", name="Visitor", location="North lot", vendor="ABB",
                       registration_status="PENDING")
    page = make_page(qtbot, quiet_ctx)
    assert page.proxy.rowCount() == 3
    assert "1 pending" in page.count_label.text()
    qtbot.keyClicks(page.filter_edit, "north")
    shown = {page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())}
    assert shown == {"CP-001", "CP-003"}
    assert page.count_label.text().startswith("2 of 3")
    page.filter_edit.setText("wallbox")
    assert page.proxy.rowCount() == 1
    page.filter_edit.clear()
    page.pending_only.setChecked(True)
    assert page.proxy.rowCount() == 1
    assert page.proxy.index(0, 0).data(ROW_ROLE).id == "CP-003"
    page.pending_only.setChecked(False)
    page.view.sortByColumn(COL["Name"], Qt.SortOrder.AscendingOrder)
    names = [page.proxy.index(r, COL["Name"]).data() for r in range(3)]
    assert names == ["Front gate", "Loading bay", "Visitor"]


# ---------------------------------------------------------------------- live, admission


def test_accept_a_pending_charger(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    live.services.apply_settings(unknown_charger_policy="pending")
    page = make_page(qtbot, live.ctx)

    async def scenario() -> None:
        async with connect16(live.url, "CP-P") as cp:
            answer = await cp.boot(vendor="Vendo", model="V2")
            assert answer.status == "Pending"
            await until(lambda: page.model.row_for("CP-P") is not None, 1.0, "row appears")
            assert page.model.row_for("CP-P").registration == "PENDING"
            assert page.select("CP-P")
            detail = page.detail
            assert detail.accept_button.isVisible() and detail.reject_button.isVisible()
            assert "Pending" in detail.state.text()
            click(qtbot, detail.reject_button)  # asks first; Cancel changes nothing
            assert "Reject CP-P?" in answer_confirm(qtbot, detail, yes=False)
            await asyncio.sleep(0.2)
            assert page.model.row_for("CP-P").registration == "PENDING"
            click(qtbot, detail.accept_button)
            # one click: accepted, and the charger is asked to boot again at once
            trigger = await cp.wait_for_call("TriggerMessage")
            assert trigger == {"requestedMessage": "BootNotification"}
            reboot = await cp.wait_for_trigger("BootNotification")
            assert reboot.status == "Accepted"
            await until(lambda: page.model.row_for("CP-P").registration == "ACCEPTED", 1.0)
            await until(lambda: page.outcome.last_outcome == Outcome.ACCEPTED, 1.0)
            assert "Accept CP-P" in page.outcome.text()
            await until(lambda: not detail.accept_button.isVisible(), 1.0)
            assert detail.overview.values["vendor"].text() == "TestVendor"

    live.run(scenario())


def test_row_and_detail_follow_the_charger(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, live.ctx)

    async def scenario() -> None:
        async with connect16(live.url, "CP-L") as cp:
            await cp.boot(vendor="ACME", model="Wall", firmware_version="2.3.4")
            await cp.status(1, "Available")
            await until(lambda: page.model.row_for("CP-L") is not None, 1.0)
            page.select("CP-L")
            assert page.selected_id() == "CP-L"
            r = page.model.row_for("CP-L")
            assert r.connected and r.firmware_version == "2.3.4"
            await until(lambda: page.detail.overview.connectors.rowCount() == 1, 1.0)
            await cp.status(1, "Faulted", error_code="GroundFailure")
            conns = page.detail.overview.connectors
            await until(lambda: conns.row_at(0).ocpp_status == "Faulted", 1.0)
            assert conns.row_at(0).error_code == "GroundFailure"
        await until(lambda: not page.model.row_for("CP-L").connected, 2.0)
        assert "Offline" in page.detail.state.text()

    live.run(scenario())


# ---------------------------------------------------------------------- commands


def test_actions_reach_the_charger_and_show_outcomes(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.store.models import ChargePoint, IdTag, User

    IdTag.create(id_tag="TAG-BOB", user=User.create(phone_number="+66811111111", name="Bob"))
    page = make_page(qtbot, live.ctx)
    actions = page.detail.actions_panel

    async def outcome_of(button, confirmed: bool = False) -> Outcome:  # type: ignore[no-untyped-def]
        page.outcome.last_outcome = None
        click(qtbot, button)
        if confirmed:  # the button only asks; the command goes on "yes"
            answer_confirm(qtbot, actions)
        await until(lambda: page.outcome.last_outcome is not None, 4.0, "an outcome")
        return page.outcome.last_outcome

    async def scenario() -> None:
        async with connect16(live.url, "CP-C") as cp:
            await cp.boot()
            await cp.status(1, "Available")
            await cp.status(2, "Available")
            await until(lambda: page.model.row_for("CP-C") is not None, 1.0)
            page.select("CP-C")
            await until(lambda: actions.start_connector.count() == 3, 1.0)
            page.refresh_tags()
            actions.start_tag.setCurrentIndex(actions.start_tag.findData("TAG-BOB"))
            actions.start_connector.setCurrentIndex(2)
            assert await outcome_of(actions.start_button) == Outcome.ACCEPTED
            assert cp.calls("RemoteStartTransaction") == [{"idTag": "TAG-BOB", "connectorId": 2}]

            actions.start_tag.setEditText("TYPED-TAG")
            actions.start_connector.setCurrentIndex(0)
            assert await outcome_of(actions.start_button) == Outcome.ACCEPTED
            assert cp.calls("RemoteStartTransaction")[-1] == {"idTag": "TYPED-TAG"}

            # resets ask first; the safe one (soft) is the wide, default button
            assert actions.soft_button.isDefault() and not actions.hard_button.isDefault()
            page.detail.tabs.setCurrentWidget(actions)
            await until(lambda: actions.soft_button.isVisible(), 1.0)
            assert actions.soft_button.width() > actions.hard_button.width()
            click(qtbot, actions.hard_button)
            assert "Hard reset" in answer_confirm(qtbot, actions, yes=False)
            await asyncio.sleep(0.2)
            assert cp.calls("Reset") == []  # Cancel sends nothing
            assert await outcome_of(actions.soft_button, True) == Outcome.ACCEPTED
            assert cp.calls("Reset") == [{"type": "Soft"}]
            cp.modes["Reset"] = "reject"
            assert await outcome_of(actions.hard_button, True) == Outcome.REJECTED
            assert "rejected" in page.outcome.text()

            actions.unlock_connector.setCurrentIndex(1)
            assert await outcome_of(actions.unlock_button) == Outcome.ACCEPTED
            assert cp.calls("UnlockConnector") == [{"connectorId": 2}]

            actions.trigger_message.setCurrentText("Heartbeat")
            assert await outcome_of(actions.trigger_button) == Outcome.ACCEPTED
            assert cp.calls("TriggerMessage")[-1] == {"requestedMessage": "Heartbeat"}

            # maintenance: flagged in the database and the charger made inoperative
            assert await outcome_of(actions.maintenance) == Outcome.ACCEPTED
            assert cp.calls("ChangeAvailability")[-1] == {"connectorId": 0, "type": "Inoperative"}
            assert ChargePoint.get_by_id("CP-C").maintenance
            await until(lambda: page.model.row_for("CP-C").maintenance, 1.0)

            actions.firmware_url.setText("not a url")
            assert await outcome_of(actions.firmware_button) == Outcome.ERROR
            assert cp.calls("UpdateFirmware") == []
            actions.firmware_url.setText("https://updates.example.com/fw-2.bin")
            assert await outcome_of(actions.firmware_button) == Outcome.ACCEPTED
            assert cp.calls("UpdateFirmware")[0]["location"] == "https://updates.example.com/fw-2.bin"

            actions.diag_url.setText("ftp://logs.example.com/in/")
            assert await outcome_of(actions.diag_button) == Outcome.ACCEPTED
            assert "diag-CP-C.zip" in page.outcome.text()

            # a charger that never answers: the page keeps working and says "timed out"
            cp.modes["ClearCache"] = "silent"
            cp.modes["UnlockConnector"] = "silent"
            page.outcome.last_outcome = None
            click(qtbot, actions.unlock_button)
            await until(lambda: not actions.unlock_button.isEnabled(), 1.0)
            assert "waiting for the charger" in page.outcome.text()
            page.filter_edit.setText("CP-C")  # the GUI stays responsive meanwhile
            await until(lambda: page.outcome.last_outcome == Outcome.TIMED_OUT, 4.0)
            assert actions.unlock_button.isEnabled()
        await until(lambda: "CP-C" not in live.services.chargers.connected)
        assert await outcome_of(actions.soft_button, True) == Outcome.OFFLINE

    live.run(scenario())


def test_configuration_read_and_change(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    page = make_page(qtbot, live.ctx)
    config = page.detail.config

    async def scenario() -> None:
        async with connect16(live.url, "CP-K") as cp:
            await cp.boot()
            await until(lambda: page.model.row_for("CP-K") is not None, 1.0)
            page.select("CP-K")
            click(qtbot, config.read_button)
            await until(lambda: config.model.rowCount() == 2, 2.0, "keys read")
            keys = {config.model.row_at(i).key for i in range(2)}
            assert keys == {"HeartbeatInterval", "MeterValueSampleInterval"}
            pos = config.model.position(("", "HeartbeatInterval"))
            assert config.model.setData(config.model.index(pos, 1), "120")
            await until(lambda: config.model.row_at(pos).last_change == "accepted", 2.0)
            assert config.model.row_at(pos).value == "120"
            assert cp.calls("ChangeConfiguration") == [{"key": "HeartbeatInterval",
                                                        "value": "120"}]
            cp.modes["ChangeConfiguration"] = "reject"
            config.model.setData(config.model.index(pos, 1), "5")
            await until(lambda: config.model.row_at(pos).last_change.startswith("rejected"), 2.0)
            assert config.model.row_at(pos).value == "120"  # kept

    live.run(scenario())


# ---------------------------------------------------------------------- edit form


def test_form_refuses_bad_input_beside_the_field_and_saves_nothing(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.store.models import ChargePoint, Connector

    ChargePoint.create(id="CP-E", name="Before", location="Old place")
    Connector.create(charge_point="CP-E", connector_id=1)
    page = make_page(qtbot, quiet_ctx)
    page.select("CP-E")
    edit = page.detail.edit
    page.detail.tabs.setCurrentWidget(edit)
    assert edit.fields["name"].text() == "Before"
    edit.fields["name"].setText("After")
    edit.fields["latitude"].setText("abc")
    edit.fields["longitude"].setText("200")
    edit.fields["max_power_kw"].setText("-5")
    click(qtbot, edit.save_button)
    for key in ("latitude", "longitude", "max_power_kw"):
        label = edit.errors[key]
        assert label.isVisible(), key
        assert label.text().startswith("⚠")
        # beside the field: the same row container, to the right of the line edit
        assert label.parentWidget() is edit.fields[key].parentWidget()
        assert label.geometry().left() > edit.fields[key].geometry().right()
    assert "not a number" in edit.errors["latitude"].text()
    assert "between -180 and 180" in edit.errors["longitude"].text()
    assert not edit.errors["name"].isVisible()
    assert "Not saved" in page.outcome.text()
    cp = ChargePoint.get_by_id("CP-E")
    assert (cp.name, cp.latitude, cp.max_power) == ("Before", None, None)  # nothing saved

    edit.fields["latitude"].setText("13,7563")  # a decimal comma is fine
    edit.fields["longitude"].setText("100.5018")
    edit.fields["max_power_kw"].setText("22")
    edit.tolerant.setChecked(True)
    edit.type_combos[1].setCurrentIndex(edit.type_combos[1].findData("CCS_COMBO_2"))
    click(qtbot, edit.save_button)
    assert not any(label.isVisible() for label in edit.errors.values())
    cp = ChargePoint.get_by_id("CP-E")
    assert (cp.name, cp.latitude, cp.longitude, cp.max_power, cp.tolerant) == (
        "After", 13.7563, 100.5018, 22.0, True)
    assert Connector.get(Connector.charge_point == "CP-E").type == "CCS_COMBO_2"
    qtbot.waitUntil(lambda: page.model.row_for("CP-E").name == "After", timeout=2000)

    edit.fields["name"].setText("   ")
    click(qtbot, edit.save_button)
    assert edit.errors["name"].isVisible()
    assert ChargePoint.get_by_id("CP-E").name == "After"


def test_password(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.services.passwords import check_password
    from csms_desktop.store.models import ChargePoint

    ChargePoint.create(id="CP-W", name="W")
    page = make_page(qtbot, quiet_ctx)
    page.select("CP-W")
    edit = page.detail.edit
    page.detail.tabs.setCurrentWidget(edit)
    edit.password.setText("short")
    assert not edit.set_password()
    assert edit.errors["password"].isVisible()
    assert ChargePoint.get_by_id("CP-W").password_hash is None
    edit.password.setText("a-long-enough-secret")
    assert edit.set_password()
    assert not edit.errors["password"].isVisible()
    assert check_password("a-long-enough-secret", ChargePoint.get_by_id("CP-W").password_hash)
    edit.clear_password()
    assert ChargePoint.get_by_id("CP-W").password_hash is None


def test_rows_are_immutable() -> None:
    r = row("CP1")
    assert replace(r, name="x") != r
