#!/usr/bin/env bash
# Search under load, in PostgreSQL (issue 5 "Search that forgives", docs/performance.md "Search").
#
#   mvn -B -q package -DskipTests                    # builds target/passerelle.war and target/payara-micro.jar
#   bench/search.sh [--entries N] [--messages M] [--seconds S] [--rate R] [--create-rate C]
#       defaults: 100000 toolbox entries, 1000000 request messages (10 per request, so M/10 requests),
#       load test of 300 s at 200 searches/s + 20 creations/s
#   bench/search.sh --entries 2000 --messages 20000 --seconds 10       # small functional run
#   other knobs: --runs (engine calls per term, 30), --sql-runs (SQL runs per term, 5),
#                --http-seconds (1-client HTTP run per term class, 15), --sat-seconds (60), --sat-clients (16)
#
# One run, on one throwaway PostgreSQL 15 cluster and one Passerelle (real Payara Micro, real HTTP):
#   1. the server starts on the empty database (Flyway, demo data), PASSERELLE_BENCH=true;
#   2. seed with SQL (generate_series): the words of the demo toolbox and requests make a vocabulary; 100k
#      "sentences" of 6 to 14 of those words are drawn with a skewed law (a few words very common, most
#      rare), plus 300 words kept out of the draw and put in one sentence each (the rare terms); N toolbox
#      entries (title, summary, a body of 6 sentences; kind, category, facets and tags copied from the demo
#      entries) and M/10 requests with 10 messages each (1 in 5 an internal note), routed like real ones;
#      then ANALYZE;
#   3. the search index is rebuilt by the application's own mass indexer (POST /api/v1/search/index as
#      admin, what deploy/reindex.sh does), timed;
#   4. per term class (rare, medium, common; 3 terms each, chosen by how many sentences hold them), for the
#      toolbox and for the requests (as `agent`): engine time in the server (/bench/search-engine, the
#      search service called R times in a row; elapsed and CPU time of each call), end-to-end HTTP over GET /api/v1/search (1 client), and the
#      same words answered by PostgreSQL with ILIKE '%term%' and with a tsvector GIN index + ts_rank
#      (french configuration; 20 best with the total, like the search) timed by psql;
#   5. an open-loop load (bench/LoadDriver.java, JDK HttpClient, latency from each request's scheduled
#      send time, no coordinated omission): R searches/s (the 18 queries in turn, half toolbox, half
#      requests, as `agent`) and C creations/s (POST /api/v1/tickets as `membre`) at once for S s, with the
#      freshness probe running meanwhile; then closed loops to find the saturation throughput;
#   6. freshness (bench/Freshness.java): a new request's unique word searched every 5 ms until found,
#      during the load and on the idle server;
#   7. the summary goes to target/bench-search.md (load averages beside the figures).
#
# Bounded: every wait has a limit (${BENCH_TIMEOUT:-300} s for a start, the rebuild 1800 s); PostgreSQL and the
# server listen on 127.0.0.1 only, on free ports; both are stopped and their files removed on exit.
# JVM options: those of a production server (pom.xml, passerelle.server.jvm.options; docs/operations.md) unless JVM_OPTS is set; BENCH_WAR runs another build.
# Search settings of the server can be passed in the environment (PASSERELLE_SEARCH_*, README).
set -euo pipefail
cd "$(dirname "$0")/.."

ENTRIES=100000
MESSAGES=1000000
LOAD_SECONDS=300
RATE=200
CREATE_RATE=20
RUNS=30
SQL_RUNS=5
HTTP_SECONDS=15
SAT_SECONDS=60
SAT_CLIENTS=16
usage() { echo "usage: bench/search.sh [--entries N] [--messages M] [--seconds S] [--rate R] [--create-rate C]" \
    "[--runs N] [--sql-runs N] [--http-seconds S] [--sat-seconds S] [--sat-clients C]" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
    [[ $# -ge 2 ]] || usage
    case $1 in
        --entries) ENTRIES=$2 ;;
        --messages) MESSAGES=$2 ;;
        --seconds) LOAD_SECONDS=$2 ;;
        --rate) RATE=$2 ;;
        --create-rate) CREATE_RATE=$2 ;;
        --runs) RUNS=$2 ;;
        --sql-runs) SQL_RUNS=$2 ;;
        --http-seconds) HTTP_SECONDS=$2 ;;
        --sat-seconds) SAT_SECONDS=$2 ;;
        --sat-clients) SAT_CLIENTS=$2 ;;
        *) usage ;;
    esac
    shift 2
