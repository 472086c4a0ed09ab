"""Several OCPP nodes on one PostgreSQL database (issue 19): presence, routing, live events.

A node is one ``serve`` process (or a GUI with its server) on a PostgreSQL database. Every
node has a row in ``csms_node`` with a heartbeat, and claims the chargers whose websocket it
holds in ``charger_presence`` (the newest connection wins: a charger connecting to node B
while node A still claims it is B's from then on, and A is told to drop its connection).

Nodes talk through PostgreSQL ``LISTEN/NOTIFY``, no other broker:

* channel ``csms_node_<id>``: messages for one node, a command for a charger it holds
  (``cmd``) and the answer to a command it routed (``res``), or a charger taken over by
  another node (``taken``);
* channel ``csms_events``: the hub's events of every node, batched (every 50 ms), delivered
  on the other nodes to the subscribers that asked for remote events (the API's event
  stream, the GUI), never to the services (a node's load manager or follow-ups act only on
  its own chargers' events), and never echoed back or relayed again. The exception is
  ``DriversChanged`` (tags edited on any node): each node's local list service pushes the
  new lists to the chargers connected to it.

A payload over the NOTIFY limit (8,000 bytes) goes into a row of ``node_message`` and the
notification carries its id. One connection in autocommit LISTENs, watched by
``loop.add_reader`` on its socket; another (asynchronous psycopg2, also on the loop)
sends and queries; nothing blocks the event loop and no thread waits on the database.

This module carries plain values (names, dicts); ``protocol.commands`` turns requests and
results into them and back. SQLite sites have no bus.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import secrets
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import fields, is_dataclass
from datetime import datetime
from decimal import Decimal
from enum import Enum
from typing import TYPE_CHECKING, Any

from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services import events as ev
from csms_desktop.services.drivers import DriversChanged
from csms_desktop.store.models import ChargePoint
from csms_desktop.store.node_models import ChargerPresence

if TYPE_CHECKING:
    from csms_desktop.services.context import Services

log = logging.getLogger(__name__)

EXTRAS_KEY = "node_bus"
VIEWER_KEY = "no_server"  # extras: a GUI without an OCPP server (``--no-server``)
EVENTS_CHANNEL = "csms_events"
NOTIFY_LIMIT = 7800  # bytes of payload (PostgreSQL refuses 8,000 and more)
EVENT_BATCH_S = 0.05
HEARTBEAT_S = 5.0
STALE_S = 20.0  # a node silent this long is dead: its claims are swept
ROUTE_MARGIN_S = 5.0  # beyond the charger's own call timeout
MESSAGE_KEPT_S = 600  # node_message rows of broadcasts are pruned after this

# the hub's events other nodes see (server start/stop are each node's own)
RELAYED: dict[str, type[ev.Event]] = {cls.__name__: cls for cls in (
    ev.ChargerConnected, ev.ChargerDisconnected, ev.ChargerBooted, ev.ChargerUpdated,
    ev.ConnectorStatusChanged, ev.MeterSampled, ev.TransactionStarted, ev.TransactionEnded,
    ev.NotificationCreated, ev.MessagesLogged, ev.SecurityEvent, ev.UnknownTagSeen,
    DriversChanged)}

Executor = Callable[[str, str, dict[str, Any], float | None], Awaitable[dict[str, Any]]]
UTC_NOW = "(now() AT TIME ZONE 'UTC')"
# the routed request "does the connection you hold answer a ping?" (a takeover check)
ALIVE = "__alive__"


# ---------------------------------------------------------------------- the wire
def encode(value: Any) -> Any:
    """JSON-able ``value`` whose datetimes, Decimals and Messages come back as they were
    (:func:`decode`)."""
    if isinstance(value, Message):
        return {"$msg": value.template, "f": encode(value.fields)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if isinstance(value, datetime):
        return {"$dt": value.isoformat()}
    if isinstance(value, Decimal):
        return {"$dec": str(value)}
    if isinstance(value, dict):
        return {str(k): encode(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [encode(v) for v in value]
    return str(value)


def decode(value: Any) -> Any:
    if isinstance(value, list):
        return [decode(v) for v in value]
    if not isinstance(value, dict):
        return value
    if len(value) == 1 and "$dt" in value:
        return datetime.fromisoformat(value["$dt"])
    if len(value) == 1 and "$dec" in value:
        return Decimal(value["$dec"])
    if len(value) == 2 and "$msg" in value and "f" in value:
        try:
            return Message(value["$msg"], **decode(value["f"]))
        except (KeyError, IndexError, ValueError, TypeError):
            return str(value["$msg"])
    return {k: decode(v) for k, v in value.items()}


def event_to_wire(event: ev.Event) -> dict[str, Any]:
    assert is_dataclass(event)
    return {"k": type(event).__name__,
            "f": encode({f.name: getattr(event, f.name) for f in fields(event)})}


def event_from_wire(item: dict[str, Any]) -> ev.Event | None:
    cls = RELAYED.get(str(item.get("k")))
    if cls is None:
        return None
    try:
        return cls(**decode(item.get("f") or {}))
    except TypeError:  # a node of another version: a field it has and we do not
        log.warning("an event %s from another node does not fit this version", item.get("k"))
        return None


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def node_channel(node_id: str) -> str:
    return f"csms_node_{node_id}"


# ---------------------------------------------------------------------- presence
class Presence:
    """This node's claims in ``charger_presence``; called on the database thread (the
    connection bookkeeping of ``ChargerService``), in the same commit as ``connected``."""

    def __init__(self, node_id: str, on_taken: Callable[[str, str], None]) -> None:
        self.node_id = node_id
        self._on_taken = on_taken  # (previous node, charger): tell that node

    def claim(self, cp_id: str) -> None:
        """The charger's connection is here now; the node that held it is told."""
        previous = (ChargerPresence.select(ChargerPresence.node_id)
                    .where(ChargerPresence.charge_point_id == cp_id).scalar())
        now = utcnow()
        ChargerPresence.insert(charge_point_id=cp_id, node_id=self.node_id,
                               connected_at=now).on_conflict(
            conflict_target=[ChargerPresence.charge_point_id],
            update={ChargerPresence.node_id: self.node_id,
                    ChargerPresence.connected_at: now}).execute()
        if previous is not None and previous != self.node_id:
            log.info("%s: connected here; node %s held it until now", cp_id, previous)
            self._on_taken(str(previous), cp_id)

    def release(self, cp_id: str) -> bool:
        """The charger's connection here closed. False when another node holds it now (its
        ``connected`` flag is that node's to keep)."""
        holder = (ChargerPresence.select(ChargerPresence.node_id)
                  .where(ChargerPresence.charge_point_id == cp_id).scalar())
        if holder is not None and holder != self.node_id:
            return False
        ChargerPresence.delete().where((ChargerPresence.charge_point_id == cp_id)
                                       & (ChargerPresence.node_id == self.node_id)).execute()
        return True

    def held(self) -> Any:
        """The ids this node claims (a subquery)."""
        return ChargerPresence.select(ChargerPresence.charge_point_id).where(
            ChargerPresence.node_id == self.node_id)

    def release_all(self) -> None:
        ChargerPresence.delete().where(ChargerPresence.node_id == self.node_id).execute()


