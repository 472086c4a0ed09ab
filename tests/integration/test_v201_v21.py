"""OCPP 2.1 (subprotocol ocpp2.1) on the 2.0.1 handlers: boot, status, a transaction
with energy and cost, every command (checked against the 2.1 schemas by both sides),
the 2.1 notifications, and what is not supported."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest
from chargers201 import booted, connect_raw, energy, flushed, iso, meter, raw_call, raw_recv
from ocpp.exceptions import NotSupportedError
from test_v201_commands import CASES

from csms_desktop.domain.enums import ConnectorStatus, MessageKind, OCPPVersion
from csms_desktop.protocol.commands import Commands, Outcome
from csms_desktop.store.models import (
    ChargePoint,
    Connector,
    IdTag,
    OCPPMessage,
    Tariff,
    Transaction,
    User,
)


async def test_v21_station_boots_and_charges(services, url):
    user = User.create(phone_number="+66855555555")
    IdTag.create(id_tag="TAG-21", user=user, token_type="eMAID")
    Tariff.create(name="Site", currency="THB", price_per_kwh=Decimal("6.00"),
                  effective_from=datetime(2020, 1, 1, tzinfo=UTC))
    t0 = datetime.now(UTC).replace(microsecond=0) - timedelta(minutes=15)
    async with booted(url, "CS21", version="2.1", at=t0 - timedelta(minutes=1)) as cs:
        await cs.status(1, "Occupied", at=t0)
        assert (await cs.authorize("TAG-21", "eMAID")).id_token_info["status"] == "Accepted"
        started = await cs.tx_event("Started", "v21-tx", token="TAG-21", token_type="eMAID",
                                    at=t0, state="Charging",
                                    meter_values=[meter(t0, energy(500, "Transaction.Begin"))])
        assert started.id_token_info["status"] == "Accepted"
        await cs.tx_event("Updated", "v21-tx", at=t0 + timedelta(minutes=5),
                          trigger="MeterValuePeriodic",
                          meter_values=[meter(t0 + timedelta(minutes=5), energy(2500))])
        ended = await cs.tx_event("Ended", "v21-tx", at=t0 + timedelta(minutes=10),
                                  stopped="StoppedByEV", state="EVConnected",
                                  meter_values=[meter(t0 + timedelta(minutes=10),
                                                      energy(5500, "Transaction.End"))])
        assert ended.total_cost == 30.0
        await cs.heartbeat()
    flushed(services)
    cp = ChargePoint.get_by_id("CS21")
    assert (cp.protocol, cp.last_heartbeat is not None) == (OCPPVersion.OCPP21, True)
    assert Connector.get(Connector.charge_point == "CS21").status == ConnectorStatus.OCCUPIED
    tx = Transaction.get(Transaction.transaction_id == "v21-tx")
    assert (tx.user_id, tx.total_energy, tx.total_cost, tx.stop_reason, tx.seq_no) == (
        user.id, 5.0, Decimal("30.00"), "StoppedByEV", 2)


async def test_v21_every_command_accepted(services, server, url):
    IdTag.create(id_tag="TAG-1")
    commands = Commands(server)
    async with booted(url, "CS-CMD", version="2.1") as cs:
        for name, (run, action, expected, _, _) in CASES.items():
            result = await run(commands)
            assert result.outcome == Outcome.ACCEPTED, (name, result)
            if expected is not None:
                assert cs.calls(action)[-1] == expected, name
        assert (await commands.get_base_report("CS-CMD", 5)).ok
        await cs.wait_until(lambda: sum(a == "NotifyReport" for a, _ in cs.sent_after) == 3)
    flushed(services)
    refused = OCPPMessage.select().where((OCPPMessage.charge_point_id == "CS-CMD")
                                         & (OCPPMessage.kind == MessageKind.CALLERROR))
    assert [r.action for r in refused] == []


async def test_v21_notifications_and_unsupported_messages(services, url):
    async with booted(url, "CS21N", version="2.1") as cs:
        await cs.send("NotifyDERAlarm", control_type="FreqDroop", timestamp=iso())
        await cs.send("NotifyPriorityCharging", transaction_id="t", activated=True)
        await cs.send("NotifySettlement", psp_ref="p-1", status="Settled",
                      settlement_amount=12.5, settlement_time=iso())
        vat = await cs.send("VatNumberValidation", vat_number="TH123")
        assert (vat.vat_number, vat.status) == ("TH123", "Rejected")
        assert (await cs.send("PullDynamicScheduleUpdate", charging_profile_id=1)).status \
            == "Rejected"
        with pytest.raises(NotSupportedError):
            await cs.send("GetCertificateChainStatus", certificate_status_requests=[{
                "certificateHashData": {"hashAlgorithm": "SHA256", "issuerNameHash": "a",
                                        "issuerKeyHash": "b", "serialNumber": "c"},
                "source": "OCSP", "urls": ["http://ocsp.example"]}])
    async with connect_raw(url, "CS21N", "ocpp2.1") as raw:
        # SEND (type 6, 2.1 only) is logged and never answered.
        await raw.send(json.dumps([6, "s-1", "NotifyPeriodicEventStream",
                                   {"id": 1, "pending": 0, "basetime": iso(), "data": []}]))
        assert (await raw_call(raw, "Heartbeat", {}))[0] == 3
        with pytest.raises(TimeoutError):
            await raw_recv(raw, timeout=0.2)
    flushed(services)
    rows = OCPPMessage.select().where(OCPPMessage.charge_point_id == "CS21N")
    answered = {(r.action, r.kind) for r in rows}
    for action in ("NotifyDERAlarm", "NotifyPriorityCharging", "NotifySettlement",
                   "VatNumberValidation", "PullDynamicScheduleUpdate"):
        assert (action, MessageKind.CALLRESULT) in answered
    assert ("GetCertificateChainStatus", MessageKind.CALLERROR) in answered
    assert ("NotifyPeriodicEventStream", MessageKind.CALL) in answered