done
PER_TICKET=10
TICKETS=$(( MESSAGES / PER_TICKET ))
SENTENCES=$(( ENTRIES < 1000 ? 1000 : ENTRIES ))
TIMEOUT=${BENCH_TIMEOUT:-300}
JAR=target/payara-micro.jar
WAR=${BENCH_WAR:-target/passerelle.war}
PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
[[ -f $JAR && -f $WAR ]] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
[[ -x $PGBIN/initdb ]] || { echo "PostgreSQL 15 binaries not found in $PGBIN (set PGBIN)" >&2; exit 2; }
if [[ -z ${JVM_OPTS:-} ]]; then
    JVM_OPTS=$(sed -n 's:.*<passerelle.server.jvm.options>\(.*\)</passerelle.server.jvm.options>.*:\1:p' pom.xml)
fi

WORK=$(mktemp -d /tmp/passerelle-bench-search.XXXXXX)
chmod 755 "$WORK"
RESULTS=$WORK/results.csv
SUMMARY=${BENCH_SUMMARY:-target/bench-search.md}
PID=
LOAD_PID=
PG_STARTED=false
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    if [[ -n $LOAD_PID ]]; then kill "$LOAD_PID" 2>/dev/null || true; fi
    if [[ -n $PID ]] && kill -0 "$PID" 2>/dev/null; then kill "$PID" 2>/dev/null || true; wait "$PID" 2>/dev/null || true; fi
    if $PG_STARTED; then as_pg "$PGBIN/pg_ctl" -D "$WORK/pg/data" -m immediate -w -t 30 stop >/dev/null 2>&1 || true; fi
    if [[ -n ${KEEP_LOG:-} && -f $WORK/server.log ]]; then cp "$WORK/server.log" "$KEEP_LOG"; fi
    rm -rf "$WORK"
}
trap cleanup EXIT
trap "exit 130" INT TERM

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
say() { printf '[%s] %s\n' "$(date -u +%H:%M:%S)" "$*" >&2; }
load() { cut -d' ' -f1-3 /proc/loadavg; }
# CPU seconds (user + system) the server JVM has used so far: robust to the machine's other load
server_cpu() { awk -v hz="$(getconf CLK_TCK)" '{ sub(/^.*\) /, ""); printf "%.1f", ($12 + $13) / hz }' "/proc/$PID/stat"; }
now() { date +%s.%N; }
urlencode() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$1"; }
# percentiles of numbers (one per line, in ms) on stdin: "n p50 p95 p99 max"
stats() { python3 -c '
import math, sys
v = sorted(float(x) for x in sys.stdin.read().split())
def p(q): return v[max(0, min(len(v) - 1, math.ceil(q * len(v)) - 1))] if v else float("nan")
print("%d %.2f %.2f %.2f %.2f" % (len(v), p(.5), p(.95), p(.99), v[-1] if v else float("nan")))'; }

# 3 thread dumps of the server's request threads, 2 s apart, appended to threads.txt under a title
dumps() {
    for _ in 1 2 3; do
        sleep 2
        { echo "=== $1 $(date -u +%H:%M:%S)"; jcmd "$PID" Thread.print 2>/dev/null; } >>"$WORK/threads.txt" || true
    done
}
# waits (at most 600 s) until a search answers within 2 s: the backlog of an open loop is served first
drain() {
    local started=$SECONDS t
    while (( SECONDS - started < 600 )); do
        t=$(curl -s -o /dev/null -w '%{time_total}' --max-time 30 "$BASE/api/v1/search?q=visio" || echo 99)
        python3 -c "import sys; sys.exit(0 if float(sys.argv[1]) < 2 else 1)" "$t" && break
        sleep 2
    done
    say "server drained in $(( SECONDS - started )) s"
}

# the load average every 10 s, for the summary
( while true; do echo "$(date -u +%H:%M:%S) $(load)" >>"$WORK/load.txt"; sleep 10; done ) &
LOAD_PID=$!

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
shared_buffers = 512MB
work_mem = 32MB
maintenance_work_mem = 256MB
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
say "Passerelle: first start on the empty database (Flyway, demo data), port $APP_PORT"
started=$SECONDS
# shellcheck disable=SC2086
PASSERELLE_DATA_DIR=$WORK/data PASSERELLE_DEMO=true PASSERELLE_BENCH=true \
    PASSERELLE_DB_URL=jdbc:postgresql://127.0.0.1:$PG_PORT/passerelle PASSERELLE_DB_USER=passerelle \
    PASSERELLE_DB_PASSWORD=bench PASSERELLE_PUBLIC_URL=$BASE \
    java $JVM_OPTS -jar "$JAR" --deploy "$WAR" --contextroot / --nocluster --nohazelcast --disablephonehome \
    --port "$APP_PORT" --prebootcommandfile "$WORK/preboot.txt" --logproperties deploy/logging.properties \
    >"$WORK/server.log" 2>&1 &
PID=$!
until curl -fsS -o /dev/null --max-time 5 "$BASE/health/ready" 2>/dev/null; do
    if ! kill -0 "$PID" 2>/dev/null; then say "the server stopped"; tail -20 "$WORK/server.log" >&2; exit 1; fi
    if (( SECONDS - started > TIMEOUT )); then say "server not ready in $TIMEOUT s"; tail -20 "$WORK/server.log" >&2; exit 1; fi
    sleep 0.5
done
say "server ready in $(( SECONDS - started )) s"

# --- seed -------------------------------------------------------------------------------------
say "seeding: $SENTENCES sentences, $ENTRIES toolbox entries, $TICKETS requests with $PER_TICKET messages each"
seed_started=$(now)
FIRST_TICKET=$("${DB[@]}" -c "select coalesce(max(id), 0) from ticket")
"${DB[@]}" -v sentences="$SENTENCES" -v entries="$ENTRIES" -v tickets="$TICKETS" -v per_ticket="$PER_TICKET" \
    -v first_ticket="$FIRST_TICKET" >"$WORK/seed.log" <<'EOF'
create schema bench;
-- the vocabulary: the words of the demo toolbox and requests (4 letters or more, not the words the search drops)
create table bench.vocab_all as
select w, count(*) as n from (
    select regexp_split_to_table(lower(coalesce(title, '') || ' ' || coalesce(summary, '') || ' ' || coalesce(body, '')),
                                 '[^a-zàâäçéèêëîïôöùûüÿœæ]+') as w from toolbox_entry
    union all select regexp_split_to_table(lower(subject || ' ' || body), '[^a-zàâäçéèêëîïôöùûüÿœæ]+') from ticket
    union all select regexp_split_to_table(lower(body), '[^a-zàâäçéèêëîïôöùûüÿœæ]+') from ticket_message
) x
where length(w) >= 4 and w not in ('comment', 'notre', 'votre', 'quelle', 'avec', 'dans', 'pour', 'sans', 'quoi',
                                    'quel', 'leur', 'https', 'http', 'html', 'that', 'this', 'with', 'your', 'from')
group by w;
-- rare terms: 300 words that occur once in the demo texts, kept out of the draw, each put into one sentence
create table bench.rare as
select row_number() over (order by md5(w)) as r, w
from (select w from bench.vocab_all where n = 1 and length(w) >= 7 order by md5(w) limit 300) x;
create table bench.vocab as
select (row_number() over (order by n desc, w) - 1)::int as k, w
from bench.vocab_all where w not in (select w from bench.rare);
alter table bench.vocab add primary key (k);
select count(*) as vocab from bench.vocab \gset
-- sentences of 6 to 14 words; word k drawn with probability ~ k^(-2/3) (power(random(), 3)): a few very common
create table bench.pick as
select s, i, floor(power(random(), 3) * :vocab)::int as k
from generate_series(1, :sentences) s, lateral generate_series(1, 6 + s % 9) i;
create table bench.sentence as
select p.s, string_agg(v.w, ' ' order by p.i) as text from bench.pick p join bench.vocab v using (k) group by p.s;
alter table bench.sentence add primary key (s);
update bench.sentence t set text = t.text || ' ' || r.w from bench.rare r where t.s = r.r * (:sentences / 300);
drop table bench.pick;

-- toolbox entries: title (first 5 words of a sentence), summary (1 sentence), body (6 sentences)
create temporary table template as select row_number() over (order by id) - 1 as k, * from toolbox_entry;
select count(*) as templates from template \gset
create table bench.entry_pick as
select g, j, 1 + floor(random() * :sentences)::int as s from generate_series(1, :entries) g, generate_series(1, 8) j;
create table bench.entry_text as
select p.g,
       max(case when p.j = 1 then array_to_string((string_to_array(t.text, ' '))[1:5], ' ') end) as title,
       max(case when p.j = 2 then t.text end) || '.' as summary,
       string_agg(case when p.j >= 3 then upper(left(t.text, 1)) || substr(t.text, 2) || '.' end, ' ' order by p.j) as body
from bench.entry_pick p join bench.sentence t using (s) group by p.g;
drop table bench.entry_pick;
with inserted as (
    insert into toolbox_entry (slug, kind, title, category, summary, body, license_kind, cost_for_nonprofits,
                               hosting_options, data_location_notes, french_ui, alternative_to, website, difficulty,
                               audience, published, created_at, updated_at, last_reviewed_at, version)
    select 'banc-essai-' || e.g, t.kind, upper(left(e.title, 1)) || substr(e.title, 2), t.category, e.summary, e.body,
           t.license_kind, t.cost_for_nonprofits, t.hosting_options, t.data_location_notes, t.french_ui,
           t.alternative_to, t.website, t.difficulty, t.audience, true, now() - e.g * interval '1 minute',
           now() - e.g * interval '1 minute', now() - e.g * interval '1 minute', 0
    from bench.entry_text e join template t on t.k = e.g % :templates
    returning id, slug)
insert into toolbox_entry_tag (entry_id, tag_id)
select i.id, tt.tag_id from inserted i join template t on t.k = split_part(i.slug, '-', 3)::int % :templates
join toolbox_entry_tag tt on tt.entry_id = t.id;
drop table bench.entry_text;

-- requests: 400 requesters over the demo's member organizations, routed like bench/requests.sh does
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
create table bench.ticket_pick as
select g, 1 + floor(random() * :sentences)::int as s1, 1 + floor(random() * :sentences)::int as s2,
       1 + floor(random() * :sentences)::int as s3,
       (array['ACCES_MINIMUM','VISIOCONFERENCE','COLLABORATION','BUREAUTIQUE','STOCKAGE_ARCHIVAGE','COURRIEL_AGENDA',
              'SONDAGE_DECISION','ANIMATION_EN_LIGNE','COMMUNICATION_MEDIAS_SOCIAUX','SITE_WEB','SECURITE_CONFIDENTIALITE',
              'GESTION_MEMBRES_DONS','GRAPHISME_VIDEO_AUDIO','ACCESSIBILITE_FRACTURE_NUMERIQUE','TELEPHONIE',
              'TELETRAVAIL','FORMATION','AUTRE'])[1 + (g * 7) % 18] as category,
       (array['LOW','NORMAL','NORMAL','NORMAL','HIGH'])[1 + (g * 3) % 5] as urgency,
       (array['NEW','NEW','OPEN','OPEN','WAITING_ON_MEMBER','RESOLVED','CLOSED','CLOSED','CLOSED','CLOSED'])[1 + g % 10]
           as status,
       now() - (:tickets - g) * interval '5 minutes' - interval '1 hour' as created_at
from generate_series(1, :tickets) g;
insert into ticket (number, subject, body, category, urgency, status, requester_id, organization_id, pool_id,
                    assignee_id, preferred_contact, reuse_consent, created_at, updated_at, first_response_at,
                    resolved_at, closed_at, first_response_due_at, resolution_due_at, version)
select 'PAS-' || nextval('ticket_number_seq'),
       upper(left(a.text, 1)) || substr(array_to_string((string_to_array(a.text, ' '))[1:7], ' '), 2),
       'Bonjour, ' || b.text || '. ' || upper(left(c.text, 1)) || substr(c.text, 2) || '. Pouvez-vous nous aider?',
       s.category, s.urgency, s.status, r.member_id, r.organization_id, r.pool_id,
       case when s.status = 'NEW' then null else (select ag.id from agent ag where ag.k = s.g % (select count(*) from agent)) end,
       case when s.g % 4 = 0 then 'PHONE' else 'EMAIL' end, s.g % 3 = 0,
       s.created_at, s.created_at + (s.g % 48) * interval '1 hour',
       case when s.status = 'NEW' then null else s.created_at + interval '2 hours' end,
       case when s.status in ('RESOLVED', 'CLOSED') then s.created_at + interval '1 day' end,
       case when s.status = 'CLOSED' then s.created_at + interval '8 days' end,
       s.created_at + interval '8 hours', s.created_at + interval '3 days', 0
from bench.ticket_pick s join requester r on r.k = s.g % (select count(*) from requester)
join bench.sentence a on a.s = s.s1 join bench.sentence b on b.s = s.s2 join bench.sentence c on c.s = s.s3;
drop table bench.ticket_pick;
insert into ticket_event (ticket_id, actor_id, at, field, old_value, new_value)
select t.id, t.requester_id, t.created_at, 'created', null, t.number from ticket t where t.id > :first_ticket;
-- messages: per_ticket a request, 2 sentences each, every 5th an internal note by the assignee
insert into ticket_message (ticket_id, author_id, visibility, body, created_at)
select p.id, case when p.j % 5 = 0 and p.assignee_id is not null then p.assignee_id else p.requester_id end,
       case when p.j % 5 = 0 and p.assignee_id is not null then 'INTERNAL' else 'PUBLIC' end,
       upper(left(a.text, 1)) || substr(a.text, 2) || '. ' || upper(left(b.text, 1)) || substr(b.text, 2) || '.',
       p.created_at + p.j * interval '1 hour'
from (select t.id, t.requester_id, t.assignee_id, t.created_at, j,
             1 + floor(random() * :sentences)::int as s1, 1 + floor(random() * :sentences)::int as s2
      from ticket t, generate_series(1, :per_ticket) j where t.id > :first_ticket) p
join bench.sentence a on a.s = p.s1 join bench.sentence b on b.s = p.s2;
analyze toolbox_entry; analyze toolbox_entry_tag; analyze ticket; analyze ticket_message; analyze ticket_event;
analyze member; analyze member_role;
EOF
SEED_SECONDS=$(python3 -c "print('%.1f' % ($(now) - $seed_started))")
COUNTS=$("${DB[@]}" -c "select (select count(*) from toolbox_entry) || ' toolbox entries, ' || (select count(*) from ticket)
    || ' requests, ' || (select count(*) from ticket_message) || ' messages, '
    || pg_size_pretty(pg_database_size('passerelle')) || ' database'")
say "seeded in $SEED_SECONDS s: $COUNTS"

# --- the same documents for PostgreSQL's own full-text search --------------------------------
say "PostgreSQL full-text: tsvector (french) + GIN index"
fts_started=$(now)
"${DB[@]}" >>"$WORK/seed.log" <<'EOF'
create table bench.entry_doc as
select id, setweight(to_tsvector('french', title), 'A') || setweight(to_tsvector('french', coalesce(summary, '')), 'B')
           || setweight(to_tsvector('french', coalesce(body, '')), 'D') as tsv
from toolbox_entry where published;
create index entry_doc_tsv on bench.entry_doc using gin (tsv);
-- one document per request, like the search index: subject, description and every message
create table bench.ticket_doc as
select t.id, t.subject || ' ' || t.body || ' ' || coalesce(m.text, '') as doc,
       setweight(to_tsvector('french', t.subject), 'A')
           || setweight(to_tsvector('french', t.body || ' ' || coalesce(m.text, '')), 'D') as tsv
from ticket t left join (select ticket_id, string_agg(body, ' ' order by id) as text from ticket_message
                         group by ticket_id) m on m.ticket_id = t.id;
create index ticket_doc_tsv on bench.ticket_doc using gin (tsv);
analyze bench.entry_doc; analyze bench.ticket_doc;
EOF
FTS_SECONDS=$(python3 -c "print('%.1f' % ($(now) - $fts_started))")
say "tsvector tables and GIN indexes in $FTS_SECONDS s"

# --- terms: rare, medium, common --------------------------------------------------------------
"${DB[@]}" -F ' ' >"$WORK/terms.txt" <<'EOF'
create temporary table df as
select w, count(distinct s) as n from (select s, regexp_split_to_table(text, ' ') as w from bench.sentence) x group by w;
(select 'rare', w from bench.rare order by r limit 3);
(select 'medium', w from df where length(w) >= 5 order by abs(n - (select count(*) from bench.sentence) / 500), w limit 3);
(select 'common', w from df where length(w) >= 5 order by n desc, w limit 3);
EOF
say "terms: $(tr '\n' ' ' <"$WORK/terms.txt")"

# --- mass indexing ----------------------------------------------------------------------------
say "mass indexing (POST /api/v1/search/index as admin)"
HEADER_LOAD=$(load)
index_cpu_start=$(server_cpu)
index_started=$(now)
status=$(curl -sS -o "$WORK/reindex.json" -w '%{http_code}' -X POST -u admin:demo --max-time 60 "$BASE/api/v1/search/index")
[[ $status == 202 ]] || { say "rebuild refused: HTTP $status $(cat "$WORK/reindex.json")"; exit 1; }
index_load_start=$(load)
while true; do
    body=$(curl -fsS -u admin:demo --max-time 30 "$BASE/api/v1/search/index")
    case $body in
        *'"state":"done"'*) break ;;
        *'"state":"failed"'*) say "rebuild failed: $body"; exit 1 ;;
    esac
    if python3 -c "import sys; sys.exit(0 if $(now) - $index_started > 1800 else 1)"; then say "rebuild not done in 1800 s"; exit 1; fi
    sleep 0.5
