"""The main window's site selector: shown with two sites, "All sites" first, remembered,
and every page (dashboard, charge points, transactions, messages, reservations,
notifications) shows the chosen site's chargers only, also for live events."""

from __future__ import annotations

import pytest
from site_data import charger_with_history
from window_helpers import window_with

from csms_desktop.gui.site_filter import SETTINGS_KEY
from csms_desktop.services import events as ev
from csms_desktop.services import sites
from csms_desktop.store.models import (
    ChargePoint,
    Notification,
    User,
)

PAGES = ("Dashboard", "Charge points", "Transactions", "Messages", "Reservations")


@pytest.fixture
def two_sites(runtime):  # type: ignore[no-untyped-def]
    services = runtime.services
    north, south = sites.ensure_site("North"), sites.ensure_site("South")
    user = User.create(phone_number="+66812345678", name="Ana")
    for cp, site in (("N1", north.id), ("N2", north.id), ("S1", south.id)):
        charger_with_history(services, cp, user, site)
    Notification.update(is_read=True).execute()
    Notification.create(title="about N1 again", message="", charge_point_id="N1")
    Notification.create(title="about S1 again", message="", charge_point_id="S1")
    services.writer.flush()
    from csms_desktop.gui.main_window import MainWindow

    MainWindow.gui_settings().setValue(SETTINGS_KEY, "")
    return north.id, south.id


def _shown(qtbot, win) -> dict[str, list[str]]:  # type: ignore[no-untyped-def]
    """What each page lists, once its reads are back."""
    tx = win.pages["Transactions"]
    msgs = win.pages["Messages"]
    res = win.pages["Reservations"].reservations
    tx.ensure_loaded()
    msgs.ensure_loaded()
    res.refresh()
    qtbot.waitUntil(lambda: not tx.model.is_busy() and not msgs.model.is_busy(), timeout=5000)
    qtbot.wait(100)
    qtbot.waitUntil(lambda: not tx.model.is_busy() and not msgs.model.is_busy(), timeout=5000)
    return {
        "dashboard": sorted(win.pages["Dashboard"].groups),
        "chargers": sorted(r.id for r in win.pages["Charge points"].model.rows()),
        "transactions": sorted(r.charge_point_id for r in tx.model.rows),
        "messages": sorted(msgs.model.data(msgs.model.index(i, 1)) or ""
                           for i in range(msgs.model.rowCount())),
        "reservations": sorted(r.charge_point_id for r in res.model.rows()),
    }


def test_the_site_selector_filters_every_page(qtbot, runtime, two_sites) -> None:  # type: ignore[no-untyped-def]
    north, south = two_sites
    win = window_with(runtime, PAGES)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.show_page("Dashboard")  # whatever page gui.ini remembers
    selector = win.site_selector
    assert win.site_bar.isVisible()
    assert [selector.combo.itemText(i) for i in range(selector.combo.count())] == [
        "All sites", "Default", "North", "South"]
    assert win.current_site() is None
    everything = _shown(qtbot, win)
    assert everything["dashboard"] == everything["chargers"] == ["N1", "N2", "S1"]
    assert everything["transactions"] == everything["reservations"] == ["N1", "N2", "S1"]
    qtbot.waitUntil(lambda: win.notifications.unread == 2, timeout=3000)

    selector.select(north)  # as the operator picks it
    assert win.current_site() == north
    shown = _shown(qtbot, win)
    assert shown["dashboard"] == shown["chargers"] == ["N1", "N2"]
    assert shown["transactions"] == shown["reservations"] == ["N1", "N2"]
    assert "S1" not in " ".join(shown["messages"]) and shown["messages"]
    qtbot.waitUntil(lambda: win.notifications.unread == 1, timeout=3000)
    dash = win.pages["Dashboard"]
    assert dash.offline_counter.value.text() == "2"  # the counters count North's only
    # a live event of the other site builds nothing; one of this site is shown
    runtime.services.hub.publish(ev.ChargerUpdated("S1"))
    runtime.services.hub.publish(ev.ChargerConnected("S1", "OCPP16", "1.2.3.4:5"))
    qtbot.wait(400)
    assert sorted(dash.groups) == ["N1", "N2"]

    # moved from North to South: gone from North's pages
    sites.move_charger("N2", south, runtime.services.hub)
    qtbot.waitUntil(lambda: sorted(dash.groups) == ["N1"], timeout=3000)
    win.show_page("Charge points")  # a hidden page catches up when shown
    sites.move_charger("N1", south, runtime.services.hub)  # while the dashboard is hidden
    qtbot.wait(300)
    win.show_page("Dashboard")
    assert sorted(dash.groups) == []
    sites.move_charger("N1", north, runtime.services.hub)
    qtbot.waitUntil(lambda: sorted(dash.groups) == ["N1"], timeout=3000)
    win.show_page("Charge points")
    qtbot.waitUntil(lambda: sorted(r.id for r in win.pages["Charge points"].model.rows())
                    == ["N1"], timeout=3000)

    selector.select(south)
    shown = _shown(qtbot, win)
    assert shown["dashboard"] == shown["chargers"] == ["N2", "S1"]
    assert shown["transactions"] == ["N2", "S1"]
    win.close()

    # remembered: the next window opens on South
    again = window_with(runtime, ("Dashboard",))
    qtbot.addWidget(again)
    assert again.current_site() == south
    assert sorted(again.pages["Dashboard"].groups) == ["N2", "S1"]
    again.site_selector.select(None)
    assert sorted(again.pages["Dashboard"].groups) == ["N1", "N2", "S1"]


def test_one_site_shows_no_selector(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    ChargePoint.create(id="CP1", name="one")
    win = window_with(runtime, ("Dashboard",))
    qtbot.addWidget(win)
    win.show()
    assert not win.site_bar.isVisible()
    assert win.current_site() is None
    # a second site appears (a node of another depot started): the selector shows up
    from csms_desktop.services import sites as site_service

    site_service.ensure_site("North")
    win.site_selector.set_sites(site_service.list_sites())
    assert win.site_bar.isVisible() and win.site_selector.isVisible()
    assert sorted(win.pages["Dashboard"].groups) == ["CP1"]
