"""Conformance-style OCPP 2.0.1 CSMS cases (work in progress, see docs later).

Ids are use-case ids with a "-style" suffix: the official OCTT Part 6 document was not
consulted yet, so no official TC_ id is claimed.
"""

from __future__ import annotations

import pytest

from conformance.station import ScriptedStation
from csms_desktop.protocol.commands import Commands

pytestmark = pytest.mark.timeout(60)


@pytest.mark.parametrize("answer,ok", [("Accepted", True), ("Rejected", False)])
async def test_O01_style_set_display_message(server, url, answer, ok):
    script = {"SetDisplayMessage": {"status": answer}}
    async with ScriptedStation(url, "CONF-O01", script) as st:
        result = await Commands(server).set_display_message(
            "CONF-O01", "Hello", priority="InFront", language="en")
        sent = st.calls("SetDisplayMessage")
    assert st.violations == []
    assert len(sent) == 1 and sent[0]["message"]["priority"] == "InFront"
    assert sent[0]["message"]["message"]["content"] == "Hello"
    assert result.ok is ok
