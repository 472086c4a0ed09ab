"""The Security page (issue 15 item 4): the site CA and server certificate, each charger's
profile and certificate, upgrades with a confirmation, the security-event log and its
filters; managers and administrators only. A real site CA on disk (the
``services/certificates`` store the listener uses), a real SQLite database."""

from __future__ import annotations

import dataclasses
import datetime as dt
import shutil
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID
from driver_fakes import make_charger
from PySide6.QtWidgets import QFileDialog, QPushButton
from window_helpers import window_with

from csms_desktop.domain.enums import OperatorRole
from csms_desktop.gui.pages_security import SecurityPage, fingerprint_text
from csms_desktop.gui.widgets.confirm import pending_box
from csms_desktop.services.certificates import EXTRAS_KEY, IMPORTED, CertificateStore
from csms_desktop.services.operators import OperatorInfo
from csms_desktop.services.security_profiles import record_issued, set_profile
from csms_desktop.store.cert_models import ChargerCertificate, ChargerSecurity
from csms_desktop.store.models import SecurityEventRecord

MANAGER = OperatorInfo("m1", "boss", "Boss", OperatorRole.MANAGER)
ADMIN = OperatorInfo("a0", "root", "Root", OperatorRole.ADMIN)
ATTENDANT = OperatorInfo("a1", "desk", "Desk", OperatorRole.ATTENDANT)


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One site CA and server certificate per module (RSA key generation is slow); each
    test gets a copy of the folder."""
    folder = tmp_path_factory.mktemp("site") / "tls"
    CertificateStore(folder, hostnames=["localhost", "127.0.0.1"]).ensure()
    return folder


@pytest.fixture
def store(template: Path, tmp_path: Path, services) -> CertificateStore:  # type: ignore[no-untyped-def]
    folder = tmp_path / "tls"
    shutil.copytree(template, folder)
    s = CertificateStore(folder, hostnames=["localhost", "127.0.0.1"])
    services.extras[EXTRAS_KEY] = s
    return s


def open_page(qtbot, runtime, operator=MANAGER):  # type: ignore[no-untyped-def]
    win = window_with(runtime, ("Security",), operator=operator)
    qtbot.addWidget(win)
    win.show()
    assert win.show_page("Security")
    page = win.pages["Security"]
    assert isinstance(page, SecurityPage)
    qtbot.waitUntil(lambda: not page.busy and page.status is not None, timeout=10_000)
    return win, page


def plain(label_text: str) -> str:
    return label_text.replace(":", "").replace("\n", "").lower()


def test_page_lists_the_ca_and_server_certificate_with_fingerprints(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    _win, page = open_page(qtbot, runtime)
    status = store.status()
    assert plain(page.ca_panel.fingerprint.text()) == status.ca.fingerprint
    assert plain(page.server_panel.fingerprint.text()) == status.server.fingerprint
    assert page.ca_panel.fingerprint.text().count("\n") == 1  # 2 lines of 16 bytes
    assert "csms-desktop site CA" in page.ca_panel.subject.text()
    assert "days left" in page.ca_panel.expiry.text()
    assert page.ca_panel.expiry.property("due") is False  # ten years: not red
    assert page.server_panel.expiry.property("due") is False
    assert "localhost" in page.server_panel.extra.text()
    assert page.server_panel.listener.text().startswith("wss:// is off (")
    assert not page.ca_panel.listener.isVisibleTo(page)


def test_expiry_within_30_days_is_red(qtbot, runtime, tmp_path, services):  # type: ignore[no-untyped-def]
    real = dt.datetime.now(dt.UTC)
    # issued 340 days ago: the server certificate (365 days) has 25 days left
    old = CertificateStore(tmp_path / "old", hostnames=["localhost"],
                           now=lambda: real - dt.timedelta(days=340))
    old.ensure()
    services.extras[EXTRAS_KEY] = old
    _win, page = open_page(qtbot, runtime)
    assert page.server_panel.expiry.property("due") is True
    assert "#B3161B" in page.server_panel.expiry.styleSheet()
    assert "24 days left" in page.server_panel.expiry.text() or \
        "25 days left" in page.server_panel.expiry.text()
    assert page.ca_panel.expiry.property("due") is False


def test_an_attendant_does_not_get_the_page(qtbot, runtime, store, tmp_path):  # type: ignore[no-untyped-def]
    win = window_with(runtime, ("Security",), operator=ATTENDANT)
    qtbot.addWidget(win)
    win.show()
    assert "Security" not in win.visible_pages()
    assert not win.show_page("Security")
    assert not win.page_actions["Security"].isEnabled()
    # and the page itself refuses, whatever the navigation shows
    page = win.pages["Security"]
    target = tmp_path / "ca.pem"
    page.export_ca(str(target))
    qtbot.wait(200)
    assert not target.exists()
    assert "Only managers and administrators" in page.outcome.text()
    assert not page.export_button.isEnabled() and not page.renew_button.isEnabled()


@pytest.mark.parametrize("operator", [MANAGER, ADMIN])
def test_managers_and_administrators_get_the_page_on_ctrl_0(qtbot, runtime, store, operator):  # type: ignore[no-untyped-def]
    win = window_with(runtime, ("Security",), operator=operator)
    qtbot.addWidget(win)
    win.show()
    assert win.visible_pages()[-1] == "Security"
    assert win.page_actions["Security"].shortcut().toString() == "Ctrl+0"
    win.page_actions["Security"].trigger()
    assert win.current_page() == "Security"


def test_export_writes_the_ca_pem(qtbot, runtime, store, tmp_path, monkeypatch):  # type: ignore[no-untyped-def]
    _win, page = open_page(qtbot, runtime)
    target = tmp_path / "out" / "site-ca.pem"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "")))
    page.export_button.click()
    qtbot.waitUntil(target.exists, timeout=5000)
    qtbot.waitUntil(lambda: "Wrote the site CA" in page.outcome.text(), timeout=5000)
    cert = x509.load_pem_x509_certificate(target.read_bytes())
    assert cert.fingerprint(hashes.SHA256()).hex() == store.status().ca.fingerprint
    assert b"PRIVATE KEY" not in target.read_bytes()
    # a folder that cannot be written: said, nothing else changes
    page.export_ca(str(tmp_path / "missing" / "ca.pem"))
    qtbot.waitUntil(lambda: "not exported" in page.outcome.text(), timeout=5000)


def _charger_cells(page: SecurityPage) -> dict[str, list[str]]:
    t = page.chargers
    out = {}
    for i, rec in enumerate(t.records):
        out[rec.charge_point_id] = [t.item(i, j).text() for j in range(t.columnCount())]
    return out


def test_the_charger_table_shows_profiles_passwords_and_certificates(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    services = runtime.services
    make_charger("CP-OPEN")
    make_charger("CP-PASS")
    services.chargers.set_password("CP-PASS", "a-password-1")
    make_charger("CP-CERT")
    set_profile("CP-CERT", 3)
    pem, _key = store.issue_client("CP-CERT")
    cert = x509.load_pem_x509_certificate(pem)
    row = record_issued("CP-CERT", cert)
    ChargerCertificate.update(delivered=True).where(ChargerCertificate.id == row.id).execute()
    make_charger("CP-ASKED")
    set_profile("CP-ASKED", 1)
    ChargerSecurity.update(target_profile=2).where(
        ChargerSecurity.charge_point_id == "CP-ASKED").execute()
    SecurityEventRecord.create(charge_point_id="CP-PASS", kind="AuthenticationFailed",
                               detail="wrong password", timestamp=dt.datetime.now(dt.UTC))

    _win, page = open_page(qtbot, runtime)
    cells = _charger_cells(page)
    assert cells["CP-OPEN"][2] == "0" and cells["CP-OPEN"][3] == "no"
    assert cells["CP-PASS"][2] == "1" and cells["CP-PASS"][3] == "yes"
    assert "AuthenticationFailed" in cells["CP-PASS"][5]
    assert cells["CP-CERT"][2] == "3"
    assert cells["CP-CERT"][4] != "none" and "not installed" not in cells["CP-CERT"][4]
    assert cells["CP-OPEN"][4] == "none"
    assert cells["CP-ASKED"][2] == "1 → 2 (asked)"
    assert "site minimum: profile 0" in page.chargers_title.text()

    # the site minimum raises what a charger must meet
    services.settings = dataclasses.replace(services.settings, security_profile=2)
    page.load_chargers()
    qtbot.waitUntil(lambda: not page.busy, timeout=5000)
    assert _charger_cells(page)["CP-OPEN"][2] == "2 (site minimum; its own 0)"
    assert _charger_cells(page)["CP-CERT"][2] == "3"
    # a charger at 3 cannot be "upgraded" to 2 or 3
    page.chargers.selectRow(page.chargers.records.index(
        next(r for r in page.chargers.records if r.charge_point_id == "CP-CERT")))
    assert not page.upgrade2_button.isEnabled() and not page.upgrade3_button.isEnabled()


def _event_rows(page: SecurityPage) -> list[tuple[str, str]]:
    return [(r.charge_point_id, r.kind) for r in page.events.records]


def test_the_event_log_filters_newest_first(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    now = dt.datetime.now(dt.UTC)
    for cp, kind, ago in (("CP-A", "AuthenticationFailed", dt.timedelta(minutes=5)),
                          ("CP-B", "SecurityProfileViolation", dt.timedelta(minutes=1)),
                          ("CP-A", "SecurityProfileViolation", dt.timedelta(hours=3)),
                          ("CP-B", "AuthenticationFailed", dt.timedelta(days=3))):
        SecurityEventRecord.create(charge_point_id=cp, kind=kind, detail=f"{cp} {kind}",
                                   timestamp=now - ago)
    _win, page = open_page(qtbot, runtime)
    # last 24 hours by default, newest first
    assert _event_rows(page) == [("CP-B", "SecurityProfileViolation"),
                                 ("CP-A", "AuthenticationFailed"),
                                 ("CP-A", "SecurityProfileViolation")]
    assert page.events_count.text() == "3 events"

    def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
        i = combo.findData(data)
        assert i >= 0, data
        combo.setCurrentIndex(i)
        qtbot.waitUntil(lambda: not page.busy, timeout=5000)

    choose(page.f_period, "All time")
    assert len(_event_rows(page)) == 4 and _event_rows(page)[-1] == ("CP-B",
                                                                     "AuthenticationFailed")
    choose(page.f_charger, "CP-A")
    assert _event_rows(page) == [("CP-A", "AuthenticationFailed"),
                                 ("CP-A", "SecurityProfileViolation")]
    choose(page.f_kind, "SecurityProfileViolation")
    assert _event_rows(page) == [("CP-A", "SecurityProfileViolation")]
    choose(page.f_charger, "")
    assert _event_rows(page) == [("CP-B", "SecurityProfileViolation"),
                                 ("CP-A", "SecurityProfileViolation")]
    choose(page.f_period, "Last 24 hours")
    choose(page.f_kind, "AuthenticationFailed")
    assert _event_rows(page) == [("CP-A", "AuthenticationFailed")]
    assert page.events_count.text() == "1 event"
    # a time is shown in the site's zone
    assert page.events.item(0, 0).text()


def test_a_new_security_event_shows_by_itself(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    make_charger("CP-LIVE")
    _win, page = open_page(qtbot, runtime)
    assert _event_rows(page) == []
    runtime.services.chargers.security.raise_event("CP-LIVE", "AuthenticationFailed", "x")
    runtime.services.writer.flush()
    qtbot.waitUntil(lambda: _event_rows(page) == [("CP-LIVE", "AuthenticationFailed")],
                    timeout=5000)
    qtbot.waitUntil(lambda: "AuthenticationFailed" in _charger_cells(page)["CP-LIVE"][5],
                    timeout=5000)


def answer(win, button: str) -> str:  # type: ignore[no-untyped-def]
    """Click ``confirm_yes`` / ``confirm_cancel`` of the open confirmation; its text and
    informative text."""
    box = pending_box(win)
    assert box is not None, "no confirmation"
    text = box.text() + "\n" + box.informativeText()
    box.findChild(QPushButton, button).click()
    return text


def _select(page: SecurityPage, cp_id: str) -> None:
    for i, r in enumerate(page.chargers.records):
        if r.charge_point_id == cp_id:
            page.chargers.selectRow(i)
            return
    raise AssertionError(cp_id)


def test_upgrade_asks_first_and_cancel_changes_nothing(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    make_charger("CP-UP")
    runtime.services.chargers.set_password("CP-UP", "a-password-1")
    win, page = open_page(qtbot, runtime)
    _select(page, "CP-UP")
    assert page.upgrade2_button.isEnabled() and page.upgrade3_button.isEnabled()
    page.upgrade2_button.click()
    box = pending_box(win)
    assert box is not None
    assert "CP-UP" in box.text() and "2" in box.text()
    detail = box.informativeText()
    assert "AuthorizationKey" in detail and "SecurityProfile" in detail
    assert "1. " in detail and "3. " in detail  # the steps, numbered
    assert "must be connected" in detail
    answer(win, "confirm_cancel")
    qtbot.waitUntil(lambda: pending_box(win) is None, timeout=2000)
    assert page.upgrading is None and page.last_upgrade is None
    assert ChargerSecurity.get_or_none(ChargerSecurity.charge_point_id == "CP-UP") is None
    assert not page.outcome.isVisible()
    # profile 3 lists its own steps
    page.upgrade3_button.click()
    assert "SignChargePointCertificate" in answer(win, "confirm_cancel")
    assert ChargerSecurity.get_or_none(ChargerSecurity.charge_point_id == "CP-UP") is None


def test_a_confirmed_upgrade_of_an_offline_charger_says_why_it_failed(qtbot, qloop, runtime, store):  # type: ignore[no-untyped-def]
    make_charger("CP-OFF")
    win, page = open_page(qtbot, runtime)
    _select(page, "CP-OFF")
    page.upgrade2_button.click()
    answer(win, "confirm_yes")
    qtbot.waitUntil(lambda: page.last_upgrade is not None, timeout=10_000)
    assert not page.last_upgrade.ok
    assert "not connected" in page.outcome.text() and "failed" in page.outcome.text()
    assert page.upgrading is None and page.upgrade2_button.isEnabled()
    assert ChargerSecurity.get_or_none(ChargerSecurity.charge_point_id == "CP-OFF") is None


def test_renew_asks_first_then_issues_a_new_server_certificate(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    win, page = open_page(qtbot, runtime)
    before = store.status().server.fingerprint
    page.renew_button.click()
    assert "new server certificate" in answer(win, "confirm_cancel")
    qtbot.wait(100)
    assert store.status().server.fingerprint == before
    page.renew_button.click()
    answer(win, "confirm_yes")
    qtbot.waitUntil(lambda: "Issued a new server certificate" in page.outcome.text(),
                    timeout=15_000)
    after = store.status().server.fingerprint
    assert after != before
    qtbot.waitUntil(lambda: plain(page.server_panel.fingerprint.text()) == after, timeout=5000)
    assert store.status().ca.fingerprint == plain(page.ca_panel.fingerprint.text())


def _pkcs12(passphrase: bytes) -> tuple[bytes, x509.Certificate]:
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "csms.depot.example")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=90))
            .sign(key, hashes.SHA256()))
    data = pkcs12.serialize_key_and_certificates(
        b"site", key, cert, None, serialization.BestAvailableEncryption(passphrase))
    return data, cert


def test_import_pkcs12_wrong_passphrase_keeps_the_certificate_then_imports(qtbot, runtime, store, tmp_path):  # type: ignore[no-untyped-def]
    _win, page = open_page(qtbot, runtime)
    before = store.status().server.fingerprint
    data, cert = _pkcs12(b"right-passphrase")
    p12 = tmp_path / "site.p12"
    p12.write_bytes(data)
    dlg = page.open_import()
    assert dlg is not None
    dlg.cert_file.setText(str(p12))
    dlg.passphrase.setText("wrong-passphrase")
    dlg.import_button.click()
    qtbot.waitUntil(lambda: "Not imported" in dlg.error.text(), timeout=5000)
    assert "passphrase" in dlg.error.text()
    assert dlg.isVisible() and dlg.cert_file.text() == str(p12)  # nothing typed is lost
    assert store.status().server.fingerprint == before and store.source() != IMPORTED
    dlg.passphrase.setText("right-passphrase")
    dlg.import_button.click()
    qtbot.waitUntil(lambda: "Imported" in page.outcome.text(), timeout=5000)
    fp = cert.fingerprint(hashes.SHA256()).hex()
    assert store.source() == IMPORTED and store.status().server.fingerprint == fp
    qtbot.waitUntil(lambda: plain(page.server_panel.fingerprint.text()) == fp, timeout=5000)
    assert "imported" in page.server_panel.extra.text()
    assert "csms.depot.example" in page.server_panel.subject.text()


def test_import_of_a_missing_file_says_so(qtbot, runtime, store, tmp_path):  # type: ignore[no-untyped-def]
    _win, page = open_page(qtbot, runtime)
    dlg = page.open_import()
    dlg.import_button.click()
    assert "Choose the certificate file" in dlg.error.text()
    dlg.cert_file.setText(str(tmp_path / "nothing.pem"))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: "Not imported" in dlg.error.text(), timeout=5000)
    assert "nothing.pem" in dlg.error.text()
    assert store.source() != IMPORTED


def test_fingerprint_text_is_two_lines_of_16_bytes() -> None:
    text = fingerprint_text("ab" * 32)
    assert text.split("\n") == [":".join(["AB"] * 16)] * 2


# ---------------------------------------------------------------------- end to end

@pytest.fixture
def tls_site(qloop, services, store):  # type: ignore[no-untyped-def]
    """The real server on ws:// and wss:// (the site CA's certificate), on the qasync loop."""
    from live_helpers import run_in_qt

    from csms_desktop.protocol.server import OCPPServer

    srv = OCPPServer(services)
    run_in_qt(srv.start("127.0.0.1", 0, tls_port=0,
                        ssl_context=store.server_context(on_refused=srv.tls_refused)))
    yield srv
    run_in_qt(srv.stop())


