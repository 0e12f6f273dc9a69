#!/usr/bin/env bash
# Help requests under load, in PostgreSQL (issue 3, docs/performance.md "Help requests").
#
#   mvn -B -q package -DskipTests                    # builds target/passerelle.war and target/payara-micro.jar
#   bench/requests.sh [--requests N] [--seconds S] [--clients C]
#                                                    # defaults: 100000 requests seeded, 30 s a scenario, 32 clients
#
# One run, side by side on the same throwaway PostgreSQL 15 cluster:
#   1. pgbench, C clients for S s, a script doing the inserts of one REST creation (sequence, ticket,
#      its "created" history event, with the reads the server makes) -> transactions/s;
#   2. REST creation (POST /api/v1/tickets as `membre`, session cookie): closed loop, C clients for
#      S s (thread dumps of the server every 3 s); then an open loop at 500 requests/s for S s
#      (latency from the scheduled send time);
#   3. the agent queue's first page (/soutien/file.xhtml as `agent`, 50 rows of 100k) at 100 pages/s
#      for S s, and a plain servlet rendering the same 50 rows straight from JDBC, at the same rate;
#      then each one request at a time (server time); then HTTP Basic on every call (creation at C
#      clients, GET /api/v1/me against a session) to isolate the password check;
#   4. kill -9 of the server during a creation load (C clients), restart, and a psql check that every
#      request answered 201 is in the database.
# Before: the server starts once on the empty database (Flyway, demo data), then N requests are seeded
# with SQL (varied status, category, urgency, organization and requester; a message and an event each).
#
# Bounded: every wait has a limit (${BENCH_TIMEOUT:-300} s for a start); PostgreSQL and the server
# listen on 127.0.0.1 only, on free ports; both are stopped and their files removed on exit.
# JVM options: those of a production server (pom.xml, passerelle.server.jvm.options; docs/operations.md) unless JVM_OPTS is set.
# BENCH_WAR=path runs another build of the WAR (a before/after comparison with the same script).
# The closed creation loop also prints the server's CPU per creation (its JVM's user + system time
# from /proc over the requests the loop added to `ticket`), which other load on the machine barely moves.
# The plain servlet exists only with PASSERELLE_BENCH=true (set here), and answers agents only.
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=100000
SECONDS_EACH=30
CLIENTS=32
while [[ $# -gt 0 ]]; do
    case $1 in
        --requests) REQUESTS=$2; shift 2 ;;
        --seconds) SECONDS_EACH=$2; shift 2 ;;
        --clients) CLIENTS=$2; shift 2 ;;
        *) echo "usage: bench/requests.sh [--requests N] [--seconds S] [--clients C]" >&2; exit 2 ;;
    esac
done
TIMEOUT=${BENCH_TIMEOUT:-300}
JAR=target/payara-micro.jar
WAR=${BENCH_WAR:-target/passerelle.war}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[[ -f $JAR && -f $WAR ]] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[[ -x $PGBIN/initdb ]] || { echo "PostgreSQL 15 binaries not found in $PGBIN (set PGBIN)" >&2; exit 2; }
if [[ -z ${JVM_OPTS:-} ]]; then
    JVM_OPTS=$(sed -n 's:.*<passerelle.server.jvm.options>\(.*\)</passerelle.server.jvm.options>.*:\1:p' pom.xml)
fi

WORK=$(mktemp -d /tmp/passerelle-bench-requests.XXXXXX)
chmod 755 "$WORK"
RESULTS=$WORK/results.csv
SUMMARY=${BENCH_SUMMARY:-target/bench-requests.md}
PID=
PG_STARTED=false
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    if $PG_STARTED; then as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }

# --- PostgreSQL 15, throwaway cluster ---------------------------------------------------------
PG_PORT=$(free_port)
mkdir -p "$WORK/pg"
[[ $(id -u) == 0 ]] && chown postgres: "$WORK/pg"
say "PostgreSQL: initdb, port $PG_PORT"
as_pg "$PGBIN/initdb" -D "$WORK/pg/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >"$WORK/initdb.log" 2>&1
cat >>"$WORK/pg/data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $PG_PORT
unix_socket_directories = '$WORK/pg'
max_connections = 200
shared_buffers = 256MB
fsync = on
synchronous_commit = on
EOF
as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -l "$WORK/pg/server.log" -w -t 60 start >/dev/null
PG_STARTED=true
PSQL=(psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -v ON_ERROR_STOP=1 -q -X)
"${PSQL[@]}" -c "create role passerelle login password 'bench'" -c "create database passerelle owner passerelle"
DB=(psql -h 127.0.0.1 -p "$PG_PORT" -U passerelle -d passerelle -v ON_ERROR_STOP=1 -q -X -tA)

