"""OCPP 1.6J MeterValues: units converted on the way in, phases combined, SoC, and
samples outside transactions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from chargers16 import energy_sample
from helpers16 import logged

from csms_desktop.store.models import Connector, IdTag, MeterValue, Transaction


def _rows(services) -> list[MeterValue]:
    services.writer.flush()
    return list(MeterValue.select().order_by(MeterValue.timestamp))


async def _tx(cp) -> int:
    IdTag.create(id_tag="TAG-M")
    return (await cp.start_tx(1, "TAG-M", 0)).transaction_id  # type: ignore[no-any-return]


async def test_energy_in_wh_default_and_kwh(services, cp):
    tx_id = await _tx(cp)
    t = datetime.now(UTC).replace(microsecond=0)
    await cp.meter(1, [energy_sample(15000)], tx_id, timestamp=t)
    await cp.meter(1, [energy_sample(16500, unit=None)], tx_id, timestamp=t + timedelta(seconds=1))
    await cp.meter(1, [energy_sample("17.25", unit="kWh")], tx_id,
                   timestamp=t + timedelta(seconds=2))
    rows = _rows(services)
    assert [r.value for r in rows] == [15.0, 16.5, 17.25]
    tx = Transaction.get(Transaction.transaction_id == str(tx_id))
    assert {r.transaction_id for r in rows} == {tx.id}
    assert {r.connector_id for r in rows} == {tx.connector_id}
    assert Connector.get_by_id(tx.connector_id).last_meter_kwh == 17.25


async def test_power_current_voltage_and_soc(services, cp):
    tx_id = await _tx(cp)
    sampled = [
        energy_sample(1234),
        {"value": "7400", "measurand": "Power.Active.Import", "unit": "W"},
        {"value": "10.5", "measurand": "Current.Import", "unit": "A", "phase": "L1"},
        {"value": "11.0", "measurand": "Current.Import", "unit": "A", "phase": "L2"},
        {"value": "9.5", "measurand": "Current.Import", "unit": "A", "phase": "L3"},
        {"value": "230", "measurand": "Voltage", "unit": "V", "phase": "L1-N"},
        {"value": "232", "measurand": "Voltage", "unit": "V", "phase": "L2-N"},
        {"value": "234", "measurand": "Voltage", "unit": "V", "phase": "L3-N"},
        {"value": "57", "measurand": "SoC", "unit": "Percent", "location": "EV"},
        {"value": "35", "measurand": "Temperature", "unit": "Celsius"},
    ]
    await cp.meter(1, sampled, tx_id)
    (row,) = _rows(services)
    assert row.value == 1.234
    assert row.power == 7.4
    assert row.current == 11.0  # the highest phase current
    assert row.voltage == 232.0  # the mean phase-to-neutral voltage
    assert row.soc == 57.0
    conn = Connector.get_by_id(row.connector_id)
    assert (conn.power_kw, conn.soc) == (7.4, 57.0)


async def test_power_in_kw_and_per_phase_power_summed(services, cp):
    tx_id = await _tx(cp)
    t = datetime.now(UTC).replace(microsecond=0)
    await cp.meter(1, [{"value": "11", "measurand": "Power.Active.Import", "unit": "kW"}],
                   tx_id, timestamp=t)
    await cp.meter(1, [{"value": v, "measurand": "Power.Active.Import", "unit": "W",
                        "phase": p} for v, p in (("2000", "L1"), ("2100", "L2"), ("2200", "L3"))],
                   tx_id, timestamp=t + timedelta(seconds=1))
    rows = _rows(services)
    assert [r.power for r in rows] == [11.0, 6.3]
    assert [r.value for r in rows] == [None, None]


async def test_meter_values_without_transaction_go_to_the_connector(services, cp):
    await cp.meter(1, [energy_sample(42000), {"value": "3500", "measurand": "Power.Active.Import"}])
    (row,) = _rows(services)
    assert row.transaction_id is None
    conn = Connector.get((Connector.charge_point == "CP001") & (Connector.connector_id == 1))
    assert row.connector_id == conn.id
    assert (row.value, row.power) == (42.0, 3.5)


async def test_meter_values_for_an_unknown_transaction_go_to_the_connector(services, cp):
    await cp.meter(1, [energy_sample(1000)], transaction_id=999)
    (row,) = _rows(services)
    assert row.transaction_id is None and row.connector_id is not None


async def test_unusable_unit_drops_that_sample_only(services, cp):
    """A schema-valid sample whose unit is of another quantity used to turn the whole
    message into a CALLERROR; now that sample is left out (and reported), the rest kept."""
    from csms_desktop.services.events import SecurityEvent

    events: list[SecurityEvent] = []
    services.hub.subscribe(SecurityEvent, events.append)
    await cp.meter(1, [{"value": "12", "measurand": "Energy.Active.Import.Register",
                        "unit": "varh"},
                       {"value": "7400", "measurand": "Power.Active.Import", "unit": "W"}])
    rows = _rows(services)
    assert [(r.value, r.power) for r in rows] == [(None, 7.4)]
    assert [e.kind for e in events] == ["MeterValueDropped"]
    assert logged(services, "CP001", "MeterValues")[-1].kind.value == "CALLRESULT"
