package ui

// Compare mode: two reports side by side, section pair by section pair.
//
// d in the reader picks a second report (picker.go) and opens compare mode
// over the reader, on the open report (A) and the chosen one (B); baogao
// diff A B opens it directly (App.OpenCompare). The left pane lists the
// aligned pairs (pairList), the right pane shows the pairs' headers and
// sentences (diffView), unified or side by side. Esc goes back to the
// reader.
//
// Swapping sides compares B with A; pairing by hand adds a pin
// (compare.Options.Pins) and compares again. Both keep the pair under
// the cursor in view.
//
// A comparison runs as a tea.Cmd, so that keys never wait for one (two
// huge files take a while): the status line says 比较中… and the previous
// comparison, if any, stays in view meanwhile. Each request has a
// generation, and a result whose generation is not the latest is dropped,
// as the searches do. Swapping and pairing by hand wait for the comparison
// in view to be the current one.

import (
	"fmt"
	"slices"
	"strconv"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/compare"
)

// sideChoice is how the comparison is laid out: automatically (side by
// side from sideBySideFrom columns), or as chosen with u.
type sideChoice uint8

const (
	sideAuto sideChoice = iota
	sideUnified
	sideBySide
)

// compareMode is compare mode's state.
type compareMode struct {
	a, b int                 // indexes of the reports compared
	pins [][2]*model.Section // sections paired by hand, A's then B's
	// loaded says the pins kept for these two reports were loaded
	// (compare_pins.go); until then a comparison loads them.
	loaded  bool
	saveErr error               // the last save of the pins failed
	c       *compare.Comparison // nil until the first comparison arrives
	focus   focus               // focusOutline: the pair list; focusReader: the comparison

	gen          int            // generation of the latest comparison asked for
	busy         bool           // the latest comparison has not arrived
	keepA, keepB *model.Section // the pair to show when it arrives

	pairs pairList
	diff  diffView
	note  string // the export's outcome, shown on the status line until the next key

	list, main rect // pane rectangles, borders included
}

// comparePanes are compare mode's panes in Tab order.
var comparePanes = []focus{focusOutline, focusReader}

// newCompareMode is compare mode on reports a and b, and the command that
// compares them.
func newCompareMode(e *env, a, b int) (*compareMode, tea.Cmd) {
	cm := &compareMode{a: a, b: b, focus: focusReader, pairs: newPairList(e.m), diff: newDiffView(e.m, e.opts.NoColor)}
	return cm, cm.recompare(e, nil, nil)
}

func (cm *compareMode) clone() mode { c := *cm; return &c }

// comparedMsg is a comparison done in the background.
type comparedMsg struct {
	gen    int
	c      *compare.Comparison
	pins   [][2]*model.Section // with loaded: the pins loaded from the store
	loaded bool
}

// pinMsg asks for x (A's) and y (B's) to be paired by hand, or with auto
// for their pins to be dropped (the section picker's choice).
type pinMsg struct {
	x, y *model.Section
	auto bool
}

// Update handles compare mode's messages, then starts the building of
// the rows that handling them queued, if any.
func (cm *compareMode) Update(e *env, msg tea.Msg) tea.Cmd {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		var ok bool
		if cmd, ok = e.globalKey(msg); !ok {
			cmd = cm.key(e, msg)
		}
	case tea.MouseWheelMsg:
		cm.wheel(e, msg.Mouse())
	case tea.MouseClickMsg:
		cm.click(e, msg.Mouse())
	case comparedMsg:
		cm.gotComparison(e, msg)
	case pinsSavedMsg:
		cm.saveErr = msg.err
	case builtMsg:
		if cm.diff.SetBuilt(msg) {
			cm.pairs.Follow(cm.diff.Pair())
		}
	case pinMsg:
		cmd = cm.pin(e, msg)
	case exportedMsg:
		cm.note = msg.note()
	case openCompareMsg:
		e.pop() // the reader opens the new comparison, with A beneath
		e.post(msg)
	}
	return tea.Batch(cmd, cm.diff.BuildCmd())
}

