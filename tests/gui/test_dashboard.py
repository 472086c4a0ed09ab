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
    qtbot.wait(50)
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
