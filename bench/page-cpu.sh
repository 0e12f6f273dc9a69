#!/usr/bin/env bash
# Server CPU time per page: the JVM's own CPU seconds (user + system, /proc/PID/stat) spent on N
# requests of one page, divided by N. Unlike latency, it barely moves with the machine's other load,
# so two builds can be compared on a busy machine.
#
#   mvn -B -q package -DskipTests          # target/passerelle.war and target/payara-micro.jar
#   bench/page-cpu.sh [WAR...]             # default: target/passerelle.war
#
# For each WAR in turn: Payara Micro on a fresh temporary data directory (H2, demo data), listening on
# 127.0.0.1 on a free port; one keep-alive HTTP connection with the session of `agent` (HTTP Basic
# once), after `membre` opened 60 requests over the REST API so that the queue's first page has
# its 50 rows; each page is first requested WARMUP times (JIT), then N times while the server's CPU is
# read before and after. Pages: the home page, the agent queue (/soutien/file.xhtml), the member's
# requests, and /bench/file-brute (the plain servlet of bench/requests.sh, the same rows as bare HTML).
# Bounded: ${BENCH_TIMEOUT:-300} s for each start; everything stopped and removed on exit.
# JVM options: those of the run command (pom.xml) unless JVM_OPTS is set; N=${N:-500}, WARMUP=${WARMUP:-1500}.
set -euo pipefail
cd "$(dirname "$0")/.."

TIMEOUT=${BENCH_TIMEOUT:-300}
N=${N:-500}
WARMUP=${WARMUP:-1500}
JAR=target/payara-micro.jar
WARS=("$@")
[[ ${#WARS[@]} -gt 0 ]] || WARS=(target/passerelle.war)
[[ -f $JAR ]] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
source bench/lib.sh page-cpu

cat >"$WORK/pages.py" <<'EOF'
import base64, http.client, os, sys, time
pid, port, n, warmup = int(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
hz = os.sysconf('SC_CLK_TCK')
def cpu():
    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / hz
conn = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
# 60 new requests from `membre`, so that the agent's first queue page ("Non assignées") has its 50 rows
member = {'Authorization': 'Basic ' + base64.b64encode(b'membre:demo').decode(), 'Content-Type': 'application/json'}
for i in range(60):
    conn.request('POST', '/api/v1/tickets', headers=member, body='{"category": "visioconference", "subject": '
                 f'"Banc {i} : la visio coupe", "description": "Bonjour, la visioconference coupe ({i}).", "urgency": "normale"}}')
    r = conn.getresponse(); r.read()
    if r.status != 201:
        sys.exit(f'POST /api/v1/tickets: HTTP {r.status}')
conn.request('GET', '/index.xhtml', headers={'Authorization': 'Basic ' + base64.b64encode(b'agent:demo').decode()})
answer = conn.getresponse(); answer.read()
cookie = answer.getheader('Set-Cookie').split(';')[0]
def get(path):
    conn.request('GET', path, headers={'Cookie': cookie})
    r = conn.getresponse(); r.read()
    if r.status != 200:
        sys.exit(f'{path}: HTTP {r.status}')
for path in sys.argv[5:]:
    for _ in range(warmup):
        get(path)
    latencies = []
    c0, t0 = cpu(), time.time()
    for _ in range(n):
        s = time.time(); get(path); latencies.append(time.time() - s)
    c1 = cpu(); latencies.sort()
    print(f'  {path:26} {(c1 - c0) * 1000 / n:6.2f} CPU ms/page   p50 {latencies[n // 2] * 1000:6.1f} ms'
          f'   p95 {latencies[int(n * .95)] * 1000:6.1f} ms')
EOF

echo "JVM options: $JVM_OPTS; N=$N after $WARMUP warm-up requests a page"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for war in "${WARS[@]}"; do
    start_server "$war"
    echo "$war (load $(cut -d' ' -f1 /proc/loadavg) at the start)"
    python3 "$WORK/pages.py" "$PID" "$port" "$N" "$WARMUP" /index.xhtml /soutien/file.xhtml /app/mes-demandes.xhtml \
        /bench/file-brute
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
done