done
INDEX_SECONDS=$(python3 -c "print('%.1f' % ($(now) - $index_started))")
INDEX_LOG=$(grep -o 'search index rebuilt: [0-9]* documents in [0-9]* ms' "$WORK/server.log" | tail -1 || true)
INDEX_LOAD="$index_load_start → $(load)"
INDEX_CPU=$(python3 -c "print('%.1f' % ($(server_cpu) - $index_cpu_start))")
say "rebuilt in $INDEX_SECONDS s ($INDEX_LOG), $INDEX_CPU s of server CPU; $body"
INDEX_COUNTS=$body

echo "label,mode,ok,errors,per_second,p50_ms,p95_ms,p99_ms" >"$RESULTS"
DRIVER=(java -XX:+UseSerialGC -Xmx256m bench/LoadDriver.java --base "$BASE" --csv "$RESULTS")
{
    echo "machine: $(nproc) cores, load $HEADER_LOAD before indexing, $(java -version 2>&1 | head -1), $("$PGBIN/postgres" --version)"
    echo "data: $COUNTS; seeded in $SEED_SECONDS s; tsvector + GIN in $FTS_SECONDS s; JVM options: $JVM_OPTS"
} | tee "$WORK/header.txt"

# --- 4. latency per term class ----------------------------------------------------------------
: >"$WORK/latency.txt"    # type class method n p50 p95 p99 max load
for type in toolbox tickets; do
    for class in rare medium common; do
        : >"$WORK/paths-$type-$class.txt"
        for term in $(awk -v c="$class" '$1 == c { print $2 }' "$WORK/terms.txt"); do
            echo "/api/v1/search?type=$type&q=$(urlencode "$term")" >>"$WORK/paths-$type-$class.txt"
        done
    done
