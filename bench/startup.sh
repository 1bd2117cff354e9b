#!/usr/bin/env bash
# Start-up time of the portal: from `java -jar` to the login page answering (HTTP 200 on /login,
# after the redirect that adds the session id).
#
#   bench/startup.sh [jar] [runs]      (defaults: target/lixiang-*.jar, 3 runs)
#
# Run 1 starts the jar as built on an empty database (Flyway and Flowable create their schemas).
# Then `runs` rounds on the migrated database, as restarts: each round starts the portal three
# ways, one after the other, so a busy moment of a shared machine hits all three alike:
#   - the jar as built (`java -jar lixiang.jar`: classes loaded from jars nested in the jar);
#   - the jar extracted with Spring Boot's jar tools (`java -jar` of the extracted jar, its
#     libraries beside it), the README's installation;
#   - the extracted jar with class data sharing (CDS): one training run writes the JVM's class
#     archive (the context refreshed, then the JVM exits), the starts use it.
# Besides the wall time the table shows the CPU seconds the JVM had used when the login page
# answered: start-up is CPU-bound, and on a shared machine the CPU time varies less than the
# wall time. Uses the PostgreSQL the tests use (PGHOST/PGPORT/PGUSER, default localhost:5432,
# postgres) in a database of its own, dropped at the end. Writes target/bench/startup.md.
# Measure the production jar (./mvnw -Pproduction package) for the figures in
# docs/performance.md; any jar of the portal works.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=${1:-$(ls target/lixiang-*.jar 2>/dev/null | head -1)}
runs=${2:-3}
[ -f "$jar" ] || { echo "no jar (build one: ./mvnw -Pproduction package)" >&2; exit 1; }
export PGHOST=${PGHOST:-localhost} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
db="lixiang_startup_$(date +%s)_$$"
data=$(mktemp -d)
pid=
cleanup() {
  [ -n "$pid" ] && kill "$pid" 2>/dev/null && wait "$pid" 2>/dev/null || true
  psql -q -d postgres -c "drop database if exists $db with (force)" >/dev/null || true
  rm -rf "$data"
}
trap cleanup EXIT
psql -q -d postgres -c "create database $db" >/dev/null

mkdir -p target/bench
out=target/bench/startup.md
{
  echo "# Start-up: java -jar to the login page answering"
  echo
  echo "jar: \`$jar\` ($(du -h "$jar" | cut -f1)), $(java -version 2>&1 | head -1), $(nproc) cores, load before: $(cut -d' ' -f1-3 /proc/loadavg)"
  echo
  echo "| run | started as | database | seconds to HTTP 200 on /login | JVM's CPU seconds by then | Spring's own \"Started … in\" |"
  echo "|---|---|---|---:|---:|---|"
} > "$out"
# measure <run> <how> <database> <command...>: one start, timed to the login page's HTTP 200
measure() {
  local i=$1 how=$2 kind=$3; shift 3
  local port=$((18080 + i)) log="$data/run$i.log" start code seconds cpu spring
  start=$(date +%s.%N)
  DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}" \
    LIXIANG_DEMO_DATA=never LIXIANG_DATA_DIR="$data" PORT=$port \
    "$@" > "$log" 2>&1 &
  pid=$!
  code=000
  until [ "$code" = 200 ]; do
    if ! kill -0 "$pid" 2>/dev/null; then echo "the portal exited; see $log" >&2; tail -20 "$log" >&2; exit 1; fi
    if [ "$(echo "$(date +%s.%N) - $start > 300" | bc)" = 1 ]; then echo "no HTTP 200 within 300 s (last: $code); see the log:" >&2; tail -5 "$log" >&2; exit 1; fi
    sleep 0.1
    # -L with a cookie jar: the first answer is a redirect that adds the session id
    code=$(curl -s -L -c "$data/cookies" -b "$data/cookies" -o /dev/null -w '%{http_code}' \
      "http://localhost:$port/login" || true)
  done
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  # fields 14 and 15 of /proc/<pid>/stat: user and system time in clock ticks
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$pid/stat")
  spring=$(grep -o 'Started [A-Za-z]* in [0-9.]* seconds' "$log" | grep -o '[0-9.]* seconds' || echo "?")
  printf '| %d | %s | %s | %.1f | %s | %s |\n' "$i" "$how" "$kind" "$seconds" "$cpu" "$spring" | tee -a "$out"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

measure 1 "jar as built" "empty (schemas created)" java -jar "$jar"

# the installation of the README: extracted once, a class archive written by one training start
app="$data/app"
java -Djarmode=tools -jar "$jar" extract --destination "$app" > "$data/extract.log" 2>&1
extracted="$app/$(basename "$jar")"
DB_URL="jdbc:postgresql://$PGHOST:$PGPORT/$db" DB_USER="$PGUSER" DB_PASSWORD="${PGPASSWORD:-}" \
  LIXIANG_DEMO_DATA=never LIXIANG_DATA_DIR="$data" PORT=18079 \
  java -XX:ArchiveClassesAtExit="$app/lixiang.jsa" -Dspring.context.exit=onRefresh -jar "$extracted" \
  > "$data/training.log" 2>&1 || { echo "CDS training run failed; see its log:" >&2; tail -20 "$data/training.log" >&2; exit 1; }
for r in $(seq 1 "$runs"); do
  base=$((3 * r - 1))
  measure "$base" "jar as built" "migrated (a restart)" java -jar "$jar"
  measure "$((base + 1))" "extracted" "migrated (a restart)" java -jar "$extracted"
  measure "$((base + 2))" "extracted, class data sharing" "migrated (a restart)" \
    java -XX:SharedArchiveFile="$app/lixiang.jsa" -jar "$extracted"
done
echo "written to $out"
