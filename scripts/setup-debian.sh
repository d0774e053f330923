#!/usr/bin/env bash
# Installs every Debian package goalchain needs to build, test and run.
# Run as root (as CI does); installs only what is missing, so a second run is quick.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache
  libcli11-dev libfmt-dev libyaml-cpp-dev libxlsxwriter-dev
  libutf8proc-dev nlohmann-json3-dev
  libpoppler-cpp-dev libstemmer-dev libre2-dev libssl-dev libjemalloc-dev
  libzip-dev libxml2-dev
  libgtest-dev libgmock-dev libbenchmark-dev
  python3 python3-openpyxl libxml2-utils
  qpdf parallel
  libreoffice-calc-nogui poppler-utils  # the print test renders summary.xlsx to PDF
  clang libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if ((${#missing[@]})); then
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup-debian.sh: missing packages: ${missing[*]}" >&2
    echo "setup-debian.sh: run this script as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 1
  fi
  echo "setup-debian.sh: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
