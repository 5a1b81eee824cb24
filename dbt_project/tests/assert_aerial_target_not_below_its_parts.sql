{{ config(severity='warn') }}
-- A stated mixed total ("158 missiles and drones") should not be smaller
-- than the drone + missile figures of the same night. When it is, one of the
-- figures belongs to another report or another night: worth a look, not a
-- reason to stop the build.
with nights as (
    select
        event_date,
        attacker,
        max(launched) filter (where weapon_class = 'aerial_target') as total_launched,
        sum(launched) filter (where weapon_class <> 'aerial_target') as parts_launched,
        max(intercepted) filter (where weapon_class = 'aerial_target') as total_intercepted,
        sum(intercepted) filter (where weapon_class <> 'aerial_target') as parts_intercepted
    from {{ ref('daily_air_attacks') }}
    group by all
)

select *
from nights
where total_launched < parts_launched
   or total_intercepted < parts_intercepted
