"""Issue 14: the analysts' snapshot is brought level with the warehouse by its changed rows, not copied whole.

Every test ends by comparing each published table of the snapshot with the warehouse as a multiset of rows
(and with a snapshot written whole from nothing): an update that skips a change, or applies one twice, fails.
"""

import logging
import os
import subprocess
import sys

import duckdb
import pytest

from pipelines.warehouse import snapshot
from pipelines.warehouse.db import Warehouse
from pipelines.warehouse.snapshot import COMPACT_ABOVE, publish_snapshot


@pytest.fixture
def db(tmp_path):
    warehouse = Warehouse(tmp_path / "w.duckdb", wait_s=2)
    with warehouse.connect() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute("CREATE SCHEMA IF NOT EXISTS intermediate")
        # a keyed table with lists, structs, nulls and floats
        con.execute(
            """
            CREATE TABLE marts.nights AS
            SELECT i AS night, [i, i + 1] AS sources, {'launched': i * 10, 'note': NULL} AS detail,
                   CASE WHEN i % 3 = 0 THEN NULL ELSE i / 7 END AS share
            FROM range(200) t(i)
            """
        )
        # a table without a key whose rows repeat: three equal rows of 'a'
        con.execute(
            "CREATE TABLE intermediate.words AS SELECT * FROM (VALUES ('a'), ('a'), ('a')) t(word) "
            "UNION ALL SELECT 'w' || i FROM range(20) t(i)"
        )
        con.execute("CREATE TABLE marts.untouched AS SELECT i AS k FROM range(50) t(i)")
        con.execute("CREATE TABLE marts.retired AS SELECT 1 AS k")
        # a raw table published without its kept HTML
        con.execute(
            """
            INSERT INTO raw.articles (article_id, canonical_url, source, feed_name, text, html_gz, text_status)
            SELECT 'a' || i, 'https://example.org/' || i, 'demo', 'demo', 'Text ' || i, '\\x1f\\x8b'::BLOB, 'ok'
            FROM range(30) t(i)
            """
        )
    return warehouse


