-- Fixed corridor sections (chains of links that monitoring reports on), so that a dataset read
-- back from the store (an upload served again after a restart) keeps them.
create table corridor_sections (
    id           varchar(200) primary key,
    position     integer not null,
    record_json  text not null
);
