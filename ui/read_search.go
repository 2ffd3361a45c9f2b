package ui

// The search of the open report: / opens the prompt on the help line;
// Enter searches the open report, and the reader shows the hits
// (highlight.go) with the first one from the top of the view current; n/N
// move between them and Esc clears them. The query stays applied when
// another report is opened.
//
// A search of the open report runs as a tea.Cmd: a paragraph of a few
// megabytes can hold millions of hits, and locating and placing them takes
// longer than a key may wait. Whatever needs one (Enter, opening a report,
// a resize that wraps the lines again, a hit chosen in the results) only
// queues it; the reader mode starts the queued search when it has handled
// the message (startFind), cancelling the one before, and drops any answer
// but the latest. Only the first maxShownHits hits are located and placed;
// every hit is counted, in each section too, and the status line says how
// many there are.
//
// Until the index of every report is built (search_all.go), the search
// folds the open report alone, which takes milliseconds.

import (
	"context"
	"errors"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/search"
)

// maxShownHits bounds the hits a search locates and shows: in the reader
// (n/N, highlights) and in the results pane. More are counted, not shown.
const maxShownHits = 100_000

// finder is the reader mode's search of the open report.
type finder struct {
	typing bool // the prompt has the keys
	input  prompt

	query *search.Query // applied to the reader; nil for none

	queued  *findRequest       // a search of the open report to start
	gen     int                // generation of the latest one started
	running *findRequest       // it, until it answers
	cancel  context.CancelFunc // cancels it
	layout  int                // the reader's wrapping it places the hits on
}

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

// openHitMsg asks the reader to open a hit chosen in the results of a
// search of every report, as the current match of the same query.
type openHitMsg struct {
	q   *search.Query
	hit search.Hit
}

// startPrompt opens the prompt for the open report with an empty query.
func (r *readMode) startPrompt() {
	r.find.typing = true
	r.find.input = prompt{}
	r.focus = focusReader
}

// promptKey edits the query (see prompt.key); Enter applies it.
func (r *readMode) promptKey(e *env, msg tea.KeyPressMsg) tea.Cmd {
	switch r.find.input.key(e.keys, msg) {
	case promptAccept:
		r.acceptPrompt()
	case promptCancel:
		r.find.typing = false
	case promptEdited:
		r.find.input.check()
	case promptQuit:
		return tea.Quit
	}
	return nil
}

// paste types pasted text into the prompt, if it is open.
func (r *readMode) paste(_ *env, content string) tea.Cmd {
	switch {
	case r.find.typing:
		r.find.input.Insert(content)
		r.find.input.check()
	case r.list.typing:
		r.list.PasteFilter(content)
	case r.cmd.typing:
		r.cmd.input.Insert(content)
	}
	return nil
}

// acceptPrompt is Enter in the prompt: it applies the query and makes the
// first hit from the top of the view current. An empty query clears the
// search; a bad one keeps the prompt open with the error.
func (r *readMode) acceptPrompt() {
	q, err := search.ParseInput(r.find.input.value)
	switch {
	case errors.Is(err, search.ErrEmptyQuery):
		r.find.typing = false
		r.clearSearch()
	case err != nil:
		r.find.input.err = err.Error()
	default:
		r.find.typing = false
		r.applySearch(q, thenFirst)
	}
}

// applySearch queues a search of the open report for q; the reader
// shows its hits when it answers, then does th.
func (r *readMode) applySearch(q *search.Query, th then) {
	r.find.query = q
	r.find.queued = &findRequest{q: q, then: th}
}

// searchOpened applies the current query to a report just opened.
func (r *readMode) searchOpened() {
	if r.find.query != nil {
		r.applySearch(r.find.query, thenNothing)
	}
}

// searchShown reports whether the reader shows a search, or will when
// the running one answers.
func (r *readMode) searchShown() bool {
	return r.reader.Searching() || r.find.running != nil
}

// clearSearch removes the search from the reader and the outline, and
// drops the search of the open report that is running.
func (r *readMode) clearSearch() {
	r.find.query, r.find.queued = nil, nil
	r.find.stop()
	r.reader.ClearMatches()
	r.outline.SetCounts(nil)
}

// stepMatch is n or N in the reader.
func (r *readMode) stepMatch(e *env, msg tea.KeyPressMsg) {
	d := 1
	if key.Matches(msg, e.keys.PrevMatch) {
		d = -1
	}
	r.reader.StepMatch(d)
	r.outline.Follow(r.reader.Current())
}

