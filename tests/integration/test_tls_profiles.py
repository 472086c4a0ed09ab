"""OCPP security profiles 2 and 3 over real TLS on loopback.

The server listens on ws:// and wss:// at once with the site CA's certificate
(services/certificates.py); the chargers are websockets clients whose ssl context trusts
the site CA (and, for profile 3, holds a client certificate). A charger below its profile
is refused at the handshake (HTTP 401/403, or the TLS handshake itself for a certificate
not from the site CA) and a security event is stored.
"""

from __future__ import annotations

import datetime as dt
import ssl
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from chargers16 import connect16
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID
from helpers16 import connected, eventually
from websockets.exceptions import InvalidHandshake, InvalidStatus

from csms_desktop.protocol.server import OCPPServer
from csms_desktop.services.certificates import CertificateStore
from csms_desktop.services.security_profiles import record_issued, set_profile
from csms_desktop.store.models import ChargePoint, SecurityEventRecord


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> CertificateStore:
    s = CertificateStore(tmp_path_factory.mktemp("site") / "tls")
    s.ensure()
    return s


@pytest.fixture
async def tls_server(services, store) -> AsyncIterator[OCPPServer]:  # type: ignore[no-untyped-def]
    srv = OCPPServer(services)
    ctx = store.server_context(on_refused=srv.tls_refused)
    await srv.start("127.0.0.1", 0, tls_port=0, ssl_context=ctx)
    yield srv
    await srv.stop()


@pytest.fixture
def ws_url(tls_server: OCPPServer) -> str:
    return f"ws://127.0.0.1:{tls_server.port}/ocpp"


@pytest.fixture
def wss_url(tls_server: OCPPServer) -> str:
    return f"wss://127.0.0.1:{tls_server.tls_port}/ocpp"


def charger(cp_id: str, profile: int, password: str | None = None) -> None:
    from csms_desktop.services.passwords import hash_password

    ChargePoint.create(id=cp_id, name=cp_id,
                       password_hash=hash_password(password) if password else None)
    set_profile(cp_id, profile)


async def stored(services, kind: str) -> list[SecurityEventRecord]:  # type: ignore[no-untyped-def]
    await services.worker.call(services.writer.flush)
    return list(SecurityEventRecord.select().where(SecurityEventRecord.kind == kind))


def client_ctx(store: CertificateStore, cert: bytes | None = None,
               key: bytes | None = None) -> ssl.SSLContext:
    return store.client_context(cert, key)


