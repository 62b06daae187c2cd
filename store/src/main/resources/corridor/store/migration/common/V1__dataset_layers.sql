-- The layers of a dataset, one table each. Columns that queries filter on are kept as columns;
-- the whole record is kept as JSON (record_json) so that it reads back exactly as it was stored.
-- position keeps the dataset's order of records. Geometries are WGS84 (SRID 4326), longitude first. This file is shared by H2GIS and PostGIS.

create table dataset_meta (
    id            integer primary key,
    name          varchar(200) not null,
    content_hash  varchar(64) not null,
    record_count  integer not null,
    loaded_at     timestamp with time zone not null
);

create table sources (
    id              varchar(200) primary key,
    position     integer not null,
    publisher_type  varchar(40) not null,
    record_json     text not null
);

create table mode_defaults (
    mode         varchar(20) primary key,
    position     integer not null,
    record_json  text not null
);

create table places (
    id           varchar(200) primary key,
    position     integer not null,
    kind         varchar(40) not null,
    country      varchar(2) not null,
    geom         geometry(GEOMETRY, 4326) not null,
    record_json  text not null
);

create table links (
    id           varchar(200) primary key,
    position     integer not null,
    mode         varchar(20) not null,
    status       varchar(30) not null,
    from_id      varchar(200) not null,
    to_id        varchar(200) not null,
    geom         geometry(GEOMETRY, 4326) not null,
    record_json  text not null
);

create table projects (
    id           varchar(200) primary key,
    position     integer not null,
    sector       varchar(30) not null,
    status       varchar(30) not null,
    geom         geometry(GEOMETRY, 4326),
    record_json  text not null
);

create table indicators (
    id           varchar(200) primary key,
    position     integer not null,
    subject      varchar(200) not null,
    measure      varchar(200) not null,
    reporter     varchar(200) not null,
    record_json  text not null
);

create table incidents (
    id             varchar(200) primary key,
    position     integer not null,
    incident_date  date not null,
    geom           geometry(GEOMETRY, 4326) not null,
    record_json    text not null
);

create table minerals (
    id           varchar(200) primary key,
    position     integer not null,
    status       varchar(30) not null,
    geom         geometry(GEOMETRY, 4326) not null,
    record_json  text not null
);

-- Scenarios uploaded through the API; their body is the scenario's JSON as uploaded.
create table scenarios (
    id           varchar(64) primary key,
    name         varchar(200) not null,
    body         text not null,
    uploaded_at  timestamp with time zone not null
);
