package pdf

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"baogao/model/format"
)

// Paragraphs are rebuilt from lines the way a reader sees them. A line
// starts a new paragraph when
//
//   - it is indented (公文 indent paragraphs by two characters), centred or
//     right-aligned, or starts left of the body (a hanging indent);
//   - the line before it ended short of the right margin;
//   - its font size differs from the line before (a title, a heading);
//   - more space than usual separates it from the line before, on the
//     same page (block paragraphs);
//   - the line before closed a sentence and it starts with a heading
//     marker (一、 （一） 1. …); or
//   - it or the line before is a table row.
//
// A centred line goes on a full line above it in the same font (a title
// wrapped over two lines).
//
// Otherwise it continues the paragraph, also across a page break: the
// last line of a page that reaches the margin goes on at the top of the
// next page.
const (
	indentShare  = 0.9 // of the font size: more than this off the left edge is an indent
	shortShare   = 1.5 // of the font size: ending this far before the right edge is short
	sizeChange   = 0.2 // relative size difference that separates paragraphs
	spacingShare = 1.4 // times the usual line pitch: a paragraph gap
	minFullLine  = 8   // characters a line needs to tell where the right margin is
)

// headingStart matches the markers the parser reads headings from.
var headingStart = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^(?:[一二三四五六七八九十百]+[、.．]|[（(][一二三四五六七八九十百]+[）)]|\d{1,2}[.．、][^\d]|[（(]\d{1,2}[）)]|[①-⑳]|第[一二三四五六七八九十百\d]+[章节条部分])`)
})

// margins are the left and right edges of a page's body text.
type margins struct {
	left, right float64
}

// paragraphs joins the lines of the pages into paragraphs.
func paragraphs(pages []pageLines) []format.Para {
	doc := bodyMargins(pages, -1, margins{})
	pitch := linePitch(pages)
	var paras []format.Para
	var cur []string
	var prev *line
	var prevM margins
	flush := func() {
		if t := strings.TrimSpace(strings.Join(cur, "")); t != "" {
			paras = append(paras, format.Para{Text: t})
		}
		cur = cur[:0]
	}
	for pi := range pages {
		m := bodyMargins(pages, pi, doc)
		for i := range pages[pi].lines {
			l := &pages[pi].lines[i]
			if prev != nil && newParagraph(prev, l, prevM, m, i == 0, pitch) {
				flush()
			}
			if len(cur) > 0 && needsSpace(cur[len(cur)-1], l.text) {
				cur = append(cur, " ")
			}
			cur = append(cur, l.text)
			prev, prevM = l, m
		}
	}
	flush()
	return paras
}

// newParagraph decides whether l starts a paragraph after prev.
func newParagraph(prev, l *line, pm, m margins, newPage bool, pitch float64) bool {
	size := max(l.size, prev.size)
	switch {
	case wrappedCentred(prev, l, pm, m):
		return false
	case l.x0 > m.left+indentShare*l.size, l.x0 < m.left-indentShare*l.size:
		return true
	case prev.x1 < pm.right-shortShare*prev.size:
		return true
	case math.Abs(l.size-prev.size) > sizeChange*size:
		return true
	case !newPage && pitch > 0 && (l.y-prev.y)/size > spacingShare*pitch:
		return true
	case strings.Contains(l.text, format.CellSep), strings.Contains(prev.text, format.CellSep):
		return true
	}
	return closesSentence(prev.text) && headingStart().MatchString(l.text)
}

// wrappedCentred reports whether l is the centred rest of a line that
// filled the measure above it, in the same font and size.
func wrappedCentred(prev, l *line, pm, m margins) bool {
	if prev.font != l.font || math.Abs(prev.size-l.size) > 0.05*l.size || l.y < prev.y || l.y-prev.y > 3*l.size {
		return false
	}
	full := prev.x0 < pm.left+indentShare*prev.size && prev.x1 > pm.right-shortShare*prev.size
	centre := (m.left + m.right) / 2
	return full && math.Abs((l.x0+l.x1)/2-centre) < l.size && l.x0 > m.left+indentShare*l.size && l.x1 < m.right-indentShare*l.size
}

// closesSentence reports whether a line ends with closing punctuation.
func closesSentence(s string) bool {
	t := strings.TrimRight(s, "”’」』）)》〉】] ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return strings.ContainsRune("。！？；：…!?;:.", r)
}

// needsSpace reports whether two pieces of a paragraph join with a space:
// between Latin words, as English wraps at spaces; not inside a number,
// which Chinese typesetting may break anywhere.
func needsSpace(a, b string) bool {
	x, _ := utf8.DecodeLastRuneInString(a)
	y, _ := utf8.DecodeRuneInString(b)
	digit := func(r rune) bool { return r >= '0' && r <= '9' }
	latin := func(r rune) bool {
		return r < 0x250 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || digit(r) || r >= 0xC0)
	}
	return latin(x) && latin(y) && !(digit(x) && digit(y))
}

// bodyMargins finds the body's left edge, the leftmost place many lines
// start at (on a page of one-line paragraphs most lines are indented), and
// its right edge, where most full lines end, on page pi (all pages when pi
// is -1). A page with too few lines to tell takes the document's.
func bodyMargins(pages []pageLines, pi int, fallback margins) margins {
	var starts, ends []float64
	for i, p := range pages {
		if pi >= 0 && i != pi {
			continue
		}
		for _, l := range p.lines {
			starts = append(starts, l.x0)
			if l.glyphs >= minFullLine {
				ends = append(ends, l.x1)
			}
		}
	}
	if len(ends) < 3 && fallback != (margins{}) {
		return fallback
	}
	m := margins{left: leftEdge(starts), right: mode(ends, true)}
	if len(ends) == 0 {
		m.right = math.Inf(-1) // nothing is full: no line ends short
	}
	return m
}

// leftEdge is the leftmost start shared by at least two lines and a
// quarter as many as the commonest start.
func leftEdge(starts []float64) float64 {
	counts := histogram(starts)
	top := 0
	for _, c := range counts {
		top = max(top, c)
	}
	keys := sortedKeys(counts)
	for _, k := range keys {
		if c := counts[k]; c >= 2 && c*4 >= top {
			return float64(k)
		}
	}
	return mode(starts, false)
}

// histogram counts values to the nearest point, each with its neighbours.
func histogram(v []float64) map[int]int {
	raw := map[int]int{}
	for _, x := range v {
		raw[int(math.Round(x))]++
	}
	out := map[int]int{}
	for k := range raw {
		out[k] = raw[k-1] + raw[k] + raw[k+1]
	}
	return out
}

func sortedKeys(m map[int]int) []int {
	keys := make([]int, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Ints(keys)
	return keys
}

// mode returns the most common value to the nearest point; ties go to the
// smaller value, or the larger when high is set.
func mode(v []float64, high bool) float64 {
	if len(v) == 0 {
		return 0
	}
	counts := histogram(v)
	keys := sortedKeys(counts)
	best := keys[0]
	for _, k := range keys {
		if c := counts[k]; c > counts[best] || c == counts[best] && high {
			best = k
		}
	}
	return float64(best)
}

// linePitch is the usual distance between baselines relative to the font
// size, over the whole document.
func linePitch(pages []pageLines) float64 {
	var ratios []float64
	for _, p := range pages {
		for i := 1; i < len(p.lines); i++ {
			a, b := p.lines[i-1], p.lines[i]
			if a.size > 0 && math.Abs(a.size-b.size) <= sizeChange*a.size {
				ratios = append(ratios, math.Round((b.y-a.y)/a.size*20)/20)
			}
		}
	}
	if len(ratios) == 0 {
		return 0
	}
	counts := map[float64]int{}
	best := ratios[0]
	for _, r := range ratios {
		counts[r]++
		if counts[r] > counts[best] || counts[r] == counts[best] && r < best {
			best = r
		}
	}
	return best
}
