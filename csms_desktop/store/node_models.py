"""Tables of migration 14: several OCPP nodes on one PostgreSQL database (issue 19).

``csms_node``: one row per ``serve`` process (a node) that ever ran on the database, with
the heartbeat that tells the others it is alive. ``charger_presence``: which node holds a
charger's websocket now (one row per connected charger; the newest connection's node
wins). ``node_message``: the body of a node-to-node message too big for a NOTIFY payload
(8,000 bytes), referenced by its id in the notification.

On SQLite (one node) the tables exist and stay empty.
"""

from __future__ import annotations

import peewee as pw

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.db import database_proxy
from csms_desktop.store.fields import UTCDateTimeField


class Node(pw.Model):
    id = pw.CharField(primary_key=True, max_length=40)
    name = pw.CharField(max_length=200, default="")  # host:port, for people
    started_at = UTCDateTimeField(default=utcnow)
    heartbeat_at = UTCDateTimeField(default=utcnow)
    stopped_at = UTCDateTimeField(null=True)  # a clean stop, or swept as dead by a peer

    class Meta:
        database = database_proxy
        table_name = "csms_node"


class ChargerPresence(pw.Model):
    charge_point_id = pw.CharField(primary_key=True, max_length=64)
    node_id = pw.CharField(max_length=40, index=True)
    connected_at = UTCDateTimeField(default=utcnow)

    class Meta:
        database = database_proxy
        table_name = "charger_presence"


class NodeMessage(pw.Model):
    id = pw.BigAutoField()
    created_at = UTCDateTimeField(default=utcnow, index=True)
    body = pw.TextField()

    class Meta:
        database = database_proxy
        table_name = "node_message"


NODE_MODELS: tuple[type[pw.Model], ...] = (Node, ChargerPresence, NodeMessage)
