#!/usr/bin/env bash
# Builds HoiVien and starts the desktop application on its embedded default database.
# Extra arguments go to the application (e.g. --db FILE, --lang en, --demo).
set -euo pipefail
HOIVIEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$HOIVIEN_ROOT/scripts/deps.sh"
hoivien_install_deps
hoivien_build "$HOIVIEN_ROOT/build" -DHOIVIEN_BUILD_TESTS=OFF -DHOIVIEN_BUILD_BENCH=OFF
app="$HOIVIEN_ROOT/build/src/app/hoivien"
if [ ! -x "$app" ]; then
  echo "The desktop application is not built in this version; the command line is at build/src/app/hoivien-cli." >&2
  exec "$HOIVIEN_ROOT/build/src/app/hoivien-cli" --help
fi
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
  echo "No display: starting under Xvfb (xvfb-run)." >&2
  exec xvfb-run -a -s "-screen 0 1600x1000x24" "$app" "$@"
fi
exec "$app" "$@"
