"""OCPP 2.0.1 and 2.1 handlers (charging station -> CSMS) and command adapter.

Every station -> CSMS message of 2.0.1 has a handler (see docs/ocpp201-coverage.md).
2.1 reuses them all (its schemas for these messages are supersets of 2.0.1's; the
Validator checks each connection against its own version) and adds logged
acknowledgements for its new notifications. Actions without a handler are answered by
the connection: NotSupported when the version defines them, else NotImplemented.
"""

from __future__ import annotations

from csms_desktop.protocol.certificate_signing import sign_certificate
from csms_desktop.protocol.connection import Handler
from csms_desktop.protocol.v201 import advanced, core, firmware, notices, reports, transactions

ROUTES: dict[str, Handler] = {
    # provisioning, availability, authorization, meter values
    "BootNotification": core.boot_notification,
    "Heartbeat": core.heartbeat,
    "StatusNotification": core.status_notification,
    "Authorize": core.authorize,
    "MeterValues": core.meter_values,
    "DataTransfer": core.data_transfer,
    # transactions
    "TransactionEvent": transactions.transaction_event,
    # device model and reports
    "NotifyReport": reports.notify_report,
    "NotifyEvent": reports.notify_event,
    "NotifyMonitoringReport": advanced.notify_monitoring_report,
    "ReportChargingProfiles": reports.report_charging_profiles,
    "NotifyCustomerInformation": advanced.notify_customer_information,
    "NotifyDisplayMessages": advanced.notify_display_messages,
    # security, firmware, logs, reservations, limits, certificates, ISO 15118
    "SecurityEventNotification": notices.security_event_notification,
    "FirmwareStatusNotification": notices.firmware_status_notification,
    "LogStatusNotification": notices.log_status_notification,
    "PublishFirmwareStatusNotification": firmware.publish_firmware_status_notification,
    "ReservationStatusUpdate": notices.reservation_status_update,
    "NotifyChargingLimit": notices.notify_charging_limit,
    "ClearedChargingLimit": notices.cleared_charging_limit,
    "SignCertificate": sign_certificate,  # the site CA (protocol/certificate_signing.py)
    "GetCertificateStatus": notices.get_certificate_status,
    "Get15118EVCertificate": notices.get_15118_ev_certificate,
    "NotifyEVChargingNeeds": notices.notify_ev_charging_needs,
    "NotifyEVChargingSchedule": notices.notify_ev_charging_schedule,
}

ROUTES_21: dict[str, Handler] = {
    **ROUTES,
    "NotifyDERAlarm": notices.acknowledge,
    "NotifyDERStartStop": notices.acknowledge,
    "ReportDERControl": notices.acknowledge,
    "NotifyPriorityCharging": notices.acknowledge,
    "NotifySettlement": notices.acknowledge,
    "BatterySwap": notices.acknowledge,
    "PullDynamicScheduleUpdate": notices.pull_dynamic_schedule_update,
    "VatNumberValidation": notices.vat_number_validation,
}

__all__ = ["ROUTES", "ROUTES_21"]
