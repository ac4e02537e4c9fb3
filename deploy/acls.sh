#!/usr/bin/env bash
# Kafka ACLs for a Sluice deployment, with kafka-acls.sh from the Kafka distribution. Each vendor reads only its own
# topic, and only Sluice reads the raw input. The quarantine and dead-letter topics contain data as sensitive as the
# input, so only Sluice writes them and only privacy reviewers read them.
#
# Usage: BOOTSTRAP=broker:9093 COMMAND_CONFIG=admin.properties deploy/acls.sh
# Principals and topic names below match topology/pipeline.yaml and deploy/sluice.properties; edit them to match yours.
set -euo pipefail

bootstrap="${BOOTSTRAP:?set BOOTSTRAP to the brokers, host:port}"
command_config="${COMMAND_CONFIG:?set COMMAND_CONFIG to an admin client properties file}"
acls() { kafka-acls.sh --bootstrap-server "$bootstrap" --command-config "$command_config" "$@"; }

sluice="User:sluice"
reviewers="User:privacy-reviewers"
application_id="sluice"

# Sluice: read the input, write every output, run its consumer group and its transactions (exactly_once_v2).
acls --add --allow-principal "$sluice" --operation Read --operation Describe --topic annotations.raw
for topic in sluice.quarantine sluice.dead-letter sluice.audit \
             vendor.northwind-labeling.annotations vendor.atlas-annotate.annotations; do
  acls --add --allow-principal "$sluice" --operation Write --operation Describe --topic "$topic"
done
acls --add --allow-principal "$sluice" --operation All --group "$application_id"
acls --add --allow-principal "$sluice" --operation All --resource-pattern-type prefixed --topic "$application_id-"
acls --add --allow-principal "$sluice" --operation Write --operation Describe \
  --resource-pattern-type prefixed --transactional-id "$application_id-"
acls --add --allow-principal "$sluice" --operation IdempotentWrite --cluster

# Privacy reviewers: read the quarantine, the dead letters and the audit events, nothing else.
for topic in sluice.quarantine sluice.dead-letter sluice.audit; do
  acls --add --allow-principal "$reviewers" --operation Read --operation Describe --topic "$topic"
done
acls --add --allow-principal "$reviewers" --operation Read --resource-pattern-type prefixed --group privacy-review-

# Vendors: each reads its own topic with its own consumer group prefix.
for vendor in northwind-labeling atlas-annotate; do
  acls --add --allow-principal "User:$vendor" --operation Read --operation Describe \
    --topic "vendor.$vendor.annotations"
  acls --add --allow-principal "User:$vendor" --operation Read --resource-pattern-type prefixed --group "$vendor-"
done
