//go:build linux || darwin

package search

import (
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/model"
)

// TestSearchFolderSkipsSpecialFiles is the same for search, which reads
// files its own way, with and without counting, for a term that is in the
// reports and one that is not.
func TestSearchFolderSkipsSpecialFiles(t *testing.T) {
	dir, special := fixture.SpecialFolder(t)
	for _, query := range []string{"法治", "碳达峰"} {
		for _, count := range []bool{false, true} {
			var res PathsResult
			fixture.WithDeadline(t, "Paths", func() { res = Paths([]string{dir}, nil, mustQuery(t, query, false), count) })
			if got, want := notRegular(res.Skipped), strings.Join(special, " "); got != want || len(res.Errors) > 0 {
				t.Errorf("%s, count %v: skipped as not regular %q, errors %v; want %q", query, count, got, res.Errors, want)
			}
			if query == "法治" && len(res.Files) != 3 {
				t.Errorf("%s, count %v: %d files with hits, want 3", query, count, len(res.Files))
			}
		}
	}
}

func notRegular(skipped []model.Skip) string {
	var paths []string
	for _, s := range skipped {
		if s.Reason == "not a regular file" {
			paths = append(paths, s.Path)
		}
	}
	return strings.Join(paths, " ")
}
