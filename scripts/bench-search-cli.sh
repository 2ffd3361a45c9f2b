#!/usr/bin/env bash
# bench-search-cli.sh — cold `baogao search --count` against `rg -c` on a
# generated folder of ~100 MB of reports, both with a warm page cache.
#
#   scripts/bench-search-cli.sh [RUNS] [TERM...]
#
# It generates the folder once (model/internal/corpus: the seeds with shuffled
# sentences and changed digits, 1 file in 40 in GB18030, 1 in 50 with 碳达峰),
# builds the binary, reads every file once to warm the cache, then runs each
# command RUNS times per term (interleaved) and prints the best and median
# wall times and the ratio of medians. The machine is shared: compare the
# ratio, not the absolute times.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-7}
shift || true
terms=("$@")
[ ${#terms[@]} -gt 0 ] || terms=(碳达峰 无人机 枫桥经验 法治政府)

dir=${BAOGAO_BENCH_DIR:-/tmp/baogao-bench-100mb}
if [ ! -d "$dir" ]; then
	go run ./model/internal/corpus/gencorpus -size 100 "$dir"
fi
bin=$(mktemp -d)/baogao
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$bin" ./cmd/baogao
command -v rg >/dev/null || { echo "ripgrep (rg) is not installed: apt-get install ripgrep" >&2; exit 1; }
cat "$dir"/* >/dev/null # warm the page cache
echo "folder: $dir, $(ls "$dir" | wc -l) files, $(du -sh "$dir" | cut -f1); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"

# ms CMD...: wall milliseconds of one run, output discarded
ms() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1 || true
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}
stats() { sort -n | awk '{a[NR]=$1} END {printf "%d %d\n", a[1], a[int((NR+1)/2)]}'; }

printf "%-10s %6s %6s | %8s %8s | %8s %8s | %s\n" TERM rg-files bg-files "rg best" "rg med" "bg best" "bg med" "ratio (median)"
for term in "${terms[@]}"; do
	rgf=$(rg -c "$term" "$dir" | wc -l)
	bgf=$("$bin" search --count "$term" "$dir" | wc -l)
	rgt=() bgt=()
	for _ in $(seq "$runs"); do
		rgt+=("$(ms rg -c "$term" "$dir")")
		bgt+=("$(ms "$bin" search --count "$term" "$dir")")
	done
	read -r rgb rgm < <(printf "%s\n" "${rgt[@]}" | stats)
	read -r bgb bgm < <(printf "%s\n" "${bgt[@]}" | stats)
	printf "%-10s %6d %6d | %6dms %6dms | %6dms %6dms | %.2f\n" "$term" "$rgf" "$bgf" "$rgb" "$rgm" "$bgb" "$bgm" \
		"$(echo "$bgm / $rgm" | bc -l)"
done
