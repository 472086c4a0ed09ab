"""Reference server (c): raw websockets, every frame answered with a canned CALLRESULT.

No JSON parsing: the unique id is sliced out of the frame. This is the ceiling of a Python
websockets server on this machine.

    python bench/ref_raw_ws.py --port 9002
"""

from __future__ import annotations

import argparse
import asyncio
from typing import Any

from websockets.asyncio.server import serve

# one answer for every action: a boot's fields, and a start's (transactionId, idTagInfo)
CANNED = ('{"currentTime":"2025-01-01T00:00:00.000Z","interval":300,"status":"Accepted",'
          '"transactionId":1,"idTagInfo":{"status":"Accepted"}}]')


async def handler(connection: Any) -> None:
    try:
        async for frame in connection:
            text = frame if isinstance(frame, str) else frame.decode()
            i = text.find('"')
            j = text.find('"', i + 1)
            await connection.send('[3,"' + text[i + 1:j] + '",' + CANNED)
    except Exception:
        pass


async def main(port: int) -> None:
    async with serve(handler, "127.0.0.1", port, subprotocols=["ocpp1.6", "ocpp2.0.1"]) as srv:  # type: ignore[list-item]
        await srv.serve_forever()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=9002)
    args = parser.parse_args()
    try:
        asyncio.run(main(args.port))
    except KeyboardInterrupt:
        pass
