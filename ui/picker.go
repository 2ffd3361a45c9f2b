package ui

import (
	"strings"
	"unicode/utf8"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model"
	"baogao/model/compare"
	"baogao/ui/text"
)

// pickKind is what the picker is choosing.
type pickKind uint8

const (
	pickNone    pickKind = iota // no picker (the zero value)
	pickReport                  // the second report of a comparison (d)
	pickSection                 // the counterpart of a section (p)
)

// Values of the section picker's fixed entries.
const (
	pickUnpaired = -1 // keep the section without a counterpart
	pickAuto     = -2 // drop the hand pairing: automatic alignment
)

// picker is the mode of a small list in a box laid over the main pane:
// Enter chooses and closes it, posting the choice to the mode below; Esc
// cancels.
type picker struct {
	overlay
	kind   pickKind
	title  string
	items  []string
	values []int // what each item stands for: a report index, or an index in secs
	list   list
	box    rect

	overCompare bool // centred in compare mode's diff, not the reading pane
	base        int  // pickReport: A, the report to compare with

	// pickReport: the filter (filter.go). all and allValues are every
	// item; items and values the ones that match; texts their folded text.
	all       []string
	allValues []int
	texts     []string
	filter    prompt
	typing    bool

	// pickSection: the pair's sections when the picker opened (one is nil
	// for an unpaired section) and the candidates at the same step.
	fromA, fromB *model.Section
	secs         []*model.Section
}

// newPicker shows items; cursor is the item selected first.
func newPicker(kind pickKind, title string, items []string, values []int, cursor int) *picker {
	p := &picker{kind: kind, title: title, items: items, values: values}
	p.list.SetLen(len(items))
	p.list.Select(cursor)
	return p
}

func (p *picker) clone() mode { c := *p; return &c }

// chosen is the value under the cursor; ok is false when there is none.
func (p *picker) chosen() (int, bool) {
	if p.list.cursor < 0 || p.list.cursor >= len(p.values) {
		return 0, false
	}
	return p.values[p.list.cursor], true
}

// SetSize places the box in the pane it is centred in: the diff in
// compare mode, the reading pane otherwise.
func (p *picker) SetSize(e *env) tea.Cmd {
	area := e.lay.reader
	if p.overCompare {
		_, area = compareRects(e.lay, compareSide(e))
	}
	p.place(area, e.lay.panes, e.m)
	return nil
}

