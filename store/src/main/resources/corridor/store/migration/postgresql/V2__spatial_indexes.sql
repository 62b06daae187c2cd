-- PostGIS: GiST indexes on the geometry columns.
create index places_geom on places using gist (geom);
create index links_geom on links using gist (geom);
create index incidents_geom on incidents using gist (geom);
create index minerals_geom on minerals using gist (geom);
create index projects_geom on projects using gist (geom);
