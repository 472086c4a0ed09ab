"""Tables of the local automation API (migration 6): tokens, the audit log, webhooks.

- ``api_token``: one row per token. Only the SHA-256 of the token is stored (the token is
  256 random bits, so a fast hash is enough: nobody can brute-force it, and checking a
  request costs microseconds, not bcrypt's 0.2 s). ``prefix`` is the first characters of
  the token, shown in lists so an operator can tell tokens apart.
- ``api_audit``: every write through the API (and token changes from the GUI or the
  command line): who, what, when, with what result.
- ``api_webhook``: operator-configured URLs that receive chosen events. The secret signs
  each delivery (HMAC-SHA256), so it is kept as is, and shown only when it is made.
"""

from __future__ import annotations

import peewee as pw

from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.db import database_proxy
from csms_desktop.store.fields import JSONField, UTCDateTimeField


class _ApiModel(pw.Model):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)

    class Meta:
        database = database_proxy
        legacy_table_names = False


class ApiToken(_ApiModel):
    name = pw.CharField(max_length=100)
    role = pw.CharField(max_length=16)  # an OperatorRole value
    token_hash = pw.CharField(max_length=64, unique=True)  # SHA-256, hex
    prefix = pw.CharField(max_length=16)
    rate_limit_per_minute = pw.IntegerField(default=600)
    created_at = UTCDateTimeField(default=utcnow)
    created_by = pw.CharField(max_length=100, default="")
    last_used_at = UTCDateTimeField(null=True)
    revoked_at = UTCDateTimeField(null=True)
    revoked_by = pw.CharField(max_length=100, null=True)

    class Meta:
        table_name = "api_token"


class ApiAudit(_ApiModel):
    at = UTCDateTimeField(default=utcnow)
    actor = pw.CharField(max_length=120)  # "api:<token name>", an operator, "command line"
    token_id = pw.CharField(max_length=40, null=True)
    role = pw.CharField(max_length=16, null=True)
    method = pw.CharField(max_length=10)  # POST / PATCH / DELETE, or CLI / GUI
    path = pw.CharField(max_length=300)
    status = pw.IntegerField()  # the HTTP status answered (or 200 / 4xx for CLI and GUI)
    detail = JSONField(null=True)  # the request body, secrets removed, truncated
    remote = pw.CharField(max_length=64, null=True)

    class Meta:
        table_name = "api_audit"
        indexes = ((("at",), False), (("token_id", "at"), False))


class ApiWebhook(_ApiModel):
    url = pw.CharField(max_length=500)
    secret = pw.CharField(max_length=100)
    events = JSONField(default=list)  # event names; empty: every event
    charge_points = JSONField(default=list)  # charge point ids; empty: every charger
    description = pw.CharField(max_length=200, default="")
    active = pw.BooleanField(default=True)
    created_at = UTCDateTimeField(default=utcnow)
    created_by = pw.CharField(max_length=120, default="")

    class Meta:
        table_name = "api_webhook"


API_MODELS: tuple[type[pw.Model], ...] = (ApiToken, ApiAudit, ApiWebhook)
