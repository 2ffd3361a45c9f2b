package fold_test

// Tests on the seeds, outside the package: their checks live in
// internal/fixture, which imports it.

import (
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/model/fold"
)

// TestMapSeeds checks the invariants of Map on real text: the key is
// String's, the map has one entry per key byte plus the end, every entry is a
// rune start in the original, entries never go backwards, every key rune
// comes from the original rune the map names (or is a space from
// whitespace), and folding a key changes nothing.
func TestMapSeeds(t *testing.T) {
	for _, s := range fixture.SeedTexts(t) {
		fixture.CheckFoldMap(t, s)
	}
}

func BenchmarkString(b *testing.B) {
	text := strings.Join(fixture.SeedTexts(b), "\n")
	b.SetBytes(int64(len(text)))
	for b.Loop() {
		fold.String(text)
	}
}
