package ui

import (
	"sort"
	"strconv"
	"strings"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"

	"baogao/model/search"
	"baogao/ui/text"
)

// results is the pane of a search in every report (F): one heading row per
// report with its count, then one row per hit with its section and a
// snippet, the match highlighted. Rows are not materialised: a row number
// maps to (report, hit) through each report's first row, so a search with
// a hundred thousand hits costs nothing until its rows are on screen. The
// search locates only the first maxShownHits hits; the reports listed are
// those with located hits, and the title says how many there are in all.
// The cursor stays on hit rows.
type results struct {
	m       *text.Measure
	res     *search.Results
	shown   []int // the reports listed: those of res.Reports with located hits
	starts  []int // row of each listed report's heading
	located int   // hits located
	list    list
	width   int
	// snip keeps its place in the paragraph of the last snippet cut, so
	// scrolling through many hits of one long paragraph costs the distance
	// scrolled (a pointer: View works on a copy of the pane).
	snip *search.Snippets
}

func newResults(m *text.Measure) results { return results{m: m, snip: &search.Snippets{}} }

// SetSize fits the pane's inner area.
func (rs *results) SetSize(w, h int) {
	rs.width = max(w, 0)
	rs.list.SetHeight(h)
}

// Set shows res (nil: nothing) with the cursor on its first hit.
func (rs *results) Set(res *search.Results) {
	rs.res, rs.shown, rs.starts, rs.located = res, nil, nil, 0
	rs.snip = &search.Snippets{}
	n := 0
	if res != nil {
		for i, r := range res.Reports {
			if len(r.Hits) == 0 {
				continue
			}
			rs.shown = append(rs.shown, i)
			rs.starts = append(rs.starts, n)
			n += 1 + len(r.Hits)
			rs.located += len(r.Hits)
		}
	}
	rs.list = list{height: rs.list.height}
	rs.list.SetLen(n)
	rs.list.Select(1)
}

// Results are the results shown, or nil.
func (rs *results) Results() *search.Results { return rs.res }

// Located is the number of hits listed.
func (rs *results) Located() int { return rs.located }

// at maps a row to its report (an index in res.Reports) and hit; hit is -1
// on the report's heading.
func (rs *results) at(row int) (rep, hit int) {
	k := sort.Search(len(rs.starts), func(i int) bool { return rs.starts[i] > row }) - 1
	return rs.shown[k], row - rs.starts[k] - 1
}

// Selected is the hit under the cursor.
func (rs *results) Selected() (search.Hit, bool) {
	if rs.res == nil || rs.list.n == 0 {
		return search.Hit{}, false
	}
	rep, hit := rs.at(rs.list.cursor)
	if hit < 0 {
		return search.Hit{}, false
	}
	return rs.res.Reports[rep].Hits[hit], true
}

// Update moves the cursor on the movement keys, past report headings.
func (rs results) Update(msg tea.Msg, k keyMap) (results, tea.Cmd) {
	kp, ok := msg.(tea.KeyPressMsg)
	if !ok || rs.list.n == 0 {
		return rs, nil
	}
	before := rs.list.cursor
	moveList(&rs.list, kp, k)
	dir := 1
	if rs.list.cursor < before || key.Matches(kp, k.Bottom) {
		dir = -1
	}
	rs.skipHeading(dir)
	return rs, nil
}

// Move moves the cursor by d hit rows (the arrow keys while typing).
func (rs *results) Move(d int) {
	if rs.list.n == 0 {
		return
	}
	rs.list.Move(d)
	rs.skipHeading(d)
}

// skipHeading moves the cursor off a report heading, in direction dir
// when there is a hit that way, otherwise the other way.
func (rs *results) skipHeading(dir int) {
	if _, hit := rs.at(rs.list.cursor); hit >= 0 {
		return
	}
	c := rs.list.cursor + dir
	if c < 0 || c >= rs.list.n {
		c = rs.list.cursor - dir
	}
	rs.list.Select(c)
	if c == 1 {
		rs.list.Scroll(-1) // show the first report's heading above its first hit
	}
}

