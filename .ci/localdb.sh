#!/usr/bin/env bash
# Local PostgreSQL 16 + pgvector for development and tests, from the PyPI
# package `pgserver` (it carries the server binaries and the vector extension).
#
#   .ci/localdb.sh start   start the cluster (idempotent), print the URLs
#   .ci/localdb.sh stop    stop it
#   .ci/localdb.sh url     print the URLs of a cluster that was initialised
#   .ci/localdb.sh status  exit 0 when it is running
#
# Layout (all under .local/, git-ignored):
#   .local/pg/        a copy of pgserver's binaries (so an unprivileged user can
#                     reach them even when site-packages sits under a 0700 /root)
#   .local/pgdata/    the cluster, owned by the server user
#   .local/pgsock/    the Unix socket (0700: only the server user and root)
#   .local/pglog/     the server log
#   .local/db.env     DATABASE_URL / DATABASE_MIGRATION_URL (mode 0600)
#
# Postgres refuses to run as root: when started as root the server runs as
# the system user `clinicaldb` (created on first use, no login shell). If an
# ancestor directory of .local/ is not searchable by that user, the script
# adds o+x (search only, not list) to it and says so.
#
# Roles: `postgres` (superuser, Unix socket only), `clinical_owner` (owns the
# database, runs migrations), `clinical_app` (what the functions use: table
# privileges granted by the migrations; insert+select only on the audit log).
# Both log in over 127.0.0.1 with scram-sha-256 passwords generated on init.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
LOCAL="$ROOT/.local"
PGHOME="$LOCAL/pg"
PGBIN="$PGHOME/pgserver/pginstall/bin"
PGDATA="$LOCAL/pgdata"
PGSOCK="$LOCAL/pgsock"
PGLOGDIR="$LOCAL/pglog"
ENVFILE="$LOCAL/db.env"
DBNAME="clinical"
SERVER_USER="clinicaldb"

log() { echo "localdb: $*" >&2; }
die() { echo "localdb: error: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" = "0" ]; }

# Runs a command as the server user (or as ourselves when not root).
as_server() {
    if is_root; then runuser -u "$SERVER_USER" -- "$@"; else "$@"; fi
}

ensure_server_user() {
    is_root || return 0
    if ! id -u "$SERVER_USER" >/dev/null 2>&1; then
        log "creating system user $SERVER_USER (postgres refuses to run as root)"
        useradd --system --no-create-home --home-dir /nonexistent --shell /usr/sbin/nologin "$SERVER_USER"
    fi
}

# Finds (or installs) pgserver and prints the directory that holds `pgserver/`.
pgserver_site() {
    local py
    for py in python3 "$LOCAL/venv/bin/python3"; do
        if command -v "$py" >/dev/null 2>&1 || [ -x "$py" ]; then
            if "$py" -c 'import pgserver' >/dev/null 2>&1; then
                "$py" -c 'import pgserver, os; print(os.path.dirname(os.path.dirname(pgserver.__file__)))' 2>/dev/null
                return 0
            fi
        fi
    done
    if ! command -v python3 >/dev/null 2>&1; then
        is_root || die "python3 is missing; install python3 and python3-venv"
        log "installing python3 with apt-get"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3 python3-venv python3-pip >&2
    fi
    # A plain pip install first; Debian's system python refuses it (PEP 668),
    # then a private virtual environment under .local/venv.
    log "installing pgserver with pip"
    if python3 -m pip install --quiet pgserver >&2 2>/dev/null && python3 -c 'import pgserver' >/dev/null 2>&1; then
        python3 -c 'import pgserver, os; print(os.path.dirname(os.path.dirname(pgserver.__file__)))' 2>/dev/null
        return 0
    fi
    if ! python3 -m venv "$LOCAL/venv" >/dev/null 2>&1; then
        is_root || die "python3 -m venv failed; install python3-venv"
        DEBIAN_FRONTEND=noninteractive apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq python3-venv >&2
        rm -rf "$LOCAL/venv"
        python3 -m venv "$LOCAL/venv"
    fi
    "$LOCAL/venv/bin/python3" -m pip install --quiet pgserver >&2
    "$LOCAL/venv/bin/python3" -c 'import pgserver, os; print(os.path.dirname(os.path.dirname(pgserver.__file__)))' 2>/dev/null
}

# Copies the binaries next to the cluster: the server user must be able to
# execute them, and site-packages may live under a 0700 home directory.
# The binaries find libpq through the RPATH $ORIGIN/../../../pgserver.libs,
# so the copy keeps pgserver's relative layout.
ensure_binaries() {
    [ -x "$PGBIN/postgres" ] && return 0
    local site
    site="$(pgserver_site)" || die "could not install pgserver"
    [ -x "$site/pgserver/pginstall/bin/postgres" ] || die "pgserver has no binaries under $site/pgserver/pginstall"
    log "copying PostgreSQL binaries from $site/pgserver to $PGHOME"
    rm -rf "$PGHOME.tmp"
    mkdir -p "$PGHOME.tmp/pgserver"
    cp -a "$site/pgserver/pginstall" "$PGHOME.tmp/pgserver/"
    [ -d "$site/pgserver.libs" ] && cp -a "$site/pgserver.libs" "$PGHOME.tmp/"
    chmod -R a+rX "$PGHOME.tmp"
    rm -rf "$PGHOME"
    mv "$PGHOME.tmp" "$PGHOME"
}

# Adds o+x to ancestors of .local that the server user cannot search.
ensure_traversable() {
    is_root || return 0
    local dir="$LOCAL"
    while [ "$dir" != "/" ]; do
        if ! runuser -u "$SERVER_USER" -- test -x "$dir"; then
            log "adding o+x (search only) to $dir so that $SERVER_USER can reach .local/"
            chmod o+x "$dir"
        fi
        dir="$(dirname "$dir")"
    done
}

