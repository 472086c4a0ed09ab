"""Read models of the live pages and the charge point form's validation (no Qt)."""

from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta

import pytest

from csms_desktop.domain.enums import TransactionStatus
from csms_desktop.domain.units import MeterReading
from csms_desktop.services import live_queries as lq
from csms_desktop.store.models import ChargePoint, Connector, IdTag, Transaction, User, UserVehicle


def test_parse_edit_accepts_good_input_and_decimal_commas() -> None:
    parsed, errors = lq.parse_edit(lq.ChargePointEdit(
        name="  Front gate ", location="North lot", latitude="13,75", longitude="100.5",
        max_power_kw="22", tolerant=True, connector_types=((1, "CCS_COMBO_2"),)))
    assert errors == {}
    assert parsed is not None
    assert (parsed.name, parsed.latitude, parsed.longitude, parsed.max_power_kw) == (
        "Front gate", 13.75, 100.5, 22.0)
    assert parsed.connector_types[0][1].value == "CCS_COMBO_2"


@pytest.mark.parametrize(("field", "value", "message"), [
    ("name", "", "required"),
    ("name", "x" * 101, "at most 100"),
    ("latitude", "north", "not a number"),
    ("latitude", "91", "between -90 and 90"),
    ("longitude", "-181", "between -180 and 180"),
    ("max_power_kw", "0", "more than 0"),
    ("max_power_kw", "nan", "not a number"),
    ("max_power_kw", "5000", "at most 2000"),
])
def test_parse_edit_refuses(field: str, value: str, message: str) -> None:
    values = {"name": "A", "latitude": "1", "longitude": "2", "max_power_kw": "", field: value}
    parsed, errors = lq.parse_edit(lq.ChargePointEdit(**values))
    assert parsed is None
    assert message in errors[field]


def test_parse_edit_wants_both_coordinates() -> None:
    _, errors = lq.parse_edit(lq.ChargePointEdit(name="A", latitude="13.7"))
    assert "both" in errors["longitude"]
    _, errors = lq.parse_edit(lq.ChargePointEdit(name="A", connector_types=((1, "PLUG"),)))
    assert "connector_1" in errors


def site(services) -> str:  # type: ignore[no-untyped-def]
    """CP1 with two connectors, a driver charging on connector 1."""
    user = User.create(phone_number="+66812345678", name="Ana")
    UserVehicle.create(user=user, license_plate="1กก 1234", make="BYD", model="Dolphin")
    IdTag.create(id_tag="TAG-A", user=user)
    ChargePoint.create(id="CP1", name="Gate")
    t0 = datetime.now(UTC) - timedelta(minutes=30)
    services.chargers.connector_row_id("CP1", 2)
    res = services.charging.start_transaction("CP1", 1, "TAG-A", 10.0, t0)
    services.charging.meter_values("CP1", 1, res.transaction_id, [
        (t0 + timedelta(minutes=10), MeterReading(energy_kwh=12.0, power_kw=7.2, soc_percent=40)),
    ])
    services.writer.flush()
    return res.transaction_id


def test_dashboard_snapshot(services) -> None:  # type: ignore[no-untyped-def]
    tx_id = site(services)
    vehicle = UserVehicle.get()
    Transaction.update(vehicle=vehicle).where(Transaction.transaction_id == tx_id).execute()
    snap = lq.dashboard_snapshot("Asia/Bangkok")
    assert [c.charge_point_id for c in snap.chargers] == ["CP1"]
    cp = snap.chargers[0]
    assert [c.connector_no for c in cp.connectors] == [1, 2]
    one, two = cp.connectors
    assert one.session is not None and two.session is None
    assert one.session.transaction_id == tx_id
    assert one.session.driver == "Ana" and one.session.vehicle == "1กก 1234 BYD Dolphin"
    assert one.power_kw == 7.2 and one.last_meter_kwh == 12.0 and one.soc == 40
    assert lq.active_session(tx_id) == one.session
    assert lq.active_sessions([tx_id, "nope", tx_id]) == {tx_id: one.session}
    assert lq.charger_state("CP1") == cp
    assert lq.connector_state("CP1", 1) == one
    assert lq.charger_state("nope") is None
    assert lq.charger_states(["nope", "CP1", "CP1"]) == {"CP1": cp}
    assert lq.charger_states(["CP1"], chunk=1) == {"CP1": cp}


