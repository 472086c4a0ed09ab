"""OCPP 1.6J authorization rules, through Authorize and StartTransaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from chargers16 import connect16
from helpers16 import logged

from csms_desktop.domain.enums import ReservationStatus, TransactionStatus
from csms_desktop.services.events import UnknownTagSeen
from csms_desktop.store.models import (
    ChargePoint,
    Connector,
    IdTag,
    IdTagChargePoint,
    Reservation,
    Transaction,
    User,
)

NOW = datetime.now(UTC)


def _user(phone: str, status: str = "ACTIVE") -> User:
    return User.create(phone_number=phone, status=status)


@pytest.fixture
def tags(db):
    ok = _user("+66800000001")
    IdTag.create(id_tag="OK", user=ok, expiry_date=NOW + timedelta(days=30))
    IdTag.create(id_tag="BLOCKED-TAG", user=ok, status="BLOCKED")
    IdTag.create(id_tag="BLOCKED-USER", user=_user("+66800000002", "BLOCKED"))
    IdTag.create(id_tag="EXPIRED-DATE", user=ok, expiry_date=NOW - timedelta(days=1))
    IdTag.create(id_tag="EXPIRED-USER", user=_user("+66800000003", "EXPIRED"))
    IdTag.create(id_tag="GROUP-BAD", status="BLOCKED")
    IdTag.create(id_tag="CHILD", user=ok, parent_id_tag="GROUP-BAD")
    IdTag.create(id_tag="GROUP-OK")
    IdTag.create(id_tag="CHILD-OK", user=ok, parent_id_tag="GROUP-OK")
    return ok


@pytest.mark.parametrize(("tag", "status"), [
    ("OK", "Accepted"),
    ("BLOCKED-TAG", "Blocked"),
    ("BLOCKED-USER", "Blocked"),
    ("EXPIRED-DATE", "Expired"),
    ("EXPIRED-USER", "Expired"),
    ("UNKNOWN", "Invalid"),
    ("CHILD", "Blocked"),
    ("CHILD-OK", "Accepted"),
])
async def test_authorize_and_start_apply_the_tag_rules(services, cp, tags, tag, status):
    seen: list[UnknownTagSeen] = []
    services.hub.subscribe(UnknownTagSeen, seen.append)
    info = (await cp.authorize(tag)).id_tag_info
    assert info["status"] == status
    started = await cp.start_tx(1, tag, 0)
    assert started.id_tag_info["status"] == status
    # The transaction row exists even when refused: the charger will stop it (1.6 rule).
    tx = Transaction.get(Transaction.transaction_id == str(started.transaction_id))
    assert tx.id_tag == tag and tx.status == TransactionStatus.ACTIVE
    if tag == "UNKNOWN":
        assert tx.user_id is None and len(seen) == 2
    else:
        assert tx.user_id == IdTag.get(IdTag.id_tag == tag).user_id
    answers = [r.payload["idTagInfo"]["status"] for r in logged(services, "CP001")
               if r.action in ("Authorize", "StartTransaction") and r.kind.value == "CALLRESULT"]
    assert answers == [status, status]


async def test_authorize_reports_expiry_and_parent(cp, tags):
    info = (await cp.authorize("CHILD-OK")).id_tag_info
    assert info["parent_id_tag"] == "GROUP-OK"
    info = (await cp.authorize("OK")).id_tag_info
    assert info["expiry_date"].startswith((NOW + timedelta(days=30)).strftime("%Y-%m-%dT%H:%M"))


async def test_restricted_tag_only_at_its_chargers(services, url, tags):
    ChargePoint.create(id="CP-HOME", name="home")
    ChargePoint.create(id="CP-AWAY", name="away")
    tag = IdTag.create(id_tag="FLEET-7", user=tags, restricted=True)
    IdTagChargePoint.create(id_tag=tag, charge_point="CP-HOME")
    async with connect16(url, "CP-HOME") as home, connect16(url, "CP-AWAY") as away:
        await home.boot()
        await away.boot()
        assert (await home.authorize("FLEET-7")).id_tag_info["status"] == "Accepted"
        assert (await away.authorize("FLEET-7")).id_tag_info["status"] == "Invalid"
        assert (await away.start_tx(1, "FLEET-7", 0)).id_tag_info["status"] == "Invalid"
        assert (await home.start_tx(1, "FLEET-7", 0)).id_tag_info["status"] == "Accepted"
    assert {t.charge_point_id for t in Transaction.select()} == {"CP-HOME", "CP-AWAY"}


async def test_reservation_admits_only_its_user_on_its_connector(services, cp, tags):
    other = _user("+66800000009")
    IdTag.create(id_tag="OTHER", user=other)
    IdTag.create(id_tag="OK-2", user=tags)  # a second tag of the reserving user
    conn1 = Connector.get((Connector.charge_point == "CP001") & (Connector.connector_id == 1))
    res = Reservation.create(user=tags, charge_point="CP001", connector=conn1,
                             start_time=NOW - timedelta(minutes=5),
                             end_time=NOW + timedelta(hours=1), ocpp_reservation_id=77)
    refused = await cp.start_tx(1, "OTHER", 0)
    assert refused.id_tag_info["status"] == "Invalid"
    assert Reservation.get_by_id(res.id).status == ReservationStatus.ACTIVE
    elsewhere = await cp.start_tx(2, "OTHER", 0)  # the reservation is for connector 1 only
    assert elsewhere.id_tag_info["status"] == "Accepted"
    admitted = await cp.start_tx(1, "OK-2", 0, reservation_id=77)
    assert admitted.id_tag_info["status"] == "Accepted"
    tx = Transaction.get(Transaction.transaction_id == str(admitted.transaction_id))
    assert tx.reservation_id == res.id and tx.user_id == tags.id
    assert Reservation.get_by_id(res.id).status == ReservationStatus.COMPLETED
    # Authorize alone (no connector) is not bound by the reservation, and never answers
    # ConcurrentTx (a StartTransaction.conf word in 1.6): OTHER charging on connector 2
    # is refused when it starts a second transaction; another tag of its user is fine
    assert (await cp.authorize("OTHER")).id_tag_info["status"] == "Accepted"
    assert (await cp.start_tx(3, "OTHER", 0)).id_tag_info["status"] == "ConcurrentTx"
    IdTag.create(id_tag="OTHER-2", user=other)
    assert (await cp.authorize("OTHER-2")).id_tag_info["status"] == "Accepted"


async def test_reservation_outside_its_window_does_not_block(cp, tags):
    IdTag.create(id_tag="OTHER", user=_user("+66800000010"))
    conn1 = Connector.get((Connector.charge_point == "CP001") & (Connector.connector_id == 1))
    Reservation.create(user=tags, charge_point="CP001", connector=conn1,
                       start_time=NOW + timedelta(hours=2), end_time=NOW + timedelta(hours=3))
    assert (await cp.start_tx(1, "OTHER", 0)).id_tag_info["status"] == "Accepted"


async def test_free_charging_accepts_an_unknown_tag(services, cp, tags):
    services.apply_settings(free_charging=True)
    assert (await cp.authorize("NOBODY")).id_tag_info["status"] == "Accepted"
    started = await cp.start_tx(1, "NOBODY", 0)
    assert started.id_tag_info["status"] == "Accepted"
    tx = Transaction.get(Transaction.transaction_id == str(started.transaction_id))
    assert tx.user_id is None and tx.id_tag == "NOBODY"
    services.apply_settings(free_charging=False)
    assert (await cp.authorize("NOBODY")).id_tag_info["status"] == "Invalid"


async def test_concurrent_tx_is_answered_at_the_start_not_at_authorize(server, url):  # type: ignore[no-untyped-def]
    """1.6 defines ConcurrentTx for StartTransaction.conf only: Authorize answered it for
    a tag charging elsewhere, while StartTransaction with that tag was accepted."""
    from chargers16 import connect16
    from ocpp.v16 import call

    from csms_desktop.store.models import IdTag

    IdTag.create(id_tag="BUSY1")
    async with connect16(url, "CTX1") as cp, connect16(url, "CTX2") as other:
        await cp.boot()
        await other.boot()
        first = await cp.call(call.Authorize(id_tag="BUSY1"))
        assert first.id_tag_info["status"] == "Accepted"
        await cp.call(call.StartTransaction(connector_id=1, id_tag="BUSY1", meter_start=0,
                                            timestamp="2024-01-15T14:20:00Z"))
        again = await other.call(call.Authorize(id_tag="BUSY1"))
        assert again.id_tag_info["status"] == "Accepted"
        second = await other.call(call.StartTransaction(connector_id=1, id_tag="BUSY1",
                                                        meter_start=0,
                                                        timestamp="2024-01-15T14:25:00Z"))
        assert second.id_tag_info["status"] == "ConcurrentTx"
        server.services.apply_settings(max_active_transactions_per_tag=3)
        third = await other.call(call.StartTransaction(connector_id=2, id_tag="BUSY1",
                                                       meter_start=0,
                                                       timestamp="2024-01-15T14:26:00Z"))
        assert third.id_tag_info["status"] == "Accepted"


async def test_free_charging_lets_one_unregistered_tag_start_many_chargers(server, url):  # type: ignore[no-untyped-def]
    """ConcurrentTx protects a registered tag (a driver's account); under free charging a
    tag nobody registered names no account, and an operator's central token started one
    charger and was refused ConcurrentTx on the next (the API's webhook test, 1 run in 3)."""
    from chargers16 import connect16
    from ocpp.v16 import call

    from csms_desktop.store.models import IdTag

    server.services.apply_settings(free_charging=True)
    IdTag.create(id_tag="OWNED1")
    async with connect16(url, "FREE1") as one, connect16(url, "FREE2") as two:
        await one.boot()
        await two.boot()
        for cp, connector in ((one, 1), (two, 1), (two, 2)):
            started = await cp.call(call.StartTransaction(
                connector_id=connector, id_tag="CENTRAL", meter_start=0,
                timestamp="2024-01-15T14:20:00Z"))
            assert started.id_tag_info["status"] == "Accepted"
        await one.call(call.StartTransaction(connector_id=2, id_tag="OWNED1", meter_start=0,
                                             timestamp="2024-01-15T14:21:00Z"))
        again = await two.call(call.StartTransaction(connector_id=3, id_tag="OWNED1",
                                                     meter_start=0,
                                                     timestamp="2024-01-15T14:22:00Z"))
        assert again.id_tag_info["status"] == "ConcurrentTx"  # a registered tag still is