def _differences(db: Warehouse, snapshot_path) -> dict[str, int]:
    """Rows that differ between each published table of the snapshot and the warehouse, as multisets."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{db.path}' AS live (READ_ONLY)")
        con.execute(f"ATTACH '{snapshot_path}' AS snap (READ_ONLY)")
        tables = con.execute(
            "SELECT table_schema, table_name FROM information_schema.tables WHERE table_catalog = 'snap'"
        ).fetchall()
        out = {}
        for schema, name in tables:
            columns = "* EXCLUDE (html_gz)" if (schema, name) == ("raw", "articles") else "*"
            live = f'(SELECT {columns} FROM live."{schema}"."{name}")'
            snap = f'(SELECT * FROM snap."{schema}"."{name}")'
            out[f"{schema}.{name}"] = con.execute(
                f"SELECT (SELECT count(*) FROM ({live} EXCEPT ALL {snap})) + (SELECT count(*) FROM ({snap} EXCEPT ALL {live}))"
            ).fetchone()[0]
        return out
    finally:
        con.close()


def test_a_second_publish_writes_only_the_changed_rows_and_ends_equal_to_the_warehouse(db, tmp_path):
    target = tmp_path / "w.snapshot.duckdb"
    first = publish_snapshot(db, target)
    assert set(first.written.values()) == {"written whole"}

    with db.connect() as con:
        con.execute("DELETE FROM marts.nights WHERE night < 5")
        con.execute("UPDATE marts.nights SET share = 0.5 WHERE night = 100")
        con.execute("UPDATE marts.nights SET sources = [1, 2, 3] WHERE night = 101")
        con.execute("INSERT INTO marts.nights SELECT 500, [], NULL, NULL")
        # one of the three equal rows goes: the snapshot must keep exactly two
        con.execute("DELETE FROM intermediate.words WHERE rowid = (SELECT min(rowid) FROM intermediate.words WHERE word = 'a')")
        con.execute("UPDATE raw.articles SET attempts = 2 WHERE article_id = 'a7'")
        # the kept HTML is not published: changing it changes nothing in the snapshot
        con.execute("UPDATE raw.articles SET html_gz = '\\x00'::BLOB WHERE article_id = 'a8'")
        con.execute("DROP TABLE marts.retired")
        con.execute("CREATE TABLE marts.added AS SELECT 1 AS k")

    second = publish_snapshot(db, target)

    assert second.written["marts.nights"] == "-7 +3 rows"  # 5 gone, 2 changed (out and in again), 1 new
    assert second.written["intermediate.words"] == "-3 +2 rows"
    assert second.written["raw.articles"] == "-1 +1 rows"
    assert second.written["marts.untouched"] == "unchanged"
    assert second.written["marts.added"] == "written whole"
    assert "marts.retired" not in second.written
    assert all(n == 0 for n in _differences(db, target).values()), _differences(db, target)
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM intermediate.words WHERE word = 'a'").fetchone()[0] == 2
        tables = {row[0] for row in con.execute("SELECT table_schema || '.' || table_name FROM information_schema.tables").fetchall()}
    assert "marts.retired" not in tables and "marts.added" in tables

    # the same rows as a snapshot written whole from nothing
    whole = publish_snapshot(db, tmp_path / "whole.snapshot.duckdb")
    assert set(whole.written.values()) == {"written whole"}
    assert whole.rows == second.rows


def test_a_table_whose_columns_changed_or_whose_rows_mostly_changed_is_written_whole(db, tmp_path):
    target = tmp_path / "w.snapshot.duckdb"
    publish_snapshot(db, target)
    with db.connect() as con:
        con.execute("ALTER TABLE marts.untouched ADD COLUMN label VARCHAR DEFAULT 'x'")
        con.execute("UPDATE marts.nights SET share = -1")  # every row
    published = publish_snapshot(db, target)
    assert published.written["marts.untouched"] == "written whole"
    assert published.written["marts.nights"] == "written whole"
    assert published.written["intermediate.words"] == "unchanged"
    assert all(n == 0 for n in _differences(db, target).values())


def test_with_nothing_new_every_table_is_unchanged_and_the_snapshot_is_still_swapped_in(db, tmp_path):
    target = tmp_path / "w.snapshot.duckdb"
    publish_snapshot(db, target)
    before = target.stat().st_ino
    published = publish_snapshot(db, target)
    assert set(published.written.values()) == {"unchanged"}
    # a new file: a reader of the old one keeps it, and the run's end always publishes
    assert target.stat().st_ino != before
    assert all(n == 0 for n in _differences(db, target).values())


def test_a_snapshot_grown_past_its_last_whole_size_is_written_whole_again(db, tmp_path):
    target = tmp_path / "w.snapshot.duckdb"
    publish_snapshot(db, target)
    compact_size = tmp_path / ".w.snapshot.duckdb.compact-size"
    whole_size = int(compact_size.read_text())
    assert whole_size == target.stat().st_size

    # as if many updates in place had left holes: the kept size is far below the file's
    compact_size.write_text(f"{int(target.stat().st_size / COMPACT_ABOVE) - 1}\n")
    with db.connect() as con:
        con.execute("INSERT INTO marts.untouched VALUES (99)")
    published = publish_snapshot(db, target)
    assert set(published.written.values()) == {"written whole"}
    assert int(compact_size.read_text()) == target.stat().st_size
    assert all(n == 0 for n in _differences(db, target).values())

    # within the bound, the next publish updates in place again: the file the last swap replaced, which has
    # neither new row
    with db.connect() as con:
        con.execute("INSERT INTO marts.untouched VALUES (100)")
    published = publish_snapshot(db, target)
    assert published.started_from == snapshot.SPARE
    assert published.written["marts.untouched"] == "-0 +2 rows"
    assert all(n == 0 for n in _differences(db, target).values())


def test_an_unreadable_snapshot_is_replaced_by_one_written_whole(db, tmp_path, caplog):
    target = tmp_path / "w.snapshot.duckdb"
    target.write_bytes(b"not a duckdb file" * 100)
    with caplog.at_level(logging.WARNING, logger=snapshot.__name__):
        published = publish_snapshot(db, target)
    assert "writing every table again" in caplog.text
    assert set(published.written.values()) == {"written whole"}
    assert all(n == 0 for n in _differences(db, target).values())
    assert sorted(p.name for p in tmp_path.iterdir() if "staging" in p.name) == []


def test_the_swap_keeps_the_file_it_replaced_and_the_next_run_updates_that_file_without_copying(db, tmp_path, monkeypatch):
    target = tmp_path / "w.snapshot.duckdb"
    spare = tmp_path / ".w.snapshot.duckdb.spare"
    assert publish_snapshot(db, target).started_from == snapshot.EMPTY
    assert not spare.exists()  # nothing was replaced
    first_file = target.stat().st_ino
    with db.connect() as con:
        con.execute("DELETE FROM marts.nights WHERE night = 7")
    assert publish_snapshot(db, target).started_from == snapshot.COPY
    assert spare.stat().st_ino == first_file  # the replaced file, kept under the hidden name

    second_file = target.stat().st_ino
    with db.connect() as con:
        con.execute("INSERT INTO marts.untouched VALUES (77)")

    def no_copy(*args, **kwargs):
        raise AssertionError("the published file was copied")

    monkeypatch.setattr(snapshot.shutil, "copyfile", no_copy)
    third = publish_snapshot(db, target)
    # the first file, two publishes behind: it lacks both changes
    assert third.started_from == snapshot.SPARE
    assert target.stat().st_ino == first_file
    assert third.written["marts.nights"] == "-1 +0 rows"
    assert third.written["marts.untouched"] == "-0 +1 rows"
    assert spare.stat().st_ino == second_file
    assert all(n == 0 for n in _differences(db, target).values())


READER = """
import duckdb, sys
con = duckdb.connect(sys.argv[1], read_only=True)
for line in sys.stdin:
    print(con.execute("SELECT count(*) FROM marts.untouched").fetchone()[0], flush=True)
