// Search in the app: / in the open report, F in every report.
//
// The index of every loaded report is built in the background at start-up
// (a tea.Cmd), so the first search does not wait for the folding. Until it
// is ready, a search in the open report folds that report alone, which
// takes milliseconds.
//
// / opens the prompt on the help line; Enter searches the open report, and
// the reader shows the hits (highlight.go) with the first one from the
// top of the view current; n/N move between them and Esc clears them. The
// query stays applied when another report is opened.
//
// A search of the open report runs as a tea.Cmd too: a paragraph of a few
// megabytes can hold millions of hits, and locating and placing them takes
// longer than a key may wait. Whatever needs one (Enter, opening a report,
// a resize that wraps the lines again, a hit chosen in the results) only
// queues it; Update starts the queued search when the message is handled,
// cancelling the one before, and drops any answer but the latest. Only the
// first maxShownHits hits are located and placed; every hit is counted,
// in each section too, and the status line says how many there are.
//
// F opens the results pane over the panes and the prompt: every edit
// starts a search of every report as a tea.Cmd with its own context and
// generation. A newer edit cancels the search before it, and a result
// whose generation is not the latest is dropped, so keys never wait for a
// search and stale results never show. Enter in the prompt moves to the
// list; Enter there opens the report at the hit, which becomes the current
// match of that report's search.
package ui

import (
	"context"
	"errors"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/search"
	"baogao/ui/text"
)

// searchUI is the App's search state.
type searchUI struct {
	ix    *search.Index
	ready bool // the index's keys are built

	typing bool // the prompt has the keys
	all    bool // the prompt searches every report (F), not the open one (/)
	input  prompt

	query *search.Query // applied to the reader; nil for none

	queued     *findRequest       // a search of the open report to start
	findGen    int                // generation of the latest one started
	finding    *findRequest       // it, until it answers
	cancelF    context.CancelFunc // cancels it
	findLayout int                // the reader's wrapping it places the hits on

	showResults bool // the results pane covers the panes
	results     results
	gen         int                // generation of the latest search of every report
	cancel      context.CancelFunc // cancels it
	pending     bool               // it has not answered yet
}

// indexReadyMsg says the index's keys are built.
type indexReadyMsg struct{}

// resultsMsg is the answer of a search of every report.
type resultsMsg struct {
	gen int
	res *search.Results
	err error
}

func newSearchUI(m *text.Measure, reports []*model.Report) searchUI {
	return searchUI{ix: search.NewIndex(reports), results: newResults(m)}
}

// warmQuery is a query that no report contains, in characters of the
// Private Use Area: searching for it builds the index and finds nothing.
const warmQuery = "\uE000\uE001"

// buildIndex builds the index's folded keys in the background.
func (s *searchUI) buildIndex() tea.Cmd {
	if len(s.ix.Reports()) == 0 {
		return nil
	}
	ix := s.ix
	return func() tea.Msg {
		if q, err := search.ParseQuery(warmQuery, false); err == nil {
			_, _ = ix.Search(context.Background(), q)
		}
		return indexReadyMsg{}
	}
}

// startPrompt opens the prompt: for the open report (/) with an empty
// query, or for every report (F) over the results pane.
func (a *App) startPrompt(all bool) {
	s := &a.search
	s.typing, s.all = true, all
	s.input = prompt{}
	a.focus = focusReader
	if all {
		s.showResults = true
		s.results.Set(nil)
	}
}