# --- Passerelle -------------------------------------------------------------------------------
APP_PORT=$(free_port)
BASE=http://127.0.0.1:$APP_PORT
echo "set configs.config.server-config.network-config.network-listeners.network-listener.http-listener.address=127.0.0.1" \
    >"$WORK/preboot.txt"
start_server() {   # $1: log name
    local log=$WORK/$1.log started=$SECONDS
    # shellcheck disable=SC2086
    PASSERELLE_DATA_DIR=$WORK/data PASSERELLE_DEMO=true PASSERELLE_BENCH=true \
        PASSERELLE_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/passerelle PASSERELLE_DB_USER=passerelle \
        PASSERELLE_DB_PASSWORD=bench PASSERELLE_PUBLIC_URL=$BASE \
        java $JVM_OPTS -jar "$JAR" --deploy "$WAR" --contextroot / --nocluster --nohazelcast --disablephonehome \
        --port "$APP_PORT" --prebootcommandfile "$WORK/preboot.txt" --logproperties deploy/logging.properties \
        >"$log" 2>&1 &
    PID=$!
    until curl -fsS -o /dev/null --max-time 5 "$BASE/health/ready" 2>/dev/null; do
        if ! kill -0 "$PID" 2>/dev/null; then say "the server stopped; log: $log"; tail -20 "$log" >&2; exit 1; fi
        if (( SECONDS - started > TIMEOUT )); then say "server not ready in $TIMEOUT s"; tail -20 "$log" >&2; exit 1; fi
        sleep 0.5
    done
    say "server ready in $(( SECONDS - started )) s"
}
say "Passerelle: first start on the empty database (Flyway, demo data), port $APP_PORT"
start_server server

# --- seed -------------------------------------------------------------------------------------
say "seeding $REQUESTS requests"
seed_started=$SECONDS
"${DB[@]}" <<EOF
-- requesters: 400 members spread over the demo's member organizations (not the support team)
insert into member (login, display_name, email, organization_id, created_at)
select 'banc-' || g, 'Membre banc ' || g, 'banc-' || g || '@example.org', o.id, now() - interval '400 days'
from generate_series(1, 400) g
join (select id, row_number() over (order by id) - 1 as k, count(*) over () as c
      from organization where network_id is not null and id not in (select m.organization_id from member m
            join member_role r on r.member_id = m.id where r.role = 'AGENT' and m.organization_id is not null)) o on o.k = g % o.c;
insert into member_role (member_id, role) select id, 'MEMBER' from member where login like 'banc-%';
create temporary table requester as
select row_number() over (order by m.id) - 1 as k, m.id as member_id, m.organization_id,
       coalesce((select min(spr.pool_id) from support_pool_region spr join support_pool_network spn
                   on spn.pool_id = spr.pool_id where spr.region_code = o.region_code and spn.network_id = o.network_id),
                (select min(p.id) from support_pool p join support_pool_network spn on spn.pool_id = p.id
                   where p.province_wide and spn.network_id = o.network_id),
                (select min(id) from support_pool where province_wide)) as pool_id
