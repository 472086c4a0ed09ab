"""Fixtures for the integration tests: a booted OCPP 1.6 charger."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from chargers16 import Charger16, connect16


@pytest.fixture
async def cp(url: str) -> AsyncIterator[Charger16]:
    """Charger ``CP001`` (policy accept), booted, connector 1 reported Available."""
    async with connect16(url, "CP001") as charger:
        answer = await charger.boot()
        assert answer.status == "Accepted"
        await charger.status(1, "Available")
        yield charger
