-- Aid committed per month and donor, in EUR and USD. Parts of a larger
-- commitment stated in the same article ("including 1 billion in firm
-- orders") are left out of the sums, so nothing is counted twice. The
-- amounts are in cents, so they are summed as decimals: a sum of doubles
-- depends on the order DuckDB's threads meet the rows, and a rebuild of the
-- same data gave a few months' sums that differed in the last digits.
select
    cast(date_trunc('month', event_date) as date) as month,
    coalesce(donor, 'unknown') as donor,
    count(*) as n_commitments,
    cast(sum(cast(amount_eur as decimal(38, 2))) as double) as amount_eur,
    cast(sum(cast(amount_usd as decimal(38, 2))) as double) as amount_usd,
    list(announcement_id order by event_date, announcement_id) as announcement_ids
from {{ ref('aid_commitments') }}
where not is_part_of_larger
  and event_date is not null
group by all