// promptKey edits the query. Printable text (one character, or several
// from an input method) is typed into it, so q and j are letters here;
// Ctrl-C still quits.
func (a App) promptKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, s := a.keys, &a.search
	switch {
	case key.Matches(msg, k.Open):
		a.acceptPrompt()
	case key.Matches(msg, k.Back):
		s.typing = false
		if s.all {
			a.closeResults()
		}
	case key.Matches(msg, k.DeleteRune):
		s.input.DeleteRune()
		return a, a.edited()
	case key.Matches(msg, k.ClearInput):
		s.input.Clear()
		return a, a.edited()
	case s.all && msg.Text == "" && key.Matches(msg, k.Down, k.Up):
		d := 1
		if key.Matches(msg, k.Up) {
			d = -1
		}
		s.results.Move(d)
	case msg.Text != "" && msg.Mod&^tea.ModShift == 0:
		s.input.Insert(msg.Text)
		return a, a.edited()
	case msg.Text == "" && key.Matches(msg, k.Quit):
		return a, tea.Quit
	}
	return a, nil
}

// paste types pasted text into the prompt, if it is open.
func (a App) paste(content string) (tea.Model, tea.Cmd) {
	if !a.search.typing || a.lay.tooSmall {
		return a, nil
	}
	a.search.input.Insert(content)
	return a, a.edited()
}

// edited checks the query after each edit, so a bad regular expression is
// reported while it is typed, and in F mode searches every report.
func (a *App) edited() tea.Cmd {
	s := &a.search
	q, err := search.ParseInput(s.input.value)
	s.input.err = ""
	if err != nil && !errors.Is(err, search.ErrEmptyQuery) {
		s.input.err = err.Error()
	}
	if !s.all {
		return nil
	}
	s.stop()
	s.gen++
	if err != nil {
		s.results.Set(nil)
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.pending = cancel, true
	ix, gen := s.ix, s.gen
	return func() tea.Msg {
		res, err := ix.SearchFirst(ctx, q, maxShownHits)
		return resultsMsg{gen, res, err}
	}
}

// stop cancels the search of every report that is running, if any.
func (s *searchUI) stop() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	s.pending = false
}

// gotResults shows the answer of the latest search of every report and
// drops any other.
func (a *App) gotResults(msg resultsMsg) {
	s := &a.search
	if msg.gen != s.gen || !s.showResults {
		return
	}
	s.stop()
	if msg.err != nil {
		s.input.err = msg.err.Error()
		s.results.Set(nil)
		return
	}
	s.results.Set(msg.res)
}

// acceptPrompt is Enter in the prompt: in F mode it moves to the list; for
// the open report it applies the query and makes the first hit from the
// top of the view current. An empty query clears the search; a bad one
// keeps the prompt open with the error.
func (a *App) acceptPrompt() {
	s := &a.search
	q, err := search.ParseInput(s.input.value)
	switch {
	case s.all:
		s.typing = s.input.err != "" || s.results.list.n == 0 && !s.pending
	case errors.Is(err, search.ErrEmptyQuery):
		s.typing = false
		a.clearSearch()
	case err != nil:
		s.input.err = err.Error()
	default:
		s.typing = false
		a.applySearch(q, thenFirst)
	}
}

// searchShown reports whether the reader shows a search, or will when
// the running one answers.
func (a *App) searchShown() bool {
	return a.reader.Searching() || a.search.finding != nil
}

// clearSearch removes the search from the reader and the outline, and
// drops the search of the open report that is running.
func (a *App) clearSearch() {
	a.search.query, a.search.queued = nil, nil
	a.search.stopFind()
	a.reader.ClearMatches()
	a.outline.SetCounts(nil)
}

// stepMatch is n or N in the reader.
func (a *App) stepMatch(msg tea.KeyPressMsg) {
	d := 1
	if key.Matches(msg, a.keys.PrevMatch) {
		d = -1
	}
	a.reader.StepMatch(d)
	a.outline.Follow(a.reader.Current())
}

// resultsKey handles the results pane's list: movement, Enter to open the
// hit, / or F to edit the query again, Esc to close.
func (a App) resultsKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, s := a.keys, &a.search
	switch {
	case key.Matches(msg, k.Open):
		if hit, ok := s.results.Selected(); ok {
			a.openHit(hit)
		}
	case key.Matches(msg, k.Back):
		a.closeResults()
	case key.Matches(msg, k.Search, k.SearchAll):
		s.typing = true
	case key.Matches(msg, k.Help):
		a.openSheet(sheetHelp)
	default:
		s.results, _ = s.results.Update(msg, k)
	}
	return a, nil
}

