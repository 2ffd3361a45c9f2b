package index

import (
	"os"
	"path/filepath"
	"testing"

	"baogao/model"
)

// BenchmarkCheck is the freshness check's parts on BAOGAO_BENCH_DIR with
// its index in BAOGAO_BENCH_INDEX: walk, stat, manifest, maps.
func BenchmarkCheck(b *testing.B) {
	dir, cache := os.Getenv("BAOGAO_BENCH_DIR"), os.Getenv("BAOGAO_BENCH_INDEX")
	if dir == "" || cache == "" {
		b.Skip("BAOGAO_BENCH_DIR and BAOGAO_BENCH_INDEX not set")
	}
	loc, _ := Location(dir, Options{CacheDir: cache})
	for b.Loop() {
		files, _ := model.ReportFiles([]string{dir})
		statAll(files)
		data, err := os.ReadFile(filepath.Join(loc, "meta"))
		if err != nil {
			b.Fatal(err)
		}
		m, err := decodeMeta(data)
		if err != nil {
			b.Fatal(err)
		}
		ix := &Index{}
		ix.setManifest(m)
		foldHash()
	}
}