from member m join organization o on o.id = m.organization_id
where m.login like 'banc-%' or m.login in ('membre', 'membre2');
create temporary table agent as
select row_number() over (order by m.id) - 1 as k, m.id from member m
join member_role r on r.member_id = m.id and r.role in ('AGENT', 'POOL_LEAD') group by m.id;
create temporary table seed as
select g,
       (array['ACCES_MINIMUM','VISIOCONFERENCE','COLLABORATION','BUREAUTIQUE','STOCKAGE_ARCHIVAGE','COURRIEL_AGENDA',
              'SONDAGE_DECISION','ANIMATION_EN_LIGNE','COMMUNICATION_MEDIAS_SOCIAUX','SITE_WEB','SECURITE_CONFIDENTIALITE',
              'GESTION_MEMBRES_DONS','GRAPHISME_VIDEO_AUDIO','ACCESSIBILITE_FRACTURE_NUMERIQUE','TELEPHONIE',
              'TELETRAVAIL','FORMATION','AUTRE'])[1 + (g * 7) % 18] as category,
       (array['LOW','NORMAL','NORMAL','NORMAL','HIGH'])[1 + (g * 3) % 5] as urgency,
       (array['NEW','NEW','OPEN','OPEN','WAITING_ON_MEMBER','RESOLVED','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + g % 10]
           as status,
       now() - ($REQUESTS - g) * interval '5 minutes' - interval '1 hour' as created_at
from generate_series(1, $REQUESTS) g;
insert into ticket (number, subject, body, category, urgency, status, requester_id, organization_id, pool_id,
                    assignee_id, preferred_contact, reuse_consent, created_at, updated_at, first_response_at,
                    resolved_at, closed_at, first_response_due_at, resolution_due_at, version)
select 'PAS-' || nextval('ticket_number_seq'),
       'Demande ' || s.g || ' : ' || lower(replace(s.category, '_', ' ')) || ', besoin d''aide',
       'Bonjour, nous avons un souci de ' || lower(replace(s.category, '_', ' ')) || ' depuis quelques jours. '
           || 'Pouvez-vous nous aider? Demande de banc d''essai numéro ' || s.g || '.',
       s.category, s.urgency, s.status, r.member_id, r.organization_id, r.pool_id,
       case when s.status = 'NEW' then null else (select a.id from agent a where a.k = s.g % (select count(*) from agent)) end,
       case when s.g % 4 = 0 then 'PHONE' else 'EMAIL' end, s.g % 3 = 0,
       s.created_at, s.created_at + (s.g % 48) * interval '1 hour',
       case when s.status = 'NEW' then null else s.created_at + interval '2 hours' end,
       case when s.status in ('RESOLVED', 'CLOSED') then s.created_at + interval '1 day' end,
       case when s.status = 'CLOSED' then s.created_at + interval '8 days' end,
       s.created_at + interval '8 hours', s.created_at + interval '3 days', 0
from seed s join requester r on r.k = s.g % (select count(*) from requester);
insert into ticket_message (ticket_id, author_id, visibility, body, created_at)
select t.id, t.requester_id, 'PUBLIC', 'Merci, voici quelques précisions sur la demande ' || t.number || '.',
       t.created_at + interval '30 minutes'
from ticket t where t.subject like 'Demande % : %, besoin d''aide';
insert into ticket_event (ticket_id, actor_id, at, field, old_value, new_value)
select t.id, t.requester_id, t.created_at, 'created', null, t.number
from ticket t where t.subject like 'Demande % : %, besoin d''aide';
analyze ticket; analyze ticket_message; analyze ticket_event; analyze member; analyze member_role;
EOF
say "seeded in $(( SECONDS - seed_started )) s: $("${DB[@]}" -c "select count(*) from ticket") requests, \
$("${DB[@]}" -c "select count(*) from ticket where status in ('NEW','OPEN') and assignee_id is null") unassigned"

echo "label,mode,ok,errors,per_second,p50_ms,p95_ms,p99_ms" >"$RESULTS"
DRIVER=(java -XX:+UseSerialGC -Xmx256m bench/LoadDriver.java --base "$BASE" --csv "$RESULTS")
{
    echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1), $("$PGBIN/postgres" --version)"
    echo "requests seeded: $REQUESTS, $SECONDS_EACH s a scenario, $CLIENTS clients; JVM options: $JVM_OPTS"
} | tee "$WORK/header.txt"

# --- 1. pgbench -------------------------------------------------------------------------------
MEMBRE=$("${DB[@]}" -c "select id from member where login = 'membre'")
cat >"$WORK/create.sql" <<'EOF'
-- What POST /api/v1/tickets writes, as plain SQL: the requester and the pools read, the number from
-- the sequence, the request (SLA due times included) and its "created" history event.
\set k random(1, 1000000000)
BEGIN;
SELECT id, organization_id FROM member WHERE login = 'membre';
SELECT p.id, p.province_wide FROM support_pool p;
SELECT nextval('ticket_number_seq') AS n \gset
INSERT INTO ticket (number, subject, body, category, urgency, status, requester_id, organization_id, pool_id,
                    preferred_contact, reuse_consent, created_at, updated_at, first_response_due_at,
                    resolution_due_at, version)
VALUES ('PAS-' || :n, 'Banc d''essai ' || :k || ' : la visio coupe',
        'Depuis ce matin la visioconférence du conseil d''administration coupe après dix minutes. Requête ' || :k
            || ' du banc d''essai.',
        'VISIOCONFERENCE', 'NORMAL', 'NEW', :membre, (SELECT organization_id FROM member WHERE id = :membre),
        (SELECT min(id) FROM support_pool), 'EMAIL', false, now(), now(), now() + interval '8 hours',
        now() + interval '3 days', 0)
RETURNING id AS tid \gset
INSERT INTO ticket_event (ticket_id, actor_id, at, field, old_value, new_value)
VALUES (:tid, :membre, now(), 'created', NULL, 'PAS-' || :n);
END;
EOF
say "1. pgbench, $CLIENTS clients, $SECONDS_EACH s"
PGPASSWORD=bench timeout $(( SECONDS_EACH + 60 )) pgbench -h 127.0.0.1 -p "$PG_PORT" -U passerelle -n -M prepared \
    -c "$CLIENTS" -j 2 -T "$SECONDS_EACH" -D membre="$MEMBRE" -f "$WORK/create.sql" passerelle >"$WORK/pgbench.log" 2>&1 \
    || { cat "$WORK/pgbench.log" >&2; exit 1; }
PGBENCH_TPS=$(sed -n 's/^tps = \([0-9.]*\).*/\1/p' "$WORK/pgbench.log" | head -1)
PGBENCH_LAT=$(sed -n 's/^latency average = \([0-9.]*\) ms/\1/p' "$WORK/pgbench.log" | head -1)
printf '%-22s %-18s %8.1f tx/s  latency average %s ms\n' "pgbench create" "closed $CLIENTS clients" "$PGBENCH_TPS" "$PGBENCH_LAT"
echo "pgbench create,closed $CLIENTS clients,,0,$PGBENCH_TPS,,,," >>"$RESULTS"

# --- 2. REST creation -------------------------------------------------------------------------
bounded() { timeout $(( SECONDS_EACH + 120 )) "$@"; }
say "2. REST creation"
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{sub(/.*\) /, ""); print ($12 + $13) / hz}' "/proc/$PID/stat"; }
cpu_before=$(server_cpu); tickets_before=$("${DB[@]}" -c "select count(*) from ticket")
bounded "${DRIVER[@]}" --label "REST create (session)" --scenario create --user membre --password demo --auth session \
    --warmup 50 --clients "$CLIENTS" --seconds "$SECONDS_EACH" &
