"""Primary keys: cuid-style ids for the CSMS models, UUIDs for the invoice models."""

from __future__ import annotations

import os
import random
import time
import uuid

# seeded once from the OS; getrandbits costs no system call (os.urandom per id was 2 % of
# the loop's time at 2,000 chargers). Ids need to be unique, not secret.
_RNG = random.Random(os.urandom(16))
os.register_at_fork(after_in_child=lambda: _RNG.seed(os.urandom(16)))  # no shared state


def new_cuid() -> str:
    """A collision-resistant id in the cuid style: ``c`` + 24 lowercase hex characters.

    12 hex digits of milliseconds since the epoch (so ids sort by creation time) and 48
    random bits; cheap enough for the message log's hot path (~0.5 µs).
    """
    return f"c{int(time.time() * 1000):012x}{_RNG.getrandbits(48):012x}"


def new_uuid() -> str:
    return str(uuid.uuid4())
