"""The demo is physically believable (issue 13, item 11): real time (energy = integral of
the power shown over the time shown), AC Type 2 connectors at most 22 kW and DC ones
CCS2 / CHAdeMO, one driver on one connector at a time."""

from __future__ import annotations

import random

from csms_desktop.demo import TagPool, demo_fleet, demo_params, fleet_hardware
from csms_desktop.services.demo_data import DEMO_TAGS, label_demo_connectors, seed_demo_data
from csms_desktop.store.models import ChargePoint, Connector, IdTag


def test_demo_runs_in_real_time() -> None:
    assert demo_params().time_scale == 1.0


def test_one_card_on_one_connector_at_a_time() -> None:
    fleet = demo_fleet(9, chargers=6)  # built, not started: no connection
    connectors = [c for cp in fleet.chargers for c in cp.connectors]
    assert len(connectors) == 12 and len(DEMO_TAGS) >= len(connectors)
    rng = random.Random(3)
    for round_ in range(50):
        for c in connectors:  # every connector starts a session, as the chargers do
            cp = next(p for p in fleet.chargers if c in p.connectors)
            assert isinstance(cp.tags, TagPool)
            c.tag = rng.choice(cp.tags)
        tags = [c.tag for c in connectors]
        assert len(set(tags)) == len(tags), (round_, tags)  # nobody on two connectors
        for c in connectors:
            c.tag = None  # sessions end


def test_connectors_are_labelled_by_their_hardware(db) -> None:  # type: ignore[no-untyped-def]
    assert seed_demo_data()
    assert {t.id_tag for t in IdTag.select()} == set(DEMO_TAGS)
    fleet = demo_fleet(9, chargers=8)
    hardware = fleet_hardware(fleet)
    assert any(dc for _, dc, _ in hardware) and not all(dc for _, dc, _ in hardware)
    for cp_id, _dc, _kw in hardware:  # as the server creates them when a charger connects
        ChargePoint.create(id=cp_id, name=cp_id, connector_count=2)
        for n in (1, 2):
            Connector.create(charge_point=cp_id, connector_id=n)
    assert sorted(label_demo_connectors(hardware)) == sorted(h[0] for h in hardware)
    assert label_demo_connectors(hardware) == []  # once
    for cp_id, dc, kw in hardware:
        rows = {c.connector_id: c for c in Connector.select().where(
            Connector.charge_point == cp_id)}
        if dc:
            assert (rows[1].type, rows[2].type) == ("CCS_COMBO_2", "CHADEMO")
            assert rows[1].max_power == kw >= 50
        else:
            assert rows[1].type == rows[2].type == "TYPE_2"
            assert rows[1].max_power == kw <= 22.0