// closeResults closes the results pane and drops its search.
func (a *App) closeResults() {
	s := &a.search
	s.stop()
	s.gen++
	s.showResults, s.typing = false, false
	s.results.Set(nil)
}

// openHit opens the report of a hit from the results with the reader on
// the hit, the current match of the same query in that report.
func (a *App) openHit(hit search.Hit) {
	q := a.search.results.Results().Query
	a.closeResults()
	for i, r := range a.reports {
		if r != hit.Report {
			continue
		}
		a.search.query = q
		a.open(i)
		a.search.queued = &findRequest{q: q, then: thenSelect, target: hit}
		a.focus = focusReader
		return
	}
}

// renderResults draws the results pane over the pane area.
func (a App) renderResults() []string {
	p, s := a.lay.panes, &a.search
	title := "搜索全部报告"
	if res := s.results.Results(); res != nil {
		title += " · " + res.Query.Text + " · " + strconv.Itoa(res.Total) + " 处 · " + strconv.Itoa(len(res.Reports)) + " 份报告"
		if n := s.results.Located(); n < res.Total {
			title += " · 列出前 " + strconv.Itoa(n) + " 处"
		}
	}
	empty := "输入要查找的词，空格分隔几个词，\"…\" 为短语，re: 开头为正则表达式"
	switch {
	case s.input.err != "":
		empty = s.input.err
	case s.pending:
		empty = "搜索中…"
	case s.input.value != "":
		empty = "没有找到"
	}
	content := s.results.View(a.st, !s.typing, empty)
	return a.st.frame(a.m, content, p.w, p.h, title, true)
}

// promptLine draws the prompt where the help line goes.
func (a App) promptLine() string {
	line, _ := a.search.input.View(a.st, a.m, a.promptLabel(), a.lay.width)
	return line
}

func (a App) promptLabel() string {
	if a.search.all {
		return "搜索全部："
	}
	return "/"
}

// promptCursor puts the terminal's cursor after the query while typing, so
// an input method opens its window there.
func (a App) promptCursor() *tea.Cursor {
	if !a.search.typing || a.lay.tooSmall || a.lay.width <= 0 || a.sheet != sheetNone {
		return nil
	}
	_, x := a.search.input.View(a.st, a.m, a.promptLabel(), a.lay.width)
	return tea.NewCursor(min(x, a.lay.width-1), a.lay.height-1)
}

// searchStatus is the search's part of the status line: "3/17" in the
// reader, progress and totals with the results pane.
func (a App) searchStatus() string {
	s := &a.search
	switch {
	case s.showResults && s.pending:
		return "搜索中…"
	case s.showResults && s.results.Results() != nil:
		res := s.results.Results()
		return strconv.Itoa(res.Total) + " 处"
	case s.showResults:
		return ""
	case s.finding != nil && !s.finding.place:
		return "搜索中…"
	case a.reader.Searching():
		sel, shown, total := a.reader.MatchCount()
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

// searchHelp is the help line with the search's keys: the results pane's
// own, or n/N and Esc in front while the reader shows a search.
func (a App) searchHelp(items []helpItem) []helpItem {
	k := a.keys
	switch {
	case a.cmp.on || a.pick.kind != pickNone:
		return items
	case a.search.showResults:
		return []helpItem{pair(k.Down, k.Up, "上下"), item(k.Open, "打开"), item(k.Search, "修改"),
			item(k.Back, "关闭"), item(k.Help, "帮助"), item(k.Quit, "退出")}
	case a.searchShown() && a.focus == focusReader:
		return append([]helpItem{pair(k.NextMatch, k.PrevMatch, "匹配"), item(k.Back, "清除")}, items...)
	case a.searchShown():
		return append([]helpItem{pair(k.NextMatch, k.PrevMatch, "匹配")}, items...)
	}
	return items
}
