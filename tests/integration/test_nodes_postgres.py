"""Acceptance (issue 19, part 3): two ``serve`` nodes on one PostgreSQL database, real
processes, real simulated chargers over websockets.

A 1.6 charger on node A and a 2.0.1 station on node B; each node starts the other's
charger's transaction (commands routed through LISTEN/NOTIFY), node B stops the 1.6
transaction on A, B's event stream shows A's events, node A is killed with SIGKILL while a
second 1.6 transaction runs, its charger reconnects to B, which serves that transaction
(meter values, the stop) from the database: every acknowledged transaction is there once.
"""

from __future__ import annotations

import json
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import aiohttp
import pytest
from nodes_helpers import ENV, ROOT, Db, Node, cli, sim_params, until

from csms_desktop.sim import SimFleet

pytestmark = [pytest.mark.slow, pytest.mark.timeout(240)]


async def _command(http: aiohttp.ClientSession, node: Node, token: str, cp_id: str,
                   command: str, body: dict[str, Any]) -> dict[str, Any]:
    async with http.post(f"{node.api}/charge-points/{cp_id}/commands/{command}",
                         json=body, headers={"Authorization": f"Bearer {token}"}) as resp:
        assert resp.status == 200, await resp.text()
        return dict(await resp.json())


async def _events(http: aiohttp.ClientSession, node: Node, token: str, cp_id: str,
                  want: str, timeout: float = 10.0) -> list[dict[str, Any]]:
    """The node's event stream for ``cp_id`` (replayed from the start) until ``want``."""
    seen: list[dict[str, Any]] = []
    async with http.get(f"{node.api}/events", params={"charge_point_id": cp_id, "after": "0"},
                        headers={"Authorization": f"Bearer {token}"},
                        timeout=aiohttp.ClientTimeout(total=timeout)) as resp:
        assert resp.status == 200
        async for raw in resp.content:
            line = raw.decode().strip()
            if line.startswith("data:"):
                seen.append(json.loads(line[5:]))
                if seen[-1]["event"] == want:
                    return seen
    raise AssertionError(f"no {want} in {seen}")