done
say "4a. engine time in the server (/bench/search-engine, $RUNS calls per term)"
for type in toolbox tickets; do
    for class in rare medium common; do
        : >"$WORK/engine.txt"
        : >"$WORK/engine-cpu.txt"
        totals=
        for term in $(awk -v c="$class" '$1 == c { print $2 }' "$WORK/terms.txt"); do
            url="$BASE/bench/search-engine?type=$type&q=$(urlencode "$term")"
            curl -fsS -u agent:demo --max-time 300 "$url&n=5" >/dev/null || true   # warm-up, not counted
            dump_pid=
            if [[ $class == common ]]; then dumps "engine $type $term" & dump_pid=$!; fi
            curl -fsS -u agent:demo --max-time 900 "$url&n=$RUNS" >"$WORK/engine-one.txt" \
                || say "engine call failed: $type $term"
            [[ -z $dump_pid ]] || wait "$dump_pid" || true
            grep -v total "$WORK/engine-one.txt" | awk '{ printf "%.3f\n", $1 / 1000 }' >>"$WORK/engine.txt"
            grep -v total "$WORK/engine-one.txt" | awk 'NF > 1 { printf "%.3f\n", $2 / 1000 }' >>"$WORK/engine-cpu.txt"
            totals="$totals $term=$(sed -n 's/^total //p' "$WORK/engine-one.txt")"
        done
        echo "$type $class engine $(stats <"$WORK/engine.txt") $(load | cut -d' ' -f1)" >>"$WORK/latency.txt"
        [[ ! -s $WORK/engine-cpu.txt ]] \
            || echo "$type $class cpu $(stats <"$WORK/engine-cpu.txt") $(load | cut -d' ' -f1)" >>"$WORK/latency.txt"
        echo "$type $class hits:$totals" >>"$WORK/hits.txt"
        say "  $type $class: $(tail -1 "$WORK/latency.txt"); hits:$totals"
    done