// recompare asks for the two reports to be compared again with the pins;
// when the comparison arrives, the cursor goes to the pair holding keepA
// or keepB, if any.
func (cm *compareMode) recompare(e *env, keepA, keepB *model.Section) tea.Cmd {
	cm.gen = e.next()
	cm.busy, cm.keepA, cm.keepB = true, keepA, keepB
	ra, rb, gen := e.reports[cm.a], e.reports[cm.b], cm.gen
	if !cm.loaded {
		store, over := e.opts.Pins, e.opts.Pairs
		e.opts.Pairs = nil // --pair names the sections of the first two reports only
		return func() tea.Msg { return compareWithStored(store, ra, rb, over, gen) }
	}
	opt := compare.Options{Pins: slices.Clone(cm.pins)}
	return func() tea.Msg { return comparedMsg{gen: gen, c: compare.ReportsWith(ra, rb, opt)} }
}

// gotComparison shows a comparison that arrived, unless a newer one was
// asked for since.
func (cm *compareMode) gotComparison(e *env, msg comparedMsg) {
	if !cm.busy || msg.gen != cm.gen || msg.c == nil {
		return
	}
	cm.busy, cm.c = false, msg.c
	if msg.loaded {
		cm.pins, cm.loaded = msg.pins, true
	}
	cm.pairs.SetComparison(cm.c)
	cm.diff.SetComparison(cm.c)
	cm.layout(e)
	if cm.keepA != nil || cm.keepB != nil {
		cm.diff.GoTo(findPair(cm.c, cm.keepA, cm.keepB))
	}
	cm.keepA, cm.keepB = nil, nil
	cm.pairs.Follow(cm.diff.Pair())
}

// findPair is the pair of x and y, else the pair holding x, else the one
// holding y, else the first.
func findPair(c *compare.Comparison, x, y *model.Section) int {
	best, rank := 0, 0
	for i, p := range c.Pairs {
		switch {
		case x != nil && p.A == x && p.B == y:
			return i
		case x != nil && p.A == x && rank < 2:
			best, rank = i, 2
		case y != nil && p.B == y && rank < 1:
			best, rank = i, 1
		}
	}
	return best
}

// compareSide reports whether comparisons are drawn side by side at the
// layout's width.
func compareSide(e *env) bool {
	return e.cmpSide == sideBySide || e.cmpSide == sideAuto && e.lay.width >= sideBySideFrom
}

// compareRects places compare mode's panes: the pair list left of the diff
// from wideWidth columns, over its left part below. Beside a unified diff
// the list takes two fifths of the width (up to 56 columns), enough for
// the pairs' titles; beside two columns it keeps the reader's list width,
// leaving the columns room.
func compareRects(l layout, side bool) (list, main rect) {
	if l.wide {
		lw := l.reports.w
		if !side {
			lw = max(lw, min(l.width*2/5, 56))
		}
		return rect{0, 0, lw, l.panes.h}, rect{lw, 0, l.width - lw, l.panes.h}
	}
	return rect{0, 0, l.reports.w, l.panes.h}, l.panes
}

// SetSize sizes the panes to the layout, and returns the command that
// builds the rows again for a new width, if they are long.
func (cm *compareMode) SetSize(e *env) tea.Cmd {
	cm.layout(e)
	return cm.diff.BuildCmd()
}

// layout sizes the panes to the layout.
func (cm *compareMode) layout(e *env) {
	side := compareSide(e)
	cm.list, cm.main = compareRects(e.lay, side)
	cm.pairs.SetSize(inner(cm.list))
	w, h := inner(cm.main)
	cm.diff.SetSize(w, h, side)
	cm.pairs.Follow(cm.diff.Pair())
}

// key handles a key in compare mode; the movement keys go to the focused
// pane.
func (cm *compareMode) key(e *env, msg tea.KeyPressMsg) tea.Cmd {
	k := e.keys
	cm.note = ""
	if f, ok := paneKey(k, msg, comparePanes, cm.focus); ok {
		cm.focus = f
		return nil
	}
	switch {
	case key.Matches(msg, k.Back):
		cm.back(e)
		return nil
	case key.Matches(msg, k.Help):
		e.push(newSheet(sheetHelp))
	case key.Matches(msg, k.Compare):
		e.push(newReportPicker(e, cm.a, cm.b, true))
	case key.Matches(msg, k.Figures) && cm.c != nil && !cm.busy:
		v, cmd := newFiguresView(cm.c.A, cm.c.B, cm.c)
		e.push(v)
		return cmd
	case key.Matches(msg, k.Check):
		v, cmd := newCheckView(e, cm.b) // B, the report under review; A is its year before when it is one
		e.push(v)
		return cmd
	case key.Matches(msg, k.FollowUp) && cm.c != nil && !cm.busy:
		v, cmd := newFollowupView(cm.c.A, cm.c.B)
		e.push(v)
		return cmd
	case key.Matches(msg, k.Export):
		return cm.export(e)
	case key.Matches(msg, k.Swap, k.Repair) && (cm.busy || cm.c == nil || len(cm.c.Pairs) == 0):
		// nothing to swap or pair yet
	case key.Matches(msg, k.Swap):
		return cm.swapSides(e)
	case key.Matches(msg, k.Repair):
		if p := newSectionPicker(cm.c, cm.diff.Pair()); p != nil {
			e.push(p)
		}
	case key.Matches(msg, k.Years):
		cm.diff.ShowYears(!cm.diff.years)
	case key.Matches(msg, k.Unified):
		e.cmpSide = sideBySide
		if cm.diff.Side() {
			e.cmpSide = sideUnified
		}
		cm.layout(e)
	default:
		cm.move(e, msg)
	}
	cm.pairs.Follow(cm.diff.Pair())
	return nil
}

