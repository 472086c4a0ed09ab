"""OCPP 2.0.1 beyond the core, the station -> CSMS side and what is stored.

* NotifyDisplayMessages (answer to GetDisplayMessages): each MessageInfo is written to
  ``v201_display_message`` (one row per station and message id, updated in place). When
  the GetDisplayMessages had no filter, its last part (``tbc`` false) also removes the
  rows of messages the station no longer has (reported before the request was sent and
  not in its report). A SetDisplayMessage the station accepted writes its row
  (``source`` "csms"); a ClearDisplayMessage accepted deletes it.
* NotifyCustomerInformation (answer to CustomerInformation with ``report``): each part is
  a row of ``v201_customer_information``; a part received again is kept once.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from csms_desktop.domain.timeutil import parse_ocpp_datetime, utcnow
from csms_desktop.protocol.connection import HandlerError, OCPPConnection
from csms_desktop.protocol.v201.common import state
from csms_desktop.services.events import ChargerUpdated
from csms_desktop.store.v201_models import CustomerInformationPart, DisplayMessage

log = logging.getLogger(__name__)

DISPLAY_REPORT = "NotifyDisplayMessages"
CUSTOMER_REPORT = "NotifyCustomerInformation"
MAX_CUSTOMER_DATA = 512  # characters of one part (the schema's maxLength)


def _when(text: str | None, what: str) -> datetime | None:
    if text is None:
        return None
    try:
        return parse_ocpp_datetime(text)
    except ValueError as exc:
        raise HandlerError("format", f"{what} is not a date-time: {text!r}") from exc


def display_row(info: dict[str, Any]) -> dict[str, Any]:
    """Column values of one MessageInfoType (camelCase, as on the wire)."""
    message = info["message"]
    return {"priority": str(info["priority"]), "state": info.get("state"),
            "start_at": _when(info.get("startDateTime"), "startDateTime"),
            "end_at": _when(info.get("endDateTime"), "endDateTime"),
            "transaction_id": info.get("transactionId"),
            "message_format": str(message["format"]), "language": message.get("language"),
            "content": str(message["content"]), "display": info.get("display")}


def store_display_message(cp_id: str, message_id: int, values: dict[str, Any],
                          source: str, request_id: int | None = None) -> None:
    """Insert or update the row of (station, message id)."""
    values = {**values, "source": source, "request_id": request_id, "updated_at": utcnow()}
    n = DisplayMessage.update(**values).where(
        (DisplayMessage.charge_point_id == cp_id)
        & (DisplayMessage.message_id == message_id)).execute()
    if not n:
        DisplayMessage.create(charge_point_id=cp_id, message_id=message_id, **values)


def forget_display_message(cp_id: str, message_id: int) -> int:
    return int(DisplayMessage.delete().where(
        (DisplayMessage.charge_point_id == cp_id)
        & (DisplayMessage.message_id == message_id)).execute())


def forget_display_messages_before(cp_id: str, request_id: int | None,
                                   before: datetime) -> int:
    """Rows of ``cp_id`` the complete report ``request_id`` did not name (None: the station
    answered that it has no message at all), written before the request was sent."""
    where = (DisplayMessage.charge_point_id == cp_id) & (DisplayMessage.updated_at <= before)
    if request_id is not None:
        where &= (DisplayMessage.request_id.is_null() | (DisplayMessage.request_id != request_id))
    return int(DisplayMessage.delete().where(where).execute())


def notify_display_messages(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    request_id, tbc = int(p["requestId"]), bool(p.get("tbc", False))
    infos = p.get("messageInfo") or []
    rows = [(int(info["id"]), display_row(info)) for info in infos]  # all checked first
    db = DisplayMessage._meta.database
    with db.atomic():
        for message_id, values in rows:
            store_display_message(conn.cp_id, message_id, values, "station", request_id)
    track = state(conn).report(DISPLAY_REPORT, conn.cp_id, request_id)
    track.rows += len(rows)
    if not tbc:
        track.done = True
        if track.full_since is not None:
            gone = forget_display_messages_before(conn.cp_id, request_id, track.full_since)
            if gone:
                log.info("%s no longer shows %d display message(s)", conn.cp_id, gone)
    log.info("%s display messages (request %d): %d%s", conn.cp_id, request_id, len(rows),
             " (more to come)" if tbc else "")
    conn.services.hub.publish(ChargerUpdated(conn.cp_id))
    return {}


def notify_customer_information(conn: OCPPConnection, p: dict[str, Any]) -> dict[str, Any]:
    request_id, seq, tbc = int(p["requestId"]), int(p["seqNo"]), bool(p.get("tbc", False))
    generated = _when(p.get("generatedAt"), "generatedAt")
    track = state(conn).report(CUSTOMER_REPORT, conn.cp_id, request_id)
    exists = CustomerInformationPart.select().where(
        (CustomerInformationPart.charge_point_id == conn.cp_id)
        & (CustomerInformationPart.request_id == request_id)
        & (CustomerInformationPart.seq_no == seq)).exists()
    if exists:
        log.info("%s customer information %d: part %d received again; ignored", conn.cp_id,
                 request_id, seq)
    else:
        CustomerInformationPart.create(
            charge_point_id=conn.cp_id, request_id=request_id, seq_no=seq, tbc=tbc,
            data=str(p["data"])[:MAX_CUSTOMER_DATA], generated_at=generated)
        track.parts.add(seq)
        track.rows += 1
    if not tbc:
        track.done = True
    log.info("%s customer information (request %d part %d%s)", conn.cp_id, request_id, seq,
             ", more to come" if tbc else ", last")
    return {}


def customer_information(cp_id: str, request_id: int) -> str:
    """The report of request ``request_id`` put together from its parts in seqNo order."""
    q = (CustomerInformationPart.select(CustomerInformationPart.data)
         .where((CustomerInformationPart.charge_point_id == cp_id)
                & (CustomerInformationPart.request_id == request_id))
         .order_by(CustomerInformationPart.seq_no))
    return "".join(str(r.data) for r in q)


def expect_display_report(services: Any, cp_id: str, request_id: int) -> None:
    """An unfiltered GetDisplayMessages is about to be sent: its complete report (or an
    Unknown answer) replaces the station's rows written before now."""
    from csms_desktop.protocol.v201.state import state_of

    state_of(services).report(DISPLAY_REPORT, cp_id, request_id).full_since = utcnow()


