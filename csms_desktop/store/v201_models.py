"""Tables of the OCPP 2.0.1 features beyond the core (migration 11).

- ``v201_display_message``: the messages a station shows on its display, one row per
  (station, message id), as the station reported them in NotifyDisplayMessages (the
  answer to GetDisplayMessages); a message the CSMS set (SetDisplayMessage Accepted) is
  written too (``source`` "csms") until the station reports it, and a message cleared
  (ClearDisplayMessage Accepted) is deleted.
- ``v201_variable_monitor``: the monitors installed on a station's variables, one row per
  (station, monitor id), as NotifyMonitoringReport (the answer to GetMonitoringReport)
  and accepted SetVariableMonitoring results tell; ClearVariableMonitoring accepted
  deletes the row.
- ``v201_customer_information``: the parts of NotifyCustomerInformation (the answer to a
  CustomerInformation report request, for a driver's data-protection request), one row
  per (station, requestId, seqNo): a part received twice is kept once.

Migration 12:

- ``v201_firmware_publication``: firmware a station (a local controller) publishes to the
  stations behind it, one row per (station, requestId): what PublishFirmware asked
  (location, MD5 checksum) and the latest PublishFirmwareStatusNotification status, with
  the URIs it publishes at once Published; UnpublishFirmware accepted marks it
  Unpublished.
- ``v201_station_cost``: an OCPP 2.1 station's own price of a transaction (TransactionEvent
  Ended ``costDetails``) beside the CSMS's, one row per transaction; ``mismatch`` when they
  differ beyond the tolerance of ``services.v201_tariffs``.
"""

from __future__ import annotations

from typing import Any

import peewee as pw

from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.db import database_proxy
from csms_desktop.store.fields import JSONField, MoneyField, UTCDateTimeField


class _V201Model(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class DisplayMessage(_V201Model):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    charge_point_id = pw.CharField(max_length=64)  # no FK: reports may precede the row
    message_id = pw.IntegerField()
    priority = pw.CharField(max_length=20)  # AlwaysFront, InFront, NormalCycle
    state = pw.CharField(max_length=20, null=True)  # Charging, Faulted, Idle, Unavailable
    start_at = UTCDateTimeField(null=True)
    end_at = UTCDateTimeField(null=True)
    transaction_id = pw.CharField(max_length=64, null=True)
    message_format = pw.CharField(max_length=10)  # ASCII, HTML, URI, UTF8
    language = pw.CharField(max_length=8, null=True)
    content = pw.TextField()
    display = JSONField(null=True)  # the display ComponentType, as sent
    source = pw.CharField(max_length=10, default="station")  # station | csms
    request_id = pw.IntegerField(null=True)  # of the GetDisplayMessages that reported it
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "v201_display_message"
        indexes = ((("charge_point_id", "message_id"), True),)


class CustomerInformationPart(_V201Model):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    charge_point_id = pw.CharField(max_length=64)
    request_id = pw.IntegerField()
    seq_no = pw.IntegerField()
    tbc = pw.BooleanField(default=False)
    data = pw.TextField()
    generated_at = UTCDateTimeField(null=True)
    received_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "v201_customer_information"
        indexes = ((("charge_point_id", "request_id", "seq_no"), True),)


class VariableMonitor(_V201Model):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    charge_point_id = pw.CharField(max_length=64)
    monitor_id = pw.IntegerField()
    component = pw.CharField(max_length=120)  # Name[instance], as charge_point_variable
    evse_id = pw.IntegerField(null=True)
    connector_id = pw.IntegerField(null=True)
    variable = pw.CharField(max_length=100)
    instance = pw.CharField(max_length=100, default="")
    monitor_type = pw.CharField(max_length=24)  # UpperThreshold, LowerThreshold, Delta...
    value = pw.DoubleField()
    severity = pw.IntegerField()  # 0 (danger) .. 9 (debug)
    transaction = pw.BooleanField(default=False)  # only during a transaction
    # the operator's choice for this monitor's NotifyEvent: True a notification, False
    # logged only, None the default rule (alerts and problems notify)
    notify = pw.BooleanField(null=True)
    source = pw.CharField(max_length=10, default="station")  # station | csms
    request_id = pw.IntegerField(null=True)
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "v201_variable_monitor"
        indexes = ((("charge_point_id", "monitor_id"), True),)


class FirmwarePublication(_V201Model):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    charge_point_id = pw.CharField(max_length=64)
    request_id = pw.IntegerField(null=True)  # None: a status the station sent unasked
    location = pw.CharField(max_length=512, default="")  # where the station downloads it
    checksum = pw.CharField(max_length=32, default="")  # MD5, hexadecimal
    # Requested (PublishFirmware accepted), then the station's PublishFirmwareStatusEnumType
    # (Downloading ... Published, DownloadFailed, InvalidChecksum, PublishFailed), or
    # Unpublished
    status = pw.CharField(max_length=24)
    published_at = JSONField(null=True)  # the URIs of a Published status
    requested_at = UTCDateTimeField(null=True)
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "v201_firmware_publication"
        indexes = ((("charge_point_id", "request_id"), True),)


class StationCost(_V201Model):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    transaction_id = pw.CharField(max_length=64, unique=True)  # transaction.transaction_id
    charge_point_id = pw.CharField(max_length=64)
    currency = pw.CharField(max_length=3)  # the station's
    station_total = MoneyField(null=True)  # incl. tax (else excl. tax, ``tax_included``)
    tax_included = pw.BooleanField(default=True)
    csms_total = MoneyField(null=True)  # transaction.total_cost (incl. tax), None: unpriced
    difference = MoneyField(null=True)  # station - csms
    mismatch = pw.BooleanField(default=False)
    failure = pw.CharField(max_length=500, null=True)  # failureToCalculate: the reason
    tariff_id = pw.CharField(max_length=60, null=True)  # of the first charging period
    checked_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "v201_station_cost"


def upsert(model: type[pw.Model], where: Any, keys: dict[str, Any],
           values: dict[str, Any]) -> None:
    """Update the row of ``model`` matching ``where`` with ``values``, or create it from
    ``keys`` and ``values``."""
    if not model.update(**values).where(where).execute():
        model.create(**keys, **values)


V201_MODELS: tuple[type[pw.Model], ...] = (DisplayMessage, CustomerInformationPart,
                                           VariableMonitor, FirmwarePublication, StationCost)
