"""Small helpers for pages: run a command and show its outcome, read in a worker thread."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any, TypeVar, cast

from PySide6.QtWidgets import QWidget
from qasync import asyncSlot
from shiboken6 import isValid

from csms_desktop.gui.widgets.outcome import OutcomeLine
from csms_desktop.protocol.commands import CommandResult, Outcome
from csms_desktop.services.live_queries import in_worker

log = logging.getLogger(__name__)
T = TypeVar("T")
F = TypeVar("F", bound=Callable[..., Any])


def async_slot(fn: F) -> F:
    """qasync's ``@asyncSlot()`` with the signature kept for the type checker.

    Use on methods (qasync drops the signal's extra arguments until ``self`` fits).
    """
    return cast(F, asyncSlot()(fn))


async def read(fn: Callable[..., T], *args: Any) -> T:
    """``fn(*args)`` (a database read) in a worker thread; the loop keeps running."""
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(None, in_worker, fn, *args)


async def run_command(outcome: OutcomeLine, what: str, coro: Awaitable[CommandResult],
                      *buttons: QWidget) -> CommandResult:
    """Await a command, showing "waiting" then its outcome; ``buttons`` are disabled meanwhile."""
    outcome.pending(what)
    for b in buttons:
        b.setEnabled(False)
    try:
        result = await coro
    except Exception as exc:  # a bug must not leave the page waiting forever
        log.exception("%s failed", what)
        result = CommandResult(Outcome.ERROR, detail=str(exc) or type(exc).__name__)
    finally:
        for b in buttons:
            if isValid(b):
                b.setEnabled(True)
    if isValid(outcome):
        outcome.result(what, result)
    return result


class TaskSet:
    """Keeps a reference to every task started by a widget (asyncio holds weak ones)."""

    def __init__(self) -> None:
        self.tasks: set[asyncio.Task[Any]] = set()

    def spawn(self, coro: Awaitable[Any]) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.ensure_future(coro)
        self.tasks.add(task)
        task.add_done_callback(self._done)
        return task

    def spawn_if_running(self, coro: Coroutine[Any, Any, Any]) -> asyncio.Task[Any] | None:
        """Like :meth:`spawn` for timers: without a running loop the coroutine is dropped."""
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            log.debug("no running event loop; %s skipped", getattr(coro, "__qualname__", coro))
            coro.close()
            return None
        return self.spawn(coro)

    def _done(self, task: asyncio.Task[Any]) -> None:
        self.tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.error("background task failed", exc_info=task.exception())

    def cancel_all(self) -> None:
        for t in list(self.tasks):
            t.cancel()
