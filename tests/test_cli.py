"""The `salvo` command line: sql, explain, extract, and run's exit codes."""

from __future__ import annotations

import json
import os
import stat
from datetime import datetime, timezone

import pytest
from typer.testing import CliRunner

from pipelines import cli
from pipelines.cli import app
from pipelines.warehouse.db import Warehouse
from pipelines.warehouse.snapshot import publish_snapshot, snapshot_path_for

runner = CliRunner()

ARTICLE_TEXT = (
    "Russia launched 40 Shahed drones at Ukraine overnight, the air force said.\n\n"
    "Air defences shot down 36 of them."
)


def _small_warehouse(path):
    db = Warehouse(path)
    with db.transaction() as con:
        con.execute(
            "INSERT INTO raw.articles (article_id, canonical_url, source, feed_name, published_at, title, text, "
            "text_status) VALUES (?, ?, ?, ?, ?, ?, ?, 'ok')",
            ["a1", "https://example.org/a1", "wire", "wire", datetime(2025, 3, 4, 9, tzinfo=timezone.utc),
             "Drone attack", ARTICLE_TEXT],
        )
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute("CREATE TABLE marts.daily_air_attacks AS SELECT DATE '2025-03-04' AS event_date, 40 AS launched")
    publish_snapshot(db, snapshot_path_for(path))
    return db


