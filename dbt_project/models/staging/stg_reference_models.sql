-- The reference dataset's weapon catalogue, with each model's weapon class
-- in our vocabulary (drone, missile, guided_bomb).
select
    model,
    category,
    type as model_type,
    case
        when lower(category) = 'uav' then 'drone'
        when lower(category) like '%bomb%' then 'guided_bomb'
        when lower(category) like '%missile%' or lower(category) like '%ballistic%' then 'missile'
    end as weapon_class,
    loaded_at
from {{ source('raw', 'reference_models') }}
