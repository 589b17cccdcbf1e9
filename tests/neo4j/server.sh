#!/usr/bin/env bash
# An in-process Neo4j (neo4j-harness) for the tiegraph tests.
#
#   tests/neo4j/server.sh deps          fetch the Maven dependencies (CI runs this while online)
#   tests/neo4j/server.sh start         start a server in the background and print
#                                       NEO4J_URI=bolt://127.0.0.1:PORT once Bolt accepts connections
#                                       (bolt+s://127.0.0.1:PORT with NEO4J_TLS_DIR)
#   tests/neo4j/server.sh stop [URI]    stop the server at URI, or every server started from
#                                       this checkout (other test sessions' too)
#
# Bolt listens on 127.0.0.1 at a free port, without auth; HTTP is off. Each start is its
# own server (two test sessions in one checkout do not share one), kept with its PID, log
# and data in tests/neo4j/target/instances/. Maven runs only when pom.xml changes: later
# starts launch `java -cp` from the cached classpath file.
#
# Environment: NEO4J_START_TIMEOUT (seconds, default 120), NEO4J_JAVA_OPTS (extra JVM flags, such as
# -Xmx2g on a machine short of memory),
# NEO4J_TLS_DIR (a folder holding private.key and public.crt, PEM: Bolt then takes only TLS).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
target="$here/target"
instances="$target/instances"
classpath_file="$target/classpath.txt"
classes="$target/classes"
source_file="$here/src/main/java/tiegraph/testserver/TestServer.java"
main_class="tiegraph.testserver.TestServer"
maven_log="$target/maven.log"
timeout="${NEO4J_START_TIMEOUT:-120}"
mkdir -p "$instances"

fail() {
    echo "server.sh: $*" >&2
    exit 1
}

# Runs mvn quietly; its output goes to target/maven.log and only a one-line reason is shown.
maven() {
    command -v mvn >/dev/null || fail "mvn not found; the Neo4j test server needs Maven and Java 17"
    (cd "$here" && mvn -q -B -Dstyle.color=never "$@") >"$maven_log" 2>&1
}

resolve_classpath() {
    maven "$@" dependency:build-classpath -Dmdep.outputFile="$classpath_file" \
        || fail "Maven could not resolve neo4j-harness (see $maven_log)"
}

# Resolve (offline first: CI fetched everything with `deps`) and compile, each only when
# its input changed since the last start.
build() {
    if [[ ! -s "$classpath_file" || "$here/pom.xml" -nt "$classpath_file" ]]; then
        maven -o dependency:build-classpath -Dmdep.outputFile="$classpath_file" || resolve_classpath
    fi
    local class_file="$classes/${main_class//.//}.class"
    if [[ ! -f "$class_file" || "$source_file" -nt "$class_file" || "$classpath_file" -nt "$class_file" ]]; then
        command -v javac >/dev/null || fail "javac not found; the Neo4j test server needs a Java 17 JDK"
        mkdir -p "$classes"
        javac --release 17 -nowarn -d "$classes" -cp "$(cat "$classpath_file")" "$source_file" \
            >"$target/javac.log" 2>&1 || fail "cannot compile $source_file (see $target/javac.log)"
    fi
}

# True when PID is still one of our servers (PIDs get reused).
is_server() {
    [[ "$1" =~ ^[0-9]+$ ]] && tr '\0' ' ' <"/proc/$1/cmdline" 2>/dev/null | grep -q "$main_class"
}

bolt_accepts() {
    local port="${1##*:}"
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
}

# Instances whose server died without `stop` (a killed test session) leave their folder.
# Only a PID that is gone counts: a server another session is starting right now may
# still be the shell that is about to exec java.
forget_dead_instances() {
    local instance
    for instance in "$instances"/*/; do
        [[ -f "$instance/pid" ]] || continue
        kill -0 "$(cat "$instance/pid")" 2>/dev/null || rm -rf "$instance"
    done
}

# JVM flags for the page cache, before NEO4J_JAVA_OPTS: it reaches its off-heap memory
# directly only with java.nio opened; without it Neo4j logs that it runs "in fallback
# mode" and advises these flags. The heap keeps the JVM's default sizing (see
# BENCHMARKS.md, "Neo4j load": a 2 GiB cap costs the load several times the GC time).
server_java_opts="--add-opens=java.base/java.nio=ALL-UNNAMED --add-opens=java.base/sun.nio.ch=ALL-UNNAMED"

start() {
    command -v java >/dev/null || fail "java not found; the Neo4j test server needs Java 17"
    build
    forget_dead_instances
    local instance="$instances/$$"
    mkdir -p "$instance"
    # No open stdin/stdout: a caller capturing our output (pytest's subprocess.run) must see
    # EOF when this script exits, not when the server does.
    # shellcheck disable=SC2086  # the options hold several flags
    java $server_java_opts ${NEO4J_JAVA_OPTS:-} -cp "$classes:$(cat "$classpath_file")" "$main_class" "$instance/work" \
        ${NEO4J_TLS_DIR:+"$NEO4J_TLS_DIR"} </dev/null >"$instance/server.log" 2>&1 &
    local pid=$!
    echo "$pid" >"$instance/pid"

    local deadline=$((SECONDS + timeout)) uri=""
    while ((SECONDS < deadline)); do
        if ! kill -0 "$pid" 2>/dev/null; then
            cp "$instance/server.log" "$target/failed-start.log"
            rm -rf "$instance"
            fail "Neo4j exited before Bolt came up (see $target/failed-start.log)"
        fi
        uri="$(sed -n 's/^NEO4J_URI=//p' "$instance/server.log" 2>/dev/null || true)"
        if [[ -n "$uri" ]] && bolt_accepts "$uri"; then
            echo "$uri" >"$instance/uri"
            echo "NEO4J_URI=$uri"
            return 0
        fi
        sleep 0.2
    done
    stop_instance "$instance"
    fail "Neo4j did not accept Bolt connections within ${timeout}s"
}

stop_instance() {
    local instance="$1" pid
    pid="$(cat "$instance/pid" 2>/dev/null || true)"
    if is_server "$pid"; then
        kill "$pid"
        # The JVM's shutdown hook closes the database; give it a moment before forcing.
        local deadline=$((SECONDS + 30))
        while kill -0 "$pid" 2>/dev/null && ((SECONDS < deadline)); do
            sleep 0.1
        done
        kill -9 "$pid" 2>/dev/null || true
    fi
    rm -rf "$instance"
}

stop() {
    local wanted="${1:-}" instance stopped=0
    for instance in "$instances"/*/; do
        [[ -d "$instance" ]] || continue
        if [[ -n "$wanted" && "$(cat "$instance/uri" 2>/dev/null)" != "$wanted" ]]; then
            continue
        fi
        stop_instance "$instance"
        stopped=$((stopped + 1))
    done
    if ((stopped == 0)); then
        echo "server.sh: no Neo4j test server${wanted:+ at $wanted} is running" >&2
    fi
}

case "${1:-}" in
    deps) resolve_classpath ;;
    start) start ;;
    stop) stop "${2:-}" ;;
    *)
        echo "usage: $0 deps | start | stop [URI]" >&2
        exit 2
        ;;
esac
