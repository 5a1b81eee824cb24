-- Aid committed per month and donor, in EUR and USD. Parts of a larger
-- commitment stated in the same article ("including 1 billion in firm
-- orders") are left out of the sums, so nothing is counted twice.
select
    cast(date_trunc('month', event_date) as date) as month,
    coalesce(donor, 'unknown') as donor,
    count(*) as n_commitments,
    sum(amount_eur) as amount_eur,
    sum(amount_usd) as amount_usd,
    list(announcement_id order by event_date, announcement_id) as announcement_ids
from {{ ref('aid_commitments') }}
where not is_part_of_larger
  and event_date is not null
group by all
