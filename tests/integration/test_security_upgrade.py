"""Raising a charger's security profile end to end against the built-in 1.6 simulator:
profile 1 (ws:// + Basic) -> 2 (wss:// + Basic) with the whitepaper's steps
(AuthorizationKey, then the SecurityProfile key), the rollback of a charger that cannot
connect at the new profile, and a charger that refuses."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator

import pytest
from chargers16 import connect16
from helpers16 import eventually
from websockets.exceptions import InvalidStatus

from csms_desktop.protocol.commands import Commands
from csms_desktop.protocol.server import OCPPServer
from csms_desktop.services.certificates import EXTRAS_KEY, CertificateStore
from csms_desktop.services.security_profiles import own_profile, upgrade
from csms_desktop.sim import Behaviour, SimChargePoint16, SimParams
from csms_desktop.store.cert_models import ChargerSecurity
from csms_desktop.store.models import ChargePoint

pytestmark = pytest.mark.timeout(90)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> CertificateStore:
    s = CertificateStore(tmp_path_factory.mktemp("site") / "tls")
    s.ensure()
    return s


@pytest.fixture
async def site(services, store) -> AsyncIterator[OCPPServer]:  # type: ignore[no-untyped-def]
    services.extras[EXTRAS_KEY] = store  # the CA that signs CSRs is the listener's
    srv = OCPPServer(services)
    await srv.start("127.0.0.1", 0, tls_port=0,
                    ssl_context=store.server_context(on_refused=srv.tls_refused))
    yield srv
    await srv.stop()


def _params() -> SimParams:
    return SimParams(connectors=1, meter_interval=5, auto_sessions=False, fault_prob=0,
                     disconnect_prob=0, reconnect_min=0.1, reconnect_max=0.3,
                     response_timeout=5.0, reset_delay=0.1)


@pytest.fixture
async def running(services, site, store):  # type: ignore[no-untyped-def]
    """A profile-1 simulator (ws:// with its own password) that knows the wss:// url."""
    ChargePoint.create(id="SIM-UP", name="upgrade me")
    services.chargers.set_password("SIM-UP", "initial-password-1")
    sim = SimChargePoint16("SIM-UP", params=_params(), behaviour=Behaviour(), seed=3)
    sim.tls_url = f"wss://127.0.0.1:{site.tls_port}/ocpp"
    sim.tls_ca = store.ca_pem().decode()
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(f"ws://127.0.0.1:{site.port}/ocpp",
                                       "initial-password-1", stop))
    await eventually(lambda: site.connection("SIM-UP") is not None
                     and site.connection("SIM-UP").booted, timeout=10)
    yield sim
    stop.set()
    await asyncio.wait_for(task, 30)


def _tls(site: OCPPServer, cp_id: str) -> bool:
    conn = site.connection(cp_id)
    return conn is not None and conn.ws.transport.get_extra_info("ssl_object") is not None


async def test_profile_1_simulator_upgraded_to_2(services, site, running):
    sim = running
    assert sim.security_profile == 1 and not _tls(site, "SIM-UP")
    result = await upgrade(services, Commands(site), "SIM-UP", 2, timeout=20)
    assert result.ok, result
    assert result.profile == 2 and own_profile("SIM-UP") == 2
    assert any(s.startswith("SecurityProfile 2: Accepted") for s in result.steps), result.steps
    await eventually(lambda: _tls(site, "SIM-UP") and site.connection("SIM-UP").booted,
                     timeout=10)
    assert sim.security_profile == 2
    assert sim.config.keys["SecurityProfile"][0] == "2"
    row = ChargerSecurity.get_by_id("SIM-UP")
    assert row.target_profile is None and row.password_set
    # from now on plain ws:// is refused, even with the right password
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(f"ws://127.0.0.1:{site.port}/ocpp", "SIM-UP",
                             password=sim.password):
            pass
    assert caught.value.response.status_code == 403
    # and the simulator keeps reconnecting over wss://
    await site.connection("SIM-UP").close(1001, "test: reconnect")
    await eventually(lambda: _tls(site, "SIM-UP") and site.connection("SIM-UP").booted,
                     timeout=10)


async def test_a_charger_that_cannot_reach_wss_rolls_back_and_stays_at_1(services, site,
                                                                          running, store):
    sim = running
    sim.tls_url = "wss://127.0.0.1:1/ocpp"  # nothing listens there
    result = await upgrade(services, Commands(site), "SIM-UP", 2, timeout=3)
    assert not result.ok and "stays at 1" in result.steps[-1], result
    assert own_profile("SIM-UP") == 1
    assert sim.profile_rollbacks >= 1 and sim.security_profile == 1
    # it came back over ws:// at profile 1 and is still admitted there
    await eventually(lambda: site.connection("SIM-UP") is not None
                     and site.connection("SIM-UP").booted and not _tls(site, "SIM-UP"),
                     timeout=10)
    assert ChargerSecurity.get_by_id("SIM-UP").target_profile is None


