"""Primary keys: cuid-style ids for the CSMS models, UUIDs for the invoice models."""

from __future__ import annotations

import os
import time
import uuid


def new_cuid() -> str:
    """A collision-resistant id in the cuid style: ``c`` + 24 lowercase hex characters.

    12 hex digits of milliseconds since the epoch (so ids sort by creation time) and 48
    random bits; cheap enough for the message log's hot path (~0.5 µs).
    """
    return f"c{int(time.time() * 1000):012x}{os.urandom(6).hex()}"


def new_uuid() -> str:
    return str(uuid.uuid4())
