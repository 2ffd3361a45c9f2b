package model

import (
	"fmt"
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"baogao/seeds"
)

// corpusBytes is the size of the generated benchmark corpus.
const corpusBytes = 100 << 20

// generateCorpus writes reports derived from the seeds into dir until they
// add up to at least size bytes, and returns the total. Each file shuffles
// the seed's sentences, changes its numbers and its district, and a few are
// GB18030 or CRLF, as real collections are.
func generateCorpus(tb testing.TB, dir string, size int) int {
	tb.Helper()
	var texts []string
	fs.WalkDir(seeds.FS, ".", func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".txt") {
			b, _ := fs.ReadFile(seeds.FS, p)
			texts = append(texts, string(b))
		}
		return nil
	})
	rng := rand.New(rand.NewPCG(1, 2))
	districts := []string{"历下区", "市中区", "槐荫区", "天桥区", "历城区", "长清区", "章丘区", "济阳区", "莱芜区", "钢城区", "平阴县", "商河县"}
	total := 0
	for i := 0; total < size; i++ {
		text := mutate(texts[i%len(texts)], rng, districts[rng.IntN(len(districts))])
		var b []byte
		switch i % 20 {
		case 7:
			b, _ = simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(text))
		case 13:
			b = []byte(strings.ReplaceAll(text, "\n", "\r\n"))
		default:
			b = []byte(text)
		}
		p := filepath.Join(dir, fmt.Sprintf("d%02d", i%50), fmt.Sprintf("report-%05d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			tb.Fatal(err)
		}
		total += len(b)
	}
	return total
}

// mutate returns a variant of a seed: sentences of each line shuffled a
// little, digits changed, the district replaced, and the text doubled now
// and then so file sizes vary.
func mutate(text string, rng *rand.Rand, district string) string {
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		sentences := strings.SplitAfter(l, "。")
		if len(sentences) > 3 && rng.IntN(2) == 0 {
			j := 1 + rng.IntN(len(sentences)-2)
			sentences[j], sentences[j-1] = sentences[j-1], sentences[j]
		}
		lines[i] = strings.Join(sentences, "")
	}
	out := []rune(strings.Join(lines, "\n"))
	for i, r := range out {
		if r >= '0' && r <= '9' && rng.IntN(3) == 0 {
			out[i] = '0' + rune(rng.IntN(10))
		}
	}
	s := strings.ReplaceAll(string(out), "历下区", district)
	if rng.IntN(4) == 0 {
		s += "\n" + s
	}
	return s
}

// BenchmarkLoadParse loads and parses a generated corpus of at least 100 MB
// from disk (warm page cache), the way `baogao DIR` does.
func BenchmarkLoadParse(b *testing.B) {
	dir := b.TempDir()
	total := generateCorpus(b, dir, corpusBytes)
	LoadPaths([]string{dir}, nil) // warm the page cache
	b.SetBytes(int64(total))
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		loaded := LoadPaths([]string{dir}, nil)
		if len(loaded.Errors) > 0 || len(loaded.Reports) == 0 {
			b.Fatalf("%d reports, errors %v", len(loaded.Reports), loaded.Errors[:min(3, len(loaded.Errors))])
		}
	}
}

// BenchmarkParse parses one seed in memory, without I/O or decoding.
func BenchmarkParse(b *testing.B) {
	text, _ := fs.ReadFile(seeds.FS, "zibo-zhoucun-2023.txt")
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		Parse("zibo", string(text))
	}
}