@pytest.mark.timeout(90)
def test_upgrade_from_the_page_raises_a_simulator_to_profile_2(qtbot, qloop, services, store, tls_site):  # type: ignore[no-untyped-def]
    """Profile 1 (ws:// + password) -> 2 (wss://) through the page's button and its
    confirmation, against the built-in 1.6 simulator; the window keeps working meanwhile."""
    import asyncio

    from live_helpers import run_in_qt

    from csms_desktop.headless import Runtime
    from csms_desktop.sim import Behaviour, SimChargePoint16, SimParams
    from csms_desktop.store.models import ChargePoint

    ChargePoint.create(id="SIM-GUI", name="upgrade me")
    services.chargers.set_password("SIM-GUI", "initial-password-1")
    sim = SimChargePoint16("SIM-GUI", params=SimParams(
        connectors=1, meter_interval=5, auto_sessions=False, fault_prob=0, disconnect_prob=0,
        reconnect_min=0.1, reconnect_max=0.3, response_timeout=5.0, reset_delay=0.1),
        behaviour=Behaviour(), seed=5)
    sim.tls_url = f"wss://127.0.0.1:{tls_site.tls_port}/ocpp"
    sim.tls_ca = store.ca_pem().decode()
    stop = asyncio.Event()
    task = asyncio.ensure_future(sim.run(f"ws://127.0.0.1:{tls_site.port}/ocpp",
                                         "initial-password-1", stop))
    win = None
    try:
        qtbot.waitUntil(lambda: tls_site.connection("SIM-GUI") is not None
                        and tls_site.connection("SIM-GUI").booted, timeout=10_000)
        win, page = open_page(qtbot, Runtime(services, tls_site, "sqlite:///test"))
        page.load_chargers()
        qtbot.waitUntil(lambda: not page.busy, timeout=5000)
        cells = _charger_cells(page)["SIM-GUI"]
        assert cells[2] == "1" and "connected" in cells[0]
        # this listener was given its context (as with --tls-cert/--tls-key): said so
        assert "uses its own certificate files" in page.server_panel.listener.text()
        _select(page, "SIM-GUI")
        page.upgrade2_button.click()
        assert "must be connected" not in answer(win, "confirm_yes")
        assert page.upgrading == "SIM-GUI"
        assert not page.upgrade2_button.isEnabled()  # one upgrade at a time
        assert "running" in page.outcome.text()
        qtbot.waitUntil(lambda: page.last_upgrade is not None, timeout=40_000)
        result = page.last_upgrade
        assert result.ok and result.profile == 2, result
        assert "done, now at profile 2" in page.outcome.text()
        assert "SecurityProfile 2: Accepted" in page.outcome.toolTip()
        qtbot.waitUntil(lambda: not page.busy
                        and _charger_cells(page)["SIM-GUI"][2] == "2", timeout=5000)
        assert sim.security_profile == 2
    finally:
        stop.set()
        run_in_qt(asyncio.wait_for(task, 30), 35)
        if win is not None:
            win.bridge.close()  # the server stops after the window is gone


