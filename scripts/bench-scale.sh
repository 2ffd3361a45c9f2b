#!/usr/bin/env bash
# bench-scale.sh — baogao at scale against rg and cat, on generated folders
# of 100 MB and 1 GB (model/internal/corpus; written under /tmp, never into
# the repository), in one interleaved run per size:
#
#   [RUNS=3] [SIZES="100 1024"] [PRINT_TERMS="碳达峰 枫桥经验"] [BAOGAO_BIN=path] \
#     scripts/bench-scale.sh [TERM...]
#
# Per size: the index build (`baogao index`: wall, CPU, peak RSS, size on
# disk against the folder's), then per term the indexed `search` (printing
# hits; only PRINT_TERMS: a term in every file makes it a parse of the
# whole folder) against `rg TERM`, `search --count` against `rg --count-matches`,
# and `list` without the index (first) and with it (second) against `cat`
# of every file. Medians of RUNS runs, each command once per round; peak RSS
# is the largest of the runs (/usr/bin/time -v). The indexes go to
# /tmp/baogao-scale-index (BAOGAO_INDEX_DIR), not the user's cache. On a
# shared machine wall time includes waiting for a core: read the ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
sizes=${SIZES:-100 1024}
terms=("$@")
[ ${#terms[@]} -gt 0 ] || terms=(法治政府 枫桥经验 碳达峰 12345 法 督察 "行政 复议" '"依法行政"')
read -r -a print_terms <<<"${PRINT_TERMS:-碳达峰 枫桥经验}"
command -v rg >/dev/null || { echo "ripgrep (rg) is not installed" >&2; exit 1; }

bin=${BAOGAO_BIN:-}
if [ -z "$bin" ]; then
	bin=$(mktemp -d)/baogao
	CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$bin" ./cmd/baogao
fi
gen=$(mktemp -d)/gencorpus
go build -o "$gen" ./model/internal/corpus/gencorpus
export BAOGAO_INDEX_DIR=/tmp/baogao-scale-index
noindex=$(mktemp -d) # an empty index directory: baogao reads the files
tmp=$(mktemp)

# measure CMD...: "wall_ms cpu_ms maxrss_kb" of one run, output discarded
measure() {
	/usr/bin/time -v -o "$tmp" "$@" >/dev/null 2>&1 || true
	awk -F': ' '/Elapsed/ {n = split($2, t, ":"); w = (n == 3) ? t[1]*3600 + t[2]*60 + t[3] : t[1]*60 + t[2]}
		/User time/ {u = $2} /System time/ {s = $2} /Maximum resident/ {m = $2}
		END {printf "%d %d %d\n", w * 1000, (u + s) * 1000, m}' "$tmp"
}
med() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
maxof() { sort -n | tail -1; }

# bench NAME ANCHOR-NAME -- CMD... -- ANCHOR...: interleaved runs, one line
bench() {
	local name=$1 aname=$2; shift 2
	local cmd=() anchor=()
	shift # --
	while [ "$1" != "--" ]; do cmd+=("$1"); shift; done
	shift
	anchor=("$@")
	local bw=() bm=() aw=() am=()
	for _ in $(seq "$runs"); do
		read -r w c m < <(measure "${cmd[@]}"); bw+=("$w"); bm+=("$m")
		read -r w c m < <(measure "${anchor[@]}"); aw+=("$w"); am+=("$m")
	done
	local b a bmx amx
	b=$(printf "%s\n" "${bw[@]}" | med) a=$(printf "%s\n" "${aw[@]}" | med)
	bmx=$(printf "%s\n" "${bm[@]}" | maxof) amx=$(printf "%s\n" "${am[@]}" | maxof)
	printf "  %-32s %7dms %6dMB | %-22s %7dms %6dMB | %6.3f\n" "$name" "$b" $((bmx / 1024)) "$aname" "$a" $((amx / 1024)) \
		"$(echo "$b / ($a + 0.5)" | bc -l)"
}

for size in $sizes; do
	dir=/tmp/baogao-scale-${size}mb
	[ -d "$dir" ] || "$gen" -size "$size" "$dir" >/dev/null
	files=$(find "$dir" -type f | wc -l)
	bytes=$(du -sb "$dir" | cut -f1)
	find "$dir" -type f -exec cat {} + >/dev/null # warm the page cache
	echo "== $dir: $files files, $((bytes / 1048576)) MB; $(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg)"
	"$bin" index --rm "$dir" >/dev/null 2>&1 || true
	read -r w c m < <(measure "$bin" index "$dir")
	idx=$(du -sb "$BAOGAO_INDEX_DIR"/"$(ls -t "$BAOGAO_INDEX_DIR" | head -1)" | cut -f1)
	printf "  index build: %dms wall, %dms CPU (%.0f MB/s of CPU), peak RSS %d MB; on disk %d MB = %.2f x the folder\n" \
		"$w" "$c" "$(echo "$bytes / 1048576 / ($c / 1000 + 0.001)" | bc -l)" $((m / 1024)) $((idx / 1048576)) "$(echo "$idx / $bytes" | bc -l)"
	read -r w c m < <(measure "$bin" index "$dir")
	printf "  index check, nothing changed: %dms wall, peak RSS %d MB\n" "$w" $((m / 1024))
	printf "  %-32s %9s %8s | %-22s %9s %8s | %s\n" baogao wall RSS anchor wall RSS ratio
	for term in "${print_terms[@]}"; do
		bench "search $term" "rg" -- "$bin" search --color=never "$term" "$dir" -- rg "$term" "$dir"
	done
	for term in "${terms[@]}"; do
		rgterm=${term//\"/} # rg: the first word alone
		bench "search --count $term" "rg --count-matches" -- "$bin" search --count "$term" "$dir" -- rg --count-matches "${rgterm%% *}" "$dir"
	done
	bench "list (no index: first)" "cat" -- env BAOGAO_INDEX_DIR="$noindex" "$bin" list "$dir" -- sh -c "find '$dir' -type f -exec cat {} + >/dev/null"
	bench "list (indexed: second)" "cat" -- "$bin" list "$dir" -- sh -c "find '$dir' -type f -exec cat {} + >/dev/null"
done
rm -f "$tmp"
