package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"baogao/model/pins"
)

// TestComparePinsLast: a pair made with p is saved in the store, marked p
// in the pair list, and there again when the same two reports are
// compared after a restart, either way round; Options.Pairs (diff --pair)
// lay over the kept ones for the first comparison.
func TestComparePinsLast(t *testing.T) {
	reports := seedReports(t)
	lixia, zhoucun := seedIndex(t, reports, "jinan-lixia-2024"), seedIndex(t, reports, "zibo-zhoucun-2023")
	store := pins.At(filepath.Join(t.TempDir(), "pins.json"))
	opts := Options{NoColor: true, Pins: store}
	a := comparing(reports, opts, 160, 48, lixia, zhoucun)
	a = keys(a, "]", "p")
	three := reports[zhoucun].Sections[2]
	a = pickItem(t, a, three.Title)
	kept, err := store.Load(pins.Key(reports[lixia]), pins.Key(reports[zhoucun]))
	if err != nil || len(kept) != 1 || kept[0] != (pins.Pair{A: "1", B: "3"}) {
		t.Fatalf("kept %v, %v; want 1=3", kept, err)
	}
	row := ansi.Strip(a.cm().pairs.row(newStyles(true, true, false), a.cm().diff.Pair(), false))
	if !strings.Contains(row, "p#") && !strings.Contains(row, "p~") {
		t.Errorf("the hand pair is not marked in the list: %q", row)
	}

	// A restart: a new app, the same store.
	b := comparing(reports, opts, 160, 48, lixia, zhoucun)
	if !hasPin(b, "1", "3") {
		t.Error("the hand pair did not survive a restart")
	}
	if c := comparing(reports, opts, 160, 48, zhoucun, lixia); !hasPin(c, "3", "1") {
		t.Error("the hand pair is not kept with the sides swapped")
	}
	// --pair over the kept pairs: 1=- keeps A's 一 unpaired.
	over := opts
	over.Pairs = []pins.Pair{{A: "1", B: "-"}}
	if d := comparing(reports, over, 160, 48, lixia, zhoucun); hasPin(d, "1", "3") || !hasPin(d, "1", "-") {
		t.Error("Options.Pairs do not lay over the kept pairs")
	}
	// Without a store, nothing is kept.
	e := comparing(reports, Options{NoColor: true}, 160, 48, lixia, zhoucun)
	if hasPin(e, "1", "3") {
		t.Error("a hand pair without a store")
	}
}

// hasPin reports whether the comparison has a pinned pair of A's section
// a with B's b ("-" for none).
func hasPin(x App, a, b string) bool {
	for _, p := range x.cm().c.Pairs {
		pa, pb := "-", "-"
		if p.A != nil {
			pa = p.A.Path
		}
		if p.B != nil {
			pb = p.B.Path
		}
		if p.Pinned && pa == a && pb == b {
			return true
		}
	}
	return false
}
