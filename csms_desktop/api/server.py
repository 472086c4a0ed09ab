"""The API server: an aiohttp site on the running event loop, next to the OCPP server.

``start_api(runtime, args)`` is called by every mode right after the OCPP server starts
(``serve``, the GUI under qasync, the headless demo): same process, same loop, same
services. It listens on ``127.0.0.1:8180`` unless told otherwise (``--api-host``,
``--api-port``, ``--no-api``, or the ``api_*`` settings); beyond the loopback it refuses
to start without TLS (``--api-tls-cert``/``--api-tls-key``, the ``api_tls_*`` settings,
or the site certificate). The webhook dispatcher runs even with the listener off.
"""

from __future__ import annotations

import argparse
import dataclasses
import ipaddress
import logging
import ssl
from pathlib import Path
from typing import Any

from aiohttp import web

from csms_desktop.api import commands, res_admin, res_billing, res_booking, res_drivers, res_history, res_site
from csms_desktop.api.app import build_app
from csms_desktop.api.context import ApiContext
from csms_desktop.api.events import EventBroker
from csms_desktop.api.openapi import build_document
from csms_desktop.api.routing import Api
from csms_desktop.api.webhooks import RetryPolicy, WebhookDispatcher
from csms_desktop.paths import data_dir
from csms_desktop.protocol.commands import Commands
from csms_desktop.services.context import Services
from csms_desktop.services.settings_edit import ApiConfig, load_api_config

log = logging.getLogger(__name__)

EXTRAS_KEY = "api"


class ApiStartError(Exception):
    """The API cannot listen as configured; the message is for a person."""


def build_api() -> Api:
    api = Api()
    for module in (res_site, res_history, res_drivers, res_booking, res_billing, res_admin,
                   commands):
        module.register(api)
    return api


def site_certificate() -> tuple[Path, Path] | None:
    """The site's TLS certificate and key, when the site has one (``<data dir>/tls/``
    ``site-cert.pem`` and ``site-key.pem``)."""
    folder = data_dir() / "tls"
    cert, key = folder / "site-cert.pem", folder / "site-key.pem"
    return (cert, key) if cert.is_file() and key.is_file() else None


def is_loopback(host: str) -> bool:
    if host in ("localhost",):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def tls_context(cert: str | Path, key: str | Path) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    try:
        ctx.load_cert_chain(str(cert), str(key))
    except (OSError, ssl.SSLError) as exc:
        raise ApiStartError(f"cannot use the API certificate {cert} / {key}: {exc}") from exc
    return ctx


class ApiServer:
    def __init__(self, services: Services, commands_: Commands, config: ApiConfig,
                 policy: RetryPolicy | None = None,
                 hits: set[tuple[str, str]] | None = None) -> None:
        self.config = config
        self.api = build_api()
        self.broker = EventBroker(services.hub)
        self.ctx = ApiContext(services, commands_, broker=self.broker, hits=hits)
        self.ctx.webhooks = WebhookDispatcher(self.broker, policy)
        self.ctx.extras["openapi"] = build_document(self.api)
        self.runner: web.AppRunner | None = None
        self.host = config.host
        self.port = 0
        self.scheme = "http"

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}"

    def ssl_context(self) -> ssl.SSLContext | None:
        cfg = self.config
        if cfg.tls_cert and cfg.tls_key:
            return tls_context(cfg.tls_cert, cfg.tls_key)
        if is_loopback(cfg.host):
            # the site certificate (written by the OCPP wss:// listener's site CA) is for
            # listening beyond this computer: a loopback API stays plain http
            return None
        site = site_certificate()
        if site is not None:
            return tls_context(*site)
        if not is_loopback(cfg.host):
            raise ApiStartError(
                f"the API listens on {cfg.host}, beyond this computer, only over TLS: give "
                "--api-tls-cert and --api-tls-key (PEM files), or keep it on 127.0.0.1")
        return None

    async def start(self) -> None:
        self.ctx.webhooks.reload()  # type: ignore[union-attr]
        if not self.config.enabled:
            log.info("automation API off (webhooks still delivered)")
            return
        self.ctx.reads.start()
        errors = self.config.validate()
        if errors:
            raise ApiStartError("; ".join(f"{k}: {v}" for k, v in errors.items()))
        context = self.ssl_context()
        self.scheme = "https" if context is not None else "http"
        app = build_app(self.api, self.ctx)
        self.runner = web.AppRunner(app, handle_signals=False, access_log=None,
                                    shutdown_timeout=2.0)
        await self.runner.setup()
        site = web.TCPSite(self.runner, self.config.host, self.config.port,
                           ssl_context=context, backlog=256)
        try:
            await site.start()
        except OSError:
            await self.runner.cleanup()
            self.runner = None
            raise
        sockets = getattr(site._server, "sockets", None) or ()
        self.port = int(sockets[0].getsockname()[1]) if sockets else self.config.port
        log.info("automation API on %s/api/v1 (OpenAPI at %s/openapi.json)", self.url, self.url)

    async def stop(self) -> None:
        self.broker.close()  # ends the event streams, so the site can shut down
        if self.runner is not None:
            await self.runner.cleanup()
            self.runner = None
        if self.ctx.webhooks is not None:
            await self.ctx.webhooks.stop()
        self.ctx.tokens.flush_usage()
        await self.ctx.reads.aclose()


def config_from(args: argparse.Namespace) -> ApiConfig:
    """The stored API settings with the command line's options over them."""
    cfg = load_api_config()
    changes: dict[str, Any] = {}
    if getattr(args, "no_api", False):
        changes["enabled"] = False
    for name in ("host", "port", "tls_cert", "tls_key"):
        value = getattr(args, f"api_{name}", None)
        if value is not None:
            changes[name] = value
    if getattr(args, "smoke", False) and getattr(args, "api_port", None) is None:
        changes["port"] = 0  # the self-test never takes the real port
    return dataclasses.replace(cfg, **changes)


async def start_api(runtime: Any, args: argparse.Namespace) -> ApiServer:
    """Start the API for ``runtime`` (kept in ``services.extras["api"]``).

    A port in use is fatal when the port was asked for (``--api-port``); with the default
    port the OCPP server keeps running without the API and says so.
    """
    from csms_desktop.headless import StartupError

    services: Services = runtime.services
    cfg = config_from(args)
    server = ApiServer(services, Commands(runtime.server), cfg)
    services.extras[EXTRAS_KEY] = server
    try:
        await server.start()
    except ApiStartError as exc:
        await server.stop()
        raise StartupError(str(exc)) from exc
    except OSError as exc:
        reason = "already in use" if exc.errno in (98, 48, 10048) else (exc.strerror or str(exc))
        where = f"{cfg.host}:{cfg.port}"
        if getattr(args, "api_port", None) is not None:
            await server.stop()
            raise StartupError(f"cannot listen for the API on {where}: {reason}") from exc
        log.warning("automation API not started: %s is %s (use --api-port)", where, reason)
        server.config = dataclasses.replace(cfg, enabled=False)
    return server


async def stop_api(runtime: Any) -> None:
    server = runtime.services.extras.pop(EXTRAS_KEY, None)
    if isinstance(server, ApiServer):
        await server.stop()



def api_banner(runtime: Any) -> str:
    """One line for the console: where the API is, or why it is not."""
    server = runtime.services.extras.get(EXTRAS_KEY)
    if not isinstance(server, ApiServer) or server.runner is None:
        return "automation API off"
    return (f"automation API on {server.url}/api/v1 (OpenAPI: {server.url}/openapi.json; "
            "tokens: main.py api-token create)")
