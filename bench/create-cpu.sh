#!/usr/bin/env bash
# Server CPU time per help-request creation (POST /api/v1/tickets): the JVM's own CPU seconds
# (user + system, /proc/PID/stat) spent on N creations, divided by N. Like bench/page-cpu.sh, it
# barely moves with the machine's other load, so two builds can be compared on a busy machine.
#
#   mvn -B -q package -DskipTests          # target/passerelle.war and target/payara-micro.jar
#   bench/create-cpu.sh [WAR...]           # default: target/passerelle.war
#
# For each WAR in turn: Payara Micro on a fresh temporary data directory (H2, demo data), listening
# on 127.0.0.1 on a free port; CLIENTS keep-alive HTTP connections (threads) with the session of
# `membre` (HTTP Basic once) each open WARMUP requests (JIT), then N more while the server's CPU is
# read before and after. Each creation is checked (201) and the background work it leaves (mail,
# in-app notices) is waited for before the second CPU reading, so work moved off the request path
# is still counted: the script waits until the server's CPU is idle (below 2 % over 1 s).
# Bounded: ${BENCH_TIMEOUT:-300} s for each start; everything stopped and removed on exit.
# JVM options: those of the run command (pom.xml) unless JVM_OPTS is set; N=${N:-1000},
# WARMUP=${WARMUP:-2000}, CLIENTS=${CLIENTS:-4}; BY_THREAD=1 also splits the CPU by server thread
# (names from /proc/PID/task/*/comm, cut at 15 characters by Linux). A profile: JVM_OPTS="... -XX:StartFlightRecording=
# filename=/tmp/create.jfr,settings=profile" (the recording covers the whole run, start-up included).
set -euo pipefail
cd "$(dirname "$0")/.."

TIMEOUT=${BENCH_TIMEOUT:-300}
N=${N:-1000}
WARMUP=${WARMUP:-2000}
CLIENTS=${CLIENTS:-4}
JAR=target/payara-micro.jar
WARS=("$@")
[[ ${#WARS[@]} -gt 0 ]] || WARS=(target/passerelle.war)
[[ -f $JAR ]] || { echo "build first: mvn -B -q package -DskipTests" >&2; exit 2; }
source bench/lib.sh create-cpu

cat >"$WORK/create.py" <<'EOF'
import base64, http.client, os, sys, threading, time
pid, port, n, warmup, clients = (int(a) for a in sys.argv[1:6])
hz = os.sysconf('SC_CLK_TCK')
def cpu():
    fields = open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / hz
def threads():
    # CPU seconds per thread name (digits folded), from /proc/PID/task/*/stat and comm
    out = {}
    for tid in os.listdir(f'/proc/{pid}/task'):
        try:
            name = ''.join('N' if ch.isdigit() else ch for ch in open(f'/proc/{pid}/task/{tid}/comm').read().strip())
            fields = open(f'/proc/{pid}/task/{tid}/stat').read().rsplit(')', 1)[1].split()
        except OSError:
            continue
        out[name] = out.get(name, 0) + (int(fields[11]) + int(fields[12])) / hz
    return out
def idle():
    # background work (outbox, notifications, index) done: under 2 % of one core over a second
    for _ in range(60):
        c = cpu(); time.sleep(1)
        if cpu() - c < 0.02:
            return
def session():
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=30)
    conn.request('GET', '/api/v1/me', headers={'Authorization': 'Basic ' + base64.b64encode(b'membre:demo').decode()})
    r = conn.getresponse(); r.read()
    return conn, r.getheader('Set-Cookie').split(';')[0]
def create(conn, cookie, i):
    conn.request('POST', '/api/v1/tickets', headers={'Cookie': cookie, 'Content-Type': 'application/json'},
                 body='{"category": "visioconference", "subject": '
                 f'"Banc {i} : la visio coupe", "description": "Bonjour, la visioconference coupe pendant nos rencontres ({i}).",'
                 ' "urgency": "normale"}')
    r = conn.getresponse(); r.read()
    if r.status != 201:
        sys.exit(f'POST /api/v1/tickets: HTTP {r.status}')
sessions = [session() for _ in range(clients)]
def run(count, latencies):
    def worker(k):
        conn, cookie = sessions[k]
        for i in range(k, count, clients):
            s = time.time(); create(conn, cookie, i); latencies.append(time.time() - s)
    threads = [threading.Thread(target=worker, args=(k,)) for k in range(clients)]
    for t in threads: t.start()
    for t in threads: t.join()
run(warmup, [])
idle()
latencies = []
c0, t0, th0 = cpu(), time.time(), threads()
run(n, latencies)
t1 = time.time()
idle()
c1, th1 = cpu(), threads(); latencies.sort()
print(f'  POST /api/v1/tickets  {(c1 - c0) * 1000 / n:6.2f} CPU ms/creation   {n / (t1 - t0):6.1f} creations/s'
      f' ({clients} clients)   p50 {latencies[n // 2] * 1000:6.1f} ms   p95 {latencies[int(n * .95)] * 1000:6.1f} ms')
if os.environ.get('BY_THREAD'):
    spent = sorted(((th1.get(k, 0) - th0.get(k, 0), k) for k in th1), reverse=True)
    for seconds, name in spent[:10]:
        print(f'      {seconds * 1000 / n:6.2f} CPU ms/creation  {name}')
EOF

echo "JVM options: $JVM_OPTS; N=$N after $WARMUP warm-up creations, $CLIENTS clients"
echo "machine: $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), $(java -version 2>&1 | head -1)"
for war in "${WARS[@]}"; do
    start_server "$war"
    echo "$war (load $(cut -d' ' -f1 /proc/loadavg) at the start)"
    python3 "$WORK/create.py" "$PID" "$port" "$N" "$WARMUP" "$CLIENTS"
    kill "$PID"; wait "$PID" 2>/dev/null || true; PID=
done
