#!/usr/bin/env bash
# Builds HCIR (skipping tests) and runs the whole stack on this machine: PostgreSQL, Kafka, the four services
# and the portal. Needs only a JDK 17; the Maven wrapper fetches Maven. Ctrl-C stops everything.
set -euo pipefail
cd "$(dirname "$0")"
./mvnw -q -B -DskipTests -pl deploy/local -am package
exec java -cp "deploy/local/target/lib/*:deploy/local/target/hcir-local-stack-0.1.0-SNAPSHOT.jar" \
    uk.police.hcir.deploy.local.LocalRun "$@"
