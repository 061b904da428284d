select counted.matches, counted.scanned, page.*
from (select count(*) filter (where c.search_vector @@ (select medskapa_search_query('cykelbna'))) as matches, count(*) as scanned
      from (select c.search_vector from cases c where c.municipality_id = 1 and c.published and not c.internal and c.public_title is not null order by c.submitted_at desc, c.id desc limit 2000) c) counted
left join lateral (
    select c.id, c.reference, c.kind, c.status, c.public_title, left(c.public_description, 241) as excerpt,
           c.submitted_at, c.support_count, cat.name as category_name, u.name as unit_name, null as latest_message
    from (select c.* from cases c where c.municipality_id = 1 and c.published and not c.internal and c.public_title is not null order by c.submitted_at desc, c.id desc limit 2000) c
    left join category cat on cat.id = c.category_id and cat.municipality_id = c.municipality_id
    left join unit u on u.id = c.unit_id and u.municipality_id = c.municipality_id
    where c.search_vector @@ (select medskapa_search_query('cykelbna'))
    order by c.submitted_at desc, c.id desc
    limit 21) page on true
order by page.submitted_at desc, page.id desc;
