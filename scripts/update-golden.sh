#!/usr/bin/env bash
# Writes tests/golden/examples/ again from the current build: the CSV and JSON
# outputs of `goalchain code` over examples/ (the version replaced by
# @VERSION@). Run it when a change is meant to change those outputs, read
# `git diff tests/golden`, and commit the files with the change.
#   scripts/update-golden.sh [BUILD_DIR]
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${1:-build}
if [[ ! -x "$build_dir/goalchain" ]]; then
  echo "update-golden: no $build_dir/goalchain; build first (scripts/build.sh $build_dir)" >&2
  exit 1
fi
GOALCHAIN_UPDATE_GOLDEN=1 /usr/bin/python3 tests/e2e/test_golden_outputs.py \
  --binary "$build_dir/goalchain" --source-dir . --work-dir "$build_dir/golden-work"
git status --short tests/golden
