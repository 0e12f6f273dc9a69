#!/usr/bin/env bash
# Rebuilds the search index of a running Passerelle from its database, and shows the progress.
#
#   deploy/reindex.sh [BASE_URL] [ADMIN_LOGIN]      # defaults: http://localhost:8080 admin
#
# The password is read from PASSERELLE_ADMIN_PASSWORD, or asked for. Searches answer
# while the index is rebuilt, with partial results until it ends. Exit status: 0 done, 1 failed, 2 refused (login, role, or a
# rebuild already running). To rebuild at start-up instead: PASSERELLE_SEARCH_REBUILD=true.
set -euo pipefail
base=${1:-http://localhost:8080}
login=${2:-admin}
password=${PASSERELLE_ADMIN_PASSWORD:-}
if [[ -z $password ]]; then
    read -rsp "Password for $login: " password
    echo
fi
api=$base/api/v1/search/index
auth=(--user "$login:$password")

status=$(curl -sS -o /tmp/passerelle-reindex.$$ -w '%{http_code}' -X POST "${auth[@]}" "$api")
body=$(cat /tmp/passerelle-reindex.$$); rm -f /tmp/passerelle-reindex.$$
case $status in
    202) ;;
    409) echo "A rebuild is already running: $body" >&2; exit 2 ;;
    401|403) echo "Refused ($status): $login must be an administrator." >&2; exit 2 ;;
    *) echo "Unexpected answer $status: $body" >&2; exit 2 ;;
esac

field() { sed -n "s/.*\"$1\":\"\{0,1\}\([^,\"}]*\).*/\1/p" <<<"$2"; }
while true; do
    body=$(curl -fsS "${auth[@]}" "$api")
    state=$(field state "$body")
    printf '\r%-8s %s / %s documents (%s %%), %s s   ' "$state" "$(field done "$body")" "$(field total "$body")" \
        "$(field percent "$body")" "$(field seconds "$body")"
    case $state in
        done) echo; exit 0 ;;
        failed) echo; echo "Failed: $(field error "$body")" >&2; exit 1 ;;
    esac
    sleep 1
done
