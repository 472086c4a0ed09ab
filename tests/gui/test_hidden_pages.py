"""Hidden pages do no work (issue 14, in issue 13's brief): a page that is not shown does
not read the database on hub events (it marks itself stale and reads once when shown), and
the dashboard repaints only the tiles that changed, at most 4 times a second."""

from __future__ import annotations

import logging
from datetime import UTC, datetime

from driver_fakes import make_charger
from window_helpers import window_with

from csms_desktop.services import events as ev
from csms_desktop.store.models import Connector, Transaction

PAGES = ("Dashboard", "Charge points", "Transactions", "Drivers", "Reservations", "Messages")


class QueryLog(logging.Handler):
    """Every statement peewee runs, from any thread (peewee logs each at DEBUG)."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.sql: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.msg
        self.sql.append(str(msg[0] if isinstance(msg, tuple) else msg))

    def __enter__(self) -> QueryLog:
        self.logger = logging.getLogger("peewee")
        self.level = self.logger.level
        self.logger.setLevel(logging.DEBUG)
        self.logger.addHandler(self)
        return self

    def __exit__(self, *exc: object) -> None:
        self.logger.removeHandler(self)
        self.logger.setLevel(self.level)


def test_hidden_pages_do_not_query_on_events_and_catch_up_when_shown(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    make_charger("CP-H", connectors=2)
    win = window_with(runtime, PAGES)
    qtbot.addWidget(win)
    win.show()
    for name in PAGES:  # each page visited (loaded) once
        win.show_page(name)
        qtbot.wait(100)
    win.show_page("Settings")  # a placeholder here: every page above is hidden
    qtbot.wait(500)
    hub, now = runtime.services.hub, datetime.now(UTC)
    conn = Connector.get((Connector.charge_point == "CP-H") & (Connector.connector_id == 1))
    Transaction.create(transaction_id="H1", charge_point="CP-H", connector=conn,
                       start_time=now, status="ACTIVE", id_tag="TAG-H")
    Connector.update(ocpp_status="Charging").where(Connector.id == conn.id).execute()

    with QueryLog() as log:
        hub.publish(ev.ChargerUpdated("CP-H"))
        hub.publish(ev.ConnectorStatusChanged("CP-H", 1, "OCCUPIED", "Charging", "NoError", now))
        hub.publish(ev.TransactionStarted("CP-H", 1, "H1", "TAG-H", None, now))
        for i in range(5):
            hub.publish(ev.MeterSampled("CP-H", 1, "H1", now, float(i), 7.0, 32.0, 230.0, None))
            hub.publish(ev.MessagesLogged(3))
            qtbot.wait(120)
        qtbot.wait(700)  # every page's coalescing timer has had its turn
    selects = [s for s in log.sql if s.lstrip().upper().startswith("SELECT")]
    assert selects == [], selects

    dash = win.pages["Dashboard"]
    with QueryLog() as log:
        win.show_page("Dashboard")
    assert log.sql and dash.resyncs == 1  # one read of the site when shown
    tile = dash.tiles[("CP-H", 1)]
    assert tile.ocpp_status == "Charging" and tile.session is not None
    assert tile.session.transaction_id == "H1"
    win.show_page("Transactions")
    tx = win.pages["Transactions"]
    qtbot.waitUntil(lambda: tx.model.rowCount() >= 1 and any(
        tx.model.row_at(i).transaction_id == "H1" for i in range(tx.model.rowCount())),
        timeout=3000)


def test_dashboard_repaints_a_busy_tile_at_most_4_times_a_second(qtbot, runtime) -> None:  # type: ignore[no-untyped-def]
    make_charger("CP-F", connectors=2)
    runtime.services.chargers.connected["CP-F"] = "OCPP16"  # as if connected
    win = window_with(runtime, ("Dashboard",))
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    win.show_page("Dashboard")
    dash = win.pages["Dashboard"]
    now = datetime.now(UTC)
    runtime.services.hub.publish(ev.ConnectorStatusChanged("CP-F", 1, "OCCUPIED", "Charging",
                                                           "NoError", now))
    busy, quiet = dash.tiles[("CP-F", 1)], dash.tiles[("CP-F", 2)]
    qtbot.waitUntil(lambda: busy.isVisible() and busy.paint_count > 0, timeout=2000)
    qtbot.wait(400)
    before, quiet_before = busy.paint_count, quiet.paint_count
    for i in range(20):  # a sample every 50 ms for a second
        win.ctx.bridge.meter_batch.emit([ev.MeterSampled("CP-F", 1, None, now, float(i),
                                                         7.0 + i, None, None, None)])
        qtbot.wait(50)
    qtbot.wait(300)
    painted = busy.paint_count - before
    assert 1 <= painted <= 6, painted  # ~1 s of samples: 4-5 coalesced repaints, not 20
    assert quiet.paint_count == quiet_before  # an unchanged tile is not repainted
    assert busy.power_kw == 26.0 and "26.0 kW" in busy.summary()
