package ui

import (
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
)

// readMode is the reader, at the bottom of the stack: the report list, the
// outline and the reading pane, with the focus among them, the open
// report, and the search of the open report (read_search.go). Whenever the
// reader moves, the outline's cursor goes to the section being read, and
// moving the outline's cursor moves the reader.
type readMode struct {
	current int   // index of the open report, -1 when there is none
	focus   focus // pane that gets the keys

	list    reportList
	outline outline
	reader  reader

	find  finder      // the search of the open report and its prompt
	jumps jumps       // marks and the jump list (marks.go)
	cmd   commandLine // the : command line (command.go)
	flash string      // what the last key did, on the status line until the next (copy.go)
}

// readPanes are the reader's panes in Tab order.
var readPanes = []focus{focusReports, focusOutline, focusReader}

func newReadMode(e *env) *readMode {
	r := &readMode{
		current: -1,
		focus:   focusReader,
		list:    newReportList(e.m, e.reports, e.opts.notes()),
		outline: newOutline(e.m),
		reader:  newReader(e.m),
	}
	if len(e.reports) > 0 {
		r.open(e, 0)
	}
	return r
}

func (r *readMode) clone() mode { c := *r; c.jumps = r.jumps.clone(); return &c }

// Update handles the reader's messages, then starts the search of the
// open report that handling them queued, if any (read_search.go).
func (r *readMode) Update(e *env, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		cmd = r.keyTracked(e, msg)
	case tea.PasteMsg:
		cmd = r.paste(e, msg.Content)
	case tea.MouseWheelMsg:
		r.wheel(e, msg.Mouse())
	case tea.MouseClickMsg:
		r.click(e, msg.Mouse())
	case foundMsg:
		r.gotFound(msg)
	case wrappedMsg:
		if r.reader.SetWrapped(msg) {
			r.outline.Follow(r.reader.Current())
		}
	case openHitMsg:
		r.openHit(e, msg)
	case openCompareMsg:
		cmd = r.openCompare(e, msg)
	case batchMsg:
		cmd = r.gotBatch(e)
	}
	return tea.Batch(cmd, r.reader.WrapCmd(), r.startFind(e))
}

// SetSize sizes the panes to the layout; a new width wraps the text again,
// and the hits shown are placed again on the new lines.
func (r *readMode) SetSize(e *env) tea.Cmd {
	l := e.lay
	r.list.SetSize(inner(l.reports))
	r.outline.SetSize(inner(l.outline))
	r.reader.SetSize(inner(l.reader))
	r.outline.Follow(r.reader.Current())
	return tea.Batch(r.reader.WrapCmd(), r.startFind(e))
}

// open makes report i the one being read.
func (r *readMode) open(e *env, i int) {
	if i < 0 || i >= len(e.reports) {
		return
	}
	r.current = i
	r.jumps.reset()
	r.list.Select(i)
	r.outline.SetReport(e.reports[i])
	r.reader.SetReport(e.reports[i])
	r.searchOpened()
	r.outline.Follow(r.reader.Current())
}

// openCompareMsg asks for compare mode on reports a and b.
type openCompareMsg struct{ a, b int }

// openCompare opens compare mode over the reader, with A open in the
// reader beneath, so that Esc shows it.
func (r *readMode) openCompare(e *env, msg openCompareMsg) tea.Cmd {
	n := len(e.reports)
	if msg.a < 0 || msg.b < 0 || msg.a >= n || msg.b >= n {
		return nil
	}
	if r.current != msg.a {
		r.open(e, msg.a)
	}
	r.focus = focusReader
	cm, cmd := newCompareMode(e, msg.a, msg.b)
	e.push(cm)
	return cmd
}

// key applies a key: the prompt's while typing, the global ones, the
// reader's own, and any other goes to the focused pane only.
func (r *readMode) key(e *env, msg tea.KeyPressMsg) tea.Cmd {
	if r.find.typing {
		return r.promptKey(e, msg)
	}
	if r.list.typing {
		return r.filterKey(e, msg)
	}
	if r.cmd.typing {
		return r.commandKey(e, msg)
	}
	if r.markKey(e, msg) {
		return nil
	}
	if cmd, ok := e.globalKey(msg); ok {
		return cmd
	}
	k := e.keys
	if f, ok := paneKey(k, msg, readPanes, r.focus); ok {
		r.focus = f
		return nil
	}
	switch {
	case key.Matches(msg, k.Help):
		e.push(newSheet(sheetHelp))
	case key.Matches(msg, k.Back) && r.focus == focusReader && r.searchShown():
		r.clearSearch()
	case key.Matches(msg, k.Back) && r.focus == focusReports && r.list.Filtering():
		r.list.FilterKey(k, msg) // drops the filter
	case key.Matches(msg, k.Back):
		r.focus = focusReader
	case key.Matches(msg, k.Compare):
		if r.current >= 0 {
			e.push(newReportPicker(e, r.current, -1, false))
		}
	case key.Matches(msg, k.Figures) && r.current >= 0:
		v, cmd := newFiguresView(e.reports[r.current], nil, nil)
		e.push(v)
		return cmd
	case key.Matches(msg, k.Check) && r.current >= 0:
		v, cmd := newCheckView(e, r.current)
		e.push(v)
		return cmd
	case key.Matches(msg, k.Timeline):
		v, cmd := newTimelineView(e)
		e.push(v)
		return cmd
	case key.Matches(msg, k.Filter) && r.focus == focusReports:
		r.list.StartFilter()
	case key.Matches(msg, k.CopyPara, k.CopySection) && r.current >= 0 && r.focus != focusReports:
		return r.copyText(key.Matches(msg, k.CopySection))
	case key.Matches(msg, k.Command):
		r.cmd = commandLine{typing: true}
	case key.Matches(msg, k.Search):
		r.startPrompt()
	case key.Matches(msg, k.SearchAll):
		r.focus = focusReader
		e.push(newSearchAll(e))
	case key.Matches(msg, k.NextMatch, k.PrevMatch) && r.reader.Searching():
		r.stepMatch(e, msg)
	case r.focus != focusReports && key.Matches(msg, k.PrevSection, k.NextSection, k.PrevPart, k.NextPart):
		r.moveSection(e, msg)
	default:
		r.forward(e, msg)
	}
	return nil
}