def test_completed_energy_today_uses_the_site_day(services) -> None:  # type: ignore[no-untyped-def]
    tx_id = site(services)
    services.charging.stop_transaction("CP1", tx_id, 14.5, datetime.now(UTC))
    assert lq.completed_energy_today("Asia/Bangkok") == pytest.approx(4.5)
    tomorrow = datetime.now(UTC) + timedelta(days=1)
    assert lq.completed_energy_today("Asia/Bangkok", tomorrow) == 0.0
    start = lq.day_start_utc("Asia/Bangkok", datetime(2025, 3, 1, 20, 0, tzinfo=UTC))
    assert start == datetime(2025, 3, 1, 17, 0, tzinfo=UTC)  # midnight in Bangkok (+7)


def test_rows_tags_and_transaction_detail(services) -> None:  # type: ignore[no-untyped-def]
    tx_id = site(services)
    rows = lq.charge_point_rows()
    assert [r.id for r in rows] == ["CP1"] and rows[0].registration == "ACCEPTED"
    assert lq.charge_point_rows([]) == []
    conns = lq.connector_rows("CP1")
    assert [(c.connector_no, c.active_transaction_id) for c in conns] == [(1, tx_id), (2, None)]
    assert lq.tag_options() == [lq.TagOption("TAG-A", "TAG-A — Ana")]
    detail = lq.latest_transaction("CP1", 1)
    assert detail is not None and detail.active and detail.driver == "Ana"
    assert detail.connector_no == 1 and detail.start_meter_kwh == 10.0
    services.charging.stop_transaction("CP1", tx_id, 15.0, datetime.now(UTC))
    done = lq.transaction_detail(tx_id)
    assert done is not None and not done.active
    assert done.status == TransactionStatus.COMPLETED.value and done.total_energy_kwh == 5.0
    assert lq.latest_transaction("CP1", 2) is None


def test_meter_history_and_worker_threads(services) -> None:  # type: ignore[no-untyped-def]
    tx_id = site(services)
    since = datetime.now(UTC) - timedelta(hours=1)
    points = lq.meter_history("CP1", 1, since)
    assert [(p.energy_kwh, p.power_kw, p.soc) for p in points] == [(12.0, 7.2, 40.0)]
    assert lq.meter_history("CP1", 1, datetime.now(UTC)) == []
    assert lq.meter_history("CP9", 1, since) == []
    assert lq.transaction_meter_values(tx_id) == points
    result: list[object] = []
    worker = threading.Thread(
        target=lambda: result.append(lq.in_worker(lq.meter_history, "CP1", 1, since)))
    worker.start()
    worker.join()
    assert result == [points]  # the worker used (and closed) its own connection


def test_save_charge_point(services) -> None:  # type: ignore[no-untyped-def]
    site(services)
    seen: list[object] = []
    services.hub.subscribe(None, seen.append)
    parsed, _ = lq.parse_edit(lq.ChargePointEdit(name="New", latitude="1", longitude="2",
                                                 connector_types=((2, "CHADEMO"),)))
    assert parsed is not None
    lq.save_charge_point("CP1", parsed, services.hub)
    cp = ChargePoint.get_by_id("CP1")
    assert (cp.name, cp.latitude, cp.longitude) == ("New", 1.0, 2.0)
    assert Connector.get((Connector.charge_point == "CP1") & (Connector.connector_id == 2)
                         ).type == "CHADEMO"
    assert [type(e).__name__ for e in seen] == ["ChargerUpdated"]
