"""OCPP 1.6J websocket admission: HTTP Basic auth, subprotocols, identities, replacement."""

from __future__ import annotations

import asyncio

import pytest
import websockets
from chargers16 import basic_auth, connect16, connect_raw, raw_boot
from helpers16 import connected, eventually, logged
from websockets.exceptions import ConnectionClosed, InvalidStatus

from csms_desktop.domain.enums import NotificationType, OCPPVersion
from csms_desktop.services.events import ChargerDisconnected, SecurityEvent
from csms_desktop.store.models import ChargePoint, Notification


@pytest.fixture
def secured(services):
    ChargePoint.create(id="CP-SEC", name="secured")
    services.chargers.set_password("CP-SEC", "secret")
    events: list[SecurityEvent] = []
    services.hub.subscribe(SecurityEvent, events.append)
    return events


async def test_basic_auth_right_password_connects(services, url, secured):
    async with connect16(url, "CP-SEC", password="secret") as charger:
        assert (await charger.boot()).status == "Accepted"
        assert connected("CP-SEC")
    assert secured == []
    assert ChargePoint.get_by_id("CP-SEC").vendor == "TestVendor"


@pytest.mark.parametrize("password", ["wrong", None], ids=["wrong", "missing"])
async def test_basic_auth_wrong_or_missing_password_gets_401(services, url, secured, password):
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(url, "CP-SEC", password=password):
            pass
    assert caught.value.response.status_code == 401
    assert "Basic" in caught.value.response.headers["WWW-Authenticate"]
    assert [(e.charge_point_id, e.kind) for e in secured] == [("CP-SEC", "AuthenticationFailed")]
    row = ChargePoint.get_by_id("CP-SEC")
    assert row.connected is False and row.last_seen is None
    assert logged(services, "CP-SEC") == []


async def test_basic_auth_user_must_be_the_charger_identity(services, url, secured):
    with pytest.raises(InvalidStatus) as caught:
        await websockets.connect(f"{url}/CP-SEC", subprotocols=["ocpp1.6"],
                                 additional_headers={"Authorization": basic_auth("CP-X", "secret")})
    assert caught.value.response.status_code == 401
    assert len(secured) == 1


async def test_security_profile_1_refuses_a_charger_without_password(services, url, secured):
    services.apply_settings(security_profile=1)
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(url, "CP-NOPW", password="anything"):
            pass
    assert caught.value.response.status_code == 401
    assert [e.charge_point_id for e in secured] == ["CP-NOPW"]
    assert ChargePoint.get_or_none(ChargePoint.id == "CP-NOPW") is None


async def test_no_subprotocol_is_served_as_16(services, url):
    async with connect_raw(url, "CP-NOSUB", subprotocols=None) as ws:
        assert ws.subprotocol is None
        answer = await raw_boot(ws)
        assert answer[0] == 3 and answer[2]["status"] == "Accepted"
    assert ChargePoint.get_by_id("CP-NOSUB").protocol == OCPPVersion.OCPP16
    assert [r.action for r in logged(services, "CP-NOSUB")] == ["BootNotification"] * 2


async def test_offered_16_is_selected(services, url):
    async with connect16(url, "CP-SUB", subprotocols=["ocpp1.5", "ocpp1.6"]) as charger:
        assert charger._connection.subprotocol == "ocpp1.6"
        assert (await charger.boot()).status == "Accepted"


async def test_unsupported_subprotocol_only_is_closed(services, url):
    async with connect_raw(url, "CP-OLD", subprotocols=["ocpp1.5"]) as ws:
        with pytest.raises(ConnectionClosed) as caught:
            await asyncio.wait_for(ws.recv(), 2)
    assert caught.value.rcvd is not None and caught.value.rcvd.code == 1002
    assert ChargePoint.get_or_none(ChargePoint.id == "CP-OLD") is None


async def test_identity_is_last_path_segment_url_decoded(services, server):
    base = f"ws://127.0.0.1:{server.port}/ocpp/site-a"
    async with connect16(base, "CP:001") as charger:  # sent as .../site-a/CP%3A001
        assert charger._connection.request.path == "/ocpp/site-a/CP%3A001"
        assert (await charger.boot()).status == "Accepted"
        assert ChargePoint.get_by_id("CP:001").connected is True
    assert {r.charge_point_id for r in logged(services, "CP:001")} == {"CP:001"}


async def test_no_identity_in_path_is_refused(server):
    with pytest.raises(InvalidStatus) as caught:
        await websockets.connect(f"ws://127.0.0.1:{server.port}/", subprotocols=["ocpp1.6"])
    assert caught.value.response.status_code == 404


async def test_second_connection_replaces_a_first_that_no_longer_answers(services, server,
                                                                         url):
    """A charger that rebooted reconnects while its old TCP connection is half-open: the
    old one does not answer the ping any more and is replaced."""
    services.apply_settings(takeover_ping_timeout=0.5)
    gone: list[ChargerDisconnected] = []
    services.hub.subscribe(ChargerDisconnected, gone.append)
    async with connect16(url, "CP-DUP") as first:
        await first.boot()
        first._connection.transport.pause_reading()  # half-open: no pong comes back
        async with connect16(url, "CP-DUP") as second:
            assert (await second.heartbeat()).current_time
            assert (await second.boot()).status == "Accepted"
            assert server.connection("CP-DUP") is not None
            assert server.connection("CP-DUP").ws.remote_address == \
                second._connection.local_address
            await eventually(lambda: len(gone) == 1)
            assert connected("CP-DUP")
            offline = Notification.select().where(
                (Notification.charge_point_id == "CP-DUP")
                & (Notification.type == NotificationType.SYSTEM_MAINTENANCE))
            assert offline.count() == 0
        await eventually(lambda: not connected("CP-DUP"))
    assert offline.count() == 1
    assert server.connection("CP-DUP") is None


