package pdf

import (
	"cmp"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"baogao/model/format"
)

// line is one visual line of a page, in reading coordinates: x grows to
// the right, y (the baseline) downwards from the top of the page.
type line struct {
	x0, x1 float64
	y      float64
	size   float64 // font size of most of its characters
	font   *font   // the font of most of its characters
	text   string
	glyphs int
}

// pageLines is a page laid out: its lines top to bottom and its size.
type pageLines struct {
	lines         []line
	width, height float64
	images        int
}

// fglyph is a glyph in reading coordinates.
type fglyph struct {
	x, y, w, size float64
	text, font    int32 // indexes in the page's tables
	cjk           bool  // a Chinese character or full-width punctuation
}

// layout turns the glyphs a page shows into lines. The page's rotation is
// undone; text running in another direction than most of the page (a
// stamp, a diagonal watermark) is dropped, and so is text outside the page
// and, unless it is most of the page, text marked as an artifact.
func layout(raw []rawGlyph, t *tables, p page, sc *scratch) pageLines {
	w, h := p.box[2]-p.box[0], p.box[3]-p.box[1]
	if p.rotate == 90 || p.rotate == 270 {
		w, h = h, w
	}
	dir := sortOut(raw, &p, w, h)
	// Turned, the page's corner (0,0) or another one is at the top left.
	ox, oy := math.Inf(1), math.Inf(1)
	for _, c := range [4][2]float64{{0, 0}, {w, 0}, {0, h}, {w, h}} {
		v := placed{x: c[0], y: c[1]}
		for range dir {
			v = v.turn()
		}
		ox, oy = min(ox, v.x), min(oy, v.y)
	}
	gs := sc.fg[:0]
	for i := range raw {
		g := &raw[i]
		if int(g.dir) != dir {
			continue
		}
		v := p.view(g)
		for range dir {
			v = v.turn()
		}
		gs = append(gs, fglyph{x: min(v.x, v.x+v.dx) - ox, y: v.y - oy, w: math.Abs(v.dx), size: math.Sqrt(v.ux*v.ux + v.uy*v.uy),
			text: g.text, font: g.font, cjk: g.cjk})
	}
	if dir%2 == 1 {
		w, h = h, w
	}
	sc.fg = gs
	return pageLines{lines: buildLines(gs, t), width: w, height: h}
}

// sortOut sets each glyph's direction on the page as shown (w × h), or -1
// for a glyph dropped: slanted, off the page, or an artifact (unless
// artifacts are most of the page: then the marks are wrong). It returns
// the direction most glyphs run.
func sortOut(raw []rawGlyph, p *page, w, h float64) int {
	dropArtifacts := countArtifacts(raw)*5 < len(raw)*4
	var dirs [4]int
	for i := range raw {
		g := &raw[i]
		g.dir = -1
		if g.artifact && dropArtifacts {
			continue
		}
		v := p.view(g)
		if v.x < -1 || v.x > w+1 || v.y < -1 || v.y > h+1 {
			continue
		}
		if g.dir = int8(direction(v.ux, v.uy)); g.dir >= 0 {
			dirs[g.dir]++
		}
	}
	dir := 0
	for d := range dirs {
		if dirs[d] > dirs[dir] {
			dir = d
		}
	}
	return dir
}

func countArtifacts(raw []rawGlyph) int {
	n := 0
	for _, g := range raw {
		if g.artifact {
			n++
		}
	}
	return n
}

// placed is where a glyph is: its origin, its extent along the baseline
// and the font size along its up direction.
type placed struct {
	x, y, dx, dy, ux, uy float64
}

// view maps a glyph from user space to the page as shown: origin at the
// top left, y downwards, after the page's /Rotate.
func (p *page) view(g *rawGlyph) placed {
	x0, y0, x1, y1 := p.box[0], p.box[1], p.box[2], p.box[3]
	switch p.rotate {
	case 90:
		return placed{g.y - y0, g.x - x0, g.dy, g.dx, g.uy, g.ux}
	case 180:
		return placed{x1 - g.x, g.y - y0, -g.dx, g.dy, -g.ux, g.uy}
	case 270:
		return placed{y1 - g.y, x1 - g.x, -g.dy, -g.dx, -g.uy, -g.ux}
	}
	return placed{g.x - x0, y1 - g.y, g.dx, -g.dy, g.ux, -g.uy}
}

// direction tells which way a glyph's top (ux, uy) points on the page: 0
// up (upright text), 1 right, 2 down, 3 left; -1 for a slant (more than
// about 20° off).
func direction(ux, uy float64) int {
	const cos2 = 0.94 * 0.94 // cos² 20°
	n := cos2 * (ux*ux + uy*uy)
	switch {
	case n == 0:
		return -1
	case uy < 0 && uy*uy > n:
		return 0
	case ux > 0 && ux*ux > n:
		return 1
	case uy > 0 && uy*uy > n:
		return 2
	case ux < 0 && ux*ux > n:
		return 3
	}
	return -1
}

// turn rotates a quarter turn counterclockwise, so that text of direction
// d becomes direction d-1.
func (v placed) turn() placed {
	return placed{v.y, -v.x, v.dy, -v.dx, v.uy, -v.ux}
}