DRIVER_PID=$!
while kill -0 "$DRIVER_PID" 2>/dev/null; do   # a thread dump every 3 s (saved beside the summary)
    sleep 3
    jcmd "$PID" Thread.print >>"$WORK/threads.txt" 2>/dev/null || true
done
wait "$DRIVER_PID" || true
created=$(( $("${DB[@]}" -c "select count(*) from ticket") - tickets_before ))
(( created > 0 )) && say "server CPU per creation (closed loop, warm-up included, thread dumps too): $(awk -v a="$cpu_before" \
    -v b="$(server_cpu)" -v n="$created" 'BEGIN { printf "%.2f ms over %d creations", (b - a) * 1000 / n, n }')"
bounded "${DRIVER[@]}" --label "REST create (session)" --scenario create --user membre --password demo --auth session \
    --rate 500 --seconds "$SECONDS_EACH" || true
# --- 3. queue page and the plain servlet ------------------------------------------------------
say "3. agent queue, first page"
bounded "${DRIVER[@]}" --label "queue page (JSF)" --scenario get --path /soutien/file.xhtml --user agent \
    --password demo --auth session --expect 'PAS-' --warmup 30 --rate 100 --seconds "$SECONDS_EACH" || true
bounded "${DRIVER[@]}" --label "queue plain servlet" --scenario get --path /bench/file-brute --user agent \
    --password demo --auth session --expect 'PAS-' --warmup 30 --rate 100 --seconds "$SECONDS_EACH" || true
bounded "${DRIVER[@]}" --label "queue page (JSF)" --scenario get --path /soutien/file.xhtml --user agent \
    --password demo --auth session --expect 'PAS-' --clients 1 --seconds "$SECONDS_EACH" || true
