-- H2GIS: R-tree indexes on the geometry columns.
create spatial index places_geom on places(geom);
create spatial index links_geom on links(geom);
create spatial index incidents_geom on incidents(geom);
create spatial index minerals_geom on minerals(geom);
-- Projects may have no location; H2 spatial indexes take nullable columns too.
create spatial index projects_geom on projects(geom);
