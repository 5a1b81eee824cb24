{#
  The SQL of marts.nights_to_review for the nights of one batch of event
  dates, [start, end) (macros/review_batches.sql); with both bounds none,
  every night.

  Nights a person should look at, with every competing evidence sentence
  side by side. A night (attacker, weapon class) is listed when:
    official_reports_disagree     national official reports of it differ by more than 5%
    intercepted_exceeds_launched  our intercepted figure is above our launched one
    only_non_official             neither our launched nor our intercepted figure is national official
    only_regional_figures         only regional figures (a region's count, a regional official's) exist
    reference_disagrees           the air force's tally differs by more than 5% (night_reconciliation)
#}
{% macro nights_to_review_batch(start, end) %}
-- only the columns used: a batch reads every row of its inputs to find its dates
with reports as (
    select
        fact_id, article_id, source, published_at, event_date, attacker, weapon_class, weapon, fact_type,
        reported_count, attribution, place, counts_for_nation, is_part_of_overnight_total, evidence, evidence_start
    from {{ ref('int_strike_reports') }}
    where {{ review_batch_filter('event_date', start, end) }}
),

nights as (
    select
        event_date, attacker, weapon_class, launched, intercepted, launched_attribution, intercepted_attribution
    from {{ ref('daily_air_attacks') }}
    where {{ review_batch_filter('event_date', start, end) }}
),

reconciliation as (
    select event_date, weapon_class, agrees, reference_launched, reference_destroyed
    from {{ ref('night_reconciliation') }}
    where {{ review_batch_filter('event_date', start, end) }}
),

official_spread as (
    select event_date, attacker, weapon_class
    from {{ ref('int_strike_article_figures') }}
    where attribution = 'national_official'
      and {{ review_batch_filter('event_date', start, end) }}
    group by event_date, attacker, weapon_class, fact_type
    having count(distinct article_id) > 1 and max(reported_count) > 1.05 * min(reported_count)
),

regional_only as (
    select distinct reports.event_date, reports.attacker, reports.weapon_class
    from reports
    anti join nights using (event_date, attacker, weapon_class)
    where not reports.counts_for_nation and not reports.is_part_of_overnight_total
),

flags as (
    select event_date, attacker, weapon_class, 'official_reports_disagree' as reason from official_spread
    union
    select event_date, attacker, weapon_class, 'intercepted_exceeds_launched' from nights where intercepted > launched
    union
    select event_date, attacker, weapon_class, 'only_non_official' from nights
    where launched_attribution is distinct from 'national_official'
      and intercepted_attribution is distinct from 'national_official'
    union
    select event_date, attacker, weapon_class, 'only_regional_figures' from regional_only
    union
    select event_date, 'RU', weapon_class, 'reference_disagrees' from reconciliation
    where not agrees
),

flagged as (
    select
        event_date, attacker, weapon_class,
        list(reason order by reason) as reasons
    from flags
    group by event_date, attacker, weapon_class
),

-- each report's figures of a listed night, one line per article, fact type, figure and model:
-- oldest first (undated first), then by article, fact type, figure and model (no model first)
evidence as (
    select
        event_date, attacker, weapon_class,
        count(distinct article_id) as n_reports,
        -- list() then list_sort(), not list(... order by ...): DuckDB keeps an
        -- ordered aggregate's rows per night in buffers of its own, about twice
        -- the memory (the sort key makes the order total: one line per article,
        -- fact type, figure and model)
        list_transform(
            list_sort(list({
                'dated': published_at is not null, 'published_at': published_at,
                'article_id': article_id, 'fact_type': fact_type, 'reported_count': reported_count,
                'has_weapon': weapon is not null, 'weapon': weapon,
                'line': coalesce(source, '?') || ' ' || coalesce(strftime(published_at, '%Y-%m-%d %H:%M'), '?')
                    || ' [' || coalesce(attribution, 'unattributed')
                    || case when place is not null then ', ' || place else '' end || '] '
                    || fact_type || ' ' || reported_count::varchar || coalesce(' ' || weapon, '')
                    || ': ' || evidence
            })),
            line -> line.line
        ) as evidence
    from (
        select distinct on (article_id, event_date, attacker, weapon_class, fact_type, reported_count, weapon)
            *
        from reports
        semi join flagged using (event_date, attacker, weapon_class)
        order by article_id, event_date, attacker, weapon_class, fact_type, reported_count, weapon, evidence_start, fact_id
    )
    group by event_date, attacker, weapon_class
)

select
    flagged.event_date,
    flagged.attacker,
    flagged.weapon_class,
    flagged.reasons,
    nights.launched,
    nights.intercepted,
    nights.launched_attribution,
    nights.intercepted_attribution,
    reconciliation.reference_launched,
    reconciliation.reference_destroyed,
    evidence.n_reports,
    evidence.evidence
from flagged
left join nights using (event_date, attacker, weapon_class)
left join reconciliation
    on  flagged.attacker = 'RU'
    and reconciliation.event_date = flagged.event_date
    and reconciliation.weapon_class = flagged.weapon_class
left join evidence using (event_date, attacker, weapon_class)
{% endmacro %}
