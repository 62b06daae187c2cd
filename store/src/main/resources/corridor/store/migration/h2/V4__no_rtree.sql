-- H2GIS: no R-tree indexes. A process killed while H2 wrote an R-tree page could leave a store
-- that no longer opens ("ValueDataType cannot be cast to SpatialDataType"); the layers are a few
-- thousand rows, which a scan with ST_Intersects answers in milliseconds.
drop index if exists places_geom;
drop index if exists links_geom;
drop index if exists incidents_geom;
drop index if exists minerals_geom;
drop index if exists projects_geom;
