#!/usr/bin/env bash
# Starts Passerelle on Payara Micro with a class-data-sharing (CDS) archive, which halves the
# start-up time on a small machine (docs/performance.md).
#
#   deploy/run.sh [--prepare] TARGET_DIR PORT JVM_OPTIONS...
#
# TARGET_DIR holds passerelle.war, its exploded copy passerelle/ and payara-micro.jar (Maven's
# target/). The first time, and whenever the application's content changed, it
#   1. writes a Payara Micro launcher with a fixed runtime directory (TARGET_DIR/payara), so that
#      the class path is the same at every start, which CDS requires;
#   2. makes a training start (--warmup) on a throwaway data directory and records the classes it
#      loaded in TARGET_DIR/payara/passerelle.jsa.
# Then it starts the server with that archive (or, with --prepare, stops there). A missing or
# stale archive is never fatal: the JVM then simply loads classes the usual way.
set -euo pipefail

prepare_only=false
if [[ ${1:-} == --prepare ]]; then
    prepare_only=true
    shift
fi
target=$(cd "$1" && pwd)
port=$2
shift 2
jvm_options=("$@")
here=$(cd "$(dirname "$0")" && pwd)
root=$target/payara
archive=$root/passerelle.jsa
war=$target/passerelle.war

if [[ ! -f $root/launch-micro.jar || $target/payara-micro.jar -nt $root/launch-micro.jar ]]; then
    rm -rf "$root"
    java -jar "$target/payara-micro.jar" --rootdir "$root" --outputlauncher >"$target/payara-launcher.log" 2>&1
fi

# What the application is made of (the exploded WAR Maven leaves beside it): a rebuild with the
# same content keeps the archive.
content=$(cd "$target/passerelle" && find . -type f -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-64)
if [[ ! -f $archive || $(cat "$archive.content" 2>/dev/null) != "$content" ]]; then
    echo "Preparing faster start-ups (once per change of the application, about a minute)..."
    training=$(mktemp -d "$target/cds-training.XXXXXX")
    rm -f "$archive" "$archive.content"
    PASSERELLE_DATA_DIR=$training PASSERELLE_DEMO=true \
        java "${jvm_options[@]}" -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$root/launch-micro.jar" --nocluster --nohazelcast --port "$port" \
        --logproperties "$here/logging.properties" --deploy "$war" --contextroot / --warmup \
        >"$target/cds-training.log" 2>&1 && echo "$content" >"$archive.content" \
        || echo "CDS training failed (see $target/cds-training.log); starting without it."
    rm -rf "$training"
fi

if $prepare_only; then
    exit 0
fi

# The training start left the application deployed in the runtime directory, where the launcher
# finds it again: deploying the WAR once more would replace it, and start it twice.
if [[ -f $archive && -f $archive.content ]]; then
    exec java "${jvm_options[@]}" -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -jar "$root/launch-micro.jar" --nocluster --nohazelcast --port "$port" \
        --logproperties "$here/logging.properties"
fi
exec java "${jvm_options[@]}" -jar "$target/payara-micro.jar" --nocluster --nohazelcast --port "$port" \
    --logproperties "$here/logging.properties" --deploy "$war" --contextroot /
