#!/usr/bin/env bash
# Installs (when missing) and starts the PostgreSQL 15 + PostGIS 3 cluster the store tests use,
# from Debian's packages, and creates the role and database `corridor` (password `corridor`)
# with the postgis extension. Idempotent: quick when everything is in place.
#
# The tests connect to CORRIDOR_PG_URL, by default
#   jdbc:postgresql://127.0.0.1:5432/corridor  (user corridor, password corridor).
set -euo pipefail

if [ "$(id -u)" -ne 0 ]; then sudo=sudo; else sudo=; fi
pg_version=15

need=()
[ -x "/usr/lib/postgresql/$pg_version/bin/postgres" ] || need+=("postgresql-$pg_version")
[ -f "/usr/share/postgresql/$pg_version/extension/postgis.control" ] || need+=("postgresql-$pg_version-postgis-3")
if ((${#need[@]})); then
  echo "postgres: installing ${need[*]} from Debian's packages" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

if ! pg_lsclusters -h 2>/dev/null | awk '{print $1" "$2}' | grep -qx "$pg_version main"; then
  echo "postgres: creating cluster $pg_version main" >&2
  $sudo pg_createcluster "$pg_version" main >/dev/null
fi
if ! pg_lsclusters -h | awk -v v="$pg_version" '$1==v && $2=="main" {print $4}' | grep -q online; then
  echo "postgres: starting cluster $pg_version main" >&2
  $sudo pg_ctlcluster "$pg_version" main start
fi

psql_as_postgres() {
  if [ "$(id -un)" = postgres ]; then psql -v ON_ERROR_STOP=1 -qAt "$@"; \
  elif [ -n "$sudo" ]; then sudo -u postgres psql -v ON_ERROR_STOP=1 -qAt "$@"; \
  else su postgres -s /bin/sh -c "psql -v ON_ERROR_STOP=1 -qAt $(printf '%q ' "$@")"; fi
}

# Wait for the server to accept connections (a fresh start takes a moment).
for _ in $(seq 1 30); do
  if psql_as_postgres -c 'select 1' >/dev/null 2>&1; then break; fi
  sleep 1
done

if [ "$(psql_as_postgres -c "select count(*) from pg_roles where rolname = 'corridor'")" = 0 ]; then
  psql_as_postgres -c "create role corridor login password 'corridor'"
fi
if [ "$(psql_as_postgres -c "select count(*) from pg_database where datname = 'corridor'")" = 0 ]; then
  psql_as_postgres -c "create database corridor owner corridor"
fi
psql_as_postgres -d corridor -c "set client_min_messages = warning" -c "create extension if not exists postgis"

echo "postgres: ready at ${CORRIDOR_PG_URL:-jdbc:postgresql://127.0.0.1:5432/corridor} (user corridor)" >&2
