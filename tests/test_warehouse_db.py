"""The warehouse connection layer: re-entrant writer lock, transactions."""

import threading

import duckdb
import pytest

from pipelines.warehouse.db import Warehouse, WarehouseBusy


def test_a_connection_inside_the_lock_does_not_wait_for_itself(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb", wait_s=2)
    with db.exclusive():
        with db.connect() as con:
            con.execute("CREATE TABLE t AS SELECT 1 AS v")
        with db.read() as con:
            assert con.execute("SELECT v FROM t").fetchone() == (1,)


def test_a_second_holder_waits_then_gives_up_clearly(tmp_path):
    path = tmp_path / "w.duckdb"
    holder, waiter = Warehouse(path, wait_s=1), Warehouse(path, wait_s=0.5)
    with holder.exclusive():
        outcome = {}

        def try_lock():
            try:
                with waiter.exclusive():
                    outcome["got"] = True
            except WarehouseBusy as error:
                outcome["error"] = str(error)

        thread = threading.Thread(target=try_lock)
        thread.start()
        thread.join(5)
    assert "got" not in outcome
    assert "held" in outcome["error"]


def test_a_failed_transaction_leaves_nothing(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    with pytest.raises(RuntimeError):
        with db.transaction() as con:
            con.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES ('x', 'http://x')")
            raise RuntimeError("boom")
    con = duckdb.connect(str(db.path), read_only=True)
    assert con.execute("SELECT count(*) FROM raw.feed_state").fetchone()[0] == 0
    con.close()


def _feed_states(path) -> int:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return con.execute("SELECT count(*) FROM raw.feed_state").fetchone()[0]
    finally:
        con.close()


def test_a_batch_writer_commits_each_batch_on_one_held_connection(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    with db.batch_writer(hold_s=60) as writer:
        connections = []
        for n in range(3):
            with writer.transaction() as con:
                con.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES (?, 'http://x')", [f"f{n}"])
                connections.append(con)
        assert connections[0] is connections[1] is connections[2]
        # every batch is committed: another connection of this process sees them while the writer holds the file
        with db.connect() as con:
            assert con.execute("SELECT count(*) FROM raw.feed_state").fetchone()[0] == 3
    # closed: the file and the lock are free for another process
    assert _feed_states(db.path) == 3
    other = Warehouse(db.path, wait_s=0.5)
    with other.exclusive():
        pass


def test_a_batch_writer_gives_the_lock_up_between_batches_after_hold_s(tmp_path):
    path = tmp_path / "w.duckdb"
    db = Warehouse(path)
    with db.batch_writer(hold_s=0) as writer:
        with writer.transaction() as first:
            first.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES ('a', 'http://x')")
        with writer.transaction() as second:
            second.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES ('b', 'http://x')")
        assert first is not second
    assert _feed_states(path) == 2


def test_a_failed_batch_leaves_nothing_and_releases_the_file(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    with db.batch_writer(hold_s=60) as writer:
        with writer.transaction() as con:
            con.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES ('kept', 'http://x')")
        with pytest.raises(RuntimeError):
            with writer.transaction() as con:
                con.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES ('lost', 'http://x')")
                raise RuntimeError("boom")
        # the failed batch gave the connection and the lock up
        with Warehouse(db.path, wait_s=0.5).exclusive():
            pass
        with writer.transaction() as con:  # the next batch opens the file again
            con.execute("INSERT INTO raw.feed_state (feed_name, url) VALUES ('next', 'http://x')")
    con = duckdb.connect(str(db.path), read_only=True)
    assert sorted(r[0] for r in con.execute("SELECT feed_name FROM raw.feed_state").fetchall()) == ["kept", "next"]
    con.close()


# The staging views pass these raw columns through unchanged; dbt does not
# re-test them (dbt_project/models/staging/_staging.yml) because DuckDB refuses
# any row that breaks them. This is the proof that it does.
RAW_KEYS = {
    "feed_state": ["feed_name"],
    "feed_entries": ["article_id"],
    "feed_sightings": ["article_id", "feed_name"],
    "fetch_log": ["fetch_id"],
    "articles": ["article_id"],
    "fact_strikes": ["fact_id"],
    "fact_casualties": ["fact_id"],
    "fact_clashes": ["fact_id"],
    "fact_aid": ["fact_id"],
}
FACT_NOT_NULL = ["article_id", "fact_type", "scope", "qualifier", "evidence", "extracted_at"]


def test_raw_tables_enforce_the_keys_and_not_nulls_staging_relies_on(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    with db.read() as con:
        keys = {
            table: columns
            for table, columns in con.execute(
                "SELECT table_name, constraint_column_names FROM duckdb_constraints() "
                "WHERE schema_name = 'raw' AND constraint_type = 'PRIMARY KEY'"
            ).fetchall()
        }
        not_null = set(
            con.execute(
                "SELECT table_name, column_name FROM information_schema.columns "
                "WHERE table_schema = 'raw' AND is_nullable = 'NO'"
            ).fetchall()
        )
    assert {table: keys.get(table) for table in RAW_KEYS} == RAW_KEYS
    for table in ("fact_strikes", "fact_casualties", "fact_clashes", "fact_aid"):
        assert {(table, column) for column in FACT_NOT_NULL} <= not_null


def test_raw_tables_refuse_a_duplicate_key_and_a_missing_evidence(tmp_path):
    db = Warehouse(tmp_path / "w.duckdb")
    row = ("a1:0", "a1", "launched", "national", "exact", 5, "Five drones.", "2026-01-01 00:00:00+00")
    insert = (
        "INSERT INTO raw.fact_strikes (fact_id, article_id, fact_type, scope, qualifier, count, evidence, "
        "extracted_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
    )
    with db.connect() as con:
        con.execute(insert, list(row))
        with pytest.raises(duckdb.ConstraintException):
            con.execute(insert, list(row))
        with pytest.raises(duckdb.ConstraintException):
            con.execute(insert, ["a1:1", *row[1:6], None, row[7]])


def test_load_counts_report_the_mart_only_once_dbt_built_it(tmp_path):
    from pipelines.warehouse.db import load_counts

    db = Warehouse(tmp_path / "w.duckdb")
    with db.connect() as con:
        con.execute(
            "INSERT INTO raw.articles (article_id, canonical_url, source, feed_name, text_status) "
            "VALUES ('a1', 'https://x/1', 's', 'f', 'ok'), ('a2', 'https://x/2', 's', 'f', 'empty')"
        )
        before = load_counts(con)
        con.execute("CREATE SCHEMA marts")
        con.execute("CREATE TABLE marts.daily_air_attacks AS SELECT 1 AS n")
        after = load_counts(con)
    assert before["articles_ok"] == 1 and before["articles_not_ok"] == 1 and before["fact_strikes"] == 0
    assert "daily_air_attacks" not in before
    assert after["daily_air_attacks"] == 1


FACT_TABLES = ("fact_strikes", "fact_casualties", "fact_clashes", "fact_aid")


def test_a_warehouse_made_before_rule_id_gains_rule_id_and_confidence(tmp_path):
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA raw")
    for table in FACT_TABLES:
        # the fact tables as they were before the two columns existed
        con.execute(f"CREATE TABLE raw.{table} (fact_id VARCHAR PRIMARY KEY, article_id VARCHAR, note VARCHAR)")
    con.close()
    with Warehouse(path).connect() as con:
        for table in FACT_TABLES:
            columns = {
                row[0]: row[1]
                for row in con.execute(
                    "SELECT column_name, data_type FROM information_schema.columns "
                    "WHERE table_schema = 'raw' AND table_name = ?",
                    [table],
                ).fetchall()
            }
            assert columns["rule_id"] == "VARCHAR" and columns["confidence"] == "DOUBLE", table


def test_loaded_strike_facts_keep_their_rule_and_confidence(tmp_path):
    import datetime as dt

    from pipelines.extract.facts import extract_facts
    from pipelines.warehouse.loads import replace_facts
    from tests.conftest import one_article

    facts = extract_facts(one_article("Russia launched 40 drones overnight; 35 of them were shot down."))
    db = Warehouse(tmp_path / "w.duckdb")
    with db.transaction() as con:
        replace_facts(con, ["t1"], facts, "test", dt.datetime(2024, 1, 1, tzinfo=dt.timezone.utc))
    with db.read() as con:
        rows = con.execute("SELECT count, rule_id, confidence FROM raw.fact_strikes ORDER BY count").fetchall()
    assert rows == [(35, "strike.passive_after_figure", 1.0), (40, "strike.verb_before", 1.0)]


def test_a_warehouse_made_before_the_text_rename_keeps_its_articles(tmp_path):
    """`extraction_status` became `text_status` ('extract_failed' -> 'text_failed'): an old file is
    migrated in place on its first connection, rows and all."""
    path = tmp_path / "old.duckdb"
    con = duckdb.connect(str(path))
    con.execute("CREATE SCHEMA raw")
    con.execute(
        "CREATE TABLE raw.articles (article_id VARCHAR PRIMARY KEY, canonical_url VARCHAR NOT NULL, "
        "source VARCHAR NOT NULL, feed_name VARCHAR NOT NULL, extraction_status VARCHAR NOT NULL)"
    )
    con.execute(
        "INSERT INTO raw.articles VALUES ('a1', 'https://x.test/1', 's', 'f', 'ok'), "
        "('a2', 'https://x.test/2', 's', 'f', 'extract_failed')"
    )
    con.close()
    with Warehouse(path).connect() as con:
        rows = con.execute("SELECT article_id, text_status FROM raw.articles ORDER BY article_id").fetchall()
    assert rows == [("a1", "ok"), ("a2", "text_failed")]
    # and a second connection (a later run) finds nothing left to migrate
    with Warehouse(path).connect() as con:
        assert con.execute("SELECT count(*) FROM raw.articles WHERE text_status = 'text_failed'").fetchone() == (1,)



def _memory_limit(con) -> str:
    return con.execute("SELECT current_setting('memory_limit')").fetchone()[0]  # e.g. '286.1 MiB' for 300MB


def test_warehouse_connections_and_the_snapshot_hold_duckdb_to_the_configured_memory_limit(tmp_path, monkeypatch):
    """Issue 14: without a limit DuckDB keeps blocks up to 80% of RAM, so the run grew with the warehouse."""
    from pipelines.warehouse import snapshot

    monkeypatch.setenv("SALVO_DUCKDB_MEMORY_LIMIT", "300MB")
    db = Warehouse(tmp_path / "w.duckdb", wait_s=2)
    with db.connect() as con:
        assert _memory_limit(con) == "286.1 MiB"
        con.execute("CREATE TABLE raw.extra AS SELECT 1 AS v")
    with db.read() as con:
        assert _memory_limit(con) == "286.1 MiB"

    limits = []
    real_bound = snapshot.bound_memory

    def bound(con):
        real_bound(con)
        limits.append(_memory_limit(con))

    monkeypatch.setattr(snapshot, "bound_memory", bound)
    monkeypatch.setenv("SALVO_DUCKDB_MEMORY_LIMIT", "200MB")
    published = snapshot.publish_snapshot(db, tmp_path / "w.snapshot.duckdb")
    assert limits == ["190.7 MiB"]
    assert published.rows["raw.fact_strikes"] == 0


def test_the_default_memory_limit_is_bounded(tmp_path, monkeypatch):
    monkeypatch.delenv("SALVO_DUCKDB_MEMORY_LIMIT", raising=False)
    with Warehouse(tmp_path / "w.duckdb", wait_s=2).connect() as con:
        assert _memory_limit(con) == "244.1 MiB"  # 256MB


def test_a_dead_publishers_staging_file_goes_with_the_directory_it_spilled_to(tmp_path):
    import subprocess

    from pipelines.warehouse.snapshot import _remove_orphaned_staging_files

    dead = subprocess.Popen(["true"])
    dead.wait()
    target = tmp_path / "w.snapshot.duckdb"
    staging = tmp_path / f".staging-w-snapshot-duckdb.{dead.pid}.tmp"
    staging.write_bytes(b"x")
    (tmp_path / (staging.name + ".tmp")).mkdir()
    (tmp_path / (staging.name + ".tmp") / "duckdb_temp_storage-0.tmp").write_bytes(b"x")
    _remove_orphaned_staging_files(target)
    assert list(tmp_path.iterdir()) == []


def test_a_snapshot_that_outgrows_the_memory_bound_is_copied_again_without_it(tmp_path, monkeypatch, caplog):
    """Ordered list() aggregates cannot spill: the bound must cost memory, never the analysts' snapshot."""
    from pipelines.warehouse import snapshot

    monkeypatch.setenv("SALVO_DUCKDB_MEMORY_LIMIT", "8MB")
    db = Warehouse(tmp_path / "w.duckdb", wait_s=2)
    with db.connect() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute("CREATE TABLE marts.big AS SELECT i % 10 AS k, repeat('x', 200) || i AS s FROM range(400000) t(i)")
        con.execute("CREATE VIEW marts.lists AS SELECT k, list(s ORDER BY s) AS l FROM marts.big GROUP BY k")
    bounded_tries = []
    real_copy = snapshot._sync_published

    def copy(warehouse, staging_file, *, bounded):
        bounded_tries.append(bounded)
        return real_copy(warehouse, staging_file, bounded=bounded)

    monkeypatch.setattr(snapshot, "_sync_published", copy)
    with caplog.at_level("WARNING", logger=snapshot.__name__):
        published = snapshot.publish_snapshot(db, tmp_path / "w.snapshot.duckdb")
    assert bounded_tries == [True, False]  # the bounded copy really ran out of memory
    assert "copying again without the memory bound" in caplog.text
    assert published.rows["marts.lists"] == 10 and published.rows["marts.big"] == 400_000
    # no staging file, log or spill folder left behind
    assert sorted(p.name for p in tmp_path.iterdir() if "staging" in p.name) == []
