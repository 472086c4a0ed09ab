"""PostgreSQL sites: ``db backup`` runs pg_dump and says so; the dump restores exactly.

Against a real throwaway cluster (tests/pgcluster.py), the application's own schema.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pgcluster import PASSWORD, PgCluster

from csms_desktop.services.backup import postgres as pg_backup
from csms_desktop.store.migrations import LATEST_VERSION

ROOT = Path(__file__).resolve().parents[2]


def _rows(cluster: PgCluster, dbname: str) -> dict[str, list[tuple[object, ...]]]:
    conn = cluster.connect(dbname)
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
                        "ORDER BY tablename")
            tables = [r[0] for r in cur.fetchall()]
            out = {}
            for t in tables:
                cur.execute(f'SELECT * FROM "{t}" ORDER BY 1')
                out[t] = [tuple(r) for r in cur.fetchall()]
            return out
    finally:
        conn.close()


def _seed(url: str) -> None:
    """The application's schema and a few rows, written by the application's code."""
    code = (
        "import sys\n"
        "from csms_desktop.headless import open_store\n"
        "from csms_desktop.store.models import ChargePoint, Connector, Setting\n"
        "open_store(sys.argv[1])\n"
        "ChargePoint.create(id='PG-1', name='Bay 1')\n"
        "Connector.create(charge_point='PG-1', connector_id=1, ocpp_status='Available')\n"
        "Setting.create(key='note', value={'text': 'ação ✓'})\n"
    )
    subprocess.run([sys.executable, "-c", code, url], cwd=ROOT, check=True, timeout=60)


def test_connection_args_keep_the_password_off_the_command_line() -> None:
    args, env, kw = pg_backup.connection_args("postgresql://site:s%40cret@db.lan:5433/csms")
    assert args == ["--dbname", "csms", "--host", "db.lan", "--port", "5433",
                    "--username", "site"]
    assert env["PGPASSWORD"] == "s@cret" and "s@cret" not in " ".join(args)
    assert kw["password"] == "s@cret"
    assert pg_backup.redact("postgresql://site:s%40cret@db.lan/csms") == \
        "postgresql://site:***@db.lan/csms"


@pytest.mark.timeout(120)
def test_db_backup_runs_pg_dump_and_the_dump_restores(pg_cluster: PgCluster, pg_url: str,
                                                     tmp_path: Path) -> None:
    _seed(pg_url)
    dbname = pg_url.rsplit("/", 1)[1]
    before = _rows(pg_cluster, dbname)
    proc = subprocess.run(
        [sys.executable, "main.py", "db", "backup", "--db", pg_url, "--to", str(tmp_path)],
        cwd=ROOT, capture_output=True, text=True, timeout=90, check=False)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith("PostgreSQL database: backing up with pg_dump")
    assert "pg_dump of PostgreSQL ok:" in proc.stdout
    dumps = list(tmp_path.glob(f"{dbname}-*-manual.dump"))
    assert len(dumps) == 1, list(tmp_path.iterdir())
    meta = json.loads(Path(f"{dumps[0]}.json").read_text())
    assert meta["engine"] == "postgresql" and meta["integrity"] == "ok"
    assert meta["row_counts"]["charge_point"] == 1 and meta["schema_version"] == LATEST_VERSION
    assert "***" in meta["source"] and PASSWORD not in json.dumps(meta)

    # The dump restores into an empty database with every row.
    target = pg_cluster.create_database()
    try:
        args, env, _ = pg_backup.connection_args(target)
        subprocess.run([pg_backup.tool("pg_restore"), *args, "--no-owner", str(dumps[0])],
                       env=env, check=True, capture_output=True, timeout=60)
        restored = _rows(pg_cluster, target.rsplit("/", 1)[1])
        assert restored == before and restored["setting"]
        assert {k: len(v) for k, v in restored.items()} == meta["row_counts"]
    finally:
        pg_cluster.drop_database(target.rsplit("/", 1)[1])

    records = _rows(pg_cluster, dbname)["backup_record"]  # recorded after the dump
    assert [(r[2], r[3], r[4]) for r in records] == [("manual", "postgresql", "OK")]

    # list-backups shows it.
    proc = subprocess.run([sys.executable, "main.py", "db", "list-backups", "--db", pg_url,
                           "--dir", str(tmp_path)], cwd=ROOT, capture_output=True, text=True,
                          timeout=60, check=False)
    assert proc.returncode == 0 and dumps[0].name in proc.stdout, proc.stdout + proc.stderr


@pytest.mark.timeout(120)
def test_postgres_migration_is_preceded_by_a_pg_dump(pg_cluster: PgCluster, pg_url: str,
                                                    tmp_path: Path) -> None:
    _seed(pg_url)
    dbname = pg_url.rsplit("/", 1)[1]
    conn = pg_cluster.connect(dbname)  # back to the release before backups (no migration 8)
    with conn.cursor() as cur:
        cur.execute("DROP TABLE backup_record")
        cur.execute("DELETE FROM schema_version WHERE version >= 8")
        cur.execute("SELECT max(version) FROM schema_version")
        old = cur.fetchone()[0]
    conn.close()
    code = ("import sys\n"
            "from csms_desktop.headless import open_store\n"
            "open_store(sys.argv[1])\n")
    subprocess.run([sys.executable, "-c", code, pg_url], cwd=ROOT, check=True, timeout=90,
                   env={**os.environ, "CSMS_DATA_DIR": str(tmp_path)})
    dumps = list((tmp_path / "backups").glob(f"{dbname}-*-pre-migration.dump"))
    assert len(dumps) == 1
    meta = json.loads(Path(f"{dumps[0]}.json").read_text())
    assert meta["schema_version"] == old < 8 and meta["integrity"] == "ok"
    assert "backup_record" not in meta["row_counts"]  # taken before the migration
    rows = _rows(pg_cluster, dbname)["backup_record"]
    assert [(r[2], r[3], r[4]) for r in rows] == [("pre-migration", "postgresql", "OK")]