// openHit opens the report of a hit from the results with the reader on
// the hit, the current match of the same query in that report.
func (r *readMode) openHit(e *env, msg openHitMsg) {
	for i, rep := range e.reports {
		if rep != msg.hit.Report {
			continue
		}
		r.find.query = msg.q
		r.open(e, i)
		r.find.queued = &findRequest{q: msg.q, then: thenSelect, target: msg.hit}
		r.focus = focusReader
		return
	}
}

// startFind starts the queued search of the open report, if any, as a
// command, cancelling the one running. When the reader's lines were
// wrapped again (a resize) and no search is queued, the hits shown are
// placed again, or the running search restarted for the new lines.
func (r *readMode) startFind(e *env) tea.Cmd {
	f := &r.find
	req := f.queued
	f.queued = nil
	if req == nil {
		switch {
		case f.running != nil && f.layout != r.reader.Layout():
			req = f.running // its answer would be for the old lines
		case f.running == nil && r.reader.Unplaced():
			req = &findRequest{q: f.query, then: thenKeep, place: true}
		}
	}
	if req == nil {
		return nil
	}
	f.stop()
	if r.current < 0 || req.q == nil {
		return nil
	}
	if !req.place {
		r.reader.ClearMatches()
		r.outline.SetCounts(nil)
	}
	ctx, cancel := context.WithCancel(context.Background())
	f.gen = e.next()
	f.running, f.cancel, f.layout = req, cancel, r.reader.Layout()
	in := findInput{ix: e.ix, ready: e.ixReady, rep: e.reports[r.current], w: r.reader.snapshot(),
		secs: r.reader.Sections(), hits: r.reader.Hits(), total: r.reader.TotalMatches()}
	return findCmd(ctx, f.gen, *req, in)
}

// findInput is what a search of the open report reads: the index, the
// report, and a snapshot of the reader's lines, which a resize replaces
// rather than changes.
type findInput struct {
	ix    *search.Index
	ready bool
	rep   *model.Report
	w     wrapped
	secs  []*model.Section
	hits  []search.Hit // the hits shown, to place again
	total int
}

// findCmd searches the report (or, with req.place, places the hits shown
// again) off the Update loop.
func findCmd(ctx context.Context, gen int, req findRequest, in findInput) tea.Cmd {
	return func() tea.Msg {
		hits, total := in.hits, in.total
		var counts []int
		if !req.place {
			find := search.FindReport
			if in.ready {
				find = in.ix.FindReport
			}
			found, err := find(ctx, req.q, in.rep, maxShownHits)
			if err != nil {
				return foundMsg{gen: gen, err: err}
			}
			hits, total, counts = found.Hits, found.Total, sectionCounts(in.secs, found.Sections)
		}
		marks, first, err := placeHits(ctx, in.w, hits)
		if err != nil {
			return foundMsg{gen: gen, err: err}
		}
		return foundMsg{gen: gen, placed: placed{hits, total, marks, first, in.w.layout}, counts: counts}
	}
}

// stop cancels the search of the open report that is running, if any.
func (f *finder) stop() {
	if f.cancel != nil {
		f.cancel()
	}
	f.running, f.cancel = nil, nil
}

// gotFound shows the answer of the latest search of the open report and
// drops any other. A search is only cancelled by a newer one or by
// clearing, so an error here is always a stale answer.
func (r *readMode) gotFound(msg foundMsg) {
	req := r.find.running
	if msg.gen != r.find.gen || req == nil || msg.err != nil {
		return
	}
	r.find.stop()
	sel := -1
	if req.then == thenKeep {
		sel = r.reader.SelectedMatch()
	}
	r.reader.setPlaced(msg.placed, sel)
	if msg.counts != nil {
		r.outline.SetCounts(msg.counts)
	}
	switch req.then {
	case thenFirst:
		r.reader.FirstMatch()
	case thenSelect:
		for j, h := range r.reader.Hits() {
			if h.Section == req.target.Section && h.Para == req.target.Para && h.ParaStart == req.target.ParaStart {
				r.reader.SelectMatch(j)
				break
			}
		}
	}
	if req.then != thenKeep {
		r.outline.Follow(r.reader.Current())
	}
}

// searchStatus is the search's part of the status line: "3/17", or
// progress while the first answer is awaited.
func (r *readMode) searchStatus() string {
	switch {
	case r.find.running != nil && !r.find.running.place:
		return "搜索中…"
	case r.reader.Searching():
		sel, shown, total := r.reader.MatchCount()
		if total == 0 {
			return "无匹配"
		}
		cur := "-"
		if sel >= 0 {
			cur = strconv.Itoa(sel + 1)
		}
		out := cur + "/" + strconv.Itoa(shown)
		if total > shown {
			out += "（共 " + strconv.Itoa(total) + " 处）"
		}
		return out
	}
	return ""
}
