#!/usr/bin/env bash
# Configures and builds goalchain into a build folder.
#   scripts/build.sh [BUILD_DIR] [extra cmake -D options...]
# -Werror is on when CI is set (as CI sets it), off otherwise. BUILD_TARGET
# names one target to build instead of all.
set -euo pipefail
cd "$(dirname "$0")/.."

build_dir=${1:-build}
# Paths below the checkout are hashed relative to it, so clones and worktrees
# share one ccache.
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$(pwd)}"
# Debug info names the build directory; without this ccache would hash it in
# and no two checkouts would share an object.
export CCACHE_NOHASHDIR="${CCACHE_NOHASHDIR:-1}"
shift || true
werror=OFF
[[ -n "${CI:-}" ]] && werror=ON

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)

cmake -S . -B "$build_dir" "${generator[@]}" -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DGOALCHAIN_WERROR="$werror" "$@" >/dev/null
# BUILD_TARGET=goalchain builds the program alone (no tests).
target=()
[[ -n "${BUILD_TARGET:-}" ]] && target=(--target "$BUILD_TARGET")
cmake --build "$build_dir" --parallel "$(nproc)" "${target[@]}"
