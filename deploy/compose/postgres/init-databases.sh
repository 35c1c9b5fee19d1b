#!/bin/bash
# Runs once, when the data volume is new: one database per service and the subject-key database, each owned by a
# role of its own whose password comes from the environment, with no access for anyone else.
set -euo pipefail

create_database() {
    local database=$1 role=$2 password=$3
    psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname postgres \
         -v database="$database" -v role="$role" -v password="$password" <<'SQL'
CREATE ROLE :"role" LOGIN PASSWORD :'password';
CREATE DATABASE :"database" OWNER :"role";
REVOKE ALL ON DATABASE :"database" FROM PUBLIC;
SQL
}

create_database intake intake "$HCIR_INTAKE_DB_PASSWORD"
create_database cases cases "$HCIR_CASES_DB_PASSWORD"
create_database victim_contact victim_contact "$HCIR_VICTIM_CONTACT_DB_PASSWORD"
create_database reporting reporting "$HCIR_REPORTING_DB_PASSWORD"
create_database hcir_keys hcir_keys "$HCIR_KEYS_DB_PASSWORD"
