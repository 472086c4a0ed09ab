"""Plain data of the simulator: parameters, forced behaviour, connector state, counters."""

from __future__ import annotations

import asyncio
from dataclasses import dataclass, field
from datetime import UTC, datetime
from enum import StrEnum

from csms_desktop.sim.physics import Hardware, Vehicle
from csms_desktop.sim.profiles import format_time

RESPOND_MODES = ("Accepted", "Rejected", "silent")


def now_utc() -> datetime:
    return datetime.now(UTC)


def timestamp() -> str:
    return format_time(now_utc())


class CState(StrEnum):
    """Connector states (OCPP 1.6 names; 2.0.1 maps them to Occupied + chargingState)."""

    AVAILABLE = "Available"
    PREPARING = "Preparing"
    CHARGING = "Charging"
    SUSPENDED_EV = "SuspendedEV"
    SUSPENDED_EVSE = "SuspendedEVSE"
    FINISHING = "Finishing"
    RESERVED = "Reserved"
    UNAVAILABLE = "Unavailable"
    FAULTED = "Faulted"


IN_SESSION = (CState.PREPARING, CState.CHARGING, CState.SUSPENDED_EV, CState.SUSPENDED_EVSE,
              CState.FINISHING)
CHARGING_STATES = (CState.CHARGING, CState.SUSPENDED_EV, CState.SUSPENDED_EVSE)


@dataclass
class Behaviour:
    """How the charger answers CSMS calls.

    respond: "Accepted" = natural behaviour (the simulator decides, normally positive),
    "Rejected" = every command gets its negative answer, "silent" = calls are never answered.
    overrides: per action name, e.g. {"Reset": "silent"}. delay: seconds before answering.
    """

    respond: str = "Accepted"
    delay: float = 0.0
    overrides: dict[str, str] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for mode in (self.respond, *self.overrides.values()):
            if mode not in RESPOND_MODES:
                raise ValueError(f"behaviour must be one of {RESPOND_MODES}, not {mode!r}")

    def mode(self, action: str) -> str:
        return self.overrides.get(action, self.respond)

    @property
    def any_silent(self) -> bool:
        return self.respond == "silent" or "silent" in self.overrides.values()


@dataclass
class SimParams:
    """Knobs of one simulated charger. Times are wall-clock seconds."""

    connectors: int = 1
    dc: bool | None = None  # None: 25 % of chargers are DC (seeded)
    meter_interval: float = 60.0
    heartbeat_interval: float = 300.0  # until the CSMS says otherwise
    auto_sessions: bool = True  # drivers arrive on their own
    idle_range: tuple[float, float] = (30.0, 600.0)  # between sessions
    session_range: tuple[float, float] = (900.0, 5400.0)  # how long a driver stays
    plug_delay: tuple[float, float] = (1.0, 4.0)  # plug-in -> tag presented, unplug delay
    fault_prob: float = 0.001  # per connector per meter tick
    fault_duration: tuple[float, float] = (20.0, 120.0)
    disconnect_prob: float = 0.0002  # per meter tick per charger
    time_scale: float = 1.0  # simulated seconds per wall second (energy/SoC only)
    response_timeout: float = 30.0
    boot_retry: float = 10.0  # when the CSMS gives interval 0
    reconnect_min: float = 1.0
    reconnect_max: float = 30.0
    firmware_step: float = 2.0  # between FirmwareStatus/Diagnostics/Log notifications
    reset_delay: float = 1.0  # reboot time after Reset
    tags: tuple[str, ...] = ()  # driver tags; empty: generated per charger
    vendor: str = "CSMS-Sim"
    model: str = "SimCharger"
    firmware: str = "1.0.0"
    time_zone: str = "UTC"  # local time of 2.1 tariffs' time-of-day conditions


@dataclass
class RemoteStart:
    tag: str
    remote_start_id: int | None = None
    profile: dict[str, object] | None = None


@dataclass
class Reservation:
    id: int
    tag: str
    expiry: datetime


@dataclass
class Connector:
    id: int
    hw: Hardware
    energy_wh: float = 0.0  # the meter register, monotonic over sessions
    state: CState = CState.AVAILABLE
    error_code: str = "NoError"
    reported: str | None = None  # last status sent to the CSMS
    operative: bool = True
    power_w: float = 0.0
    vehicle: Vehicle | None = None
    tag: str | None = None
    tx_id: int | str | None = None
    tx_start: datetime | None = None
    meter_start: float = 0.0
    seq_no: int = 0
    remote_start_id: int | None = None
    reservation: Reservation | None = None
    pending_remote: RemoteStart | None = None
    stop_reason: str | None = None  # set to ask the running session to stop
    leave_at: float = 0.0  # monotonic time the driver unplugs
    fault_until: float = 0.0
    fault_pending: bool = False
    last_t: float = 0.0  # monotonic time energy was last integrated
    wake: asyncio.Event = field(default_factory=asyncio.Event)

    @property
    def in_transaction(self) -> bool:
        return self.tx_id is not None

    def kick(self) -> None:
        self.wake.set()


@dataclass
class Stats:
    sent: int = 0
    received: int = 0
    ignored: int = 0  # calls left unanswered (silent)
    timeouts: int = 0
    connects: int = 0
    connect_failures: int = 0
    boots: int = 0
    tx_started: int = 0
    tx_stopped: int = 0
    faults: int = 0
    connected: bool = False
    booted: bool = False
    registration: str | None = None  # last BootNotification status