// filterKey applies a key to the report list's filter prompt: Enter opens
// the report under the cursor, as Enter in the list does.
func (r *readMode) filterKey(e *env, msg tea.KeyPressMsg) tea.Cmd {
	switch r.list.FilterKey(e.keys, msg) {
	case filterAccept:
		if i := r.list.Selected(); i >= 0 {
			r.open(e, i)
			r.focus = focusReader
		}
	case filterQuit:
		return tea.Quit
	}
	return nil
}

// moveSection applies [ ] { } to the reader; the outline follows.
func (r *readMode) moveSection(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	switch {
	case key.Matches(msg, k.PrevSection):
		r.reader.PrevSection()
	case key.Matches(msg, k.NextSection):
		r.reader.NextSection()
	case key.Matches(msg, k.PrevPart):
		r.reader.PrevPart()
	case key.Matches(msg, k.NextPart):
		r.reader.NextPart()
	}
	r.outline.Follow(r.reader.Current())
}

// forward gives a key to the focused pane and keeps the others in step.
func (r *readMode) forward(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	switch r.focus {
	case focusReports:
		if key.Matches(msg, k.Open) && r.list.Problem() >= 0 {
			e.push(newProblemSheet(e, r.list.Problem()))
			return
		}
		if key.Matches(msg, k.Open) {
			r.open(e, r.list.Selected())
			r.focus = focusReader
			return
		}
		r.list, _ = r.list.Update(msg, k)
	case focusOutline:
		if key.Matches(msg, k.Open) {
			r.reader.GoTo(r.outline.Selected())
			r.focus = focusReader
			return
		}
		before := r.outline.Selected()
		r.outline, _ = r.outline.Update(msg, k)
		if sel := r.outline.Selected(); sel != before {
			r.reader.GoTo(sel)
		}
	case focusReader:
		r.reader, _ = r.reader.Update(msg, k)
		r.outline.Follow(r.reader.Current())
	}
}

// View draws the panes: side by side, or the reader with the focused
// list laid over its left part.
func (r *readMode) View(e *env, _ func() []string) []string {
	l, st, m := e.lay, e.st, e.m
	readerTitle := "3 正文"
	if r.current >= 0 {
		readerTitle += " · " + e.reports[r.current].Label()
	}
	rows := st.frame(m, r.reader.View(st), l.reader.w, l.reader.h, readerTitle, r.focus == focusReader)
	reports := func() []string {
		title := "1 报告"
		if r.list.Filtering() {
			title += " · " + strings.TrimSpace(r.list.filter.value)
		}
		return st.frame(m, r.list.View(st, r.focus == focusReports, r.current), l.reports.w, l.reports.h, title, r.focus == focusReports)
	}
	outline := func() []string {
		return st.frame(m, r.outline.View(st, r.focus == focusOutline), l.outline.w, l.outline.h, "2 目录", r.focus == focusOutline)
	}
	var left []string
	switch {
	case l.wide:
		left = append(reports(), outline()...)
	case r.focus == focusReports:
		left = reports()
	case r.focus == focusOutline:
		left = outline()
	}
	return besideOrOver(m, rows, left, l.wide, l.reports.w)
}

// Status is where the reader is: district · year · section path, the
// search's position, and how far through the report the view is.
func (r *readMode) Status(e *env, _ func() status) status {
	s := status{percent: r.reader.Percent(), search: r.searchStatus()}
	if r.flash != "" {
		s.search = r.flash
	}
	if r.current < 0 {
		return s
	}
	rep := e.reports[r.current]
	s.title = rep.Label()
	switch {
	case rep.District != "":
		s.where = append(s.where, rep.District)
	case rep.City != "":
		s.where = append(s.where, rep.City)
	default:
		s.where = append(s.where, rep.ID)
	}
	if rep.Year != 0 {
		s.where = append(s.where, strconv.Itoa(rep.Year))
	}
	if sec := r.reader.Section(); sec != nil {
		s.where = append(s.where, strings.Join(sec.HeadingPath(), " > "))
	}
	return s
}

// Help is the prompt while typing, else the keys that work in the focused
// pane, with n/N (and Esc) in front while the reader shows a search.
func (r *readMode) Help(e *env) footer {
	if r.find.typing {
		return footer{prompt: &r.find.input, label: "/"}
	}
	if r.list.typing {
		return footer{prompt: &r.list.filter, label: "筛选 "}
	}
	if r.cmd.typing {
		return footer{prompt: &r.cmd.input, label: ":"}
	}
	k := e.keys
	items := k.shortHelp(r.focus, e.lay.wide)
	switch {
	case r.searchShown() && r.focus == focusReader:
		items = append([]helpItem{pair(k.NextMatch, k.PrevMatch, "匹配"), item(k.Back, "清除")}, items...)
	case r.searchShown():
		items = append([]helpItem{pair(k.NextMatch, k.PrevMatch, "匹配")}, items...)
	}
	return footer{keys: items}
}
