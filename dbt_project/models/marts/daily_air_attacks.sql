{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook=[
            "{% if is_incremental() %}delete from {{ this }} where event_date in ({{ daily_dates_to_rebuild(this) }}){% endif %}",
            "{% if is_incremental() %}{{ figures_as_bigint(this, ['launched', 'intercepted', 'lost']) }}{% endif %}",
        ]
    )
}}
-- One row per night, attacker and weapon class: how many were launched and
-- intercepted, de-duplicated across outlets (int_strike_events).
-- A total "aerial_target" row (a stated mixed total, "158 missiles and
-- drones") overlaps the drone/missile/guided_bomb rows of the same night:
-- never add them together.
-- Incremental by event date: rebuilds the dates int_strike_events rebuilt
-- since this table's last build (macros/strike_incremental.sql).

with events as (
    select * from {{ ref('int_strike_events') }}
    {% if is_incremental() %}
    where event_date in (
        select event_date from {{ ref('int_strike_events') }}
        except
        select event_date from {{ this }}
    )
    {% endif %}
),

launched as (select * from events where fact_type = 'launched'),
intercepted as (select * from events where fact_type = 'intercepted'),
lost as (select * from events where fact_type = 'lost'),

nights as (
    select distinct event_date, attacker, weapon_class from events
)

select
    nights.event_date,
    nights.attacker,
    nights.weapon_class,
    -- bigint: the figures are sums (hugeint in DuckDB), which JSON and pandas read as text or decimals
    launched.figure::bigint as launched,
    intercepted.figure::bigint as intercepted,
    lost.figure::bigint as lost,
    case
        when launched.figure > 0 and intercepted.figure is not null
            then round(intercepted.figure / launched.figure, 3)
    end as intercept_rate,
    launched.qualifier as launched_qualifier,
    intercepted.qualifier as intercepted_qualifier,
    launched.attribution as launched_attribution,
    intercepted.attribution as intercepted_attribution,
    launched.evidence as launched_evidence,
    intercepted.evidence as intercepted_evidence,
    len(list_distinct(flatten([
        coalesce(launched.sources, []), coalesce(intercepted.sources, []), coalesce(lost.sources, [])
    ]))) as n_sources,
    list_sort(list_distinct(flatten([
        coalesce(launched.sources, []), coalesce(intercepted.sources, []), coalesce(lost.sources, [])
    ]))) as sources,
    least(launched.first_reported_at, intercepted.first_reported_at, lost.first_reported_at) as first_reported_at,
    greatest(launched.last_reported_at, intercepted.last_reported_at, lost.last_reported_at) as last_reported_at,
    list_sort(list_distinct(flatten([
        coalesce(launched.article_ids, []), coalesce(intercepted.article_ids, []), coalesce(lost.article_ids, [])
    ]))) as evidence_article_ids,
    greatest(launched.source_watermark, intercepted.source_watermark, lost.source_watermark) as source_watermark
from nights
left join launched using (event_date, attacker, weapon_class)
left join intercepted using (event_date, attacker, weapon_class)
left join lost using (event_date, attacker, weapon_class)
