"""The API's reads in a separate process: answers identical to the in-process read, the
loop's process does not run the query, errors travel back, a dead worker falls back."""

from __future__ import annotations

import asyncio
import json
import os
import signal

import pytest
from api_helpers import ApiSite
from history_data import make_site, make_transactions

from csms_desktop.api import context
from csms_desktop.api.context import ReadPool, portable
from csms_desktop.api.errors import ApiError
from csms_desktop.services import history_queries as hq

pytestmark = pytest.mark.timeout(60)


def _whose_pid() -> int:
    return os.getpid()


def _raise_api_error() -> None:
    raise ApiError(422, "no such thing", {"limit": "1 to 500"})


async def test_reads_are_served_by_another_process(site: ApiSite) -> None:
    made = make_transactions(make_site(), n=40)
    pool = site.server.ctx.reads
    assert await pool.processes_ready()
    assert await pool.run(_whose_pid) != os.getpid()  # a module-level read: the process
    assert pool.process_pids() == [await pool.run(_whose_pid)]
    page = await site.attendant.ok("GET", "/api/v1/transactions", params={"limit": "50"})
    assert [r["id"] for r in page["items"]] == [
        r.id for r in hq.fetch_transactions(hq.TransactionFilter(), limit=50)]
    assert len(page["items"]) == len(made)
    # a closure cannot travel: it runs in a read thread of this process
    assert await pool.run(lambda: os.getpid()) == os.getpid()


async def test_answers_larger_than_a_pipe_and_calls_at_once(site: ApiSite) -> None:
    make_transactions(make_site(), n=400)
    assert await site.server.ctx.reads.processes_ready()
    att = site.attendant
    pages = await asyncio.gather(*(att.ok("GET", "/api/v1/transactions",
                                          params={"limit": "400"}) for _ in range(6)))
    want = [r.id for r in hq.fetch_transactions(hq.TransactionFilter(), limit=400)]
    assert all([r["id"] for r in p["items"]] == want for p in pages)
    assert len(json.dumps(pages[0])) > 65536  # more than one pipe buffer each way


async def test_an_error_in_the_process_arrives_as_itself(site: ApiSite) -> None:
    assert await site.server.ctx.reads.processes_ready()
    with pytest.raises(ApiError) as info:
        await site.server.ctx.reads.run(_raise_api_error)
    assert info.value.status == 422 and info.value.fields == {"limit": "1 to 500"}
    bad = await site.attendant.get("/api/v1/notifications", params={"limit": "9999"})
    assert bad.status == 422 and bad.body["fields"] == {"limit": "1 to 500"}


async def test_a_killed_read_process_leaves_the_reads_to_threads(site: ApiSite) -> None:
    make_transactions(make_site(), n=5)
    pool = site.server.ctx.reads
    assert await pool.processes_ready()
    pid = await pool.run(_whose_pid)
    os.kill(pid, signal.SIGKILL)
    for _ in range(3):  # the first read after the kill may find the pool broken
        page = await site.attendant.ok("GET", "/api/v1/transactions", params={"limit": "10"})
        assert len(page["items"]) == 5
    assert await pool.run(_whose_pid) == os.getpid()


async def test_reads_do_not_wait_for_the_processes_to_start(db) -> None:  # type: ignore[no-untyped-def]
    pool = ReadPool(processes=1)
    try:
        pool.start()
        assert await pool.run(_whose_pid) == os.getpid()  # starting: served in a thread
        assert await pool.processes_ready()
        assert await pool.run(_whose_pid) != os.getpid()
    finally:
        await pool.aclose()
    assert pool.process_pids() == []


async def test_no_processes_when_switched_off(monkeypatch: pytest.MonkeyPatch, db) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("CSMS_API_READ_PROCESSES", "0")
    pool = ReadPool()
    try:
        assert await pool.run(_whose_pid) == os.getpid()
    finally:
        await pool.aclose()


def test_what_is_portable() -> None:
    assert portable(hq.fetch_transactions) and portable(_whose_pid)
    assert not portable(lambda: 1) and not portable(print) and not portable(ReadPool().run)
    assert context.read_processes() >= 0


async def test_a_page_answered_as_read_takes_one_trip_and_others_two(
        site: ApiSite, monkeypatch: pytest.MonkeyPatch) -> None:
    """A handler answering with what it read sends the JSON made with the read (one trip
    to the read process); one that builds its answer from the rows encodes it in a second
    trip. The answers are the same JSON either way."""
    make_transactions(make_site(), n=30)
    pool = site.server.ctx.reads
    assert await pool.processes_ready()
    calls: list[str] = []
    real_run = pool.run

    async def counting(fn, *args):  # type: ignore[no-untyped-def]
        calls.append(fn.__name__)
        return await real_run(fn, *args)

    monkeypatch.setattr(pool, "run", counting)
    page = await site.attendant.ok("GET", "/api/v1/transactions", params={"limit": "20"})
    assert calls == ["read_and_encode"]
    assert [r["id"] for r in page["items"]] == [
        r.id for r in hq.fetch_transactions(hq.TransactionFilter(), limit=20)]
    calls.clear()
    cps = await site.attendant.ok("GET", "/api/v1/charge-points", params={"limit": "5"})
    assert calls[-1] == "dumps" and "read_and_encode" not in calls  # built from rows
    assert "items" in cps
    calls.clear()
    one = page["items"][0]["transaction_id"]
    tx = await site.attendant.ok("GET", f"/api/v1/transactions/{one}")
    assert calls == ["read_and_encode"] and tx["transaction"]["transaction_id"] == one
    calls.clear()
    missing = await site.attendant.get("/api/v1/transactions/999999")
    assert missing.status == 404 and calls == ["read_and_encode"]


def _own_niceness() -> int:
    return os.nice(0)


async def test_read_processes_yield_the_cpu_to_the_ocpp_server(site: ApiSite) -> None:
    from csms_desktop.api.read_process import READ_NICENESS

    pool = site.server.ctx.reads
    assert await pool.processes_ready()
    assert await pool.run(_own_niceness) == min(19, os.nice(0) + READ_NICENESS)