done
say "4b. end-to-end HTTP, GET /api/v1/search as agent (session), 1 client, $HTTP_SECONDS s per class"
for type in toolbox tickets; do
    for class in rare medium common; do
        timeout $(( HTTP_SECONDS + 120 )) "${DRIVER[@]}" --label "HTTP $type $class" --scenario get \
            --paths "$WORK/paths-$type-$class.txt" --user agent --password demo --auth session --expect '"total"' \
            --warmup 9 --clients 1 --seconds "$HTTP_SECONDS" | tee -a "$WORK/http.txt" || true
        tail -1 "$RESULTS" | awk -F, -v t="$type" -v c="$class" -v l="$(load | cut -d' ' -f1)" \
            '{ printf "%s %s http %s %s %s %s - %s\n", t, c, $3, $6, $7, $8, l }' >>"$WORK/latency.txt"
    done
done
say "4c. the same words in PostgreSQL: ILIKE '%term%' and tsvector + ts_rank, $SQL_RUNS runs per term"
sql_for() {   # $1 type, $2 method, $3 term: the query, 20 best with the total, like the search answers
    local t=${3//\'/\'\'}
    case $1-$2 in
        toolbox-ilike) echo "select id, title, count(*) over () from toolbox_entry where published and (title ilike '%$t%'
            or summary ilike '%$t%' or body ilike '%$t%' or alternative_to ilike '%$t%') order by updated_at desc limit 20;" ;;
        tickets-ilike) echo "select id, count(*) over () from bench.ticket_doc where doc ilike '%$t%' order by id desc limit 20;" ;;
        toolbox-tsrank) echo "select d.id, ts_rank(d.tsv, q) as r, count(*) over () from bench.entry_doc d,
            plainto_tsquery('french', '$t') q where d.tsv @@ q order by r desc limit 20;" ;;
        tickets-tsrank) echo "select d.id, ts_rank(d.tsv, q) as r, count(*) over () from bench.ticket_doc d,
            plainto_tsquery('french', '$t') q where d.tsv @@ q order by r desc limit 20;" ;;
    esac
}
for type in toolbox tickets; do
    for method in ilike tsrank; do
        for class in rare medium common; do
            {
                echo '\o /dev/null'
                for term in $(awk -v c="$class" '$1 == c { print $2 }' "$WORK/terms.txt"); do
                    sql_for "$type" "$method" "$term"     # warm-up (cache), not timed
                    echo '\timing on'
                    for (( i = 0; i < SQL_RUNS; i++ )); do sql_for "$type" "$method" "$term"; done
                    echo '\timing off'
                done
            } >"$WORK/q.sql"
            timeout 1800 "${DB[@]}" -f "$WORK/q.sql" | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' >"$WORK/sql-times.txt"
            echo "$type $class $method $(stats <"$WORK/sql-times.txt") $(load | cut -d' ' -f1)" >>"$WORK/latency.txt"
            say "  $(tail -1 "$WORK/latency.txt")"
        done
    done
