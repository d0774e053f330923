#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang (ASan + UBSan) into
# their own build folder and runs one, or all in turn, for SECONDS each.
#   scripts/fuzz.sh TARGET SECONDS     e.g. scripts/fuzz.sh codebook 600
#   scripts/fuzz.sh all SECONDS        every target (CI: 30 s each)
# Targets: text_document yaml_document codebook manifest quanteda liwc
# wordstat pdf office. The corpus grows in build-fuzz/corpus/TARGET, seeded from
# tests/fuzz/TARGET; a crash or hang is saved in build-fuzz/findings/TARGET/
# and the script fails. Make each finding a regression test: copy the file to
# tests/fuzz/TARGET/ (ctest replays it) and fix the cause.
set -euo pipefail
cd "$(dirname "$0")/.."

if (($# != 2)); then
  echo "usage: scripts/fuzz.sh TARGET|all SECONDS" >&2
  exit 2
fi
which=$1
seconds=$2
build_dir=${FUZZ_BUILD_DIR:-build-fuzz}
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd)}"

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz.sh: clang++ is missing (Debian: clang, libclang-rt-14-dev)" >&2
  exit 1
fi

mapfile -t all < <(ls tests/fuzz/fuzz_*.cpp | sed 's|.*/fuzz_||; s|\.cpp$||')
if [[ $which == all ]]; then
  targets=("${all[@]}")
elif [[ " ${all[*]} " == *" $which "* ]]; then
  targets=("$which")
else
  echo "fuzz.sh: no target '$which'; targets: ${all[*]}" >&2
  exit 2
fi

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
CC=clang CXX=clang++ cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGOALCHAIN_FUZZ=ON -DGOALCHAIN_BUILD_TESTS=OFF -DGOALCHAIN_JEMALLOC=OFF >/dev/null
cmake --build "$build_dir" --parallel "$(nproc)" --target "${targets[@]/#/fuzz_}"

status=0
for target in "${targets[@]}"; do
  corpus="$build_dir/corpus/$target"
  findings="$build_dir/findings/$target"
  mkdir -p "$corpus" "$findings"
  echo "== fuzz $target for ${seconds}s"
  # -rss_limit_mb: a real input never needs 2 GB; -timeout: nor 10 s.
  if ! ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
      "$build_dir/tests/fuzz/fuzz_$target" -max_total_time="$seconds" -timeout=10 \
      -rss_limit_mb=2048 -max_len=65536 -print_final_stats=1 -artifact_prefix="$findings/" \
      "$corpus" "tests/fuzz/$target"; then
    echo "fuzz.sh: $target found a problem; see $findings/" >&2
    status=1
  fi
done
exit $status
