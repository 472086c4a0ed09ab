"""One charge point's websocket: frame dispatch in, CALLs out, every frame logged.

CALLs from the charger are handled one at a time in arrival order (OCPP-J allows one
outstanding CALL per direction). Our own CALLs to the charger are serialised by a lock
and matched to their answer by unique id; a handler never awaits one of our CALLs
(that would deadlock the read loop) — commands run as separate tasks.
"""

from __future__ import annotations

import asyncio
import inspect
import logging
import re
import time
import uuid
from collections import deque
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any

from websockets.exceptions import ConnectionClosed

from csms_desktop.domain.enums import MessageDirection, MessageKind, OCPPVersion
from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.protocol import frames
from csms_desktop.protocol.validation import SchemaViolation, Validator
from csms_desktop.services.errors import ChargerInputError

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

log = logging.getLogger(__name__)

# The head of a CALL in a frame that is not valid JSON: [2, "<id>", "<action>" ...
_CALL_HEAD = re.compile(
    r'\s*\[\s*2\s*,\s*"(?P<uid>[^"\\]{1,64})"(?:\s*,\s*"(?P<action>\w{1,64})")?')

GARBAGE_LIMIT = 20  # malformed frames tolerated per GARBAGE_WINDOW before we hang up
GARBAGE_WINDOW = 60.0
EXPIRED_KEPT = 32  # timed-out CALLs remembered to name the action of a late answer

Handler = Callable[["OCPPConnection", dict[str, Any]], Awaitable[dict[str, Any]] | dict[str, Any]]
# ("ok", answer) or ("error", kind, description, details)
Outcome = tuple[Any, ...]


HEAVY_ITEMS = 200  # a CALL payload with a list this long is prepared off the loop


def _heavy(payload: dict[str, Any]) -> bool:
    return any(isinstance(v, list) and len(v) >= HEAVY_ITEMS for v in payload.values())


def on_loop(handler: Handler) -> Handler:
    """Mark a handler that touches no database (only buffers and memory): it is answered
    on the loop at once, never queued behind the database thread's work. A Heartbeat's
    round trip then stays short while 500 chargers boot."""
    handler.on_loop = True  # type: ignore[attr-defined]
    return handler


class HandlerError(Exception):
    """Raised by a handler to answer a CALLERROR of a semantic ``kind`` (see frames)."""

    def __init__(self, kind: str, description: str, details: dict[str, Any] | None = None):
        super().__init__(description)
        self.kind = kind
        self.description = description
        self.details = details


class CallTimeout(Exception):
    pass


class CallRejected(Exception):
    """The charger answered our CALL with a CALLERROR."""

    def __init__(self, code: str, description: str) -> None:
        super().__init__(f"{code}: {description}")
        self.code = code
        self.description = description


class ChargerOffline(Exception):
    pass


VALIDATORS: dict[str, Validator] = {}


def validator_for(version: str) -> Validator:
    if version not in VALIDATORS:
        VALIDATORS[version] = Validator(version)
    return VALIDATORS[version]


