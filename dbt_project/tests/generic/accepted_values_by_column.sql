{#- `accepted_values` for several columns of one model: `values` maps each
    column to its vocabulary. A row per value outside it, naming the column;
    nulls pass, as with dbt's own accepted_values. -#}
{% test accepted_values_by_column(model, values) %}
{% for column, allowed in values.items() %}
select '{{ column }}' as failing_column, cast({{ column }} as varchar) as value, count(*) as n_rows
from {{ model }}
where {{ column }} is not null
  and cast({{ column }} as varchar) not in (
    {%- for value in allowed %}'{{ value | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor -%}
  )
group by all
{% if not loop.last %}union all{% endif %}
{% endfor %}
{% endtest %}
