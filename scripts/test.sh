#!/usr/bin/env bash
# The whole test suite: installs what is missing, then builds and runs every
# unit and end-to-end test twice, once plain and once under AddressSanitizer
# and UndefinedBehaviorSanitizer (both replay the fuzz corpora), then runs each
# libFuzzer target for 30 s.
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

# Each libFuzzer target for 30 s, in its own clang build (ccache keeps the
# rebuild cheap); skipped where clang is not installed.
if command -v clang++ >/dev/null 2>&1; then
  echo "== fuzzing (30 s per target)"
  scripts/fuzz.sh all 30
else
  echo "== fuzzing skipped: clang++ is not installed"
fi
