{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook=daily_mart_pre_hooks('fact_clashes'),
    )
}}
-- Ground engagements per day along the whole front (the General Staff's
-- daily count). Sector figures (place not null) are parts of it and left
-- out; several reports of the same day give one figure: official first, then
-- the latest, then the exact, then the largest.
-- Incremental by event date (macros/daily_incremental.sql).
with reports as (
    select
        clashes.*,
        articles.source,
        articles.published_at
    from {{ ref('stg_fact_clashes') }} as clashes
    left join {{ ref('stg_articles') }} as articles using (article_id)
    where clashes.scope = 'event'
      and clashes.place is null
      and clashes.event_date is not null
    {% if is_incremental() %}
      and clashes.event_date in (
        {{ dates_missing_from(this, "select event_date from " ~ ref('stg_fact_clashes') ~ " where scope = 'event' and place is null and event_date is not null") }}
      )
    {% endif %}
),

ranked as (
    select
        *,
        row_number() over (
            partition by event_date
            order by
                {{ toll_attribution_rank(attribution_level('attribution')) }},
                published_at desc nulls last,
                case qualifier when 'exact' then 0 else 1 end,
                reported_count desc,
                fact_id
        ) as preference
    from reports
)

select
    event_date,
    max(reported_count) filter (where preference = 1) as clashes,
    max(qualifier) filter (where preference = 1) as qualifier,
    count(distinct source) as n_sources,
    list(distinct source order by source) filter (where source is not null) as sources,
    list(distinct article_id order by article_id) as evidence_article_ids,
    max(evidence) filter (where preference = 1) as evidence,
    {{ fact_source_watermark('fact_clashes') }} as source_watermark
from ranked
group by event_date