// place sizes the box inside area's border, centred, as wide as its items
// need; when area is too small for a box of three rows it covers panes.
func (p *picker) place(area, panes rect, m *text.Measure) {
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

// box renders the box: exactly box.h lines of box.w cells.
func (p *picker) boxLines(st *styles, m *text.Measure) []string {
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

// View lays the box over the panes of the modes below.
func (p *picker) View(e *env, below func() []string) []string {
	rows := below()
	m := e.m
	for k, line := range p.boxLines(e.st, m) {
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

// newReportPicker lists the other loaded reports as B for a comparison
// with report base; the cursor starts on report cur (the B of the
// comparison in view), or on the first. overCompare centres it in compare
// mode's diff.
func newReportPicker(e *env, base, cur int, overCompare bool) *picker {
	var items, texts []string
	var values []int
	cursor := 0
	if cur < 0 {
		cur = neighbourYear(e.reports, base)
	}
	for i, r := range e.reports {
		if i == base {
			continue
		}
		if i == cur {
			cursor = len(items)
		}
		items = append(items, r.Label()+"  "+r.ID)
		values = append(values, i)
		texts = append(texts, reportFilterText(r))
	}
	p := newPicker(pickReport, "与 "+e.reports[base].Label()+" 对比", items, values, cursor)
	p.base, p.overCompare = base, overCompare
	p.all, p.allValues, p.texts = items, values, texts
	return p
}

// newSectionPicker lists the candidates to pair with the section of pair
// i: B's sections at the same step of the alignment (top-level parts, or
// the children of the parent pair's B section), or A's when the pair has
// only B's. The preamble pairs only with the preamble: nil.
func newSectionPicker(c *compare.Comparison, i int) *picker {
	p := c.Pairs[i]
	if p.A != nil && p.A.Path == "" || p.B != nil && p.B.Path == "" {
		return nil
	}
	fromA := p.A != nil
	var cands []*model.Section
	switch {
	case p.Parent < 0 && fromA:
		cands = c.B.Sections
	case p.Parent < 0:
		cands = c.A.Sections
	case fromA && c.Pairs[p.Parent].B != nil:
		cands = c.Pairs[p.Parent].B.Children
	case !fromA && c.Pairs[p.Parent].A != nil:
		cands = c.Pairs[p.Parent].A.Children
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
	pk := newPicker(pickSection, "手动配对 · "+otherSide(side)+" "+own.Heading(), items, values, cursor)
	pk.fromA, pk.fromB, pk.secs, pk.overCompare = p.A, p.B, cands, true
	return pk
}

// Update handles a key while the picker is open; the mouse does nothing.
func (p *picker) Update(e *env, msg tea.Msg) tea.Cmd {
	kp, ok := msg.(tea.KeyPressMsg)
	if paste, ok := msg.(tea.PasteMsg); ok && p.typing {
		p.filter.Insert(paste.Content)
		p.refilter()
	}
	if !ok {
		return nil
	}
	if p.typing {
		return p.filterKey(e, kp)
	}
	if cmd, ok := e.globalKey(kp); ok {
		return cmd
	}
	k := e.keys
	switch {
	case key.Matches(kp, k.Back) && p.filter.value != "":
		p.filter.Clear()
		p.refilter()
	case key.Matches(kp, k.Back):
		e.pop()
	case key.Matches(kp, k.Open):
		p.choose(e)
	case key.Matches(kp, k.Filter) && p.kind == pickReport:
		p.typing = true
	default:
		moveList(&p.list, kp, k)
	}
	return nil
}

// choose closes the picker and hands the choice under the cursor to the
// mode below.
func (p *picker) choose(e *env) {
	e.pop()
	v, ok := p.chosen()
	switch {
	case !ok:
	case p.kind == pickReport:
		e.post(openCompareMsg{a: p.base, b: v})
	case p.kind == pickSection:
		e.post(p.pin(v))
	}
}

// filterKey applies a key to the filter prompt: Enter chooses the report
// under the cursor, Esc drops the filter and keeps the picker open.
func (p *picker) filterKey(e *env, kp tea.KeyPressMsg) tea.Cmd {
	switch filterKey(&p.filter, &p.list, e.keys, kp) {
	case filterEdited:
		p.refilter()
	case filterAccept:
		p.typing = false
		p.choose(e)
	case filterCancel:
		p.typing = false
		p.filter.Clear()
		p.refilter()
	case filterQuit:
		return tea.Quit
	}
	return nil
}

// refilter keeps the items that match the filter, the cursor on the one
// it was on when that one is still shown.
func (p *picker) refilter() {
	was, _ := p.chosen()
	terms := filterTerms(p.filter.value)
	p.items, p.values = nil, nil
	cursor := 0
	for i, t := range p.texts {
		if matchesAll(t, terms) {
			if p.allValues[i] == was {
				cursor = len(p.items)
			}
			p.items = append(p.items, p.all[i])
			p.values = append(p.values, p.allValues[i])
		}
	}
	p.list.SetLen(len(p.items))
	p.list.Select(cursor)
}

// pin is the section picker's choice v as a pairing.
func (p *picker) pin(v int) pinMsg {
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
	return pinMsg{x, y, v == pickAuto}
}

// otherSide is "A" for "B" and "B" for "A".
func otherSide(side string) string {
	if side == "A" {
		return "B"
	}
	return "A"
}

// Help is the help line while the picker is open.
func (p *picker) Help(e *env) footer {
	if p.typing {
		return footer{prompt: &p.filter, label: "筛选 "}
	}
	k := e.keys
	keys := []helpItem{pair(k.Down, k.Up, "上下"), item(k.Open, "选定")}
	if p.kind == pickReport {
		keys = append(keys, filterHelp(k))
	}
	return footer{keys: append(keys, item(k.Back, "取消"), item(k.Quit, "退出"))}
}
