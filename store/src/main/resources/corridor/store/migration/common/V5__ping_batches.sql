-- Pings posted to POST /api/monitor/pings, kept before the answer so that a restart (or another
-- server on the same database) replays them: one row per accepted body, as posted, with the "now"
-- it was checked against. ping_batch_counter hands out ids under a row lock, so that ids are
-- committed in order and a reader that has seen id N has seen every id below it.
create table ping_batches (
    id           bigint primary key,
    received_at  timestamp with time zone not null,
    now_epoch    bigint not null,
    body         text not null
);

create table ping_batch_counter (
    id       integer primary key,
    last_id  bigint not null
);

insert into ping_batch_counter (id, last_id) values (1, 0);
