"""Sites (depots): the site a charge point belongs to and the site filter of every list.

A node (``serve`` or the GUI with its server) runs for one site (``--site NAME``, else
the setting ``node_site``, else the default site); a charger first seen by that node is
put in its site (``ChargerService.boot``), and keeps it when it later connects to a node
of another site (failover). An operator moves a charger with :func:`move_charger`.

The filters: ``site`` is a site id or None (every site). A charger whose ``site_id`` is
NULL counts as the default site's (``store.models.DEFAULT_SITE_ID``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from peewee import fn

from csms_desktop.domain.messages import QT_TR_NOOP, Message
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.services.events import ChargerUpdated, EventHub
from csms_desktop.services.validation import FieldError
from csms_desktop.store.models import DEFAULT_SITE_ID, DEFAULT_SITE_NAME, ChargePoint, Site


@dataclass(frozen=True)
class SiteInfo:
    id: str
    name: str
    address: str = ""
    time_zone: str = ""
    chargers: int = 0


def _info(site: Site, chargers: int = 0) -> SiteInfo:
    return SiteInfo(str(site.id), str(site.name), str(site.address or ""),
                    str(site.time_zone or ""), chargers)


def ensure_default_site() -> None:
    Site.insert(id=DEFAULT_SITE_ID, name=DEFAULT_SITE_NAME, created_at=utcnow()
                ).on_conflict_ignore().execute()


def ensure_site(name: str) -> SiteInfo:
    """The site called ``name`` (case as typed; found case-insensitively), created if
    missing. An empty name is the default site."""
    name = name.strip()
    ensure_default_site()
    if not name:
        return _info(Site.get_by_id(DEFAULT_SITE_ID))
    if len(name) > 100:
        raise FieldError("site", QT_TR_NOOP("a site name has at most 100 characters"))
    found = find_site(name)
    if found is not None:
        return found
    Site.insert(name=name, created_at=utcnow()).on_conflict_ignore().execute()
    found = find_site(name)  # another node may have made it meanwhile
    assert found is not None
    return found


def find_site(key: str) -> SiteInfo | None:
    """A site by id, else by name (case-insensitive); None if there is none."""
    key = key.strip()
    if not key:
        return None
    site = Site.get_or_none(Site.id == key)
    if site is None:
        site = Site.get_or_none(fn.LOWER(Site.name) == key.lower())
    if site is None and key == DEFAULT_SITE_ID:
        return SiteInfo(DEFAULT_SITE_ID, DEFAULT_SITE_NAME)
    return _info(site) if site is not None else None


def list_sites() -> list[SiteInfo]:
    """Every site by name with its number of chargers; the default site is always there
    (it holds the chargers without one)."""
    counts: dict[str, int] = {}
    q: Any = ChargePoint.select(ChargePoint.site_id, fn.COUNT(ChargePoint.id)).group_by(
        ChargePoint.site_id).tuples()
    for site_id, n in q:
        key = str(site_id or DEFAULT_SITE_ID)
        counts[key] = counts.get(key, 0) + int(n)
    sites = {str(s.id): s for s in Site.select()}
    out = [_info(s, counts.get(sid, 0)) for sid, s in sites.items()]
    if DEFAULT_SITE_ID not in sites:
        out.append(SiteInfo(DEFAULT_SITE_ID, DEFAULT_SITE_NAME,
                            chargers=counts.get(DEFAULT_SITE_ID, 0)))
    return sorted(out, key=lambda s: (s.name.lower(), s.id))


def site_of(cp_id: str) -> str | None:
    """The site id of a charge point (None: no such charge point)."""
    row = ChargePoint.select(ChargePoint.site_id).where(ChargePoint.id == cp_id).tuples().first()
    if row is None:
        return None
    return str(row[0] or DEFAULT_SITE_ID)


def move_charger(cp_id: str, site_id: str, hub: EventHub | None = None) -> SiteInfo:
    """Put charge point ``cp_id`` in site ``site_id`` (an id or a name of an existing site)."""
    site = find_site(site_id)
    if site is None:
        raise FieldError("site", Message(QT_TR_NOOP("there is no site {site}"),
                                         site=repr(site_id)))
    if site.id == DEFAULT_SITE_ID:
        ensure_default_site()
    changed = ChargePoint.update(site=site.id).where(ChargePoint.id == cp_id).execute()
    if not changed:
        raise FieldError("charge_point", Message(QT_TR_NOOP("there is no charge point {id}"),
                                                 id=repr(cp_id)))
    if hub is not None:
        hub.publish(ChargerUpdated(cp_id))
    return site


# ------------------------------------------------------------------ filters


def site_condition(site: str | None) -> Any:
    """The condition on ``ChargePoint`` for the chargers of ``site`` (None: no condition)."""
    if not site:
        return None
    if site == DEFAULT_SITE_ID:
        return (ChargePoint.site == site) | ChargePoint.site.is_null()
    return ChargePoint.site == site


def site_chargers(site: str) -> Any:
    """A subquery: the ids of the charge points of ``site``."""
    return ChargePoint.select(ChargePoint.id).where(site_condition(site))


def in_site(column: Any, site: str | None) -> Any:
    """``column`` (a charge point id column) IN the chargers of ``site``; None: no filter."""
    if not site:
        return None
    return column.in_(site_chargers(site))


def site_filter(key: str | None) -> str | None:
    """The site id a filter names (``?site=`` takes an id or a name); None: every site.
    Raises :class:`FieldError` for a site that does not exist."""
    if key is None or not key.strip():
        return None
    found = find_site(key)
    if found is None:
        raise FieldError("site", Message(QT_TR_NOOP("there is no site {site}"), site=repr(key)))
    return found.id
