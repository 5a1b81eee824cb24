{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook=daily_mart_pre_hooks('fact_casualties'),
    )
}}
-- People killed and injured per event day and place, de-duplicated across
-- reports: tolls rise as bodies are found, so the latest report wins (then
-- official over others, exact over bounds, the larger figure). A null place
-- is the article's overall toll for the event and is kept as its own row
-- (place_key 'all'); it overlaps the place rows of that day.
-- Incremental by event date: rebuilds the dates whose reports changed since
-- this table's last build (macros/daily_incremental.sql).
with reports as (
    select
        casualties.*,
        coalesce(casualties.place, 'all') as place_key,
        articles.source,
        articles.published_at
    from {{ ref('stg_fact_casualties') }} as casualties
    left join {{ ref('stg_articles') }} as articles using (article_id)
    where casualties.scope = 'event'
      and casualties.event_date is not null
      and casualties.fact_type in ('killed', 'injured')
    {% if is_incremental() %}
      and casualties.event_date in (
        {{ dates_missing_from(this, "select event_date from " ~ ref('stg_fact_casualties') ~ " where scope = 'event' and event_date is not null and fact_type in ('killed', 'injured')") }}
      )
    {% endif %}
),

ranked as (
    select
        *,
        row_number() over (
            partition by event_date, place_key, fact_type
            order by
                published_at desc nulls last,
                {{ toll_attribution_rank(attribution_level('attribution')) }},
                case qualifier when 'exact' then 0 else 1 end,
                reported_count desc,
                fact_id
        ) as preference
    from reports
),

per_type as (
    select
        event_date,
        place_key,
        fact_type,
        max(reported_count) filter (where preference = 1) as figure,
        max(qualifier) filter (where preference = 1) as qualifier,
        max(evidence) filter (where preference = 1) as evidence,
        list(distinct source) filter (where source is not null) as sources,
        list(distinct article_id) as article_ids
    from ranked
    group by all
),

places as (
    select distinct event_date, place_key from per_type
)

select
    places.event_date,
    places.place_key as place,
    killed.figure as killed,
    injured.figure as injured,
    killed.qualifier as killed_qualifier,
    injured.qualifier as injured_qualifier,
    list_sort(list_distinct(flatten([coalesce(killed.sources, []), coalesce(injured.sources, [])]))) as sources,
    len(list_distinct(flatten([coalesce(killed.sources, []), coalesce(injured.sources, [])]))) as n_sources,
    list_sort(list_distinct(flatten([coalesce(killed.article_ids, []), coalesce(injured.article_ids, [])]))) as evidence_article_ids,
    killed.evidence as killed_evidence,
    injured.evidence as injured_evidence,
    {{ fact_source_watermark('fact_casualties') }} as source_watermark
from places
left join per_type as killed
    on killed.event_date = places.event_date and killed.place_key = places.place_key and killed.fact_type = 'killed'
left join per_type as injured
    on injured.event_date = places.event_date and injured.place_key = places.place_key and injured.fact_type = 'injured'
