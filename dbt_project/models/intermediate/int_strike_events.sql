{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{% if is_incremental() %}delete from {{ this }} where event_date in ({{ strike_dates_touched_since(this) }}){% endif %}"
    )
}}
-- THE figure per night, attacker, weapon class and fact type, chosen across
-- all the articles that report it, the way an analyst would:
--   1. an official figure (air force, General Staff, commander-in-chief,
--      defence ministry) over an unattributed one over anyone else's;
--   2. the latest report over an earlier one (tallies get updated);
--   3. an exact figure over a bound or an approximation;
--   4. then the larger figure, then the article id (deterministic).
-- Reports of the same attack are never added up. Regional subsets never
-- count (int_strike_article_figures drops them).
-- Incremental by event date: see macros/strike_incremental.sql.

with figures as (
    select * from {{ ref('int_strike_article_figures') }}
    {% if is_incremental() %}
    where event_date in ({{ strike_dates_missing_from(this) }})
    {% endif %}
),

ranked as (
    select
        *,
        row_number() over (
            partition by event_date, attacker, weapon_class, fact_type
            order by attribution_rank, published_at desc nulls last, qualifier_rank,
                     reported_count desc, article_id
        ) as preference
    from figures
),

reports as (
    select
        event_date,
        attacker,
        weapon_class,
        fact_type,
        list(distinct article_id order by article_id) as article_ids,
        list(distinct source order by source) filter (where source is not null) as sources,
        count(distinct source) as n_sources,
        count(*) as n_reports,
        min(published_at) as first_reported_at,
        max(published_at) as last_reported_at
    from figures
    group by all
)

select
    reports.event_date,
    reports.attacker,
    reports.weapon_class,
    reports.fact_type,
    chosen.reported_count as figure,
    chosen.qualifier,
    chosen.attribution,
    chosen.figure_basis,
    chosen.article_id as chosen_article_id,
    chosen.source as chosen_source,
    chosen.published_at as chosen_published_at,
    chosen.fact_ids as chosen_fact_ids,
    chosen.evidence,
    reports.article_ids,
    reports.sources,
    reports.n_sources,
    reports.n_reports,
    reports.first_reported_at,
    reports.last_reported_at,
    {{ strike_source_watermark() }} as source_watermark
from reports
join ranked as chosen
    on  chosen.event_date = reports.event_date
    and chosen.attacker = reports.attacker
    and chosen.weapon_class = reports.weapon_class
    and chosen.fact_type = reports.fact_type
    and chosen.preference = 1
