"""What the test chargers of both OCPP versions share: the charger's URL and running the
client's frame reader while a test talks to the server."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from typing import Any
from urllib.parse import quote

from websockets.asyncio.client import ClientConnection
from websockets.exceptions import ConnectionClosed


def charger_uri(url: str, cp_id: str) -> str:
    """``<url>/<cp_id>``, the id URL-encoded."""
    return f"{url.rstrip('/')}/{quote(cp_id, safe='')}"


@contextlib.asynccontextmanager
async def reading(client: Any, ws: ClientConnection, name: str) -> AsyncIterator[None]:
    """Run ``client.start()`` (the frame reader) during the block; then cancel it and the
    client's own tasks, and close ``ws``."""
    reader = asyncio.create_task(client.start(), name=name)
    try:
        yield
    finally:
        reader.cancel()
        for task in list(client._tasks):
            task.cancel()
        await ws.close()
        with contextlib.suppress(asyncio.CancelledError, ConnectionClosed):
            await reader
