"""Run blocking work (queries, exports, bcrypt) off the GUI/event-loop thread.

``submit(fn, *args, on_done=..., on_error=..., owner=...)`` runs ``fn`` on a small thread
pool and calls ``on_done(result)`` (or ``on_error(exc)``) back on the GUI thread through a
queued Qt signal, so it works the same under the qasync loop and under pytest-qt's plain Qt
loop. The callback is skipped when ``owner`` (a QObject) was deleted meanwhile.

The worker threads never touch Qt objects: they call plain services functions only. Each
job closes its thread's database connection when it ends (Peewee keeps one per thread).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal, Slot

log = logging.getLogger(__name__)

_executor: ThreadPoolExecutor | None = None
_lock = threading.Lock()


def executor() -> ThreadPoolExecutor:
    global _executor
    with _lock:
        if _executor is None:
            _executor = ThreadPoolExecutor(max_workers=4, thread_name_prefix="gui-worker")
        return _executor


def shutdown(wait: bool = True) -> None:
    """Stop the pool (at exit, before the database closes)."""
    global _executor
    with _lock:
        ex, _executor = _executor, None
    if ex is not None:
        ex.shutdown(wait=wait, cancel_futures=True)


class _Relay(QObject):
    """Lives on the GUI thread; a signal emitted from a worker is delivered queued."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _deliver(self, call: Callable[[], None]) -> None:
        call()


_relay: _Relay | None = None


def _get_relay() -> _Relay:
    global _relay
    if _relay is None or not shiboken6.isValid(_relay):
        _relay = _Relay()
        app = QCoreApplication.instance()
        if app is not None:
            _relay.moveToThread(app.thread())
    return _relay


def _close_thread_connection() -> None:
    from csms_desktop.store.db import close_database

    try:
        close_database()
    except Exception:  # pragma: no cover - nothing to do about it here
        log.debug("closing a worker connection failed", exc_info=True)


def call_in_gui(owner: QObject | None, fn: Callable[..., None], *args: Any) -> None:
    """Call ``fn(*args)`` on the GUI thread (safe from any thread)."""
    def call() -> None:
        if owner is not None and not shiboken6.isValid(owner):
            return
        fn(*args)
    _get_relay().done.emit(call)


def submit(fn: Callable[..., Any], *args: Any,
           on_done: Callable[[Any], None] | None = None,
           on_error: Callable[[BaseException], None] | None = None,
           owner: QObject | None = None) -> Future[Any]:
    relay = _get_relay()

    def job() -> Any:
        try:
            return fn(*args)
        finally:
            _close_thread_connection()

    fut = executor().submit(job)

    def finished(f: Future[Any]) -> None:
        def deliver() -> None:
            if owner is not None and not shiboken6.isValid(owner):
                return
            if f.cancelled():
                return
            exc = f.exception()
            if exc is not None:
                if on_error is not None:
                    on_error(exc)
                else:
                    log.error("background job %s failed", getattr(fn, "__name__", fn),
                              exc_info=exc)
                return
            if on_done is not None:
                on_done(f.result())
        relay.done.emit(deliver)

    fut.add_done_callback(finished)
    return fut
