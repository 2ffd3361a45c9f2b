package export

import (
	"bytes"
	"slices"
	"testing"
	"time"

	"baogao/model"
	"baogao/model/compare"
	"baogao/seeds"
)

var fixedDate = time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)

func seedReports(t testing.TB) []*model.Report {
	t.Helper()
	l := model.LoadFS(seeds.FS, "seeds")
	if len(l.Reports) < 2 {
		t.Fatalf("seeds: %d reports", len(l.Reports))
	}
	return l.Reports
}

// TestTrackedAcceptReject: for every ordered pair of seeds, accepting all
// revisions gives B's text and rejecting all gives A's, paragraph by
// paragraph, as the docx reader reads them.
func TestTrackedAcceptReject(t *testing.T) {
	rs := seedReports(t)
	for _, a := range rs {
		for _, b := range rs {
			if a == b {
				continue
			}
			t.Run(a.ID+"→"+b.ID, func(t *testing.T) {
				checkAcceptReject(t, compare.Reports(a, b))
			})
		}
	}
}

func docxOf(t testing.TB, d *Doc) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := WriteDocx(&buf, d); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func checkResolved(t *testing.T, file []byte, accept bool, want []string) {
	t.Helper()
	got := resolved(t, file, accept)
	if slices.Equal(got, want) {
		return
	}
	what := "accept all"
	if !accept {
		what = "reject all"
	}
	for i := range max(len(got), len(want)) {
		var g, w string
		if i < len(got) {
			g = got[i]
		}
		if i < len(want) {
			w = want[i]
		}
		if g != w {
			t.Fatalf("%s: paragraph %d of %d/%d:\n got %q\nwant %q", what, i, len(got), len(want), g, w)
		}
	}
}
