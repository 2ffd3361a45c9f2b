// Package corpus generates large synthetic report corpora from the seeds, for
// search benchmarks (model.BenchmarkSearch) and for the CLI benchmark script
// (scripts/bench-search-cli.sh). The seeds are only five files, and a
// benchmark over five copies of them would measure a cache, not a search, so
// each generated file is a seed with its sentences shuffled and its digits
// changed: same vocabulary and structure, different bytes.
//
// The output is deterministic for a given size. One file in 40 is written in
// GB18030 so that loading stays honest about decoding, and one in 50 gets a
// sentence with a term (碳达峰) that no seed contains, so there is a rare term
// to look for.
package corpus
