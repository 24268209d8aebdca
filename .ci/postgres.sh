#!/usr/bin/env bash
# Installs (Debian packages) and starts a PostgreSQL server on 127.0.0.1:5432 for the PostgreSQL tests, with a
# password user "chatbot" owning database "chatbot_test". Idempotent: safe to run twice.
# Prints exactly one line on stdout, the variable to export; everything else goes to stderr. Use it as:
#   eval "$(bash .ci/postgres.sh)"     # exports CHATBOT_TEST_POSTGRES
set -euo pipefail
exec 3>&1 1>&2

PORT="${CHATBOT_PG_PORT:-5432}"
ROLE=chatbot
PASSWORD=chatbot
DATABASE=chatbot_test

if ! command -v pg_ctlcluster >/dev/null 2>&1 || ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q 3>&-
  apt-get install -y -q postgresql </dev/null 3>&-
fi

VERSION="$(ls /usr/lib/postgresql | sort -V | tail -n 1)"
if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main"' | grep -q .; then
  pg_createcluster "$VERSION" main --port "$PORT" -- --auth-local=peer --auth-host=scram-sha-256
fi

# Listen on loopback only (a conf.d file, which wins over postgresql.conf); Debian's default pg_hba already asks a
# password (scram) for 127.0.0.1.
CONF_DIR="/etc/postgresql/$VERSION/main"
pg_conftool "$VERSION" main remove listen_addresses || true
mkdir -p "$CONF_DIR/conf.d"
printf "listen_addresses = '127.0.0.1'\nport = %s\n" "$PORT" > "$CONF_DIR/conf.d/chatbot-tests.conf"
grep -q "^include_dir = 'conf.d'" "$CONF_DIR/postgresql.conf" || echo "include_dir = 'conf.d'" >> "$CONF_DIR/postgresql.conf"

if ! pg_lsclusters -h | awk -v v="$VERSION" '$1 == v && $2 == "main" && $4 == "online"' | grep -q .; then
  # The server must not inherit our stdout/stderr: a caller capturing them ($(...), a pipe) would wait for it forever.
  pg_ctlcluster "$VERSION" main start </dev/null >/dev/null 2>&1 3>&- \
    || { tail -n 20 "/var/log/postgresql/postgresql-$VERSION-main.log" >&2; exit 1; }
fi

for _ in $(seq 1 60); do
  if pg_isready -q -h 127.0.0.1 -p "$PORT"; then break; fi
  sleep 0.5
done
pg_isready -h 127.0.0.1 -p "$PORT"

psql_admin() { runuser -u postgres -- psql -p "$PORT" -v ON_ERROR_STOP=1 -tAq "$@"; }
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != "1" ]; then
  psql_admin -c "CREATE ROLE $ROLE LOGIN PASSWORD '$PASSWORD'"
fi
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$DATABASE'")" != "1" ]; then
  psql_admin -c "CREATE DATABASE $DATABASE OWNER $ROLE"
fi

echo "export CHATBOT_TEST_POSTGRES='Host=127.0.0.1;Port=$PORT;Username=$ROLE;Password=$PASSWORD;Database=$DATABASE'" >&3
