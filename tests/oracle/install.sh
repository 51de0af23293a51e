#!/usr/bin/env bash
# Install the validation oracle (tests/oracle/): node + npm if they are
# missing (Debian packages nodejs and npm; needs root or password-less sudo),
# then `npm ci` of the pinned packages in package-lock.json when
# tests/oracle/node_modules is missing or older than package-lock.json.
# Idempotent: a second run with everything in place does nothing.
# Usage: bash tests/oracle/install.sh      (the Makefile's test target runs it)
set -eu
here=$(cd "$(dirname "$0")" && pwd)

say() { echo "oracle install: $*"; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then
    "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo -n "$@"
  else
    say "need root or password-less sudo to run: $*" >&2
    return 1
  fi
}

missing=""
command -v node >/dev/null 2>&1 || missing="$missing nodejs"
command -v npm >/dev/null 2>&1 || missing="$missing npm"
if [ -n "$missing" ]; then
  if ! command -v apt-get >/dev/null 2>&1; then
    say "node/npm missing and this is not a Debian/Ubuntu system: install Node.js >= 20 with npm" >&2
    exit 1
  fi
  say "installing Debian packages:$missing"
  as_root apt-get update -q
  # shellcheck disable=SC2086
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $missing
  for tool in node npm; do
    command -v "$tool" >/dev/null 2>&1 || { say "$tool still missing after apt-get install" >&2; exit 1; }
  done
fi

major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 18 ]; then
  say "node $(node --version) is too old: the oracle needs Node.js >= 18 (tested with 20)" >&2
  exit 1
fi

cd "$here"
# npm keeps node_modules/.package-lock.json in step with what it installed.
stamp=node_modules/.package-lock.json
if [ ! -d node_modules ] || [ ! -f "$stamp" ] || [ package-lock.json -nt "$stamp" ]; then
  say "npm ci in $here"
  npm ci --no-audit --no-fund
  touch "$stamp"
else
  say "up to date (node $(node --version), $here/node_modules)"
fi
