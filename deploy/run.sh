#!/usr/bin/env bash
# Starts Passerelle on Payara Micro as fast as this machine allows (docs/performance.md).
#
#   deploy/run.sh [--prepare] TARGET_DIR PORT JVM_OPTIONS...
#
# TARGET_DIR holds passerelle.war, its exploded copy passerelle/ and payara-micro.jar (Maven's
# target/). The first time, and whenever the application's content changed, it
#   1. writes a Payara Micro launcher with a fixed runtime directory (TARGET_DIR/payara), so that
#      the class path is the same at every start, which class-data sharing (CDS) requires;
#   2. lays the application out for a fast start (TARGET_DIR/run): the libraries move from
#      WEB-INF/lib to the JVM class path (TARGET_DIR/run/lib), where the server no longer scans
#      them at each deployment and where CDS archives every class they load; the Jakarta APIs and
#      the libraries Payara already ships (JAXB, Jackson, JBoss Logging...) are left to the server;
#   3. makes a training start (--warmup) on a throwaway data directory and records the classes it
#      loaded in TARGET_DIR/payara/passerelle.jsa.
# Then it starts the server with that archive (or, with --prepare, stops there). A failed training
# is never fatal: the server then starts the usual way, from the WAR, without an archive.
# The tests (Arquillian) deploy the ordinary WAR: this layout only changes where classes are read.
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
layout=$target/run
app=$layout/passerelle
launcher=fish.payara.micro.impl.RootDirLauncher
micro_options=(--nocluster --nohazelcast --disablephonehome --port "$port" --logproperties "$here/logging.properties")

new_runtime_directory() {
    rm -rf "$root"
    java -jar "$target/payara-micro.jar" --rootdir "$root" --outputlauncher >"$target/payara-launcher.log" 2>&1
}
if [[ ! -f $root/launch-micro.jar || $target/payara-micro.jar -nt $root/launch-micro.jar ]]; then
    new_runtime_directory
fi

# The application's libraries that leave WEB-INF/lib: $1 is a jar's file name.
#   server: Payara provides it (the Jakarta APIs, and copies of libraries it uses itself)
#   war:    stays in the WAR (H2: Payara ships an older H2, and the database files need ours;
#           Nimbus JOSE+JWT: Payara ships an older copy for MP-JWT, which must keep its own)
#   path:   goes to the JVM class path
placement() {
    case $1 in
        jakarta.*-api-*|jackson-*|snakeyaml-*|jaxb-*|txw2-*|istack-commons-*|angus-activation-*|classmate-*|jboss-logging-*)
            echo server ;;
        h2-*|nimbus-jose-jwt-*) echo war ;;
        *) echo path ;;
    esac
}

lay_out() {
    rm -rf "$layout"
    mkdir -p "$layout/lib"
    cp -r "$target/passerelle" "$app"
    local jar name
    for jar in "$app"/WEB-INF/lib/*.jar; do
        name=$(basename "$jar")
        case $(placement "$name") in
            server) rm "$jar" ;;
            path) mv "$jar" "$layout/lib/" ;;
        esac
    done
}

# Started with -cp rather than -jar, the JVM ignores the launcher manifest's Add-Opens and
# Add-Exports: pass them on the command line.
module_options() {
    unzip -p "$root/launch-micro.jar" META-INF/MANIFEST.MF | tr -d '\r' \
        | awk '/^[^ ]/ { if (line) print line; line = $0; next } { line = line substr($0, 2) } END { print line }' \
        | awk -F': ' '$1 == "Add-Opens" || $1 == "Add-Exports" {
              n = split($2, packages, " ")
              for (i = 1; i <= n; i++) print "--" tolower($1) "=" packages[i] "=ALL-UNNAMED"
          }'
}

# The libraries come before the launcher, whose manifest puts Payara's 320 runtime jars on the
# class path: a lookup of a library's class file or resource by name (Payara's deployment scan
# follows every type the application refers to, ServiceLoader, Hibernate) then stops within the
# 30 library jars instead of trying every runtime jar first. No class is in both (checked when
# this order was chosen, docs/performance.md), so the order changes where a name is found, not
# what it finds.
class_path() {
    local cp= jar
    for jar in $(cd "$layout/lib" && ls | sort); do cp=$cp$layout/lib/$jar:; done
    echo "$cp$root/launch-micro.jar"
}

# What the application is made of (the exploded WAR Maven leaves beside it): a rebuild with the
# same content keeps the layout and the archive.
# This script's own text counts too: a change of the layout or of the class path needs a new archive.
content=$( (cd "$target/passerelle" && find . -type f -print0 | sort -z | xargs -0 sha256sum; sha256sum "$here/run.sh" | cut -c1-64) \
    | sha256sum | cut -c1-64)
if [[ ! -f $archive || $(cat "$archive.content" 2>/dev/null) != "$content" || ! -d $app ]]; then
    echo "Preparing faster start-ups (once per change of the application, about a minute)..."
    new_runtime_directory   # forgets the application deployed by an earlier training
    lay_out
    training=$(mktemp -d "$target/cds-training.XXXXXX")
    PASSERELLE_DATA_DIR=$training PASSERELLE_DEMO=true \
        java "${jvm_options[@]}" $(module_options) -XX:ArchiveClassesAtExit="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -cp "$(class_path)" $launcher "${micro_options[@]}" --deploy "$app" --contextroot / --warmup \
        >"$target/cds-training.log" 2>&1 || true
    if grep -q "Passerelle is ready at" "$target/cds-training.log" && [[ -f $archive ]]; then
        echo "$content" >"$archive.content"
    else
        rm -f "$archive"
        echo "CDS training failed (see $target/cds-training.log); starting without it."
    fi
    rm -rf "$training"
fi
# for bench/startup.sh, which starts the server the same way
class_path >"$root/class-path"
module_options >"$root/module-options"

if $prepare_only; then
    exit 0
fi

# The training start left the application deployed in the runtime directory, where the launcher
# finds it again: deploying it once more would replace it, and start it twice.
if [[ -f $archive && -f $archive.content ]]; then
    exec java "${jvm_options[@]}" $(module_options) -XX:SharedArchiveFile="$archive" -Xlog:cds=off -Xlog:cds+dynamic=off \
        -cp "$(class_path)" $launcher "${micro_options[@]}"
fi
exec java "${jvm_options[@]}" -jar "$target/payara-micro.jar" "${micro_options[@]}" --deploy "$war" --contextroot /
