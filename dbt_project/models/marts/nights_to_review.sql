-- Nights a person should look at, with every competing evidence sentence
-- side by side. A night (attacker, weapon class) is listed when:
--   official_reports_disagree     national official reports of it differ by more than 5%
--   intercepted_exceeds_launched  our intercepted figure is above our launched one
--   only_non_official             neither our launched nor our intercepted figure is national official
--   only_regional_figures         only regional figures (a region's count, a regional official's) exist
--   reference_disagrees           the air force's tally differs by more than 5% (night_reconciliation)
with reports as (
    select * from {{ ref('int_strike_reports') }}
),

nights as (
    select * from {{ ref('daily_air_attacks') }}
),

official_spread as (
    select event_date, attacker, weapon_class
    from {{ ref('int_strike_article_figures') }}
    where attribution = 'national_official'
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
    select event_date, 'RU', weapon_class, 'reference_disagrees' from {{ ref('night_reconciliation') }}
    where not agrees
),

flagged as (
    select
        event_date, attacker, weapon_class,
        list(reason order by reason) as reasons
    from flags
    group by event_date, attacker, weapon_class
),

-- each report's figures of the night, one line per article, fact type and figure
evidence as (
    select
        event_date, attacker, weapon_class,
        count(distinct article_id) as n_reports,
        list(
            coalesce(source, '?') || ' ' || coalesce(strftime(published_at, '%Y-%m-%d %H:%M'), '?')
            || ' [' || coalesce(attribution, 'unattributed')
            || case when place is not null then ', ' || place else '' end || '] '
            || fact_type || ' ' || reported_count::varchar || coalesce(' ' || weapon, '')
            || ': ' || evidence
            order by published_at nulls first, article_id, fact_type, reported_count
        ) as evidence
    from (
        select distinct on (article_id, event_date, attacker, weapon_class, fact_type, reported_count, weapon)
            *
        from reports
        order by article_id, event_date, attacker, weapon_class, fact_type, reported_count, weapon, evidence_start
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
left join {{ ref('night_reconciliation') }} as reconciliation
    on  flagged.attacker = 'RU'
    and reconciliation.event_date = flagged.event_date
    and reconciliation.weapon_class = flagged.weapon_class
left join evidence using (event_date, attacker, weapon_class)
