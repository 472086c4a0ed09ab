"""``main.py --no-server`` (issue 19, part 4): the manager's window on the site's
PostgreSQL without an OCPP server of its own. A real ``serve`` node holds the charger (a
simulated 1.6 charger over websockets); the window counts it, starts its transaction
through the node and hears of it live through the database's bus."""

from __future__ import annotations

import argparse
import signal
import time
from pathlib import Path
from typing import Any

import pytest
from live_helpers import run_in_qt
from nodes_helpers import Node, cli, sim_params

pytestmark = [pytest.mark.slow, pytest.mark.timeout(120)]


def _args(url: str) -> argparse.Namespace:
    return argparse.Namespace(db=url, command=None, unknown_chargers=None, no_server=True,
                              no_api=True, host=None, port=None, smoke=False)


def _manager_window(qtbot: Any, pg_url: str) -> tuple[Any, Any, Any]:
    """(runtime, bridge, window) of ``main.py --no-server`` on ``pg_url``."""
    from csms_desktop.gui.application import show_no_server
    from csms_desktop.gui.bridge import Bridge
    from csms_desktop.gui.pages import build_window
    from csms_desktop.headless import build_runtime, start_server
    from csms_desktop.services.nodebus import site_connected

    rt = build_runtime(_args(pg_url))
    run_in_qt(start_server(rt, _args(pg_url)))
    bridge = Bridge(rt.services.hub, lambda: site_connected(rt.services))
    window = build_window(rt, bridge)
    qtbot.addWidget(window)
    show_no_server(window, bridge, rt)
    return rt, bridge, window


def _tear_down(fleets: list[Any], window: Any, rt: Any, nodes: list[Node]) -> None:
    from csms_desktop.store.db import close_database

    for fleet in fleets:
        run_in_qt(fleet.stop())
    if window is not None:
        window.close()
    if rt is not None:
        run_in_qt(rt.server.stop())
        close_database()
    for node in nodes:
        node.proc.send_signal(signal.SIGTERM)
    deadline = time.monotonic() + 30
    while any(n.proc.poll() is None for n in nodes) and time.monotonic() < deadline:
        time.sleep(0.1)
    for node in nodes:
        node.close()


def test_the_window_without_a_server_counts_and_commands_the_nodes_charger(
        qtbot: Any, qloop: Any, pg_url: str, tmp_path: Path) -> None:
    import aiohttp

    from csms_desktop.sim import SimFleet
    assert cli("config", "set", "free_charging", "true", "--db", pg_url).returncode == 0
    node = Node("N", pg_url, tmp_path)
    fleet = SimFleet([node.ws], 1, protocol="1.6", id_prefix="GV", seed=4,
                     params=sim_params())
    rt = None
    window = None
    try:
        async def ready() -> None:
            async with aiohttp.ClientSession() as http:
                await node.ready(http)

        run_in_qt(ready(), 60)
        rt, bridge, window = _manager_window(qtbot, pg_url)
        assert window.server_label.text() == ("No OCPP server here: the site's nodes serve "
                                              "the chargers")
        assert window.count_label.text() == "0 charge points connected"

        run_in_qt(fleet.start())
        assert run_in_qt(fleet.wait_booted(timeout=30), 40)
        qtbot.waitUntil(lambda: window.count_label.text() == "1 charge point connected",
                        timeout=10_000)
        with qtbot.waitSignal(bridge.transaction_started, timeout=15_000) as started:
            result = run_in_qt(window.ctx.commands.remote_start("GV001", 1, "TAG-G"))
            assert result.ok, result
        assert started.args[0].charge_point_id == "GV001"
    finally:
        _tear_down([fleet], window, rt, [node])


def test_the_managers_site_filter_shows_each_nodes_site(
        qtbot: Any, qloop: Any, pg_url: str, tmp_path: Path) -> None:
    """Node A serves site North, node B site South; the manager's window (no server)
    shows both, and the site selector each one alone."""
    import aiohttp

    from csms_desktop.services import sites
    from csms_desktop.sim import SimFleet

    nodes = [Node("A", pg_url, tmp_path, site="North"), Node("B", pg_url, tmp_path,
                                                               site="South")]
    fleets = [SimFleet([nodes[0].ws], 1, protocol="1.6", id_prefix="NA", seed=4,
                       params=sim_params()),
              SimFleet([nodes[1].ws], 1, protocol="2.0.1", id_prefix="SB", seed=5,
                       params=sim_params())]
    rt = None
    window = None
    try:
        async def ready() -> None:
            async with aiohttp.ClientSession() as http:
                for node in nodes:
                    await node.ready(http)

        run_in_qt(ready(), 90)
        rt, _bridge, window = _manager_window(qtbot, pg_url)
        window.show()
        # the page shown last is remembered (gui.ini): an earlier test may have left
        # Settings, and a hidden dashboard does no work
        assert window.show_page("Dashboard")
        for fleet in fleets:
            run_in_qt(fleet.start())
            assert run_in_qt(fleet.wait_booted(timeout=30), 40)
        dash = window.pages["Dashboard"]
        qtbot.waitUntil(lambda: sorted(dash.groups) == ["NA001", "SB001"], timeout=15_000)
        window.site_selector.refresh()
        qtbot.waitUntil(lambda: window.site_selector.choice_count == 3, timeout=5000)
        assert window.site_bar.isVisible()
        north, south = sites.find_site("North"), sites.find_site("South")
        assert north is not None and south is not None
        assert (sites.site_of("NA001"), sites.site_of("SB001")) == (north.id, south.id)
        window.site_selector.select(north.id)
        assert sorted(dash.groups) == ["NA001"]
        window.site_selector.select(south.id)
        assert sorted(dash.groups) == ["SB001"]
        window.site_selector.select(None)
        assert sorted(dash.groups) == ["NA001", "SB001"]
    finally:
        _tear_down(fleets, window, rt, nodes)
