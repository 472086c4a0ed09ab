"""Every command of the neutral interface through the API, against simulated chargers of
both versions: one that accepts, one that refuses, one that does not answer, one offline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from api_helpers import ApiSite, sim_charger, wait_for

from csms_desktop.api.commands import command_methods
from csms_desktop.domain.enums import OCPPVersion, TransactionStatus
from csms_desktop.store.models import ChargePoint, Transaction

pytestmark = pytest.mark.timeout(60)

SOON = (datetime.now(UTC) + timedelta(hours=1)).isoformat()
PROFILE = {"id": 7, "stack_level": 1, "purpose": "TxDefaultProfile", "kind": "Absolute",
           "unit": "A", "periods": [[0, 16.0]]}

def _root() -> tuple[str, dict[str, str]]:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    from csms_desktop.services.certificates import hash_data

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "API test root")])
    now = datetime.now(UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - timedelta(days=1)).not_valid_after(now + timedelta(days=9))
            .sign(key, hashes.SHA256()))
    return cert.public_bytes(serialization.Encoding.PEM).decode(), hash_data(cert)


ROOT_PEM, ROOT_HASH = _root()

# One example body per command (a command added to Commands needs one here: the test
# below fails until it has it).
BODIES: dict[str, dict[str, Any]] = {
    "remote-start": {"connector_id": 1, "id_tag": "TAG-API-1"},
    "remote-stop": {"transaction_id": "1"},
    "reset": {"hard": False},
    "unlock": {"connector_id": 2},  # connector 1 has the remote-started session
    "change-availability": {"connector_id": 2, "available": True},
    "get-configuration": {"keys": None},
    "change-configuration": {"key": "HeartbeatInterval", "value": "120"},
    "clear-cache": {},
    "trigger-message": {"message": "Heartbeat"},
    "reserve-now": {"connector_id": 1, "expiry": SOON, "id_tag": "TAG-API-1",
                    "reservation_id": 42},
    "cancel-reservation": {"reservation_id": 42},
    "set-charging-profile": {"connector_id": 1, "profile": PROFILE},
    "clear-charging-profile": {"profile_id": 7},
    "get-composite-schedule": {"connector_id": 1, "duration": 3600},
    "get-charging-profiles": {"request_id": 5},
    "send-local-list": {"version": 2, "entries": [{"id_tag": "TAG-API-1",
                                                   "status": "Accepted"}]},
    "get-local-list-version": {},
    "update-firmware": {"location": "http://127.0.0.1/fw.bin", "retrieve_date": SOON},
    "get-diagnostics": {"location": "http://127.0.0.1/upload"},
    "get-base-report": {"request_id": 9},
    "data-transfer": {"vendor_id": "com.example", "message_id": "ping", "data": "x"},
    # certificates (1.6 security extension; 2.0.1 with its own type names)
    "install-certificate": {"certificate_type": "CentralSystemRootCertificate",
                            "certificate": ROOT_PEM},
    "get-installed-certificate-ids": {"certificate_type": "CentralSystemRootCertificate"},
    "delete-certificate": {"hash_data": ROOT_HASH},
    "extended-trigger-message": {"message": "Heartbeat"},
    "get-log": {"location": "http://127.0.0.1/upload"},
    "set-network-profile": {"slot": 1, "url": "ws://127.0.0.1:9000/ocpp",
                            "security_profile": 1},
    "signed-update-firmware": {"location": "http://127.0.0.1/fw.bin", "retrieve_date": SOON,
                               "signing_certificate": ROOT_PEM, "signature": "c2lnbmVk"},
    # OCPP 2.0.1 beyond the core (1.6: not supported); a message set, then cleared
    "set-display-message": {"content": "Bem-vindo", "message_id": 3, "language": "pt-BR",
                            "priority": "InFront"},
    "get-display-messages": {},
    "clear-display-message": {"message_id": 3},
    "get-transaction-status": {},
    "cost-updated": {"transaction_id": "1", "total_cost": 12.5},
    "get-report": {"criteria": ["Enabled"]},
    "set-variables": {"variables": [{"component": "OCPPCommCtrlr",
                                     "variable": "HeartbeatInterval", "value": "120"}]},
    "get-variables": {"variables": ["OCPPCommCtrlr.HeartbeatInterval",
                                    {"component": "EVSE", "evse": 1, "variable": "Power"}]},
    "customer-information": {"report": True, "clear": False, "id_tag": "TAG-API-1"},
    "set-variable-monitoring": {"monitors": [{"component": "EVSE", "evse": 1,
                                              "variable": "Power", "type": "UpperThreshold",
                                              "value": 20000, "severity": 4}]},
    "get-monitoring-report": {"criteria": ["ThresholdMonitoring"]},
    "clear-variable-monitoring": {"ids": [1]},  # the simulator numbers monitors from 1
    "set-monitoring-base": {"base": "All"},
    "set-monitoring-level": {"severity": 5},
    # firmware publication by a local controller (2.0.1; the download of this location
    # fails, so there is nothing to unpublish: NoFirmware, a refusal)
    "publish-firmware": {"location": "http://127.0.0.1:9/fw.bin",
                         "checksum": "0123456789abcdef0123456789abcdef"},
    "unpublish-firmware": {"checksum": "0123456789abcdef0123456789abcdef"},
    # OCPP 2.1 tariffs (1.6 and 2.0.1: not supported; see test_v21_tariffs.py)
    "set-default-tariff": {"evse_id": 0},
    "get-tariffs": {},
    "clear-tariffs": {"tariff_ids": ["t-1"]},
    "change-transaction-tariff": {"transaction_id": "1"},
    "accept-charger": {},
    "reject-charger": {},
}
V201_ONLY = ("set-display-message", "get-display-messages", "clear-display-message",
             "get-transaction-status", "cost-updated", "get-report", "set-variables",
             "get-variables", "customer-information", "set-variable-monitoring",
             "get-monitoring-report", "clear-variable-monitoring", "set-monitoring-base",
             "set-monitoring-level", "publish-firmware", "unpublish-firmware")
V21_ONLY = ("set-default-tariff", "get-tariffs", "clear-tariffs", "change-transaction-tariff")
LAST = ("reset", "reject-charger")  # these end the charger's session
ORDER = [n for n in BODIES if n not in LAST] + list(LAST)

# What a charger that accepts, and one that refuses, make of each command. Where it is not
# plain accepted / rejected, OCPP leaves no choice: 1.6 has no GetChargingProfiles or
# GetBaseReport (not supported without asking), 1.6 UpdateFirmware / GetDiagnostics and
# GetConfiguration / GetVariables answers carry no refusal, a 1.6 local list version of -1
# means "no local list", 2.0.1 answers NoProfiles to a GetChargingProfiles with none.
# A charger that refuses InstallCertificate has installed nothing, so it lists NotFound
# ("accepted": a valid answer) and has nothing to delete. The 2.0.1 messages beyond the
# core do not exist in 1.6 (nor SetNetworkProfile); a refusing 2.0.1 station answers
# GetDisplayMessages "Unknown" (no such message: a valid answer) and has no refusal word
# for GetTransactionStatus and CostUpdated (it answers NotSupported). The tariff messages
# exist in 2.1 only.
ACCEPTING = {"1.6": {"get-charging-profiles": "not supported",
                     "get-base-report": "not supported",
                     "set-network-profile": "not supported",
                     **dict.fromkeys(V201_ONLY + V21_ONLY, "not supported")},
             "2.0.1": {"unpublish-firmware": "rejected",
                       **dict.fromkeys(V21_ONLY, "not supported")}}
REFUSING = {"1.6": {"get-configuration": "accepted", "update-firmware": "accepted",
                    "get-diagnostics": "accepted", "get-local-list-version": "not supported",
                    "get-charging-profiles": "not supported", "get-base-report": "not supported",
                    "reject-charger": "accepted", "get-installed-certificate-ids": "accepted",
                    "set-network-profile": "not supported",
                    **dict.fromkeys(V201_ONLY + V21_ONLY, "not supported")},
            "2.0.1": {**dict.fromkeys(V21_ONLY, "not supported"),
                      "get-configuration": "accepted", "get-local-list-version": "accepted",
                      "get-charging-profiles": "accepted", "reject-charger": "accepted",
                      "get-installed-certificate-ids": "accepted",
                      "get-display-messages": "accepted",
                      "get-transaction-status": "not supported",
                      "cost-updated": "not supported"}}


def _cmd(cp_id: str, name: str) -> str:
    return f"/api/v1/charge-points/{cp_id}/commands/{name}"


async def _run(site: ApiSite, cp_id: str, names: list[str] | None = None,
               bodies: dict[str, dict[str, Any]] | None = None) -> dict[str, dict[str, Any]]:
    out = {}
    for name in names or ORDER:
        a = await site.attendant.post(_cmd(cp_id, name), (bodies or BODIES)[name])
        assert a.status == 200, (name, a)
        out[name] = a.body
    return out


@pytest.mark.parametrize("version", ["1.6", "2.0.1"])
async def test_accepting_charger(site: ApiSite, version: str) -> None:
    site.services.apply_settings(free_charging=True)  # the remote start's tag is accepted
    cp_id = f"ACC-{version}"
    async with sim_charger(site.ocpp_url, cp_id, version) as cp:
        started = await _run(site, cp_id, ["remote-start"])
        # both sides know the transaction (the charger learns its id from the answer)
        await wait_for(lambda: active_tx(cp_id) is not None and cp.connectors[0].in_transaction,
                       10, "the remote start's session")
        bodies = {**BODIES, "remote-stop": {"transaction_id": active_tx(cp_id)}}
        stopped = await _run(site, cp_id, ["remote-stop"], bodies)
        assert stopped["remote-stop"]["outcome"] == "accepted", stopped
        # the connector free again on both sides: the charger refuses a reservation on
        # a connector still Finishing (the flake ReserveNow/CancelReservation "rejected")
        await wait_for(lambda: active_tx(cp_id) is None
                       and cp.connectors[0].state.value == "Available", 10, "the remote stop")
        got = {**started, **stopped, **await _run(site, cp_id, ORDER[2:])}
    expected = {name: ACCEPTING[version].get(name, "accepted") for name in ORDER}
    assert {k: v["outcome"] for k, v in got.items()} == expected
    assert all(v["ok"] == (v["outcome"] == "accepted") for v in got.values())
    # the charger's data comes back
    keys = {i["key"] for i in got["get-configuration"]["data"]["items"]}
    assert "HeartbeatInterval" in keys or any("Interval" in k for k in keys), keys
    assert got["get-local-list-version"]["status"] == "2"
    assert "periods" in got["get-composite-schedule"]["data"]


@pytest.mark.parametrize("version", ["1.6", "2.0.1"])
async def test_refusing_charger(site: ApiSite, version: str) -> None:
    cp_id = f"REF-{version}"
    async with sim_charger(site.ocpp_url, cp_id, version, "Rejected"):
        got = await _run(site, cp_id)
    expected = {name: REFUSING[version].get(name, "rejected") for name in ORDER}
    assert {k: v["outcome"] for k, v in got.items()} == expected


async def test_offline_charger(site: ApiSite) -> None:
    for version in (OCPPVersion.OCPP16, OCPPVersion.OCPP20):
        cp_id = f"OFF-{version.value}"  # known to the site, not connected now
        ChargePoint.create(id=cp_id, name=cp_id, protocol=version, connector_count=2)
        got = await _run(site, cp_id)
        admission = {"accept-charger", "reject-charger"}  # CSMS-side: done without it
        assert {k: v["outcome"] for k, v in got.items() if k not in admission} == {
            k: "charger offline" for k in ORDER if k not in admission}
        assert all("not connected" in v["detail"] for k, v in got.items() if k not in admission)
        assert got["accept-charger"]["detail"].startswith("accepted; it boots on its next")


@pytest.mark.parametrize("version", ["1.6", "2.0.1"])
async def test_silent_charger_times_out(site: ApiSite, version: str) -> None:
    site.services.apply_settings(call_timeout=0.3)
    cp_id = f"SIL-{version}"
    async with sim_charger(site.ocpp_url, cp_id, version, "silent"):
        got = await _run(site, cp_id, ["reset", "unlock", "get-configuration"])
    assert {v["outcome"] for v in got.values()} == {"timed out"}


async def test_command_errors(site: ApiSite) -> None:
    a = await site.attendant.post(_cmd("NOPE", "reset"), {})
    assert a.status == 404 and a.body["message"] == "no charge point NOPE"
    async with sim_charger(site.ocpp_url, "ERR-1"):
        a = await site.attendant.post(_cmd("ERR-1", "unlock"), {})
        assert a.status == 422 and a.body["fields"] == {"connector_id": "required"}
        a = await site.attendant.post(_cmd("ERR-1", "unlock"), {"connector_id": "one"})
        assert a.status == 422 and "must be a whole number" in a.body["fields"]["connector_id"]
        a = await site.attendant.post(_cmd("ERR-1", "reserve-now"),
                                      {**BODIES["reserve-now"], "expiry": "tomorrow"})
        assert a.status == 422 and "is not a date and time" in a.body["fields"]["expiry"]
        a = await site.attendant.post(_cmd("ERR-1", "reset"), {"hard": True, "soft": 1})
        assert a.status == 422 and "unknown field" in a.body["fields"]["soft"]
        a = await site.attendant.post(_cmd("ERR-1", "launch-rockets"), {})
        assert a.status == 404
        a = await site.attendant.call("POST", _cmd("ERR-1", "reset"), data=b"{not json")
        assert a.status == 400 and "not JSON" in a.body["message"]


def test_every_command_has_an_example() -> None:
    assert set(command_methods()) == set(BODIES)


def active_tx(cp_id: str) -> str | None:
    tx = Transaction.get_or_none((Transaction.charge_point == cp_id)
                                 & (Transaction.status == TransactionStatus.ACTIVE))
    return str(tx.transaction_id) if tx is not None else None


