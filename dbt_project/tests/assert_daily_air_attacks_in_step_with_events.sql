{{ config(meta={"dagster": {"asset_key": ["marts", "daily_air_attacks"]}}) }}
-- The incremental mart must say exactly what int_strike_events says: a row
-- per night/attacker/class with the same launched and intercepted figures.
-- Any row returned is drift between the two incremental models.
with expected as (
    select
        event_date,
        attacker,
        weapon_class,
        max(figure) filter (where fact_type = 'launched') as launched,
        max(figure) filter (where fact_type = 'intercepted') as intercepted
    from {{ ref('int_strike_events') }}
    group by all
),

actual as (
    select event_date, attacker, weapon_class, launched, intercepted
    from {{ ref('daily_air_attacks') }}
)

(select 'missing from daily_air_attacks' as problem, * from expected
 except
 select 'missing from daily_air_attacks', * from actual)
union all
(select 'not in int_strike_events' as problem, * from actual
 except
 select 'not in int_strike_events', * from expected)
