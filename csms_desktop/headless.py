"""Start-up shared by every mode, and ``serve``: the server and services without Qt."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import gc
import logging
import logging.handlers
import signal
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from csms_desktop.paths import default_db_url, log_dir
from csms_desktop.protocol.server import OCPPServer
from csms_desktop.services.context import Services, build_services
from csms_desktop.services.settings import load_settings
from csms_desktop.store.db import (
    DatabaseError,
    close_database,
    is_sqlite,
    open_database,
    refresh_statistics,
)
from csms_desktop.store.migrations import migrate_database

log = logging.getLogger("csms_desktop")


class StartupError(Exception):
    """A problem a person can fix; printed as one line, exit status 2."""


@dataclass
class Runtime:
    services: Services
    server: OCPPServer
    db_url: str


def setup_logging(level: str) -> None:
    """Log to stdout and to a rotating file in the user's log directory (a windowed
    Windows build has no console, so the file is where an attendant's logs end up)."""
    fmt = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
    handlers: list[logging.Handler] = []
    if sys.stdout is not None:
        handlers.append(logging.StreamHandler(sys.stdout))
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handlers.append(logging.handlers.RotatingFileHandler(
            folder / "csms-desktop.log", maxBytes=10 * 1024 * 1024, backupCount=5,
            encoding="utf-8"))
    except OSError as exc:  # a read-only home still runs, logging to stdout only
        print(f"csms-desktop: no log file ({exc})", file=sys.stderr)
    from csms_desktop.services.ratelimit import LogFloodFilter

    flood = LogFloodFilter()  # one charger repeating itself cannot fill the log file
    for handler in handlers:
        handler.addFilter(flood)
    logging.basicConfig(level=getattr(logging, level.upper(), logging.INFO), format=fmt,
                        handlers=handlers, force=True)
    logging.getLogger("websockets").setLevel(logging.WARNING)
    # The ocpp library logs every frame at INFO; in demo mode its simulated chargers share
    # this process and flooded the console and log file. Our own message log keeps frames.
    logging.getLogger("ocpp").setLevel(logging.WARNING)


MIGRATION_LOCK = 0x63736D73  # "csms": the advisory lock nodes migrate under


@contextlib.contextmanager
def migration_lock(db: Any) -> Iterator[None]:
    """PostgreSQL: one process migrates at a time (nodes started together on a new
    database would both create the tables); the others wait, then find it up to date."""
    if is_sqlite():
        yield
        return
    db.execute_sql("SELECT pg_advisory_lock(%s)", (MIGRATION_LOCK,))
    try:
        yield
    finally:
        db.execute_sql("SELECT pg_advisory_unlock(%s)", (MIGRATION_LOCK,))


def open_store(url: str | None) -> str:
    from csms_desktop.services.backup import hooks as backup_hooks

    url = url or default_db_url()
    try:
        db = open_database(url)
        with migration_lock(db):
            migrate_database(db, before_migration=backup_hooks.before_migration)
        backup_hooks.record_deferred()
        refresh_statistics()
    except DatabaseError as exc:
        raise StartupError(str(exc)) from exc
    except Exception as exc:  # corrupt file, newer schema, permissions
        raise StartupError(f"cannot use database {url}: {exc}") from exc
    return url


def build_runtime(args: argparse.Namespace) -> Runtime:
    from csms_desktop.services.backup.hooks import hold_database
    from csms_desktop.store.server_lock import DatabaseInUse

    url = args.db or default_db_url()
    if getattr(args, "no_server", False) and not url.startswith(("postgresql:", "postgres:")):
        raise StartupError(NO_SERVER_NEEDS_PG)
    try:  # held while the server runs: `db restore` refuses meanwhile
        lock = hold_database(url, f"csms-desktop {getattr(args, 'command', None) or 'GUI'}")
    except DatabaseInUse as exc:
        raise StartupError(str(exc)) from exc
    try:
        url = open_store(url)
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    settings = load_settings()
    services = build_services(settings)
    if args.unknown_chargers:
        services.apply_settings(unknown_charger_policy=args.unknown_chargers)
    from csms_desktop.services.sites import ensure_site

    site = getattr(args, "site", None)
    try:
        services.chargers.site_id = ensure_site(
            site if site is not None else settings.node_site).id
    except ValueError as exc:
        if lock is not None:
            lock.release()
        raise StartupError(f"--site: {exc}") from exc
    rt = Runtime(services, OCPPServer(services), url)
    if lock is not None:
        services.extras["server_lock"] = lock
        rt.server.on_stopped.append(lock.release)
    return rt


