package ui

// Compare mode: two reports side by side, section pair by section pair.
//
// d in the reader picks a second report (picker.go) and opens compare mode
// on the open report (A) and the chosen one (B); baogao diff A B opens it
// directly (OpenCompare). The left pane lists the aligned pairs
// (pairList), the right pane shows the pairs' headers and sentences
// (diffView), unified or side by side. The focus stays App's: focusOutline
// is the pair list, focusReader the diff. Esc goes back to the reader.
//
// Swapping sides compares B with A; pairing by hand adds a pin
// (compare.Options.Pins) and compares again. Both keep the pair under
// the cursor in view.
//
// A comparison runs as a tea.Cmd, so that keys never wait for one (two
// huge files take a while): the status line says 比较中… and the previous
// comparison, if any, stays in view meanwhile. Each request has a
// generation, and a result whose generation is not the latest is dropped,
// as search.go does for searches. Swapping and pairing by hand wait for
// the comparison in view to be the current one.

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
	on   bool
	a, b int                 // indexes of the reports compared
	pins [][2]*model.Section // sections paired by hand, A's then B's
	// loaded says the pins kept for these two reports were loaded
	// (compare_pins.go); until then a comparison loads them.
	loaded  bool
	saveErr error               // the last save of the pins failed
	c       *compare.Comparison // nil until the first comparison arrives
	side    sideChoice

	gen          int            // generation of the latest comparison asked for
	busy         bool           // the latest comparison has not arrived
	keepA, keepB *model.Section // the pair to show when it arrives

	pairs pairList
	diff  diffView

	list, main rect // pane rectangles, borders included
}

// OpenCompare opens compare mode on reports i (A) and j (B) and returns
// the command that compares them. Out-of-range indexes leave the app as it
// was. Before the program starts the command may be dropped: Init asks for
// a comparison still to come.
func (a *App) OpenCompare(i, j int) tea.Cmd {
	if i < 0 || j < 0 || i >= len(a.reports) || j >= len(a.reports) {
		return nil
	}
	if a.current != i {
		a.open(i) // Esc shows A in the reader
	}
	side, gen := a.cmp.side, a.cmp.gen
	a.cmp = compareMode{on: true, a: i, b: j, side: side, gen: gen,
		pairs: newPairList(a.m), diff: newDiffView(a.m, a.opts.NoColor)}
	a.focus = focusReader
	a.sizeCompare()
	return a.recompare(nil, nil)
}

// comparedMsg is a comparison done in the background.
type comparedMsg struct {
	gen    int
	c      *compare.Comparison
	pins   [][2]*model.Section // with loaded: the pins loaded from the store
	loaded bool
}

// recompare asks for the two reports to be compared again with the pins;
// when the comparison arrives, the cursor goes to the pair holding keepA
// or keepB, if any.
func (a *App) recompare(keepA, keepB *model.Section) tea.Cmd {
	cm := &a.cmp
	cm.gen++
	cm.busy, cm.keepA, cm.keepB = true, keepA, keepB
	return a.compareCmd()
}

// compareCmd is the command that runs the comparison asked for, or nil
// when none is waiting.
func (a *App) compareCmd() tea.Cmd {
	cm := &a.cmp
	if !cm.on || !cm.busy {
		return nil
	}
	ra, rb, gen := a.reports[cm.a], a.reports[cm.b], cm.gen
	if !cm.loaded {
		store, over := a.opts.Pins, a.opts.Pairs
		a.opts.Pairs = nil // --pair names the sections of the first two reports only
		return func() tea.Msg { return compareWithStored(store, ra, rb, over, gen) }
	}
	opt := compare.Options{Pins: slices.Clone(cm.pins)}
	return func() tea.Msg { return comparedMsg{gen: gen, c: compare.ReportsWith(ra, rb, opt)} }
}