done
for type in toolbox tickets; do
    for term in $(awk '{ print $2 }' "$WORK/terms.txt"); do
        for method in ilike tsrank; do
            n=$("${DB[@]}" -c "select coalesce(max(count), 0) from ($(sql_for "$type" "$method" "$term" | tr -d ';')) x")
            echo "$type $term $method $n" >>"$WORK/sql-hits.txt"
        done
    done
done

# --- 5. load: searches and creations at once, then saturation ---------------------------------
paste -d '\n' "$WORK"/paths-toolbox-{rare,medium,common}.txt "$WORK"/paths-tickets-{rare,medium,common}.txt \
    | grep . >"$WORK/paths-mixed.txt"
say "5a. open loop for $LOAD_SECONDS s: $RATE searches/s (toolbox and requests in turn) + $CREATE_RATE creations/s"
LOAD_BEFORE=$(load)
# no warm-up here (the phases above warmed the server up); the bound leaves room for the last requests' timeouts
timeout $(( LOAD_SECONDS + 300 )) "${DRIVER[@]}" --label "search under load" --scenario get --paths "$WORK/paths-mixed.txt" \
    --user agent --password demo --auth session --expect '"total"' --rate "$RATE" \
    --seconds "$LOAD_SECONDS" >"$WORK/load-search.txt" 2>&1 &
