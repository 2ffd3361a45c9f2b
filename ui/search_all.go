package ui

// The search of every report: F opens the results pane over the panes and
// the prompt on the help line. Every edit starts a search of every report
// as a tea.Cmd with its own context and generation. A newer edit cancels
// the search before it, and a result whose generation is not the latest is
// dropped, so keys never wait for a search and stale results never show.
// Enter in the prompt moves to the list; Enter there opens the report at
// the hit, which becomes the current match of that report's search.
//
// The index of every loaded report is built in the background at start-up
// (buildIndex), so the first search does not wait for the folding.

import (
	"baogao/model/search"
	"context"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// searchAll is the mode of the results pane.
type searchAll struct {
	typing  bool // the prompt has the keys
	input   prompt
	results results

	gen     int                // generation of the latest search
	cancel  context.CancelFunc // cancels it
	pending bool               // it has not answered yet
}

func newSearchAll(e *env) *searchAll {
	return &searchAll{typing: true, results: newResults(e.m), gen: e.next()}
}

func (s *searchAll) clone() mode { c := *s; return &c }

// indexReadyMsg says the index's keys are built.
type indexReadyMsg struct{}

// resultsMsg is the answer of a search of every report.
type resultsMsg struct {
	gen int
	res *search.Results
	err error
}

// warmQuery is a query that no report contains, in characters of the
// Private Use Area: searching for it builds the index and finds nothing.
const warmQuery = "\uE000\uE001"

// buildIndex builds the index's folded keys in the background.
func buildIndex(ix *search.Index) tea.Cmd {
	if len(ix.Reports()) == 0 {
		return nil
	}
	return func() tea.Msg {
		if q, err := search.ParseQuery(warmQuery, false); err == nil {
			_, _ = ix.Search(context.Background(), q)
		}
		return indexReadyMsg{}
	}
}

func (s *searchAll) Update(e *env, msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		if s.typing {
			return s.promptKey(e, msg)
		}
		if cmd, ok := e.globalKey(msg); ok {
			return cmd
		}
		s.listKey(e, msg)
	case tea.PasteMsg:
		if s.typing {
			s.input.Insert(msg.Content)
			return s.edited(e)
		}
	case resultsMsg:
		s.gotResults(msg)
	}
	return nil
}

func (s *searchAll) SetSize(e *env) tea.Cmd {
	s.results.SetSize(inner(e.lay.panes))
	return nil
}

// promptKey edits the query; the arrows move in the results meanwhile.
func (s *searchAll) promptKey(e *env, msg tea.KeyPressMsg) tea.Cmd {
	k := e.keys
	switch s.input.key(k, msg) {
	case promptAccept:
		s.typing = s.input.err != "" || s.results.Len() == 0 && !s.pending
	case promptCancel:
		s.close(e)
	case promptEdited:
		return s.edited(e)
	case promptQuit:
		return tea.Quit
	case promptNone:
		if msg.Text == "" && key.Matches(msg, k.Down, k.Up) {
			d := 1
			if key.Matches(msg, k.Up) {
				d = -1
			}
			s.results.Move(d)
		}
	}
	return nil
}

// edited searches every report for the query after each edit.
func (s *searchAll) edited(e *env) tea.Cmd {
	q, err := s.input.check()
	s.stop()
	s.gen = e.next()
	if err != nil {
		s.results.Set(nil)
		return nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	s.cancel, s.pending = cancel, true
	ix, gen := e.ix, s.gen
	return func() tea.Msg {
		res, err := ix.SearchFirst(ctx, q, maxShownHits)
		return resultsMsg{gen, res, err}
	}
}

// stop cancels the search that is running, if any.
func (s *searchAll) stop() {
	if s.cancel != nil {
		s.cancel()
		s.cancel = nil
	}
	s.pending = false
}

// gotResults shows the answer of the latest search and drops any other.
func (s *searchAll) gotResults(msg resultsMsg) {
	if msg.gen != s.gen {
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

// listKey handles the results list: movement, Enter to open the hit, / or
// F to edit the query again, Esc to close.
func (s *searchAll) listKey(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	switch {
	case key.Matches(msg, k.Open):
		if hit, ok := s.results.Selected(); ok {
			q := s.results.Results().Query
			s.close(e)
			e.post(openHitMsg{q: q, hit: hit})
		}
	case key.Matches(msg, k.Back):
		s.close(e)
	case key.Matches(msg, k.Search, k.SearchAll):
		s.typing = true
	case key.Matches(msg, k.Help):
		e.push(newSheet(sheetHelp))
	default:
		s.results, _ = s.results.Update(msg, k)
	}
}

// close drops the search and the pane.
func (s *searchAll) close(e *env) {
	s.stop()
	e.pop()
}

// View draws the results pane over the pane area.
func (s *searchAll) View(e *env, _ func() []string) []string {
	p := e.lay.panes
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
	content := s.results.View(e.st, !s.typing, empty)
	return e.st.frame(e.m, content, p.w, p.h, title, true)
}

// Status keeps the reader's place and shows the search's progress and
// total instead of the reader's.
func (s *searchAll) Status(_ *env, below func() status) status {
	st := below()
	switch {
	case s.pending:
		st.search = "搜索中…"
	case s.results.Results() != nil:
		st.search = strconv.Itoa(s.results.Results().Total) + " 处"
	default:
		st.search = ""
	}
	return st
}

// Help is the prompt while typing, else the list's keys.
func (s *searchAll) Help(e *env) footer {
	if s.typing {
		return footer{prompt: &s.input, label: "搜索全部："}
	}
	k := e.keys
	return footer{keys: []helpItem{pair(k.Down, k.Up, "上下"), item(k.Open, "打开"), item(k.Search, "修改"),
		item(k.Back, "关闭"), item(k.Help, "帮助"), item(k.Quit, "退出")}}
}
