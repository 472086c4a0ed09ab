# ruff: noqa: F811  (pytest fixtures imported from driver_live are test parameters)
"""Drivers page: inline field errors save nothing; vehicles, tags, CSV report, local lists."""

from __future__ import annotations

from driver_live import drv_ctx, drv_live, until  # noqa: F401 (fixtures)
from PySide6.QtCore import Qt

from csms_desktop.gui.pages_drivers import DriversPage
from csms_desktop.store.models import IdTag, User, UserVehicle


def make(qtbot, ctx) -> DriversPage:  # type: ignore[no-untyped-def]
    page = DriversPage(ctx)
    qtbot.addWidget(page)
    page.resize(1400, 900)
    page.show()
    return page


def register(qtbot, page, phone, name="", email="") -> None:  # type: ignore[no-untyped-def]
    page.new_driver()
    page.form.phone.setText(phone)
    page.form.name.setText(name)
    page.form.email.setText(email)
    qtbot.mouseClick(page.form.save_btn, Qt.MouseButton.LeftButton)


def test_invalid_driver_shows_errors_beside_fields_and_saves_nothing(qtbot, drv_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, drv_ctx)
    register(qtbot, page, "081 234", "Ana", "ana@")
    errors = page.form.errors
    assert "phone" in errors.text("phone") or "valid" in errors.text("phone")
    assert errors.label("phone").isVisible() and errors.label("email").isVisible()
    assert "e-mail" in errors.text("email")
    assert not errors.label("name").isVisible()
    assert User.select().count() == 0
    # corrected: saved, errors gone, row in the table
    page.form.phone.setText("081 234 5678")
    page.form.email.setText("ana@example.com")
    qtbot.mouseClick(page.form.save_btn, Qt.MouseButton.LeftButton)
    assert not errors.label("phone").isVisible() and not errors.label("email").isVisible()
    user = User.get()
    assert user.phone_number == "+66812345678"
    assert page.current_id == user.id and page.model.rowCount() == 1
    assert page.form.title() == "Driver: Ana"


def test_duplicate_phone_is_shown_beside_the_phone(qtbot, drv_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, drv_ctx)
    register(qtbot, page, "0812345678", "Ana")
    register(qtbot, page, "+66 81 234 5678", "Bo")
    assert "already registered to Ana" in page.form.errors.text("phone")
    assert User.select().count() == 1


def test_search_vehicle_and_tag_forms(qtbot, drv_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, drv_ctx)
    register(qtbot, page, "0812345678", "Ana")
    register(qtbot, page, "0899990000", "Bo")
    bo = page.current_id
    v = page.vehicles
    v.plate.setText("  ")
    qtbot.mouseClick(v.add_btn, Qt.MouseButton.LeftButton)
    assert v.errors.label("license_plate").isVisible()
    assert UserVehicle.select().count() == 0
    v.plate.setText("1กข 1234")
    v.make.setText("BYD")
    qtbot.mouseClick(v.add_btn, Qt.MouseButton.LeftButton)
    assert UserVehicle.get().license_plate == "1กข1234" and v.model.rowCount() == 1
    t = page.tags
    page.sub.setCurrentWidget(t)
    width = t.value.width()
    qtbot.mouseClick(t.add_btn, Qt.MouseButton.LeftButton)  # no tag typed
    assert t.errors.label("id_tag").isVisible()
    qtbot.wait(20)
    assert t.value.width() >= min(width, 200) and t.value.width() > 100  # not squeezed
    assert t.add_btn.isVisible() and t.rect().contains(t.add_btn.geometry().topRight())
    t.value.setText("CARD 01")
    t.allowed.setText("NOPE")
    qtbot.mouseClick(t.add_btn, Qt.MouseButton.LeftButton)
    assert "unknown charge point" in t.errors.text("allowed_charge_points")
    assert IdTag.select().count() == 0
    t.allowed.clear()
    qtbot.mouseClick(t.add_btn, Qt.MouseButton.LeftButton)
    assert IdTag.get().id_tag == "CARD01" and IdTag.get().user_id == bo
    page.search.setText("1กข-12")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=2000)
    assert page.model.row_of(0).name == "Bo"
    page.search.setText("081 234")
    qtbot.waitUntil(lambda: page.model.row_of(0).name == "Ana", timeout=2000)
    page.search.setText("card01")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_of(0).name == "Bo",
                    timeout=2000)


