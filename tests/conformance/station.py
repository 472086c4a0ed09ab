"""An independent scripted OCPP 2.0.1 test station on raw ``websockets`` (the OCTT's role).

Not csms_desktop/sim: it knows only the wire. Every CALL the CSMS sends is validated
against the official JSON schema shipped by the ``ocpp`` package (jsonschema, draft 6)
and recorded; the answer for each action is scripted per case: a payload, ``None`` (no
answer) or ``("CALLERROR", code)``.
"""

from __future__ import annotations

import asyncio
import json
import uuid
from pathlib import Path
from typing import Any

import jsonschema
import ocpp
import websockets

SCHEMAS = Path(ocpp.__file__).parent / "v201" / "schemas"


def schema_errors(action: str, kind: str, payload: Any) -> list[str]:
    schema = json.loads((SCHEMAS / f"{action}{kind}.json").read_text())
    validator = jsonschema.Draft6Validator(schema)
    return [e.message for e in validator.iter_errors(payload)]


class ScriptedStation:
    def __init__(self, url: str, cp_id: str, script: dict[str, Any]) -> None:
        self.url = f"{url}/{cp_id}"
        self.cp_id = cp_id
        self.script = script
        self.received: list[tuple[str, dict[str, Any]]] = []
        self.sizes: list[tuple[str, int]] = []  # (action, bytes of the CALL frame)
        self.violations: list[str] = []
        self.answers: dict[str, asyncio.Future[Any]] = {}
        self.ws: Any = None
        self._task: asyncio.Task[None] | None = None

    async def __aenter__(self) -> ScriptedStation:
        self.ws = await websockets.connect(self.url, subprotocols=["ocpp2.0.1"])  # type: ignore[list-item]
        self._task = asyncio.ensure_future(self._read())
        boot = await self.send("BootNotification", {
            "reason": "PowerUp", "chargingStation": {"model": "OCTT", "vendorName": "Conf"}})
        assert boot["status"] == "Accepted", boot
        return self

    async def __aexit__(self, *exc: Any) -> None:
        await self.ws.close()
        if self._task:
            self._task.cancel()

    async def send(self, action: str, payload: dict[str, Any]) -> Any:
        errors = schema_errors(action, "Request", payload)
        assert not errors, (action, errors)  # the station itself sends valid frames
        uid = str(uuid.uuid4())
        fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
        self.answers[uid] = fut
        await self.ws.send(json.dumps([2, uid, action, payload]))
        answer = await asyncio.wait_for(fut, 5)
        if answer[0] == 3:
            errs = schema_errors(action, "Response", answer[2])
            if errs:
                self.violations.append(f"{action} response: {errs}")
            return answer[2]
        return answer

    def calls(self, action: str) -> list[dict[str, Any]]:
        return [p for a, p in self.received if a == action]

    async def _read(self) -> None:
        async for text in self.ws:
            msg = json.loads(text)
            if msg[0] in (3, 4):
                fut = self.answers.pop(msg[1], None)
                if fut and not fut.done():
                    fut.set_result(msg)
                continue
            _, uid, action, payload = msg
            self.received.append((action, payload))
            self.sizes.append((action, len(text.encode("utf-8") if isinstance(text, str)
                                           else text)))
            errs = schema_errors(action, "Request", payload)
            if errs:
                self.violations.append(f"{action}: {errs}")
            answer = self.script.get(action, "CALLERROR-NotImplemented")
            if callable(answer):
                answer = answer(payload)
            if answer is None:
                continue  # the case wants no answer
            if isinstance(answer, str) and answer.startswith("CALLERROR-"):
                await self.ws.send(json.dumps([4, uid, answer[10:], "scripted", {}]))
                continue
            errs = schema_errors(action, "Response", answer)
            assert not errs, (action, answer, errs)
            await self.ws.send(json.dumps([3, uid, answer]))