class OCPPConnection:
    def __init__(
        self,
        websocket: Any,
        cp_id: str,
        version: OCPPVersion,
        services: Services,
        routes: dict[str, Handler],
        tolerant: bool = False,
        remote: str = "",
    ) -> None:
        self.ws = websocket
        self.cp_id = cp_id
        self.version = version
        self.wire_version = {"OCPP16": "1.6", "OCPP20": "2.0.1", "OCPP21": "2.1"}[version.value]
        self.services = services
        self.routes = routes
        self.tolerant = tolerant
        self.remote = remote
        self.validator = validator_for(self.wire_version)
        self.registered = False  # set by BootNotification / known accepted charger
        # a BootNotification was answered Accepted or Pending (or the charger was known and
        # accepted when it connected); the server closes connections that never boot
        self.booted = False
        self.closed = asyncio.Event()
        self.replaced = False
        self.state: dict[str, Any] = {}  # per-connection handler state (e.g. 2.0.1 seqNo)
        self._call_lock = asyncio.Lock()
        self._pending: dict[str, tuple[str, asyncio.Future[Any]]] = {}
        self._expired: dict[str, str] = {}  # uid -> action of CALLs that timed out
        self._garbage: deque[float] = deque()
        self._tasks: set[asyncio.Task[Any]] = set()
        self.received = 0
        self.sent = 0

    # ------------------------------------------------------------------ logging
    def _log(self, direction: MessageDirection, kind: MessageKind, uid: str, action: str,
             payload: Any, error_code: str | None = None) -> None:
        self.services.messages.record(self.cp_id, direction, kind, uid, action, payload,
                                      error_code)

    async def _send_text(self, text: str) -> None:
        await self.ws.send(text)
        self.sent += 1

    # ------------------------------------------------------------------ reading
    async def serve(self) -> None:
        try:
            async for raw in self.ws:
                self.received += 1
                await self._on_raw(raw)
        except ConnectionClosed:
            pass
        finally:
            self.closed.set()
            for _, fut in self._pending.values():
                if not fut.done():
                    fut.set_exception(ChargerOffline(f"{self.cp_id} disconnected"))
                    fut.exception()  # the caller may be gone too: never "not retrieved"
            for task in list(self._tasks):
                task.cancel()

    async def _on_raw(self, raw: str | bytes) -> None:
        try:
            frame = frames.parse_frame(raw, self.wire_version)
        except frames.FrameError as exc:
            await self._on_garbage(raw, exc)
            return
        self.services.chargers.touch(self.cp_id)
        if isinstance(frame, frames.CallFrame):
            await self._on_call(frame)
        elif isinstance(frame, frames.CallResultFrame | frames.CallErrorFrame):
            self._on_answer(frame)
        else:  # 2.1 SEND / CALLRESULTERROR: log, never answer
            action = getattr(frame, "action", "") or self._pending_action(frame.unique_id)
            self._log(MessageDirection.INBOUND, MessageKind.CALL, frame.unique_id, action,
                      getattr(frame, "payload", None) or {"error": getattr(frame, "error_code", "")})

    def _pending_action(self, uid: str) -> str:
        entry = self._pending.get(uid)
        return entry[0] if entry else ""

    async def _on_garbage(self, raw: str | bytes, exc: frames.FrameError) -> None:
        text = raw if isinstance(raw, str) else raw.decode("utf-8", "replace")
        log.warning("%s sent a malformed frame (%s): %.200r", self.cp_id, exc.error_code, text)
        uid, mtype, action = exc.unique_id, exc.message_type_id, "?"
        head = _CALL_HEAD.match(text)
        if head is not None:
            action = head["action"] or "?"  # the log names the action where it is legible
            if uid is None and exc.kind == "format":
                # Broken JSON that still starts like a CALL: answer it, or the charger
                # waits for its call timeout (one CALL at a time: it stalls meanwhile).
                uid, mtype = head["uid"], frames.CALL
        self._log(MessageDirection.INBOUND, MessageKind.CALL, uid or "", action,
                  {"raw": text[:4000]}, exc.error_code)
        if uid is not None and mtype not in (
            frames.CALLERROR, frames.CALLRESULTERROR, frames.SEND, frames.CALLRESULT
        ):
            await self._reply_error(uid, action, exc.error_code, exc.description)
        now = time.monotonic()
        self._garbage.append(now)
        while self._garbage and now - self._garbage[0] > GARBAGE_WINDOW:
            self._garbage.popleft()
        if len(self._garbage) > GARBAGE_LIMIT:
            self.services.chargers.security.raise_event(
                self.cp_id, "MalformedFrames", f"{len(self._garbage)} malformed frames in "
                f"{GARBAGE_WINDOW:.0f} s: the connection is closed", self.remote,
                alarming=False)
            await self.ws.close(1008, "too many malformed frames")

    async def _reply_error(self, uid: str, action: str, code: str, description: str,
                           details: dict[str, Any] | None = None) -> None:
        self._log(MessageDirection.OUTBOUND, MessageKind.CALLERROR, uid, action,
                  {"errorCode": code, "errorDescription": description,
                   "errorDetails": details or {}}, code)
        try:
            await self._send_text(frames.call_error(uid, code, description, details))
        except ConnectionClosed:
            pass

    async def _on_call(self, frame: frames.CallFrame) -> None:
        uid, action, payload = frame.unique_id, frame.action, frame.payload
        self._log(MessageDirection.INBOUND, MessageKind.CALL, uid, action, payload)
        handler = self.routes.get(action)
        if handler is None:
            kind = "not_supported" if self.validator.knows(action) else "not_implemented"
            await self._reply_error(uid, action, frames.error_code_for(self.wire_version, kind),
                                    f"{action} is not handled by this central system")
            return
        try:
            payload = self.validator.validate_request(action, payload, tolerant=self.tolerant)
        except SchemaViolation as exc:
            log.warning("%s %s violates the schema: %s", self.cp_id, action, exc.description)
            await self._reply_error(uid, action, exc.error_code, exc.description)
            return
        if self.registered and getattr(handler, "on_loop", False):
            outcome = self._dispatch(action, handler, payload)  # no database: answer now
        elif inspect.iscoroutinefunction(handler):  # a handler that awaits runs on the loop
            outcome = await self._run_async(action, handler, payload)
        else:  # the rest on the database thread: nothing slow on the loop
            outcome = await self.services.worker.call(self._dispatch, action, handler, payload)
        if outcome[0] != "ok":
            _, kind, description, details = outcome
            await self._reply_error(uid, action, frames.error_code_for(self.wire_version, kind),
                                    description, details)
            return
        result = outcome[1]
        self._log(MessageDirection.OUTBOUND, MessageKind.CALLRESULT, uid, action, result)
        try:
            await self._send_text(frames.call_result(uid, result))
        except ConnectionClosed:
            log.info("%s closed before the answer to %s was sent", self.cp_id, action)

    def _dispatch(self, action: str, handler: Handler, payload: dict[str, Any]) -> Outcome:
        """Run a synchronous handler (on the database thread): ("ok", answer) or
        ("error", kind, description, details)."""
        refused = self._refused(action)
        if refused is not None:
            return refused
        try:
            return ("ok", handler(self, payload))
        except Exception as exc:
            return self._failed(action, exc)

    async def _run_async(self, action: str, handler: Handler,
                         payload: dict[str, Any]) -> Outcome:
        refused = await self.services.worker.call(self._refused, action)
        if refused is not None:
            return refused
        try:
            result = handler(self, payload)
            if inspect.isawaitable(result):
                result = await result
            return ("ok", result)
        except Exception as exc:
            return self._failed(action, exc)

    def _refused(self, action: str) -> Outcome | None:
        if not self.registered and action != "BootNotification" and not self._admit_unbooted():
            return ("error", "security", "the charge point is not accepted by the central system",
                    None)
        return None

    def _failed(self, action: str, exc: Exception) -> Outcome:
        if isinstance(exc, HandlerError):
            return ("error", exc.kind, exc.description, exc.details)
        if isinstance(exc, ChargerInputError):
            return ("error", exc.kind, exc.description, None)
        log.error("%s: handler for %s failed", self.cp_id, action, exc_info=exc)
        return ("error", "internal", f"internal error: {type(exc).__name__}", None)

    def _admit_unbooted(self) -> bool:
        """A charger that reconnects without booting is served if it is already accepted."""
        if self.services.chargers.is_registered(self.cp_id):
            self.registered = True
        return self.registered

    # ------------------------------------------------------------------ answers
    def _on_answer(self, frame: frames.CallResultFrame | frames.CallErrorFrame) -> None:
        entry = self._pending.get(frame.unique_id)
        action = entry[0] if entry else self._expired.pop(frame.unique_id, "?")
        if isinstance(frame, frames.CallResultFrame):
            self._log(MessageDirection.INBOUND, MessageKind.CALLRESULT, frame.unique_id, action,
                      frame.payload)
        else:
            self._log(MessageDirection.INBOUND, MessageKind.CALLERROR, frame.unique_id, action,
                      {"errorCode": frame.error_code, "errorDescription": frame.error_description,
                       "errorDetails": frame.error_details}, frame.error_code)
        if entry is None:
            log.warning("%s answered an unknown or late CALL %s", self.cp_id, frame.unique_id)
            return
        fut = entry[1]
        if fut.done():
            return
        if isinstance(frame, frames.CallErrorFrame):
            fut.set_exception(CallRejected(frame.error_code, frame.error_description))
        else:
            fut.set_result(frame.payload)

    # ------------------------------------------------------------------ calling
    def prepare_payload(self, action: str, payload: dict[str, Any]) -> str:
        """Check a CALL payload against this connection's schemas and give its JSON text,
        to send (``call(..., prepared=text)``) to many chargers of the same version."""
        self.validator.validate_request(action, payload)
        return frames.encode_payload(payload)

    async def call(self, action: str, payload: dict[str, Any],
                   timeout: float | None = None, prepared: str | None = None) -> dict[str, Any]:
        """Send a CALL and return the charger's payload.

        Raises CallTimeout, CallRejected (a CALLERROR came back), ChargerOffline, or
        SchemaViolation (our request or the charger's answer breaks the schema).
        """
        if self.closed.is_set():
            raise ChargerOffline(self.cp_id)
        timeout = timeout if timeout is not None else self.services.settings.call_timeout
        uid = str(uuid.uuid4())
        if prepared is not None:  # checked and encoded once for many chargers
            self.services.messages.record_text(self.cp_id, MessageDirection.OUTBOUND,
                                               MessageKind.CALL, uid, action, prepared)
            text = frames.call_prepared(uid, action, prepared)
        elif _heavy(payload):
            # a local list of thousands of entries: schema check, JSON and the log row take
            # tens of ms of pure Python; in a thread the loop keeps its turns (GIL switch)
            text = await asyncio.get_running_loop().run_in_executor(
                None, self._prepare_call, uid, action, payload)
        else:
            text = self._prepare_call(uid, action, payload)
        async with self._call_lock:
            fut: asyncio.Future[Any] = asyncio.get_running_loop().create_future()
            self._pending[uid] = (action, fut)
            try:
                try:
                    await self._send_text(text)
                except ConnectionClosed as exc:
                    raise ChargerOffline(self.cp_id) from exc
                try:
                    answer: dict[str, Any] = await asyncio.wait_for(fut, timeout)
                except TimeoutError as exc:
                    self._expired[uid] = action  # a late answer is still logged with it
                    while len(self._expired) > EXPIRED_KEPT:
                        del self._expired[next(iter(self._expired))]
                    raise CallTimeout(Message(
                        QT_TR_NOOP("{charger} did not answer {action} in {seconds} s"),
                        charger=self.cp_id, action=action, seconds=timeout)) from exc
            finally:
                self._pending.pop(uid, None)
        return self.validator.validate_response(action, answer, tolerant=True)

    def _prepare_call(self, uid: str, action: str, payload: dict[str, Any]) -> str:
        """Check our request against the schema, log it, and give the frame's text."""
        self.validator.validate_request(action, payload)
        self._log(MessageDirection.OUTBOUND, MessageKind.CALL, uid, action, payload)
        return frames.call(uid, action, payload)

    def spawn(self, coro: Awaitable[Any], name: str = "") -> asyncio.Task[Any]:
        """Run follow-up work (e.g. a CALL after an answer) without blocking the reader."""
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)
        return task

    def _task_done(self, task: asyncio.Task[Any]) -> None:
        self._tasks.discard(task)
        if not task.cancelled() and task.exception() is not None:
            log.warning("%s: follow-up task failed: %r", self.cp_id, task.exception())

    async def close(self, code: int = 1000, reason: str = "") -> None:
        await self.ws.close(code, reason)

    async def alive(self, timeout: float) -> bool:
        """Does the charger answer a ping within ``timeout`` seconds?"""
        if self.closed.is_set():
            return False
        try:
            pong = await self.ws.ping()
            await asyncio.wait_for(pong, timeout)
        except (TimeoutError, ConnectionClosed):
            return False
        except Exception:  # the transport broke in some other way: not alive
            log.debug("%s: ping failed", self.cp_id, exc_info=True)
            return False
        return True
