"""The report page: one self-contained HTML file, beside its warehouse, that works from file://.

The latest night with its evidence sentences and source links, the nights
and the aid as charts (inline SVG: hovering a bar shows its values, with no
script and nothing fetched), the nights to review, and each feed's coverage
and freshness. The rows the charts are drawn from are embedded as JSON
(`<script type="application/json" id="salvo-data">`) for anyone who wants
the numbers, and for the test that checks them against the marts.

Everything from feeds and articles is escaped: the page shows it as text.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import os
from pathlib import Path

CHART_DAYS = 90
COVERAGE_DAYS = 14

NIGHTS_SQL = f"""
SELECT event_date, attacker, weapon_class, launched, intercepted, intercept_rate
FROM marts.daily_air_attacks
WHERE event_date > (SELECT max(event_date) FROM marts.daily_air_attacks) - INTERVAL {CHART_DAYS} DAY
ORDER BY event_date, attacker, weapon_class
"""

AID_SQL = "SELECT month, donor, amount_eur, n_commitments FROM marts.monthly_aid ORDER BY month, donor"

LATEST_SQL = """
SELECT event_date, attacker, weapon_class, launched, intercepted, launched_evidence, intercepted_evidence,
       evidence_article_ids
FROM marts.daily_air_attacks
WHERE event_date = (SELECT max(event_date) FROM marts.daily_air_attacks)
ORDER BY attacker, weapon_class
"""

# The nights a person should look at before quoting them: the same list as `salvo review`
# (marts.nights_to_review, whose reasons the dbt model decides), for the chart's days
REVIEW_SQL = f"""
SELECT event_date, attacker, weapon_class, launched, intercepted,
       array_to_string(list_transform(reasons, reason -> replace(reason, '_', ' ')), '; ') AS why
FROM marts.nights_to_review
WHERE event_date > (SELECT max(event_date) FROM marts.daily_air_attacks) - INTERVAL {CHART_DAYS} DAY
ORDER BY event_date DESC, attacker, weapon_class
"""

FEEDS_SQL = """
SELECT e.feed_name, count(*) AS entries, max(e.first_seen_at) AS last_new_entry,
       any_value(s.last_polled_at) AS last_polled_at, any_value(s.last_status) AS last_status,
       any_value(s.consecutive_failures) AS consecutive_failures
FROM staging.stg_feed_entries e
LEFT JOIN staging.stg_feed_state s USING (feed_name)
GROUP BY e.feed_name
ORDER BY e.feed_name
"""

COVERAGE_SQL = f"""
SELECT feed_name, CAST(coalesce(published_at, first_seen_at) AS DATE) AS day, count(*) AS articles
FROM staging.stg_feed_entries
WHERE CAST(coalesce(published_at, first_seen_at) AS DATE) >
      (SELECT max(CAST(coalesce(published_at, first_seen_at) AS DATE)) FROM staging.stg_feed_entries)
      - INTERVAL {COVERAGE_DAYS} DAY
