#!/bin/sh
# Starts or stops the loopback FHIR test server for CTest fixtures.
#   ctl.sh start STATE_DIR   node server.mjs in the background; waits (at most
#                            60 s) for its port file STATE_DIR/port
#   ctl.sh stop STATE_DIR    stops the process recorded in STATE_DIR/pid
# The server also exits by itself after --max-seconds, so a crashed test
# run never leaves it behind for long.
set -u
here=$(cd "$(dirname "$0")" && pwd)
node=${NODE:-node}
cmd=${1:-}
state=${2:-}
[ -n "$state" ] || { echo "usage: ctl.sh start|stop STATE_DIR" >&2; exit 2; }

case "$cmd" in
start)
	if ! command -v "$node" >/dev/null 2>&1 || [ ! -d "$here/node_modules/@medplum/fhir-router" ]; then
		echo "test server: node or tests/server/node_modules missing;" \
		     "run make test (it installs them with tests/server/install.sh)" >&2
		exit 1
	fi
	mkdir -p "$state"
	if [ -f "$state/pid" ] && kill -0 "$(cat "$state/pid")" 2>/dev/null; then
		kill "$(cat "$state/pid")" 2>/dev/null
	fi
	rm -f "$state/port" "$state/pid"
	"$node" "$here/server.mjs" --port-file "$state/port" --max-seconds "${TF_SERVER_MAX_SECONDS:-900}" \
		>"$state/server.log" 2>&1 &
	echo $! >"$state/pid"
	i=0
	while [ ! -s "$state/port" ]; do
		if ! kill -0 "$(cat "$state/pid")" 2>/dev/null; then
			echo "test server died:" >&2
			cat "$state/server.log" >&2
			exit 1
		fi
		i=$((i + 1))
		if [ $i -gt 600 ]; then
			echo "test server did not start within 60 s" >&2
			kill "$(cat "$state/pid")" 2>/dev/null
			exit 1
		fi
		sleep 0.1
	done
	echo "test server on 127.0.0.1:$(cat "$state/port") (pid $(cat "$state/pid"))"
	;;
stop)
	if [ -f "$state/pid" ]; then
		pid=$(cat "$state/pid")
		kill "$pid" 2>/dev/null
		i=0
		while kill -0 "$pid" 2>/dev/null && [ $i -lt 50 ]; do
			sleep 0.1
			i=$((i + 1))
		done
		kill -9 "$pid" 2>/dev/null
		rm -f "$state/pid" "$state/port"
	fi
	;;
*)
	echo "usage: ctl.sh start|stop STATE_DIR" >&2
	exit 2
	;;
esac
