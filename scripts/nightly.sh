#!/usr/bin/env bash
# claimcheck's nightly run, for cron: one dated output folder per night under ROOT, the source
# checks' state kept across nights, a lock so that two nights never overlap, ROOT/latest
# pointing at the last run that completed, the changes since that run, and the oldest runs
# removed beyond --keep.
#
# Usage: scripts/nightly.sh --root DIR --inputs PATH... [--keep N] [REPORT OPTIONS...]
#   e.g. 0 2 * * * /opt/claimcheck/scripts/nightly.sh --root /srv/claims --inputs /srv/dump.xml.bz2 \
#          --check-sources --fail-on dead-source
#
# Writes ROOT/runs/YYYY-MM-DD/ (a second run the same day: YYYY-MM-DD.2, …) with the report's
# outputs and changes.jsonl (report --previous: what changed since the last completed run, also
# at the top of report.html), logs to
# ROOT/logs/YYYY-MM-DD….log, keeps the state in ROOT/state/ when sources are checked, and moves
# ROOT/latest to the new run in one step once it completed. The date is today's unless
# CLAIMCHECK_NIGHTLY_DATE says another (for tests and re-runs).
#
# Exit codes: the report's (0, 3 some inputs failed, 4 --fail-on found claims: the run completed
# and is latest); 1 the run failed (latest unchanged); 2 bad usage; 75 another night is running.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root=""
keep=14
inputs=()
options=()
while [ $# -gt 0 ]; do
  case "$1" in
    --root) root="${2:?--root needs a folder}"; shift 2 ;;
    --keep) keep="${2:?--keep needs a number}"; shift 2 ;;
    --inputs)
      shift
      while [ $# -gt 0 ] && [[ "$1" != --* ]]; do inputs+=("$1"); shift; done ;;
    *) options+=("$1"); shift ;;
  esac
done
if [ -z "$root" ] || [ ${#inputs[@]} -eq 0 ] || ! [[ "$keep" =~ ^[1-9][0-9]*$ ]]; then
  echo "usage: nightly.sh --root DIR --inputs PATH... [--keep N] [REPORT OPTIONS...]" >&2
  exit 2
fi

mkdir -p "$root/runs" "$root/logs"
root="$(cd "$root" && pwd)"
exec 9>"$root/nightly.lock"
if ! flock -n 9; then
  echo "nightly.sh: another night is running in $root" >&2
  exit 75
fi

day="${CLAIMCHECK_NIGHTLY_DATE:-$(date +%F)}"
if ! [[ "$day" =~ ^[0-9]{4}-[0-9]{2}-[0-9]{2}$ ]]; then
  echo "nightly.sh: CLAIMCHECK_NIGHTLY_DATE must be YYYY-MM-DD, not $day" >&2
  exit 2
fi
name="$day"
n=1
while [ -e "$root/runs/$name" ] || [ -L "$root/runs/$name" ]; do
  n=$((n + 1))
  name="$day.$n"
done
run="$root/runs/$name"
log="$root/logs/$name.log"

for o in "${options[@]}"; do
  if [ "$o" = --check-sources ]; then
    options+=(--state "$root/state")
    break
  fi
done

previous=""
if [ -L "$root/latest" ] && [ -f "$root/latest/summary.json" ]; then
  previous="$(readlink -f "$root/latest")"
fi

against=()
if [ -n "$previous" ]; then
  against=(--previous "$previous")   # changes.jsonl and the report's "What changed" section
fi
echo "nightly.sh: $name: claimcheck report ${inputs[*]} ${options[*]} ${against[*]}" >> "$log"
set +e
"$here/claimcheck" report "${inputs[@]}" --output "$run" "${options[@]}" "${against[@]}" >> "$log" 2>&1
status=$?
set -e
if [ "$status" -ne 0 ] && [ "$status" -ne 3 ] && [ "$status" -ne 4 ]; then
  echo "nightly.sh: $name failed (exit $status); latest is unchanged; see $log" | tee -a "$log" >&2
  exit 1
fi

if [ -z "$previous" ]; then
  : > "$run/changes.jsonl"   # the first night: nothing to compare with
fi

ln -sfn "runs/$name" "$root/.latest.new"
mv -T "$root/.latest.new" "$root/latest"

# The oldest runs beyond --keep go, never the latest one; a run is its link and the folder it names.
mapfile -t runs < <(cd "$root/runs" && ls -1 | grep -E '^[0-9]{4}-[0-9]{2}-[0-9]{2}(\.[0-9]+)?$' \
  | sort -t. -k1,1 -k2,2n)
latest_target="$(readlink -f "$root/latest")"
excess=$(( ${#runs[@]} - keep ))
for old in "${runs[@]}"; do
  [ "$excess" -le 0 ] && break
  target="$(readlink -f "$root/runs/$old")"
  [ "$target" = "$latest_target" ] && continue
  rm -rf -- "$target"
  rm -f -- "$root/runs/$old" "$root/runs/.$old.lock"
  excess=$((excess - 1))
done

echo "nightly.sh: $name completed (exit $status); latest → runs/$name" >> "$log"
exit "$status"
