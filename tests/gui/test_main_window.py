from __future__ import annotations

from datetime import UTC, datetime

from csms_desktop.gui.bridge import Bridge
from csms_desktop.gui.main_window import PAGES, MainWindow
from csms_desktop.services import events as ev


def test_status_bar_follows_server_and_connections(qtbot, runtime):  # type: ignore[no-untyped-def]
    connected = {"n": 0}
    bridge = Bridge(runtime.services.hub, lambda: connected["n"], flush_ms=50)
    win = MainWindow(runtime, bridge)
    qtbot.addWidget(win)
    hub = runtime.services.hub
    with qtbot.waitSignal(bridge.server_started, timeout=1000):
        hub.publish(ev.ServerStarted("0.0.0.0", 9000))
    assert "ws://0.0.0.0:9000/" in win.server_label.text()
    connected["n"] = 2
    hub.publish(ev.ChargerConnected("CP1", "OCPP16", "1.2.3.4:5"))
    assert win.count_label.text() == "2 charge points connected"
    connected["n"] = 1
    hub.publish(ev.ChargerDisconnected("CP2", "lost"))
    assert win.count_label.text() == "1 charge point connected"
    bridge.close()


def test_navigation_has_every_page_and_shortcuts(qtbot, runtime):  # type: ignore[no-untyped-def]
    bridge = Bridge(runtime.services.hub)
    win = MainWindow(runtime, bridge)
    qtbot.addWidget(win)
    assert win.nav.count() == len(PAGES) == 10
    for i in range(win.nav.count()):  # names with icons; the shortcut is real, not typed in
        item = win.nav.item(i)
        assert "Ctrl" not in item.text() and not item.icon().isNull()
        key = (i + 1) % 10  # the tenth page (Security) is Ctrl+0
        assert item.toolTip() == f"{PAGES[i]} (Ctrl+{key})"
        assert win.page_actions[PAGES[i]].shortcut().toString() == f"Ctrl+{key}"
    for name in ("Dashboard", "Charge points", "Transactions", "Drivers", "Reservations",
                 "Billing", "Messages", "Settings"):
        win.show_page(name)
        assert win.current_page() == name
    bridge.close()


def test_bridge_coalesces_meter_samples(qtbot, runtime):  # type: ignore[no-untyped-def]
    bridge = Bridge(runtime.services.hub, flush_ms=30)
    now = datetime.now(UTC)
    for i in range(100):
        runtime.services.hub.publish(ev.MeterSampled("CP1", 1, "7", now, float(i), 7.0, 32.0,
                                                     230.0, None))
    runtime.services.hub.publish(ev.MeterSampled("CP1", 2, None, now, 1.0, 3.0, None, None, None))
    with qtbot.waitSignal(bridge.meter_batch, timeout=1000) as blocker:
        pass
    batch = blocker.args[0]
    assert len(batch) == 2  # newest per connector only
    assert {(m.connector_id, m.energy_kwh) for m in batch} == {(1, 99.0), (2, 1.0)}
    bridge.close()


def test_port_in_use_message_names_the_reason_and_the_port_option() -> None:
    from csms_desktop.gui.application import startup_message
    from csms_desktop.headless import StartupError

    text = startup_message(StartupError("cannot listen on 0.0.0.0:9000: already in use"))
    assert text.startswith("cannot listen on 0.0.0.0:9000: already in use")
    assert "--port" in text
    assert startup_message(StartupError("database locked")) == "database locked"
