"""Giving memory back to the operating system after a burst (no Qt).

CPython frees objects at once, but glibc keeps the freed heap for the process: after a
fuzz of 24 hostile chargers or a reconnect storm, the RSS stayed near its peak for good
(460 MB during, 374 MB after going idle, seen in the trial). ``malloc_trim(0)`` hands the
free pages back; it costs a few milliseconds, so the server calls it after connections
went away and at most every few minutes, not per frame.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import logging
import sys
import time
from collections.abc import Callable

log = logging.getLogger(__name__)

_LIBC: list[object] = []


def _libc() -> object | None:
    if not sys.platform.startswith("linux"):
        return None
    if not _LIBC:
        name = ctypes.util.find_library("c") or "libc.so.6"
        try:
            _LIBC.append(ctypes.CDLL(name))
        except OSError:
            _LIBC.append(None)
    return _LIBC[0]


def release_memory() -> bool:
    """Return freed heap pages to the OS (glibc only); True when it was done."""
    libc = _libc()
    trim = getattr(libc, "malloc_trim", None)
    if trim is None:
        return False
    t0 = time.perf_counter()
    before = rss_mb()
    trim(0)
    log.info("memory handed back: RSS %.0f -> %.0f MB (%.1f ms)", before, rss_mb(),
             (time.perf_counter() - t0) * 1000)
    return True


def rss_mb() -> float:
    """This process's resident memory in MB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm") as f:
            pages = int(f.read().split()[1])
    except (OSError, ValueError, IndexError):
        return 0.0
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


class Trimmer:
    """Decides when: after ``drop`` connections went away since the last trim, or every
    ``every`` seconds while connections come and go."""

    def __init__(self, drop: int = 20, every: float = 600.0, gap: float = 5.0) -> None:
        self.drop = drop
        self.every = every
        self.gap = gap  # at least this long between two trims (a mass disconnect)
        self._high = 0
        self._last = time.monotonic()

    def seen(self, connections: int) -> None:
        """A connection arrived: the high-water mark counts it (a mass disconnect whose
        bookkeeping interleaves would otherwise only ever see what is left)."""
        self._high = max(self._high, connections)

    def tick(self, connections: int, before: Callable[[], None] | None = None,
             submit: Callable[[Callable[[], None]], None] | None = None) -> bool:
        """Trim when it is time (``before`` runs first: e.g. the page cache's release).
        ``submit``: run both there instead (the database thread, whose connection holds
        the page cache), in order."""
        self._high = max(self._high, connections)
        now = time.monotonic()
        if now - self._last < self.gap:
            return False
        if self._high - connections >= self.drop or (
                now - self._last >= self.every and self._high != connections):
            self._high = connections
            self._last = now
            if submit is not None:
                submit(lambda: _both(before))
                return True
            if before is not None:
                before()
            return release_memory()
        return False


def _both(before: Callable[[], None] | None) -> None:
    if before is not None:
        before()
    release_memory()