"""


def test_a_reader_still_on_the_replaced_file_keeps_it_and_the_run_copies_the_published_one(db, tmp_path, caplog):
    target = tmp_path / "w.snapshot.duckdb"
    publish_snapshot(db, target)
    # an analyst connects, and stays connected across the next two publishes
    reader = subprocess.Popen(
        [sys.executable, "-c", READER, str(target)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        reader.stdin.write("count\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "50"
        for extra in (50, 51):
            with db.connect() as con:
                con.execute("INSERT INTO marts.untouched VALUES (?)", [extra])
            with caplog.at_level(logging.INFO, logger=snapshot.__name__):
                published = publish_snapshot(db, target)
        # the second publish found the reader's file under the spare name, locked: it copied instead
        assert published.started_from == snapshot.COPY
        assert "still open by a reader" in caplog.text
        assert all(n == 0 for n in _differences(db, target).values())
        # and the reader's view is the one it opened, untouched
        reader.stdin.write("count\n")
        reader.stdin.flush()
        assert reader.stdout.readline().strip() == "50"
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
    with duckdb.connect(str(target), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM marts.untouched").fetchone()[0] == 52


def test_a_spare_that_is_still_the_published_file_is_never_written(db, tmp_path):
    """A run killed between keeping the spare and the swap leaves two names on the published file."""
    target = tmp_path / "w.snapshot.duckdb"
    publish_snapshot(db, target)
    os.link(target, tmp_path / ".w.snapshot.duckdb.spare")
    os.link(target, tmp_path / "witness.duckdb")  # what a reader of the published file sees
    with db.connect() as con:
        con.execute("INSERT INTO marts.untouched VALUES (99)")
    published = publish_snapshot(db, target)
    assert published.started_from == snapshot.COPY
    assert all(n == 0 for n in _differences(db, target).values())
    with duckdb.connect(str(tmp_path / "witness.duckdb"), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM marts.untouched").fetchone()[0] == 50
