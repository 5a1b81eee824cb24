-- One row per aid commitment (an announcement reported by one or more
-- outlets counts once), with the amount in its own currency and in EUR/USD.
select
    announcement_id,
    donor,
    recipient,
    event_date,
    amount,
    currency,
    amount_eur,
    amount_usd,
    rate_source,
    rate_date,
    aid_type,
    qualifier,
    is_part_of_larger,
    n_sources,
    sources,
    article_ids as evidence_article_ids,
    first_reported_at,
    last_reported_at,
    evidence
from {{ ref('int_aid_announcements') }}
