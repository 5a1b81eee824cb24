{#- Fails on every row where the column is below zero (nulls pass: a missing
    figure is allowed, a negative one never is). -#}
{% test non_negative(model, column_name) %}
select *
from {{ model }}
where {{ column_name }} < 0
{% endtest %}
