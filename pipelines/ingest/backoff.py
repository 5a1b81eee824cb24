"""When to try a failing feed or page again.

A source that fails is retried later, each time waiting twice as long, and a
feed that keeps failing is flagged for a person to look at instead of being
hammered. Permanent failures (a page that is gone, or that has no article
in it) are not retried at all.
"""

from __future__ import annotations

from datetime import datetime, timedelta

FEED_FIRST_WAIT = timedelta(minutes=15)
FEED_MAX_WAIT = timedelta(hours=24)
# after this many failures in a row a feed is shown as failing in the run's metadata
FEED_FLAG_AFTER = 3

ARTICLE_FIRST_WAIT = timedelta(hours=1)
ARTICLE_MAX_ATTEMPTS = 5
# HTTP statuses that say the page will not come back; one more try, then give up
GONE_STATUSES = {404, 410, 451}
# outcomes that retrying cannot fix
PERMANENT_OUTCOMES = {"refused", "bad_scheme", "too_large", "too_many_redirects", "disallowed"}


def next_feed_poll(now: datetime, consecutive_failures: int, retry_after_s: float | None) -> datetime | None:
    """None when the feed may be polled again at once."""
    if consecutive_failures <= 0 and not retry_after_s:
        return None
    wait = FEED_FIRST_WAIT * (2 ** max(consecutive_failures - 1, 0)) if consecutive_failures > 0 else timedelta(0)
    wait = min(wait, FEED_MAX_WAIT)
    if retry_after_s:
        wait = max(wait, timedelta(seconds=min(retry_after_s, FEED_MAX_WAIT.total_seconds())))
    return now + wait


def next_article_attempt(
    now: datetime, attempts: int, outcome: str, status_code: int | None, retry_after_s: float | None = None
) -> datetime | None:
    """When to fetch a failed page again; None means never (failed for good)."""
    if outcome in PERMANENT_OUTCOMES or attempts >= ARTICLE_MAX_ATTEMPTS:
        return None
    if status_code in GONE_STATUSES and attempts >= 2:
        return None
    wait = ARTICLE_FIRST_WAIT * (2 ** max(attempts - 1, 0))
    if retry_after_s:
        wait = max(wait, timedelta(seconds=retry_after_s))
    return now + wait
