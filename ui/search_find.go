package ui

import (
	"context"

	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/search"
)

// The search of the open report (see the package comment in search.go):
// queued by whatever needs it, started by Update as a command, answered
// with the hits located, counted and placed on a snapshot of the lines.

// maxShownHits bounds the hits a search locates and shows: in the reader
// (n/N, highlights) and in the results pane. More are counted, not shown.
const maxShownHits = 100_000

// then says what the reader does when a search of the open report answers.
type then int

const (
	thenNothing then = iota // a report was opened: no current hit
	thenFirst               // Enter: the first hit from the top of the view
	thenKeep                // the lines were wrapped again: the same current hit
	thenSelect              // a hit chosen in the results: that hit
)

// findRequest is a search of the open report: a query to look for, or
// (place) the hits shown to place again on new lines.
type findRequest struct {
	q      *search.Query
	then   then
	target search.Hit // for thenSelect
	place  bool       // only place the reader's hits again
}

// foundMsg is the answer of a search of the open report.
type foundMsg struct {
	gen    int
	placed placed
	counts []int // hits per outline section; nil when only placed again
	err    error
}

// applySearch queues a search of the open report for q; the reader
// shows its hits when it answers, then does th.
func (a *App) applySearch(q *search.Query, th then) {
	a.search.query = q
	a.search.queued = &findRequest{q: q, then: th}
}

// searchOpened applies the current query to a report just opened.
func (a *App) searchOpened() {
	if a.search.query != nil {
		a.applySearch(a.search.query, thenNothing)
	}
}

// queuedFind starts the queued search of the open report, if any, as a
// command, cancelling the one running. When the reader's lines were
// wrapped again (a resize) and no search is queued, the hits shown are
// placed again, or the running search restarted for the new lines.
func (a *App) queuedFind() tea.Cmd {
	s := &a.search
	req := s.queued
	s.queued = nil
	if req == nil {
		switch {
		case s.finding != nil && s.findLayout != a.reader.layout:
			req = s.finding // its answer would be for the old lines
		case s.finding == nil && a.reader.Searching() && a.reader.search.layout != a.reader.layout:
			req = &findRequest{q: s.query, then: thenKeep, place: true}
		}
	}
	if req == nil {
		return nil
	}
	s.stopFind()
	if a.current < 0 || req.q == nil {
		return nil
	}
	if !req.place {
		a.reader.ClearMatches()
		a.outline.SetCounts(nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.findGen++
	s.finding, s.cancelF, s.findLayout = req, cancel, a.reader.layout
	return findCmd(ctx, s.findGen, *req, s.ix, s.ready, a.reports[a.current], a.reader.snapshot(), a.reader.secs, a.reader.Hits(), a.reader.search.total)
}

// findCmd searches rep (or, with req.place, places hits again) off the
// Update loop. w is a snapshot of the reader's lines, which a resize
// replaces rather than changes.
func findCmd(ctx context.Context, gen int, req findRequest, ix *search.Index, ready bool, rep *model.Report,
	w wrapped, secs []*model.Section, hits []search.Hit, total int) tea.Cmd {
	return func() tea.Msg {
		var counts []int
		if !req.place {
			find := search.FindReport
			if ready {
				find = ix.FindReport
			}
			found, err := find(ctx, req.q, rep, maxShownHits)
			if err != nil {
				return foundMsg{gen: gen, err: err}
			}
			hits, total, counts = found.Hits, found.Total, sectionCounts(secs, found.Sections)
		}
		marks, first, err := placeHits(ctx, w, hits)
		if err != nil {
			return foundMsg{gen: gen, err: err}
		}
		return foundMsg{gen: gen, placed: placed{hits, total, marks, first, w.layout}, counts: counts}
	}
}

// stopFind cancels the search of the open report that is running, if any.
func (s *searchUI) stopFind() {
	if s.cancelF != nil {
		s.cancelF()
	}
	s.finding, s.cancelF = nil, nil
}

// gotFound shows the answer of the latest search of the open report and
// drops any other. A search is only cancelled by a newer one or by
// clearing, so an error here is always a stale answer.
func (a *App) gotFound(msg foundMsg) {
	s := &a.search
	req := s.finding
	if msg.gen != s.findGen || req == nil || msg.err != nil {
		return
	}
	s.stopFind()
	sel := -1
	if req.then == thenKeep {
		sel = a.reader.search.sel
	}
	a.reader.setPlaced(msg.placed, sel)
	if msg.counts != nil {
		a.outline.SetCounts(msg.counts)
	}
	switch req.then {
	case thenFirst:
		a.reader.FirstMatch()
	case thenSelect:
		for j, h := range a.reader.Hits() {
			if h.Section == req.target.Section && h.Para == req.target.Para && h.ParaStart == req.target.ParaStart {
				a.reader.SelectMatch(j)
				break
			}
		}
	}
	if req.then != thenKeep {
		a.outline.Follow(a.reader.Current())
	}
}
