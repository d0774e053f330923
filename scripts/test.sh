#!/usr/bin/env bash
# The whole test suite: installs what is missing, then builds and runs every
# unit and end-to-end test twice, once plain and once under AddressSanitizer
# and UndefinedBehaviorSanitizer.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup-debian.sh

echo "== plain build"
scripts/build.sh build
ctest --test-dir build --output-on-failure --parallel "$(nproc)"

echo "== sanitizer build (ASan + UBSan)"
scripts/build.sh build-asan -DGOALCHAIN_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  ctest --test-dir build-asan --output-on-failure --parallel "$(nproc)"
