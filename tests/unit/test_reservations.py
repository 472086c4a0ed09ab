"""Reservations: conflicts, refusals with reasons, ReserveNow within the lead time,
cancel, expiry, completion by a transaction, notifications for the driver."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from driver_fakes import OFFLINE, FakeCommands, FakeResult, make_charger

from csms_desktop.domain.enums import (
    ChargePointStatus,
    ConnectorStatus,
    ReservationStatus,
)
from csms_desktop.services.drivers import DriverInput, DriverService, TagInput
from csms_desktop.services.reservations import ReservationConflict, ReservationService
from csms_desktop.services.validation import ValidationError
from csms_desktop.store.models import (
    ChargePoint,
    Connector,
    Notification,
    Reservation,
    Transaction,
)

T0 = datetime(2030, 5, 1, 9, 0, tzinfo=UTC)
H = timedelta(hours=1)


@pytest.fixture
def env(services):  # type: ignore[no-untyped-def]
    make_charger("CP1", connectors=2)
    drivers = DriverService(services)
    a = drivers.register(DriverInput("0812345678", "Ana"))
    b = drivers.register(DriverInput("0899990000", "Bo"))
    drivers.add_tag(TagInput("TAG-A", a.id))
    drivers.add_tag(TagInput("TAG-B", b.id))
    cmds = FakeCommands()
    svc = ReservationService(services, cmds)
    yield svc, cmds, a, b
    drivers.close()


def notes(user_id: str) -> list[str]:
    return [n.title for n in Notification.select().where(Notification.user == user_id)
            .order_by(Notification.created_at)]


def test_create_and_overlap_on_same_connector_refused(env) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, b = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    assert r.status == ReservationStatus.ACTIVE and r.connector.connector_id == 1
    with pytest.raises(ReservationConflict) as exc:
        svc.create(b.id, "CP1", 1, T0 + H / 2, T0 + 2 * H, now=T0 - H)
    assert "overlaps Ana's reservation of connector 1 on CP1" in exc.value.errors["start_time"]
    svc.create(b.id, "CP1", 2, T0 + H / 2, T0 + 2 * H, now=T0 - H)  # other connector: fine
    svc.create(b.id, "CP1", 1, T0 + H, T0 + 2 * H, now=T0 - H)  # back to back: fine
    assert notes(a.id) == ["Reservation created"]


def test_charger_wide_reservation_conflicts_with_every_connector(env) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, b = env
    svc.create(a.id, "CP1", None, T0, T0 + H, now=T0 - H)
    with pytest.raises(ReservationConflict) as exc:
        svc.create(b.id, "CP1", 2, T0, T0 + H, now=T0 - H)
    assert "the whole charger" in exc.value.errors["start_time"]
    svc.create(b.id, "CP1", 2, T0 + H, T0 + 2 * H, now=T0 - H)
    with pytest.raises(ReservationConflict):
        svc.create(a.id, "CP1", None, T0 + H, T0 + 3 * H, now=T0 - H)


def test_cancelled_or_expired_do_not_conflict(env) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, b = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    Reservation.update(status=ReservationStatus.CANCELED).where(Reservation.id == r.id).execute()
    svc.create(b.id, "CP1", 1, T0, T0 + H, now=T0 - H)


@pytest.mark.parametrize("cp_status,conn_status,maint,field,reason", [
    (ChargePointStatus.FAULTED, ConnectorStatus.AVAILABLE, False, "charge_point", "faulted"),
    (ChargePointStatus.UNAVAILABLE, ConnectorStatus.AVAILABLE, False, "charge_point",
     "unavailable"),
    (ChargePointStatus.AVAILABLE, ConnectorStatus.AVAILABLE, True, "charge_point",
     "under maintenance"),
    (ChargePointStatus.AVAILABLE, ConnectorStatus.FAULTED, False, "connector", "faulted"),
    (ChargePointStatus.AVAILABLE, ConnectorStatus.UNAVAILABLE, False, "connector",
     "unavailable"),
])
def test_unusable_charger_or_connector_refused_with_reason(env, cp_status, conn_status, maint,
                                                           field, reason) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, _ = env
    ChargePoint.update(status=cp_status, maintenance=maint).execute()
    Connector.update(status=conn_status).where(Connector.connector_id == 1).execute()
    with pytest.raises(ReservationConflict) as exc:
        svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    assert reason in exc.value.errors[field]
    assert Reservation.select().count() == 0


def test_invalid_windows_and_drivers(env, services) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, b = env
    with pytest.raises(ValidationError) as exc:
        svc.create(a.id, "CP1", 3, T0 + H, T0, now=T0 - H)
    assert set(exc.value.errors) == {"connector", "end_time"}
    with pytest.raises(ValidationError) as exc:
        svc.create(a.id, "CP1", 1, T0 - 2 * H, T0 - H, now=T0)
    assert "already over" in exc.value.errors["end_time"]
    with pytest.raises(ValidationError) as exc:
        svc.create(a.id, "CP1", 1, T0, T0 + timedelta(days=8), now=T0 - H)
    DriverService(services).block(b.id)
    with pytest.raises(ValidationError) as exc:
        svc.create(b.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    assert exc.value.errors["driver"] == "the driver is blocked"
    with pytest.raises(ValidationError) as exc:
        svc.create(a.id, "CP1", 1, T0, T0 + H, id_tag="TAG-B", now=T0 - H)
    assert "not one of this driver's tags" in exc.value.errors["id_tag"]


async def test_reserve_now_sent_within_lead_time_only(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds, a, _ = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - 2 * H)
    rep = await svc.tick(T0 - 20 * timedelta(minutes=1))  # lead 15 min: too early
    assert rep.sent == () and cmds.calls == []
    rep = await svc.tick(T0 - 10 * timedelta(minutes=1))
    assert rep.sent == (r.id,)
    call = cmds.of("reserve_now")[0]
    assert call["cp_id"] == "CP1" and call["connector_id"] == 1
    assert call["id_tag"] == "TAG-A" and call["expiry"] == T0 + H
    row = Reservation.get_by_id(r.id)
    assert isinstance(call["reservation_id"], int)
    assert row.ocpp_reservation_id == call["reservation_id"]
    assert row.sent_status == "Accepted"
    assert Connector.get(Connector.connector_id == 1).status == ConnectorStatus.RESERVED
    await svc.tick(T0)  # not sent twice
    assert len(cmds.of("reserve_now")) == 1
    assert notes(a.id) == ["Reservation created", "Reservation sent to CP1: Accepted"]


async def test_no_answer_is_retried_and_refusal_recorded(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds, a, b = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    cmds.answers["reserve_now"] = OFFLINE
    await svc.tick(T0)
    await svc.tick(T0 + timedelta(minutes=1))
    assert Reservation.get_by_id(r.id).sent_status == "Offline"
    assert len(cmds.of("reserve_now")) == 2
    ids = {c["reservation_id"] for c in cmds.of("reserve_now")}
    assert len(ids) == 1  # the same OCPP id on retry
    cmds.answers["reserve_now"] = FakeResult("rejected", "Rejected")
    await svc.tick(T0 + timedelta(minutes=2))
    await svc.tick(T0 + timedelta(minutes=3))
    assert len(cmds.of("reserve_now")) == 3
    assert Reservation.get_by_id(r.id).sent_status == "Rejected"
    assert notes(a.id).count("Reservation sent to CP1: Offline") == 1
    # charger-wide goes out as connector 0 with a fresh id
    cmds.answers["reserve_now"] = FakeResult()
    r2 = svc.create(b.id, "CP1", 2, T0 + 2 * H, T0 + 3 * H, now=T0)
    await svc.tick(T0 + 2 * H)
    assert cmds.of("reserve_now")[-1]["reservation_id"] != next(iter(ids))
    assert Reservation.get_by_id(r2.id).sent_status == "Accepted"


async def test_cancel_sends_cancel_reservation_when_the_charger_holds_it(env) -> None:  # type: ignore[no-untyped-def]
    svc, cmds, a, b = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    await svc.tick(T0)
    text = await svc.cancel(r.id)
    assert "Accepted" in text
    ocpp_id = Reservation.get_by_id(r.id).ocpp_reservation_id
    assert cmds.of("cancel_reservation") == [{"cp_id": "CP1", "reservation_id": ocpp_id}]
    assert Reservation.get_by_id(r.id).status == ReservationStatus.CANCELED
    assert Connector.get(Connector.connector_id == 1).status == ConnectorStatus.AVAILABLE
    assert notes(a.id)[-1] == "Reservation cancelled"
    r2 = svc.create(b.id, "CP1", 1, T0 + 2 * H, T0 + 3 * H, now=T0)  # never sent
    await svc.cancel(r2.id)
    assert len(cmds.of("cancel_reservation")) == 1
    with pytest.raises(ValidationError):
        await svc.cancel(r2.id)


async def test_unused_reservation_expires_with_notification(env, services) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, _ = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    await svc.tick(T0)
    rep = await svc.tick(T0 + H + timedelta(seconds=1))
    assert rep.expired == (r.id,)
    assert Reservation.get_by_id(r.id).status == ReservationStatus.EXPIRED
    assert Connector.get(Connector.connector_id == 1).status == ConnectorStatus.AVAILABLE
    assert notes(a.id)[-1] == "Reservation expired"
    assert services.charging.expire_reservations(T0 + 2 * H) == 0  # nothing twice


def test_transaction_with_reservation_id_completes_it(env, services) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, _ = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    Reservation.update(ocpp_reservation_id=41).where(Reservation.id == r.id).execute()
    res = services.charging.start_transaction("CP1", 1, "TAG-A", 0.0, T0 - timedelta(minutes=5),
                                              reservation_ocpp_id=41)
    tx = Transaction.get(Transaction.transaction_id == res.transaction_id)
    assert tx.reservation_id == r.id
    assert Reservation.get_by_id(r.id).status == ReservationStatus.COMPLETED
    assert "Reservation used" in notes(a.id)


def test_transaction_by_its_driver_in_the_window_completes_it(env, services) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, _b = env
    r = svc.create(a.id, "CP1", 1, T0, T0 + H, now=T0 - H)
    other = services.charging.start_transaction("CP1", 1, "TAG-B", 0.0, T0 + timedelta(minutes=5))
    assert other.auth.status == "Invalid"  # someone else on the reserved connector
    assert Reservation.get_by_id(r.id).status == ReservationStatus.ACTIVE
    mine = services.charging.start_transaction("CP1", 1, "TAG-A", 0.0, T0 + timedelta(minutes=6))
    assert mine.auth.accepted and mine.auth.reservation_id == r.id
    assert Reservation.get_by_id(r.id).status == ReservationStatus.COMPLETED
    assert "Reservation used" in notes(a.id)


def test_timeline_queries(env) -> None:  # type: ignore[no-untyped-def]
    svc, _, a, _ = env
    svc.create(a.id, "CP1", 2, T0, T0 + H, now=T0 - H)
    rows = svc.rows(T0 - H, T0 + 2 * H)
    assert [(r.driver, r.connector_no, r.status) for r in rows] == [("Ana", 2, "ACTIVE")]
    assert svc.rows(T0 + 2 * H, T0 + 3 * H) == []
    assert svc.lanes() == [("CP1", 1, "AVAILABLE"), ("CP1", 2, "AVAILABLE")]
