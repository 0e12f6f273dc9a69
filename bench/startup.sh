#!/usr/bin/env bash
# Start-up time and resident memory of Passerelle on Payara Micro, against an empty Payara Micro.
#
#   mvn -B -q package -DskipTests        # builds target/passerelle.war and target/payara-micro.jar
#   bench/startup.sh [runs]              # default 3 runs of each case
#
# Cases, each on a fresh temporary data directory (H2 + Lucene index, demo data on):
#   empty      Payara Micro with nothing deployed      ready = "Payara Micro ... ready in"
#   plain      Passerelle, empty data dir, started like empty (payara-micro.jar, no CDS archive)
#   cold       Passerelle, empty data dir, started as `mvn -Prun package` does (deploy/run.sh:
#              launcher + class-data-sharing archive)  ready = "Passerelle is ready at" (Flyway,
#              demo import and index build included)
#   warm       Passerelle again on the data dir left by "cold" (migrations done, data present)
# The CDS archive is prepared before the runs (deploy/run.sh --prepare), as a build step.
# For each: wall-clock seconds from `java` launched to ready (the ready line, and for Passerelle
# /health/ready answering 200), and the JVM's resident memory (ps -o rss) once ready, then after
# one GET of the home page.
#
# Bounded: every start has a ${BENCH_TIMEOUT:-180} s limit and is killed afterwards; the server
# listens on 127.0.0.1 only (pre-boot command), on a free port; nothing leaves the machine.
# JVM options: those of the run command (pom.xml, passerelle.jvm.options) unless JVM_OPTS is set.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-3}
TIMEOUT=${BENCH_TIMEOUT:-180}
JAR=target/payara-micro.jar
WAR=target/passerelle.war
[[ -f $JAR && -f $WAR ]] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
source bench/lib.sh bench
# CPU seconds (user + system) the JVM used so far: less sensitive than wall-clock time to other load
cpu_s() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
rss_mib() { echo $(( $(ps -o rss= -p "$1") / 1024 )); }

ROOT=target/payara
ARCHIVE=$ROOT/passerelle.jsa
# shellcheck disable=SC2086
deploy/run.sh --prepare target "$(free_port)" $JVM_OPTS
[[ -f $ARCHIVE.content ]] || { echo "no CDS archive: see target/cds-training.log" >&2; exit 1; }

# run_case NAME DATA_DIR DEPLOY(yes|no) [cds] -> prints one result line
run_case() {
    local name=$1 data=$2 deploy=$3 mode=${4:-plain} port log pattern started now elapsed cpu rss_ready rss_after
    port=$(free_port)
    log="$WORK/$name.log"
    local args=(--nocluster --nohazelcast --disablephonehome --port "$port" --prebootcommandfile "$WORK/preboot.txt"
        --logproperties deploy/logging.properties)
    local launch=(-jar "$JAR")
    if [[ $mode == cds ]]; then
        # shellcheck disable=SC2046
        launch=($(cat "$ROOT/module-options") -XX:SharedArchiveFile="$ARCHIVE" -Xlog:cds=off -Xlog:cds+dynamic=off
            -cp "$(cat "$ROOT/class-path")" fish.payara.micro.impl.RootDirLauncher)
    fi
    if [[ $deploy == yes && $mode == plain ]]; then
        args+=(--deploy "$WAR" --contextroot /)
    fi
    if [[ $deploy == yes ]]; then
        pattern='Passerelle is ready at'
    else
        pattern='Payara Micro .* ready in'
    fi
    started=$(date +%s.%N)
    # shellcheck disable=SC2086
    PASSERELLE_DATA_DIR=$data PASSERELLE_DEMO=true PASSERELLE_PUBLIC_URL=http://127.0.0.1:$port \
        java $JVM_OPTS "${launch[@]}" "${args[@]}" >"$log" 2>&1 &
    PID=$!
    while ! grep -q "$pattern" "$log"; do
        now=$(date +%s.%N)
        if ! kill -0 "$PID" 2>/dev/null; then echo "$name: the server stopped; log: $log" >&2; tail -5 "$log" >&2; exit 1; fi
        if (( $(echo "$now - $started > $TIMEOUT" | bc) )); then echo "$name: not ready in $TIMEOUT s" >&2; exit 1; fi
        sleep 0.1
    done
    if [[ $deploy == yes ]]; then
        # ready = the log line AND /health/ready answering 200 (the web module may need a moment more)
        until curl -fsS -o /dev/null "http://127.0.0.1:$port/health/ready" 2>/dev/null; do
            if (( $(echo "$(date +%s.%N) - $started > $TIMEOUT" | bc) )); then echo "$name: /health/ready never answered" >&2; exit 1; fi
            sleep 0.05
        done
    fi
    now=$(date +%s.%N)
    elapsed=$(echo "$now - $started" | bc)
    cpu=$(cpu_s "$PID")
    rss_ready=$(rss_mib "$PID")
    if [[ $deploy == yes ]]; then
        curl -fsS -o /dev/null "http://127.0.0.1:$port/"
    else
        curl -sS -o /dev/null "http://127.0.0.1:$port/health" || true
    fi
    rss_after=$(rss_mib "$PID")
    printf '%-6s ready %6.1f s   CPU %5.1f s   RSS at ready %4d MiB   after first requests %4d MiB\n' \
        "$name" "$elapsed" "$cpu" "$rss_ready" "$rss_after"
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
}

echo "JVM options: $JVM_OPTS"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for run in $(seq 1 "$RUNS"); do
    echo "run $run"
    run_case empty "$WORK/empty-$run" no
    run_case plain "$WORK/plain-$run" yes
    run_case cold "$WORK/data-$run" yes cds
    run_case warm "$WORK/data-$run" yes cds
done