def test_block_and_delete(qtbot, drv_ctx) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, drv_ctx)
    register(qtbot, page, "0812345678", "Ana")
    qtbot.mouseClick(page.form.block_btn, Qt.MouseButton.LeftButton)
    assert User.get().status == "BLOCKED" and page.form.block_btn.text() == "Unblock"
    qtbot.mouseClick(page.form.delete_btn, Qt.MouseButton.LeftButton)
    assert User.select().count() == 1  # asks for a second click
    qtbot.mouseClick(page.form.delete_btn, Qt.MouseButton.LeftButton)
    assert User.select().count() == 0 and page.model.rowCount() == 0


def test_csv_import_report_shown_and_nothing_half_imported(qtbot, drv_ctx, tmp_path) -> None:  # type: ignore[no-untyped-def]
    page = make(qtbot, drv_ctx)
    bad = tmp_path / "drivers.csv"
    bad.write_text("phone_number,name\n0812345678,Ana\n12,Bad\n", encoding="utf-8")
    report = page.import_file("drivers", str(bad))
    assert not report.ok and User.select().count() == 0
    assert page.report.isVisible() and page.report.table.isVisible()
    assert page.report.model.rowCount() == 1
    idx = page.report.model.index(0, 0)
    assert page.report.model.data(idx) == "3"
    assert "nothing imported" in page.report.summary.text()
    report = page.import_text("drivers", "phone_number,name\n0812345678,Ana\n")
    assert report.ok and page.model.rowCount() == 1
    assert not page.report.table.isVisible()
    out = tmp_path / "out.csv"
    page.export_file("drivers", str(out))
    assert "+66812345678,Ana" in out.read_text(encoding="utf-8-sig")


def test_present_card_and_local_list_sync_with_a_real_charger(qtbot, drv_live) -> None:  # type: ignore[no-untyped-def]
    from chargers16 import connect16

    page = make(qtbot, drv_live.ctx)
    page.bundle.local_lists.debounce_s = 0.05
    page.bundle.local_lists.boot_delay_s = 0.05

    async def scenario() -> None:
        register(qtbot, page, "0812345678", "Ana")
        async with connect16(drv_live.url, "CP-D") as cp:
            await cp.boot()
            page.tags.present_btn.click()
            await until(lambda: "Waiting" in page.tags.present_btn.text(), what="armed")
            answer = await cp.authorize("NEW-CARD")
            assert answer.id_tag_info["status"] == "Invalid"
            await until(lambda: page.tags.value.text() == "NEW-CARD", what="card filled in")
            assert "NEW-CARD at CP-D" in page.tags.last_seen.text()
            page.tags.add_btn.click()
            assert IdTag.get().id_tag == "NEW-CARD"
            await cp.wait_for_call("SendLocalList", timeout=3)
            page.tabs.setCurrentIndex(1)
            await until(lambda: page.lists.model.rowCount() == 1, what="list row")
            def synced() -> bool:
                row = page.lists.model.row_at(0)
                return (row.pending == "up to date" and row.version is not None
                        and row.version == cp.local_list_version)

            await until(synced, 3.0, what="the new tag reached the charger's list")
            sent = cp.calls("SendLocalList")[-1]["localAuthorizationList"]
            assert {"idTag": "NEW-CARD", "idTagInfo": {"status": "Accepted"}} in sent
            version = page.lists.model.row_at(0).version
            assert version == cp.local_list_version
            page.lists.table.selectRow(0)
            page.lists.full_btn.click()
            await until(lambda: f"full list version {version + 1} accepted"
                        in page.lists.outcome.text(), what="full list sent")
            assert cp.calls("SendLocalList")[-1]["updateType"] == "Full"
            assert page.lists.model.row_at(0).pending == "up to date"

    drv_live.run(scenario())


def test_models_pass_the_model_tester(qtmodeltester, services) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.models.drivers import DriversModel, ProblemsModel, TagsModel
    from csms_desktop.services.csv_io import RowProblem
    from csms_desktop.services.drivers import DriverInput, DriverService, TagInput

    d = DriverService(services)
    u = d.register(DriverInput("0812345678", "Ana"))
    d.add_tag(TagInput("T1", u.id, status="BLOCKED"))
    drivers = DriversModel()
    drivers.set_rows(d.search(""))
    qtmodeltester.check(drivers)
    tags = TagsModel()
    tags.set_rows(d.tags())
    qtmodeltester.check(tags)
    assert tags.data(tags.index(0, 1), Qt.ItemDataRole.ForegroundRole).name() == "#b3161b"
    problems = ProblemsModel()
    problems.set_problems([RowProblem(3, "12", {"phone_number": "too short", "email": "bad"})])
    qtmodeltester.check(problems)
    assert problems.rowCount() == 2
    d.close()
