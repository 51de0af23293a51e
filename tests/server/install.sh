#!/bin/sh
# Installs the test server's pinned npm packages (package-lock.json) into
# tests/server/node_modules when they are missing or older than the lock.
# Idempotent: does nothing when node_modules is up to date. Called by
# .ci/install-deps.sh (make deps).
set -eu
cd "$(dirname "$0")"
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
	exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
	echo "tests/server: npm is missing; install nodejs and npm" >&2
	exit 1
fi
echo "tests/server: npm ci (Medplum FHIR engine for the client tests)" >&2
npm ci --no-audit --no-fund --loglevel=error
