#!/usr/bin/env bash
# The system packages of the release build on Amazon Linux (make deps-amazonlinux), run as root
# inside the deploy workflow's swift:<version>-amazonlinux2023 / -amazonlinux2 container.
#   Amazon Linux 2023: libcurl, OpenSSL 3 and libpq from dnf.
#   Amazon Linux 2: libcurl from yum, libpq 14 from amazon-linux-extras, and OpenSSL 3 built from
#   source into /opt/openssl3 (Amazon Linux 2 ships only OpenSSL 1.0/1.1; the code uses the
#   OpenSSL 3 EVP_MAC and OSSL_PARAM APIs).
# Standard output is one line, PKG_CONFIG_PATH=... for the build (the Makefile keeps it in
# .local/amazonlinux.env); the package managers' output goes to stderr. Neither path can run on
# the Debian development machine.
set -euo pipefail
exec 3>&1 1>&2
# shellcheck source=/dev/null
. /etc/os-release
case "${ID:-}:${VERSION_ID:-}" in
    amzn:2023)
        # --allowerasing: the image's curl-minimal gives way to the full libcurl the -devel needs.
        dnf install -y -q --allowerasing libcurl-devel openssl-devel libpq-devel binutils python3 zip findutils make gawk
        echo "PKG_CONFIG_PATH=${PKG_CONFIG_PATH:-}" >&3
        ;;
    amzn:2)
        yum install -y -q libcurl-devel binutils python3 zip findutils make gawk tar gzip perl perl-IPC-Cmd gcc
        amazon-linux-extras install -y -q postgresql14 >/dev/null
        yum install -y -q libpq-devel
        openssl_version="${OPENSSL_VERSION:-3.0.15}"
        if [[ ! -f /opt/openssl3/lib64/pkgconfig/libcrypto.pc && ! -f /opt/openssl3/lib/pkgconfig/libcrypto.pc ]]; then
            work="$(mktemp -d)"
            curl -fsSL "https://github.com/openssl/openssl/releases/download/openssl-${openssl_version}/openssl-${openssl_version}.tar.gz" \
                | tar -xz -C "$work"
            (cd "$work/openssl-${openssl_version}" && ./Configure --prefix=/opt/openssl3 --libdir=lib64 shared no-tests >/dev/null \
                && make -s -j"$(nproc)" >/dev/null && make -s install_sw >/dev/null)
            rm -rf "$work"
        fi
        echo "PKG_CONFIG_PATH=/opt/openssl3/lib64/pkgconfig${PKG_CONFIG_PATH:+:$PKG_CONFIG_PATH}" >&3
        ;;
    *)
        echo "not Amazon Linux 2 or 2023 (${PRETTY_NAME:-unknown}): use make deps" >&2
        exit 2
        ;;
esac
