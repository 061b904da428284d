-- An optional map point with a case (WGS 84), both coordinates or none, within Sweden.
alter table cases
    add column latitude  double precision,
    add column longitude double precision,
    add constraint cases_map_point_check check (
        (latitude is null) = (longitude is null)
        and (latitude is null or (latitude between 55.0 and 69.1 and longitude between 10.9 and 24.2)));
