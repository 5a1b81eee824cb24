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
--   1. the better attribution: national official, unattributed, political,
--      media, monitoring (regional figures never reach this model);
--   2. a report published on a later day (Kyiv time): an update of the tally;
--   3. launched and intercepted from one report: among that day's reports
--      stating both at that attribution, the latest supplies both figures (so
--      a wire's launched estimate never sits beside another report's
--      intercepted figure of a different scope); otherwise the latest report;
--   4. a final figure over one its own sentence calls preliminary or earlier;
--   5. an exact figure over a bound or an approximation;
--   6. then the larger figure, then the article id (deterministic).
-- Reports of the same attack are never added up.
-- Incremental by event date: see macros/strike_incremental.sql.

with figures as (
    select * from {{ ref('int_strike_article_figures') }}
    {% if is_incremental() %}
    where event_date in ({{ strike_dates_missing_from(this) }})
    {% endif %}
),

-- per night, attacker and class: the latest best-attributed report stating
-- both launched and intercepted (ranked by the worse of its two figures),
-- coherently: a report that has more intercepted than launched misread one
pair_reports as (
    select
        event_date, attacker, weapon_class, article_id,
        max(attribution_rank) filter (where fact_type = 'launched') as launched_rank,
        max(attribution_rank) filter (where fact_type = 'intercepted') as intercepted_rank
    from figures
    where fact_type in ('launched', 'intercepted')
    group by event_date, attacker, weapon_class, article_id
    having count(distinct fact_type) = 2
       and max(reported_count) filter (where fact_type = 'intercepted')
           <= max(reported_count) filter (where fact_type = 'launched')
    qualify row_number() over (
        partition by event_date, attacker, weapon_class
        order by greatest(launched_rank, intercepted_rank), max(published_at) desc nulls last, article_id desc
    ) = 1
),

ranked as (
    select
        figures.*,
        row_number() over (
            partition by figures.event_date, figures.attacker, figures.weapon_class, figures.fact_type
            order by figures.attribution_rank,
                     -- a report of a later day is an update of the night's tally
                     cast(timezone('Europe/Kyiv', figures.published_at) as date) desc nulls last,
                     pair_reports.article_id is null,
                     figures.published_at desc nulls last,
                     figures.is_preliminary,
                     figures.qualifier_rank,
                     figures.reported_count desc, figures.article_id
        ) as preference
    from figures
    left join pair_reports
        on  pair_reports.event_date = figures.event_date
        and pair_reports.attacker = figures.attacker
        and pair_reports.weapon_class = figures.weapon_class
        and pair_reports.article_id = figures.article_id
        and figures.fact_type in ('launched', 'intercepted')
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
