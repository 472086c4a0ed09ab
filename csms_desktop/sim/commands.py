"""Version-neutral parts of the CSMS commands: remote start/stop, availability, reservations,
charging profiles.

The protocol handlers validate the request, call these and turn the result into the
version's answer. Connector loops are kicked only after the CALLRESULT went out.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from csms_desktop.sim.lifecycle import ConnectorLifecycle
from csms_desktop.sim.model import (
    IN_SESSION,
    Connector,
    CState,
    RemoteStart,
    Reservation,
    now_utc,
)
from csms_desktop.sim.profiles import MAX_PURPOSES, TX_PURPOSE, parse_profile


class SharedCommands(ConnectorLifecycle):
    def _kick_after_reply(self, c: Connector) -> None:
        self.after_reply(c.kick)

    def remote_start(self, connector_id: int | None, tag: str, remote_start_id: int | None = None,
                     profile: dict[str, object] | None = None) -> Connector | None:
        """Queue a remote start; returns the connector or None when it must be rejected."""
        def free(c: Connector) -> bool:
            reserved_for_other = c.reservation is not None and c.reservation.tag != tag
            return (c.operative and not c.in_transaction and c.pending_remote is None
                    and c.state in (CState.AVAILABLE, CState.RESERVED, CState.PREPARING)
                    and not reserved_for_other)

        if connector_id:
            c = self.connector(connector_id)
            candidates = [c] if c is not None else []
        else:
            candidates = self.connectors
        for c in candidates:
            if free(c):
                c.pending_remote = RemoteStart(tag, remote_start_id, profile)
                self._kick_after_reply(c)
                return c
        return None

    def request_stop(self, tx_id: object, reason: str = "Remote") -> bool:
        c = self.connector_by_tx(tx_id)
        if c is None:
            return False
        c.stop_reason = reason
        self._kick_after_reply(c)
        return True

    def change_availability(self, connector_id: int, operative: bool) -> str | None:
        """Accepted / Scheduled, or None for an unknown connector."""
        targets = self.connectors if connector_id == 0 else [self.connector(connector_id)]
        if any(c is None for c in targets):
            return None
        scheduled = False
        for c in targets:
            assert c is not None
            c.operative = operative
            if c.in_transaction or c.state in IN_SESSION:
                scheduled = True
            self._kick_after_reply(c)
        return "Scheduled" if scheduled else "Accepted"

    def reserve(self, connector_id: int, reservation_id: int, tag: str, expiry: datetime) -> str:
        """Accepted / Occupied / Faulted / Unavailable / Rejected, as OCPP answers ReserveNow."""
        for other in self.connectors:
            if other.reservation is not None and other.reservation.id == reservation_id:
                other.reservation = Reservation(reservation_id, tag, expiry)
                self._kick_after_reply(other)
                return "Accepted"
        if connector_id == 0:
            c = next((c for c in self.connectors
                      if c.state == CState.AVAILABLE and c.operative and not c.reservation), None)
            if c is None:
                return "Occupied"
        else:
            found = self.connector(connector_id)
            if found is None:
                return "Rejected"
            c = found
        if c.state == CState.FAULTED:
            return "Faulted"
        if not c.operative or c.state == CState.UNAVAILABLE:
            return "Unavailable"
        if c.in_transaction or c.state in IN_SESSION or c.reservation is not None:
            return "Occupied"
        c.reservation = Reservation(reservation_id, tag, expiry)
        self._kick_after_reply(c)
        return "Accepted"

    def cancel_reservation(self, reservation_id: int) -> bool:
        for c in self.connectors:
            if c.reservation is not None and c.reservation.id == reservation_id:
                c.reservation = None
                self._kick_after_reply(c)
                return True
        return False

    def set_profile(self, connector_id: int, raw: dict[str, Any]) -> bool:
        """Install a SetChargingProfile's profile (0 = the whole charger); False if refused."""
        purpose = raw.get("charging_profile_purpose")
        c = self.connector(connector_id)
        if connector_id != 0 and c is None:
            return False
        if purpose in MAX_PURPOSES and connector_id != 0:
            return False
        if purpose == TX_PURPOSE and (c is None or not c.in_transaction):
            return False
        profile = parse_profile(raw, connector_id, now_utc())
        if purpose == TX_PURPOSE and c is not None:
            profile.transaction_id = str(c.tx_id)
        self.profiles.install(profile)
        self._kick_all_after_reply()
        return True

    def clear_profiles(self, profile_id: int | None, connector_id: int | None,
                       purpose: str | None, stack_level: int | None) -> int:
        """ClearChargingProfile by id, else by the other criteria; returns how many went."""
        if profile_id is not None:
            removed = self.profiles.clear(profile_id=profile_id)
        else:
            removed = self.profiles.clear(connector_id=connector_id, purpose=purpose,
                                          stack_level=stack_level)
        self._kick_all_after_reply()
        return removed

    def composite_schedule(self, connector_id: int, duration: int,
                           unit: str) -> tuple[datetime, list[tuple[int, float]]] | None:
        """(start, [(startPeriod s, limit)]) from now for GetCompositeSchedule; None if unknown."""
        c = self.connector(connector_id) or (self.connectors[0] if connector_id == 0 else None)
        if c is None:
            return None
        start = now_utc()
        tx = None if c.tx_id is None else str(c.tx_id)
        return start, self.profiles.composite(connector_id, start, duration, c.hw, unit, tx,
                                              c.tx_start)

    def _kick_all_after_reply(self) -> None:
        for c in self.connectors:
            self._kick_after_reply(c)

    def inject_fault(self, c: Connector) -> None:
        c.fault_pending = True
        c.kick()