free_port() {
    python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])' 2>/dev/null \
        || echo 55432
}

random_secret() { od -An -tx1 -N24 /dev/urandom | tr -d ' \n'; }

# Reads one KEY=value from db.env.
env_value() { sed -n "s/^$1=//p" "$ENVFILE" | head -n1; }

ensure_envfile() {
    [ -f "$ENVFILE" ] && return 0
    local port="${LOCALDB_PORT:-$(free_port)}"
    umask 077
    cat >"$ENVFILE" <<EOF
LOCALDB_PORT=$port
LOCALDB_OWNER_PASSWORD=$(random_secret)
LOCALDB_APP_PASSWORD=$(random_secret)
EOF
}

print_urls() {
    [ -f "$ENVFILE" ] || die "no local database yet: run .ci/localdb.sh start"
    local port owner app
    port="$(env_value LOCALDB_PORT)"
    owner="$(env_value LOCALDB_OWNER_PASSWORD)"
    app="$(env_value LOCALDB_APP_PASSWORD)"
    echo "DATABASE_URL=postgresql://clinical_app:$app@127.0.0.1:$port/$DBNAME"
    echo "DATABASE_MIGRATION_URL=postgresql://clinical_owner:$owner@127.0.0.1:$port/$DBNAME"
}

ensure_cluster() {
    mkdir -p "$LOCAL"
    chmod 755 "$LOCAL"
    mkdir -p "$PGSOCK" "$PGLOGDIR"
    if is_root; then chown "$SERVER_USER" "$PGSOCK" "$PGLOGDIR"; fi
    chmod 700 "$PGSOCK"
    [ -f "$PGDATA/PG_VERSION" ] && return 0
    log "initialising a cluster in $PGDATA"
    rm -rf "$PGDATA"
    mkdir -p "$PGDATA"
    if is_root; then chown "$SERVER_USER" "$PGDATA"; fi
    chmod 700 "$PGDATA"
    as_server "$PGBIN/initdb" -D "$PGDATA" -U postgres --encoding=UTF8 --locale=C.UTF-8 \
        --auth-local=trust --auth-host=scram-sha-256 >"$PGLOGDIR/initdb.log" 2>&1 \
        || { cat "$PGLOGDIR/initdb.log" >&2; die "initdb failed"; }
    local port
    port="$(env_value LOCALDB_PORT)"
    # Loopback only; the Unix socket lives in a 0700 directory.
    as_server sh -c "cat >>'$PGDATA/postgresql.conf'" <<EOF

# --- .ci/localdb.sh ---
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$PGSOCK'
password_encryption = 'scram-sha-256'
max_connections = 200
EOF
}

is_running() {
    [ -x "$PGBIN/pg_ctl" ] && [ -f "$PGDATA/PG_VERSION" ] && as_server "$PGBIN/pg_ctl" -D "$PGDATA" status >/dev/null 2>&1
}

psql_super() {
    as_server env PGOPTIONS="-c client_min_messages=warning" "$PGBIN/psql" -X -q -v ON_ERROR_STOP=1 -h "$PGSOCK" -p "$(env_value LOCALDB_PORT)" -U postgres "$@"
}

# Roles, database and extension; every statement is safe to repeat.
ensure_roles_and_database() {
    local owner app
    owner="$(env_value LOCALDB_OWNER_PASSWORD)"
    app="$(env_value LOCALDB_APP_PASSWORD)"
    psql_super -d postgres -v owner_pw="$owner" -v app_pw="$app" >/dev/null <<'SQL'
SELECT 'CREATE ROLE clinical_owner LOGIN CREATEDB' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clinical_owner') \gexec
SELECT 'CREATE ROLE clinical_app LOGIN' WHERE NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'clinical_app') \gexec
ALTER ROLE clinical_owner WITH LOGIN CREATEDB PASSWORD :'owner_pw';
ALTER ROLE clinical_app WITH LOGIN NOCREATEDB PASSWORD :'app_pw';
-- Tests terminate the app role's backends (reconnect tests) as the owner, as an RDS master user may.
GRANT pg_signal_backend TO clinical_owner;
SELECT 'CREATE DATABASE clinical OWNER clinical_owner' WHERE NOT EXISTS (SELECT 1 FROM pg_database WHERE datname = 'clinical') \gexec
SQL
    # pgvector is not a trusted extension: the superuser installs it here and
    # in template1, so databases the owner creates (tests) already have it.
    psql_super -d template1 -c 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null
    psql_super -d "$DBNAME" -c 'CREATE EXTENSION IF NOT EXISTS vector' >/dev/null
}

start() {
    mkdir -p "$LOCAL"
    exec 9>"$LOCAL/localdb.lock"
    flock 9
    ensure_server_user
    ensure_binaries
    ensure_envfile
    # Before initdb: the server user must reach .local/ (a clone under a 0700 directory).
    ensure_traversable
    ensure_cluster
    if ! is_running; then
        log "starting PostgreSQL on 127.0.0.1:$(env_value LOCALDB_PORT)"
        # 9>&-: the server must not inherit (and hold forever) this script's lock.
        as_server "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGLOGDIR/postgres.log" -w -t 60 start >/dev/null 9>&- \
            || { tail -n 20 "$PGLOGDIR/postgres.log" >&2; die "the server did not start"; }
    fi
    ensure_roles_and_database
    print_urls
}

stop() {
    if is_running; then
        as_server "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w -t 60 stop >/dev/null
        log "stopped"
    else
        log "not running"
    fi
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url) print_urls ;;
    status) is_running ;;
    *) echo "usage: $0 start|stop|url|status" >&2; exit 2 ;;
esac
