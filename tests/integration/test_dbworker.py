"""The database thread (services.dbworker): jobs run there in order, a durable job's
answer comes only after its rows are committed (seen from another connection), errors
reach the caller, events published there are delivered on the loop's thread, and the
loop keeps running while a job works."""

from __future__ import annotations

import asyncio
import threading
import time

import pytest
from dbcheck import committed_count

from csms_desktop.domain.enums import MessageDirection, MessageKind
from csms_desktop.services.events import ChargerUpdated
from csms_desktop.store.models import OCPPMessage


def _committed_rows() -> int:
    return committed_count("ocpp_message")  # from another connection: only what is committed


@pytest.fixture
async def worker(services):  # type: ignore[no-untyped-def]
    services.hub.bind(asyncio.get_running_loop())
    services.worker.start()
    yield services.worker
    await services.worker.stop()


async def test_jobs_run_on_the_database_thread_in_order(services, worker) -> None:
    seen: list[tuple[int, str]] = []

    def job(n: int) -> int:
        seen.append((n, threading.current_thread().name))
        return n * 2

    results = await asyncio.gather(*(worker.call(job, n) for n in range(50)))
    assert results == [n * 2 for n in range(50)]
    assert [n for n, _ in seen] == list(range(50))
    assert {name for _, name in seen} == {"csms-db"}


async def test_a_durable_answer_comes_after_the_commit(services, worker) -> None:
    def buffer_and_require() -> int:
        services.messages.record("CP-D", MessageDirection.INBOUND, MessageKind.CALL, "u1",
                                 "StartTransaction", {"x": 1})
        services.writer.require_durable()
        return _committed_rows()  # inside the job: not yet committed

    before = _committed_rows()
    inside = await worker.call(buffer_and_require)
    assert inside == before
    assert _committed_rows() == before + 1  # answered: committed


async def test_a_job_that_is_not_durable_is_committed_within_the_interval(
        services, worker) -> None:
    def buffer_only() -> None:
        services.messages.record("CP-N", MessageDirection.INBOUND, MessageKind.CALL, "u2",
                                 "Heartbeat", {})

    await worker.call(buffer_only)
    await services.writer.durable()
    assert OCPPMessage.select().where(OCPPMessage.charge_point_id == "CP-N").count() == 1


async def test_an_error_reaches_the_caller_and_the_thread_goes_on(worker) -> None:
    def broken() -> None:
        raise ValueError("bad row")

    with pytest.raises(ValueError, match="bad row"):
        await worker.call(broken)
    assert await worker.call(lambda: 7) == 7


async def test_events_published_on_the_thread_arrive_on_the_loop(services, worker) -> None:
    got: list[tuple[str, int]] = []
    services.hub.subscribe(ChargerUpdated, lambda e: got.append(
        (e.charge_point_id, threading.get_ident())))

    def publish() -> None:
        for i in range(3):
            services.hub.publish(ChargerUpdated(f"CP{i}"))

    await worker.call(publish)
    await asyncio.sleep(0.05)
    assert [cp for cp, _ in got] == ["CP0", "CP1", "CP2"]
    assert {t for _, t in got} == {threading.get_ident()}


async def test_the_loop_runs_while_a_job_works(worker) -> None:
    ticks: list[float] = []

    async def ticker() -> None:
        while True:
            ticks.append(time.monotonic())
            await asyncio.sleep(0.01)

    task = asyncio.create_task(ticker())
    await asyncio.sleep(0.02)
    n0 = len(ticks)
    await worker.call(time.sleep, 0.3)  # a slow commit or checkpoint (releases the GIL)
    task.cancel()
    assert len(ticks) - n0 >= 10  # before: the loop stood still for the whole job


async def test_page_cache_is_shrunk_on_the_thread_that_holds_it(services, server, url,
                                                                 monkeypatch) -> None:
    """The fuzz soak's memory stayed at 2.1x its start after the chargers left: the trim
    shrank the loop thread's SQLite connection, while the page cache had grown in the
    database thread's; and with the disconnections' bookkeeping awaited on that thread, a
    mass disconnect never raised the high-water mark that decides a trim. The shrink runs
    on the database thread, and arrivals count in the mark."""
    from chargers16 import connect16
    from helpers16 import eventually

    import csms_desktop.protocol.server as server_module
    from csms_desktop.services.memory import Trimmer

    where: list[str] = []
    monkeypatch.setattr(server_module, "release_database_memory",
                        lambda: where.append(threading.current_thread().name))
    server._trimmer = Trimmer(drop=1, gap=0.0)
    async with connect16(url, "TRIM0") as a:
        await a.boot()
        async with connect16(url, "TRIM1") as b:
            await b.boot()
    await eventually(lambda: "csms-db" in where)
    assert "MainThread" not in where  # (the local list builder shrinks its own too)


async def test_an_event_arrives_after_what_it_names_is_committed(services, worker) -> None:
    """After the database thread came in, the dashboard showed 'Tag DEMO0014 ...
    1715 kWh' for new sessions: TransactionStarted reached it before the transaction was
    committed, and its lookup on the GUI's connection found nothing. A batch's events are
    delivered once the batch is committed."""
    seen_rows: list[int] = []
    services.hub.subscribe(ChargerUpdated, lambda e: seen_rows.append(
        _committed_rows()))

    def write_and_announce() -> None:
        services.messages.record("CP-E", MessageDirection.INBOUND, MessageKind.CALL, "u3",
                                 "StartTransaction", {})
        services.hub.publish(ChargerUpdated("CP-E"))
        time.sleep(0.2)  # the rest of the handler (the loop is free meanwhile)
        services.writer.require_durable()

    before = _committed_rows()
    await worker.call(write_and_announce)
    await asyncio.sleep(0.05)
    assert seen_rows == [before + 1]


async def test_an_urgent_job_goes_before_the_queue(worker) -> None:
    """A ramp of 2,000 chargers queued thousands of jobs; a new charger's handshake read
    waited behind them, the client gave up after 10 s, and the ramp never completed."""
    order: list[str] = []
    slow = [asyncio.ensure_future(worker.call(lambda i=i: (time.sleep(0.01),
                                                            order.append(f"q{i}"))))
            for i in range(100)]
    await asyncio.sleep(0.05)  # the thread is busy with the queue
    await worker.call(lambda: order.append("urgent"), urgent=True)
    assert order.index("urgent") < 20  # not after the ~95 still queued
    await asyncio.gather(*slow)