bounded "${DRIVER[@]}" --label "queue plain servlet" --scenario get --path /bench/file-brute --user agent \
    --password demo --auth session --expect 'PAS-' --clients 1 --seconds "$SECONDS_EACH" || true
# HTTP Basic on every call checks the password (PBKDF2, 210,000 iterations) each time: long timeout
bounded "${DRIVER[@]}" --label "REST create (Basic)" --scenario create --user membre --password demo --auth basic \
    --clients "$CLIENTS" --seconds "$SECONDS_EACH" --timeout 60 || true
bounded "${DRIVER[@]}" --label "GET /api/v1/me (Basic)" --scenario get --path /api/v1/me --user membre \
    --password demo --auth basic --clients 1 --seconds "$SECONDS_EACH" --timeout 60 || true
bounded "${DRIVER[@]}" --label "GET /api/v1/me (session)" --scenario get --path /api/v1/me --user membre \
    --password demo --auth session --clients 1 --seconds "$SECONDS_EACH" || true
MEMBER_STATUS=$(curl -s -o /dev/null -w '%{http_code}' -u membre:demo --max-time 10 "$BASE/bench/file-brute")
echo "plain servlet as a member (not an agent): HTTP $MEMBER_STATUS (403 expected)"

# --- 4. kill -9 during the creation load ------------------------------------------------------
say "4. kill -9 during creation"
# kill -9 once ${KILL_AT:-100} requests were answered 201 (or after 3 x S s): every answer is written down
# by the driver the moment it arrives
KILL_AT=${KILL_AT:-100}
"${DRIVER[@]}" --label "create until kill -9" --scenario create --user membre --password demo --auth session \
    --clients "$CLIENTS" --seconds $(( SECONDS_EACH * 3 + 30 )) --timeout 5 --record "$WORK/answered.txt" \
    >"$WORK/kill-driver.txt" 2>&1 &
DRIVER_PID=$!
kill_started=$SECONDS
until [[ -f $WORK/answered.txt ]] && (( $(wc -l <"$WORK/answered.txt") >= KILL_AT )); do
    (( SECONDS - kill_started < SECONDS_EACH * 3 )) || break
    sleep 0.2
done
kill -9 "$PID"
wait "$PID" 2>/dev/null || true
PID=
say "server killed after $(( SECONDS - kill_started )) s of load, $(wc -l <"$WORK/answered.txt" 2>/dev/null || echo 0) answered 201 so far"
sleep 3   # the answers in flight fail now: the server is gone
kill "$DRIVER_PID" 2>/dev/null || true
wait "$DRIVER_PID" 2>/dev/null || true
start_server restart
ANSWERED=$(grep -c . "$WORK/answered.txt" || true)
if (( ANSWERED > 0 )); then
    "${DB[@]}" -c "create temporary table answered (number varchar(20));" \
        -c "\\copy answered from '$WORK/answered.txt'" \
        -c "select count(*) from answered a join ticket t on t.number = a.number" >"$WORK/found.txt"
    FOUND=$(tail -1 "$WORK/found.txt")
else
    FOUND=0
fi
MISSING=$(( ANSWERED - FOUND ))
echo "kill -9: answered 201 $ANSWERED, found in the database after restart $FOUND, missing $MISSING"

# --- summary ----------------------------------------------------------------------------------
mkdir -p "$(dirname "$SUMMARY")"
{
    echo "# bench/requests.sh --requests $REQUESTS --seconds $SECONDS_EACH --clients $CLIENTS"
    echo
    sed 's/^/    /' "$WORK/header.txt"
    echo
    echo "| scenario | mode | ok | errors | per second | p50 ms | p95 ms | p99 ms |"
    echo "|---|---|---|---|---|---|---|---|"
    tail -n +2 "$RESULTS" | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }'
    echo
    echo "kill -9: answered 201 $ANSWERED, found $FOUND, missing $MISSING"
} >"$SUMMARY"
cp "$WORK/threads.txt" "${SUMMARY%.md}-threads.txt" 2>/dev/null || true
say "summary written to $SUMMARY"
(( MISSING == 0 )) || { echo "FAILED: $MISSING requests answered 201 are missing" >&2; exit 1; }
