"""The API's reads in processes of their own, talked to from the event loop directly.

A read is Python work (building rows, the JSON of the answer) that holds the interpreter
lock; in a thread of the server's process it makes the OCPP loop wait for that lock at every
socket call. A read process has its own interpreter: the loop only pickles the call, writes
it to a pipe and reads the answer when the pipe is readable (``loop.add_reader``), with no
helper thread (``ProcessPoolExecutor`` has two, whose pickling and wake-ups took the lock
again; measured in bench/RESULTS.md).

Each worker serves one call at a time, so a write to its pipe never waits for it: it is
always blocked reading when it is given work. The workers are forked from a clean
forkserver process (never from the server's, whose threads and Qt a fork would copy), which
has imported the read modules once. A worker that dies or does not answer raises
:class:`ReadProcessLost`; the caller then reads in threads.
"""

from __future__ import annotations

import asyncio
import logging
import multiprocessing
import os
import pickle
import signal
from collections.abc import Callable
from typing import Any

log = logging.getLogger(__name__)

PRELOAD = ("csms_desktop.api.app", "csms_desktop.services.api_reads",
           "csms_desktop.api.res_history")
CALL_TIMEOUT_S = 120.0
#: the read processes yield the CPU to the OCPP server: on a depot PC of two cores a burst
#: of API reads otherwise took the core the loop was about to answer a charger on
READ_NICENESS = 10


class ReadProcessLost(RuntimeError):
    """The read process died, or did not answer in time."""


class NotPortable(TypeError):
    """The call (function or arguments) cannot be sent to another process."""


class NotReady(RuntimeError):
    """The processes are still starting: this call is better served in a thread than kept
    waiting for them (the first start takes about half a second)."""


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(list(PRELOAD))
        return ctx
    return multiprocessing.get_context("spawn")


def _travels(exc: BaseException) -> BaseException:
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:  # an error that cannot travel back arrives as its text
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _worker_main(conn: Any, url: str) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl+C is the server's to handle
    if hasattr(os, "nice"):  # not on Windows (the bundle reads in threads there anyway)
        try:
            os.nice(READ_NICENESS)
        except OSError:
            pass
    from csms_desktop.store.db import open_database

    open_database(url)  # this process's own connection, kept for its life
    while True:
        try:
            data = conn.recv_bytes()
        except (EOFError, OSError):
            return  # the server is gone
        try:
            fn, args = pickle.loads(data)
            out: tuple[bool, Any] = (True, fn(*args))
        except Exception as exc:
            out = (False, _travels(exc))
        try:
            conn.send(out)
        except (EOFError, OSError):
            return
        except Exception as exc:  # the answer itself cannot be pickled
            conn.send((False, _travels(exc)))


class _Worker:
    def __init__(self, ctx: Any, url: str) -> None:
        parent, child = ctx.Pipe(duplex=True)
        self.process = ctx.Process(target=_worker_main, args=(child, url), daemon=True,
                                   name="csms-api-read")
        self.process.start()
        child.close()
        self.conn = parent
        self.alive = True

    @property
    def pid(self) -> int | None:
        return self.process.pid

    def submit(self, payload: bytes) -> asyncio.Future[Any]:
        loop = asyncio.get_running_loop()
        fut: asyncio.Future[Any] = loop.create_future()
        fd = self.conn.fileno()

        def ready() -> None:
            loop.remove_reader(fd)
            if fut.done():
                return
            try:
                fut.set_result(self.conn.recv())
            except Exception as exc:  # EOF: the process died
                self.alive = False
                fut.set_exception(ReadProcessLost(f"read process {self.pid}: {exc!r}"))

        loop.add_reader(fd, ready)
        try:
            self.conn.send_bytes(payload)
        except OSError as exc:
            loop.remove_reader(fd)
            self.alive = False
            fut.set_exception(ReadProcessLost(f"read process {self.pid}: {exc!r}"))
        return fut

    def kill(self) -> None:
        self.alive = False
        try:
            asyncio.get_running_loop().remove_reader(self.conn.fileno())
        except (RuntimeError, OSError, ValueError):
            pass
        if self.process.is_alive():
            self.process.kill()
        self.process.join(1.0)
        self.conn.close()


class ReadWorkers:
    """``count`` read processes on the database at ``url``."""

    def __init__(self, count: int, url: str, timeout: float = CALL_TIMEOUT_S) -> None:
        self._count = count
        self._url = url
        self._timeout = timeout
        self._idle: asyncio.Queue[_Worker | None] | None = None
        self._starting: asyncio.Future[None] | None = None
        self.workers: list[_Worker] = []
        self.lost = False

    def start(self) -> None:
        """Starts the processes (off the loop: the first start waits for the forkserver)."""
        if self._starting is None:
            self._starting = asyncio.ensure_future(self._spawn())

    async def ready(self, timeout: float = 30.0) -> bool:
        """Waits until the processes have started; False if they could not."""
        self.start()
        assert self._starting is not None
        try:
            await asyncio.wait_for(asyncio.shield(self._starting), timeout)
        except Exception:
            return False
        return not self.lost

    async def _spawn(self) -> None:
        loop = asyncio.get_running_loop()
        workers = await loop.run_in_executor(None, self._make)
        self.workers = workers
        self._idle = asyncio.Queue()
        for w in workers:
            self._idle.put_nowait(w)

    def _make(self) -> list[_Worker]:
        ctx = _context()
        return [_Worker(ctx, self._url) for _ in range(self._count)]

    async def call(self, fn: Callable[..., Any], args: tuple[Any, ...]) -> Any:
        try:
            payload = pickle.dumps((fn, args), protocol=pickle.HIGHEST_PROTOCOL)
        except Exception as exc:
            raise NotPortable(str(exc)) from None
        if self.lost:
            raise ReadProcessLost("the read processes are gone")
        self.start()
        assert self._starting is not None
        if not self._starting.done():
            raise NotReady("the read processes are starting")
        if self._starting.exception() is not None:
            self.lost = True
            raise ReadProcessLost(f"the read processes did not start: "
                                  f"{self._starting.exception()!r}")
        assert self._idle is not None
        worker = await self._idle.get()
        if worker is None:  # the processes were lost meanwhile
            self._idle.put_nowait(None)
            raise ReadProcessLost("the read processes are gone")
        fut = worker.submit(payload)
        fut.add_done_callback(lambda f: self._release(worker, f))
        try:
            ok, value = await asyncio.wait_for(asyncio.shield(fut), self._timeout)
        except TimeoutError:
            worker.kill()
            self._lose()
            raise ReadProcessLost(f"no answer from read process {worker.pid} in "
                                  f"{self._timeout:g} s") from None
        if ok:
            return value
        raise value

    def _release(self, worker: _Worker, fut: asyncio.Future[Any]) -> None:
        if not fut.cancelled() and fut.exception() is None and worker.alive:
            assert self._idle is not None
            self._idle.put_nowait(worker)  # answered (also when the caller went away)
        else:
            self._lose()

    def _lose(self) -> None:
        if not self.lost:
            self.lost = True
            log.error("API read process lost; reads go on in threads")
            if self._idle is not None:
                self._idle.put_nowait(None)  # wakes whoever waits for a worker

    async def aclose(self) -> None:
        if self._starting is not None:
            try:
                await asyncio.wait_for(asyncio.shield(self._starting), 10)
            except Exception:
                pass
        for w in self.workers:
            w.kill()
        self.workers = []
        self.lost = True

    def pids(self) -> list[int]:
        return [w.pid for w in self.workers if w.pid is not None and w.alive]


def own_pid() -> int:
    return os.getpid()