// back closes the overlay of the pair list in narrow layouts, else
// compare mode.
func (cm *compareMode) back(e *env) {
	if !e.lay.wide && cm.focus == focusOutline {
		cm.focus = focusReader
		return
	}
	e.pop()
}

// move applies the keys that move between changes and pairs, and gives
// the rest to the focused pane.
func (cm *compareMode) move(e *env, msg tea.KeyPressMsg) {
	k := e.keys
	switch {
	case key.Matches(msg, k.NextChange):
		cm.diff.NextChange()
	case key.Matches(msg, k.PrevChange):
		cm.diff.PrevChange()
	case key.Matches(msg, k.NextSection):
		cm.diff.NextPair(false)
	case key.Matches(msg, k.PrevSection):
		cm.diff.PrevPair(false)
	case key.Matches(msg, k.NextPart):
		cm.diff.NextPair(true)
	case key.Matches(msg, k.PrevPart):
		cm.diff.PrevPair(true)
	case cm.focus == focusOutline && key.Matches(msg, k.Open):
		cm.diff.GoTo(cm.pairs.Selected())
		cm.focus = focusReader
	case cm.focus == focusOutline:
		before := cm.pairs.Selected()
		cm.pairs, _ = cm.pairs.Update(msg, k)
		if sel := cm.pairs.Selected(); sel != before {
			cm.diff.GoTo(sel)
		}
	default:
		cm.diff, _ = cm.diff.Update(msg, k)
	}
}

// swapSides compares B with A, keeping the pins and the pair in view.
func (cm *compareMode) swapSides(e *env) tea.Cmd {
	var keepA, keepB *model.Section
	if cm.c != nil && cm.diff.Pair() < len(cm.c.Pairs) {
		sel := cm.c.Pairs[cm.diff.Pair()]
		keepA, keepB = sel.B, sel.A
	}
	cm.a, cm.b = cm.b, cm.a
	for i := range cm.pins {
		cm.pins[i][0], cm.pins[i][1] = cm.pins[i][1], cm.pins[i][0]
	}
	return cm.recompare(e, keepA, keepB)
}

// pin pairs x (A's) with y (B's) by hand, or keeps one unpaired when the
// other is nil; with auto, it drops the pins of x and y instead, leaving
// them to the automatic alignment. Then it compares again.
func (cm *compareMode) pin(e *env, msg pinMsg) tea.Cmd {
	x, y := msg.x, msg.y
	kept := cm.pins[:0:0]
	for _, p := range cm.pins {
		if x != nil && p[0] == x || y != nil && p[1] == y {
			continue
		}
		kept = append(kept, p)
	}
	if !msg.auto {
		kept = append(kept, [2]*model.Section{x, y})
	}
	cm.pins = kept
	return tea.Batch(cm.recompare(e, x, y), savePinsCmd(e.opts.Pins, e.reports[cm.a], e.reports[cm.b], kept))
}

// View draws compare mode's panes: the diff, and the pair list beside it
// or laid over it.
func (cm *compareMode) View(e *env, _ func() []string) []string {
	st, m := e.st, e.m
	layoutName := "统一"
	if cm.diff.Side() {
		layoutName = "并排"
	}
	title := fmt.Sprintf("3 对比 · A %s ↔ B %s · %s", e.reports[cm.a].Label(), e.reports[cm.b].Label(), layoutName)
	rows := st.frame(m, cm.diff.View(st), cm.main.w, cm.main.h, title, cm.focus == focusReader)
	var left []string
	if e.lay.wide || cm.focus == focusOutline {
		left = st.frame(m, cm.pairs.View(st, cm.focus == focusOutline), cm.list.w, cm.list.h, "2 对照", cm.focus == focusOutline)
	}
	return besideOrOver(m, rows, left, e.lay.wide, cm.list.w)
}