async def test_unauthenticated_newcomer_cannot_displace_a_live_connection(services, server,
                                                                          url):
    """Seen in the field: a second connection with a known id and no password closed the
    real charger and was served in its place (StopTransaction of its transaction...)."""
    events: list[SecurityEvent] = []
    services.hub.subscribe(SecurityEvent, events.append)
    async with connect16(url, "CP-LIVE") as real:
        await real.boot()
        with pytest.raises(InvalidStatus) as caught:
            async with connect16(url, "CP-LIVE"):
                pass
        assert caught.value.response.status_code == 409
        assert not real.closed.is_set()
        assert (await real.heartbeat()).current_time
        assert server.connection("CP-LIVE").ws.remote_address == real._connection.local_address
    assert [(e.charge_point_id, e.kind) for e in events] == [("CP-LIVE", "DuplicateConnection")]
    assert Notification.select().where(Notification.title.contains("DuplicateConnection")).count() == 1


async def test_authenticated_newcomer_replaces_a_live_connection(services, server, url):
    ChargePoint.create(id="CP-PW", name="secured")
    services.chargers.set_password("CP-PW", "secret-password")
    async with connect16(url, "CP-PW", password="secret-password") as first:
        await first.boot()
        async with connect16(url, "CP-PW", password="secret-password") as second:
            await asyncio.wait_for(first.closed.wait(), 2)
            assert first.close_code == 1000
            assert (await second.heartbeat()).current_time
            assert server.connection("CP-PW").ws.remote_address == \
                second._connection.local_address


@pytest.mark.parametrize("identity", [
    "../../../etc/passwd", "x'; DROP TABLE charge_point;--", "CP\x00", "CP\r\nX", "CP 1",
    "ชาร์จ1", "A" * 49, "%00", "CP\u00e9",
])
async def test_identities_outside_identifier_string_are_refused(services, server, identity):
    events: list[SecurityEvent] = []
    services.hub.subscribe(SecurityEvent, events.append)
    from urllib.parse import quote

    with pytest.raises(InvalidStatus) as caught:
        await websockets.connect(f"ws://127.0.0.1:{server.port}/ocpp/{quote(identity, safe='')}",
                                 subprotocols=["ocpp1.6"])
    assert caught.value.response.status_code == 400
    assert [e.kind for e in events] == ["InvalidIdentity"]
    assert ChargePoint.select().count() == 0
    assert logged(services, identity) == []


async def test_the_longest_identity_and_every_allowed_character_connect(services, url):
    for identity in ("A" * 48, "az-AZ_09*=:+|@."):
        async with connect16(url, identity) as charger:
            assert (await charger.boot()).status == "Accepted"
        assert ChargePoint.get_by_id(identity).vendor == "TestVendor"


async def test_wrong_password_flood_is_throttled_and_a_neighbour_stays_fast(services, url,
                                                                            secured):
    """Seen: 300 wrong passwords in 10 s were all checked with bcrypt and slowed a
    connected charger's heartbeat to 1.3 s."""
    import time

    statuses = []
    async with connect16(url, "CP-GOOD") as good:
        await good.boot()
        worst = 0.0
        for _ in range(40):
            try:
                async with connect16(url, "CP-SEC", password="guess"):
                    pass
            except InvalidStatus as exc:
                statuses.append(exc.response.status_code)
                if exc.response.status_code == 429:
                    assert int(exc.response.headers["Retry-After"]) >= 1
            t0 = time.perf_counter()
            await good.heartbeat()
            worst = max(worst, time.perf_counter() - t0)
    assert statuses[:7] == [401] * 6 + [429]
    # the back-off doubles (2 s, 4 s...): only a few more guesses are ever checked
    assert statuses.count(401) <= 8
    assert worst < 0.25
    kinds = [e.kind for e in secured]
    assert kinds.count("AuthenticationFailed") == statuses.count(401)
    assert "AuthenticationThrottled" in kinds
    # the right password is refused too while the id is blocked: no oracle for guesses
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(url, "CP-SEC", password="secret"):
            pass
    assert caught.value.response.status_code == 429


async def test_a_connection_that_never_boots_is_closed(services, server, url):
    import dataclasses

    services.settings = dataclasses.replace(services.settings, boot_timeout=1)
    events: list[SecurityEvent] = []
    services.hub.subscribe(SecurityEvent, events.append)
    async with connect_raw(url, "CP-IDLE") as ws:
        with pytest.raises(ConnectionClosed) as caught:
            await asyncio.wait_for(ws.recv(), 5)
    assert caught.value.rcvd is not None and caught.value.rcvd.code == 1008
    assert [e.kind for e in events] == ["NoBootNotification"]
    await eventually(lambda: server.connection("CP-IDLE") is None)


async def test_a_booted_connection_is_kept_past_the_boot_timeout(services, server, url):
    import dataclasses

    services.settings = dataclasses.replace(services.settings, boot_timeout=1)
    async with connect16(url, "CP-BOOTS") as charger:
        await charger.boot()
        await asyncio.sleep(1.5)
        assert (await charger.heartbeat()).current_time
        assert not charger.closed.is_set()
