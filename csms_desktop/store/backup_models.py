"""Table ``backup_record`` (migration 8): every backup attempt, with its result.

One row per attempt, failures included (a backup that could not be written has no file
and no manifest, so this is where it is remembered). The files themselves carry a JSON
manifest next to them (``services.backup.taking``), so a folder of backups is usable without the
database that made it.
"""

from __future__ import annotations

import peewee as pw

from csms_desktop.domain.ids import new_cuid
from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store.db import database_proxy
from csms_desktop.store.fields import JSONField, UTCDateTimeField


class BackupRecord(pw.Model):
    id = pw.CharField(primary_key=True, max_length=40, default=new_cuid)
    created_at = UTCDateTimeField(default=utcnow)  # the snapshot's instant
    kind = pw.CharField(max_length=20)  # daily, manual, pre-migration, pre-restore, restore
    engine = pw.CharField(max_length=20, default="sqlite")  # sqlite, postgresql
    status = pw.CharField(max_length=10)  # OK, FAILED
    path = pw.TextField(default="")
    size_bytes = pw.BigIntegerField(null=True)
    sha256 = pw.CharField(max_length=64, null=True)
    integrity = pw.TextField(null=True)  # "ok" or what integrity_check found
    row_counts = JSONField(null=True)  # table -> rows, as verified in the backup
    schema_version = pw.IntegerField(null=True)
    duration_s = pw.DoubleField(null=True)
    message = pw.TextField(default="")  # the failure, or a note
    pruned_at = UTCDateTimeField(null=True)  # deleted by the retention policy

    class Meta:
        database = database_proxy
        table_name = "backup_record"
        indexes = ((("created_at",), False),)