// gotComparison shows a comparison that arrived, unless a newer one was
// asked for since or compare mode was left.
func (a *App) gotComparison(msg comparedMsg) {
	cm := &a.cmp
	if !cm.on || !cm.busy || msg.gen != cm.gen || msg.c == nil {
		return
	}
	cm.busy, cm.c = false, msg.c
	if msg.loaded {
		cm.pins, cm.loaded = msg.pins, true
	}
	cm.pairs.SetComparison(cm.c)
	cm.diff.SetComparison(cm.c)
	a.sizeCompare()
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

// sizeCompare sizes compare mode's panes and the picker to the layout.
func (a *App) sizeCompare() {
	l := a.lay
	if l.tooSmall || l.width == 0 {
		return
	}
	inner := func(r rect) (int, int) { return max(r.w-2, 0), max(r.h-2, 0) }
	if cm := &a.cmp; cm.on {
		side := cm.side == sideBySide || cm.side == sideAuto && l.width >= sideBySideFrom
		cm.list, cm.main = compareRects(l, side)
		cm.pairs.SetSize(inner(cm.list))
		w, h := inner(cm.main)
		cm.diff.SetSize(w, h, side)
		cm.pairs.Follow(cm.diff.Pair())
	}
	if a.pick.kind != pickNone {
		a.placePicker()
	}
}

// compareKey handles a key in compare mode. Quit and help are handled
// before; the movement keys go to the focused pane.
func (a App) compareKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k, cm := a.keys, &a.cmp
	switch {
	case key.Matches(msg, k.Back):
		if !a.lay.wide && a.focus == focusOutline {
			a.focus = focusReader // close the overlay first
		} else {
			cm.on, a.focus = false, focusReader
		}
		return a, nil
	case key.Matches(msg, k.Help):
		a.openSheet(sheetHelp)
	case key.Matches(msg, k.NextPane, k.PrevPane):
		if a.focus == focusOutline {
			a.focus = focusReader
		} else {
			a.focus = focusOutline
		}
	case key.Matches(msg, k.FocusOutline):
		a.focus = focusOutline
	case key.Matches(msg, k.FocusReader):
		a.focus = focusReader
	case key.Matches(msg, k.ShowOutline):
		a.toggle(focusOutline)
	case key.Matches(msg, k.Compare):
		a.openReportPicker()
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
	case key.Matches(msg, k.Swap, k.Repair) && (cm.busy || cm.c == nil || len(cm.c.Pairs) == 0):
		// nothing to swap or pair yet
	case key.Matches(msg, k.Swap):
		cmd := a.swapSides()
		return a, cmd
	case key.Matches(msg, k.Repair):
		a.openSectionPicker()
	case key.Matches(msg, k.Years):
		cm.diff.ShowYears(!cm.diff.years)
	case key.Matches(msg, k.Unified):
		cm.side = sideBySide
		if cm.diff.Side() {
			cm.side = sideUnified
		}
		a.sizeCompare()
	case a.focus == focusOutline && key.Matches(msg, k.Open):
		cm.diff.GoTo(cm.pairs.Selected())
		a.focus = focusReader
	case a.focus == focusOutline:
		before := cm.pairs.Selected()
		cm.pairs, _ = cm.pairs.Update(msg, k)
		if sel := cm.pairs.Selected(); sel != before {
			cm.diff.GoTo(sel)
		}
	default:
		cm.diff, _ = cm.diff.Update(msg, k)
	}
	cm.pairs.Follow(cm.diff.Pair())
	return a, nil
}

// swapSides compares B with A, keeping the pins and the pair in view.
func (a *App) swapSides() tea.Cmd {
	cm := &a.cmp
	var keepA, keepB *model.Section
	if cm.c != nil && cm.diff.Pair() < len(cm.c.Pairs) {
		sel := cm.c.Pairs[cm.diff.Pair()]
		keepA, keepB = sel.B, sel.A
	}
	cm.a, cm.b = cm.b, cm.a
	for i := range cm.pins {
		cm.pins[i][0], cm.pins[i][1] = cm.pins[i][1], cm.pins[i][0]
	}
	return a.recompare(keepA, keepB)
}

// pin pairs x (A's) with y (B's) by hand, or keeps one unpaired when the
// other is nil; with auto, it drops the pins of x and y instead, leaving
// them to the automatic alignment. Then it compares again.
func (a *App) pin(x, y *model.Section, auto bool) tea.Cmd {
	cm := &a.cmp
	kept := cm.pins[:0:0]
	for _, p := range cm.pins {
		if x != nil && p[0] == x || y != nil && p[1] == y {
			continue
		}
		kept = append(kept, p)
	}
	if !auto {
		kept = append(kept, [2]*model.Section{x, y})
	}
	cm.pins = kept
	return tea.Batch(a.recompare(x, y), savePinsCmd(a.opts.Pins, a.reports[cm.a], a.reports[cm.b], kept))
}

