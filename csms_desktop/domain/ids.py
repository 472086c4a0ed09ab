"""Primary keys: cuid-style ids for the CSMS models, UUIDs for the invoice models."""

from __future__ import annotations

import itertools
import os
import secrets
import threading
import time
import uuid

_ALPHABET = "0123456789abcdefghijklmnopqrstuvwxyz"
_counter = itertools.count(secrets.randbelow(36**4))
_lock = threading.Lock()
_fingerprint = None


def _b36(n: int, width: int) -> str:
    out = []
    while n:
        n, r = divmod(n, 36)
        out.append(_ALPHABET[r])
    s = "".join(reversed(out)) or "0"
    return s.rjust(width, "0")[-width:]


def _fp() -> str:
    global _fingerprint
    if _fingerprint is None:
        _fingerprint = _b36(os.getpid(), 2) + _b36(secrets.randbits(20), 2)
    return _fingerprint


def new_cuid() -> str:
    """A collision-resistant id in the cuid style: ``c`` + time + counter + host + random.

    25 characters, lowercase base 36, roughly sortable by creation time.
    """
    with _lock:
        count = next(_counter) % (36**4)
    return (
        "c"
        + _b36(int(time.time() * 1000), 8)
        + _b36(count, 4)
        + _fp()
        + _b36(secrets.randbits(42), 8)
    )


def new_uuid() -> str:
    return str(uuid.uuid4())
