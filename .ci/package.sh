#!/usr/bin/env bash
# Packages release builds as Lambda custom-runtime artifacts.
#   .ci/package.sh fn...                  -> dist/<fn>.zip (bootstrap + lib/)
#   .ci/package.sh --into-artifacts fn    -> $ARTIFACTS_DIR/{bootstrap,lib/} (sam build)
# Each bootstrap is stripped and links the Swift runtime statically; shared
# libraries the Lambda base images lack (libpq and its dependencies, libcurl,
# OpenSSL 3 on provided.al2) are copied into lib/, found through the
# $ORIGIN/lib rpath set at link time (also by dlopen, for libcurl, libpq and libcrypto). Prints size and the newest GLIBC symbol
# version each artifact needs next to what provided.al2 (2.26) and
# provided.al2023 (2.34) offer.
#
# With RUNTIME=provided.al2|provided.al2023 and CHECK_GLIBC=1 (make package RUNTIME=...
# CHECK_GLIBC=1; the deploy workflow) it exits 1 when an artifact needs a newer glibc than
# that runtime has, after reporting every artifact.
#   .ci/package.sh --check-glibc RUNTIME file...  -> the same verdict for given ELF files only
set -euo pipefail
cd "$(dirname "$0")/.."

# The glibc each custom runtime offers (Amazon Linux 2: 2.26; Amazon Linux 2023: 2.34).
runtime_glibc() {
    case "$1" in
        provided.al2) echo 2.26 ;;
        provided.al2023) echo 2.34 ;;
        *) echo "unknown runtime '$1' (provided.al2 or provided.al2023)" >&2; return 2 ;;
    esac
}
RUNTIME="${RUNTIME:-}"
CHECK_GLIBC="${CHECK_GLIBC:-}"
check_only=false
if [[ "${1:-}" == "--check-glibc" ]]; then check_only=true; RUNTIME="${2:?--check-glibc RUNTIME file...}"; CHECK_GLIBC=1; shift 2; fi
if [[ "$CHECK_GLIBC" == 1 ]]; then
    [[ -n "$RUNTIME" ]] || { echo "CHECK_GLIBC=1 needs RUNTIME=provided.al2 or RUNTIME=provided.al2023" >&2; exit 2; }
    runtime_glibc "$RUNTIME" >/dev/null || exit 2
fi
failed=()

# glibc's own libraries are always in the runtime; never bundle them.
is_base_library() {
    case "$1" in
        linux-vdso*|ld-linux*|libc.so*|libm.so*|libdl.so*|libpthread.so*|librt.so*|libresolv.so*|libutil.so*) return 0 ;;
        *) return 1 ;;
    esac
}

newest_glibc() {
    # Highest GLIBC_x.y symbol version any of the given ELF files requires.
    for f in "$@"; do objdump -T "$f" 2>/dev/null | grep -o 'GLIBC_[0-9][0-9.]*' || true; done | sed 's/GLIBC_//' | sort -Vu | tail -1
}

version_ge() { [[ "$(printf '%s\n%s\n' "$1" "$2" | sort -V | head -1)" == "$2" ]]; }

# With CHECK_GLIBC=1: records a function whose artifact needs more than RUNTIME's glibc.
check_glibc() {
    local fn="$1" needed="$2" offered
    [[ "$CHECK_GLIBC" == 1 ]] || return 0
    offered="$(runtime_glibc "$RUNTIME")"
    if [[ -z "$needed" ]]; then
        echo "$fn: FAIL no GLIBC symbol version found (not a dynamically linked ELF file?)"; failed+=("$fn")
    elif version_ge "$offered" "$needed"; then
        echo "$fn: ok for $RUNTIME (needs GLIBC_$needed, offers $offered)"
    else
        echo "$fn: FAIL needs GLIBC_$needed, $RUNTIME offers $offered: build inside the runtime's Amazon Linux image"; failed+=("$fn")
    fi
}

