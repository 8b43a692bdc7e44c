-- One database and one login role per service (SPEC: each service owns its data, no shared tables).
-- Run once by the postgres image on an empty data volume (/docker-entrypoint-initdb.d); to re-run,
-- remove the volume: docker compose -f infra/docker-compose.yml down -v
-- The role password comes from ZIBA_DB_PASSWORD in the container environment (psql \getenv), never
-- from this file. A service's role owns its database, so its migrations can create tables,
-- triggers and trusted extensions, and no other role may connect to it.
\set ON_ERROR_STOP on
\getenv db_password ZIBA_DB_PASSWORD
\if :{?db_password}
\else
  DO $$ BEGIN RAISE EXCEPTION 'ZIBA_DB_PASSWORD is not set in the postgres container'; END $$;
\endif

CREATE ROLE ziba_identity LOGIN PASSWORD :'db_password';
CREATE ROLE ziba_wallet   LOGIN PASSWORD :'db_password';
CREATE ROLE ziba_trip     LOGIN PASSWORD :'db_password';
CREATE ROLE ziba_payout   LOGIN PASSWORD :'db_password';
CREATE ROLE ziba_audit    LOGIN PASSWORD :'db_password';

CREATE DATABASE ziba_identity OWNER ziba_identity;
CREATE DATABASE ziba_wallet   OWNER ziba_wallet;
CREATE DATABASE ziba_trip     OWNER ziba_trip;
CREATE DATABASE ziba_payout   OWNER ziba_payout;
CREATE DATABASE ziba_audit    OWNER ziba_audit;

REVOKE ALL ON DATABASE ziba_identity FROM PUBLIC;
REVOKE ALL ON DATABASE ziba_wallet   FROM PUBLIC;
REVOKE ALL ON DATABASE ziba_trip     FROM PUBLIC;
REVOKE ALL ON DATABASE ziba_payout   FROM PUBLIC;
REVOKE ALL ON DATABASE ziba_audit    FROM PUBLIC;
