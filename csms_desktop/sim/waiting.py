"""Waiting for an event with a timeout without losing a cancellation.

On Python 3.11, ``asyncio.wait_for(event.wait(), t)`` returns normally when the event is
set in the same loop step as the task is cancelled, and the cancellation is lost
(gh-86296, fixed in 3.12): a simulator loop that waits again then never ends, and its
charger cannot be stopped. ``asyncio.timeout`` has no such race.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from typing import Any


async def wait_event(event: asyncio.Event, timeout: float | None) -> bool:
    """True when ``event`` was set, False when ``timeout`` seconds passed first."""
    if timeout is None:
        await event.wait()
        return True
    try:
        async with asyncio.timeout(max(0.0, timeout)):
            await event.wait()
    except TimeoutError:
        return False
    return True


async def cancel_and_wait(tasks: Sequence[asyncio.Future[Any]], step: float = 0.5,
                          attempts: int = 60) -> list[Any]:
    """Cancel ``tasks`` and wait for them; a task still running after ``step`` seconds is
    cancelled again. On 3.11 a cancellation can also be lost inside libraries'
    ``wait_for`` (an answer arriving in the same loop step as the cancel: the ocpp
    library's call), and the task then waits for ever. Returns each task's result or
    exception, like ``gather(..., return_exceptions=True)``."""
    for t in tasks:
        t.cancel()
    pending = {t for t in tasks if not t.done()}
    for _ in range(attempts):
        if not pending:
            break
        _, pending = await asyncio.wait(pending, timeout=step)
        for t in pending:
            t.cancel()
    out: list[Any] = []
    for t in tasks:
        if not t.done():
            out.append(TimeoutError("task did not end after being cancelled"))
        elif t.cancelled():
            out.append(asyncio.CancelledError())
        else:
            out.append(t.exception() or t.result())
    return out
