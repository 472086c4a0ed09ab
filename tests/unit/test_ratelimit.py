"""Rate limits for what a hostile peer can repeat at will."""

from __future__ import annotations

import logging

from csms_desktop.services.ratelimit import LogFloodFilter, RateLimiter
from csms_desktop.services.security import AuthThrottle


class Clock:
    def __init__(self) -> None:
        self.t = 0.0

    def __call__(self) -> float:
        return self.t


def test_rate_limiter_passes_a_burst_then_counts() -> None:
    clock = Clock()
    rl = RateLimiter(burst=2, window=60, clock=clock)
    assert [rl.allow("k") for _ in range(4)] == [(True, 0), (True, 0), (False, 0), (False, 0)]
    clock.t = 61
    assert rl.allow("k") == (True, 2)
    assert rl.allow("other") == (True, 0)


def test_rate_limiter_memory_is_bounded() -> None:
    rl = RateLimiter(max_keys=100)
    for i in range(10_000):
        rl.allow(i)
    assert len(rl) == 100


def test_log_flood_filter_keeps_the_first_lines_of_each_charger() -> None:
    flt = LogFloodFilter(burst=3)

    def rec(cp: str) -> logging.LogRecord:
        return logging.LogRecord("csms", logging.WARNING, "f", 1, "%s bad frame", (cp,), None)

    assert [flt.filter(rec("A")) for _ in range(5)] == [True, True, True, False, False]
    assert flt.filter(rec("B"))  # another charger is not held back


def test_auth_throttle_backs_off_and_forgets() -> None:
    clock = Clock()
    th = AuthThrottle(free=2, free_address=100, base=2, ceiling=10, forget_after=100,
                      clock=clock)
    for _ in range(2):
        th.failed("CP", "1.2.3.4:5")
    assert th.retry_after("CP", "1.2.3.4:6") == 0
    th.failed("CP", "1.2.3.4:5")
    assert th.retry_after("CP", "9.9.9.9:1") == 2  # per id, whatever the address
    for _ in range(10):
        th.failed("CP", "1.2.3.4:5")
    assert th.retry_after("CP", "x") == 10  # the ceiling
    clock.t = 200
    th.failed("CP", "1.2.3.4:5")
    assert th.retry_after("CP", "x") == 0  # forgotten after a quiet spell: starts over
    th.succeeded("CP", "1.2.3.4:5")
    assert th.retry_after("CP", "1.2.3.4:5") == 0