# Exits 1 after the reports when any artifact failed the check.
finish() {
    if (( ${#failed[@]} > 0 )); then
        echo "glibc check: ${failed[*]} will not run on $RUNTIME" >&2
        exit 1
    fi
    [[ "$CHECK_GLIBC" == 1 ]] && echo "glibc check: every artifact runs on $RUNTIME"
    return 0
}

if $check_only; then
    for f in "$@"; do check_glibc "$f" "$(newest_glibc "$f")"; done
    finish
    exit 0
fi
release_dir="$(swift build -c release --static-swift-stdlib --show-bin-path)"
into_artifacts=false
if [[ "${1:-}" == "--into-artifacts" ]]; then into_artifacts=true; shift; fi

stage() {
    local fn="$1" out="$2"
    rm -rf "$out" && mkdir -p "$out/lib"
    cp "$release_dir/$fn" "$out/bootstrap"
    strip "$out/bootstrap"
    bundle_dependencies "$out/bootstrap" "$out/lib"
    # libcurl, libpq and libcrypto are loaded on first use (dlopen, see Sources/CCurl, Sources/CLibPQ and
    # Sources/COpenSSL), so ldd does not list them: a bootstrap that names their soname gets them and their
    # own dependencies bundled (libcrypto.so.3 also from pkg-config's libdir: Amazon Linux 2 keeps OpenSSL 3
    # in /opt/openssl3, outside ldconfig's cache).
    for soname in libcurl.so.4 libpq.so.5 libcrypto.so.3; do
        grep -aq "$soname" "$out/bootstrap" || continue
        local path
        path=$(ldconfig -p | awk -v n="$soname" '$1 == n && /x86-64|x86_64|AArch64|aarch64/ {print $NF; exit}')
        if [[ -z "$path" && "$soname" == libcrypto.so.3 ]] && command -v pkg-config >/dev/null; then
            local libdir
            libdir="$(pkg-config --variable=libdir libcrypto 2>/dev/null || true)"
            [[ -n "$libdir" && -f "$libdir/$soname" ]] && path="$libdir/$soname"
        fi
        [[ -n "$path" ]] || { echo "package: $soname not found on this machine (install its -dev package)" >&2; exit 1; }
        cp -L "$path" "$out/lib/$soname"
        bundle_dependencies "$path" "$out/lib"
    done
    rmdir "$out/lib" 2>/dev/null || true
}

# Copies the shared libraries an ELF file needs (glibc's own excepted) into a folder.
bundle_dependencies() {
    local elf="$1" into="$2"
    while read -r name _ path _; do
        [[ -n "${path:-}" && -f "$path" ]] || continue
        is_base_library "$name" && continue
        cp -L "$path" "$into/$name"
    done < <(ldd "$elf" | grep '=>')
}

report() {
    local fn="$1" dir="$2"
    local size glibc libs verdict
    size=$(stat -c %s "$dir/bootstrap")
    glibc=$(newest_glibc "$dir/bootstrap" "$dir"/lib/* 2>/dev/null)
    libs=$(ls "$dir/lib" 2>/dev/null | wc -l)
    verdict=""
    version_ge 2.26 "$glibc" && verdict="runs on provided.al2 and provided.al2023" || {
        version_ge 2.34 "$glibc" && verdict="WILL NOT RUN on provided.al2 (glibc 2.26); runs on provided.al2023" \
                                 || verdict="WILL NOT RUN on provided.al2 (2.26) nor provided.al2023 (2.34): build on Amazon Linux (see README)"; }
    printf '%-15s bootstrap %6.2f MB stripped, %2d bundled libs, needs GLIBC_%s: %s\n' \
        "$fn" "$(awk -v s="$size" 'BEGIN{print s/1048576}')" "$libs" "$glibc" "$verdict"
    check_glibc "$fn" "$glibc"
}

if $into_artifacts; then
    : "${ARTIFACTS_DIR:?ARTIFACTS_DIR must be set}"
    stage "$1" "$ARTIFACTS_DIR"
    report "$1" "$ARTIFACTS_DIR"
    finish
    exit 0
fi

mkdir -p dist
for fn in "$@"; do
    stage "$fn" "dist/$fn"
    (cd "dist/$fn" && python3 - "$fn" <<'PY'
import os, sys, zipfile
fn = sys.argv[1]
with zipfile.ZipFile(f"../{fn}.zip", "w", zipfile.ZIP_DEFLATED) as z:
    for root, _, files in os.walk("."):
        for name in sorted(files):
            path = os.path.join(root, name)
            info = zipfile.ZipInfo(os.path.relpath(path, "."))
            info.external_attr = (0o755 << 16)  # bootstrap must be executable
            info.compress_type = zipfile.ZIP_DEFLATED
            with open(path, "rb") as f:
                z.writestr(info, f.read())
PY
    )
    report "$fn" "dist/$fn"
done
echo "artifacts: $(ls dist/*.zip | tr '\n' ' ')"
finish
