"""Dashboard: tiles driven by real chargers through the real server; a large site stays fast."""

from __future__ import annotations

import time
from datetime import UTC, datetime

from chargers16 import connect16, energy_sample
from live_helpers import power_sample, until
from PySide6.QtCore import Qt

from csms_desktop.gui.pages_dashboard import DashboardPage
from csms_desktop.gui.widgets.status_style import STYLES, contrast_ratio, style_for
from csms_desktop.services import events as ev


def make_page(qtbot, ctx, size=(1400, 900)) -> DashboardPage:  # type: ignore[no-untyped-def]
    page = DashboardPage(ctx)
    qtbot.addWidget(page)
    page.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)  # timers stop with it
    page.resize(*size)
    page.show()
    return page


def driver_tag(tag: str = "TAG-ANA") -> None:
    from csms_desktop.store.models import IdTag, User

    user = User.create(phone_number="+66812345678", name="Ana Silva")
    IdTag.create(id_tag=tag, user=user)


def test_tiles_follow_a_real_charger(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    driver_tag()
    page = make_page(qtbot, live.ctx)
    assert page.tiles == {}

    async def scenario() -> None:
        async with connect16(live.url, "CP-A") as cp:
            await cp.boot()
            await cp.status(1, "Available")
            await cp.status(2, "Available")
            await until(lambda: ("CP-A", 2) in page.tiles, what="tiles built")
            tile, other = page.tiles[("CP-A", 1)], page.tiles[("CP-A", 2)]
            assert tile.online and tile.ocpp_status == "Available"
            assert "Available" in tile.summary()
            assert page.online_counter.value.text() == "1"
            assert page.groups["CP-A"].online_label.text() == "● Online"

            await cp.status(1, "Preparing")
            await until(lambda: tile.ocpp_status == "Preparing", 1.0, "Preparing within 1 s")
            started = await cp.start_tx(1, "TAG-ANA", 10_000)
            tx_id = started.transaction_id
            await cp.status(1, "Charging")
            await until(lambda: tile.ocpp_status == "Charging", 1.0, "Charging within 1 s")
            await until(lambda: tile.session is not None, 1.0, "session shown")
            assert tile.session.driver == "Ana Silva"
            await cp.meter(1, [energy_sample(12_500), power_sample(7400)], transaction_id=tx_id)
            waited = await until(lambda: tile.power_kw == 7.4, 1.0, "power within 1 s")
            assert waited < 1.0
            text = tile.summary()
            assert "Charging" in text and "7.4 kW" in text and "2.50 kWh" in text
            assert "Ana Silva" in text
            assert tile.accessibleName() == text
            assert page.charging_counter.value.text() == "1"
            assert page.energy_counter.value.text() == "2.5"
            assert page.site_power_kw() == 7.4
            page.sample_power()
            assert page.chart.latest() == 7.4
            assert other.ocpp_status == "Available"  # the other connector untouched

            await cp.stop_tx(tx_id, 14_000, reason="Local")
            await cp.status(1, "Finishing")
            await until(lambda: tile.ocpp_status == "Finishing" and tile.session is None, 1.0)
            assert page.energy_counter.value.text() == "4.0"
            assert page.charging_counter.value.text() == "0"
        await until(lambda: not tile.online, 2.0, "offline after the connection closed")
        assert "Offline" in tile.summary() and "Last status: Finishing" in tile.summary()
        assert page.offline_counter.value.text() == "1"
        assert page.groups["CP-A"].online_label.text() == "○ Offline"
        assert page.tiles_built == 2  # no tile was ever rebuilt

    live.run(scenario())


def test_pending_charger_shows_its_badge(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    live.services.apply_settings(unknown_charger_policy="pending")
    page = make_page(qtbot, live.ctx)

    async def scenario() -> None:
        async with connect16(live.url, "CP-NEW") as cp:
            answer = await cp.boot()
            assert answer.status == "Pending"
            await until(lambda: "CP-NEW" in page.groups, 1.0)
            group = page.groups["CP-NEW"]
            await until(lambda: group.pending_badge.isVisible(), 1.0)
            assert group.pending_badge.text() == "Pending approval"
            from csms_desktop.domain.enums import RegistrationStatus

            live.services.chargers.set_registration("CP-NEW", RegistrationStatus.ACCEPTED)
            await until(lambda: not group.pending_badge.isVisible(), 1.0)

    live.run(scenario())


def test_every_status_has_words_icon_and_contrast() -> None:
    labels = set()
    for st in STYLES.values():
        assert contrast_ratio(st.background, st.foreground) >= 4.5, st.key
        assert st.label and st.icon and st.description
        labels.add(st.label)
    assert len(labels) == len(STYLES)  # never the colour alone
    for status in ("Available", "Preparing", "Charging", "SuspendedEV", "SuspendedEVSE",
                   "Finishing", "Reserved", "Unavailable", "Faulted"):
        assert style_for(status).key == status
    assert style_for("Charging", online=False).key == "Offline"
    assert style_for(None).key == "Unknown"
    assert style_for("SuspendedEV").icon != style_for("SuspendedEVSE").icon


def seed_site(n_chargers: int, connectors: int) -> list[str]:
    from csms_desktop.store.models import ChargePoint, Connector

    ids = [f"CP{i:03d}" for i in range(n_chargers)]
    ChargePoint.insert_many([{"id": i, "name": f"Bay {i}", "connector_count": connectors}
                             for i in ids]).execute()
    Connector.insert_many([{"id": f"{i}-{c}", "charge_point": i, "connector_id": c,
                            "ocpp_status": "Available"}
                           for i in ids for c in range(1, connectors + 1)]).execute()
    return ids


def test_large_site_builds_once_and_updates_only_changed_tiles(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    ids = seed_site(200, 2)
    services = quiet_ctx.runtime.services
    for cp_id in ids:
        services.chargers.connected[cp_id] = "OCPP16"  # as if connected
    t0 = time.perf_counter()
    page = make_page(qtbot, quiet_ctx)
    build_s = time.perf_counter() - t0
    assert len(page.tiles) == 400 and page.tiles_built == 400
    assert build_s < 5.0, f"building 400 tiles took {build_s:.2f} s"
    tiles_before = dict(page.tiles)
    qtbot.wait(50)
    now = datetime.now(UTC)
    t0 = time.perf_counter()
    for cp_id in ids:
        for c in (1, 2):
            services.hub.publish(ev.ConnectorStatusChanged(
                cp_id, c, "OCCUPIED", "Charging", "NoError", now))
    batch = [ev.MeterSampled(cp_id, c, None, now, 100.0, 11.0, 16.0, 230.0, 50.0)
             for cp_id in ids for c in (1, 2)]
    quiet_ctx.bridge.meter_batch.emit(batch)
    qtbot.wait(20)
    update_s = time.perf_counter() - t0
    assert update_s < 2.0, f"400 status changes and a meter batch took {update_s:.2f} s"
    assert page.tiles == tiles_before and page.tiles_built == 400  # same widgets
    assert all(t.ocpp_status == "Charging" and t.power_kw == 11.0 for t in page.tiles.values())
    assert page.charging_counter.value.text() == "400"
    assert page.site_power_kw() == 400 * 11.0

    # one change repaints one tile, not its visible neighbours
    first, second = page.tiles[("CP000", 1)], page.tiles[("CP000", 2)]
    qtbot.wait(400)  # the coalesced repaint of the changes above (at most 4 a second)
    assert first.visibleRegion().isEmpty() is False
    before = first.paint_count, second.paint_count
    services.hub.publish(ev.ConnectorStatusChanged("CP000", 1, "FAULTED", "Faulted",
                                                   "GroundFailure", now))
    qtbot.waitUntil(lambda: first.paint_count > before[0], timeout=1000)
    assert second.paint_count == before[1]
    assert "Error: GroundFailure" in first.summary()


def test_click_or_enter_opens_connector_detail(qtbot, live) -> None:  # type: ignore[no-untyped-def]
    seed_site(2, 1)
    page = make_page(qtbot, live.ctx)
    tile = page.tiles[("CP001", 1)]
    opened: list[tuple[str, int]] = []
    tile.activated.connect(lambda cp, no: opened.append((cp, no)))
    from csms_desktop.gui import connector_detail

    async def scenario() -> None:
        qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
        tile.setFocus()
        qtbot.keyClick(tile, Qt.Key.Key_Return)
        assert opened == [("CP001", 1), ("CP001", 1)]
        dlg = connector_detail._OPEN[("CP001", 1)]
        assert dlg.isVisible() and not dlg.isModal()
        assert "connector 1" in dlg.title.text()
        await until(lambda: dlg.history_loads >= 1)  # history read in a worker thread
        assert len(connector_detail._OPEN) == 1  # Enter raised the same dialog

    live.run(scenario())


def test_filter_and_capacity_line(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    seed_site(5, 2)
    services = quiet_ctx.runtime.services
    services.apply_settings(site_capacity_kw=150.0)
    page = make_page(qtbot, quiet_ctx)
    page.sample_power()
    assert page.chart.capacity_line.isVisible()
    assert page.chart.capacity_line.value() == 150.0
    page.filter_edit.setText("cp003")
    visible = [cp for cp, g in page.groups.items() if g.isVisible()]
    assert visible == ["CP003"]
    page.filter_edit.setText("bay cp00")  # matches nothing: the name is "Bay CP00x"
    page.filter_edit.setText("Bay")
    assert all(g.isVisible() for g in page.groups.values())
    services.apply_settings(site_capacity_kw=0.0)
    page.sample_power()
    assert not page.chart.capacity_line.isVisible()


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS in /proc/self/status")


def test_site_of_2000_chargers_is_small_and_events_cost_one_tile(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    """2,000 chargers x 2 connectors: resident memory grows < 100 MB (Qt's allocations are
    not seen by tracemalloc), a burst of status events never walks every tile for the
    counters, and chargers that appear at once are laid out in one pass."""
    import gc

    ids = seed_site(2000, 2)
    services = quiet_ctx.runtime.services
    for cp_id in ids:
        services.chargers.connected[cp_id] = "OCPP16"
    gc.collect()
    before = rss_mb()
    page = make_page(qtbot, quiet_ctx)
    qtbot.wait(50)
    gc.collect()
    grown = rss_mb() - before
    assert len(page.groups) == 2000 and len(page.tiles) == 4000
    assert grown < 100, f"2,000 chargers on the dashboard took {grown:.0f} MB"

    # the clock ticks only the tiles in view: the rows found by a binary search hold
    # every group a walk over all of them finds
    bar = page.tiles_scroll.verticalScrollBar()
    for value in (0, bar.maximum() // 2, bar.maximum()):
        bar.setValue(value)
        rect = page.tiles_in_view()
        walk = {g for g in page.groups.values() if g.geometry().intersects(rect)}
        found = set(page.flow.widgets_in(rect))
        assert walk and walk <= found and len(found) < 40, value
    bar.setValue(0)

    recounts = page.counter_recounts
    now = datetime.now(UTC)
    for i, (cp_id, c) in enumerate((cp_id, c) for cp_id in ids for c in (1, 2)):
        status = "Charging" if i % 3 else "Available"
        services.hub.publish(ev.ConnectorStatusChanged(cp_id, c, "OCCUPIED", status, None, now))
    assert page.counter_recounts - recounts <= 1  # counters moved per event, no walk
    charging = sum(1 for t in page.tiles.values() if t.charging)
    assert charging == sum(1 for i in range(4000) if i % 3)
    assert page.charging_counter.value.text() == str(charging)
    assert page.online_counter.value.text() == "2000"
    page._update_counters()  # a full recount agrees with the running totals
    assert page.charging_counter.value.text() == str(charging)

    # 300 chargers appear at once: their tiles exist at once, on the page in one pass
    from csms_desktop.store.models import ChargePoint, Connector

    new = [f"NEW{i:03d}" for i in range(300)]
    ChargePoint.insert_many([{"id": i, "name": f"Bay {i}", "connector_count": 1}
                             for i in new]).execute()
    Connector.insert_many([{"id": f"{i}-1", "charge_point": i, "connector_id": 1}
                           for i in new]).execute()
    qtbot.wait(50)
    passes = page.flow.passes
    for cp_id in new:
        services.chargers.connected[cp_id] = "OCPP16"
        services.hub.publish(ev.ConnectorStatusChanged(cp_id, 1, "AVAILABLE", "Available",
                                                       None, now))
    # built with the next batch from one query (not one query per status event), and
    # each shows the status its event gave
    qtbot.waitUntil(lambda: all((cp_id, 1) in page.tiles for cp_id in new), timeout=1000)
    assert all(page.tiles[(cp_id, 1)].ocpp_status == "Available" for cp_id in new)
    assert page.online_counter.value.text() == "2300"
    qtbot.waitUntil(lambda: page.groups["NEW299"].isVisible(), timeout=1000)
    qtbot.wait(50)
    assert page.flow.passes - passes <= 3
    order = [page.flow.itemAt(i).widget().charge_point_id for i in range(page.flow.count())]
    assert order == sorted(order, key=lambda cp: (page.groups[cp].name.lower(), cp))


def test_a_wave_of_session_starts_is_looked_up_in_one_batch(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.services import live_queries as lq
    from csms_desktop.store.models import Transaction, User

    ids = seed_site(50, 1)
    services = quiet_ctx.runtime.services
    for cp_id in ids:
        services.chargers.connected[cp_id] = "OCPP16"
    page = make_page(qtbot, quiet_ctx)
    ana = User.create(phone_number="+66812345678", name="Ana Silva")
    now = datetime.now(UTC)
    Transaction.insert_many([{"transaction_id": str(i), "user": ana, "charge_point": cp_id,
                              "connector": f"{cp_id}-1", "start_time": now,
                              "start_meter_value": 100.0, "id_tag": "TAG"}
                             for i, cp_id in enumerate(ids)]).execute()
    calls = {"one": 0, "many": 0}
    one, many = lq.active_session, lq.active_sessions

    def count_one(tx_id: str):  # type: ignore[no-untyped-def]
        calls["one"] += 1
        return one(tx_id)

    def count_many(tx_ids):  # type: ignore[no-untyped-def]
        calls["many"] += 1
        return many(tx_ids)

    lq.active_session, lq.active_sessions = count_one, count_many
    try:
        for i, cp_id in enumerate(ids):
            services.hub.publish(ev.TransactionStarted(cp_id, 1, str(i), "TAG", ana.id, now))
        first, last = page.tiles[(ids[0], 1)], page.tiles[(ids[-1], 1)]
        assert first.session.driver == "Ana Silva"  # looked up at once
        assert last.session is not None and last.session.driver is None  # for now
        qtbot.waitUntil(lambda: last.session.driver == "Ana Silva", timeout=1000)
    finally:
        lq.active_session, lq.active_sessions = one, many
    assert calls == {"one": 1, "many": 1}
    assert all(t.session.start_meter_kwh == 100.0 for t in page.tiles.values())


def test_a_renamed_charger_moves_to_its_place(qtbot, quiet_ctx) -> None:  # type: ignore[no-untyped-def]
    from csms_desktop.store.models import ChargePoint

    seed_site(3, 1)  # "Bay CP000", "Bay CP001", "Bay CP002"
    page = make_page(qtbot, quiet_ctx)

    def order() -> list[str]:
        return [page.flow.itemAt(i).widget().charge_point_id for i in range(page.flow.count())]

    assert order() == ["CP000", "CP001", "CP002"]
    ChargePoint.update(name="Aisle 1").where(ChargePoint.id == "CP002").execute()
    quiet_ctx.runtime.services.hub.publish(ev.ChargerUpdated("CP002"))
    qtbot.waitUntil(lambda: order() == ["CP002", "CP000", "CP001"], timeout=1000)
    assert page.groups["CP002"].name_label.text() == "Aisle 1  ·  CP002"
    qtbot.waitUntil(lambda: page.groups["CP002"].geometry().x()
                    < page.groups["CP000"].geometry().x(), timeout=1000)
