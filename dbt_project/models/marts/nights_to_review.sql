{{
    config(
        materialized='table',
        post_hook="{{ review_insert_later_batches(this, review_batch_starts(ref('int_strike_reports'), var('review_batch_reports', 25000))) }}"
    )
}}
-- Nights a person should look at, with every competing evidence sentence
-- side by side (the SQL and the reasons: macros/nights_to_review.sql).
-- Built in batches of event dates so that dbt's memory follows a batch, not
-- the history (macros/review_batches.sql): this statement builds the first
-- batch, the post-hook inserts the others.
{%- set starts = review_batch_starts(ref('int_strike_reports'), var('review_batch_reports', 25000)) %}
{{ nights_to_review_batch(none, starts[0] if starts else none) }}
