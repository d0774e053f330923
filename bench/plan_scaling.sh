#!/usr/bin/env bash
# Times `goalchain code -f json` on one generated plan of 1, 2, 4 and 8 times
# BLOCKS blocks (bench/generate_adversarial_plan.py) and prints, for each, the
# size, the time and the time per KB relative to the smallest: a chain finder
# that is linear in the document's size keeps that ratio near 1. A timing
# report, not a test (see bench/README.md, "Work per plan").
#
#   bench/plan_scaling.sh [BINARY] [BLOCKS]     defaults: build/goalchain, 500
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
binary=${1:-$root/build/goalchain}
blocks=${2:-500}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

printf '%8s %10s %8s %9s %14s\n' blocks bytes chains seconds 'per-KB ratio'
base=""
for factor in 1 2 4 8; do
  n=$((blocks * factor))
  plan=$work/plan-$n.txt
  /usr/bin/python3 "$here/generate_adversarial_plan.py" "$n" "$plan"
  bytes=$(stat -c %s "$plan")
  start=$(date +%s.%N)
  "$binary" code -c pmh-sv -f json -j 1 --out "$work/out-$n" "$plan" >/dev/null 2>&1
  end=$(date +%s.%N)
  chains=$(/usr/bin/python3 -c 'import json,sys; d=json.load(open(sys.argv[1])); print(sum(len(x.get("chains", [])) for x in d["documents"]))' "$work/out-$n/results.json")
  read -r seconds per_kb < <(/usr/bin/python3 -c 'import sys; s=float(sys.argv[2])-float(sys.argv[1]); print(s, s/(int(sys.argv[3])/1024))' "$start" "$end" "$bytes")
  [[ -n $base ]] || base=$per_kb
  printf '%8d %10d %8d %9.2f %14.2f\n' "$n" "$bytes" "$chains" "$seconds" "$(/usr/bin/python3 -c 'import sys; print(float(sys.argv[1])/float(sys.argv[2]))' "$per_kb" "$base")"
done
