"""The OCPP central system: a plain asyncio object (no Qt), ``start(host, port)`` / ``stop()``.

Charge points connect to ``ws://HOST:PORT/<anything>/<chargePointId>``; the identity is
the last path segment, URL-decoded. Subprotocols ``ocpp2.1``, ``ocpp2.0.1`` and
``ocpp1.6`` are offered; a client that offers none is served as 1.6 (real chargers do
this) and that is logged.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import logging
import os
import ssl
from collections.abc import Callable
from http import HTTPStatus
from typing import Any
from urllib.parse import unquote

from websockets.asyncio.server import Server, ServerConnection, serve
from websockets.datastructures import Headers
from websockets.http11 import Request, Response

from csms_desktop.domain.enums import OCPPVersion, RegistrationStatus
from csms_desktop.domain.identity import identity_problem
from csms_desktop.protocol.connection import Handler, OCPPConnection
from csms_desktop.services.certificates import peer_certificate
from csms_desktop.services.context import Services
from csms_desktop.services.memory import Trimmer
from csms_desktop.services.messagelog import MessageLog
from csms_desktop.services.nodebus import EXTRAS_KEY as NODE_BUS
from csms_desktop.services.security import (
    DUPLICATE_CONNECTION,
    INVALID_IDENTITY,
    NO_BOOT,
    TLS_FAILED,
)
from csms_desktop.store.db import refresh_statistics, release_database_memory
from csms_desktop.store.models import ChargePoint

log = logging.getLogger(__name__)

SUBPROTOCOL_PREFERENCE = ("ocpp2.1", "ocpp2.0.1", "ocpp1.6")
MAX_FRAME_BYTES = 1024 * 1024


def identity_from_path(path: str) -> str:
    """The last non-empty path segment, URL-decoded ('' when there is none)."""
    path = path.split("?", 1)[0]
    segments = [s for s in path.split("/") if s]
    return unquote(segments[-1]) if segments else ""


def basic_auth_password(headers: Headers, cp_id: str) -> str | None:
    value = headers.get("Authorization")
    if not value or not value.lower().startswith("basic "):
        return None
    try:
        decoded = base64.b64decode(value[6:].strip(), validate=True).decode("utf-8", "replace")
    except (binascii.Error, ValueError):
        return None
    user, sep, password = decoded.partition(":")
    if not sep or user != cp_id:
        return None
    return password


class OCPPServer:
    def __init__(self, services: Services,
                 routes: dict[OCPPVersion, dict[str, Handler]] | None = None) -> None:
        self.services = services
        self.routes = routes if routes is not None else default_routes()
        self.connections: dict[str, OCPPConnection] = {}
        self._server: Server | None = None  # ws://
        self._tls_server: Server | None = None  # wss://
        self.ssl_context: ssl.SSLContext | None = None
        self.tls_port = 0
        # the site CA's store when the TLS listener uses it (renewed by housekeeping)
        self.certificates: Any = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.host = ""
        self.port = 0
        self.on_stopped: list[Callable[[], None]] = []
        self._trimmer = Trimmer()

    @property
    def serves_ws(self) -> bool:
        """Whether the plain ws:// listener is on."""
        return self._server is not None

    @property
    def supported_subprotocols(self) -> list[str]:
        return [v.subprotocol for v in SUPPORTED if v in self.routes]

    # ------------------------------------------------------------------ lifecycle
    async def start(self, host: str = "0.0.0.0", port: int | None = 9000, *,
                    tls_port: int | None = None,
                    ssl_context: ssl.SSLContext | None = None) -> tuple[str, int]:
        """Listen on ``ws://host:port`` (``port`` None: no plain listener) and, with
        ``ssl_context``, on ``wss://host:tls_port`` (services/certificates.py makes the
        context); returns the bound (host, port) of the plain listener, else of the TLS
        one (port 0 picks a free one).

        Raises OSError when an address is in use or not available (nothing stays open).
        """
        if port is None and ssl_context is None:
            raise ValueError("neither ws:// nor wss://: nothing to listen on")
        self.services.hub.bind(asyncio.get_running_loop())
        self.services.worker.start()  # the database thread: handlers and commits
        if os.environ.get("CSMS_DB_THREAD_CHECK"):
            from csms_desktop.services.dbworker import report_other_threads
            from csms_desktop.store.db import database_proxy
            report_other_threads(database_proxy.obj, self.services.worker)
        self.services.writer.start()
        self.services.chargers.stopping = False
        options: dict[str, Any] = dict(
            subprotocols=self.supported_subprotocols,
            select_subprotocol=self._select_subprotocol,
            process_request=self._process_request,
            ping_interval=60,
            ping_timeout=60,
            # Bounded per connection: one frame of at most 1 MiB, at most 4 frames queued
            # (the reader handles CALLs one at a time; the rest wait in the TCP window).
            max_size=MAX_FRAME_BYTES,
            max_queue=4,
            # No permessage-deflate: OCPP frames are small, and a zlib compressor holds
            # ~300 KB per connection (1.5 GB for 5,000 chargers); declining it is allowed.
            compression=None,
            close_timeout=2,
            # asyncio's default backlog is 100: 2,000 chargers reconnecting at once after
            # a restart overflowed it and backed off for up to 30 s before retrying
            backlog=4096,
        )
        self.ssl_context, self.tls_port, self.port = None, 0, 0  # a restart starts afresh
        try:
            if port is not None:
                self._server = await serve(self._handle, host, port, **options)
                sock = next(iter(self._server.sockets))
                self.port = sock.getsockname()[1]
            if ssl_context is not None:
                self._tls_server = await serve(self._handle, host,
                                               9443 if tls_port is None else tls_port,
                                               ssl=ssl_context, **options)
                sock = next(iter(self._tls_server.sockets))
                self.tls_port = sock.getsockname()[1]
                self.ssl_context = ssl_context
        except OSError:
            for srv in (self._server, self._tls_server):
                if srv is not None:
                    srv.close()
            self._server = self._tls_server = None
            raise
        if port is None:
            self.port = self.tls_port
        self.host = host
        from csms_desktop.services.events import ServerStarted

        self.services.hub.publish(ServerStarted(host, self.port))
        self._spawn(self._housekeeping())
        subs = ", ".join(self.supported_subprotocols)
        if self._server is not None:
            log.info("OCPP server listening on ws://%s:%d/ (subprotocols %s)", host, self.port,
                     subs)
        if self._tls_server is not None:
            log.info("OCPP server listening on wss://%s:%d/ (subprotocols %s)", host,
                     self.tls_port, subs)
        return self.host, self.port

    async def stop(self) -> None:
        """Close every connection, stop listening and flush buffered writes."""
        for task in list(self._tasks):
            task.cancel()
        self.services.chargers.stopping = True
        listeners = [srv for srv in (self._server, self._tls_server) if srv is not None]
        for srv in listeners:
            srv.close()
        for srv in listeners:
            try:
                await asyncio.wait_for(srv.wait_closed(), 5)
            except TimeoutError:
                log.warning("some connections did not close within 5 s")
        self._server = self._tls_server = None
        await self.services.worker.stop()  # runs what is queued and commits
        await self.services.writer.stop()
        shown = ChargePoint.update(connected=False).where(ChargePoint.connected == True)  # noqa: E712
        presence = self.services.chargers.presence
        if presence is not None:  # several nodes: only what this one holds
            shown = shown.where(ChargePoint.id.in_(presence.held()))
        shown.execute()
        if presence is not None:
            presence.release_all()
        from csms_desktop.services.events import ServerStopped

        bus = self.services.extras.get(NODE_BUS)
        if bus is not None:  # after the connections' events: the other nodes see them
            await bus.stop()
        self.services.hub.publish(ServerStopped())
        for cb in self.on_stopped:
            cb()
        log.info("OCPP server stopped")

    def spawn_background(self, coro: Any) -> asyncio.Task[Any]:
        """Run ``coro`` next to the server; it is cancelled when the server stops."""
        return self._spawn(coro)

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    async def _housekeeping(self) -> None:
        """Periodic rules: silent chargers' sessions time out, reservations expire, log pruned."""
        last_prune = 0.0
        loop = asyncio.get_running_loop()
        while True:
            await asyncio.sleep(30)
            try:
                self._trim()
                worker = self.services.worker
                await worker.call(self.services.charging.expire_silent_sessions)
                await worker.call(self.services.charging.expire_reservations)
                if loop.time() - last_prune > 3600:
                    last_prune = loop.time()
                    await self._renew_certificate()
                    from csms_desktop.services.certificates import EXTRAS_KEY
                    from csms_desktop.services.security_profiles import expiry_notices

                    await worker.call(expiry_notices, self.services.notifier,
                                      self.certificates or self.services.extras.get(EXTRAS_KEY))
                    await worker.call(refresh_statistics)
                    n = await worker.call(MessageLog.prune,
                                          self.services.settings.message_log_retention_days)
                    if n:
                        log.info("pruned %d message-log rows past retention", n)
            except Exception:
                log.exception("housekeeping failed")

    async def _renew_certificate(self) -> None:
        """The site CA's server certificate re-issued 30 days before it expires (keys made
        off the loop), and loaded into the running listener (new connections get it)."""
        store = self.certificates
        if store is None or self.ssl_context is None:
            return
        try:
            loop = asyncio.get_running_loop()
            if await loop.run_in_executor(None, store.renew_if_due):
                store.reload(self.ssl_context)
                log.info("the server certificate was renewed")
        except Exception:
            log.exception("renewing the server certificate failed")

    def tls_refused(self, reason: str) -> None:
        """A TLS handshake failed (the charger is unknown: it never sent its path)."""
        self.services.chargers.security.raise_event("-", TLS_FAILED, reason)

    # ------------------------------------------------------------------ handshake
    def _select_subprotocol(self, connection: ServerConnection,
                            subprotocols: Any) -> Any:
        offered = list(subprotocols)
        if not offered:
            log.info("%s offered no subprotocol: served as OCPP 1.6",
                     connection.request.path if connection.request else "?")
            return None
        for sub in self.supported_subprotocols:
            if sub in offered:
                return sub
        return None  # refused in _handle with a clear close reason

    async def _process_request(self, connection: ServerConnection,
                               request: Request) -> Response | None:
        cp_id = identity_from_path(request.path)
        remote = _remote(connection)
        security = self.services.chargers.security
        problem = identity_problem(cp_id)
        if problem is not None:
            security.raise_event(cp_id or "-", INVALID_IDENTITY, problem, remote)
            status = HTTPStatus.NOT_FOUND if not cp_id else HTTPStatus.BAD_REQUEST
            return connection.respond(status, f"{problem}\n")
        password = basic_auth_password(request.headers, cp_id)
        ssl_object = connection.transport.get_extra_info("ssl_object")
        admission = await self.services.chargers.admit(
            cp_id, password, remote, self.services.worker, tls=ssl_object is not None,
            client_cert=peer_certificate(ssl_object))
        if not admission.allowed:
            response = connection.respond(HTTPStatus(admission.http_status),
                                          f"{admission.reason}\n")
            if admission.http_status == 401:
                response.headers["WWW-Authenticate"] = 'Basic realm="OCPP", charset="UTF-8"'
            if admission.retry_after is not None:
                response.headers["Retry-After"] = str(admission.retry_after)
            return response
        old = self.connection(cp_id)
        if old is not None and not admission.authenticated:
            # Only a charger that proved who it is may displace a live connection: an
            # unauthenticated newcomer with a known id is refused while the old one still
            # answers a ping (a half-open old connection does not, and is replaced).
            if await old.alive(self.services.settings.takeover_ping_timeout):
                security.raise_event(
                    cp_id, DUPLICATE_CONNECTION,
                    f"a second connection without credentials was refused; the connection "
                    f"from {old.remote} is alive", remote)
                return connection.respond(HTTPStatus.CONFLICT,
                                          "this charge point is already connected\n")
            log.info("%s: the connection from %s does not answer pings; it will be "
                     "replaced by the one from %s", cp_id, old.remote, remote)
        bus = self.services.extras.get(NODE_BUS)
        if old is None and bus is not None and not admission.authenticated and \
                await bus.alive_elsewhere(cp_id, self.services.settings.takeover_ping_timeout):
            # the same rule across the nodes of one database (services/nodebus.py)
            security.raise_event(
                cp_id, DUPLICATE_CONNECTION,
                "a second connection without credentials was refused; the charger's "
                "connection to another node is alive", remote)
            return connection.respond(HTTPStatus.CONFLICT,
                                      "this charge point is already connected\n")
        return None

    # ------------------------------------------------------------------ connection
    async def _handle(self, websocket: ServerConnection) -> None:
        assert websocket.request is not None
        cp_id = identity_from_path(websocket.request.path)
        offered = websocket.request.headers.get("Sec-WebSocket-Protocol")
        sub = websocket.subprotocol
        if sub is None and offered:
            log.warning("%s offered only %s: unsupported; closing", cp_id, offered)
            await websocket.close(1002, f"unsupported subprotocol {offered}")
            return
        version = OCPPVersion.from_subprotocol(sub)
        remote = _remote(websocket)
        worker = self.services.worker
        cp = await worker.call(ChargePoint.get_or_none, ChargePoint.id == cp_id, urgent=True)
        conn = OCPPConnection(websocket, cp_id, version, self.services, self.routes[version],
                              tolerant=bool(cp and cp.tolerant), remote=remote)
        old = self.connections.get(cp_id)
        if old is not None:
            log.warning("%s connected again from %s: the previous connection is replaced",
                        cp_id, remote)
            old.replaced = True
            # not awaited: a half-open old connection would hold the new one for the
            # whole close timeout
            self._spawn(old.close(1000, "replaced by a new connection"))
        self.connections[cp_id] = conn
        self._trimmer.seen(len(self.connections))
        if cp is not None:
            await worker.call(self.services.chargers.on_connected, cp_id, version, remote,
                              durable=True, urgent=True)
        conn.booted = cp is not None and cp.registration_status == RegistrationStatus.ACCEPTED
        log.info("%s connected from %s (%s)", cp_id, remote, sub or "no subprotocol: 1.6")
        watchdog = None if conn.booted else asyncio.get_running_loop().call_later(
            self.services.settings.boot_timeout, self._boot_overdue, conn)
        try:
            await conn.serve()
        finally:
            if watchdog is not None:
                watchdog.cancel()
            if self.connections.get(cp_id) is conn:
                del self.connections[cp_id]
            replaced = conn.replaced or (cp_id in self.connections)
            reason = _close_reason(websocket)
            log.info("%s disconnected (%s)", cp_id, reason)
            try:
                await worker.call(self.services.chargers.on_disconnected, cp_id, reason,
                                  replaced, durable=True)
            except Exception:
                log.exception("recording the disconnection of %s failed", cp_id)
            self._trim()

    def _trim(self) -> None:
        """After connections went away: heap and page cache back to the OS."""
        # the page cache that grows is the database thread's connection's: shrink it there
        self._trimmer.tick(len(self.connections), release_database_memory,
                           submit=self._submit_trim)

    def _submit_trim(self, job: Callable[[], None]) -> None:
        self.services.worker.submit(job)
        _submit_builder_shrink()

    def _boot_overdue(self, conn: OCPPConnection) -> None:
        """A connection that never booted is closed: an idle socket holds memory, and an
        unknown id that sends nothing has nothing to do here."""
        if conn.booted or conn.closed.is_set():
            return
        timeout = self.services.settings.boot_timeout
        self.services.chargers.security.raise_event(
            conn.cp_id, NO_BOOT, f"no BootNotification within {timeout} s: closed", conn.remote)
        self._spawn(conn.close(1008, f"no BootNotification within {timeout} s"))

    def taken_elsewhere(self, cp_id: str) -> None:
        """Another node on the database holds ``cp_id``'s newer connection: the one here
        (half-open, or a charger that moved) is closed."""
        conn = self.connections.get(cp_id)
        if conn is not None and not conn.closed.is_set():
            log.warning("%s connected to another node: the connection from %s is closed",
                        cp_id, conn.remote)
            self._spawn(conn.close(1000, "connected to another node"))

    def connection(self, cp_id: str) -> OCPPConnection | None:
        conn = self.connections.get(cp_id)
        if conn is None or conn.closed.is_set():
            return None
        return conn



