package ui

import (
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/search"
)

// Loading a big folder goes on while the app runs: the reports come in
// batches on Options.More (model.Stream), each a batchMsg, and join the
// list as they come; keys stay live because the wait for the next batch is
// a tea.Cmd, off the Update loop. Quitting leaves the rest unloaded (the
// caller cancels the stream).

// batchMsg is one batch of reports and problems; done says the channel
// closed (the load is over, or cancelled).
type batchMsg struct {
	model.Loaded
	done bool
}

// nextBatch waits for the next batch on more, or nil without a stream.
func nextBatch(more <-chan model.Loaded) tea.Cmd {
	if more == nil {
		return nil
	}
	return func() tea.Msg {
		b, ok := <-more
		return batchMsg{Loaded: b, done: !ok}
	}
}

// addBatch takes a batch into the environment: its reports, its problems
// and warnings for the "!" list, and at the end of the load a search
// index over every report, built in the background. It returns the wait
// for the next batch, or the index build.
func (e *env) addBatch(b batchMsg) tea.Cmd {
	if b.done {
		e.ix, e.ixReady = search.NewIndex(e.reports), false
		return buildIndex(e.ix)
	}
	e.reports = append(e.reports, b.Reports...)
	e.opts.Problems = append(e.opts.Problems, b.Unloaded()...)
	e.opts.Warnings = append(e.opts.Warnings, b.WarningLines()...)
	if e.lay.width > 0 {
		e.lay = newLayout(e.lay.width, e.lay.height, max(len(e.reports), 1)+len(e.opts.notes()))
	}
	return nextBatch(e.opts.More)
}

// gotBatch refreshes the report list after a batch (SetLen keeps the cursor),
// and opens the first report when none was open.
func (r *readMode) gotBatch(e *env) tea.Cmd {
	r.list.SetReports(e.reports, e.opts.notes())
	if r.current < 0 && len(e.reports) > 0 {
		r.open(e, 0)
	}
	return r.SetSize(e)
}