def test_sql_prints_a_table_csv_and_json(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    _small_warehouse(path)
    table = runner.invoke(app, ["sql", "--warehouse", str(path), "select * from marts.daily_air_attacks"])
    assert table.exit_code == 0, table.output
    assert "2025-03-04" in table.output and "40" in table.output
    csv = runner.invoke(app, ["sql", "--warehouse", str(path), "--format", "csv", "select launched from marts.daily_air_attacks"])
    assert csv.output.splitlines() == ["launched", "40"]
    js = runner.invoke(app, ["sql", "--warehouse", str(path), "--format", "json", "select launched from marts.daily_air_attacks"])
    assert json.loads(js.output.strip()) == {"launched": 40}


def test_sql_reads_the_snapshot_not_the_live_file(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    db = _small_warehouse(path)
    with db.transaction() as con:
        con.execute("INSERT INTO marts.daily_air_attacks VALUES (DATE '2025-03-05', 7)")
    snap = runner.invoke(app, ["sql", "--warehouse", str(path), "--format", "csv", "select count(*) n from marts.daily_air_attacks"])
    live = runner.invoke(app, ["sql", "--warehouse", str(path), "--live", "--format", "csv", "select count(*) n from marts.daily_air_attacks"])
    assert snap.output.splitlines()[1] == "1"
    assert live.output.splitlines()[1] == "2"


def test_sql_errors_are_clear(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    _small_warehouse(path)
    bad = runner.invoke(app, ["sql", "--warehouse", str(path), "select * from no_such_table"])
    assert bad.exit_code == 1
    assert "no_such_table" in bad.output
    missing = runner.invoke(app, ["sql", "--warehouse", str(tmp_path / "elsewhere" / "none.duckdb"), "select 1"])
    assert missing.exit_code == 2
    assert "no warehouse" in missing.output


def test_explain_shows_the_article_and_its_facts(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    _small_warehouse(path)
    result = runner.invoke(app, ["explain", "--warehouse", str(path), "https://example.org/a1?utm_source=x"])
    assert result.exit_code == 0, result.output
    assert "Shahed" in result.output and "36" in result.output and "launched" in result.output
    unknown = runner.invoke(app, ["explain", "--warehouse", str(path), "nope"])
    assert unknown.exit_code == 1


def test_extract_reads_jsonl_and_reports_bad_lines(tmp_path):
    lines = [
        json.dumps({"id": "x1", "source": "wire", "published": "2025-03-04T09:00:00Z", "title": "t", "text": ARTICLE_TEXT}),
        "{not json",
        json.dumps({"id": "x2", "source": "wire", "title": "no date", "text": "nothing"}),
    ]
    path = tmp_path / "in.jsonl"
    path.write_text("\n".join(lines) + "\n")
    result = runner.invoke(app, ["extract", str(path)])
    facts = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert {(f["id"], f["fact_type"], f["count"]) for f in facts} >= {("x1", "launched", 40), ("x1", "intercepted", 36)}
    assert "line 2" in result.stderr and "line 3" in result.stderr


def test_run_refuses_a_broken_feed_registry(tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text("[[feeds]]\nname = 'x'\n")
    result = runner.invoke(app, ["run", "--feeds", str(feeds), "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "url" in result.output.lower()



def _list_mart(path):
    db = Warehouse(path)
    with db.transaction() as con:
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute(
            "CREATE TABLE marts.aid_commitments AS SELECT 'EU' AS donor, ['AP', 'Reuters'] AS sources, "
            "['a1', 'a2'] AS evidence_article_ids, 12::HUGEINT AS figure"
        )
    publish_snapshot(db, snapshot_path_for(path))


def test_sql_csv_joins_list_columns_instead_of_failing(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    _list_mart(path)
    result = runner.invoke(app, ["sql", "--warehouse", str(path), "--format", "csv", "select * from marts.aid_commitments"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["donor,sources,evidence_article_ids,figure", "EU,AP; Reuters,a1; a2,12"]


def test_sql_json_prints_hugeint_sums_as_numbers(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    _list_mart(path)
    result = runner.invoke(app, ["sql", "--warehouse", str(path), "--format", "json",
                                 "select figure, sum(figure) AS total, 1.5::DECIMAL(4, 1) AS half from marts.aid_commitments group by all"])
    assert json.loads(result.stdout) == {"figure": 12, "total": 12, "half": 1.5}


def test_each_warehouse_in_a_folder_answers_with_its_own_snapshot(tmp_path):
    _small_warehouse(tmp_path / "warehouse.duckdb")
    _list_mart(tmp_path / "other.duckdb")
    assert (tmp_path / "other.snapshot.duckdb").exists() and not (tmp_path / "snapshot.duckdb").exists()
    other = runner.invoke(app, ["sql", "--warehouse", str(tmp_path / "other.duckdb"), "--format", "csv",
                                "select table_name from information_schema.tables where table_schema = 'marts'"])
    assert other.stdout.splitlines() == ["table_name", "aid_commitments"]


def test_sql_with_an_empty_query_says_so(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    _small_warehouse(path)
    for query in ("", "   ", "/* only a comment */"):
        result = runner.invoke(app, ["sql", "--warehouse", str(path), query])
        assert result.exit_code == 2, (query, result.output)
        assert "Traceback" not in result.output and "error:" in result.output


def test_extract_dash_reads_stdin():
    line = json.dumps({"id": "s1", "source": "wire", "published": "2025-03-04T09:00:00Z", "text": ARTICLE_TEXT})
    result = runner.invoke(app, ["extract", "-"], input=line + "\n")
    assert result.exit_code == 0, result.output
    facts = [json.loads(x) for x in result.stdout.splitlines()]
    assert {(f["id"], f["fact_type"], f["count"]) for f in facts} >= {("s1", "launched", 40)}


def test_a_json_error_names_its_column_once(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"id": "x", "text": "a\tb"}\n')  # a raw tab inside a JSON string
    result = runner.invoke(app, ["extract", str(path)])
    assert "line 1: not valid JSON (Invalid control character at column" in result.stderr
    assert "at at" not in result.stderr


@pytest.fixture
def read_only_folder(tmp_path, monkeypatch):
    folder = tmp_path / "ro"
    folder.mkdir()
    yield folder
    folder.chmod(stat.S_IRWXU)


def _make_read_only(folder, monkeypatch):
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR | stat.S_IRGRP | stat.S_IXGRP)
    if os.geteuid() == 0:  # root writes anywhere: make access() answer as for anyone else
        real_access = os.access
        monkeypatch.setattr(cli.os, "access", lambda p, mode: False if os.path.realpath(p) == str(folder.resolve())
                            and mode & os.W_OK else real_access(p, mode))


def test_demo_in_a_read_only_folder_is_refused_clearly(read_only_folder, monkeypatch):
    _make_read_only(read_only_folder, monkeypatch)
    result = runner.invoke(app, ["demo", "--warehouse", str(read_only_folder / "warehouse.duckdb")])
    assert result.exit_code == 2
    assert "read-only" in result.output and "Traceback" not in result.output


def test_reading_a_warehouse_in_a_read_only_folder_needs_no_lock_file(read_only_folder, monkeypatch):
    path = read_only_folder / "warehouse.duckdb"
    _small_warehouse(path)
    snapshot_path_for(path).unlink()  # the live file, then
    (read_only_folder / "warehouse.duckdb.lock").unlink()
    _make_read_only(read_only_folder, monkeypatch)
    result = runner.invoke(app, ["sql", "--warehouse", str(path), "--format", "csv", "select launched from marts.daily_air_attacks"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["launched", "40"]
    assert not (read_only_folder / "warehouse.duckdb.lock").exists()


def test_a_missing_default_warehouse_points_at_the_demos(tmp_path, monkeypatch):
    demo = tmp_path / "demo" / "warehouse.duckdb"
    _small_warehouse(demo)
    monkeypatch.setattr(cli, "DEMO_WAREHOUSE", demo)
    monkeypatch.setenv("SALVO_WAREHOUSE", str(tmp_path / "none" / "warehouse.duckdb"))
    result = runner.invoke(app, ["sql", "select 1"])
    assert result.exit_code == 2
    assert "--warehouse" in result.output and "warehouse.duckdb" in result.output
    assert "run `salvo run`" not in result.output


def test_tables_are_not_folded_at_80_columns_off_a_terminal(tmp_path):
    path = tmp_path / "warehouse.duckdb"
    _small_warehouse(path)
    long_text = "x" * 150
    result = runner.invoke(app, ["sql", "--warehouse", str(path), f"select '{long_text}' AS a, 'second' AS b"])
    assert result.exit_code == 0, result.output
    assert any(long_text in line and "second" in line for line in result.stdout.splitlines())


def test_run_refuses_a_registry_without_feeds(tmp_path):
    feeds = tmp_path / "feeds.toml"
    feeds.write_text("[settings]\nper_host_concurrency = 2\n")
    result = runner.invoke(app, ["run", "--feeds", str(feeds), "--warehouse", str(tmp_path / "w.duckdb")])
    assert result.exit_code == 2
    assert "no enabled feeds" in result.output
    assert not (tmp_path / "w.duckdb").exists()


def test_the_demo_site_is_served_at_the_same_address_every_time():
    """The articles' URLs, so their ids, must not change from one `salvo demo` to the next."""
    from pipelines.sample_site import SITE_ROOT
    from pipelines.sample_site.server import DEMO_PORTS, serve_site

    with serve_site(SITE_ROOT, port=DEMO_PORTS) as first:
        first_url = first.base_url
    with serve_site(SITE_ROOT, port=DEMO_PORTS) as second:
        assert second.base_url == first_url
        # a demo already running: the next one takes the next port of the range
        with serve_site(SITE_ROOT, port=DEMO_PORTS) as third:
            assert third.base_url != first_url and int(third.base_url.rsplit(":", 1)[1]) in DEMO_PORTS


UI_STAND_IN = """
import sys
from pipelines import cli
# dagster dev's stand-in: a process that starts a child of its own (as dagster dev
# starts its webserver and daemon), both ignoring nothing and running until killed
cli._dagster_dev_command = lambda host, port: [
    "sh", "-c", "sleep 600 & echo $! > " + sys.argv[1] + "; echo $$ >> " + sys.argv[1] + "; wait"
]
cli.app(["ui"])
"""


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    # a zombie no one has reaped yet is gone as far as anyone cares
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.timeout(60)
def test_sigterm_to_salvo_ui_stops_dagster_dev_and_its_children(tmp_path):
    import signal
    import subprocess
    import sys
    import time

    pids_file = tmp_path / "pids"
    ui = subprocess.Popen([sys.executable, "-c", UI_STAND_IN, str(pids_file)], cwd=cli.REPO_ROOT)
    try:
        deadline = time.monotonic() + 30
        while not (pids_file.exists() and len(pids_file.read_text().split()) == 2):
            assert time.monotonic() < deadline, "the stand-in never started"
            time.sleep(0.1)
        pids = [int(p) for p in pids_file.read_text().split()]
        ui.send_signal(signal.SIGTERM)
        ui.wait(timeout=30)
        deadline = time.monotonic() + 10
        while any(_alive(p) for p in pids) and time.monotonic() < deadline:
            time.sleep(0.1)
        assert not [p for p in pids if _alive(p)], "dagster dev's processes outlived `salvo ui`"
    finally:
        for pid in pids if "pids" in locals() else []:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        ui.kill()


def test_export_writes_every_mart_as_parquet_and_flattened_csv(tmp_path):
    import polars as pl

    path = tmp_path / "warehouse.duckdb"
    _small_warehouse(path)
    with Warehouse(path).transaction() as con:
        con.execute("CREATE TABLE marts.aid_commitments AS SELECT 'EU' AS donor, ['AP', 'Reuters'] AS sources")
    publish_snapshot(Warehouse(path), snapshot_path_for(path))

    parquet = runner.invoke(app, ["export", "--warehouse", str(path), str(tmp_path / "pq")])
    assert parquet.exit_code == 0, parquet.output
    assert sorted(p.name for p in (tmp_path / "pq").iterdir()) == ["aid_commitments.parquet", "daily_air_attacks.parquet"]
    assert pl.read_parquet(tmp_path / "pq" / "aid_commitments.parquet").to_dicts() == [
        {"donor": "EU", "sources": ["AP", "Reuters"]}
    ]

    csv = runner.invoke(app, ["export", "--warehouse", str(path), "--format", "csv", str(tmp_path / "csv")])
    assert csv.exit_code == 0, csv.output
    assert (tmp_path / "csv" / "aid_commitments.csv").read_text().splitlines() == ["donor,sources", "EU,AP; Reuters"]
    assert (tmp_path / "csv" / "daily_air_attacks.csv").read_text().splitlines() == ["event_date,launched", "2025-03-04,40"]
    assert "aid_commitments.csv  1 row\n" in csv.output and "rows" not in csv.output  # one row each

    bad = runner.invoke(app, ["export", "--warehouse", str(path), "--format", "xlsx", str(tmp_path / "x")])
    assert bad.exit_code == 2 and "parquet or csv" in bad.output


def test_a_summary_title_with_a_long_path_stays_on_one_line(capsys):
    import polars as pl

    title = "Loaded into /srv/" + "x" * 80 + "/warehouse.duckdb"
    cli._print_frame(pl.DataFrame({"n": [1]}), title=title)
    assert title in capsys.readouterr().out.splitlines()


@pytest.mark.e2e
def test_demo_backfills_the_sample_sites_archive_for_a_window(tmp_path, monkeypatch):
    """`salvo demo --since --until`: the sample site's sitemap, the window's pages only, then nothing twice;
    the daily demo afterwards fetches only the pages the backfill had no reason to take."""
    import duckdb

    monkeypatch.setenv("DAGSTER_HOME", str(tmp_path / "dagster_home"))
    monkeypatch.setattr(cli, "VERBOSE", False)
    warehouse = tmp_path / "demo.duckdb"
    window = ["--since", "2025-03-04", "--until", "2025-03-06"]
    first = runner.invoke(app, ["demo", "--warehouse", str(warehouse), *window])
    assert first.exit_code == 0, first.output
    assert "in the window: 6 articles (0 already fetched, 6 to fetch)" in first.output
    with duckdb.connect(str(warehouse), read_only=True) as con:
        days = con.execute("SELECT DISTINCT CAST(published_at AS DATE)::VARCHAR FROM raw.articles ORDER BY 1").fetchall()
        assert [d for (d,) in days] == ["2025-03-04", "2025-03-05", "2025-03-06"]
        assert con.execute("SELECT count(*) FROM marts.daily_air_attacks").fetchone()[0] > 0
    again = runner.invoke(app, ["demo", "--warehouse", str(warehouse), *window])
    assert again.exit_code == 0 and "nothing new to fetch" in again.output, again.output
    daily = runner.invoke(app, ["demo", "--warehouse", str(warehouse)])
    assert daily.exit_code == 0 and "fetched this run 4" in daily.output, daily.output


def test_the_readmes_explain_example_names_an_article_of_the_demo():
    """`salvo explain ... <id>` in the README must name an article `make demo` loads (its first port)."""
    import re

    import feedparser

    from pipelines.ingest.urls import article_id_for, canonical_url
    from pipelines.sample_site import SITE_ROOT
    from pipelines.sample_site.server import DEMO_PORTS

    readme = (cli.REPO_ROOT / "README.md").read_text()
    example = re.search(r"salvo explain --warehouse data/demo/warehouse\.duckdb ([0-9a-f]{16})", readme)
    assert example, "the README has no explain example for the demo"
    base = f"http://127.0.0.1:{DEMO_PORTS[0]}"
    ids = {
        article_id_for(canonical_url(entry.link.replace("__BASE__", base)))
        for feed in (SITE_ROOT / "feeds").glob("*.xml")
        for entry in feedparser.parse(feed.read_bytes()).entries
    }
    assert example.group(1) in ids