def test_a_hidden_page_reads_nothing_on_events_and_catches_up_when_shown(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    make_charger("CP-HID")
    win, page = open_page(qtbot, runtime)
    win.show_page("Dashboard")  # a placeholder here: the Security page is hidden
    qtbot.waitUntil(lambda: not page.isVisible(), timeout=2000)
    runtime.services.chargers.security.raise_event("CP-HID", "AuthenticationFailed", "x")
    runtime.services.writer.flush()
    qtbot.wait(1300)
    assert _event_rows(page) == [] and not page.busy  # nothing read while hidden
    win.show_page("Security")
    qtbot.waitUntil(lambda: _event_rows(page) == [("CP-HID", "AuthenticationFailed")],
                    timeout=5000)


def test_a_client_certificate_expiring_within_30_days_is_red(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    from PySide6.QtCore import Qt

    make_charger("CP-SOON")
    make_charger("CP-LATER")
    for cp, days in (("CP-SOON", 10), ("CP-LATER", 300)):
        pem, _key = store.issue_client(cp, days=days)
        row = record_issued(cp, x509.load_pem_x509_certificate(pem))
        ChargerCertificate.update(delivered=True).where(ChargerCertificate.id == row.id).execute()
    _win, page = open_page(qtbot, runtime)
    colours = {r.charge_point_id: page.chargers.item(i, 4).foreground().color()
               for i, r in enumerate(page.chargers.records)}
    assert colours["CP-SOON"] == Qt.GlobalColor.red
    assert colours["CP-LATER"] != Qt.GlobalColor.red


def _presented(store: CertificateStore, port: int) -> str:
    """SHA-256 of the certificate a new wss:// connection is shown."""
    import asyncio

    from live_helpers import run_in_qt

    async def probe() -> str:
        _r, w = await asyncio.open_connection("127.0.0.1", port, ssl=store.client_context(),
                                              server_hostname="localhost")
        der = w.get_extra_info("ssl_object").getpeercert(binary_form=True)
        w.close()
        return x509.load_der_x509_certificate(der).fingerprint(hashes.SHA256()).hex()

    return run_in_qt(probe(), 10)


def _site_fingerprints(store: CertificateStore) -> set[str]:
    return {x509.load_pem_x509_certificate(p.read_bytes()).fingerprint(hashes.SHA256()).hex()
            for p in (store.cert_path, store.ec_cert_path)}


def test_renew_reaches_the_running_wss_listener(qtbot, qloop, services, store, tls_site):  # type: ignore[no-untyped-def]
    from csms_desktop.headless import Runtime

    tls_site.certificates = store  # as headless.tls_listener does for the site CA's files
    old = _site_fingerprints(store)
    assert _presented(store, tls_site.tls_port) in old
    win, page = open_page(qtbot, Runtime(services, tls_site, "sqlite:///test"))
    try:
        assert page.server_panel.listener.text() == \
            f"wss:// on port {tls_site.tls_port} presents it"
        page.renew_button.click()
        answer(win, "confirm_yes")
        qtbot.waitUntil(lambda: "Issued a new server certificate" in page.outcome.text(),
                        timeout=15_000)
        assert "New wss:// connections get it now." in page.outcome.text()
        new = _site_fingerprints(store)
        assert not new & old
        assert _presented(store, tls_site.tls_port) in new  # no restart
    finally:
        win.bridge.close()


def test_renew_without_wss_says_when_the_certificate_is_used(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    win, page = open_page(qtbot, runtime)
    page.renew_button.click()
    answer(win, "confirm_yes")
    qtbot.waitUntil(lambda: "Issued a new server certificate" in page.outcome.text(),
                    timeout=15_000)
    assert "wss:// is off" in page.outcome.text()


def test_import_pem_certificate_and_key_files(qtbot, runtime, store, tmp_path):  # type: ignore[no-untyped-def]
    _win, page = open_page(qtbot, runtime)
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "pem.depot.example")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(minutes=5))
            .not_valid_after(now + dt.timedelta(days=20)).sign(key, hashes.SHA256()))
    (tmp_path / "c.pem").write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    (tmp_path / "k.pem").write_bytes(key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    dlg = page.open_import()
    dlg.cert_file.setText(str(tmp_path / "c.pem"))
    dlg.import_button.click()  # the key is not in the certificate's file
    qtbot.waitUntil(lambda: "no private key" in dlg.error.text(), timeout=5000)
    assert store.source() != IMPORTED
    dlg.key_file.setText(str(tmp_path / "k.pem"))
    dlg.import_button.click()
    qtbot.waitUntil(lambda: "Imported" in page.outcome.text(), timeout=5000)
    assert "pem.depot.example" in page.outcome.text()
    qtbot.waitUntil(lambda: "pem.depot.example" in page.server_panel.subject.text(),
                    timeout=5000)
    assert page.server_panel.expiry.property("due") is True  # 20 days: red, renew soon


def test_the_site_selector_filters_chargers_and_events(qtbot, runtime, store):  # type: ignore[no-untyped-def]
    """The window's site selector (issue 19): the Security page lists that site's
    chargers and their security events only, and the event filter offers only them."""
    from csms_desktop.gui.main_window import MainWindow
    from csms_desktop.gui.site_filter import SETTINGS_KEY
    from csms_desktop.services import sites
    from csms_desktop.store.models import ChargePoint

    north, south = sites.ensure_site("North"), sites.ensure_site("South")
    now = dt.datetime.now(dt.UTC)
    for cp, site in (("N1", north.id), ("S1", south.id)):
        ChargePoint.create(id=cp, name=cp, site=site)
        SecurityEventRecord.create(charge_point_id=cp, kind="AuthenticationFailed",
                                   detail=cp, timestamp=now)
    MainWindow.gui_settings().setValue(SETTINGS_KEY, "")
    win, page = open_page(qtbot, runtime)
    win.site_selector.set_sites(sites.list_sites())

    def shown() -> tuple[list[str], list[str], list[str]]:
        qtbot.waitUntil(lambda: not page.busy, timeout=5000)
        return ([r.charge_point_id for r in page.chargers.records],
                sorted(r.charge_point_id for r in page.events.records),
                [page.f_charger.itemData(i) for i in range(1, page.f_charger.count())])

    assert shown() == (["N1", "S1"], ["N1", "S1"], ["N1", "S1"])
    win.site_selector.select(north.id)
    qtbot.waitUntil(lambda: shown()[0] == ["N1"], timeout=5000)
    assert shown()[1] == ["N1"]
    win.site_selector.select(south.id)
    qtbot.waitUntil(lambda: shown()[0] == ["S1"], timeout=5000)
    assert shown()[1] == ["S1"]
    win.site_selector.select(None)
    qtbot.waitUntil(lambda: shown()[0] == ["N1", "S1"], timeout=5000)
    MainWindow.gui_settings().setValue(SETTINGS_KEY, "")
