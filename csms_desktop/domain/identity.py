"""Charge point identities: what OCPP allows in the URL a charger connects to.

OCPP 2.0.1 (part 4, 3.1.1 and the ``identifierString`` primitive) limits the identity to
48 characters of ``a-z A-Z 0-9 * - _ = : + | @ .``; OCPP 1.6J names no alphabet, and the
same rule is applied to both: an identity is a file name in exports, a key in every
table and a word in log lines, so anything else (paths, quotes, control characters,
spaces, other scripts) is refused at the handshake.
"""

from __future__ import annotations

import re

MAX_IDENTITY_LENGTH = 48
_IDENTITY = re.compile(r"[A-Za-z0-9*\-_=:+|@.]+")


def identity_problem(cp_id: str) -> str | None:
    """Why ``cp_id`` is not a valid charge point identity, or None when it is."""
    if not cp_id:
        return "no charge point identity in the path"
    if len(cp_id) > MAX_IDENTITY_LENGTH:
        return f"identity longer than {MAX_IDENTITY_LENGTH} characters"
    if _IDENTITY.fullmatch(cp_id) is None:
        return "identity has characters outside a-z A-Z 0-9 * - _ = : + | @ ."
    return None