SEARCH_PID=$!
timeout $(( LOAD_SECONDS + 300 )) "${DRIVER[@]}" --label "create under load" --scenario create --user membre \
    --password demo --auth session --rate "$CREATE_RATE" --seconds "$LOAD_SECONDS" >"$WORK/load-create.txt" 2>&1 &
CREATE_PID=$!
sleep $(( LOAD_SECONDS / 3 + 1 ))
dumps "under load"
timeout 120 java -Xmx128m bench/Freshness.java "$BASE" 20 >"$WORK/fresh-load.txt" 2>&1 || true
wait "$SEARCH_PID" || true
wait "$CREATE_PID" || true
LOAD_AFTER=$(load)
LOAD_DURING=$(awk -v from="$(date -u -d "-$(( LOAD_SECONDS + 60 ))sec" +%H:%M:%S)" '$1 >= from { print $2 }' "$WORK/load.txt" \
    | sort -n | sed -n '1p;$p' | tr '\n' ' ')
cat "$WORK/load-search.txt" "$WORK/load-create.txt" "$WORK/fresh-load.txt"
drain
say "5b. saturation: closed loops of searches, ${SAT_SECONDS} s each"
for clients in 4 "$SAT_CLIENTS"; do
    timeout $(( SAT_SECONDS + 120 )) "${DRIVER[@]}" --label "search saturation" --scenario get \
        --paths "$WORK/paths-mixed.txt" --user agent --password demo --auth session --expect '"total"' \
        --clients "$clients" --seconds "$SAT_SECONDS" | tee -a "$WORK/sat.txt" || true
    drain
    echo "$clients $(load | cut -d' ' -f1)" >>"$WORK/sat-load.txt"
done
for type in toolbox tickets; do
    cat "$WORK"/paths-"$type"-*.txt >"$WORK/paths-$type.txt"
    timeout $(( SAT_SECONDS + 120 )) "${DRIVER[@]}" --label "saturation $type only" --scenario get \
        --paths "$WORK/paths-$type.txt" --user agent --password demo --auth session --expect '"total"' \
        --clients "$SAT_CLIENTS" --seconds "$SAT_SECONDS" | tee -a "$WORK/sat.txt" || true
    drain
    echo "$type $(load | cut -d' ' -f1)" >>"$WORK/sat-load.txt"
done

