package html

import (
	"strings"
	"unicode/utf8"
)

// The article's title usually stands outside the container of its text,
// in an <h1> or a table cell above it, between breadcrumbs and the
// metadata line; or it is the first lines of the container, split by a
// <br>. It is found by what the page says its title is (ArticleTitle, or
// <title> with the site's name after it), not by class names.

// titleLookBack is how many paragraphs before the container are searched
// for the title.
const titleLookBack = 40

// maxTitleParas is how many consecutive paragraphs a title may be split
// into (<br> or <p> per line).
const maxTitleParas = 3

// findTitle returns the paragraphs that make up the title: the first kept
// paragraphs of the container, or paragraphs before it. want is the title
// the page declares; without one, the nearest heading before the
// container is taken.
func (w *walker) findTitle(sel selection, want string) []int {
	m := newTitleMatcher(want)
	if len(sel.keep) > 0 && want != "" {
		for k := 1; k <= min(maxTitleParas, len(sel.keep)); k++ {
			if m.match(w.joined(sel.keep[:k])) {
				return sel.keep[:k]
			}
		}
	}
	for i := sel.first - 1; i >= max(0, sel.first-titleLookBack); i-- {
		p := w.paras[i]
		if p.punct >= 2 && p.runes >= 40 {
			break // prose of something else: the title is not above it
		}
		if sel.kinds[i] != pkText {
			continue
		}
		if want == "" {
			if p.level > 0 && p.level <= 3 {
				return []int{i}
			}
			continue
		}
		idx := []int{}
		for k := 0; k < maxTitleParas && i+k < sel.first; k++ {
			idx = append(idx, i+k)
			cand := w.joined(idx)
			if m.match(cand) {
				return idx
			}
			if !m.startsTitle(cand) {
				break // more lines cannot make it the title
			}
		}
	}
	return nil
}

// joined is the text of paragraphs idx joined as title lines: without a
// space, except between ASCII letters or digits.
func (w *walker) joined(idx []int) string {
	if len(idx) == 1 {
		return w.textOf(w.paras[idx[0]])
	}
	var b strings.Builder
	for j, i := range idx {
		s := w.textOf(w.paras[i])
		if j > 0 && b.Len() > 0 {
			prev, _ := utf8.DecodeLastRuneInString(b.String())
			next, _ := utf8.DecodeRuneInString(s)
			if prev < utf8.RuneSelf && next < utf8.RuneSelf {
				b.WriteByte(' ')
			}
		}
		b.WriteString(s)
	}
	return b.String()
}

// titleSeparators split a <title> into the article's title and the
// site's name: "报告_济南市历下区人民政府", "报告 - 某某网".
var titleSeparators = []string{" - ", " – ", " — ", "——", "_", "|", "｜"}

// titleSegments are the parts of a <title>, the whole first. A bare "-"
// separates only when no digit follows it: 标题-济南市人民政府, but not
// 2023-2025年规划.
func titleSegments(t string) []string {
	segs := []string{t}
	for _, sep := range titleSeparators {
		if strings.Contains(t, sep) {
			for _, s := range strings.Split(t, sep) {
				if s = strings.TrimSpace(s); s != "" {
					segs = append(segs, s)
				}
			}
		}
	}
	if i := strings.LastIndex(t, "-"); i > 0 && !strings.ContainsAny(t[i:], "0123456789") {
		for _, s := range []string{t[:i], t[i+1:]} {
			if s = strings.TrimSpace(s); s != "" {
				segs = append(segs, s)
			}
		}
	}
	return segs
}

// titleMatcher tells whether a paragraph's text is the title a page
// declares: equal to it or to one of its segments, blanks ignored; or,
// for titles of eight characters or more cut short with "..." or "…",
// starting with what is left.
type titleMatcher struct {
	whole, cut []string // squeezed segments; those cut short, without the dots
}

func newTitleMatcher(want string) titleMatcher {
	var m titleMatcher
	if want == "" {
		return m
	}
	for _, seg := range titleSegments(want) {
		t := squeeze(seg)
		m.whole = append(m.whole, t)
		if short := strings.TrimRight(t, ".…"); short != t && utf8.RuneCountInString(short) >= 8 {
			m.cut = append(m.cut, short)
		}
	}
	return m
}

func (m titleMatcher) match(cand string) bool {
	c := squeeze(cand)
	if utf8.RuneCountInString(c) < 2 {
		return false
	}
	for _, t := range m.whole {
		if c == t {
			return true
		}
	}
	for _, t := range m.cut {
		if strings.HasPrefix(c, t) {
			return true
		}
	}
	return false
}

// startsTitle reports whether cand could be the first line of the title.
func (m titleMatcher) startsTitle(cand string) bool {
	c := squeeze(cand)
	for _, t := range m.whole {
		if strings.HasPrefix(t, c) {
			return true
		}
	}
	for _, t := range m.cut {
		if strings.HasPrefix(t, c) || strings.HasPrefix(c, t) {
			return true
		}
	}
	return false
}

// squeeze removes blanks. Text from the walk has no blanks but ASCII
// spaces: the others became spaces there.
func squeeze(s string) string {
	if strings.IndexByte(s, ' ') < 0 {
		return s
	}
	return strings.ReplaceAll(s, " ", "")
}

// pageTitle is the article title a <title> gives: its longest segment
// ("报告_济南市历下区人民政府" gives 报告 when it is the longer part).
func pageTitle(t string) string {
	segs := titleSegments(t)
	best := segs[0]
	if len(segs) > 1 {
		best = segs[1]
		for _, s := range segs[2:] {
			if utf8.RuneCountInString(s) > utf8.RuneCountInString(best) {
				best = s
			}
		}
	}
	return best
}
