"""Version-neutral parts of the CSMS commands: remote start/stop, availability, reservations.

The protocol handlers validate the request, call these and turn the result into the
version's answer. Connector loops are kicked only after the CALLRESULT went out.
"""

from __future__ import annotations

from datetime import datetime

from csms_desktop.sim.lifecycle import ConnectorLifecycle
from csms_desktop.sim.model import IN_SESSION, Connector, CState, RemoteStart, Reservation


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

    def inject_fault(self, c: Connector) -> None:
        c.fault_pending = True
        c.kick()
