"""Charts drawn where people look: PNG images inside Dagster's markdown metadata.

Rendered in this process with matplotlib's Agg backend (no browser, no
network) and embedded as a base64 data URI, so the asset page in the UI shows
the picture with nothing to fetch.
"""

from __future__ import annotations

import base64
import io

import polars as pl

CHART_DAYS = 90

# Per night the figure people quote: a stated mixed total ("158 missiles and
# drones", weapon class aerial_target) where one was given, else the sum of
# the classes; a total and its classes are never added together.
NIGHTLY_SQL = f"""
WITH recent AS (
    SELECT * FROM marts.daily_air_attacks
    WHERE attacker = 'RU'
      AND event_date > (SELECT max(event_date) FROM marts.daily_air_attacks WHERE attacker = 'RU') - INTERVAL {CHART_DAYS} DAY
)
SELECT
    event_date,
    coalesce(max(launched) FILTER (WHERE weapon_class = 'aerial_target'),
             sum(launched) FILTER (WHERE weapon_class <> 'aerial_target'))::BIGINT AS launched,
    coalesce(max(intercepted) FILTER (WHERE weapon_class = 'aerial_target'),
             sum(intercepted) FILTER (WHERE weapon_class <> 'aerial_target'))::BIGINT AS intercepted
FROM recent
GROUP BY event_date
ORDER BY event_date
"""


def nightly_attacks(con) -> pl.DataFrame:
    """Russia's attacks per night over the last CHART_DAYS days of the mart: event_date, launched, intercepted."""
    return con.execute(NIGHTLY_SQL).pl()


def nightly_attacks_png(nights: pl.DataFrame) -> bytes:
    """Launched vs intercepted per night as bars, the intercept rate as a line on its own axis."""
    import matplotlib

    matplotlib.use("Agg")  # no display; must come before pyplot
    from matplotlib.figure import Figure

    dates = nights["event_date"].to_list()
    launched = [v or 0 for v in nights["launched"].to_list()]
    intercepted = [v or 0 for v in nights["intercepted"].to_list()]
    figure = Figure(figsize=(9, 3.6), dpi=100)
    axes = figure.add_subplot()
    axes.bar(dates, launched, width=0.8, color="#9aa5b1", label="launched")
    axes.bar(dates, intercepted, width=0.5, color="#1f6feb", label="intercepted")
    axes.set_ylabel("drones and missiles")
    axes.set_title(f"Russian air attacks per night (last {CHART_DAYS} days of reports)", fontsize=11)
    rates = [(d, i / n) for d, n, i in zip(dates, launched, intercepted) if n and i]
    if rates:
        rate_axes = axes.twinx()
        rate_axes.plot([d for d, _ in rates], [r * 100 for _, r in rates], color="#d29922", marker=".", label="intercept rate")
        rate_axes.set_ylim(0, 100)
        rate_axes.set_ylabel("intercepted, %")
        rate_axes.legend(loc="upper right", fontsize=8)
    axes.legend(loc="upper left", fontsize=8)
    figure.autofmt_xdate()
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def png_markdown(png: bytes, alt: str) -> str:
    return f"![{alt}](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"


def daily_air_attacks_chart(con) -> str | None:
    """The markdown (an embedded PNG) for marts.daily_air_attacks, or None when it has no Russian nights."""
    nights = nightly_attacks(con)
    if nights.is_empty():
        return None
    return png_markdown(nightly_attacks_png(nights), "launched vs intercepted per night")


# Donors drawn by name; the rest of a month's commitments form one "others" bar
TOP_DONORS = 8

MONTHLY_AID_SQL = f"""
WITH ranked AS (
    SELECT donor, dense_rank() OVER (ORDER BY sum(amount_eur) DESC, donor) AS rank
    FROM marts.monthly_aid WHERE amount_eur IS NOT NULL GROUP BY donor
)
SELECT month, CASE WHEN rank <= {TOP_DONORS} THEN donor ELSE 'others' END AS donor, sum(amount_eur) AS amount_eur
FROM marts.monthly_aid JOIN ranked USING (donor)
WHERE amount_eur IS NOT NULL
GROUP BY ALL
ORDER BY month, donor
"""


def monthly_aid_by_donor(con) -> pl.DataFrame:
    """Commitments per month and donor in EUR (the biggest TOP_DONORS donors by name): month, donor, amount_eur."""
    return con.execute(MONTHLY_AID_SQL).pl()


