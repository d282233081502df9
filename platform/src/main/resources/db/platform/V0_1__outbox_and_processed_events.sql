-- Platform tables every Givefirst service has (shipped by givefirst-platform).

-- Facts written in the same transaction as the change they describe, relayed to Kafka in order.
create table outbox_event (
    position      bigint generated always as identity primary key,
    event_id      uuid         not null unique,
    topic         varchar(200) not null,
    aggregate_key varchar(200) not null,
    event_type    varchar(200) not null,
    subject       varchar(200),
    occurred_at   timestamptz  not null,
    payload       text         not null,
    sent_at       timestamptz
);
create index outbox_event_pending on outbox_event (position) where sent_at is null;

-- CloudEvent ids a consumer has applied, so that redelivery is harmless.
create table processed_event (
    consumer     varchar(100) not null,
    event_id     varchar(200) not null,
    processed_at timestamptz  not null default now(),
    primary key (consumer, event_id)
);
