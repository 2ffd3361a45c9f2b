package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/ui/text"
)

// pickKind is what the picker is choosing.
type pickKind uint8

const (
	pickNone    pickKind = iota // closed
	pickReport                  // the second report of a comparison (d)
	pickSection                 // the counterpart of a section (p)
)

// Values of the section picker's fixed entries.
const (
	pickUnpaired = -1 // keep the section without a counterpart
	pickAuto     = -2 // drop the hand pairing: automatic alignment
)

// picker is a small list in a box laid over the main pane: Enter chooses,
// Esc cancels. It is open while kind is not pickNone; App sends it every
// key then.
type picker struct {
	kind   pickKind
	title  string
	items  []string
	values []int // what each item stands for: a report index, or an index in secs
	list   list
	box    rect

	// pickSection: the pair's sections when the picker opened (one is nil
	// for an unpaired section) and the candidates at the same step.
	fromA, fromB *model.Section
	secs         []*model.Section
}

// open shows items; cursor is the item selected first.
func (p *picker) open(kind pickKind, title string, items []string, values []int, cursor int) {
	p.kind, p.title, p.items, p.values = kind, title, items, values
	p.list = list{}
	p.list.SetLen(len(items))
	p.list.Select(cursor)
}

func (p *picker) close() { *p = picker{} }

// chosen is the value under the cursor; ok is false when there is none.
func (p *picker) chosen() (int, bool) {
	if p.list.cursor < 0 || p.list.cursor >= len(p.values) {
		return 0, false
	}
	return p.values[p.list.cursor], true
}

// Place sizes the box inside area's border, centred, as wide as its items
// need; when area is too small for a box of three rows it covers panes.
func (p *picker) Place(area, panes rect, m *text.Measure) {
	need := m.String(p.title) + 6
	for _, it := range p.items {
		need = max(need, m.String(it)+4)
	}
	in := rect{area.x + 1, area.y + 1, area.w - 2, area.h - 2}
	if in.w < 16 || in.h < 3 {
		in = panes
	}
	w := clamp(max(need, 30), min(in.w, 20), in.w)
	h := clamp(len(p.items)+2, 3, in.h)
	p.box = rect{in.x + (in.w-w)/2, in.y + (in.h-h)/3, w, h}
	p.list.SetHeight(h - 2)
}

// View renders the box: exactly box.h lines of box.w cells.
func (p *picker) View(st *styles, m *text.Measure) []string {
	inner := max(p.box.w-2, 0)
	var rows []string
	if len(p.items) == 0 {
		rows = append(rows, m.Fit(" （没有可选的）", inner))
	}
	from, to := p.list.Visible()
	for i := from; i < to; i++ {
		gutter := " "
		if i == p.list.cursor {
			gutter = ">"
		}
		row := m.Fit(gutter+p.items[i], inner)
		if i == p.list.cursor {
			row = st.Cursor.Render(row)
		}
		rows = append(rows, row)
	}
	return st.frame(m, rows, p.box.w, p.box.h, p.title, true)
}

// overlay lays the box over rows, the screen's pane lines.
func (p *picker) overlay(st *styles, m *text.Measure, rows []string) []string {
	box := p.View(st, m)
	for k, line := range box {
		y := p.box.y + k
		if y < 0 || y >= len(rows) {
			continue
		}
		rows[y] = takeCells(m, rows[y], p.box.x) + "\x1b[m" + line + skipCells(m, rows[y], p.box.x+p.box.w)
	}
	return rows
}