def after_command(cp_id: str, request: Any, result: Any) -> None:
    """What the answer to a display-message command changes in the store (db thread)."""
    a = request.args
    if request.name == "set_display_message" and result.ok:
        from csms_desktop.protocol.v201.advanced_commands import build

        built = build(request)
        assert built is not None
        info = built[1]["message"]
        store_display_message(cp_id, int(info["id"]), display_row(info), "csms")
    elif request.name == "clear_display_message" and result.ok:
        forget_display_message(cp_id, int(a["message_id"]))
    elif request.name == "get_display_messages" and result.status == "Unknown" \
            and a.get("full"):
        forget_display_messages_before(cp_id, None, utcnow())
    elif request.name in ("set_variables", "get_variables"):
        store_variable_results(cp_id, request.name, a.get("variables") or [],
                               result.data.get("results") or [])


def _var_key(item: dict[str, Any]) -> tuple[Any, ...]:
    return (item.get("component"), item.get("component_instance") or None,
            item.get("evse"), item.get("connector"), item.get("variable"),
            item.get("instance") or None, item.get("attribute_type") or "Actual")


def store_variable_results(cp_id: str, name: str, asked: list[Any],
                           results: list[dict[str, Any]]) -> int:
    """The values a SetVariables / GetVariables took or read, on the same
    ``charge_point_variable`` rows as NotifyReport (``Name[instance]`` components)."""
    from csms_desktop.protocol.v201.advanced_commands import SET_OK, variable_spec
    from csms_desktop.services.chargers import ChargerService

    values = {_var_key(spec): spec.get("value") for spec in map(variable_spec, asked)}
    items = []
    for res in results:
        if res["status"] not in (SET_OK if name == "set_variables" else ("Accepted",)):
            continue
        if name == "set_variables":
            key = _var_key(res)
            if key not in values:
                continue
            value = values[key]
        else:
            value = res.get("value")
        component = str(res["component"])
        if res.get("component_instance"):
            component = f"{component}[{res['component_instance']}]"
        items.append({"component": component, "evse_id": res.get("evse"),
                      "connector_id": res.get("connector"), "variable": res["variable"],
                      "instance": res.get("instance") or "",
                      "attribute_type": res.get("attribute_type"), "value": value})
    return ChargerService.store_variables(cp_id, items)
