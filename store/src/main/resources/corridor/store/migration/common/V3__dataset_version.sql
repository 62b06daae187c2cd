-- Every write of a dataset gets the next version number; readers check that the rows they read
-- belong to the version they serve. origin says where the dataset came from: 'start-up' (the
-- dataset `serve` started with) or 'upload' (PUT /api/dataset), which `serve` serves again after a restart.
alter table dataset_meta add column version bigint default 0 not null;
alter table dataset_meta add column origin varchar(20) default 'start-up' not null;