async def test_a_charger_refusing_the_security_profile_key(services, site, running):
    sim = running
    sim.tls_url = None  # not set up for TLS: the simulator refuses profile 2
    result = await upgrade(services, Commands(site), "SIM-UP", 2, timeout=3)
    assert not result.ok and result.steps[-1] == "SecurityProfile 2: Rejected", result
    assert own_profile("SIM-UP") == 1 and sim.next_profile is None
    assert ChargerSecurity.get_by_id("SIM-UP").target_profile is None
    with pytest.raises(ValueError):
        await upgrade(services, Commands(site), "SIM-UP", 4)


async def test_a_charger_without_password_gets_the_authorization_key_first(services, site,
                                                                           store):
    """Profile 0 -> 2: AuthorizationKey (a password of its own), then SecurityProfile."""
    ChargePoint.create(id="SIM-UP0", name="no password yet")
    sim = SimChargePoint16("SIM-UP0", params=_params(), behaviour=Behaviour(), seed=4)
    sim.tls_url = f"wss://127.0.0.1:{site.tls_port}/ocpp"
    sim.tls_ca = store.ca_pem().decode()
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(f"ws://127.0.0.1:{site.port}/ocpp", None, stop))
    try:
        await eventually(lambda: site.connection("SIM-UP0") is not None
                         and site.connection("SIM-UP0").booted, timeout=10)
        assert own_profile("SIM-UP0") == 0 and sim.password is None
        result = await upgrade(services, Commands(site), "SIM-UP0", 2, timeout=20)
        assert result.ok, result
        assert [s.split(":")[0].split(" (")[0] for s in result.steps] == [
            "AuthorizationKey set", "SecurityProfile 2", "reconnected at profile 2"]
        assert sim.password and ChargePoint.get_by_id("SIM-UP0").password_hash
        await eventually(lambda: _tls(site, "SIM-UP0") and site.connection("SIM-UP0").booted,
                         timeout=10)
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def test_profile_1_to_2_then_3_end_to_end(services, site, running, store):
    """Then 3: ExtendedTriggerMessage SignChargePointCertificate -> the simulator's CSR ->
    signed by the site CA -> CertificateSigned -> SecurityProfile 3 -> a connection with
    the client certificate and no password."""
    from csms_desktop.store.cert_models import ChargerCertificate

    sim = running
    commands = Commands(site)
    assert (await upgrade(services, commands, "SIM-UP", 2, timeout=20)).ok
    await eventually(lambda: _tls(site, "SIM-UP") and site.connection("SIM-UP").booted,
                     timeout=10)
    result = await upgrade(services, commands, "SIM-UP", 3, timeout=20)
    assert result.ok, result
    assert result.steps[:2] == ("ExtendedTriggerMessage SignChargePointCertificate: Accepted",
                                "client certificate signed by the site CA and installed")
    assert own_profile("SIM-UP") == 3 and sim.security_profile == 3
    row = ChargerCertificate.get(ChargerCertificate.charge_point_id == "SIM-UP")
    assert row.delivered and "CN=SIM-UP" in row.subject
    await eventually(lambda: _tls(site, "SIM-UP") and site.connection("SIM-UP").booted,
                     timeout=10)
    conn = site.connection("SIM-UP")
    assert conn.ws.request.headers.get("Authorization") is None  # no password at 3
    peer = conn.ws.transport.get_extra_info("ssl_object").getpeercert()
    assert dict(x[0] for x in peer["subject"])["commonName"] == "SIM-UP"
    # a password alone no longer gets in
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(f"wss://127.0.0.1:{site.tls_port}/ocpp", "SIM-UP",
                             password=sim.password, ssl=store.client_context()):
            pass
    assert caught.value.response.status_code == 403


async def test_a_fleet_started_on_wss_connects_at_profile_2(services, site, store):
    from csms_desktop.services.security_profiles import set_profile
    from csms_desktop.sim.fleet import SimFleet

    for i in (1, 2):
        ChargePoint.create(id=f"WSS00{i}", name="x")
        services.chargers.set_password(f"WSS00{i}", "fleet-password-1")
        set_profile(f"WSS00{i}", 2)
    fleet = SimFleet(f"wss://127.0.0.1:{site.tls_port}/ocpp", 2, id_prefix="WSS",
                     password="fleet-password-1", params=_params(),
                     tls_ca=store.ca_pem().decode())
    await fleet.start()
    try:
        await eventually(lambda: all(site.connection(f"WSS00{i}") is not None
                                     and site.connection(f"WSS00{i}").booted
                                     and _tls(site, f"WSS00{i}") for i in (1, 2)), timeout=15)
    finally:
        await fleet.stop()


def test_simulate_refuses_a_ca_that_is_not_a_certificate(tmp_path):
    import argparse

    from csms_desktop.sim.cli import _check, add_arguments

    parser = argparse.ArgumentParser()
    add_arguments(parser)
    bad = tmp_path / "ca.pem"
    bad.write_text("hello")
    assert "no PEM certificate" in _check(parser.parse_args(["--ca", str(bad)]))
    assert "No such file" in _check(parser.parse_args(["--ca", str(tmp_path / "none.pem")]))
    assert "--tls-url must be wss" in _check(parser.parse_args(["--tls-url", "ws://x:1"]))
    assert _check(parser.parse_args(["--url", "wss://127.0.0.1:9443"])) is None