async def test_two_nodes_route_commands_share_events_and_survive_a_killed_node(
        pg_cluster: Any, pg_url: str, tmp_path: Path) -> None:
    url = pg_url
    r = cli("config", "set", "free_charging", "true", "--db", url)
    assert r.returncode == 0, r.stderr
    r = cli("api-token", "create", "--role", "manager", "--name", "nodes", "--db", url)
    assert r.returncode == 0, r.stderr
    token = r.stdout.strip()
    db = Db(pg_cluster, url)
    a = Node("A", url, tmp_path)
    b: Node | None = None
    fleets: list[SimFleet] = []
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=30)) as http:
        try:
            await a.ready(http)  # A made the schema; B joins it
            b = Node("B", url, tmp_path)
            await b.ready(http)
            names = dict(db.rows("SELECT name, id FROM csms_node WHERE stopped_at IS NULL"))
            name_a = next(n for n in names if n.endswith(f"pid {a.proc.pid}"))
            name_b = next(n for n in names if n.endswith(f"pid {b.proc.pid}"))

            # a 1.6 charger on A (B is its second address), a 2.0.1 station on B
            f16 = SimFleet([a.ws, b.ws], 1, protocol="1.6", id_prefix="NA", seed=1,
                           params=sim_params())
            f201 = SimFleet([b.ws], 1, protocol="2.0.1", id_prefix="NB", seed=2,
                            params=sim_params())
            fleets += [f16, f201]
            await f16.start()
            await f201.start()
            assert await f16.wait_booted(timeout=30) and await f201.wait_booted(timeout=30)
            cp16, cp201 = "NA001", "NB001"
            assert db.holder(cp16) == name_a and db.holder(cp201) == name_b

            # each node starts the other node's charger: routed through the database
            res = await _command(http, b, token, cp16, "remote-start",
                                 {"connector_id": 1, "id_tag": "TAG-A"})
            assert res["outcome"] == "accepted", res
            res = await _command(http, a, token, cp201, "remote-start",
                                 {"connector_id": 1, "id_tag": "TAG-B"})
            assert res["outcome"] == "accepted", res
            tx1 = await until(lambda: [t for t in db.transactions(cp16) if t[1] == "ACTIVE"],
                               "the 1.6 transaction on A")
            await until(lambda: [t for t in db.transactions(cp201) if t[1] == "ACTIVE"],
                         "the 2.0.1 transaction on B")
            tx1_id, tx1_row = tx1[0][0], tx1[0][4]
            await until(lambda: db.meter_count(tx1_row) >= 2, "meter values of tx 1")

            # A's events reach B's event stream (and only through the bus: A's charger
            # never spoke to B)
            seen = await _events(http, b, token, cp16, "transaction.started")
            assert any(e["event"] == "connector.status" for e in seen)

            # a tag registered through B: A pushes the new local list to its own charger
            async with http.post(f"{b.api}/tags", json={"id_tag": "NEWTAG01"},
                                 headers={"Authorization": f"Bearer {token}"}) as resp:
                assert resp.status == 201, await resp.text()
            await until(lambda: "NEWTAG01" in f16.chargers[0].local_list,
                         "the new tag in the local list of the charger on A")

            # a remote stop issued on B reaches the 1.6 charger on A; its transaction ends
            res = await _command(http, b, token, cp16, "remote-stop",
                                 {"transaction_id": tx1_id})
            assert res["outcome"] == "accepted", res
            await until(lambda: db.transactions(cp16)[0][1] == "COMPLETED",
                         "transaction 1 completed")
            assert db.transactions(cp16)[0][2] == "Remote"

            # a second 1.6 transaction on A, then A dies
            await until(lambda: f16.chargers[0].connectors[0].tx_id is None,
                         "the charger idle again")
            res = await _command(http, b, token, cp16, "remote-start",
                                 {"connector_id": 1, "id_tag": "TAG-A"})
            assert res["outcome"] == "accepted", res
            tx2 = await until(lambda: [t for t in db.transactions(cp16) if t[1] == "ACTIVE"],
                               "the second 1.6 transaction on A")
            tx2_id, tx2_row = tx2[0][0], tx2[0][4]
            assert tx2_id != tx1_id
            await until(lambda: db.meter_count(tx2_row) >= 2, "meter values of tx 2")
            a.proc.send_signal(signal.SIGKILL)
            a.proc.wait(10)
            killed = time.monotonic()
            before = db.meter_count(tx2_row)

            # the charger reconnects to B; B serves the transaction A started
            await until(lambda: db.holder(cp16) == name_b, "the 1.6 charger on node B")
            print(f"the charger was on node B {time.monotonic() - killed:.1f} s after the kill")
            assert f16.chargers[0].connectors[0].tx_id is not None
            await until(lambda: db.meter_count(tx2_row) >= before + 3,
                         "meter values of tx 2 through B")
            res = await _command(http, b, token, cp16, "remote-stop",
                                 {"transaction_id": tx2_id})
            assert res["outcome"] == "accepted", res
            await until(lambda: all(t[1] == "COMPLETED" for t in db.transactions(cp16)),
                         "transaction 2 completed through B")
            tx201 = db.transactions(cp201)[0][0]
            res = await _command(http, b, token, cp201, "remote-stop",
                                 {"transaction_id": tx201})
            assert res["outcome"] == "accepted", res
            await until(lambda: db.transactions(cp201)[0][1] == "COMPLETED",
                         "the 2.0.1 transaction completed")

            # B sweeps dead A: nothing is claimed by it any more
            await until(lambda: db.rows("SELECT stopped_at FROM csms_node WHERE name = %s",
                                         name_a)[0][0] is not None,
                         "node A swept as dead", timeout=40)

            # nothing acknowledged lost or duplicated
            rows16 = db.transactions(cp16)
            assert [(t[0], t[1]) for t in rows16] == [(tx1_id, "COMPLETED"),
                                                       (tx2_id, "COMPLETED")]
            assert [t[2] for t in rows16] == ["Remote", "Remote"]
            for tx in rows16:
                assert tx[3] is not None and tx[3] > 0  # energy from meterStop
            assert len(db.transactions(cp201)) == 1
            assert db.rows('SELECT count(*), count(DISTINCT transaction_id) FROM "transaction"'
                           )[0] == (3, 3)
            # the API of B reads them all (a process that ran none of A's sessions)
            async with http.get(f"{b.api}/transactions", params={"limit": "10"},
                                headers={"Authorization": f"Bearer {token}"}) as resp:
                assert resp.status == 200, await resp.text()
                listed = {(i["charge_point_id"], i["status"]) for i in (await resp.json())["items"]}
            assert listed == {(cp16, "COMPLETED"), (cp201, "COMPLETED")}
        finally:
            for fleet in fleets:
                await fleet.stop()
            if b is not None:
                b.proc.send_signal(signal.SIGTERM)
                try:
                    b.proc.wait(30)
                except subprocess.TimeoutExpired:
                    pass
                b_out = b.output()
                b.close()
            a.close()
    assert b.proc.returncode == 0, b_out
    assert "Traceback" not in b_out, b_out
    # a clean stop leaves no claim behind
    assert db.rows("SELECT count(*) FROM charger_presence")[0][0] == 0


