"""The report page: self-contained, escaped, hover values, written beside its warehouse."""

from __future__ import annotations

import datetime as dt
import json
import re
from html.parser import HTMLParser

from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.report.page import nights_chart, render_html, report_path_for

NIGHTS = [
    {"event_date": dt.date(2025, 3, 8), "attacker": "RU", "weapon_class": "aerial_target", "launched": 148, "intercepted": 80, "intercept_rate": 0.54},
    {"event_date": dt.date(2025, 3, 8), "attacker": "RU", "weapon_class": "drone", "launched": 145, "intercepted": 79, "intercept_rate": 0.54},
    {"event_date": dt.date(2025, 3, 6), "attacker": "RU", "weapon_class": "drone", "launched": 112, "intercepted": 68, "intercept_rate": 0.6},
    {"event_date": dt.date(2025, 3, 6), "attacker": "RU", "weapon_class": "missile", "launched": 2, "intercepted": None, "intercept_rate": None},
]
HOSTILE = '<script>alert(1)</script>'


def _data(**overrides) -> dict:
    data = {"nights": NIGHTS, "aid": [{"month": dt.date(2025, 3, 1), "donor": "EU", "amount_eur": 1.1e9, "n_commitments": 1}],
            "latest": [{**NIGHTS[0], "launched_evidence": f"Russia launched 148 {HOSTILE}", "intercepted_evidence": None}],
            "latest_sources": [{"article_id": "a", "source": "wire", "title": HOSTILE,
                                "canonical_url": "javascript:alert(1)", "published_at": None}],
            "review": [], "feeds": [], "coverage": []}
    return {**data, **overrides}


def test_nightly_bars_take_the_stated_total_or_the_sum_and_show_values_on_hover():
    svg = nights_chart(NIGHTS)
    tooltips = re.findall(r"<title>([^<]*)</title>", svg)
    assert "2025-03-08 · launched: 148 " in tooltips and "2025-03-08 · intercepted: 80 " in tooltips
    assert "2025-03-06 · launched: 114 " in tooltips and "2025-03-06 · intercepted: 68 " in tooltips


def test_the_page_escapes_feed_content_and_loads_nothing():
    page = render_html(_data(), "Salvo", dt.datetime(2025, 3, 9, tzinfo=dt.timezone.utc))
    assert HOSTILE not in page and "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert 'href="javascript' not in page
    assert not re.search(r"(src|href)=[\"']?(https?:)?//", page)

    class Strict(HTMLParser):
        scripts: list[str] = []

        def handle_starttag(self, tag, attrs):
            if tag == "script":
                self.scripts.append(dict(attrs).get("type"))

    parser = Strict()
    parser.feed(page)
    assert parser.scripts == ["application/json"]  # data only: nothing runs, nothing to fail in a console
    embedded = json.loads(page.split('id="salvo-data">', 1)[1].split("</script>", 1)[0])
    assert embedded["nights"][0]["launched"] == 148


def test_salvo_report_writes_beside_the_warehouse(tmp_path):
    from pipelines.warehouse.db import Warehouse

    path = tmp_path / "warehouse.duckdb"
    with Warehouse(path).transaction() as con:  # raw tables only: dbt has not built the marts yet
        con.execute("SELECT 1")
    result = CliRunner().invoke(app, ["report", "--warehouse", str(path)])
    assert result.exit_code == 0, result.output
    target = report_path_for(path)
    assert target == tmp_path / "report" / "index.html" and str(target) in result.stdout
    page = target.read_text()
    assert "<h2>Nights</h2>" in page and "no night in the warehouse yet" in page


def _headless_browser() -> str | None:
    import shutil

    return next((found for name in ("chromium", "chromium-browser", "google-chrome") if (found := shutil.which(name))), None)


def test_the_page_opens_in_a_headless_browser_without_console_errors(tmp_path):
    """What an analyst's browser does with the file: no console message, the charts drawn."""
    import subprocess

    import pytest

    browser = _headless_browser()
    if browser is None:
        pytest.skip("no chromium on this machine (apt-get install chromium) to open the report headless")
    page = tmp_path / "index.html"
    page.write_text(render_html(_data(), "Salvo", dt.datetime(2025, 3, 9, tzinfo=dt.timezone.utc)), encoding="utf-8")
    opened = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--enable-logging=stderr", "--v=0",
         "--virtual-time-budget=2000", "--dump-dom", page.as_uri()],
        capture_output=True, text=True, timeout=120,
    )
    assert opened.returncode == 0, opened.stderr[-2000:]
    # chromium logs every console message (errors, uncaught exceptions) as ':CONSOLE' on stderr
    assert ":CONSOLE" not in opened.stderr, [line for line in opened.stderr.splitlines() if ":CONSOLE" in line]
    dom = opened.stdout
    assert dom.count("<svg") >= 2 and "2025-03-08 · launched: 148" in dom
    assert "<script>alert(1)</script>" not in dom  # the hostile title stayed text


def test_nights_to_review_are_the_marts_list_with_its_reasons():
    """The page lists what `salvo review` lists (marts.nights_to_review), not a judgement of its own: a night whose
    figures came from the air force (attribution national_official) and that the mart does not list is not there."""
    import duckdb

    from pipelines.report.page import REVIEW_SQL

    con = duckdb.connect()
    con.execute("CREATE SCHEMA marts")
    con.execute("CREATE TABLE marts.daily_air_attacks (event_date DATE, attacker VARCHAR, weapon_class VARCHAR,"
                " launched BIGINT, intercepted BIGINT, launched_attribution VARCHAR, intercepted_attribution VARCHAR)")
    con.execute("INSERT INTO marts.daily_air_attacks VALUES"
                " ('2025-03-08', 'RU', 'drone', 145, 79, 'national_official', 'national_official'),"
                " ('2025-03-07', 'RU', 'drone', 90, 95, 'media', NULL),"
                " ('2024-01-01', 'RU', 'missile', 10, 12, NULL, NULL)")
    con.execute("CREATE TABLE marts.nights_to_review (event_date DATE, attacker VARCHAR, weapon_class VARCHAR,"
                " reasons VARCHAR[], launched BIGINT, intercepted BIGINT)")
    con.execute("INSERT INTO marts.nights_to_review VALUES"
                " ('2025-03-07', 'RU', 'drone', ['intercepted_exceeds_launched', 'only_non_official'], 90, 95),"
                " ('2024-01-01', 'RU', 'missile', ['intercepted_exceeds_launched'], 10, 12)")
    rows = con.execute(REVIEW_SQL).fetchall()
    # the March 2024 night is older than the chart's 90 days; the air force's night is not listed
    assert rows == [(dt.date(2025, 3, 7), "RU", "drone", 90, 95,
                     "intercepted exceeds launched; only non official")]