def tls_listener(rt: Runtime, args: argparse.Namespace) -> tuple[int | None, Any]:
    """(port, ssl context) of the wss:// listener, or (None, None) when it is off:
    options over settings; the certificate is --tls-cert/--tls-key, the ``tls_cert``/
    ``tls_key`` settings, or the site CA's in ``<data dir>/tls/`` (created on first use)."""
    from csms_desktop.paths import data_dir
    from csms_desktop.services.certificates import (
        EXTRAS_KEY,
        CertificateError,
        CertificateStore,
        site_names,
    )

    settings = rt.services.settings
    tls = getattr(args, "tls", None)
    if not (settings.tls_enabled if tls is None else tls):
        return None, None
    port = getattr(args, "tls_port", None)
    port = settings.tls_port if port is None else port
    cert = getattr(args, "tls_cert", None) or settings.tls_cert or None
    key = getattr(args, "tls_key", None) or settings.tls_key or None
    if bool(cert) != bool(key):
        raise StartupError("give both --tls-cert and --tls-key (PEM files), or neither")
    store = CertificateStore(data_dir() / "tls", hostnames=site_names(settings))
    try:
        context = store.server_context(on_refused=rt.server.tls_refused, cert=cert, key=key)
    except (CertificateError, OSError) as exc:
        raise StartupError(f"cannot start wss://: {exc}") from exc
    if cert is None:
        rt.server.certificates = store  # renewed by the server's housekeeping
    rt.services.extras[EXTRAS_KEY] = store  # signs chargers' CSRs (1.6 SignCertificate)
    return port, context


NO_SERVER_NEEDS_PG = ("--no-server needs the site's PostgreSQL database (--db "
                      "postgresql://...): on SQLite this window is the only node")


async def start_viewer(rt: Runtime, args: argparse.Namespace) -> None:
    """``--no-server``: no OCPP server and no background services (the nodes run them);
    this process joins the nodes' bus for their events and routes commands to them, and
    runs the API like every mode. PostgreSQL only."""
    from csms_desktop.services.nodebus import VIEWER_KEY, open_bus

    if open_bus(rt.services, rt.db_url, "") is None:
        raise StartupError(NO_SERVER_NEEDS_PG)
    rt.services.hub.bind(asyncio.get_running_loop())
    rt.services.writer.start()
    rt.services.extras[VIEWER_KEY] = True
    await start_node(rt)
    from csms_desktop.api.server import start_api

    try:
        await start_api(rt, args)
    except StartupError:
        await rt.server.stop()
        raise
    tune_gc()


async def start_server(rt: Runtime, args: argparse.Namespace) -> tuple[str, int]:
    if getattr(args, "no_server", False):
        await start_viewer(rt, args)
        return "", 0
    host = args.host if args.host is not None else rt.services.settings.ocpp_host
    port = args.port if args.port is not None else rt.services.settings.ocpp_port
    ws = rt.services.settings.ws_enabled and not getattr(args, "no_ws", False)
    # a first start makes the site CA and keys (about a second of CPU): not on the loop
    tls_port, context = await asyncio.get_running_loop().run_in_executor(
        None, tls_listener, rt, args)
    if not ws and context is None:
        await rt.services.writer.stop()
        raise StartupError("--no-ws without wss:// (--tls): nothing to listen on")
    await start_node(rt)
    try:
        bound = await rt.server.start(host, port if ws else None, tls_port=tls_port,
                                      ssl_context=context)
    except OSError as exc:
        await stop_node(rt)
        await rt.services.writer.stop()
        reason = "already in use" if exc.errno in (98, 48, 10048) else (exc.strerror or str(exc))
        where = f"{port}" if ws else ""
        if context is not None:
            where = f"{where} / {tls_port}" if where else f"{tls_port}"
        raise StartupError(f"cannot listen on {host}:{where}: {reason}") from exc
    start_background_services(rt)
    from csms_desktop.api.server import start_api

    try:  # the automation API, on this loop (api/server.py)
        await start_api(rt, args)
    except StartupError:
        await rt.server.stop()
        raise
    tune_gc()
    return bound


