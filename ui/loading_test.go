package ui

import (
	"strings"
	"testing"

	"baogao/model"
)

// TestBatchesFillTheList: an app started with no reports takes the
// batches as they come: the list grows, the first report opens, the
// problems join the "!" list, and the search index covers every report
// once the load is over.
func TestBatchesFillTheList(t *testing.T) {
	reports := seedReports(t)
	a := sized(nil, Options{}, 120, 30)
	if a.rd().current >= 0 {
		t.Fatal("a report is open before any loaded")
	}
	a = send(a, batchMsg{Loaded: model.Loaded{Reports: reports[:2]}})
	if got := len(a.e.reports); got != 2 || a.rd().current != 0 {
		t.Fatalf("after one batch: %d reports, current %d; want 2, 0", got, a.rd().current)
	}
	a = keys(a, "tab", "tab", "G") // to the list's last row
	rest := model.Loaded{Reports: reports[2:]}
	rest.Fail("broken.txt", model.ErrEmpty)
	a = send(a, batchMsg{Loaded: rest}, batchMsg{done: true})
	if got := a.rd().list.Rows(); got != len(reports)+1 {
		t.Errorf("list has %d rows, want %d reports and one problem", got, len(reports))
	}
	if !strings.Contains(plain(a), "broken.txt") {
		t.Errorf("the failed file is not listed:\n%s", plain(a))
	}
	if got := len(a.e.ix.Reports()); got != len(reports) {
		t.Errorf("search index covers %d reports, want %d", got, len(reports))
	}
}