# ---------------------------------------------------------------------- the bus
async def _wait(conn: Any) -> None:
    """Drive an asynchronous psycopg2 connection until its operation is done, on the loop
    (the socket's readiness, never a blocking call)."""
    import psycopg2.extensions as ext

    loop = asyncio.get_running_loop()
    while True:
        state = conn.poll()
        if state == ext.POLL_OK:
            return
        fd = conn.fileno()
        done: asyncio.Future[None] = loop.create_future()

        def ready(f: asyncio.Future[None] = done) -> None:
            if not f.done():
                f.set_result(None)

        if state == ext.POLL_READ:
            watch, unwatch = loop.add_reader, loop.remove_reader
        elif state == ext.POLL_WRITE:
            watch, unwatch = loop.add_writer, loop.remove_writer
        else:  # pragma: no cover - psycopg2 documents no other state
            raise RuntimeError(f"unexpected poll state {state}")
        watch(fd, ready)
        try:
            await done
        finally:
            unwatch(fd)


async def _connect(url: str) -> Any:
    import psycopg2

    from csms_desktop.services.backup.postgres import connection_args

    _, _, kw = connection_args(url)
    conn = psycopg2.connect(**kw, async_=True, application_name="csms-desktop node")
    await _wait(conn)
    return conn


class NodeBus:
    def __init__(self, services: Services, url: str, name: str = "",
                 node_id: str | None = None) -> None:
        self.services = services
        self.url = url
        self.name = name
        self.node_id = node_id or secrets.token_hex(6)
        self.channel = node_channel(self.node_id)
        self.presence = Presence(self.node_id, self._taken_elsewhere)
        self.executor: Executor | None = None  # runs a command on a connection held here
        self.on_taken: Callable[[str], None] | None = None  # drop the connection of a charger
        self._listen: Any = None
        self._send: Any = None
        self._lock = asyncio.Lock()  # one operation at a time on the sending connection
        self._pending: dict[str, asyncio.Future[dict[str, Any]]] = {}
        self._inbox: asyncio.Queue[dict[str, Any]] = asyncio.Queue()
        self._outbox: list[dict[str, Any]] = []
        self._flush: asyncio.TimerHandle | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self._unsubscribe: Callable[[], None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self.route_margin = ROUTE_MARGIN_S
        # whether another live node exists: events are encoded and sent only then (a
        # single node on PostgreSQL does no work for nobody); a node that starts says hello
        self.peers = 0
        # chargers connected to the other live nodes (loaded at start, then followed by
        # their connect/disconnect events): the site's count on every node's status bar
        self.elsewhere: set[str] = set()
        self.stopping = False
        self.sent = self.received = self.routed = self.remote_events = 0

    # ------------------------------------------------------------------ lifecycle
    async def start(self) -> None:
        """Connect, LISTEN, register this node and relay the hub's events. Raises
        psycopg2.Error when the database cannot be reached."""
        self._loop = asyncio.get_running_loop()
        self._listen = await _connect(self.url)
        self._send = await _connect(self.url)
        for channel in (self.channel, EVENTS_CHANNEL):
            cur = self._listen.cursor()
            cur.execute(f'LISTEN "{channel}"')
            await _wait(self._listen)
        # from now on this connection only receives: its socket is watched for good
        self._loop.add_reader(self._listen.fileno(), self._readable)
        await self._execute(
            f"INSERT INTO csms_node (id, name, started_at, heartbeat_at) "
            f"VALUES (%s, %s, {UTC_NOW}, {UTC_NOW})", (self.node_id, self.name))
        self.services.chargers.presence = self.presence
        self.services.extras[EXTRAS_KEY] = self
        self._unsubscribe = self.services.hub.subscribe(None, self._local_event)
        self._spawn(self._consume())
        self._spawn(self._heartbeat())
        await self._count_peers()
        rows = await self._execute(
            f"SELECT p.charge_point_id FROM charger_presence p JOIN csms_node n "
            f"ON n.id = p.node_id WHERE p.node_id <> %s AND n.stopped_at IS NULL "
            f"AND n.heartbeat_at > {UTC_NOW} - make_interval(secs => %s)",
            (self.node_id, STALE_S), fetch=True)
        self.elsewhere = {str(r[0]) for r in rows}
        await self._notify(EVENTS_CHANNEL, {"t": "hello"})
        log.info("node %s (%s) on the database bus", self.node_id, self.name)

    async def stop(self) -> None:
        """Flush the events, mark this node stopped; the claims were released by the
        server's stop (each connection closing)."""
        self.stopping = True
        if self._unsubscribe is not None:
            self._unsubscribe()
        if self._flush is not None:
            self._flush.cancel()
            self._flush = None
        try:
            if self._send is None:  # it never started
                return
            await self._publish_events()
            await self._execute(f"UPDATE csms_node SET stopped_at = {UTC_NOW} WHERE id = %s",
                                (self.node_id,))
            await self._execute("DELETE FROM charger_presence WHERE node_id = %s",
                                (self.node_id,))
        except Exception:
            log.exception("node %s: could not record its stop", self.node_id)
        finally:
            await self._close()

    async def _close(self) -> None:
        for task in list(self._tasks):
            task.cancel()
        await asyncio.gather(*self._tasks, return_exceptions=True)
        for fut in self._pending.values():
            if not fut.done():
                fut.cancel()
        if self._listen is not None and self._loop is not None:
            with contextlib.suppress(Exception):
                self._loop.remove_reader(self._listen.fileno())
        for conn in (self._listen, self._send):
            if conn is not None:
                conn.close()
        self._listen = self._send = None
        self.services.extras.pop(EXTRAS_KEY, None)

    def _spawn(self, coro: Any) -> asyncio.Task[Any]:
        task = asyncio.ensure_future(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    # ------------------------------------------------------------------ sending
    async def _execute(self, sql: str, params: tuple[Any, ...] = (),
                       fetch: bool = False) -> list[tuple[Any, ...]]:
        """One statement on the sending connection (a broken connection is opened again
        for the next statement; this one's error is raised)."""
        async with self._lock:
            if self._send is None or self._send.closed:
                self._send = await _connect(self.url)
            cur = self._send.cursor()
            try:
                cur.execute(sql, params)
                await _wait(self._send)
            except Exception:
                if self._send.closed:
                    log.warning("node %s: the database connection broke", self.node_id)
                raise
            return list(cur.fetchall()) if fetch else []

    async def _notify(self, channel: str, message: dict[str, Any], keep: bool = False) -> None:
        """NOTIFY ``message`` on ``channel``; too big for a payload: stored in a row of
        ``node_message`` (deleted by its reader, or pruned later when ``keep``: a
        broadcast has several readers)."""
        message["from"] = self.node_id
        text = _dumps(message)
        if len(text.encode()) > NOTIFY_LIMIT:
            rows = await self._execute(
                f"INSERT INTO node_message (created_at, body) VALUES ({UTC_NOW}, %s) "
                f"RETURNING id", (text,), fetch=True)
            text = _dumps({"t": "ref", "id": rows[0][0], "keep": keep, "from": self.node_id})
        await self._execute("SELECT pg_notify(%s, %s)", (channel, text))
        self.sent += 1

    # ------------------------------------------------------------------ receiving
    def _readable(self) -> None:
        """The LISTEN connection's socket has data: the notifications, in order."""
        conn = self._listen
        if conn is None:
            return
        try:
            conn.poll()
        except Exception:
            log.exception("node %s: the LISTEN connection failed; reconnecting", self.node_id)
            assert self._loop is not None
            with contextlib.suppress(Exception):  # a closed connection has no fileno
                self._loop.remove_reader(conn.fileno())
            self._spawn(self._relisten())
            return
        while conn.notifies:
            note = conn.notifies.pop(0)
            try:
                message = json.loads(note.payload)
            except ValueError:
                log.warning("node %s: an unreadable notification on %s", self.node_id,
                            note.channel)
                continue
            if isinstance(message, dict) and message.get("from") != self.node_id:
                self._inbox.put_nowait(message)

    async def _relisten(self) -> None:
        delay = 0.5
        while not self.stopping:
            try:
                old, self._listen = self._listen, None
                if old is not None:
                    old.close()
                conn = await _connect(self.url)
                for channel in (self.channel, EVENTS_CHANNEL):
                    cur = conn.cursor()
                    cur.execute(f'LISTEN "{channel}"')
                    await _wait(conn)
                self._listen = conn
                assert self._loop is not None
                self._loop.add_reader(conn.fileno(), self._readable)
                log.info("node %s: listening again", self.node_id)
                return
            except Exception as exc:
                log.warning("node %s: cannot listen yet (%s)", self.node_id, exc)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 10.0)

    async def _consume(self) -> None:
        """Handle what arrived, in arrival order (a stored payload is fetched before the
        next message is handled, so events keep their order)."""
        while True:
            message = await self._inbox.get()
            self.received += 1
            try:
                if message.get("t") == "ref":
                    sql = ("SELECT body FROM node_message WHERE id = %s" if message.get("keep")
                           else "DELETE FROM node_message WHERE id = %s RETURNING body")
                    rows = await self._execute(sql, (int(message["id"]),), fetch=True)
                    if not rows:
                        log.warning("node %s: stored message %s is gone", self.node_id,
                                    message["id"])
                        continue
                    message = json.loads(rows[0][0])
                self._handle(message)
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("node %s: a message from node %s failed", self.node_id,
                              message.get("from"))

    def _handle(self, message: dict[str, Any]) -> None:
        kind = message.get("t")
        if kind == "hello":
            self.peers = max(self.peers, 1)
        elif kind == "ev":
            for item in message.get("e") or ():
                event = event_from_wire(item)
                if isinstance(event, ev.ChargerConnected):
                    self.elsewhere.add(event.charge_point_id)
                elif isinstance(event, ev.ChargerDisconnected):
                    self.elsewhere.discard(event.charge_point_id)
                if event is not None:
                    self.remote_events += 1
                    self.services.hub.deliver_remote(event)
        elif kind == "cmd":
            self._spawn(self._run_command(message))
        elif kind == "res":
            fut = self._pending.get(str(message.get("id")))
            if fut is not None and not fut.done():
                fut.set_result(message.get("r") or {})
        elif kind == "taken":
            cp_id = str(message.get("cp"))
            if self.on_taken is not None:
                self.on_taken(cp_id)

    # ------------------------------------------------------------------ commands
    async def holder(self, cp_id: str) -> tuple[str, bool] | None:
        """(node, alive) holding ``cp_id``'s connection, None when no node claims it."""
        rows = await self._execute(
            f"SELECT p.node_id, COALESCE(n.stopped_at IS NULL AND n.heartbeat_at > "
            f"{UTC_NOW} - make_interval(secs => %s), false) "
            f"FROM charger_presence p LEFT JOIN csms_node n ON n.id = p.node_id "
            f"WHERE p.charge_point_id = %s", (STALE_S, cp_id), fetch=True)
        return (str(rows[0][0]), bool(rows[0][1])) if rows else None

    async def route(self, cp_id: str, name: str, args: dict[str, Any],
                    timeout: float | None, margin: float | None = None
                    ) -> dict[str, Any] | None:
        """Send the command to the node that holds ``cp_id`` and wait for its answer (a
        result as ``protocol.commands`` encodes it). None when no live node holds the
        charger; ``{"o": "timed out", ...}`` when the holder does not answer in time."""
        found = await self.holder(cp_id)
        if found is None or found[0] == self.node_id or not found[1]:
            return None
        node = found[0]
        corr = uuid.uuid4().hex
        assert self._loop is not None
        fut: asyncio.Future[dict[str, Any]] = self._loop.create_future()
        self._pending[corr] = fut
        wait = (timeout if timeout is not None else self.services.settings.call_timeout)
        wait += self.route_margin if margin is None else margin
        self.routed += 1
        try:
            await self._notify(node_channel(node), {
                "t": "cmd", "id": corr, "cp": cp_id, "name": name, "args": encode(args),
                "timeout": timeout})
            return await asyncio.wait_for(fut, wait)
        except TimeoutError:
            return {"o": "timed out", "d": encode(Message(QT_TR_NOOP(
                "node {node} did not answer within {seconds} s"), node=node,
                seconds=f"{wait:g}"))}
        finally:
            self._pending.pop(corr, None)

    async def alive_elsewhere(self, cp_id: str, timeout: float) -> bool:
        """Does another live node hold a connection of ``cp_id`` that answers a ping
        within ``timeout``? (An unauthenticated newcomer does not displace it, as on one
        node.) A holder that does not answer in time counts as not alive."""
        answer = await self.route(cp_id, ALIVE, {"timeout": timeout}, timeout, margin=1.0)
        return bool(answer and answer.get("alive"))

    async def _run_command(self, message: dict[str, Any]) -> None:
        cp_id, name = str(message.get("cp")), str(message.get("name"))
        try:
            if self.executor is None:
                raise RuntimeError("this node runs no command executor")
            result = await self.executor(cp_id, name, decode(message.get("args") or {}),
                                         message.get("timeout"))
        except Exception as exc:
            log.exception("%s: the routed command %s failed", cp_id, name)
            result = {"o": "error", "d": str(exc)}
        await self._notify(node_channel(str(message["from"])),
                           {"t": "res", "id": message.get("id"), "r": result})

    def _taken_elsewhere(self, previous: str, cp_id: str) -> None:
        """(database thread) ``cp_id`` connected here while ``previous`` claimed it."""
        loop = self._loop
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._spawn, self._notify(
                node_channel(previous), {"t": "taken", "cp": cp_id}))

    # ------------------------------------------------------------------ events
    def _local_event(self, event: ev.Event) -> None:
        """A hub event of this node: broadcast with the next batch (the hub delivers on
        the loop thread)."""
        if isinstance(event, ev.ChargerConnected | ev.ChargerDisconnected):
            # here now (it may have come from another node), or swept from a dead one
            self.elsewhere.discard(event.charge_point_id)
        if not self.peers or type(event).__name__ not in RELAYED or self.stopping:
            return
        self._outbox.append(event_to_wire(event))
        if self._flush is None and self._loop is not None:
            self._flush = self._loop.call_later(EVENT_BATCH_S, self._flush_now)

    def _flush_now(self) -> None:
        self._flush = None
        self._spawn(self._publish_events())

    async def _publish_events(self) -> None:
        batch, self._outbox = self._outbox, []
        chunk: list[dict[str, Any]] = []
        size = 0
        for item in batch:
            n = len(_dumps(item).encode()) + 1
            if chunk and size + n > NOTIFY_LIMIT - 64:
                await self._notify(EVENTS_CHANNEL, {"t": "ev", "e": chunk}, keep=True)
                chunk, size = [], 0
            chunk.append(item)
            size += n
        if chunk:
            await self._notify(EVENTS_CHANNEL, {"t": "ev", "e": chunk}, keep=True)

    # ------------------------------------------------------------------ liveness
    async def _heartbeat(self) -> None:
        while True:
            await asyncio.sleep(HEARTBEAT_S)
            try:
                await self.beat()
            except asyncio.CancelledError:
                raise
            except Exception:
                log.exception("node %s: heartbeat failed", self.node_id)

    async def _count_peers(self) -> None:
        rows = await self._execute(
            f"SELECT count(*) FROM csms_node WHERE id <> %s AND stopped_at IS NULL "
            f"AND heartbeat_at > {UTC_NOW} - make_interval(secs => %s)",
            (self.node_id, STALE_S), fetch=True)
        self.peers = int(rows[0][0])

    async def beat(self) -> list[str]:
        """Heartbeat, and sweep nodes silent for STALE_S: their claims are deleted and
        their chargers shown disconnected (unless they already reconnected elsewhere).
        Returns the chargers swept."""
        await self._execute(f"UPDATE csms_node SET heartbeat_at = {UTC_NOW}, "
                            f"stopped_at = NULL WHERE id = %s", (self.node_id,))
        table = ChargePoint._meta.table_name
        rows = await self._execute(
            f"WITH dead AS (UPDATE csms_node SET stopped_at = {UTC_NOW} "
            f"  WHERE stopped_at IS NULL AND id <> %s "
            f"  AND heartbeat_at < {UTC_NOW} - make_interval(secs => %s) RETURNING id), "
            f"gone AS (DELETE FROM charger_presence p USING dead WHERE p.node_id = dead.id "
            f"  RETURNING p.charge_point_id, p.node_id) "
            f'UPDATE "{table}" c SET connected = false FROM gone '
            f"WHERE c.id = gone.charge_point_id RETURNING c.id, gone.node_id",
            (self.node_id, STALE_S), fetch=True)
        await self._execute(f"DELETE FROM node_message WHERE created_at < {UTC_NOW} - "
                            f"make_interval(secs => %s)", (MESSAGE_KEPT_S,))
        await self._count_peers()
        for cp_id, node in rows:
            log.warning("%s: node %s stopped answering; shown disconnected", cp_id, node)
            self.services.hub.publish(ev.ChargerDisconnected(
                str(cp_id), f"node {node} stopped answering"))
        return [str(r[0]) for r in rows]


def site_connected(services: Services) -> int:
    """Chargers connected to this process and, on a shared database, to the other nodes."""
    bus = services.extras.get(EXTRAS_KEY)
    here = services.chargers.connected
    if bus is None:
        return len(here)
    return len(here) + len(bus.elsewhere.difference(here))


def open_bus(services: Services, url: str, name: str) -> NodeBus | None:
    """A bus for a PostgreSQL database (not started), None for SQLite (one node)."""
    if not url.startswith(("postgresql:", "postgres:")):
        return None
    return NodeBus(services, url, name)
