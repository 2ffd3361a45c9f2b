package main

import (
	"fmt"
	"os"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/ui"
)

// runTUI opens the full-screen reader on the loaded reports. problems are
// the one-line load errors already printed to stderr; the app lists them
// under the reports. wide says whether ambiguous characters take two cells.
// It returns the process exit code.
func runTUI(reports []*model.Report, problems []string, wide bool) int {
	return runApp(reports, tuiOptions{problems: problems, wide: wide})
}

// tuiOptions configure the app that runApp starts.
type tuiOptions struct {
	problems []string
	wide     bool
	// compare, when set, opens compare mode on reports[compareA] (A) and
	// reports[compareB] (B) instead of the reader (baogao diff A B).
	compare            bool
	compareA, compareB int
}

// runApp starts the app and returns the process exit code.
func runApp(reports []*model.Report, o tuiOptions) int {
	app := ui.New(reports, ui.Options{
		Problems: o.problems,
		Wide:     o.wide,
		NoColor:  ui.NoColorFromEnv(),
	})
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
