#!/bin/sh
# Starts one weekly run on the gateway (RUN_PATH) for every country in COUNTRIES, for the last
# completed ISO week, with the system credential. Re-running is safe: the gateway's runs are
# idempotent per (week, country), so a retried Job or a manual re-run never nets or pays twice.
# Mounted into the weekly CronJobs from the ziba-weekly-run-script ConfigMap.
set -eu
: "${GATEWAY_URL:?}" "${RUN_PATH:?}" "${COUNTRIES:?}" "${SYSTEM_TOKEN:?}"

# The week that contains "7 days ago" is the last completed one, whichever day this runs on, so a
# Job retried a day late still targets the same week (runs name a week by any date in it).
# WEEK (YYYY-MM-DD) may be set to re-run an older week.
WEEK=${WEEK:-$(date -u -d "@$(($(date -u +%s) - 7 * 86400))" +%F)}

failed=''
for country in $(echo "$COUNTRIES" | tr ',' ' '); do
  body=$(printf '{"weekOf":"%s","countryCode":"%s"}' "$WEEK" "$country")
  # the token goes in through stdin (-H @-), so it never shows on a command line; the key names the
  # run by the route's last segment, as keys allow only A-Z a-z 0-9 _ : . - (no slashes)
  if printf 'Authorization: Bearer %s\n' "$SYSTEM_TOKEN" | curl --silent --show-error --fail-with-body \
    --max-time 600 --retry 3 --retry-connrefused --retry-delay 10 \
    -H @- -H 'Content-Type: application/json' \
    -H "Idempotency-Key: weekly:${RUN_PATH##*/}:${WEEK}:${country}" \
    --data "$body" "${GATEWAY_URL}${RUN_PATH}"; then
    printf '\nok %s week=%s country=%s\n' "$RUN_PATH" "$WEEK" "$country"
  else
    printf '\nFAILED %s week=%s country=%s\n' "$RUN_PATH" "$WEEK" "$country" >&2
    failed="$failed $country"
  fi
done

# one country failing does not stop the others; the Job still fails, so it is retried and alerts
if [ -n "$failed" ]; then
  echo "failed countries:$failed" >&2
  exit 1
fi
