"""Firmware publication by a local controller (OCPP 2.0.1 L03/L04), the stored side.

A local controller (a station that serves firmware to the stations behind it) is asked
with PublishFirmware (``Commands.publish_firmware``) to download a file and publish it;
it reports its progress in PublishFirmwareStatusNotification. One row of
``v201_firmware_publication`` per (station, requestId) holds the request and the latest
status, so the operator sees where each publication stands:

* PublishFirmware accepted: the row is written with status ``Requested``.
* PublishFirmwareStatusNotification: the row of its requestId gets the status (and the
  URIs of a ``Published``); a notification without a requestId (e.g. after a
  TriggerMessage) updates the station's newest row, or makes one. A status the CSMS
  has no row for is still stored (the station may have been asked by another CSMS).
  DownloadFailed, InvalidChecksum and PublishFailed notify the operator.
* UnpublishFirmware answered Unpublished: the rows with that checksum become
  ``Unpublished``.
"""

from __future__ import annotations

import logging
from typing import Any

from csms_desktop.domain.enums import NotificationType
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.protocol.connection import OCPPConnection
from csms_desktop.services.events import ChargerUpdated
from csms_desktop.store.v201_models import FirmwarePublication, upsert

log = logging.getLogger(__name__)

REQUESTED = "Requested"
UNPUBLISHED = "Unpublished"
#: statuses that end a publication badly: the operator is told
FAILED = frozenset({"DownloadFailed", "InvalidChecksum", "PublishFailed"})


def requested(cp_id: str, request_id: int, location: str, checksum: str) -> None:
    """An accepted PublishFirmware: its row (a request id used again starts it anew)."""
    now = utcnow()
    values = {"location": location[:512], "checksum": checksum, "status": REQUESTED,
              "published_at": None, "requested_at": now, "updated_at": now}
    upsert(FirmwarePublication, (FirmwarePublication.charge_point_id == cp_id)
           & (FirmwarePublication.request_id == request_id),
           {"charge_point_id": cp_id, "request_id": request_id}, values)


def unpublished(cp_id: str, checksum: str) -> int:
    return int(FirmwarePublication.update(status=UNPUBLISHED, published_at=None,
                                          updated_at=utcnow()).where(
        (FirmwarePublication.charge_point_id == cp_id)
        & (FirmwarePublication.checksum == checksum.lower())).execute())


def publish_firmware_status_notification(conn: OCPPConnection,
                                         p: dict[str, Any]) -> dict[str, Any]:
    status, request_id = str(p["status"]), p.get("requestId")
    locations = [str(u) for u in p.get("location") or []]
    cp_id = conn.cp_id
    q = FirmwarePublication.select().where(FirmwarePublication.charge_point_id == cp_id)
    if request_id is not None:
        row = q.where(FirmwarePublication.request_id == int(request_id)).first()
    else:  # unasked (a trigger): the newest publication of the station
        row = q.order_by(FirmwarePublication.updated_at.desc()).first()
    values: dict[str, Any] = {"status": status[:24], "updated_at": utcnow()}
    if locations:
        values["published_at"] = locations
    if row is None:
        log.info("%s firmware publication %s: %s (not asked by this CSMS)", cp_id,
                 request_id, status)
        row = FirmwarePublication.create(charge_point_id=cp_id, request_id=request_id,
                                         **values)
    else:
        FirmwarePublication.update(**values).where(
            FirmwarePublication.id == row.id).execute()
    log.info("%s firmware publication %s: %s%s", cp_id, row.request_id, status,
             f" at {', '.join(locations)}" if locations else "")
    if status in FAILED:
        conn.services.notifier.notify(
            NotificationType.SYSTEM_MAINTENANCE,
            f"Firmware publication failed on {cp_id}: {status}",
            f"Request {row.request_id}, {row.location or 'location unknown'} "
            f"(MD5 {row.checksum or 'unknown'}).", charge_point_id=cp_id)
    conn.services.hub.publish(ChargerUpdated(cp_id))
    return {}


def publications(cp_id: str | None = None) -> list[dict[str, Any]]:
    """The latest status of every publication (of ``cp_id``, or every station), newest
    first."""
    q = FirmwarePublication.select().order_by(FirmwarePublication.updated_at.desc())
    if cp_id is not None:
        q = q.where(FirmwarePublication.charge_point_id == cp_id)
    return [{"charge_point_id": r.charge_point_id, "request_id": r.request_id,
             "location": r.location, "checksum": r.checksum, "status": r.status,
             "published_at": list(r.published_at or []), "requested_at": r.requested_at,
             "updated_at": r.updated_at} for r in q]
