{{
    config(
        materialized='incremental',
        incremental_strategy='append',
        on_schema_change='fail',
        pre_hook="{% if is_incremental() %}delete from {{ this }} where article_id in ({{ strike_articles_changed_since(this) }}){% endif %}",
        post_hook="{{ insert_later_article_batches(this, strike_reports_batch, strike_report_batches()) }}"
    )
}}
-- Every event-scoped strike figure, with the article's outlet and publication
-- time and the flags the de-duplication needs. One row per raw fact.
--
-- Everything here is decided within one article (its own figures and its
-- own row), so the model is incremental by article: the articles whose facts
-- were (re)extracted since the last build are deleted in the pre-hook, and
-- every article with figures but no rows is inserted. Reading a sub-class
-- from a sentence takes a regular expression built from the figure, compiled
-- once per row: done once per fact, not in every build and every test.
--
-- Built in batches of articles so that dbt's memory follows a batch, not the
-- history (macros/article_batches.sql): this statement builds the first
-- batch, the post-hook inserts the others. The SQL of one batch is
-- macros/strike_reports.sql.
{{ strike_reports_batch(0, strike_report_batches()) }}