// View renders the visible rows, each exactly the pane's inner width.
// When there is nothing to list, empty says why.
func (rs *results) View(st *styles, focused bool, empty string) []string {
	h := rs.list.height
	out := make([]string, 0, max(h, 0))
	if rs.list.n == 0 && h > 0 {
		out = append(out, rs.m.Fit(" "+empty, rs.width))
	}
	from, to := rs.list.Visible()
	for i := from; i < to; i++ {
		rep, hit := rs.at(i)
		rh := rs.res.Reports[rep]
		if hit < 0 {
			out = append(out, rs.heading(st, rh))
			continue
		}
		out = append(out, rs.row(st, rh.Hits[hit], i == rs.list.cursor, focused))
	}
	for len(out) < h {
		out = append(out, strings.Repeat(" ", rs.width))
	}
	return out
}

// heading is a report's row: its label and hit count, then its title.
func (rs *results) heading(st *styles, rh search.ReportHits) string {
	label := " " + rh.Report.Label() + " · " + strconv.Itoa(rh.Count) + " 处"
	label = rs.m.Fit(label, rs.width)
	lw := rs.m.String(label)
	title := ""
	if rh.Report.Title != "" && lw < rs.width {
		title = rs.m.Fit("  "+rh.Report.Title, rs.width-lw)
	}
	lbl := strings.TrimRight(label, " ")
	return st.HitReport.Render(lbl) + label[len(lbl):] + st.Tag.Render(title) +
		strings.Repeat(" ", max(rs.width-lw-rs.m.String(title), 0))
}

// row is one hit: cursor marker, section, and the snippet.
func (rs *results) row(st *styles, hit search.Hit, cursor, focused bool) string {
	w := rs.width
	gutter := "  "
	if cursor {
		gutter = "> "
	}
	gw := min(rs.m.String(gutter), w)
	gutter = gutter[:gw]
	pw := 0
	switch {
	case w >= 50:
		pw = min(w/4, 28)
	case w >= 30:
		pw = 8
	}
	path := ""
	if pw > 0 {
		path = rs.m.Fit(hitPlace(hit), pw) + " "
		pw++
	}
	before, match, after := snippetFit(rs.m, rs.snip, hit, max(w-gw-pw, 0))
	plain, matchStyle := st.Tag, st.Match
	switch {
	case cursor && focused:
		return st.Cursor.Render(gutter+path+before) + st.MatchCurrent.Render(match) + st.Cursor.Render(after)
	case cursor:
		return st.CursorBlur.Render(gutter+path) + before + st.MatchCurrent.Render(match) + after
	}
	return gutter + plain.Render(path) + before + matchStyle.Render(match) + after
}

// hitPlace names where a hit is: the section's path and heading, or the
// title or preamble.
func hitPlace(h search.Hit) string {
	switch {
	case h.Section != nil:
		return h.Section.Path + " " + h.Section.Heading()
	case h.Para < 0:
		return "标题"
	}
	return "前言"
}

// snippetFit lays a hit's snippet into exactly w cells: up to a third of
// the room for the text before the match (its end kept), the match, then
// the text after it, cut with "…". The three parts' widths add up to w.
func snippetFit(m *text.Measure, snip *search.Snippets, hit search.Hit, w int) (before, match, after string) {
	if w <= 0 {
		return "", "", ""
	}
	snip.Context = w
	before, match, after = snip.Of(hit)
	// A match of more than w runes (a regular expression can match a
	// whole paragraph) cannot fit: measure only what can show.
	if i := runeOffset(match, w+1); i < len(match) {
		match = match[:i]
	}
	mw := m.String(match)
	if mw >= w {
		match = m.Truncate(match, w, "…")
		return "", match, strings.Repeat(" ", w-m.String(match))
	}
	before = tailFit(m, before, min(m.String(before), (w-mw)/3))
	bw := m.String(before)
	after = m.Fit(after, w-mw-bw)
	return before, match, after
}

// runeOffset is the byte offset of rune n of s, or len(s).
func runeOffset(s string, n int) int {
	for i := range s {
		if n == 0 {
			return i
		}
		n--
	}
	return len(s)
}

// Len is the number of rows listed.
func (rs *results) Len() int { return rs.list.n }