def _remote(connection: ServerConnection) -> str:
    try:
        host, port = connection.remote_address[:2]
        return f"{host}:{port}"
    except Exception:
        return "?"


def _close_reason(ws: ServerConnection) -> str:
    rcvd = ws.protocol.close_rcvd
    sent = ws.protocol.close_sent
    if rcvd is not None:
        return f"closed by charger ({rcvd.code} {rcvd.reason})".strip()
    if sent is not None:
        return f"closed by server ({sent.code} {sent.reason})".strip()
    return "connection lost"


SUPPORTED: tuple[OCPPVersion, ...] = (OCPPVersion.OCPP21, OCPPVersion.OCPP20, OCPPVersion.OCPP16)


def default_routes() -> dict[OCPPVersion, dict[str, Handler]]:
    from csms_desktop.protocol.v16 import ROUTES as V16

    routes: dict[OCPPVersion, dict[str, Handler]] = {OCPPVersion.OCPP16: V16}
    try:
        from csms_desktop.protocol.v201 import ROUTES as V201  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return routes
    routes[OCPPVersion.OCPP20] = V201
    try:
        from csms_desktop.protocol.v201 import ROUTES_21 as V21  # type: ignore[attr-defined,unused-ignore]
    except ImportError:
        return routes
    routes[OCPPVersion.OCPP21] = V21
    return routes


def _submit_builder_shrink() -> None:
    """The local list builder's own connection holds a page cache of the tag reads."""
    from csms_desktop.services import local_list

    if local_list._BUILDER:
        local_list._BUILDER[0].submit(release_database_memory)
