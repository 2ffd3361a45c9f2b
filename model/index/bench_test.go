package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"baogao/model/search"
)

// benchFolder is BAOGAO_BENCH_DIR, or a generated 8 MB folder.
func benchFolder(b *testing.B) string {
	if d := os.Getenv("BAOGAO_BENCH_DIR"); d != "" {
		return d
	}
	return testFolder(b, 8<<20)
}

// BenchmarkBuild builds an index from nothing (bytes/op: the folder's).
func BenchmarkBuild(b *testing.B) {
	dir := benchFolder(b)
	b.ReportAllocs()
	for b.Loop() {
		opt := Options{CacheDir: filepath.Join(b.TempDir(), "c")}
		ix, st, err := Sync(dir, opt)
		if err != nil {
			b.Fatal(err)
		}
		b.SetBytes(st.Bytes)
		ix.Close()
	}
}

// BenchmarkSearch counts terms on a built index, after the freshness check.
func BenchmarkSearch(b *testing.B) {
	dir := benchFolder(b)
	opt := Options{CacheDir: filepath.Join(b.TempDir(), "c")}
	if d := os.Getenv("BAOGAO_BENCH_INDEX"); d != "" {
		opt.CacheDir = d // an index built before, e.g. by scripts/bench-scale.sh
	}
	ix, _, err := Sync(dir, opt)
	if err != nil {
		b.Fatal(err)
	}
	ix.Close()
	for _, term := range []string{"法治政府", "碳达峰", "法", "12345"} {
		q, _ := search.ParseQuery(term, false)
		b.Run(term, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix, _, err := Sync(dir, opt)
				if err != nil {
					b.Fatal(err)
				}
				ix.Search(context.Background(), q, true, func(search.FileHits) {})
				ix.Close()
			}
		})
	}
}
