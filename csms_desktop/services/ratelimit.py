"""Bounded, rate-limited bookkeeping for events a hostile peer can repeat at will.

A charger can send the same bad frame thousands of times a second; each one must still
be answered, but a log line, a stored row or a notification per frame would let it fill
the disk, the log and the operator's screen. :class:`RateLimiter` lets the first few
occurrences of a key through per window and counts the rest, so the next one that passes
can say how many were folded into it. Keys are kept in a bounded LRU.
"""

from __future__ import annotations

import logging
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any


class RateLimiter:
    """At most ``burst`` passes per key per ``window`` seconds; memory bounded by ``max_keys``."""

    def __init__(self, burst: int = 5, window: float = 60.0, max_keys: int = 10_000,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.burst = burst
        self.window = window
        self.max_keys = max_keys
        self.clock = clock
        # key -> [window start, passed in window, suppressed since last pass]
        self._keys: OrderedDict[Hashable, list[float]] = OrderedDict()

    def allow(self, key: Hashable) -> tuple[bool, int]:
        """(passes?, occurrences suppressed since the last one that passed)."""
        now = self.clock()
        entry = self._keys.get(key)
        if entry is None:
            entry = self._keys[key] = [now, 0, 0]
            while len(self._keys) > self.max_keys:
                self._keys.popitem(last=False)
        else:
            self._keys.move_to_end(key)
            if now - entry[0] >= self.window:
                entry[0], entry[1] = now, 0
        if entry[1] < self.burst:
            entry[1] += 1
            suppressed = int(entry[2])
            entry[2] = 0
            return True, suppressed
        entry[2] += 1
        return False, 0

    def __len__(self) -> int:
        return len(self._keys)


class RateLimitedLog:
    """``logger.log`` through a :class:`RateLimiter` keyed by (charger, kind)."""

    def __init__(self, logger: logging.Logger, burst: int = 5, window: float = 60.0) -> None:
        self.logger = logger
        self.limiter = RateLimiter(burst, window)

    def log(self, level: int, key: Hashable, msg: str, *args: Any) -> bool:
        ok, suppressed = self.limiter.allow(key)
        if ok:
            if suppressed:
                msg += f" (and {suppressed} more like it, not logged)"
            self.logger.log(level, msg, *args)
        return ok

    def warning(self, key: Hashable, msg: str, *args: Any) -> bool:
        return self.log(logging.WARNING, key, msg, *args)

    def info(self, key: Hashable, msg: str, *args: Any) -> bool:
        return self.log(logging.INFO, key, msg, *args)