// renderCompare draws compare mode's panes: the diff, and the pair list
// beside it or laid over it.
func (a App) renderCompare() []string {
	cm, st, m := &a.cmp, a.st, a.m
	layoutName := "统一"
	if cm.diff.Side() {
		layoutName = "并排"
	}
	title := fmt.Sprintf("3 对比 · A %s ↔ B %s · %s", a.reports[cm.a].Label(), a.reports[cm.b].Label(), layoutName)
	rows := st.frame(m, cm.diff.View(st), cm.main.w, cm.main.h, title, a.focus == focusReader)
	list := func() []string {
		return st.frame(m, cm.pairs.View(st, a.focus == focusOutline), cm.list.w, cm.list.h, "2 对照", a.focus == focusOutline)
	}
	switch {
	case a.lay.wide:
		left := list()
		for y := range rows {
			rows[y] = left[y] + rows[y]
		}
	case a.focus == focusOutline:
		over := list()
		for y := range rows {
			rows[y] = over[y] + skipCells(m, rows[y], cm.list.w)
		}
	}
	return rows
}

// compareStatus is the summary line: pairs by status, sentences added,
// removed and changed, overall similarity, and the position.
func (a App) compareStatus() string {
	w := a.lay.width
	if a.cmp.c == nil {
		return a.st.Status.Render(a.m.Fit(" 比较中…", w))
	}
	s := a.cmp.c.Summary
	left := fmt.Sprintf(" 节 同%d 改%d 平%d 仅A%d 仅B%d · 句 增%d 删%d 改%d", s.Same, s.Changed, s.Parallel, s.OnlyA, s.OnlyB, s.Added, s.Removed, s.Edited)
	if s.Moved > 0 {
		left += fmt.Sprintf(" 移%d", s.Moved)
	}
	left += fmt.Sprintf(" · 相似 %d%%", compare.Percent(s.Similarity))
	if s.Years > 0 {
		left += fmt.Sprintf(" · 年份顺延%d", s.Years)
	}
	if a.cmp.saveErr != nil {
		left += " · 配对未能保存"
	}
	if a.cmp.busy {
		left = " 比较中…" + left
	}
	right := strconv.Itoa(a.cmp.diff.Percent()) + "% "
	if n := a.cmp.diff.ChangeCount(); n != "" {
		right = "改动 " + n + " · " + right
	}
	rw := a.m.String(right)
	if rw > w/2 {
		right, rw = "", 0
	}
	return a.st.Status.Render(a.m.Fit(left, w-rw) + right)
}

// modeHelp is the help line's items in compare mode or with the picker
// open; otherwise items.
func (a App) modeHelp(items []helpItem) []helpItem {
	switch {
	case a.pick.kind != pickNone:
		return a.keys.pickerHelp()
	case a.cmp.on:
		return a.keys.compareHelp(a.focus, a.lay.wide)
	}
	return items
}

// compareHelp lists compare mode's keys, most useful first.
func (k keyMap) compareHelp(f focus, wide bool) []helpItem {
	var out []helpItem
	if f == focusOutline {
		out = append(out, pair(k.Down, k.Up, "上下"), item(k.Open, "查看"))
	}
	out = append(out, pair(k.NextChange, k.PrevChange, "改动"), pair(k.PrevSection, k.NextSection, "节"),
		item(k.Unified, "统一/并排"), item(k.Swap, "交换"), item(k.Repair, "配对"), item(k.Compare, "换报告"))
	if wide {
		out = append(out, item(k.NextPane, "窗格"))
	} else {
		out = append(out, item(k.ShowOutline, "对照"))
	}
	return append(out, item(k.Back, "返回"), item(k.Help, "帮助"), item(k.Quit, "退出"))
}

// compareMouse handles the mouse in compare mode and while the picker is
// open: the wheel scrolls the pane under the pointer, a click focuses it
// and picks the pair clicked.
func (a *App) compareMouse(m tea.Mouse, click bool) {
	if a.pick.kind != pickNone || a.lay.tooSmall || a.sheet != sheetNone {
		return
	}
	cm := &a.cmp
	overList := cm.list.contains(m.X, m.Y) && (a.lay.wide || a.focus == focusOutline)
	if click {
		if m.Button != tea.MouseLeft {
			return
		}
		switch {
		case overList:
			a.focus = focusOutline
			if cm.pairs.Click(m.Y - cm.list.y - 1) {
				cm.diff.GoTo(cm.pairs.Selected())
				a.closeOverlay()
			}
		case cm.main.contains(m.X, m.Y):
			a.focus = focusReader
		}
		return
	}
	d := wheelStep
	switch m.Button {
	case tea.MouseWheelUp:
		d = -wheelStep
	case tea.MouseWheelDown:
	default:
		return
	}
	switch {
	case overList:
		cm.pairs.list.Scroll(d)
	case cm.main.contains(m.X, m.Y):
		cm.diff.ScrollBy(d)
		cm.pairs.Follow(cm.diff.Pair())
	}
}
