#!/bin/sh
# Fetches the official SARIF 2.1.0 JSON schema for SarifReportTest into the directory given as $1.
# The schema is not committed: it comes from the MIT-licensed npm package @microsoft/jest-sarif, which ships it.
# Without npm or a registry the script only warns, so an offline build goes on and the test says what is missing.
set -u

PACKAGE='@microsoft/jest-sarif@1.0.0-beta.0'
MEMBER='package/lib/schemas/sarif-2.1.0-rtm.5.json'
DEST="${1:?usage: fetch-sarif-schema.sh DEST_DIR}"
SCHEMA="$DEST/${MEMBER##*/}"

if [ -s "$SCHEMA" ]; then
    exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if npm pack "$PACKAGE" --pack-destination "$work" --silent >/dev/null \
        && tar -xzf "$work"/*.tgz -C "$work" "$MEMBER"; then
    mkdir -p "$DEST"
    mv "$work/$MEMBER" "$SCHEMA"
    echo "fetched $SCHEMA from $PACKAGE"
else
    echo "WARNING: could not fetch the SARIF schema ($PACKAGE via npm); SarifReportTest will fail until it is in $DEST" >&2
fi
