# mypy: disable-error-code="misc,untyped-decorator"
"""Reference server (b): the ocpp library's documented minimal central system.

Plain asyncio + websockets.serve + an ocpp.v16.ChargePoint subclass whose @on handlers for
BootNotification, Heartbeat, MeterValues, StatusNotification and StartTransaction (a
counter for the transaction id, every tag accepted) answer at once and store nothing.
Library defaults otherwise (JSON schema validation in the executor). Logging stays
at WARNING, like the app under test (the library logs every frame at INFO).

    python bench/ref_library_csms.py --port 9001
"""

from __future__ import annotations

import argparse
import asyncio
import logging
from datetime import UTC, datetime
from typing import Any

import websockets
from ocpp.routing import on
from ocpp.v16 import ChargePoint as cp
from ocpp.v16 import call_result
from ocpp.v16.enums import Action, RegistrationStatus
from websockets.typing import Subprotocol

_TX = 0


class ChargePoint(cp):
    @on(Action.boot_notification)
    def on_boot_notification(self, charge_point_vendor: str, charge_point_model: str,
                             **kwargs: Any) -> Any:
        return call_result.BootNotification(
            current_time=datetime.now(UTC).isoformat(), interval=300,
            status=RegistrationStatus.accepted)

    @on(Action.heartbeat)
    def on_heartbeat(self, **kwargs: Any) -> Any:
        return call_result.Heartbeat(current_time=datetime.now(UTC).isoformat())

    @on(Action.meter_values)
    def on_meter_values(self, **kwargs: Any) -> Any:
        return call_result.MeterValues()

    @on(Action.start_transaction)
    def on_start_transaction(self, **kwargs: Any) -> Any:
        global _TX
        _TX += 1
        return call_result.StartTransaction(transaction_id=_TX,
                                            id_tag_info={"status": "Accepted"})

    @on(Action.status_notification)
    def on_status_notification(self, **kwargs: Any) -> Any:
        return call_result.StatusNotification()


async def on_connect(websocket: Any) -> None:
    if not websocket.subprotocol:
        await websocket.close()
        return
    charge_point_id = websocket.request.path.strip("/")
    charge_point = ChargePoint(charge_point_id, websocket)
    try:
        await charge_point.start()
    except websockets.exceptions.ConnectionClosed:
        pass


async def main(port: int) -> None:
    server = await websockets.serve(on_connect, "127.0.0.1", port,
subprotocols=[Subprotocol("ocpp1.6")])
    await server.wait_closed()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, default=9001)
    parser.add_argument("--log-level", default="WARNING")
    args = parser.parse_args()
    logging.basicConfig(level=args.log_level)
    try:
        asyncio.run(main(args.port))
    except KeyboardInterrupt:
        pass