# --- 6. freshness on the idle server ----------------------------------------------------------
say "6. freshness, idle server"
sleep 5
timeout 120 java -Xmx128m bench/Freshness.java "$BASE" 20 >"$WORK/fresh-idle.txt" 2>&1 || true
cat "$WORK/fresh-idle.txt"

# --- 7. summary -------------------------------------------------------------------------------
RAW=${SUMMARY%.md}-raw
mkdir -p "$RAW"
cp "$WORK"/*.txt "$RESULTS" "$RAW"/ 2>/dev/null || true    # the measurements themselves, beside the summary
p95() { awk -v t="$1" -v c="$2" -v m="$3" '$1 == t && $2 == c && $3 == m { print $6 }' "$WORK/latency.txt"; }
ratio() { python3 -c "import sys; a, b = float(sys.argv[1]), float(sys.argv[2]); print('%.0f×' % (a / b) if b > 0 else '-')" "$1" "$2"; }
mkdir -p "$(dirname "$SUMMARY")"
{
    echo "# bench/search.sh --entries $ENTRIES --messages $MESSAGES --seconds $LOAD_SECONDS --rate $RATE --create-rate $CREATE_RATE"
    echo
    sed 's/^/    /' "$WORK/header.txt"
    echo
    echo "## Mass indexing"
    echo
    echo "POST /api/v1/search/index until done: **$INDEX_SECONDS s** (load $INDEX_LOAD); server log: $INDEX_LOG;"
    echo "server CPU during the rebuild: $INDEX_CPU s (user + system, all threads)"
    echo
    echo "    $INDEX_COUNTS"
    echo
    echo "## Latency per term class (ms)"
    echo
    echo "Terms: $(awk '{ printf "%s %s; ", $1, $2 }' "$WORK/terms.txt")"
    echo
    echo "Hits (search totals):"
    sed 's/^/    /' "$WORK/hits.txt"
    echo
    python3 - "$WORK/latency.txt" <<'PY'
import sys
rows = {}
for line in open(sys.argv[1]):
    f = line.split()
    if len(f) >= 9:
        rows[(f[0], f[1], f[2])] = f
def ratio(a, b):
    try:
        return "%.2f×" % (float(a) / float(b))
    except (ValueError, ZeroDivisionError):
        return "-"
print("| index | terms | method | n | p50 | p95 | p99 | load (1 min) | ts_rank p95 / this p95 | ILIKE p95 / this p95 |")
print("|---|---|---|---|---|---|---|---|---|---|")
for t in ("toolbox", "tickets"):
    for c in ("rare", "medium", "common"):
        for m in ("engine", "cpu", "http", "tsrank", "ilike"):
            f = rows.get((t, c, m))
            if not f:
                continue
            tail = "| | |"
            if m in ("engine", "cpu", "http"):
                ts, il = rows.get((t, c, "tsrank")), rows.get((t, c, "ilike"))
                tail = "| %s | %s |" % (ratio(ts[5], f[5]) if ts else "-", ratio(il[5], f[5]) if il else "-")
            name = {"engine": "Hibernate Search, engine", "cpu": "Hibernate Search, engine CPU time", "http": "Hibernate Search, HTTP", "tsrank": "PostgreSQL ts_rank",
                    "ilike": "PostgreSQL ILIKE"}[m]
            print("| %s | %s | %s | %s | %s | %s | %s | %s %s" % (t, c, name, f[3], f[4], f[5], f[6], f[8], tail))
PY
    echo
    echo "SQL hit counts (ILIKE substring vs ts_rank french):"
    sed 's/^/    /' "$WORK/sql-hits.txt"
    echo
    echo "## Load and saturation"
    echo
    echo "| scenario | mode | ok | errors | per second | p50 ms | p95 ms | p99 ms |"
    echo "|---|---|---|---|---|---|---|---|"
    grep -v '^HTTP ' <(tail -n +2 "$RESULTS") | awk -F, '{ printf "| %s | %s | %s | %s | %s | %s | %s | %s |\n", $1, $2, $3, $4, $5, $6, $7, $8 }'
    echo
    echo "Load average: before the open loop $LOAD_BEFORE, after $LOAD_AFTER (1-min samples during it, min / max: $LOAD_DURING);"
    echo "after each saturation run: $(tr '\n' ';' <"$WORK/sat-load.txt")"
    echo
    echo "## Freshness"
    echo
    echo "- during the load: $(head -1 "$WORK/fresh-load.txt")"
    echo "- idle: $(head -1 "$WORK/fresh-idle.txt")"
    echo
    echo "## Load average samples (every 10 s)"
    echo
    sed 's/^/    /' "$WORK/load.txt"
} >"$SUMMARY"
cp "$WORK/threads.txt" "${SUMMARY%.md}-threads.txt" 2>/dev/null || true
say "summary written to $SUMMARY"