// takeCells keeps the first k cells of a styled line; a wide character cut
// in half becomes a space. Its escape sequences are kept, so the caller
// resets the style after it.
func takeCells(m *text.Measure, s string, k int) string {
	var b strings.Builder
	used := 0
	for i := 0; i < len(s) && used < k; {
		if s[i] == 0x1b {
			j := escapeEnd(s, i)
			b.WriteString(s[i:j])
			i = j
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		w := m.Rune(r)
		if used+w > k {
			break
		}
		b.WriteString(s[i : i+n])
		used += w
		i += n
	}
	return text.Pad(b.String(), used, k)
}

// pickArea is the pane the picker is centred in: the diff in compare mode,
// the reading pane otherwise.
func (a *App) pickArea() rect {
	if a.cmp.on {
		return a.cmp.main
	}
	return a.lay.reader
}

// placePicker sizes the picker to the screen.
func (a *App) placePicker() {
	if !a.lay.tooSmall && a.lay.width > 0 {
		a.pick.Place(a.pickArea(), a.lay.panes, a.m)
	}
}

// openReportPicker lists the other loaded reports as B for a comparison
// with the open report (or with A in compare mode).
func (a *App) openReportPicker() {
	base := a.current
	if a.cmp.on {
		base = a.cmp.a
	}
	if base < 0 || base >= len(a.reports) {
		return
	}
	var items []string
	var values []int
	cursor := 0
	for i, r := range a.reports {
		if i == base {
			continue
		}
		if a.cmp.on && i == a.cmp.b {
			cursor = len(items)
		}
		items = append(items, r.Label()+"  "+r.ID)
		values = append(values, i)
	}
	a.pick.open(pickReport, "与 "+a.reports[base].Label()+" 对比", items, values, cursor)
	a.placePicker()
}

// openSectionPicker lists the candidates to pair with the section of the
// pair under the cursor: B's sections at the same step of the alignment
// (top-level parts, or the children of the parent pair's B section), or
// A's when the pair has only B's. The preamble pairs only with the
// preamble.
func (a *App) openSectionPicker() {
	cm := &a.cmp
	if cm.c == nil || len(cm.c.Pairs) == 0 {
		return
	}
	p := cm.c.Pairs[cm.diff.Pair()]
	if p.A != nil && p.A.Path == "" || p.B != nil && p.B.Path == "" {
		return
	}
	fromA := p.A != nil
	var cands []*model.Section
	switch {
	case p.Parent < 0 && fromA:
		cands = cm.c.B.Sections
	case p.Parent < 0:
		cands = cm.c.A.Sections
	case fromA && cm.c.Pairs[p.Parent].B != nil:
		cands = cm.c.Pairs[p.Parent].B.Children
	case !fromA && cm.c.Pairs[p.Parent].A != nil:
		cands = cm.c.Pairs[p.Parent].A.Children
	}
	partner, own, side := p.B, p.A, "B"
	if !fromA {
		partner, own, side = p.A, p.B, "A"
	}
	items := []string{"（自动配对）", "（不配对）"}
	values := []int{pickAuto, pickUnpaired}
	cursor := 1
	for i, s := range cands {
		mark := "  "
		if s == partner {
			mark, cursor = "= ", len(items)
		}
		items = append(items, mark+s.Heading())
		values = append(values, i)
	}
	a.pick.open(pickSection, "手动配对 · "+otherSide(side)+" "+own.Heading(), items, values, cursor)
	a.pick.fromA, a.pick.fromB, a.pick.secs = p.A, p.B, cands
	a.placePicker()
}

// pickerKey handles a key while the picker is open.
func (a App) pickerKey(msg tea.KeyPressMsg) (tea.Model, tea.Cmd) {
	k := a.keys
	switch {
	case key.Matches(msg, k.Back):
		a.pick.close()
	case key.Matches(msg, k.Open):
		v, ok := a.pick.chosen()
		p := a.pick
		a.pick.close()
		if !ok {
			break
		}
		switch p.kind {
		case pickReport:
			base := a.current
			if a.cmp.on {
				base = a.cmp.a
			}
			return a, a.OpenCompare(base, v)
		case pickSection:
			return a, a.pickSection(p, v)
		}
	default:
		moveList(&a.pick.list, msg, k)
	}
	return a, nil
}

// pickSection applies the section picker's choice v.
func (a *App) pickSection(p picker, v int) tea.Cmd {
	var other *model.Section
	if v >= 0 && v < len(p.secs) {
		other = p.secs[v]
	}
	x, y := p.fromA, other
	if p.fromA == nil {
		x, y = other, p.fromB
	}
	if v == pickAuto {
		x, y = p.fromA, p.fromB
		if p.fromA != nil {
			y = nil // free only the chosen section, not its current partner's pin
		}
	}
	return a.pin(x, y, v == pickAuto)
}

// otherSide is "A" for "B" and "B" for "A".
func otherSide(side string) string {
	if side == "A" {
		return "B"
	}
	return "A"
}

// pickerHelp is the help line while the picker is open.
func (k keyMap) pickerHelp() []helpItem {
	return []helpItem{pair(k.Down, k.Up, "上下"), item(k.Open, "选定"), item(k.Back, "取消"), item(k.Quit, "退出")}
}