def monthly_aid_png(aid: pl.DataFrame) -> bytes:
    """Stacked bars: a month's commitments in billion EUR, one colour per donor."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    months = sorted(set(aid["month"].to_list()))
    labels = [m.strftime("%Y-%m") for m in months]
    figure = Figure(figsize=(9, 3.6), dpi=100)
    axes = figure.add_subplot()
    bottom = [0.0] * len(months)
    for donor in aid.group_by("donor").agg(pl.col("amount_eur").sum()).sort("amount_eur", descending=True)["donor"]:
        by_month = dict(aid.filter(pl.col("donor") == donor).select("month", "amount_eur").iter_rows())
        heights = [by_month.get(m, 0.0) / 1e9 for m in months]
        axes.bar(labels, heights, bottom=bottom, label=donor)
        bottom = [b + h for b, h in zip(bottom, heights)]
    axes.set_ylabel("billion EUR")
    axes.set_title("Aid committed per month, by donor (EUR at the announcement's rate)", fontsize=11)
    axes.legend(loc="upper left", fontsize=8, ncols=3)
    figure.autofmt_xdate()
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def monthly_aid_chart(con) -> str | None:
    aid = monthly_aid_by_donor(con)
    if aid.is_empty():
        return None
    return png_markdown(monthly_aid_png(aid), "aid committed per month by donor in EUR")


COVERAGE_DAYS = 30

# Articles per feed and day (by publication date, else first sighting) over the
# last COVERAGE_DAYS days the feeds cover
COVERAGE_SQL = f"""
WITH dated AS (
    SELECT feed_name, CAST(coalesce(published_at, first_seen_at) AS DATE) AS day FROM raw.feed_entries
)
SELECT feed_name, day, count(*) AS articles
FROM dated
WHERE day > (SELECT max(day) FROM dated) - INTERVAL {COVERAGE_DAYS} DAY
GROUP BY ALL
ORDER BY feed_name, day
"""


def feed_coverage(con) -> pl.DataFrame:
    """feed_name, day, articles over the last COVERAGE_DAYS days of raw.feed_entries."""
    return con.execute(COVERAGE_SQL).pl()


def feed_coverage_png(coverage: pl.DataFrame) -> bytes:
    """A grid, feeds by days: the articles each feed listed per day; an empty cell is a gap."""
    import datetime as dt

    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    first, last = coverage["day"].min(), coverage["day"].max()
    days = [first + dt.timedelta(days=i) for i in range((last - first).days + 1)]
    feeds = sorted(set(coverage["feed_name"].to_list()))
    counts = {(f, d): n for f, d, n in coverage.iter_rows()}
    grid = [[counts.get((feed, day), 0) for day in days] for feed in feeds]
    figure = Figure(figsize=(9, 0.6 + 0.35 * len(feeds) + 0.9), dpi=100)
    axes = figure.add_subplot()
    image = axes.imshow(grid, aspect="auto", cmap="Greens", vmin=0, interpolation="nearest")
    for row, feed in enumerate(feeds):
        for column, day in enumerate(days):
            n = counts.get((feed, day), 0)
            if not n:  # a gap, in red; the counts themselves only while they fit
                axes.text(column, row, "0", ha="center", va="center", color="#cf222e", fontsize=8)
            elif len(days) <= 31:
                axes.text(column, row, str(n), ha="center", va="center", fontsize=8,
                          color="white" if n > max(max(r) for r in grid) / 2 else "#1f2328")
    axes.set_yticks(range(len(feeds)), feeds, fontsize=8)
    step = max(1, len(days) // 15)
    axes.set_xticks(range(0, len(days), step), [d.strftime("%m-%d") for d in days[::step]], fontsize=8)
    axes.set_title("Articles per feed and day (a red 0: a gap)", fontsize=11)
    figure.colorbar(image, ax=axes, fraction=0.03, pad=0.01)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def feed_coverage_chart(con) -> str | None:
    """The markdown (an embedded PNG) of the feeds' coverage, or None before the first entry."""
    coverage = feed_coverage(con)
    if coverage.is_empty():
        return None
    return png_markdown(feed_coverage_png(coverage), "articles per feed and day")


# Every night and class both Salvo and the air force's digitised tally state a launched figure for
RECONCILIATION_SQL = """
SELECT event_date, weapon_class, launched, reference_launched, coalesce(launched_agrees, false) AS agrees
FROM marts.night_reconciliation
WHERE launched IS NOT NULL AND reference_launched IS NOT NULL
ORDER BY event_date, weapon_class
"""


def reconciliation_points(con) -> pl.DataFrame:
    """event_date, weapon_class, launched (Salvo), reference_launched, agrees (within 5%)."""
    return con.execute(RECONCILIATION_SQL).pl()


def reconciliation_png(points: pl.DataFrame) -> bytes:
    """Salvo's launched figure against the air force's per night: on the diagonal they agree; the
    shaded band is the 5% the reconciliation allows; nights outside it are drawn in red."""
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib.figure import Figure

    figure = Figure(figsize=(5.5, 5), dpi=100)
    axes = figure.add_subplot()
    top = max(points["launched"].max(), points["reference_launched"].max()) * 1.05
    axes.fill_between([0, top], [0, top * 0.95], [0, top * 1.05], color="#d0d7de", label="within 5%")
    axes.plot([0, top], [0, top], color="#57606a", linewidth=0.8)
    for agrees, colour, label in ((True, "#1f6feb", "agrees"), (False, "#cf222e", "differs")):
        part = points.filter(pl.col("agrees") == agrees)
        if not part.is_empty():
            axes.scatter(part["reference_launched"], part["launched"], s=14, color=colour, label=f"{label} ({part.height})")
    axes.set_xlim(0, top)
    axes.set_ylim(0, top)
    axes.set_xlabel("air force's tally (reference), launched")
    axes.set_ylabel("Salvo, launched")
    axes.set_title("Launched per night and class: Salvo vs the reference", fontsize=11)
    axes.legend(loc="upper left", fontsize=8)
    figure.tight_layout()
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()


def reconciliation_chart(con) -> str | None:
    """The markdown (an embedded PNG) for marts.night_reconciliation; None without reference nights."""
    points = reconciliation_points(con)
    if points.is_empty():
        return None
    return png_markdown(reconciliation_png(points), "Salvo's launched figures against the air force's tally")


# mart name -> chart for its materialisation
CHARTS = {
    "daily_air_attacks": daily_air_attacks_chart,
    "monthly_aid": monthly_aid_chart,
    "night_reconciliation": reconciliation_chart,
}