// Status is the summary line: pairs by status, sentences added, removed
// and changed, overall similarity, and the position.
func (cm *compareMode) Status(e *env, below func() status) status {
	s := below()
	s.line = cm.summary(e)
	return s
}

func (cm *compareMode) summary(e *env) string {
	w := e.lay.width
	if cm.c == nil {
		return e.st.Status.Render(e.m.Fit(" 比较中…", w))
	}
	if cm.note != "" {
		return e.st.Status.Render(e.m.Fit(" "+cm.note, w))
	}
	s := cm.c.Summary
	left := fmt.Sprintf(" 节 同%d 改%d 平%d 仅A%d 仅B%d · 句 增%d 删%d 改%d", s.Same, s.Changed, s.Parallel, s.OnlyA, s.OnlyB, s.Added, s.Removed, s.Edited)
	if s.Moved > 0 {
		left += fmt.Sprintf(" 移%d", s.Moved)
	}
	left += fmt.Sprintf(" · 相似 %d%%", compare.Percent(s.Similarity))
	if s.Years > 0 {
		left += fmt.Sprintf(" · 年份顺延%d", s.Years)
	}
	if cm.saveErr != nil {
		left += " · 配对未能保存"
	}
	if cm.busy {
		left = " 比较中…" + left
	}
	right := strconv.Itoa(cm.diff.Percent()) + "% "
	if n := cm.diff.ChangeCount(); n != "" {
		right = "改动 " + n + " · " + right
	}
	rw := e.m.String(right)
	if rw > w/2 {
		right, rw = "", 0
	}
	return e.st.Status.Render(e.m.Fit(left, w-rw) + right)
}

// Help lists compare mode's keys, most useful first.
func (cm *compareMode) Help(e *env) footer {
	k := e.keys
	var out []helpItem
	if cm.focus == focusOutline {
		out = append(out, pair(k.Down, k.Up, "上下"), item(k.Open, "查看"))
	}
	out = append(out, pair(k.NextChange, k.PrevChange, "改动"), pair(k.PrevSection, k.NextSection, "节"),
		item(k.Unified, "统一/并排"), item(k.Swap, "交换"), item(k.Repair, "配对"), item(k.Export, "导出"), item(k.Compare, "换报告"))
	if cm.c != nil && cm.c.Summary.Years > 0 {
		out = append(out, item(k.Years, "年份")) // sentences that differ only by years moved on
	}
	if e.lay.wide {
		out = append(out, item(k.NextPane, "窗格"))
	} else {
		out = append(out, item(k.ShowOutline, "对照"))
	}
	return footer{keys: append(out, item(k.Back, "返回"), item(k.Help, "帮助"), item(k.Quit, "退出"))}
}

// wheel scrolls the pane under the pointer.
func (cm *compareMode) wheel(e *env, m tea.Mouse) {
	d, ok := wheelDelta(m)
	if !ok {
		return
	}
	switch {
	case cm.overList(e, m):
		cm.pairs.Scroll(d)
	case cm.main.contains(m.X, m.Y):
		cm.diff.ScrollBy(d)
		cm.pairs.Follow(cm.diff.Pair())
	}
}

// click focuses the pane under the pointer and shows the pair clicked.
func (cm *compareMode) click(e *env, m tea.Mouse) {
	if m.Button != tea.MouseLeft {
		return
	}
	switch {
	case cm.overList(e, m):
		cm.focus = focusOutline
		if cm.pairs.Click(m.Y - cm.list.y - 1) {
			cm.diff.GoTo(cm.pairs.Selected())
			if !e.lay.wide {
				cm.focus = focusReader
			}
		}
	case cm.main.contains(m.X, m.Y):
		cm.focus = focusReader
	}
}

// overList reports whether the pointer is over the pair list, where it
// shows: beside the diff, or over it while focused.
func (cm *compareMode) overList(e *env, m tea.Mouse) bool {
	return cm.list.contains(m.X, m.Y) && (e.lay.wide || cm.focus == focusOutline)
}
