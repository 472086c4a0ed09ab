# ruff: noqa: F811  (pytest fixtures imported from driver_live are test parameters)
"""One clock (issue 13, item 1): every time on screen is the site's, whatever the machine's.

The machine runs on New York time (TZ + tzset) while the site is in Bangkok (UTC+7, no
DST): 2026-12-02 18:30 UTC is 01:30 on the 3rd at the site and 13:30 on the 2nd in New
York, so a machine-zone formatter gives itself away.
"""

from __future__ import annotations

import os
import re
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from driver_fakes import make_charger
from driver_live import drv_ctx, until  # noqa: F401 (fixtures)
from PySide6.QtCore import Qt

from csms_desktop.gui import fmt
from csms_desktop.gui.models.rows import local_time
from csms_desktop.store.models import ChargePoint

INSTANT = datetime(2026, 12, 2, 18, 30, 48, tzinfo=UTC)
GUI = Path(__file__).resolve().parents[2] / "csms_desktop" / "gui"


@pytest.fixture
def new_york():  # type: ignore[no-untyped-def]
    old = os.environ.get("TZ")
    os.environ["TZ"] = "America/New_York"
    time.tzset()
    assert datetime(2026, 12, 2, 18, 30, tzinfo=UTC).astimezone().hour == 13  # really NY
    yield
    if old is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = old
    time.tzset()


def test_helper_uses_the_site_zone_not_the_machines(new_york, drv_ctx) -> None:  # type: ignore[no-untyped-def]
    assert drv_ctx.runtime.services.settings.time_zone == "Asia/Bangkok"
    assert fmt.date_time(INSTANT, seconds=True) == "2026-12-03 01:30:48"
    assert local_time(INSTANT) == "2026-12-03 01:30:48"  # tables' default formatter
    assert fmt.day_time(INSTANT) == "Thu 03 Dec 01:30"
    assert fmt.file_stamp(INSTANT) == "20261203-0130"
    assert fmt.zone_label(INSTANT) == "Asia/Bangkok (UTC+07:00)"
    assert fmt.day_start(INSTANT) == datetime(2026, 12, 2, 17, 0, tzinfo=UTC)
    # what is typed in a date-time edit is the site's wall clock, both ways
    q = fmt.to_qdatetime(INSTANT)
    assert (q.date().day(), q.time().hour(), q.time().minute()) == (3, 1, 30)
    assert fmt.from_qdatetime(q) == INSTANT


def test_reservation_form_table_and_overlap_error_agree(qtbot, new_york, drv_ctx, services) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.pages_reservations import ReservationsPage
    from csms_desktop.services.drivers import DriverInput, DriverService, TagInput

    make_charger("CP1", connectors=1)
    d = DriverService(services)
    ana = d.register(DriverInput("0812345678", "Ana"))
    d.add_tag(TagInput("TAG-A", ana.id))
    bo = d.register(DriverInput("0899990000", "Bo"))
    d.add_tag(TagInput("TAG-B", bo.id))
    d.close()
    page = ReservationsPage(drv_ctx)
    qtbot.addWidget(page)
    page.resize(1500, 950)
    page.show()
    tab = page.reservations
    f = tab.form
    # tomorrow 12:00 UTC: 19:00 at the site, 07:00 in New York
    start = (datetime.now(UTC) + timedelta(days=1)).replace(hour=12, minute=0, second=0,
                                                            microsecond=0)
    f.driver.setCurrentIndex(f.driver.findText("Ana", Qt.MatchFlag.MatchStartsWith))
    f.prefill("CP1", 1, start, start + timedelta(hours=1))
    assert f.start.text().endswith("19:00") and f.end.text().endswith("20:00")
    qtbot.mouseClick(f.create_btn, Qt.MouseButton.LeftButton)
    rows = tab.model.rows()
    assert len(rows) == 1 and rows[0].start_time == start  # typed 19:00 site = 12:00 UTC
    shown = tab.model.data(tab.model.index(0, 0))
    assert shown.endswith("19:00"), shown
    # the overlap message names the same clock as the form
    f.driver.setCurrentIndex(f.driver.findText("Bo", Qt.MatchFlag.MatchStartsWith))
    f.prefill("CP1", 1, start + timedelta(minutes=30), start + timedelta(hours=2))
    qtbot.mouseClick(f.create_btn, Qt.MouseButton.LeftButton)
    err = f.errors.text("start_time")
    assert "19:00" in err and "07:00" not in err, err


def test_charge_points_last_seen_and_status_bar_zone(qtbot, new_york, drv_ctx, runtime) -> None:  # type: ignore[no-untyped-def]
    from window_helpers import window_with

    make_charger("CP-T", connectors=1)
    ChargePoint.update(last_seen=INSTANT).where(ChargePoint.id == "CP-T").execute()
    win = window_with(runtime, ("Charge points",))
    qtbot.addWidget(win)
    win.show()
    win.show_page("Charge points")
    page = win.pages["Charge points"]
    model = page.model
    col = next(c for c in range(model.columnCount()) if
               model.headerData(c, Qt.Orientation.Horizontal) == "Last seen")
    qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=3000)
    assert model.data(model.index(0, col)) == "2026-12-03 01:30:48"
    assert win.zone_label.text().startswith("Asia/Bangkok (UTC+07:00)")
    assert win.statusBar().isAncestorOf(win.zone_label)


def test_outcome_banner_uses_the_site_clock(qtbot, new_york, drv_ctx) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.gui.widgets.outcome import OutcomeLine

    line = OutcomeLine()
    qtbot.addWidget(line)
    line.message("Saved")
    site_now = fmt.now_site()
    stamp = re.match(r"(\d\d):\d\d:\d\d  .*Saved", line.text())
    assert stamp is not None, line.text()
    # the banner shows the site's hour (12 hours from New York's in December)
    assert int(stamp.group(1)) in (site_now.hour, (site_now.hour - 1) % 24)


FORBIDDEN = re.compile(r"\.astimezone\(\)|datetime\.now\(\)|currentDateTime\(|fromtimestamp\((?![^)]*UTC)"
                       r"|fromSecsSinceEpoch\(|toSecsSinceEpoch\(|date\.today\(\)"
                       r"|QDate\.currentDate|time\.localtime|strftime\(")


def test_no_machine_clock_in_gui_sources() -> None:
    """Only gui/fmt.py formats a time; nothing in gui/ reads the machine's zone."""
    bad = []
    for path in GUI.rglob("*.py"):
        if path.name == "fmt.py":
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if FORBIDDEN.search(line):
                bad.append(f"{path.relative_to(GUI)}:{n}: {line.strip()}")
    assert not bad, "\n".join(bad)


def test_chart_time_axes_show_the_site_clock(qtbot, new_york, drv_ctx) -> None:  # type: ignore[no-untyped-def]
    from PySide6.QtGui import QFontMetrics

    from csms_desktop.gui.charts.axis import SiteDateAxis

    axis = SiteDateAxis(orientation="bottom")
    axis.fontMetrics = QFontMetrics(axis.font())  # as pyqtgraph sets it when it paints
    t = datetime(2026, 12, 2, 18, 0, tzinfo=UTC).timestamp()  # 01:00 at the site, 13:00 NY
    levels = axis.tickValues(t - 3 * 3600, t + 3 * 3600, 800)
    spacing, values = next((s, v) for s, v in levels if t in v)
    labels = dict(zip(values, axis.tickStrings(values, 1.0, spacing), strict=True))
    assert labels[t] == "01:00", labels
