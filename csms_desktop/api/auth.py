"""Bearer tokens and the per-token rate limit.

Token lookups are cached for :data:`CACHE_S` seconds (a revocation made through this
process's API or GUI applies at once; one made by ``main.py api-token revoke`` in another
process within that time). ``last_used_at`` is written at most once a minute per token.
The rate limit is a token bucket per API token: ``rate_limit_per_minute`` requests a
minute on average, bursts up to a tenth of that (at least 5) at once.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services import api_tokens
from csms_desktop.services.api_tokens import TokenInfo

CACHE_S = 5.0
TOUCH_EVERY_S = 60.0


class TokenCache:
    def __init__(self) -> None:
        self._cache: dict[str, tuple[TokenInfo | None, float]] = {}
        self._used: dict[str, float] = {}
        self._pending: dict[str, object] = {}

    def lookup(self, token: str) -> TokenInfo | None:
        now = time.monotonic()
        key = api_tokens.hash_token(token)
        hit = self._cache.get(key)
        if hit is not None and hit[1] > now:
            info = hit[0]
        else:
            if len(self._cache) > 10_000:
                self._cache.clear()
            info = api_tokens.authenticate(token)
            self._cache[key] = (info, now + CACHE_S)
        if info is not None and now - self._used.get(info.id, -1e9) > TOUCH_EVERY_S:
            self._used[info.id] = now
            self._pending[info.id] = utcnow()
        return info

    def forget(self) -> None:
        """Drop every cached lookup (after a token was revoked)."""
        self._cache.clear()

    def flush_usage(self) -> None:
        if self._pending:
            pending, self._pending = self._pending, {}
            api_tokens.touch(pending)  # type: ignore[arg-type]


@dataclass
class _Bucket:
    tokens: float
    stamp: float


class RateLimiter:
    def __init__(self) -> None:
        self._buckets: dict[str, _Bucket] = {}

    @staticmethod
    def burst(per_minute: int) -> float:
        return float(max(5, per_minute // 10))

    def take(self, key: str, per_minute: int) -> float:
        """0 when the request may go ahead, else the seconds to wait before retrying."""
        now = time.monotonic()
        rate = per_minute / 60.0
        cap = self.burst(per_minute)
        b = self._buckets.get(key)
        if b is None:
            b = self._buckets[key] = _Bucket(cap, now)
        b.tokens = min(cap, b.tokens + (now - b.stamp) * rate)
        b.stamp = now
        if b.tokens >= 1.0:
            b.tokens -= 1.0
            return 0.0
        return (1.0 - b.tokens) / rate
