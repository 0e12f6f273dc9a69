#!/usr/bin/env bash
# Mail intake throughput: 1,000 mails read from a real IMAP server (GreenMail, in the test JVM, on
# 127.0.0.1) by the real poller inside Payara Micro, each in its own transaction (parse, request or
# reply or robot record, processed-mail row, \Seen after commit). Not part of the tests.
#
#   bench/mail-ingest.sh            # H2 (the default database), 1,000 mails
#
# It runs the Arquillian class src/test/java/org/passerelle/inbox/control/MailIngestBenchmark.java
# through failsafe (its name matches no test pattern, so `mvn verify` never runs it) and prints the
# line it writes: "mail-ingest: N mails in S s = R mails/s". Mix: 70 % plain new requests, 10 % with
# a PDF, 10 % replies to one request, 5 % HTML, 5 % auto-replies. Bounded: 1,000 mails, loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf target/failsafe-reports target/it-data
mkdir -p target
# a loaded machine can take more than the tests' 240 s to start Payara: the deployment gets 15 min
mvn -B -q verify -Dit.test=MailIngestBenchmark -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
    -Dfailsafe.failIfNoSpecifiedTests=false -Darq.container.payara-micro.configuration.startupTimeoutInSeconds=900 \
    >target/mail-ingest-bench.log 2>&1 || {
    echo "benchmark failed, see target/mail-ingest-bench.log" >&2
    exit 1
}
cat target/it-data/h2/mail-ingest-bench.txt
