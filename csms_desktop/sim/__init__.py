"""Charge point simulator (OCPP 1.6J, 2.0.1 and 2.1) for tests, demo mode and load.

No Qt here: the simulator runs on plain asyncio and the ocpp library's client classes.
"""

from csms_desktop.sim.fleet import FleetStatus, SimFleet
from csms_desktop.sim.model import Behaviour, CState, SimParams, Stats
from csms_desktop.sim.v16 import SimChargePoint16
from csms_desktop.sim.v201 import SimChargePoint201


def __getattr__(name: str) -> object:
    """SimChargePoint21 on first use: the 2.1 schemas' dataclasses cost 0.2 s to import,
    which every simulator process (most speak 1.6 / 2.0.1) would pay at start-up."""
    if name == "SimChargePoint21":
        from csms_desktop.sim.v21 import SimChargePoint21

        return SimChargePoint21
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "Behaviour",
    "CState",
    "FleetStatus",
    "SimChargePoint16",
    "SimChargePoint21",
    "SimChargePoint201",
    "SimFleet",
    "SimParams",
    "Stats",
]
