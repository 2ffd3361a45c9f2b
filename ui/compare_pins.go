package ui

// Hand pairs that last: the pins of a comparison are kept per pair of
// reports (by a hash of their text) in the user's state directory
// (model/pins), loaded with the first comparison of two reports and saved
// whenever p changes them. Both run inside commands, off the Update loop.
// Options.Pins nil (the tests) keeps them in memory only; Options.Pairs
// (baogao diff --pair) are laid over the stored ones when compare mode
// opens.

import (
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/compare"
	"baogao/model/pins"
)

// storedPins are the pins kept for ra and rb, with over (baogao diff
// --pair) laid over them, as sections; paths that no longer exist are
// dropped. It reads the store: call it inside a command.
func storedPins(store *pins.Store, ra, rb *model.Report, over []pins.Pair) [][2]*model.Section {
	var kept []pins.Pair
	if store != nil {
		kept, _ = store.Load(pins.Key(ra), pins.Key(rb)) // an unreadable store is an empty one
	}
	ps, _ := pins.Resolve(ra, rb, pins.Merge(kept, over))
	return ps
}

// pinsSavedMsg says whether the pins were saved.
type pinsSavedMsg struct{ err error }

// savePinsCmd keeps the pins of ra and rb in the store.
func savePinsCmd(store *pins.Store, ra, rb *model.Report, ps [][2]*model.Section) tea.Cmd {
	if store == nil {
		return nil
	}
	paths := pins.FromSections(ps)
	return func() tea.Msg {
		return pinsSavedMsg{store.Save(pins.Key(ra), pins.Key(rb), paths)}
	}
}

// compareWithStored compares ra and rb with the stored pins (and over),
// for the first comparison of two reports.
func compareWithStored(store *pins.Store, ra, rb *model.Report, over []pins.Pair, gen int) tea.Msg {
	ps := storedPins(store, ra, rb, over)
	return comparedMsg{gen: gen, c: compare.ReportsWith(ra, rb, compare.Options{Pins: ps}), pins: ps, loaded: true}
}
