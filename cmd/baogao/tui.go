package main

import (
	"baogao/model/pins"
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/ui"
)

// tuiOptions configure the app that runApp starts.
type tuiOptions struct {
	problems model.Problems
	wide     bool
	// compare, when set, opens compare mode on reports[compareA] (A) and
	// reports[compareB] (B) instead of the reader (baogao diff A B).
	compare            bool
	compareA, compareB int
	pairs              []pins.Pair         // --pair, over the kept hand pairs of A and B
	more               <-chan model.Loaded // the rest of the reports, while the app runs
}

// runApp opens the full-screen app on the loaded reports (the reader, or
// compare mode for baogao diff) and returns the process exit code. The
// problems, already printed to stderr, are listed in the app too.
func runApp(reports []*model.Report, o tuiOptions) int {
	app := ui.New(reports, o.appOptions())
	if o.compare {
		app.OpenCompare(o.compareA, o.compareB)
	}
	// 120 frames a second (the most Bubble Tea allows) halves the wait for
	// the first frame, which is painted on the first tick of the frame
	// clock, and key-repeat scrolling still costs under a millisecond per frame.
	if _, err := tea.NewProgram(app, tea.WithFPS(120)).Run(); err != nil {
		fmt.Fprintf(os.Stderr, "baogao: %v\n", err)
		return 1
	}
	return 0
}

// appOptions are the app's options: the problems as lines, those that did
// not load apart from the warnings about those that did.
func (o tuiOptions) appOptions() ui.Options {
	return ui.Options{
		Problems: o.problems.Unloaded(),
		Warnings: o.problems.WarningLines(),
		Wide:     o.wide,
		NoColor:  ui.NoColorFromEnv(),
		Settings: settings,
		Version:  version,
		Pins:     pinStore(),
		Pairs:    o.pairs,
		More:     o.more,
	}
}

// pinStore is where the app keeps hand pairs, or nil when there is no
// state directory (the pairs then last until quitting).
func pinStore() *pins.Store {
	s, err := pins.Open()
	if err != nil {
		return nil
	}
	return s
}
