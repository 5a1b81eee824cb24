-- Every event-scoped aid amount (a commitment, pledge, contract or gift on a
-- day), with its article's outlet and publication time. Running totals
-- ("so far", scope cumulative) and multi-year budgets (scope period) are not
-- announcements and stay out.
with facts as (
    select * from {{ ref('stg_fact_aid') }}
    where scope = 'event'
),

articles as (
    select article_id, source, published_at
    from {{ ref('stg_articles') }}
)

select
    facts.fact_id,
    facts.article_id,
    articles.source,
    articles.published_at,
    facts.event_date,
    facts.donor,
    facts.recipient,
    facts.amount,
    facts.currency,
    facts.amount_eur,
    facts.amount_usd,
    facts.rate_source,
    facts.rate_date,
    facts.aid_type,
    facts.qualifier,
    facts.attribution,
    facts.evidence,
    -- "2.4 billion euros, including 1 billion in firm orders": the article
    -- states a larger amount from the same donor on the same day, so this one
    -- is (most likely) a part of it. Parts stay visible, but are not added to
    -- totals (monthly_aid).
    exists (
        select 1
        from facts as larger
        where larger.article_id = facts.article_id
          and larger.event_date = facts.event_date
          and larger.donor is not distinct from facts.donor
          and coalesce(larger.amount_eur, 0) > coalesce(facts.amount_eur, 0) * 1.005
    ) as is_part_of_larger
from facts
left join articles using (article_id)
