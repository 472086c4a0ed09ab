"""Configuration store (1.6), device model (2.0.1) and forced behaviour of the simulator."""

from __future__ import annotations

import pytest

from csms_desktop.sim import Behaviour, SimChargePoint16, SimChargePoint201, SimParams
from csms_desktop.sim.config16 import ConfigStore
from csms_desktop.sim.device_model import DeviceModel, default_variables


def test_behaviour_modes() -> None:
    b = Behaviour(respond="Accepted", overrides={"Reset": "silent", "ClearCache": "Rejected"})
    assert b.mode("Reset") == "silent" and b.mode("ClearCache") == "Rejected"
    assert b.mode("GetConfiguration") == "Accepted" and b.any_silent
    with pytest.raises(ValueError):
        Behaviour(respond="Maybe")


def test_config_store_changes_and_validation() -> None:
    changes: list[tuple[str, str]] = []
    store = ConfigStore(2, lambda k, v: changes.append((k, v)))
    assert store.change("HeartbeatInterval", "60") == "Accepted"
    assert store.change("HeartbeatInterval", "soon") == "Rejected"
    assert store.change("NumberOfConnectors", "4") == "Rejected"
    assert store.change("Nope", "1") == "NotSupported"
    assert store.change("LocalPreAuthorize", "maybe") == "Rejected"
    assert store.change("WebSocketPingInterval", "10") == "RebootRequired"
    assert changes == [("HeartbeatInterval", "60"), ("WebSocketPingInterval", "10")]
    known, unknown = store.get(["HeartbeatInterval", "Nope"])
    assert known == [{"key": "HeartbeatInterval", "readonly": False, "value": "60"}]
    assert unknown == ["Nope"]
    assert len(store.get(None)[0]) == len(store.keys)


def test_device_model_get_set_report() -> None:
    changes: list[tuple[str, str, str]] = []
    dm = DeviceModel(default_variables([(1, False, 11_000.0), (2, True, 50_000.0)], "CP1",
                                       "V", "M", "1.0"),
                     lambda c, v, x: changes.append((c, v, x)))
    hb = {"component": {"name": "OCPPCommCtrlr"}, "variable": {"name": "HeartbeatInterval"}}
    assert dm.get(hb)["attribute_value"] == "300"
    assert dm.set({**hb, "attribute_value": "45"})["attribute_status"] == "Accepted"
    assert dm.set({**hb, "attribute_value": "-1"})["attribute_status"] == "Rejected"
    assert dm.get({**hb, "attribute_type": "Target"})["attribute_status"] == \
        "NotSupportedAttributeType"
    evse2 = {"component": {"name": "EVSE", "evse": {"id": 2}}, "variable": {"name": "Power"}}
    assert dm.get(evse2)["attribute_value"] == "50000"
    assert changes == [("OCPPCommCtrlr", "HeartbeatInterval", "45")]
    full, config = dm.report("FullInventory"), dm.report("ConfigurationInventory")
    assert len(full) > len(config) > 0
    assert all(i["variable_attribute"][0]["mutability"] == "ReadWrite" for i in config)


def test_settings_reach_the_simulator() -> None:
    sim16 = SimChargePoint16("U16", params=SimParams(connectors=3, meter_interval=60), seed=1)
    assert sim16.config.change("MeterValueSampleInterval", "15") == "Accepted"
    assert sim16.meter_interval == 15.0
    assert sim16.config.change("HeartbeatInterval", "120") == "Accepted"
    assert sim16.heartbeat_interval == 120.0
    assert [c.id for c in sim16.connectors] == [1, 2, 3]
    sim201 = SimChargePoint201("U201", params=SimParams(connectors=2), seed=1)
    res = sim201.device.set({"component": {"name": "SampledDataCtrlr"},
                             "variable": {"name": "TxUpdatedInterval"}, "attribute_value": "5"})
    assert res["attribute_status"] == "Accepted" and sim201.meter_interval == 5.0


def test_seed_makes_chargers_reproducible() -> None:
    a = SimChargePoint16("SAME", params=SimParams(connectors=2), seed=3)
    b = SimChargePoint16("SAME", params=SimParams(connectors=2), seed=3)
    assert a.tags == b.tags
    assert [(c.hw, c.energy_wh) for c in a.connectors] == [(c.hw, c.energy_wh)
                                                          for c in b.connectors]
