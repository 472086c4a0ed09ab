"""Versioned schema migrations, run at start-up.

The version is recorded in table ``schema_version`` (one row per applied migration).
Version 1 is the schema of the two seeds exactly; later versions only add (tables,
nullable or defaulted columns, indexes): an old database opens without data loss.

A fresh database is created at the latest version directly from the models.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

import peewee as pw
from playhouse.migrate import SchemaMigrator, migrate

from csms_desktop.domain.timeutil import utcnow
from csms_desktop.store import models as m
from csms_desktop.store.db import database_proxy
from csms_desktop.store.sequences import create_transaction_sequence

log = logging.getLogger(__name__)


class SchemaVersion(pw.Model):
    version = pw.IntegerField(primary_key=True)
    description = pw.CharField(max_length=200)
    applied_at = pw.DateTimeField()

    class Meta:
        database = database_proxy
        table_name = "schema_version"


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[pw.Database], None]


def _add_missing(db: pw.Database) -> None:
    """Create missing tables, add missing columns and indexes (additive only)."""
    migrator = SchemaMigrator.from_database(db)
    existing = set(db.get_tables())
    to_create = [model for model in m.ALL_MODELS if model._meta.table_name not in existing]
    if to_create:
        db.create_tables(to_create)
    for model in m.ALL_MODELS:
        if model in to_create:
            continue
        table = model._meta.table_name
        have = {c.name for c in db.get_columns(table)}
        ops = []
        for field in model._meta.sorted_fields:
            if field.column_name in have:
                continue
            if not field.null and field.default is None:
                raise RuntimeError(
                    f"migration cannot add required column {table}.{field.column_name}"
                )
            ops.append(migrator.add_column(table, field.column_name, field))
        if ops:
            migrate(*ops)
        model._schema.create_indexes(safe=True)  # type: ignore[attr-defined]


def _hardening(db: pw.Database) -> None:
    """Migration 5. A site that already runs keeps its chargers' credentials as they are:
    password provisioning (on by default for new sites) is switched off for it."""
    had_settings = "setting" in db.get_tables() and m.Setting.select().exists()
    _add_missing(db)
    if had_settings:
        m.Setting.insert(key="provision_passwords", value=False, updated_at=utcnow()).on_conflict(
            conflict_target=[m.Setting.key], update={m.Setting.value: False}).execute()


def _double_precision(db: pw.Database) -> None:
    """Migration 15. PostgreSQL stored peewee's FloatField as ``real`` (4 bytes, about 7
    digits: a 123,456.789 kWh register came back 123,456.79); every such column becomes
    ``double precision`` like SQLite's REAL. SQLite: nothing to change."""
    if not isinstance(db, pw.PostgresqlDatabase):
        return
    for model in m.ALL_MODELS:
        table = model._meta.table_name
        real = {c.name for c in db.get_columns(table) if c.data_type == "real"}
        for field in model._meta.sorted_fields:
            if isinstance(field, pw.DoubleField) and field.column_name in real:
                db.execute_sql(f'ALTER TABLE "{table}" ALTER COLUMN "{field.column_name}" '
                               "TYPE double precision")


def create_default_site(db: pw.Database) -> None:
    """The site every charge point without one belongs to (idempotent)."""
    m.Site.insert(id=m.DEFAULT_SITE_ID, name=m.DEFAULT_SITE_NAME, created_at=utcnow()
                  ).on_conflict_ignore().execute()