def self_signed(cn: str) -> tuple[bytes, bytes]:
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=30)).sign(key, hashes.SHA256()))
    return (cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


# ---------------------------------------------------------------------- profile 2


async def test_profile_2_right_password_over_wss_connects(services, store, wss_url):
    charger("CP-P2", 2, "s3cret-password")
    async with connect16(wss_url, "CP-P2", password="s3cret-password",
                         ssl=client_ctx(store)) as cp:
        assert (await cp.boot()).status == "Accepted"
        assert connected("CP-P2")
        tls = cp._connection.transport.get_extra_info("ssl_object")
        assert tls is not None and tls.version() in ("TLSv1.2", "TLSv1.3")
    assert await stored(services, "SecurityProfileViolation") == []


async def test_profile_2_wrong_password_is_refused_401(services, store, wss_url):
    charger("CP-P2W", 2, "s3cret-password")
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(wss_url, "CP-P2W", password="wrong", ssl=client_ctx(store)):
            pass
    assert caught.value.response.status_code == 401
    rows = await stored(services, "AuthenticationFailed")
    assert [(r.charge_point_id, r.detail) for r in rows] == [("CP-P2W", "wrong password")]
    assert not connected("CP-P2W")


async def test_profile_2_charger_over_plain_ws_is_refused_403(services, ws_url):
    charger("CP-P2WS", 2, "s3cret-password")
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(ws_url, "CP-P2WS", password="s3cret-password"):
            pass
    assert caught.value.response.status_code == 403
    rows = await stored(services, "SecurityProfileViolation")
    assert [r.charge_point_id for r in rows] == ["CP-P2WS"]
    assert "wss://" in rows[0].detail
    assert ChargePoint.get_by_id("CP-P2WS").last_seen is None


async def test_site_minimum_2_refuses_a_profile_1_charger_on_ws(services, ws_url, wss_url, store):
    from csms_desktop.services.passwords import hash_password

    ChargePoint.create(id="CP-MIN", name="x", password_hash=hash_password("pw-of-cp-min"))
    services.apply_settings(tls_enabled=True, security_profile=2)
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(ws_url, "CP-MIN", password="pw-of-cp-min"):
            pass
    assert caught.value.response.status_code == 403
    async with connect16(wss_url, "CP-MIN", password="pw-of-cp-min",
                         ssl=client_ctx(store)) as cp:
        assert (await cp.boot()).status == "Accepted"


async def test_profile_1_still_works_on_ws_next_to_wss(services, ws_url):
    charger("CP-P1", 1, "profile-one-pw")
    async with connect16(ws_url, "CP-P1", password="profile-one-pw") as cp:
        assert (await cp.boot()).status == "Accepted"


# ---------------------------------------------------------------------- profile 3


async def test_profile_3_valid_client_certificate_connects_without_password(
        services, store, wss_url):
    charger("CP-P3", 3)
    cert, key = store.issue_client("CP-P3")
    async with connect16(wss_url, "CP-P3", ssl=client_ctx(store, cert, key)) as cp:
        assert (await cp.boot()).status == "Accepted"
        assert connected("CP-P3")


async def test_profile_3_certificate_with_the_chargers_serial_number_as_cn(
        services, store, wss_url):
    """1.6 whitepaper / 2.0.1 A00.FR.413: the CN may be the serial number the charger
    reported at boot."""
    charger("CP-P3SN", 3)
    ChargePoint.update(serial_number="SN-0815").where(ChargePoint.id == "CP-P3SN").execute()
    cert, key = store.issue_client("SN-0815")
    async with connect16(wss_url, "CP-P3SN", ssl=client_ctx(store, cert, key)) as cp:
        assert (await cp.boot()).status == "Accepted"
    other, okey = store.issue_client("SN-0816")
    with pytest.raises(InvalidStatus):
        async with connect16(wss_url, "CP-P3SN", ssl=client_ctx(store, other, okey)):
            pass


async def test_a_revoked_certificate_is_refused_even_with_the_right_cn(services, store,
                                                                       wss_url):
    from csms_desktop.services.security_profiles import revoke

    charger("CP-P3R", 3)
    cert, key = store.issue_client("CP-P3R")
    record_issued("CP-P3R", x509.load_pem_x509_certificate(cert), source="operator")
    async with connect16(wss_url, "CP-P3R", ssl=client_ctx(store, cert, key)) as cp:
        assert (await cp.boot()).status == "Accepted"
    assert revoke("CP-P3R") == 1
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(wss_url, "CP-P3R", ssl=client_ctx(store, cert, key)):
            pass
    assert caught.value.response.status_code == 403
    rows = await stored(services, "SecurityProfileViolation")
    assert [r.charge_point_id for r in rows] == ["CP-P3R"] and "revoked" in rows[0].detail
    fresh, fkey = store.issue_client("CP-P3R")  # a new certificate gets in again
    async with connect16(wss_url, "CP-P3R", ssl=client_ctx(store, fresh, fkey)) as cp:
        assert (await cp.boot()).status == "Accepted"


async def test_profile_3_certificate_of_another_id_is_refused_403(services, store, wss_url):
    charger("CP-P3A", 3)
    cert, key = store.issue_client("CP-OTHER")
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(wss_url, "CP-P3A", ssl=client_ctx(store, cert, key)):
            pass
    assert caught.value.response.status_code == 403
    rows = await stored(services, "SecurityProfileViolation")
    assert [r.charge_point_id for r in rows] == ["CP-P3A"]
    assert "CP-OTHER" in rows[0].detail


async def test_profile_3_certificate_whose_serial_was_issued_to_the_charger(
        services, store, wss_url):
    """The CN may differ when the site CA recorded the certificate for this charger."""
    charger("CP-P3S", 3)
    cert, key = store.issue_client("vendor-serial-0042")
    record_issued("CP-P3S", x509.load_pem_x509_certificate(cert), source="operator")
    async with connect16(wss_url, "CP-P3S", ssl=client_ctx(store, cert, key)) as cp:
        assert (await cp.boot()).status == "Accepted"


async def test_profile_3_without_a_certificate_is_refused_403(services, store, wss_url):
    charger("CP-P3N", 3)
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(wss_url, "CP-P3N", password="a-password-is-not-enough",
                             ssl=client_ctx(store)):
            pass
    assert caught.value.response.status_code == 403
    rows = await stored(services, "SecurityProfileViolation")
    assert [r.charge_point_id for r in rows] == ["CP-P3N"]
    assert "no client certificate" in rows[0].detail


async def test_profile_3_on_plain_ws_is_refused(services, ws_url):
    charger("CP-P3WS", 3)
    with pytest.raises(InvalidStatus) as caught:
        async with connect16(ws_url, "CP-P3WS"):
            pass
    assert caught.value.response.status_code == 403


async def _tls_refused(services, store, wss_url, cp_id, cert, key):  # type: ignore[no-untyped-def]
    with pytest.raises((OSError, InvalidHandshake, EOFError)):
        async with connect16(wss_url, cp_id, ssl=client_ctx(store, cert, key)) as cp:
            await cp.boot()
    await eventually(lambda: services.chargers.security.raised > 0)
    rows = await stored(services, "TLSHandshakeFailed")
    assert len(rows) == 1
    assert not connected(cp_id)
    return rows[0]


async def test_self_signed_client_certificate_fails_the_tls_handshake(services, store, wss_url):
    charger("CP-P3SS", 3)
    cert, key = self_signed("CP-P3SS")
    row = await _tls_refused(services, store, wss_url, "CP-P3SS", cert, key)
    assert "client certificate refused" in row.detail
    assert "self" in row.detail or "issuer" in row.detail


async def test_expired_client_certificate_fails_the_tls_handshake(services, store, wss_url):
    charger("CP-P3EX", 3)
    then = dt.datetime.now(dt.UTC) - dt.timedelta(days=400)
    past = CertificateStore(store.folder, hostnames=store.hostnames, now=lambda: then)
    cert, key = past.issue_client("CP-P3EX", days=30)  # the same CA, expired a year ago
    row = await _tls_refused(services, store, wss_url, "CP-P3EX", cert, key)
    assert "expired" in row.detail


# ---------------------------------------------------------------------- TLS parameters


async def test_ocpp_cipher_suites_over_tls_1_2(services, store, wss_url):
    charger("CP-TLS12", 2, "tls12-password")
    for suite in ("ECDHE-ECDSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384",
                  "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-RSA-AES256-GCM-SHA384",
                  # TLS_RSA_WITH_AES_128/256_GCM_SHA256/384, required of a CSMS (TC_086)
                  "AES128-GCM-SHA256", "AES256-GCM-SHA384"):
        ctx = client_ctx(store)
        ctx.maximum_version = ssl.TLSVersion.TLSv1_2
        ctx.set_ciphers(suite)
        async with connect16(wss_url, "CP-TLS12", password="tls12-password", ssl=ctx) as cp:
            tls = cp._connection.transport.get_extra_info("ssl_object")
            assert tls.cipher()[0] == suite and tls.version() == "TLSv1.2"


async def test_suites_outside_ocpp_and_tls_1_1_are_refused(services, store, wss_url):
    ctx = client_ctx(store)
    ctx.maximum_version = ssl.TLSVersion.TLSv1_2
    ctx.set_ciphers("AES128-SHA:AES256-SHA:ECDHE-RSA-AES128-SHA")  # CBC, not OCPP's
    with pytest.raises((OSError, InvalidHandshake, EOFError)):
        async with connect16(wss_url, "CP-OLD", ssl=ctx):
            pass
    await eventually(lambda: services.chargers.security.raised > 0)
    rows = await stored(services, "TLSHandshakeFailed")
    assert rows and "TLS handshake failed" in rows[0].detail


async def test_server_certificate_names_and_chain(store, tls_server):
    """A charger checks the server's name (127.0.0.1 and localhost are in the SAN)."""
    ctx = client_ctx(store)
    import asyncio

    _reader, writer = await asyncio.open_connection("127.0.0.1", tls_server.tls_port, ssl=ctx,
                                                   server_hostname="localhost")
    der = writer.get_extra_info("ssl_object").getpeercert(binary_form=True)
    cert = x509.load_der_x509_certificate(der)
    assert cert.issuer == x509.load_pem_x509_certificate(store.ca_pem()).subject
    writer.close()
    await writer.wait_closed()
    # a context that does not trust the site CA refuses the server
    with pytest.raises(ssl.SSLCertVerificationError):
        await asyncio.open_connection("127.0.0.1", tls_server.tls_port,
                                      ssl=ssl.create_default_context())


def test_tls_folder_is_private(store: CertificateStore) -> None:
    for key in (store.ca_key_path, store.key_path, store.ec_key_path):
        assert Path(key).stat().st_mode & 0o777 == 0o600


# ---------------------------------------------------------------------- the API's certificate


async def test_api_uses_the_site_certificate_beyond_loopback_only(
        services, server, tmp_path, monkeypatch):
    """The site CA writes ``<data dir>/tls/site-cert.pem``: the API serves https with it
    beyond the loopback, and stays http on 127.0.0.1 (clients there keep working)."""
    import aiohttp

    from csms_desktop.api.server import ApiServer
    from csms_desktop.protocol.commands import Commands
    from csms_desktop.services.settings_edit import ApiConfig

    monkeypatch.setenv("CSMS_DATA_DIR", str(tmp_path))
    site = CertificateStore(tmp_path / "tls", hostnames=["localhost", "127.0.0.1"])
    site.ensure()
    local = ApiServer(services, Commands(server), ApiConfig(host="127.0.0.1", port=0))
    assert local.ssl_context() is None
    wide = ApiServer(services, Commands(server), ApiConfig(host="0.0.0.0", port=0))
    await wide.start()
    try:
        assert wide.scheme == "https"
        async with aiohttp.ClientSession() as session, session.get(
                f"https://127.0.0.1:{wide.port}/openapi.json", ssl=site.client_context()) as r:
            assert r.status == 200
    finally:
        await wide.stop()
    await local.ctx.reads.aclose()


# ---------------------------------------------------------------------- serve


def _serve(tmp_path: Path, *args: str) -> tuple[list[str], dict[str, str]]:
    import os
    import sys

    env = {**os.environ, "PYTHONUNBUFFERED": "1", "CSMS_DATA_DIR": str(tmp_path / "data")}
    env.pop("CSMS_FORBID_QT", None)
    return [sys.executable, "main.py", "serve", "--db", f"sqlite:///{tmp_path / 'x.db'}",
            "--host", "127.0.0.1", "--no-api", "--unknown-chargers", "accept", *args], env


async def test_serve_tls_only_with_the_site_ca(tmp_path):
    import asyncio
    import socket
    import subprocess

    root = Path(__file__).resolve().parents[2]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        tls_port = s.getsockname()[1]
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        ws_port = s.getsockname()[1]
    cmd, env = _serve(tmp_path, "--tls", "--tls-port", str(tls_port), "--no-ws",
                      "--port", str(ws_port))
    proc = subprocess.Popen(cmd, cwd=root, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=env)
    try:
        folder = tmp_path / "data" / "tls"
        loop = asyncio.get_running_loop()
        deadline = loop.time() + 40
        while True:
            try:
                _r, w = await asyncio.open_connection("127.0.0.1", tls_port)
                w.close()
                break
            except OSError:
                assert loop.time() < deadline, "serve --tls did not listen"
                assert proc.poll() is None, proc.communicate()[1][-2000:]
                await asyncio.sleep(0.2)
        assert (folder / "ca-key.pem").stat().st_mode & 0o777 == 0o600
        ctx = ssl.create_default_context(cafile=str(folder / "ca-cert.pem"))
        async with connect16(f"wss://127.0.0.1:{tls_port}/ocpp", "CP-SERVE", ssl=ctx) as cp:
            assert (await cp.boot()).status == "Accepted"
        with pytest.raises(OSError):  # --no-ws: nothing on the plain port
            await asyncio.open_connection("127.0.0.1", ws_port)
    finally:
        proc.terminate()
        out, err = proc.communicate(timeout=40)
    assert proc.returncode == 0, err[-2000:]
    assert f"wss://127.0.0.1:{tls_port}/" in out and "serving OCPP on ws://" not in out


def test_serve_no_ws_without_tls_is_one_clear_error(tmp_path):
    import subprocess

    cmd, env = _serve(tmp_path, "--no-ws", "--port", "0")
    r = subprocess.run(cmd, cwd=Path(__file__).resolve().parents[2], capture_output=True,
                       text=True, timeout=60, env=env)
    assert r.returncode == 2, r.stderr[-2000:]
    assert "--no-ws without wss://" in r.stderr


# ---------------------------------------------------------------------- 2.0.1 stations


async def test_201_station_profiles_2_and_3(services, store, ws_url, wss_url):
    """The profiles are version-neutral: a 2.0.1 station at 2 (TLS + Basic) and at 3
    (client certificate), and refused on ws://."""
    from chargers201 import connect201

    charger("CS-P2", 2, "station-password-16")
    async with connect201(wss_url, "CS-P2", password="station-password-16",
                          ssl=client_ctx(store)) as cs:
        assert (await cs.boot()).status == "Accepted"
    with pytest.raises(InvalidStatus) as caught:
        async with connect201(ws_url, "CS-P2", password="station-password-16"):
            pass
    assert caught.value.response.status_code == 403
    charger("CS-P3", 3)
    cert, key = store.issue_client("CS-P3")
    async with connect201(wss_url, "CS-P3", ssl=client_ctx(store, cert, key)) as cs:
        assert (await cs.boot()).status == "Accepted"


def test_serve_with_an_unusable_certificate_is_one_clear_error(tmp_path):
    import subprocess

    bad = tmp_path / "cert.pem"
    bad.write_text("not a certificate")
    cmd, env = _serve(tmp_path, "--tls", "--tls-port", "0", "--port", "0",
                      "--tls-cert", str(bad), "--tls-key", str(bad))
    r = subprocess.run(cmd, cwd=Path(__file__).resolve().parents[2], capture_output=True,
                       text=True, timeout=60, env=env)
    assert r.returncode == 2, r.stderr[-2000:]
    lines = [line for line in r.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "cannot start wss://" in lines[0], lines
    cmd, env = _serve(tmp_path, "--tls", "--tls-cert", str(bad))
    r = subprocess.run(cmd, cwd=Path(__file__).resolve().parents[2], capture_output=True,
                       text=True, timeout=60, env=env)
    assert r.returncode == 2 and "--tls-cert and --tls-key" in r.stderr


async def test_a_due_server_certificate_is_renewed_in_the_running_listener(services, tmp_path):
    """Housekeeping re-issues the site CA's certificate 30 days before it expires and the
    listener presents the new one to new connections, without a restart."""
    import asyncio

    clock = {"now": dt.datetime.now(dt.UTC) - dt.timedelta(days=340)}
    store = CertificateStore(tmp_path / "tls", hostnames=["localhost", "127.0.0.1"],
                             now=lambda: clock["now"])
    srv = OCPPServer(services)
    await srv.start("127.0.0.1", None, tls_port=0, ssl_context=store.server_context())
    srv.certificates = store

    async def presented() -> x509.Certificate:
        _r, w = await asyncio.open_connection("127.0.0.1", srv.tls_port,
                                              ssl=store.client_context(),
                                              server_hostname="localhost")
        der = w.get_extra_info("ssl_object").getpeercert(binary_form=True)
        w.close()
        await w.wait_closed()
        return x509.load_der_x509_certificate(der)

    try:
        before = await presented()
        assert before.not_valid_after_utc - dt.datetime.now(dt.UTC) < dt.timedelta(days=30)
        clock["now"] = dt.datetime.now(dt.UTC)
        await srv._renew_certificate()
        after = await presented()
        assert after.serial_number != before.serial_number
        assert after.not_valid_after_utc - dt.datetime.now(dt.UTC) > dt.timedelta(days=300)
        assert not srv.serves_ws  # started with wss:// only
    finally:
        await srv.stop()
