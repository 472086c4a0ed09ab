"""A few SIGKILLs of a real `serve` under load (bench/kill_loop.py, quick variant):
every acknowledged start, stop, Started and Ended is in the database and applied."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.sqlite_only(
    "bench/kill_loop.py kills serve on a SQLite file; an acknowledged start/stop after "
    "SIGKILL on PostgreSQL: test_durability.py")

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from bench.kill_loop import run  # noqa: E402


@pytest.mark.slow
@pytest.mark.timeout(240)
def test_kills_under_load_lose_nothing_acknowledged(tmp_path: Path) -> None:
    report, ledger = asyncio.run(run(kills=3, chargers=6, db=tmp_path / "kill.db", seed=7))
    assert report["acknowledged starts"] > 20 and report["acknowledged stops"] > 20
    assert report["lost starts"] == [] and report["unapplied stops"] == []
    assert report["integrity"] == "ok" and report["foreign keys"] == []
    assert ledger.acked > 0
