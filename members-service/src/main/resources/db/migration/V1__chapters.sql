create table chapter (
    id          uuid primary key,
    slug        varchar(60)  not null unique,
    name        varchar(120) not null,
    city        varchar(120) not null,
    time_zone   varchar(60)  not null,
    created_at  timestamptz  not null
);
