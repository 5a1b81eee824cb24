-- The air force's tally per night and weapon class (Russia's attacks): the
-- national rows of the night's report windows, added up over the models. The
-- same window and model posted by two accounts (the air force command and the
-- General Staff) with the same figures is one row.
with national as (
    select distinct on (event_date, time_start, time_end, model, launched, destroyed)
        *
    from {{ ref('stg_reference_attacks') }}
    where event_date is not null and weapon_class is not null
    order by event_date, time_start, time_end, model, launched, destroyed, source_account = 'kpszsu' desc, row_number
)

select
    event_date,
    'RU' as attacker,
    weapon_class,
    sum(launched) as launched,
    sum(destroyed) as destroyed,
    sum(not_reach_goal) as not_reach_goal,
    count(*) as n_rows,
    list(distinct model order by model) as models,
    list(distinct source order by source) as sources
from national
group by event_date, weapon_class