GROUP BY ALL
ORDER BY feed_name, day
"""


def _rows(con, sql: str) -> list[dict]:
    import duckdb

    try:
        return con.execute(sql).pl().to_dicts()
    except duckdb.CatalogException:  # a table the warehouse lacks yet (no marts before dbt's first build)
        return []


def report_data(con) -> dict:
    """Everything the page shows, as plain rows."""
    latest = _rows(con, LATEST_SQL)
    article_ids = sorted({a for row in latest for a in (row.pop("evidence_article_ids") or [])})
    sources = []
    if article_ids:
        sources = con.execute(
            "SELECT article_id, source, title, canonical_url, published_at FROM raw.articles "
            "WHERE article_id IN (SELECT unnest(?)) ORDER BY published_at, article_id",
            [article_ids],
        ).pl().to_dicts()
    return {
        "nights": _rows(con, NIGHTS_SQL),
        "aid": _rows(con, AID_SQL),
        "latest": latest,
        "latest_sources": sources,
        "review": _rows(con, REVIEW_SQL),
        "feeds": _rows(con, FEEDS_SQL),
        "coverage": _rows(con, COVERAGE_SQL),
    }


# ---------------------------------------------------------------- rendering

def _e(value) -> str:
    return "" if value is None else html.escape(str(value), quote=True)


def _link(url: str | None, text: str) -> str:
    if url and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" rel="noopener noreferrer">{_e(text)}</a>'
    return _e(text)


def _table(rows: list[dict], columns: list[str], empty: str = "nothing") -> str:
    if not rows:
        return f"<p class=empty>{_e(empty)}</p>"
    head = "".join(f"<th>{_e(c)}</th>" for c in columns)
    body = "".join("<tr>" + "".join(f"<td>{_e(r.get(c))}</td>" for c in columns) + "</tr>" for r in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _number(value: float) -> str:
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


PALETTE = ["#1f6feb", "#9aa5b1", "#d29922", "#2da44e", "#cf222e", "#8250df", "#bf3989", "#0a7ea4", "#6e7781"]


def _bar_chart(title: str, categories: list[str], series: list[tuple[str, list[float | None]]],
               stacked: bool, unit: str) -> str:
    """An inline SVG bar chart; each bar's <title> is its tooltip (hover), so it needs no script."""
    width, height, left, bottom, top = 900, 300, 60, 60, 30
    plot_w, plot_h = width - left - 20, height - top - bottom
    if not categories:
        return f"<p class=empty>{_e(title)}: no data</p>"
    if stacked:
        peak = max(sum(v or 0 for _, values in series for v in [values[i]]) for i in range(len(categories)))
    else:
        peak = max((v or 0) for _, values in series for v in values)
    peak = peak or 1
    slot = plot_w / len(categories)
    bar_w = slot * 0.8 / (1 if stacked else len(series))
    parts = [f'<svg viewBox="0 0 {width} {height}" role="img" aria-label="{_e(title)}">',
             f'<text x="{width / 2}" y="18" text-anchor="middle" class="title">{_e(title)}</text>']
    for tick in range(5):
        value = peak * tick / 4
        y = top + plot_h - plot_h * tick / 4
        parts.append(f'<line x1="{left}" x2="{width - 20}" y1="{y:.1f}" y2="{y:.1f}" class="grid"/>'
                     f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{value:,.0f}</text>')
    for i, category in enumerate(categories):
        base = 0.0
        for s, (name, values) in enumerate(series):
            value = values[i]
            if value is None:
                continue
            h = plot_h * value / peak
            x = left + i * slot + slot * 0.1 + (0 if stacked else s * bar_w)
            y = top + plot_h - h - (plot_h * base / peak if stacked else 0)
            parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
                         f'fill="{PALETTE[s % len(PALETTE)]}"><title>{_e(category)} · {_e(name)}: '
                         f'{_number(value)} {_e(unit)}</title></rect>')
            if stacked:
                base += value
        if len(categories) <= 31 or i % max(1, len(categories) // 15) == 0:
            x = left + i * slot + slot / 2
            parts.append(f'<text x="{x:.1f}" y="{top + plot_h + 14}" text-anchor="end" '
                         f'transform="rotate(-35 {x:.1f} {top + plot_h + 14})">{_e(category)}</text>')
    legend = "".join(f'<span class=key><i style="background:{PALETTE[s % len(PALETTE)]}"></i>{_e(name)}</span>'
                     for s, (name, _) in enumerate(series))
    parts.append("</svg>")
    return f'<figure>{"".join(parts)}<figcaption>{legend}</figcaption></figure>'


def nights_chart(nights: list[dict]) -> str:
    """Russia's launched vs intercepted per night: a stated total where given, else the sum of classes."""
    by_date: dict[str, dict] = {}
    for row in nights:
        if row["attacker"] != "RU":
            continue
        night = by_date.setdefault(str(row["event_date"]), {"total": None, "parts": [0, 0], "has": [False, False]})
        if row["weapon_class"] == "aerial_target":
            night["total"] = (row["launched"], row["intercepted"])
        else:
            for k, key in enumerate(("launched", "intercepted")):
                if row[key] is not None:
                    night["parts"][k] += row[key]
                    night["has"][k] = True
    dates = sorted(by_date)
    launched, intercepted = [], []
    for date in dates:
        night = by_date[date]
        total = night["total"] or (None, None)
        parts = [night["parts"][k] if night["has"][k] else None for k in range(2)]
        launched.append(total[0] if total[0] is not None else parts[0])
        intercepted.append(total[1] if total[1] is not None else parts[1])
    return _bar_chart(f"Russian air attacks per night, last {CHART_DAYS} days", dates,
                      [("launched", launched), ("intercepted", intercepted)], stacked=False, unit="")


def aid_chart(aid: list[dict]) -> str:
    months = sorted({str(r["month"])[:7] for r in aid})
    donors = sorted({r["donor"] for r in aid}, key=lambda d: -sum(r["amount_eur"] or 0 for r in aid if r["donor"] == d))
    series = []
    for donor in donors:
        amounts = {str(r["month"])[:7]: (r["amount_eur"] or 0) / 1e6 for r in aid if r["donor"] == donor}
        series.append((donor, [amounts.get(m) for m in months]))
    return _bar_chart("Aid committed per month by donor (million EUR)", months, series, stacked=True, unit="million EUR")


def _freshness(feeds: list[dict], now: dt.datetime) -> list[dict]:
    shown = []
    for feed in feeds:
        last = feed.get("last_new_entry")
        age = f"{(now - last).total_seconds() / 3600:,.0f} h ago" if isinstance(last, dt.datetime) else ""
        # when Salvo last found a new entry in the feed (its first sighting), not the entry's publication date:
        # a feed that stopped publishing shows here however old its items are
        shown.append({**feed, "last new entry seen": age})
    return shown


def _coverage(coverage: list[dict]) -> str:
    days = sorted({str(r["day"]) for r in coverage})
    feeds = sorted({r["feed_name"] for r in coverage})
    if not days:
        return "<p class=empty>no feed entries yet</p>"
    counts = {(r["feed_name"], str(r["day"])): r["articles"] for r in coverage}
    head = "<th>feed</th>" + "".join(f"<th>{_e(d[5:])}</th>" for d in days)
    body = ""
    for feed in feeds:
        cells = "".join(
            f'<td class="{"gap" if not counts.get((feed, d)) else "n"}" title="{_e(feed)} {_e(d)}: '
            f'{counts.get((feed, d), 0)} articles">{counts.get((feed, d), "·")}</td>' for d in days
        )
        body += f"<tr><td>{_e(feed)}</td>{cells}</tr>"
    return f"<table class=coverage><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


CSS = """
body{font:14px/1.45 system-ui,sans-serif;margin:2em auto;max-width:1000px;color:#1f2328;padding:0 1em}
h1{font-size:1.5em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #d0d7de}
table{border-collapse:collapse;margin:.5em 0;font-size:13px}td,th{border:1px solid #d0d7de;padding:3px 6px;text-align:left}
th{background:#f6f8fa}.empty{color:#6e7781}blockquote{margin:.3em 0 .6em 1em;color:#424a53;border-left:3px solid #d0d7de;padding-left:.6em}
svg{width:100%;height:auto}svg text{font-size:11px;fill:#424a53}svg .title{font-size:13px;font-weight:600}
svg .grid{stroke:#eaeef2}svg rect:hover{opacity:.7}figcaption .key{margin-right:1em}
figcaption i{display:inline-block;width:.8em;height:.8em;margin-right:.3em}
.coverage td.gap{background:#ffebe9;color:#cf222e}.coverage td.n{background:#dafbe1}
"""


def render_html(data: dict, title: str, generated_at: dt.datetime) -> str:
    latest = data["latest"]
    night = str(latest[0]["event_date"]) if latest else None
    latest_html = "<p class=empty>no night in the warehouse yet</p>"
    if latest:
        items = []
        for row in latest:
            figures = f"{_e(row['attacker'])} {_e(row['weapon_class'])}: launched {_e(row['launched'] if row['launched'] is not None else '–')}, intercepted {_e(row['intercepted'] if row['intercepted'] is not None else '–')}"
            quotes = "".join(f"<blockquote>{_e(q)}</blockquote>" for q in dict.fromkeys(
                [row["launched_evidence"], row["intercepted_evidence"]]) if q)
            items.append(f"<li>{figures}{quotes}</li>")
        links = "".join(f"<li>{_e(s['source'])}: {_link(s['canonical_url'], s['title'] or s['canonical_url'])}</li>"
                        for s in data["latest_sources"])
        latest_html = f"<ul>{''.join(items)}</ul><p>Sources:</p><ul>{links}</ul>"
    payload = json.dumps(data, default=str, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{_e(title)}</title><style>{CSS}</style></head><body>
<h1>{_e(title)}</h1>
<p>Generated {_e(generated_at.strftime('%Y-%m-%d %H:%M UTC'))}. Hover a bar for its values.</p>
<h2>Latest night{': ' + _e(night) if night else ''}</h2>
{latest_html}
<h2>Nights</h2>
{nights_chart(data["nights"])}
<h2>Aid</h2>
{aid_chart(data["aid"])}
<h2>Nights to review</h2>
{_table(data["review"], ["event_date", "attacker", "weapon_class", "launched", "intercepted", "why"], "nothing to review")}
<h2>Feeds: coverage (articles per day, last {COVERAGE_DAYS} days) and freshness</h2>
{_coverage(data["coverage"])}
{_table(_freshness(data["feeds"], generated_at), ["feed_name", "entries", "last new entry seen", "last_polled_at", "last_status", "consecutive_failures"], "no feeds polled yet")}
<script type="application/json" id="salvo-data">{payload}</script>
</body></html>
"""


def report_path_for(warehouse_path: str | os.PathLike) -> Path:
    """`report/index.html` beside the warehouse (data/report/index.html, data/demo/report/index.html)."""
    return Path(warehouse_path).resolve().parent / "report" / "index.html"


def write_report(con, target: Path, title: str = "Salvo: the nights and the aid") -> Path:
    """Build the page from an open warehouse (or snapshot) connection and swap it in at `target`."""
    page = render_html(report_data(con), title, dt.datetime.now(dt.timezone.utc))
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(f".{target.name}.{os.getpid()}.partial")
    partial.write_text(page, encoding="utf-8")
    os.replace(partial, target)
    return target
