#!/usr/bin/env bash
# Sourced (not run) by the bench scripts that start one Payara Micro at a time (startup.sh,
# page-cpu.sh, create-cpu.sh), from the repository root:
#
#   source bench/lib.sh NAME
#
# Sets JVM_OPTS to the run command's options (pom.xml, passerelle.jvm.options) unless it is set;
# makes $WORK, a temporary directory /tmp/passerelle-NAME.XXXXXX removed on exit, where
# $WORK/preboot.txt binds Payara Micro's listener to 127.0.0.1; on exit stops the server whose PID
# the script keeps in $PID; defines free_port (a free TCP port on 127.0.0.1).
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
