{#- Fails where `column_name` is greater than `other_column` (both non-null).
    Used for "intercepted never exceeds launched": when it does, two reports
    were mixed (e.g. a launch count of one model and an intercept count that
    includes another), so the row deserves a look rather than a blind sum. -#}
{% test not_above(model, column_name, other_column) %}
select *
from {{ model }}
where {{ column_name }} is not null
  and {{ other_column }} is not null
  and {{ column_name }} > {{ other_column }}
{% endtest %}
