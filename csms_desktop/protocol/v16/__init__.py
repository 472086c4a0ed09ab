"""OCPP 1.6J handlers (charge point -> central system) and command adapter."""

from __future__ import annotations

from csms_desktop.protocol.connection import Handler
from csms_desktop.protocol.v16 import core, security

ROUTES: dict[str, Handler] = {
    "BootNotification": core.boot_notification,
    "Heartbeat": core.heartbeat,
    "StatusNotification": core.status_notification,
    "Authorize": core.authorize,
    "StartTransaction": core.start_transaction,
    "StopTransaction": core.stop_transaction,
    "MeterValues": core.meter_values,
    "DataTransfer": core.data_transfer,
    "DiagnosticsStatusNotification": core.diagnostics_status_notification,
    "FirmwareStatusNotification": core.firmware_status_notification,
    # security extension (protocol/v16/security.py)
    "SecurityEventNotification": security.security_event_notification,
    "SignCertificate": security.sign_certificate,
    "LogStatusNotification": security.log_status_notification,
    "SignedFirmwareStatusNotification": security.signed_firmware_status_notification,
}
