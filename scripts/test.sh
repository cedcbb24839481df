#!/usr/bin/env bash
# Builds HoiVien and runs every test: the GoogleTest suite through CTest (storage tests on real SQLite
# files), and the fuzz targets for a bounded time. A throwaway PostgreSQL server is started here on
# 127.0.0.1 (HOIVIEN_TEST_PG) for the server backend's suite, which the PostgreSQL backend brings.
set -euo pipefail
HOIVIEN_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
source "$HOIVIEN_ROOT/scripts/deps.sh"
hoivien_install_deps

build="$HOIVIEN_ROOT/build"
hoivien_build "$build" -DHOIVIEN_BUILD_TESTS=ON -DHOIVIEN_BUILD_BENCH=ON

# A throwaway PostgreSQL server for the server backend's tests.
pgdir="$(mktemp -d /tmp/hoivien-pg.XXXXXX)"
chown postgres "$pgdir" 2>/dev/null || true
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pgport=55432
cleanup() { runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -m immediate stop >/dev/null 2>&1 || true; rm -rf "$pgdir"; }
trap cleanup EXIT
if [ "$(id -u)" -eq 0 ] && runuser -u postgres -- "$pgbin/initdb" -D "$pgdir/data" -A trust -U postgres >/dev/null 2>&1 \
   && runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdir/data" -o "-c listen_addresses=127.0.0.1 -p $pgport -k $pgdir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" -l "$pgdir/log" -w start >/dev/null; then
  export HOIVIEN_TEST_PG="postgresql://postgres@127.0.0.1:$pgport/postgres"
  echo "PostgreSQL test server on 127.0.0.1:$pgport"
else
  echo "PostgreSQL test server not started (needs root and the postgresql package); server tests are skipped." >&2
fi

cd "$build"
QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600

# Fuzz targets: built with clang and libFuzzer in their own build folder, each run for a bounded time.
if command -v clang++ >/dev/null; then
  fuzzbuild="$HOIVIEN_ROOT/build-fuzz"
  CC=clang CXX=clang++ cmake -S "$HOIVIEN_ROOT" -B "$fuzzbuild" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DHOIVIEN_BUILD_FUZZ=ON -DHOIVIEN_BUILD_TESTS=OFF -DHOIVIEN_BUILD_BENCH=OFF -DHOIVIEN_BUILD_GUI=OFF >/dev/null
  cmake --build "$fuzzbuild" --parallel "$(nproc)"
  for target in "$fuzzbuild"/fuzz/*_fuzz; do
    [ -x "$target" ] || continue
    name="$(basename "$target" _fuzz)"
    corpus="$HOIVIEN_ROOT/tests/data/fuzz/$name"
    work="$(mktemp -d)"
    cp -r "$corpus"/. "$work"/ 2>/dev/null || true
    echo "Fuzzing $name for ${HOIVIEN_FUZZ_SECONDS:-40} s"
    "$target" "$work" -max_total_time="${HOIVIEN_FUZZ_SECONDS:-40}" -max_len=65536 -rss_limit_mb=2048 \
      -artifact_prefix="$HOIVIEN_ROOT/tests/data/fuzz/crash-$name-" >/dev/null 2>"$work/log" \
      || { tail -40 "$work/log"; echo "Fuzzing $name found a crash (kept in tests/data/fuzz/)." >&2; exit 1; }
    rm -rf "$work"
  done
fi
echo "All tests passed."
