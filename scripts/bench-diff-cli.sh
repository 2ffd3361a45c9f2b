#!/usr/bin/env bash
# bench-diff-cli.sh — wall time of `baogao diff` against
# `git diff --no-index --word-diff-regex=. A B` on the same two files, in
# one run, with hyperfine when it is installed (apt-get install hyperfine)
# and a plain loop otherwise.
#
#   scripts/bench-diff-cli.sh [RUNS] [A B]
#
# Default files: two sample reports of different districts (the heavy case
# for a character diff) and, second, 历下区 2024 against an edited copy of
# itself (a count changed, a sentence dropped, the plans year moved on).
# The binary is built as released (static, stripped). Both commands write
# to /dev/null. The machine is shared: compare the ratio, not the times.
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
bin=$(mktemp -d)/baogao
CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o "$bin" ./cmd/baogao
tmp=$(dirname "$bin")
next="$tmp/jinan-lixia-next.txt"
sed -e 's/听取法治建设工作汇报14次/听取法治建设工作汇报26次/' -e 's/三是社会和谐稳定质效全面提升。//' \
	-e 's/2025年工作打算/2026年工作打算/' seeds/jinan-lixia-2024.txt >"$next"
if [ $# -ge 3 ]; then
	pairs=("$2 $3")
else
	pairs=("seeds/jinan-lixia-2024.txt seeds/zibo-zhoucun-2023.txt" "seeds/jinan-lixia-2024.txt $next")
fi
echo "$(nproc) CPUs; load $(cut -d' ' -f1-3 /proc/loadavg); $runs runs each"

# ms CMD...: wall milliseconds (fractional) of one run, output discarded
ms() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null 2>&1 || true
	t1=$(date +%s%N)
	echo "$(((t1 - t0) / 1000))" | awk '{printf "%.2f\n", $1/1000}'
}
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

for pair in "${pairs[@]}"; do
	read -r a b <<<"$pair"
	echo; echo "== $(basename "$a") vs $(basename "$b")"
	if command -v hyperfine >/dev/null; then
		hyperfine -N -i --warmup 3 --runs "$runs" --export-json "$tmp/h.json" \
			"$bin diff $a $b" "git diff --no-index --word-diff-regex=. $a $b" >/dev/null 2>&1 || true
		python3 - "$tmp/h.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))["results"]
bg, git = r[0], r[1]
print(f"baogao diff: median {bg['median']*1000:.2f} ms (mean {bg['mean']*1000:.2f} ± {bg['stddev']*1000:.2f})")
print(f"git diff   : median {git['median']*1000:.2f} ms (mean {git['mean']*1000:.2f} ± {git['stddev']*1000:.2f})")
print(f"ratio (median): {bg['median']/git['median']:.2f}x")
PY
	else
		bg=() gd=()
		for _ in $(seq "$runs"); do # interleaved, so that load hits both alike
			bg+=("$(ms "$bin" diff "$a" "$b")")
			gd+=("$(ms git diff --no-index --word-diff-regex=. "$a" "$b")")
		done
		mb=$(printf '%s\n' "${bg[@]}" | median)
		mg=$(printf '%s\n' "${gd[@]}" | median)
		echo "baogao diff: median $mb ms"
		echo "git diff   : median $mg ms"
		awk -v b="$mb" -v g="$mg" 'BEGIN {printf "ratio (median): %.2fx\n", b/g}'
	fi
done
