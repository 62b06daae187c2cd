-- Vehicle profiles and access rules, so that a dataset read back from the store (what the server
-- routes on) keeps them.
create table vehicles (
    id           varchar(200) primary key,
    position     integer not null,
    record_json  text not null
);
create table access_rules (
    id           varchar(200) primary key,
    position     integer not null,
    record_json  text not null
);
