# ruff: noqa: F811  (pytest fixtures imported from driver_live are test parameters)
"""Reservations page (timeline, form, conflicts, cancel) and the profile editor."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from driver_fakes import make_charger
from driver_live import drv_ctx, drv_live, until  # noqa: F401 (fixtures)
from PySide6.QtCore import QPoint, Qt

from csms_desktop.domain.enums import ReservationStatus
from csms_desktop.gui.drivers_panels import from_qdt
from csms_desktop.gui.pages_reservations import ReservationsPage
from csms_desktop.gui.profile_editor import format_offset, parse_offset
from csms_desktop.services.drivers import DriverInput, DriverService, TagInput
from csms_desktop.store.models import ChargePoint, ChargingProfile, Reservation


def seed(services):  # type: ignore[no-untyped-def]
    make_charger("CP1", connectors=2)
    d = DriverService(services)
    ana = d.register(DriverInput("0812345678", "Ana"))
    bo = d.register(DriverInput("0899990000", "Bo"))
    d.add_tag(TagInput("TAG-A", ana.id))
    d.add_tag(TagInput("TAG-B", bo.id))
    d.close()
    return ana, bo


def make(qtbot, ctx) -> ReservationsPage:  # type: ignore[no-untyped-def]
    page = ReservationsPage(ctx)
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.show()
    return page


def choose(page, driver: str, connector: int | None, start: datetime, end: datetime) -> None:  # type: ignore[no-untyped-def]
    tab = page.reservations
    f = tab.form
    f.driver.setCurrentIndex(f.driver.findText(driver, Qt.MatchFlag.MatchStartsWith))
    f.prefill("CP1", connector, start, end)


def test_create_from_form_and_conflict_reason_beside_field(qtbot, drv_ctx, services) -> None:  # type: ignore[no-untyped-def]
    seed(services)
    page = make(qtbot, drv_ctx)
    tab = page.reservations
    assert [(lane.charge_point_id, lane.connector_no) for lane in tab.timeline.lanes] == [
        ("CP1", 1), ("CP1", 2)]
    start = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=2)
    choose(page, "Ana", 1, start, start + timedelta(hours=1))
    qtbot.mouseClick(tab.form.create_btn, Qt.MouseButton.LeftButton)
    assert Reservation.select().count() == 1
    assert len(tab.timeline.reservations) == 1 and tab.model.rowCount() == 1
    choose(page, "Bo", 1, start + timedelta(minutes=30), start + timedelta(hours=2))
    qtbot.mouseClick(tab.form.create_btn, Qt.MouseButton.LeftButton)
    assert Reservation.select().count() == 1
    label = tab.form.errors.label("start_time")
    assert label.isVisible() and "overlaps Ana's reservation of connector 1" in label.text()
    assert tab.timeline.highlight == tab.timeline.reservations[0].id
    # an invalid window: the message sits beside "Until", nothing saved
    choose(page, "Bo", 2, start, start - timedelta(hours=1))
    qtbot.mouseClick(tab.form.create_btn, Qt.MouseButton.LeftButton)
    assert "after the start" in tab.form.errors.text("end_time")
    assert Reservation.select().count() == 1
    ChargePoint.update(maintenance=True).execute()
    choose(page, "Bo", 2, start, start + timedelta(hours=1))
    qtbot.mouseClick(tab.form.create_btn, Qt.MouseButton.LeftButton)
    assert "under maintenance" in tab.form.errors.text("charge_point")


def test_drag_on_a_lane_prefills_the_form(qtbot, drv_ctx, services) -> None:  # type: ignore[no-untyped-def]
    seed(services)
    page = make(qtbot, drv_ctx)
    tl = page.reservations.timeline
    y = tl.HEADER_H + tl.ROW_H + tl.ROW_H // 2  # connector 2
    x0 = int(tl.x_for(tl.start + timedelta(hours=30)))
    x1 = int(tl.x_for(tl.start + timedelta(hours=32)))
    with qtbot.waitSignal(tl.drag_created, timeout=1000) as sig:
        qtbot.mousePress(tl, Qt.MouseButton.LeftButton, pos=QPoint(x0, y))
        qtbot.mouseMove(tl, QPoint((x0 + x1) // 2, y))
        qtbot.mouseMove(tl, QPoint(x1, y))
        qtbot.mouseRelease(tl, Qt.MouseButton.LeftButton, pos=QPoint(x1, y))
    cp_id, conn, start, end = sig.args
    assert (cp_id, conn) == ("CP1", 2)
    assert timedelta(hours=1, minutes=30) <= end - start <= timedelta(hours=2, minutes=30)
    assert start.minute % 15 == 0
    f = page.reservations.form
    assert f.connector.currentData() == 2
    assert abs((from_qdt(f.start.dateTime()) - start).total_seconds()) < 1


def test_hidden_timeline_waits_until_shown(qtbot, drv_ctx, services) -> None:  # type: ignore[no-untyped-def]
    """Status events of a busy site do not redraw the timeline while nobody sees it."""
    from csms_desktop.services import events as ev

    seed(services)
    page = ReservationsPage(drv_ctx)
    qtbot.addWidget(page)
    tab = page.reservations
    assert tab.refreshes == 0 and tab.stale  # read when first shown
    page.show()
    assert tab.refreshes == 1 and not tab.stale
    page.hide()
    for _ in range(50):
        services.hub.publish(ev.ConnectorStatusChanged(
            "CP1", 1, "OCCUPIED", "Charging", None, datetime.now(UTC)))
    qtbot.wait(400)
    assert tab.refreshes == 1 and tab.stale
    page.show()
    assert tab.refreshes == 2 and not tab.stale
    services.hub.publish(ev.ConnectorStatusChanged(
        "CP1", 1, "AVAILABLE", "Available", None, datetime.now(UTC)))
    qtbot.waitUntil(lambda: tab.refreshes == 3, timeout=2000)  # shown: within 300 ms


def test_cancel_from_the_context_menu(qtbot, drv_live) -> None:  # type: ignore[no-untyped-def]
    ana, _ = seed(drv_live.services)
    page = make(qtbot, drv_live.ctx)
    tab = page.reservations
    start = datetime.now(UTC) + timedelta(hours=3)
    res = tab.svc.create(ana.id, "CP1", 1, start, start + timedelta(hours=1))
    tab.refresh()
    r = tab.timeline.reservations[0]
    rect = tab.timeline.reservation_rect(r, 0)
    hit = tab.timeline.reservation_at(rect.center().toPoint())
    assert hit is not None and hit.id == res.id
    menu = tab.timeline.context_menu(hit)
    action = menu.actions()[0]
    assert "Cancel Ana's reservation" in action.text()

    async def scenario() -> None:
        action.trigger()
        await until(lambda: Reservation.get_by_id(res.id).status == ReservationStatus.CANCELED,
                    what="cancelled")
        await until(lambda: "cancelled" in tab.outcome.text(), what="outcome shown")

    drv_live.run(scenario())
    assert tab.timeline.reservations[0].status == "CANCELED"


def test_offsets() -> None:
    assert parse_offset("6:30") == 23400 and parse_offset("30:00") == 108000
    assert parse_offset("2") == 7200 and parse_offset("6:75") is None
    assert parse_offset("x") is None
    assert format_offset(23400) == "6:30" and format_offset(61) == "0:01:01"


def test_profile_editor_inline_errors_chart_and_save(qtbot, drv_ctx, services) -> None:  # type: ignore[no-untyped-def]
    make_charger("CP1")
    page = make(qtbot, drv_ctx)
    page.tabs.setCurrentIndex(1)
    ed = page.profiles
    assert ed.library.count() == 4  # seeded library
    n_rows = ChargingProfile.select().count()
    ed.new_profile()
    ed.name.setText("Test")
    ed.set_periods([("0:00", "32"), ("2:00", "16"), ("1:00", "10")])
    qtbot.waitUntil(lambda: ed.errors.label("periods").isVisible(), timeout=2000)
    assert "row 3: periods are in ascending order" in ed.errors.text("periods")
    xs, ys = ed.chart.sent.getData()
    assert len(ys) == 3  # drawn drv_live, even while invalid
    assert not ed.save()
    assert ChargingProfile.select().count() == n_rows
    ed.set_periods([("0:00", "32"), ("abc", "16")])
    qtbot.waitUntil(lambda: "type the start as h:mm" in ed.errors.text("periods"), timeout=2000)
    ed.set_periods([("0:00", "32"), ("6:00", "16")])
    ed.duration.setText("99:00")
    qtbot.waitUntil(lambda: "at most 7 day" not in ed.errors.text("duration"), timeout=2000)
    ed.duration.setText("200:00")
    qtbot.waitUntil(lambda: "at most 7 day" in ed.errors.text("duration"), timeout=2000)
    assert not ed.save()
    ed.duration.setText("24:00")
    qtbot.waitUntil(lambda: not ed.errors.label("duration").isVisible(), timeout=2000)
    assert ed.save()
    row = ChargingProfile.get(ChargingProfile.name == "Test")
    assert row.charging_schedule["chargingSchedulePeriod"][1] == {"startPeriod": 21600,
                                                                   "limit": 16.0}
    xs, ys = ed.chart.sent.getData()
    assert list(xs) == [0.0, 6.0, 24.0] and list(ys) == [32.0, 16.0]


def test_profile_push_composite_and_limits_with_a_real_charger(qtbot, drv_live) -> None:  # type: ignore[no-untyped-def]
    from chargers16 import connect16

    page = make(qtbot, drv_live.ctx)
    ed = page.profiles

    async def scenario() -> None:
        async with connect16(drv_live.url, "CP-P") as cp:
            await cp.boot()
            await cp.status(1, "Available")
            ChargePoint.update(max_power=11.0).where(ChargePoint.id == "CP-P").execute()
            from csms_desktop.store.models import Connector

            Connector.update(max_current=16.0).execute()
            page.tabs.setCurrentIndex(1)
            ed.reload_targets()
            ed.cp.setCurrentText("CP-P")
            ed.connector.setValue(1)
            ed.new_profile()
            ed.name.setText("Too much")
            ed.set_periods([("0:00", "32")])
            ed.push_btn.click()
            await until(lambda: "16 A" in ed.errors.text("periods"), what="limit error")
            assert cp.calls("SetChargingProfile") == []
            ed.set_periods([("0:00", "16"), ("1:00", "8")])
            ed.push_btn.click()
            await until(lambda: cp.calls("SetChargingProfile"), what="profile sent")
            await until(lambda: "SetChargingProfile" in ed.outcome.text(),
                        what=f"outcome ({ed.outcome.text()})")
            assert "Accepted" in ed.outcome.text()
            assert "Too much" in ed.installed.text()
            ed.read_btn.click()
            await until(lambda: ed.last_composite is not None, what="composite")
            assert ed.chart.composite.isVisible()
            _xs, ys = ed.chart.composite.getData()
            assert list(ys) == [16.0, 10.5]
            ed.target_purpose.setCurrentText("TxProfile")
            ed.push_btn.click()
            await until(lambda: "needs one" in ed.target_errors.text("target_purpose"),
                        what=f"TxProfile refused ({ed.outcome.text()}) {ed.target_errors.shown}")

    drv_live.run(scenario())
