-- The air force's national tallies only (target 'Ukraine'; the regional air
-- commands' rows count a region), typed. A report window is dated by the
-- morning it ends, the night's event date (FACTS.md); a model group joins the
-- catalogue as a whole, else by its first model ("X-101/X-555 and Kalibr").
with attacks as (
    select
        row_number,
        trim(time_start) as time_start,
        trim(time_end) as time_end,
        try_cast(left(trim(time_end), 10) as date) as event_date,
        trim(model) as model,
        launched,
        destroyed,
        not_reach_goal,
        source,
        split_part(source, '/', 1) as source_account,
        loaded_at
    from {{ source('raw', 'reference_attacks') }}
    where lower(trim(target)) = 'ukraine'
),

catalogue as (
    select model, weapon_class from {{ ref('stg_reference_models') }}
)

select
    attacks.row_number,
    attacks.time_start,
    attacks.time_end,
    attacks.event_date,
    attacks.model,
    coalesce(whole.weapon_class, first_model.weapon_class) as weapon_class,
    attacks.launched,
    attacks.destroyed,
    attacks.not_reach_goal,
    attacks.source,
    attacks.source_account,
    attacks.loaded_at
from attacks
left join catalogue as whole on whole.model = attacks.model
left join catalogue as first_model on first_model.model = split_part(attacks.model, ' and ', 1)
