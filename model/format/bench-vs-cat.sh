#!/bin/sh
# Throughput of the document readers against cat, in one run (the machine is
# shared: only ratios measured together mean anything). Each reader's
# BenchmarkExtract reports MB/s of extracted text; cat's MB/s is measured on
# a file of the seeds' text, 64 MB, read from the page cache.
#   sh model/format/bench-vs-cat.sh
set -e
cd "$(dirname "$0")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
i=0
while [ "$(wc -c < "$tmp/text" 2>/dev/null || echo 0)" -lt 67108864 ]; do
	cat seeds/*.txt >> "$tmp/text"
	i=$((i + 1))
done
cat "$tmp/text" > /dev/null # into the page cache
catrate() {
	start=$(date +%s%N)
	for _ in 1 2 3 4 5; do cat "$tmp/text" > /dev/null; done
	end=$(date +%s%N)
	size=$(wc -c < "$tmp/text")
	echo "$size $start $end" | awk '{ printf "%.0f", 5 * $1 / 1e6 / (($3 - $2) / 1e9) }'
}
before=$(catrate)
go test -run '^$' -bench 'BenchmarkExtract$' -benchtime 2s ./model/format/docx ./model/format/html ./model/format/pdf ./model/format/doc |
	tee "$tmp/bench" | grep -E '^(Benchmark|ok)'
after=$(catrate)
echo "cat: $before MB/s before, $after MB/s after"
awk -v cat="$(( (before + after) / 2 ))" '/^Benchmark/ {
	line = ""
	for (i = 1; i <= NF; i++) {
		if ($(i) == "MB/s") line = sprintf("%-40s %8.1f MB/s  = cat/%.0f", $1, $(i-1), cat / $(i-1))
		if ($(i) == "text-MB/cpu-s") line = line sprintf("  (%.1f text-MB/cpu-s)", $(i-1))
	}
	if (line != "") print line
}' "$tmp/bench"
