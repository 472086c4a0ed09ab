"""Tables of depot load management (migration 9).

- ``load_node``: the limit tree. One ``site`` row (the grid connection; its ``margin`` is
  the safety margin kept free on every node), ``group`` rows (feeders, a switchboard, a
  group of chargers), ``charger`` rows (``charge_point_id``; ``phases`` says which grid
  phases it is wired to, e.g. ``L1`` for a 1-phase charger, ``L1L2L3`` for 3-phase;
  ``fallback_a`` is the per-connector limit of its offline default profile) and optional
  ``connector`` rows (``connector_id`` under a charger row). Limits are in kW and/or A per
  phase; either may be empty. ``min_current_a``: below it a session is paused.
- ``load_priority``: a priority for a driver (``user``), a vehicle (``vehicle``, the plate)
  or a tag (``id_tag``); higher is served first, the default is 0.
- ``load_session_plan``: optional departure time and energy need of a transaction (and a
  priority for just that session).
"""

from __future__ import annotations

import peewee as pw

from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.db import database_proxy
from csms_desktop.store.fields import UTCDateTimeField

NODE_KINDS = ("site", "group", "charger", "connector")
SUBJECT_KINDS = ("user", "vehicle", "id_tag")


class _LoadModel(pw.Model):
    class Meta:
        database = database_proxy
        legacy_table_names = False


class LoadNode(_LoadModel):
    id = pw.CharField(primary_key=True, max_length=80)
    parent_id = pw.CharField(max_length=80, null=True)
    kind = pw.CharField(max_length=10)  # one of NODE_KINDS
    name = pw.CharField(max_length=100, default="")
    charge_point_id = pw.CharField(max_length=64, null=True)  # no FK: may be set up first
    connector_id = pw.IntegerField(null=True)
    limit_kw = pw.DoubleField(null=True)
    limit_a = pw.DoubleField(null=True)  # per phase
    phases = pw.CharField(max_length=8, default="L1L2L3")  # grid phases a charger uses
    dc = pw.BooleanField(default=False)
    min_current_a = pw.DoubleField(default=6.0)
    fallback_a = pw.DoubleField(null=True)  # per connector, offline default profile
    margin = pw.DoubleField(null=True)  # site row: fraction kept free (e.g. 0.03)
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "load_node"
        indexes = ((("charge_point_id", "connector_id"), False), (("parent_id",), False))


class LoadPriority(_LoadModel):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    subject_kind = pw.CharField(max_length=10)  # one of SUBJECT_KINDS
    subject = pw.CharField(max_length=100)  # user id, licence plate or tag
    priority = pw.IntegerField(default=0)

    class Meta:
        table_name = "load_priority"
        indexes = ((("subject_kind", "subject"), True),)


class LoadSessionPlan(_LoadModel):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    transaction_id = pw.CharField(max_length=40, unique=True)  # transaction.id
    departure_time = UTCDateTimeField(null=True)
    energy_need_kwh = pw.DoubleField(null=True)
    priority = pw.IntegerField(null=True)
    updated_at = UTCDateTimeField(default=utcnow)

    class Meta:
        table_name = "load_session_plan"


LOAD_MODELS: tuple[type[pw.Model], ...] = (LoadNode, LoadPriority, LoadSessionPlan)
