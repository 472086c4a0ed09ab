"""Websocket connection of a simulated charger, and small typing shims over the ocpp library."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from typing import Any, TypeVar, cast

from ocpp.routing import on as _ocpp_on
from websockets.asyncio.client import ClientConnection, connect
from websockets.typing import Subprotocol

F = TypeVar("F", bound=Callable[..., Any])


def on(action: str) -> Callable[[F], F]:
    """ocpp.routing.on with a type (the library's decorator is untyped)."""
    return cast(Callable[[F], F], _ocpp_on(action))


def call_action(raw: str | bytes) -> str | None:
    """Action of a CALL frame, None for anything else."""
    try:
        msg = json.loads(raw)
    except ValueError:
        return None
    if isinstance(msg, list) and len(msg) >= 3 and msg[0] == 2 and isinstance(msg[2], str):
        return msg[2]
    return None


async def open_connection(
    base_url: str,
    cp_id: str,
    subprotocol: str,
    password: str | None = None,
    timeout: float = 10.0,
    ssl: Any = None,
) -> ClientConnection:
    """Open `<base_url>/<cp_id>` with the OCPP subprotocol and optional HTTP basic auth;
    ``ssl``: the SSLContext of a wss:// url (trusting the CSMS's CA, with the charger's
    client certificate for security profile 3)."""
    url = base_url.rstrip("/") + "/" + cp_id
    headers: dict[str, str] = {}
    if password is not None:
        token = base64.b64encode(f"{cp_id}:{password}".encode()).decode("ascii")
        headers["Authorization"] = f"Basic {token}"
    ws = await connect(
        url,
        subprotocols=[Subprotocol(subprotocol)],
        additional_headers=headers or None,
        open_timeout=timeout,
        proxy=None,
        compression=None,
        ping_interval=30,
        ping_timeout=30,
        close_timeout=2,
        max_size=2**22,
        **({"ssl": ssl} if ssl is not None else {}),
    )
    if ws.subprotocol != subprotocol:
        await ws.close(1002, "subprotocol not agreed")
        raise ConnectionError(f"server did not accept subprotocol {subprotocol}")
    return ws
