{#- `non_negative` for several columns at once: a row per negative value,
    naming its column (nulls pass: a missing figure is allowed, a negative
    one never is). -#}
{% test non_negative_columns(model, columns) %}
{% for column in columns %}
select '{{ column }}' as failing_column, cast({{ column }} as varchar) as value
from {{ model }}
where {{ column }} < 0
{% if not loop.last %}union all{% endif %}
{% endfor %}
{% endtest %}
