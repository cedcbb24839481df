#!/usr/bin/env bash
# Installs the Debian 12 packages HoiVien needs, only those missing. Sourced by run.sh and test.sh.
set -euo pipefail

HOIVIEN_PACKAGES=(cmake ninja-build g++ pkg-config libgtest-dev libbenchmark-dev qt6-base-dev
  qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libqt6sql6-sqlite libqt6sql6-psql
  libsqlite3-dev libpq-dev libxlsxwriter-dev libzip-dev libsodium-dev fonts-noto-core poppler-utils postgresql
  xvfb xauth xdotool imagemagick clang libclang-rt-14-dev)

hoivien_install_deps() {
  local missing=()
  for p in "${HOIVIEN_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  fi
}

hoivien_build() {
  local dir="$1"; shift
  cmake -S "$HOIVIEN_ROOT" -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
  cmake --build "$dir" --parallel "$(nproc)"
}
