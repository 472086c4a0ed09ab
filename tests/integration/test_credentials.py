"""Issue 12, item 2: credentials are the default path. An accepted charger is given its
own random HTTP Basic password (1.6 AuthorizationKey, 2.0.1 BasicAuthPassword) and needs
it from then on; the built-in simulator learns it, as a real charger would."""

from __future__ import annotations

import asyncio

import pytest
from chargers16 import connect16
from helpers16 import eventually
from websockets.exceptions import InvalidStatus

from csms_desktop.protocol.commands import Commands
from csms_desktop.services.credentials import PASSWORD_LENGTH
from csms_desktop.services.driver_services import install
from csms_desktop.services.passwords import hash_password, pending_hash, set_pending
from csms_desktop.sim import Behaviour, SimChargePoint16, SimChargePoint201, SimParams
from csms_desktop.store.models import ChargePoint, Setting

pytestmark = pytest.mark.timeout(60)


def _params() -> SimParams:
    return SimParams(connectors=1, meter_interval=5, auto_sessions=False, fault_prob=0,
                     disconnect_prob=0, reconnect_min=0.1, reconnect_max=0.3,
                     response_timeout=5.0)


@pytest.fixture
def provisioning(services, server):  # type: ignore[no-untyped-def]
    services.apply_settings(provision_passwords=True)
    bundle = install(services, Commands(server))
    bundle.credentials.delay_s = 0.05
    yield bundle.credentials
    bundle.close()
    services.extras.clear()


@pytest.mark.parametrize("sim_class", [SimChargePoint16, SimChargePoint201],
                         ids=["1.6", "2.0.1"])
async def test_an_accepted_charger_gets_its_own_password(services, server, url, provisioning,
                                                         sim_class):
    sim = sim_class("SIM-PW", params=_params(), behaviour=Behaviour(), seed=1)
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(url, None, stop))
    try:
        await eventually(lambda: "SIM-PW" in provisioning.results, timeout=10)
        assert provisioning.results["SIM-PW"].ok, provisioning.results["SIM-PW"]
        cp = ChargePoint.get_by_id("SIM-PW")
        assert cp.password_hash and sim.password and len(sim.password) == PASSWORD_LENGTH
        # the impostor without the password is refused from now on ...
        with pytest.raises(InvalidStatus) as caught:
            async with connect16(url, "SIM-PW"):
                pass
        assert caught.value.response.status_code == 401
        # ... and the charger, reconnecting, uses its new password
        await server.connection("SIM-PW").close(1001, "test: reconnect")
        await eventually(lambda: server.connection("SIM-PW") is not None
                         and server.connection("SIM-PW").booted, timeout=10)
        assert services.chargers.throttle.retry_after("SIM-PW", "127.0.0.1:1") == 0
    finally:
        stop.set()
        done, _ = await asyncio.wait({task}, timeout=30)
        if not done:
            import io
            buf = io.StringIO()
            for t in asyncio.all_tasks():
                t.print_stack(file=buf)
            raise AssertionError(buf.getvalue())
    assert pending_hash("SIM-PW") is None


async def test_a_charger_that_refuses_the_key_keeps_working(services, server, url,
                                                            provisioning):
    sim = SimChargePoint16("SIM-NO", params=_params(), behaviour=Behaviour(respond="Rejected"),
                           seed=2)
    stop = asyncio.Event()
    task = asyncio.create_task(sim.run(url, None, stop))
    try:
        await eventually(lambda: "SIM-NO" in provisioning.results, timeout=10)
        assert not provisioning.results["SIM-NO"].ok
        assert ChargePoint.get_by_id("SIM-NO").password_hash is None
        assert server.connection("SIM-NO") is not None
    finally:
        stop.set()
        await asyncio.wait_for(task, 30)


async def test_a_password_accepted_but_not_stored_is_taken_when_presented(services, url):
    """A kill between the charger's Accepted and our update: the pending password works."""
    ChargePoint.create(id="CP-PEND", name="p")
    set_pending("CP-PEND", hash_password("pending-password-123"))
    async with connect16(url, "CP-PEND", password="pending-password-123") as charger:
        assert (await charger.boot()).status == "Accepted"
    assert ChargePoint.get_by_id("CP-PEND").password_hash
    assert pending_hash("CP-PEND") is None
    with pytest.raises(InvalidStatus):
        async with connect16(url, "CP-PEND"):
            pass


async def test_a_16_charger_may_send_the_authorization_key_as_hex(services, url):
    ChargePoint.create(id="CP-HEX", name="h")
    services.chargers.set_password("CP-HEX", "Abcdefghij0123456789")
    async with connect16(url, "CP-HEX", password=b"Abcdefghij0123456789".hex()) as c:
        assert (await c.boot()).status == "Accepted"


def test_an_existing_site_keeps_provisioning_off_after_the_upgrade(db_url: str) -> None:
    from csms_desktop.services.settings import load_settings
    from csms_desktop.store.db import close_database, open_database
    from csms_desktop.store.migrations import migrate_database

    db = open_database(db_url)
    migrate_database(db)
    # back to version 4, a site with its settings stored
    db.execute_sql("DELETE FROM schema_version WHERE version >= 5")
    db.execute_sql("DELETE FROM setting WHERE key = 'provision_passwords'")
    db.execute_sql("INSERT INTO setting (key, value, updated_at) VALUES "
                   "('site_name', '\"Old depot\"', '2026-01-01 00:00:00')")
    close_database()
    db = open_database(db_url)
    migrate_database(db)
    assert load_settings().provision_passwords is False
    assert Setting.get(Setting.key == "provision_passwords").value is False
    close_database()


def test_a_generated_password_is_stored_with_a_fast_salted_hash() -> None:
    """500 chargers booting spent 30 s of CPU on bcrypt for passwords the CSMS generated
    (119 random bits: nobody guesses them). Generated secrets are stored as salted
    SHA-256; a password a person chose keeps bcrypt, and both verify."""
    import time

    from csms_desktop.services.credentials import new_password
    from csms_desktop.services.passwords import check_password, hash_password, hash_secret

    secret = new_password()
    t0 = time.perf_counter()
    stored = [hash_secret(secret) for _ in range(100)]
    took = time.perf_counter() - t0
    assert took < 0.5  # bcrypt (rounds 10): ~6 s for 100
    assert all(h.startswith("sha256$") and len(h) <= 100 for h in stored)
    assert len(set(stored)) == 100  # salted
    assert check_password(secret, stored[0]) and not check_password(secret + "x", stored[0])
    chosen = hash_password("a person's choice")
    assert chosen.startswith("$2") and check_password("a person's choice", chosen)
    assert not check_password("a person's choice", stored[0])
