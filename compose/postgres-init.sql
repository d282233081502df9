-- Run once by the postgres image when its data volume is empty (docker-entrypoint-initdb.d):
-- one database per service, each owned by the local user the services connect as.
-- Each service creates its own tables with Flyway at start.
CREATE DATABASE members OWNER givefirst;
CREATE DATABASE events OWNER givefirst;
CREATE DATABASE matching OWNER givefirst;
CREATE DATABASE webhooks OWNER givefirst;
-- Keycloak keeps its realms, users and sessions in a database of its own.
CREATE DATABASE keycloak OWNER givefirst;
