#!/usr/bin/env bash
# The Linux builds for the domestic machines, run here under qemu user
# emulation: linux/arm64 (qemu-aarch64-static) and linux/loong64
# (qemu-loongarch64-static).
#
# For each: the model and ui tests cross-compiled and run through the
# emulator (go test -exec) with -short (the sweeps over all of Unicode try
# every seventh code point, the hostile-widths screens every ninth width),
# which takes about a minute per architecture on two cores; then a smoke run
# of the static CLI, whose output must equal the native build's byte for
# byte.
#
# Tests that start their own binary again (a child per ambiguous mode) find
# the emulator in BAOGAO_TEST_EXEC: without binfmt_misc the kernel cannot
# run a foreign binary itself.
#
# Usage: .ci/emulated.sh [arm64|loong64]...   (default: both)
set -euo pipefail
cd "$(dirname "$0")/.."

command -v qemu-aarch64-static >/dev/null 2>&1 && command -v qemu-loongarch64-static >/dev/null 2>&1 ||
  { apt-get update -qq && apt-get install -y -qq qemu-user-static >/dev/null; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# smoke BIN [EMULATOR]: the CLI's commands on the embedded sample reports and
# on the hostile-widths report, into one transcript.
smoke() {
  local bin=$1 emu=${2:-} hostile=ui/testdata/hostile-widths.txt
  {
    $emu "$bin" --version
    $emu "$bin" list
    $emu "$bin" outline jinan-lixia-2024
    $emu "$bin" show zibo-zhoucun-2023
    $emu "$bin" search 法治政府
    $emu "$bin" search --count 依法行政 seeds/*.txt "$hostile"
    $emu "$bin" diff jinan-lixia-2024 zibo-zhoucun-2023
    $emu "$bin" show "$hostile"
    $emu "$bin" outline "$hostile"
  } 2>&1
}

CGO_ENABLED=0 go build -trimpath -o "$work/baogao-native" ./cmd/baogao
smoke "$work/baogao-native" >"$work/native.txt"

fail=0
archs=("$@")
[ ${#archs[@]} -gt 0 ] || archs=(arm64 loong64)
for arch in "${archs[@]}"; do
  case $arch in
  arm64) emu=qemu-aarch64-static ;;
  loong64) emu=qemu-loongarch64-static ;;
  *) echo "unknown architecture $arch"; exit 2 ;;
  esac
  echo "-- linux/$arch: go test -short (emulated by $emu)"
  start=$(date +%s)
  if ! BAOGAO_TEST_EXEC=$emu CGO_ENABLED=0 GOARCH=$arch \
    go test -short -count=1 -exec "$emu" ./model/... ./ui/...; then
    fail=1
  fi
  echo "   tests took $(($(date +%s) - start)) s"
  CGO_ENABLED=0 GOOS=linux GOARCH=$arch go build -trimpath -ldflags="-s -w" -o "$work/baogao-$arch" ./cmd/baogao
  smoke "$work/baogao-$arch" "$emu" >"$work/$arch.txt"
  if cmp -s "$work/native.txt" "$work/$arch.txt"; then
    echo "-- linux/$arch: the CLI smoke run matches the native build ($(wc -l <"$work/native.txt") lines)"
  else
    echo "FAIL linux/$arch: the CLI smoke run differs from the native build"
    diff "$work/native.txt" "$work/$arch.txt" | head -20
    fail=1
  fi
done
exit $fail
