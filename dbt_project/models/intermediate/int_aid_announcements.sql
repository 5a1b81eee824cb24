{{ config(materialized='table') }}
-- One row per aid announcement. Several outlets reporting the same
-- commitment are one announcement when the donor and currency are the same,
-- the amounts agree within 0.5% and the event dates lie within a few days
-- ({{ var('aid_same_announcement_days', 3) }}). Reports are chained in
-- amount order, then in date order (gaps-and-islands), so grouping is
-- deterministic and does not depend on which report came first.
-- A table, not a view: its tests and aid_commitments read it, and as a view
-- each of them computed its windows and id lists over all aid again, at the
-- same time on dbt's threads (a bounded memory_limit ran out there).
with reports as (
    select * from {{ ref('int_aid_reports') }}
),

-- islands of amounts: a new group starts where the amount is more than 0.5%
-- above the previous one (same donor and currency)
by_amount as (
    select
        *,
        case
            when lag(amount) over same_donor_currency is null then 1
            when amount > lag(amount) over same_donor_currency * 1.005 then 1
            else 0
        end as starts_amount_group
    from reports
    window same_donor_currency as (
        partition by donor, currency order by amount, event_date, fact_id
    )
),

amount_groups as (
    select
        *,
        sum(starts_amount_group) over (
            partition by donor, currency order by amount, event_date, fact_id
            rows between unbounded preceding and current row
        ) as amount_group
    from by_amount
),

-- within an amount island, islands of dates: a gap of more than a few days
-- is another announcement (a second package of the same size)
by_date as (
    select
        *,
        case
            when lag(event_date) over same_amount is null then 1
            when event_date - lag(event_date) over same_amount > {{ var('aid_same_announcement_days', 3) }} then 1
            else 0
        end as starts_date_group
    from amount_groups
    window same_amount as (
        partition by donor, currency, amount_group order by event_date, published_at, fact_id
    )
),

grouped as (
    select
        *,
        sum(starts_date_group) over (
            partition by donor, currency, amount_group order by event_date, published_at, fact_id
            rows between unbounded preceding and current row
        ) as date_group
    from by_date
),

grouped_keyed as (
    select
        *,
        -- one key per announcement (donor may be null, so key on a string)
        concat_ws('|', coalesce(donor, '?'), currency, amount_group, date_group) as announcement_key
    from grouped
),

chosen as (
    -- the report that speaks for the announcement: exact before rounded,
    -- then the first published (the announcement itself)
    select *
    from grouped_keyed
    qualify row_number() over (
        partition by announcement_key
        order by case qualifier when 'exact' then 0 else 1 end, published_at nulls last, fact_id
    ) = 1
),

summary as (
    select
        announcement_key,
        list(distinct article_id order by article_id) as article_ids,
        list(distinct source order by source) filter (where source is not null) as sources,
        list(fact_id order by fact_id) as fact_ids,
        bool_or(is_part_of_larger) as is_part_of_larger,
        min(published_at) as first_reported_at,
        max(published_at) as last_reported_at
    from grouped_keyed
    group by announcement_key
)

select
    -- named after the report that speaks for it (stable unless a better
    -- report of the same announcement arrives later)
    md5(chosen.fact_id) as announcement_id,
    chosen.fact_id as chosen_fact_id,
    chosen.article_id as chosen_article_id,
    chosen.donor,
    chosen.recipient,
    chosen.event_date,
    chosen.amount,
    chosen.currency,
    chosen.amount_eur,
    chosen.amount_usd,
    chosen.rate_source,
    chosen.rate_date,
    chosen.aid_type,
    chosen.qualifier,
    chosen.attribution,
    summary.is_part_of_larger,
    coalesce(len(summary.sources), 0) as n_sources,
    summary.sources,
    summary.article_ids,
    summary.fact_ids,
    summary.first_reported_at,
    summary.last_reported_at,
    chosen.evidence
from chosen
join summary using (announcement_key)
