"""The `salvo` command line: sql, explain, extract, and run's exit codes."""

from __future__ import annotations

import json
from datetime import datetime, timezone

from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.warehouse.db import Warehouse
from pipelines.warehouse.snapshot import publish_snapshot

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
            "extraction_status) VALUES (?, ?, ?, ?, ?, ?, ?, 'ok')",
            ["a1", "https://example.org/a1", "wire", "wire", datetime(2025, 3, 4, 9, tzinfo=timezone.utc),
             "Drone attack", ARTICLE_TEXT],
        )
        con.execute("CREATE SCHEMA IF NOT EXISTS marts")
        con.execute("CREATE TABLE marts.daily_air_attacks AS SELECT DATE '2025-03-04' AS event_date, 40 AS launched")
    publish_snapshot(db, path.with_name("snapshot.duckdb"))
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

