"""Pages read their data when shown (issue 13, item 5): data that arrives after the window
was built (the demo seeds it then; an import, the API, another operator) is on screen on the
first visit, and hub events reach visible pages."""

from __future__ import annotations

from driver_fakes import make_charger
from PySide6.QtCore import Qt
from window_helpers import window_with

from csms_desktop.services import events as ev
from csms_desktop.services.drivers import DriverInput, DriverService, TagInput
from csms_desktop.store.models import ChargePoint, Notification

LONG_ID = "DEMO-AC-WALLBOX-PARKING-LEVEL-2-0001"


def seed_after_the_window(services) -> None:  # type: ignore[no-untyped-def]
    d = DriverService(services)
    for i in range(8):
        u = d.register(DriverInput(f"08123456{i:02d}", f"Driver {i}"))
        d.add_tag(TagInput(f"TAG-{i}", u.id))
    d.close()


def test_first_visit_shows_what_was_added_after_the_window(qtbot, runtime, services) -> None:  # type: ignore[no-untyped-def]
    win = window_with(runtime, ("Charge points", "Drivers", "Reservations"))
    qtbot.addWidget(win)
    win.show()
    win.show_page("Dashboard")
    seed_after_the_window(services)

    win.show_page("Drivers")
    drivers = win.pages["Drivers"]
    assert drivers.count.text() == "8 drivers"
    assert drivers.model.rowCount() == 8
    m = drivers.model
    col = next(c for c in range(m.columnCount())
               if m.headerData(c, Qt.Orientation.Horizontal) == "Status")
    assert m.data(m.index(0, col)) == "Active"  # words, not the stored code "ACTIVE"

    win.show_page("Reservations")
    picker = win.pages["Reservations"].reservations.form.driver
    assert picker.count() == 8 and picker.findText("Driver 3", Qt.MatchFlag.MatchStartsWith) >= 0


def test_charge_point_columns_fit_rows_that_arrive_later(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    win = window_with(runtime, ("Charge points",))
    qtbot.addWidget(win)
    win.show()
    win.show_page("Charge points")
    page = win.pages["Charge points"]
    assert page.model.rowCount() == 0
    make_charger(LONG_ID, connectors=1)
    ChargePoint.update(status="AVAILABLE").where(ChargePoint.id == LONG_ID).execute()
    runtime.services.hub.publish(ev.ChargerUpdated(LONG_ID))
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=3000)
    assert page.count_label.text() == "1 charge point"
    header = page.view.horizontalHeader()
    for c in range(page.proxy.columnCount() - 1):
        assert header.sectionSize(c) >= page.view.sizeHintForColumn(c), c  # nothing cut
    widths = [header.sectionSize(c) for c in range(page.proxy.columnCount())]
    runtime.services.hub.publish(ev.ChargerUpdated(LONG_ID))  # a save: nothing jumps
    qtbot.wait(400)
    assert [header.sectionSize(c) for c in range(page.proxy.columnCount())] == widths


def test_bell_shows_its_count(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    for i in range(11):
        Notification.create(title=f"Alert {i}", message="m")
    win = window_with(runtime, ())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.bell.count == 11, timeout=3000)  # read off the loop
    Notification.create(title="Alert 11", message="m")
    runtime.services.hub.publish(ev.NotificationCreated("x", "GENERAL", "t", "m", None))
    assert win.bell.count == 12  # follows the hub
    qtbot.wait(50)
    assert win.bell.text() == "12"
    assert win.bell.width() >= win.bell.sizeHint().width()  # drawn whole, not "…"


def test_driver_columns_fit_and_do_not_jump_after_a_save(qtbot, runtime, services) -> None:  # type: ignore[no-untyped-def]
    seed_after_the_window(services)
    win = window_with(runtime, ("Drivers",))
    qtbot.addWidget(win)
    win.show()
    win.show_page("Drivers")
    page = win.pages["Drivers"]
    header = page.table.horizontalHeader()
    qtbot.wait(150)
    name_w = header.sectionSize(0)
    assert name_w >= page.table.sizeHintForColumn(0)
    d = DriverService(services)
    long_one = d.register(DriverInput("0899999999", "Maria Aparecida dos Santos Oliveira Filha"))
    page.refresh()
    qtbot.wait(150)
    grown = header.sectionSize(0)
    assert grown > name_w and grown >= page.table.sizeHintForColumn(0)  # not cut
    from csms_desktop.store.models import User

    User.update(name="Mia").where(User.id == long_one.id).execute()  # a save: shorter
    page.refresh()
    qtbot.wait(150)
    assert header.sectionSize(0) == grown  # no jump
    d.close()
