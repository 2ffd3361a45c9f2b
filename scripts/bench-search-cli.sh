#!/usr/bin/env bash
# bench-search-cli.sh — cold `baogao search --count` against `rg -c` on a
# generated folder of ~100 MB of reports, both with a warm page cache.
#
#   [BAOGAO_BIN=path] scripts/bench-search-cli.sh [RUNS] [TERM...]
#
# It generates the folder once (model/internal/corpus: the seeds with shuffled
# sentences and changed digits, 1 file in 40 in GB18030, 1 in 50 with 碳达峰),
# builds the binary, reads every file once to warm the cache, then runs each
# command RUNS times per term (interleaved) and prints the median wall time
# and CPU time (user + system) of each and their ratios. On a shared machine
# wall time includes waiting for a core: compare ratios, and CPU time too.
# (bg-files counts GB18030 files too, which rg cannot read.)
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
# BAOGAO_BIN: a binary built elsewhere (e.g. while another package of the
# module does not build); by default it is built from this tree.
bin=${BAOGAO_BIN:-}
if [ -z "$bin" ]; then
	bin=$(mktemp -d)/baogao
	CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$bin" ./cmd/baogao
fi
command -v rg >/dev/null || { echo "ripgrep (rg) is not installed: apt-get install ripgrep" >&2; exit 1; }
cat "$dir"/* >/dev/null # warm the page cache
echo "folder: $dir, $(ls "$dir" | wc -l) files, $(du -sh "$dir" | cut -f1); $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"

# run CMD...: "wall_ms cpu_ms" of one run (cpu = user + system), output discarded
run() {
	/usr/bin/time -f "%e %U %S" -o "$tmp" "$@" >/dev/null 2>&1 || true
	awk '{printf "%d %d\n", $1 * 1000, ($2 + $3) * 1000}' "$tmp"
}
tmp=$(mktemp)
med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf "%-10s %8s %8s | %9s %9s | %9s %9s | %s\n" TERM rg-files bg-files "rg wall" "rg cpu" "bg wall" "bg cpu" "ratio wall (cpu), medians"
for term in "${terms[@]}"; do
	rgf=$(rg -c "$term" "$dir" | wc -l)
	bgf=$("$bin" search --count "$term" "$dir" | wc -l)
	rgw=() rgc=() bgw=() bgc=()
	for _ in $(seq "$runs"); do
		read -r w c < <(run rg -c "$term" "$dir")
		rgw+=("$w") rgc+=("$c")
		read -r w c < <(run "$bin" search --count "$term" "$dir")
		bgw+=("$w") bgc+=("$c")
	done
	rw=$(printf "%s\n" "${rgw[@]}" | med) rc=$(printf "%s\n" "${rgc[@]}" | med)
	bw=$(printf "%s\n" "${bgw[@]}" | med) bc=$(printf "%s\n" "${bgc[@]}" | med)
	printf "%-10s %8d %8d | %7dms %7dms | %7dms %7dms | %.2f (%.2f)\n" "$term" "$rgf" "$bgf" "$rw" "$rc" "$bw" "$bc" \
		"$(echo "$bw / $rw" | bc -l)" "$(echo "$bc / ($rc + 0.001)" | bc -l)"
done
rm -f "$tmp"
