"""A firmware file served over real HTTP on 127.0.0.1, for the 2.0.1 firmware
publication tests (the simulated local controller downloads it and checks its MD5)."""

from __future__ import annotations

import hashlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from aiohttp import web

FIRMWARE = b"\x7fELF firmware 2.4.1 " * 512
MD5 = hashlib.md5(FIRMWARE, usedforsecurity=False).hexdigest()


@asynccontextmanager
async def firmware_server() -> AsyncIterator[str]:
    """An HTTP server on 127.0.0.1 with /fw.bin (FIRMWARE); its base URL."""

    async def fw(_: web.Request) -> web.Response:
        return web.Response(body=FIRMWARE)

    app = web.Application()
    app.router.add_get("/fw.bin", fw)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        await runner.cleanup()
