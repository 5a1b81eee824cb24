{#- One test for several columns that must always be filled: a row per
    missing value, naming its column. One test instead of one per column
    keeps each dbt build (and each Dagster run, where every test is an asset
    check with its own events) short; the failing rows still say which
    column broke. -#}
{% test not_null_columns(model, columns) %}
{% for column in columns %}
select '{{ column }}' as failing_column
from {{ model }}
where {{ column }} is null
{% if not loop.last %}union all{% endif %}
{% endfor %}
{% endtest %}
