#!/bin/sh
# Installs what trialfhir needs to build and test, on Debian/Ubuntu, when it
# is missing: Debian packages (as root or through sudo; apt-get update runs
# first), then the pinned npm packages of the test oracles and test server.
set -eu
cd "$(dirname "$0")/.."

PKGS="build-essential cmake pkg-config libjansson-dev libcurl4-openssl-dev libssl-dev
libxml2-dev libcmocka-dev valgrind clang curl openssl"

missing=""
for p in $PKGS; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed" || missing="$missing $p"
done
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"

if [ -n "$missing" ]; then
	if [ "$(id -u)" = 0 ]; then
		SUDO=""
	elif command -v sudo >/dev/null 2>&1; then
		SUDO="sudo"
	else
		echo "trialfhir: missing packages:$missing" >&2
		echo "trialfhir: run as root or install them with apt-get" >&2
		exit 1
	fi
	echo "trialfhir: installing$missing" >&2
	$SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
	# shellcheck disable=SC2086
	$SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
fi

for f in tests/oracle/install.sh tests/server/install.sh; do
	[ -f "$f" ] && sh "$f"
done
exit 0
