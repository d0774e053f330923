#!/usr/bin/env bash
# The main job: installs what is missing, builds, and codes examples/ with the
# shipped codebook, writing the workbooks and results.json to goalchain-out/.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh
BUILD_TARGET=goalchain scripts/build.sh build
build/goalchain code examples/ --out goalchain-out
echo
echo "Workbooks: $(pwd)/goalchain-out/summary.xlsx and $(pwd)/goalchain-out/counties/"
echo "JSON:      $(pwd)/goalchain-out/results.json"
