"""Waiting for an event with a timeout without losing a cancellation.

On Python 3.11, ``asyncio.wait_for(event.wait(), t)`` returns normally when the event is
set in the same loop step as the task is cancelled, and the cancellation is lost
(gh-86296, fixed in 3.12): a simulator loop that waits again then never ends, and its
charger cannot be stopped. ``asyncio.timeout`` has no such race.
"""

from __future__ import annotations

import asyncio


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
