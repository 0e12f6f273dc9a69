#!/usr/bin/env bash
# Sourced (not run) by the bench scripts that start one Payara Micro at a time (startup.sh,
# page-cpu.sh, create-cpu.sh), from the repository root:
#
#   source bench/lib.sh NAME
#
# Sets JVM_OPTS to the run command's options (pom.xml, passerelle.jvm.options) unless it is set;
# makes $WORK, a temporary directory /tmp/passerelle-NAME.XXXXXX removed on exit, where
# $WORK/preboot.txt binds Payara Micro's listener to 127.0.0.1; on exit stops the server whose PID
# the script keeps in $PID; defines free_port (a free TCP port on 127.0.0.1) and start_server (below).
if [[ -z ${JVM_OPTS:-} ]]; then
    JVM_OPTS=$(sed -n 's:.*<passerelle.jvm.options>\(.*\)</passerelle.jvm.options>.*:\1:p' pom.xml)
fi
WORK=$(mktemp -d "/tmp/passerelle-$1.XXXXXX")
PID=
cleanup() {
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID"; wait "$PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM
echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
    >"$WORK/preboot.txt"
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# start_server WAR: Passerelle on a fresh $WORK/data (H2, demo data, PASSERELLE_BENCH=true), on a free
# port kept in $port, its PID in $PID, its log in $WORK/server.log; returns once /health/ready answers,
# exits if the server stops or is not ready within $TIMEOUT seconds.
start_server() {
    port=$(free_port)
    rm -rf "$WORK/data"
    # shellcheck disable=SC2086
    PASSERELLE_DATA_DIR=$WORK/data PASSERELLE_DEMO=true PASSERELLE_BENCH=true PASSERELLE_PUBLIC_URL=http://127.0.0.1:$port \
        java $JVM_OPTS -jar "$JAR" --deploy "$1" --contextroot / --nocluster --nohazelcast --disablephonehome \
        --port "$port" --prebootcommandfile "$WORK/preboot.txt" --logproperties deploy/logging.properties \
        >"$WORK/server.log" 2>&1 &
    PID=$!
    local started=$SECONDS
    until curl -fsS -o /dev/null --max-time 5 "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
        if ! kill -0 "$PID" 2>/dev/null; then echo "the server stopped:" >&2; tail -20 "$WORK/server.log" >&2; exit 1; fi
        if (( SECONDS - started > TIMEOUT )); then echo "not ready in $TIMEOUT s" >&2; exit 1; fi
        sleep 0.5
    done
}
