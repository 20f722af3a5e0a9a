#!/usr/bin/env bash
# `make bench`, Store part: builds the raw-libpq C floor (Tests/Benchmarks/store_floor.c)
# and runs the release bench-store pinned to CPU 0 (the C floor runs as its child,
# on the same CPU). Needs DATABASE_URL and DATABASE_MIGRATION_URL exported.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BIN="$(cd "$ROOT" && swift build -c release --static-swift-stdlib --show-bin-path)"
FLOOR="$ROOT/.build/store-floor"
cc -O2 -Wall $(pkg-config --cflags libpq) -o "$FLOOR" "$ROOT/Tests/Benchmarks/store_floor.c" $(pkg-config --libs libpq)
exec taskset -c 0 "$BIN/bench-store" --floor "$FLOOR" "$@"
