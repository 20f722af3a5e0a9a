#!/usr/bin/env bash
# moto's server (S3, Secrets Manager, Cognito, ...) on a free 127.0.0.1 port,
# for the tests. Idempotent.
#   .ci/moto-server.sh start   -> prints MOTO_ENDPOINT_URL=http://127.0.0.1:PORT
#   .ci/moto-server.sh stop
#   .ci/moto-server.sh url     -> prints the URL of the running server (exit 1 if none)
# State lives in .local/moto/ (pid, port, log).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
state="$root/.local/moto"
python="${PYTHON:-python3}"

running_port() {
    [[ -f "$state/pid" && -f "$state/port" ]] || return 1
    local pid port
    pid="$(cat "$state/pid")"
    port="$(cat "$state/port")"
    kill -0 "$pid" 2>/dev/null || return 1
    # The pid must still be our moto server, not a recycled pid.
    tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q "moto" || return 1
    curl -s -o /dev/null --max-time 2 "http://127.0.0.1:$port/moto-api/" || return 1
    echo "$port"
}

start() {
    local port
    if port="$(running_port)"; then
        echo "MOTO_ENDPOINT_URL=http://127.0.0.1:$port"
        return 0
    fi
    if ! "$python" -c "import moto.server, flask, flask_cors" 2>/dev/null; then
        echo "installing moto[server] with pip" >&2
        "$python" -m pip install --quiet 'moto[server]' >&2
    fi
    mkdir -p "$state"
    port="$("$python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')"
    # setsid: the server outlives this script and is not tied to the caller's terminal.
    setsid "$python" -m moto.server -H 127.0.0.1 -p "$port" >"$state/moto.log" 2>&1 < /dev/null &
    echo $! > "$state/pid"
    echo "$port" > "$state/port"
    for _ in $(seq 1 100); do
        if running_port >/dev/null; then
            echo "MOTO_ENDPOINT_URL=http://127.0.0.1:$port"
            return 0
        fi
        sleep 0.2
    done
    echo "moto server did not start on 127.0.0.1:$port; see $state/moto.log" >&2
    stop
    return 1
}

stop() {
    if [[ -f "$state/pid" ]]; then
        local pid
        pid="$(cat "$state/pid")"
        if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2>/dev/null | grep -q "moto"; then
            kill "$pid" 2>/dev/null || true
            for _ in $(seq 1 25); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
        fi
    fi
    rm -f "$state/pid" "$state/port"
}

case "${1:-}" in
    start) start ;;
    stop) stop ;;
    url)
        port="$(running_port)" || { echo "moto server is not running" >&2; exit 1; }
        echo "http://127.0.0.1:$port"
        ;;
    *) echo "usage: $0 start|stop|url" >&2; exit 2 ;;
esac
