#!/usr/bin/env bash
# Prints a service token for a user and role, signed with the local run's portal key:
#   curl -H "Authorization: Bearer $(./local-token.sh pc-2002 OFFICER)" localhost:8082/api/cases/queues/mine
set -euo pipefail
cd "$(dirname "$0")"
if [ ! -f deploy/local/target/hcir-local-stack-0.1.0-SNAPSHOT.jar ]; then
    ./mvnw -q -B -DskipTests -pl deploy/local -am package >&2
fi
exec java -cp "deploy/local/target/lib/*:deploy/local/target/hcir-local-stack-0.1.0-SNAPSHOT.jar" \
    uk.police.hcir.deploy.local.LocalServiceToken "$@"
