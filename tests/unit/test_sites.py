"""Sites: where a charger goes (the node's site, kept on failover, moved by an operator)
and the site filter of every list the pages and the API read (services level, on the
run's backend: SQLite, or PostgreSQL with CSMS_TEST_DB=postgresql)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from site_data import charger_with_history

from csms_desktop.domain.enums import (
    OCPPVersion,
    RegistrationStatus,
    UnknownChargerPolicy,
)
from csms_desktop.services import history_queries as hq
from csms_desktop.services import live_queries as lq
from csms_desktop.services import sites
from csms_desktop.services.chargers import BootInfo
from csms_desktop.services.events import ChargerUpdated
from csms_desktop.services.reservations import ReservationService
from csms_desktop.services.validation import FieldError
from csms_desktop.store.models import (
    DEFAULT_SITE_ID,
    ChargePoint,
    Notification,
    User,
)


def _boot_on(services, site_name: str, cp_id: str) -> None:  # type: ignore[no-untyped-def]
    """``cp_id`` boots on a node of site ``site_name`` (what ``serve --site`` sets)."""
    services.chargers.site_id = sites.ensure_site(site_name).id
    status = services.chargers.boot(cp_id, OCPPVersion.OCPP16, BootInfo(vendor="V"))
    assert status == RegistrationStatus.ACCEPTED


@pytest.fixture
def two_sites(services):  # type: ignore[no-untyped-def]
    """N1, N2 in North, S1 in South, OLD without a site (NULL: the default site); a
    transaction, a message, a notification and a reservation on N1, S1 and OLD each."""
    services.apply_settings(unknown_charger_policy=UnknownChargerPolicy.ACCEPT.value)
    _boot_on(services, "North", "N1")
    _boot_on(services, "North", "N2")
    _boot_on(services, "South", "S1")
    ChargePoint.create(id="OLD", name="old", site=None)
    user = User.create(phone_number="+66812345678", name="Ana")
    for i, cp in enumerate(("N1", "S1", "OLD")):
        charger_with_history(services, cp, user, started_ago=timedelta(minutes=10 + i),
                             create=False)
    Notification.create(title="site-wide", message="")
    services.writer.flush()
    return {s.name: s.id for s in sites.list_sites()}


def test_a_charger_first_seen_goes_to_its_nodes_site_and_keeps_it_on_another_node(
        services) -> None:  # type: ignore[no-untyped-def]
    services.apply_settings(unknown_charger_policy=UnknownChargerPolicy.ACCEPT.value)
    _boot_on(services, "North", "CP1")
    north = sites.find_site("north")  # names are found case-insensitively
    assert north is not None and north.name == "North"
    assert sites.site_of("CP1") == north.id
    _boot_on(services, "South", "CP1")  # failover: a node of another site
    assert sites.site_of("CP1") == north.id
    services.chargers.site_id = None  # a node of the default site
    services.chargers.boot("CP2", OCPPVersion.OCPP16, BootInfo())
    assert sites.site_of("CP2") == DEFAULT_SITE_ID
    assert sites.ensure_site("North").id == north.id  # not made twice
    assert sites.ensure_site("").id == DEFAULT_SITE_ID


def test_an_operator_moves_a_charger_to_another_site(services) -> None:  # type: ignore[no-untyped-def]
    ChargePoint.create(id="CP1", name="one")
    south = sites.ensure_site("South")
    seen: list[str] = []
    services.hub.subscribe(ChargerUpdated, lambda e: seen.append(e.charge_point_id))
    assert sites.move_charger("CP1", "South", services.hub) == south
    assert sites.site_of("CP1") == south.id and seen == ["CP1"]
    sites.move_charger("CP1", DEFAULT_SITE_ID)
    assert sites.site_of("CP1") == DEFAULT_SITE_ID
    with pytest.raises(FieldError, match="no site"):
        sites.move_charger("CP1", "Nowhere")
    with pytest.raises(FieldError, match="no charge point"):
        sites.move_charger("NOPE", south.id)
    assert sites.site_of("CP1") == DEFAULT_SITE_ID  # a refused move changed nothing
    with pytest.raises(FieldError, match="100 characters"):
        sites.ensure_site("x" * 101)


def test_list_sites_counts_chargers_and_always_has_the_default_site(two_sites) -> None:  # type: ignore[no-untyped-def]
    listed = {s.name: s.chargers for s in sites.list_sites()}
    assert listed == {"Default": 1, "North": 2, "South": 1}


def test_every_list_filters_by_site(two_sites) -> None:  # type: ignore[no-untyped-def]
    north, south, default = two_sites["North"], two_sites["South"], two_sites["Default"]
    assert default == DEFAULT_SITE_ID

    def chargers(site: str | None) -> list[str]:
        return [c.charge_point_id for c in lq.dashboard_snapshot("UTC", site=site).chargers]

    assert sorted(chargers(None)) == ["N1", "N2", "OLD", "S1"]
    assert sorted(chargers(north)) == ["N1", "N2"]
    assert chargers(south) == ["S1"]
    assert chargers(default) == ["OLD"]  # NULL counts as the default site
    snap = lq.dashboard_snapshot("UTC", site=north)
    sessions = [c.session for cp in snap.chargers for c in cp.connectors if c.session]
    assert len(sessions) == 1

    assert [r.id for r in lq.charge_point_rows(site=south)] == ["S1"]
    assert {r.id: r.site_id for r in lq.charge_point_rows()}["OLD"] == DEFAULT_SITE_ID
    assert [c.value for c in hq.charge_point_choices(north)] == ["N1", "N2"]

    def tx(site: str | None) -> list[str]:
        return sorted(r.charge_point_id
                      for r in hq.fetch_transactions(hq.TransactionFilter(site=site)))

    assert tx(None) == ["N1", "OLD", "S1"]
    assert tx(north) == ["N1"] and tx(south) == ["S1"] and tx(default) == ["OLD"]
    assert hq.transaction_totals(hq.TransactionFilter(site=south)).count == 1

    def msgs(site: str | None) -> list[str]:
        return [r.charge_point_id for r in hq.fetch_messages(hq.MessageFilter(site=site))]

    assert sorted(msgs(None)) == ["N1", "OLD", "S1"]
    assert msgs(north) == ["N1"] and msgs(default) == ["OLD"]
    assert hq.count_messages(hq.MessageFilter(site=south)) == 1
    assert hq.message_charge_points(north) == ["N1", "N2"]

    def notes(site: str | None) -> list[str]:
        return sorted(n.title for n in hq.recent_notifications(site=site))

    # site-wide ones (no charger) concern every site
    assert notes(south) == ["Charging started on S1/1", "about S1", "site-wide"]
    assert len(notes(None)) == 7
    assert hq.unread_notifications(north) == 3 and hq.unread_notifications() == 7

    now = datetime.now(UTC)
    window = (now - timedelta(days=1), now + timedelta(days=1))
    assert [r.charge_point_id for r in ReservationService.rows(*window, site=north)] == ["N1"]
    assert len(ReservationService.rows(*window)) == 3
    assert [b.charge_point_id for b in ReservationService.transaction_bars(
        *window, site=south)] == ["S1"]
    assert [lane[0] for lane in ReservationService.lanes(site=default)] == ["OLD"]

    sites.move_charger("N1", south)  # the filters follow a move
    assert tx(south) == ["N1", "S1"] and tx(north) == []