// buildLines groups glyphs into lines by baseline, orders each line left
// to right and writes its text.
func buildLines(gs []fglyph, t *tables) []line {
	byY := func(a, b fglyph) int { return cmp.Compare(a.y, b.y) }
	if !slices.IsSortedFunc(gs, byY) {
		slices.SortStableFunc(gs, byY)
	}
	lines := make([]line, 0, len(gs)/16+1)
	for i := 0; i < len(gs); {
		j := i + 1
		tol := 0.4 * gs[i].size
		for j < len(gs) && gs[j].y-gs[i].y <= max(tol, 0.4*gs[j].size) {
			j++
		}
		if l, ok := makeLine(gs[i:j], t); ok {
			lines = append(lines, l)
		}
		i = j
	}
	return lines
}

// makeLine writes the text of the glyphs of one line. A glyph drawn again
// over itself (fake bold, shadows) counts once; gaps become spaces, and
// wide gaps between runs of text become table cell separators.
func makeLine(gs []fglyph, t *tables) (line, bool) {
	byX := func(a, b fglyph) int { return cmp.Compare(a.x, b.x) }
	if !slices.IsSortedFunc(gs, byX) {
		slices.SortStableFunc(gs, byX)
	}
	kept := gs[:0] // filtered in place
	for _, g := range gs {
		if n := len(kept); n > 0 {
			p := kept[n-1]
			if t.texts[p.text] == t.texts[g.text] && math.Abs(g.x-p.x) < 0.3*max(p.w, 0.3*p.size) {
				continue
			}
		}
		kept = append(kept, g)
	}
	if len(kept) == 0 {
		return line{}, false
	}
	var runsBuf [8][]fglyph // a line has a few runs: kept off the heap
	runs := runsBuf[:0]
	start := 0
	for i := 1; i < len(kept); i++ {
		p, g := kept[i-1], kept[i]
		if g.x-(p.x+p.w) >= 3*max(p.size, g.size) {
			runs = append(runs, kept[start:i])
			start = i
		}
	}
	runs = append(runs, kept[start:])
	sep := " "
	if len(runs) > 1 && allLong(runs) {
		sep = format.CellSep
	}
	var b strings.Builder
	b.Grow(4 * len(kept))
	for i, r := range runs {
		if i > 0 {
			b.WriteString(sep)
		}
		writeRun(&b, r, t.texts)
	}
	text := strings.TrimSpace(b.String())
	if text == "" {
		return line{}, false
	}
	// The line's extent is that of its ink: two typed ideographic spaces
	// are how many Word users indent a paragraph.
	first, last := kept[0], kept[len(kept)-1]
	for i := 0; i < len(kept) && isBlankText(t.texts[kept[i].text]); i++ {
		first = kept[min(i+1, len(kept)-1)]
	}
	for i := len(kept) - 1; i >= 0 && isBlankText(t.texts[kept[i].text]); i-- {
		last = kept[max(i-1, 0)]
	}
	return line{x0: first.x, x1: last.x + last.w, y: kept[0].y, size: medianSize(kept), font: t.fonts[mainFont(kept)],
		text: text, glyphs: len(kept)}, true
}

// isBlankText reports whether a glyph's text is only blanks.
func isBlankText(s string) bool {
	return strings.TrimFunc(s, unicode.IsSpace) == ""
}

// allLong reports whether every run has two characters or more: "报  告"
// spaced out is a word, not two cells.
func allLong(runs [][]fglyph) bool {
	for _, r := range runs {
		if len(r) < 2 {
			return false
		}
	}
	return true
}

// writeRun writes a run of glyphs, with a space where the gap between two
// is wider than a space: a fifth of the font size between Latin letters,
// more next to Chinese, where a narrow gap is only spacing.
func writeRun(b *strings.Builder, r []fglyph, texts []string) {
	for i, g := range r {
		if i > 0 {
			p := r[i-1]
			gap := g.x - (p.x + p.w)
			limit := 0.15 * max(p.size, g.size)
			if p.cjk || g.cjk {
				limit = 0.6 * max(p.size, g.size)
			}
			if gap > limit && !strings.HasSuffix(texts[p.text], " ") && !strings.HasPrefix(texts[g.text], " ") {
				b.WriteByte(' ')
			}
		}
		b.WriteString(texts[g.text])
	}
}

// isCJKText reports whether a glyph's text is a Chinese character, a
// radical or full-width punctuation.
func isCJKText(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	switch {
	case r < 0x2E80:
		return false
	case r <= 0x303F, r >= 0x3400 && r <= 0x4DBF, r >= 0x4E00 && r <= 0x9FFF,
		r >= 0xF900 && r <= 0xFAFF, r >= 0xFF00 && r <= 0xFFEF, r >= 0x20000 && r <= 0x3FFFF:
		return true
	}
	return false
}

func medianSize(gs []fglyph) float64 {
	same := true
	for _, g := range gs[1:] {
		same = same && g.size == gs[0].size
	}
	if same { // the common case: one size for the whole line
		return gs[0].size
	}
	var buf [64]float64
	s := buf[:0]
	for _, g := range gs {
		s = append(s, g.size)
	}
	slices.Sort(s)
	return s[len(s)/2]
}

// mainFont is the font most glyphs of a line are in.
func mainFont(gs []fglyph) int32 {
	type tally struct {
		font int32
		n    int
	}
	var buf [8]tally
	counts := buf[:0]
	best := 0
	for _, g := range gs {
		i := 0
		for i < len(counts) && counts[i].font != g.font {
			i++
		}
		if i == len(counts) {
			counts = append(counts, tally{g.font, 0})
		}
		if counts[i].n++; counts[i].n > counts[best].n {
			best = i
		}
	}
	return counts[best].font
}
