#!/usr/bin/env bash
# Runs each fuzz target (already built with `make fuzz` into $FUZZ_BIN) for $FUZZ_SECONDS seconds from its
# committed seeds (Tests/Fuzz/Corpus/<target>/, read-only) and its working corpus (.local/fuzz/corpus/<target>/),
# then prints targets × seconds × executions × crashes. Exit 1 when any target crashed: the input is kept
# under .local/fuzz/artifacts/<target>/ (replay it with the normal build: .build/debug/fuzz-<target> <file>).
set -uo pipefail
seconds=${FUZZ_SECONDS:-60}
bin=${FUZZ_BIN:?FUZZ_BIN must name the bin directory of the fuzz build}
export SWIFT_BACKTRACE=enable=no   # the crash reporter would hang holding the pipe after a crash
status=0
rows=()
for target in "$@"; do
  work=.local/fuzz/corpus/$target; artifacts=.local/fuzz/artifacts/$target; log=.local/fuzz/$target.log
  rm -rf "$artifacts"; mkdir -p "$work" "$artifacts"
  "$bin/fuzz-$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=4096 -print_final_stats=1 \
    -artifact_prefix="$artifacts/" "$work" "Tests/Fuzz/Corpus/$target" >"$log" 2>&1
  code=$?
  # A binary without coverage counters would only "pass" by never exploring: refuse that.
  grep -q 'inline 8-bit counters' "$log" || { echo "fuzz-$target: not instrumented for coverage (see $log)"; status=1; }
  execs=$(grep -m1 -o 'stat::number_of_executed_units: [0-9]*' "$log" | grep -o '[0-9]*$')
  crashes=$(ls "$artifacts" | grep -c -E '^(crash|leak|timeout|oom)-')
  if [ $code -ne 0 ]; then status=1; echo "fuzz-$target: exit $code, see $log and $artifacts/"; grep -m3 -E 'invariant broken|ERROR: |Fatal error' "$log"; fi
  rows+=("$(printf '%-16s %8s %12s %8s' "$target" "$seconds" "${execs:-?}" "$crashes")")
done
printf '%-16s %8s %12s %8s\n' target seconds executions crashes
printf '%s\n' "${rows[@]}"
exit $status
