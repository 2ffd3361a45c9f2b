package html

// Finding the article. Every paragraph gets a value: positive for prose
// (Chinese text with sentence punctuation), little for short unpunctuated
// lines (titles, sub-headings, the 落款), negative for chrome, links and
// text inside elements named or tagged as chrome. The article's container
// is the element whose paragraphs add up to the most: it takes in all the
// prose and as little chrome as it can. Class and id names (zoom,
// TRS_Editor, UCAP-CONTENT …) only add a little, to break near ties.

// chromeWeight scales what chrome costs a container against what its
// text brings. Below 1, so that the share and print widgets inside a short
// article do not make one of its paragraphs a better container than the
// article; above 0, so that a wrapper with the navigation still loses to
// the article inside it.
const chromeWeight = 0.5

// contentBonus is the share a content class or id name adds to an
// element's sum.
const contentBonus = 0.05

// maxChromePunct is the most sentence punctuation a line of chrome has;
// prose has more.
const maxChromePunct = 2

// paraKind is what the value of a paragraph rests on.
type paraKind uint8

const (
	pkText   paraKind = iota
	pkWidget          // 字号 大 中 小, 打印本页: dropped everywhere
	pkChrome          // metadata line, breadcrumb, footer …: dropped at the edges
	pkLinks           // mostly link text: dropped at the edges
)

// classify says what paragraph i is and what it is worth.
func (w *walker) classify(i int) (paraKind, float64) {
	p := w.paras[i]
	s := w.textOf(p)
	runes := float64(p.runes)
	short := p.runes <= maxChromeRunes
	switch {
	case short && isWidget(s):
		return pkWidget, -5 - runes
	case p.link*2 > p.runes:
		return pkLinks, -runes
	case short && p.punct <= maxChromePunct && isPageChrome(s):
		return pkChrome, -5 - runes
	}
	nonLink := float64(p.runes - p.link)
	v := nonLink * (0.5 + 0.5*float64(p.han)/runes)
	if p.punct == 0 {
		v /= 4 // a title, a sub-heading, a date: worth little on its own
	}
	v -= float64(p.link)
	if p.chrome && !(p.punct >= 2 && p.runes >= 40) {
		return pkText, -runes // inside a nav, footer, share bar …
	} else if p.chrome {
		v /= 2 // prose in a misnamed element
	}
	return pkText, v
}

// selection is what choose found: the paragraphs of the article, in
// order, and where they lie on the page.
type selection struct {
	kinds       []paraKind
	first, last int // the container's paragraphs [first, last)
	keep        []int
}

// choose picks the container and the paragraphs of it to keep.
func (w *walker) choose() selection {
	n := len(w.paras)
	sel := selection{kinds: make([]paraKind, n)}
	sum := make([]float64, n+1)
	for i := range n {
		k, v := w.classify(i)
		sel.kinds[i] = k
		if v < 0 {
			v *= chromeWeight
		}
		sum[i+1] = sum[i] + v
	}
	best, bestScore := w.nodes[0], sum[n]-sum[0]
	for _, nd := range w.nodes[1:] {
		if nd.last <= nd.first || int(nd.last) > n {
			continue
		}
		score := sum[nd.last] - sum[nd.first]
		if nd.hint > 0 && score > 0 {
			score *= 1 + contentBonus
		}
		span, bestSpan := nd.last-nd.first, best.last-best.first
		if score > bestScore || score == bestScore && span < bestSpan {
			best, bestScore = nd, score
		}
	}
	sel.first, sel.last = int(best.first), int(best.last)
	if bestScore <= 0 { // no prose anywhere: the whole page, chrome dropped
		sel.first, sel.last = 0, n
	}
	sel.keep = w.trimEdges(sel.kinds, sel.first, sel.last)
	return sel
}

// trimEdges returns the paragraphs of [first, last) to keep: widgets
// dropped everywhere; other chrome and link lists dropped before the first
// and after the last paragraph of prose, where the title, a document
// number or the 落款 (short lines of text) stay.
func (w *walker) trimEdges(kinds []paraKind, first, last int) []int {
	lo, hi := first, last
	for lo < hi && !w.isProse(kinds, lo) {
		lo++
	}
	for hi > lo && !w.isProse(kinds, hi-1) {
		hi--
	}
	var keep []int
	for i := first; i < last; i++ {
		switch {
		case kinds[i] == pkWidget:
		case kinds[i] != pkText && (i < lo || i >= hi):
		default:
			keep = append(keep, i)
		}
	}
	return keep
}

// isProse reports whether paragraph i is prose: text with punctuation.
func (w *walker) isProse(kinds []paraKind, i int) bool {
	p := w.paras[i]
	return kinds[i] == pkText && p.punct > 0 && p.runes >= minProseRunes
}

// minProseRunes is the shortest paragraph counted as prose at the edges.
const minProseRunes = 15