def _sites(db: pw.Database) -> None:
    """Migration 16. Table ``site``, ``charge_point.site_id`` (and the indexes the
    PostgreSQL plans asked for); the chargers of the database move into the default site."""
    _add_missing(db)
    create_default_site(db)
    m.ChargePoint.update(site=m.DEFAULT_SITE_ID).where(m.ChargePoint.site.is_null()).execute()


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "seed schema (csms-schema.th.md + invoice-model.pt-BR.md)", lambda db: None),
    Migration(
        2,
        "extensions: id tags, tariffs, settings, operators, charger details, variables",
        _add_missing,
    ),
    Migration(3, "billing: invoice.snapshot (the printed document's data at issue)",
              _add_missing),
    Migration(4, "indexes: transaction (charge_point_id, status, start_time), (end_time)",
              _add_missing),
    Migration(5, "hardening: security_event; transaction received times and clock flag",
              _hardening),
    Migration(6, "automation API: tables api_token, api_audit, api_webhook", _add_missing),
    Migration(8, "backups: table backup_record (every backup attempt and its result)",
              _add_missing),
    Migration(9, "load management: tables load_node, load_priority, load_session_plan",
              _add_missing),
    Migration(10, "security profiles 2/3: tables charger_security, charger_certificate, "
                  "installed_certificate", _add_missing),
    Migration(11, "OCPP 2.0.1: tables v201_display_message, v201_customer_information, "
                  "v201_variable_monitor", _add_missing),
    Migration(12, "OCPP 2.0.1/2.1: tables v201_firmware_publication, v201_station_cost",
              _add_missing),
    Migration(13, "PostgreSQL: sequence ocpp16_transaction_id_seq for 1.6 transaction ids "
                  "(unique across nodes; nothing on SQLite)", create_transaction_sequence),
    Migration(14, "several nodes on one PostgreSQL: tables csms_node, charger_presence, "
                  "node_message", _add_missing),
    Migration(15, "PostgreSQL: energy, power and the other measurements in double precision "
                  "(they were real, 4 bytes)", _double_precision),
    Migration(16, "sites: table site, charge_point.site_id (existing chargers in the "
                  "default site)", _sites),
)
assert [mig.version for mig in MIGRATIONS] == sorted({mig.version for mig in MIGRATIONS}), \
    "migrations must be listed once each, in increasing version order"
LATEST_VERSION = MIGRATIONS[-1].version


def current_version(db: pw.Database) -> int | None:
    if "schema_version" not in db.get_tables():
        return None
    row = SchemaVersion.select(pw.fn.MAX(SchemaVersion.version)).scalar()
    return int(row) if row is not None else None


BeforeMigration = Callable[[pw.Database, int, int], None]


def migrate_database(db: pw.Database, before_migration: BeforeMigration | None = None) -> int:
    """Bring the database to the latest schema; returns the version it ended at.

    ``before_migration(db, from_version, to_version)`` runs once before an existing
    database is changed (the start-up passes the pre-migration backup); if it raises,
    nothing is migrated.
    """
    version = current_version(db)
    if version is None:
        tables = set(db.get_tables())
        if tables & {model._meta.table_name for model in m.SEED_MODELS}:
            # A database made before versions were recorded: treat it as the seed schema.
            version = 1
            with db.atomic():
                db.create_tables([SchemaVersion])
                SchemaVersion.create(
                    version=1, description=MIGRATIONS[0].description, applied_at=utcnow()
                )
        else:
            with db.atomic():
                db.create_tables([SchemaVersion, *m.ALL_MODELS])
                create_transaction_sequence(db)  # what a migration makes besides tables
                create_default_site(db)
                for mig in MIGRATIONS:
                    SchemaVersion.create(
                        version=mig.version, description=mig.description, applied_at=utcnow()
                    )
            log.info("created a new database at schema version %d", LATEST_VERSION)
            return LATEST_VERSION
    if version > LATEST_VERSION:
        raise RuntimeError(
            f"the database is at schema version {version}, newer than this program "
            f"({LATEST_VERSION}): upgrade the program"
        )
    # every migration not recorded yet, also one below the highest recorded: branches
    # merged out of order (13 after 15) leave such a hole in a database made between
    applied = {int(row.version) for row in SchemaVersion.select(SchemaVersion.version)}
    pending = [mig for mig in MIGRATIONS if mig.version not in applied]
    if not pending:
        return version
    if before_migration is not None:
        before_migration(db, version, pending[-1].version)
    sqlite = isinstance(db, pw.SqliteDatabase)
    if sqlite:
        # Peewee rebuilds SQLite tables to add NOT NULL columns; with foreign keys on,
        # dropping the old parent table would cascade-delete its children's rows.
        db.execute_sql("PRAGMA foreign_keys=OFF")
    try:
        for mig in pending:
            log.info("migrating database to version %d: %s", mig.version, mig.description)
            with db.atomic():
                mig.apply(db)
                if sqlite:
                    broken = db.execute_sql("PRAGMA foreign_key_check").fetchall()
                    if broken:
                        raise RuntimeError(
                            f"migration {mig.version} broke foreign keys: {broken[:5]}"
                        )
                SchemaVersion.create(
                    version=mig.version, description=mig.description, applied_at=utcnow()
                )
            version = max(version, mig.version)
    finally:
        if sqlite:
            db.execute_sql("PRAGMA foreign_keys=ON")
    return version