def test_nodes_started_together_on_a_new_database_migrate_it_once(
        pg_cluster: Any, pg_url: str) -> None:
    procs = [subprocess.Popen([sys.executable, "main.py", "config", "get", "site_name",
                               "--db", pg_url], cwd=ROOT, env=ENV, text=True,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
             for _ in range(3)]
    outs = [p.communicate(timeout=90)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0], outs
    db = Db(pg_cluster, pg_url)
    versions = [v for (v,) in db.rows("SELECT version FROM schema_version ORDER BY version")]
    assert len(versions) == len(set(versions)) and 14 in versions


def _viewer_args(url: str) -> Any:
    import argparse

    return argparse.Namespace(db=url, command=None, unknown_chargers=None, no_server=True,
                              no_api=True, host=None, port=None)


async def test_no_server_routes_commands_to_the_nodes_and_shows_their_events(
        pg_url: str, tmp_path: Path) -> None:
    """``main.py --no-server`` (a manager's workstation) without its window: no OCPP
    server here, the charger on the node is counted, started and seen through the bus."""
    from csms_desktop.headless import build_runtime, start_server
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.services.events import Event, TransactionStarted
    from csms_desktop.services.nodebus import site_connected
    from csms_desktop.store.db import close_database

    r = cli("config", "set", "free_charging", "true", "--db", pg_url)
    assert r.returncode == 0, r.stderr
    node = Node("N", pg_url, tmp_path)
    fleet = SimFleet([node.ws], 1, protocol="1.6", id_prefix="NV", seed=3, params=sim_params())
    rt = None
    try:
        async with aiohttp.ClientSession() as http:
            await node.ready(http)
        await fleet.start()
        assert await fleet.wait_booted(timeout=30)
        rt = build_runtime(_viewer_args(pg_url))
        await start_server(rt, _viewer_args(pg_url))
        assert rt.server.serves_ws is False and rt.server.port == 0
        seen: list[Event] = []
        rt.services.hub.subscribe(None, seen.append, remote=True)
        assert site_connected(rt.services) == 1  # the node's charger, from the presence
        result = await Commands(rt.server).remote_start("NV001", 1, "TAG-V")
        assert result.ok, result
        started = await until(lambda: [e for e in seen if isinstance(e, TransactionStarted)],
                               "the transaction started on the node, seen here")
        assert started[0].charge_point_id == "NV001"
    finally:
        await fleet.stop()
        if rt is not None:
            await rt.server.stop()
            close_database()
        node.proc.send_signal(signal.SIGTERM)
        node.proc.wait(30)
        node.close()
    assert node.proc.returncode == 0, node.output()


def test_no_server_on_sqlite_is_refused(tmp_path: Path) -> None:
    r = cli("--no-server", "--db", f"sqlite:///{tmp_path / 'site.db'}")
    assert r.returncode == 2
    assert "--no-server needs the site's PostgreSQL database" in r.stderr