async def start_node(rt: Runtime) -> None:
    """On PostgreSQL this process is one node of the site (services/nodebus.py): its
    chargers' presence, commands routed to the node holding a charger, every node's live
    events. Before the server listens, so every connection is claimed. SQLite: nothing."""
    import os
    import socket

    from csms_desktop.services.nodebus import VIEWER_KEY, open_bus

    viewer = " (no server)" if rt.services.extras.get(VIEWER_KEY) else ""
    bus = open_bus(rt.services, rt.db_url, f"{socket.gethostname()} pid {os.getpid()}{viewer}")
    if bus is None:
        return
    try:
        await bus.start()
    except Exception as exc:
        await bus.stop()
        raise StartupError(f"cannot join the other nodes on the database: {exc}") from exc
    bus.on_taken = rt.server.taken_elsewhere


async def stop_node(rt: Runtime) -> None:
    from csms_desktop.services.nodebus import EXTRAS_KEY

    bus = rt.services.extras.get(EXTRAS_KEY)
    if bus is not None:
        await bus.stop()


def tune_gc() -> None:
    """Start-up objects (modules, schemas, models) go to the permanent generation and the
    young generation is collected less often: full collections walked every long-lived
    object and showed up as 20-40 ms stalls in the latency tail under load."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(20_000, 20, 20)


def start_background_services(rt: Runtime) -> None:
    """What runs next to the server in every mode: drivers/local lists/reservations
    (subscribed to the hub), the reservation scheduler, and the optional lag monitor."""
    from csms_desktop.diagnostics import memory_profile_from_env, monitor_from_env
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.services.driver_services import install
    from csms_desktop.services.reservations import run_reservation_scheduler

    # not routed: every node runs these services for the chargers connected to it (a
    # reservation, a charging profile or a follow-up is sent once, by the holder)
    commands = Commands(rt.server, route=False)
    from csms_desktop.services.nodebus import EXTRAS_KEY

    bus = rt.services.extras.get(EXTRAS_KEY)
    if bus is not None:  # commands other nodes route to the chargers connected here
        bus.executor = commands.execute_here
    bundle = install(rt.services, commands)
    from csms_desktop.services import load

    rt.server.spawn_background(load.install(rt.services, commands).run())  # issue 17
    rt.server.spawn_background(run_reservation_scheduler(bundle.reservations))
    from csms_desktop.services import v201_followup

    # 2.0.1: reconciliation after a reconnect, CostUpdated (issue 18)
    rt.server.spawn_background(v201_followup.install(rt.services, commands).run())
    from csms_desktop.services.backup import hooks as backup_hooks
    from csms_desktop.services.backup.schedule import BackupScheduler

    backups = backup_hooks.install(rt.services, rt.db_url)
    rt.server.spawn_background(BackupScheduler(backups).run())
    services = rt.services
    monitor = monitor_from_env(lambda: {
        "connected": len(services.chargers.connected),
        "disconnects": services.chargers.disconnects,
        "writer_rows": services.writer.rows_written,
        "writer_last_flush_ms": round(services.writer.last_flush_ms, 2),
    })
    profile = memory_profile_from_env()
    if profile is not None:
        services.extras["memory_profile"] = profile
    if monitor is not None:
        services.extras["loop_monitor"] = monitor
        rt.server.on_stopped.append(monitor.write)


async def serve_forever(args: argparse.Namespace) -> None:
    rt = build_runtime(args)
    # Handlers first: a SIGTERM that arrives as soon as the port is open still shuts down
    # cleanly (flushing buffered writes) instead of killing the process.
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        try:
            loop.add_signal_handler(sig, stop.set)
        except (NotImplementedError, RuntimeError):  # pragma: no cover - Windows
            signal.signal(sig, lambda *_: loop.call_soon_threadsafe(stop.set))
    await start_server(rt, args)
    if rt.server.serves_ws:
        print(f"csms-desktop serving OCPP on ws://{rt.server.host}:{rt.server.port}/ "
              f"(database {rt.db_url}); Ctrl+C to stop", flush=True)
    if rt.server.ssl_context is not None:
        print(f"csms-desktop serving OCPP on wss://{rt.server.host}:{rt.server.tls_port}/ "
              f"(database {rt.db_url}); Ctrl+C to stop", flush=True)
    from csms_desktop.api.server import api_banner, stop_api

    print(api_banner(rt), flush=True)
    await stop.wait()
    log.info("shutting down")
    await stop_api(rt)
    await rt.server.stop()
    close_database()


def run_serve(args: argparse.Namespace) -> int:
    setup_logging(args.log_level)
    asyncio.run(serve_forever(args))
    return 0
