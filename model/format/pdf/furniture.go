package pdf

import (
	"cmp"
	"regexp"
	"slices"
	"strings"
	"sync"
)

// Page furniture: running heads, running feet and page numbers. They sit
// above or below the body of every page, so they are looked for only among
// the first and last few lines of a page, in its top and bottom margin
// zones, and a line there goes when
//
//   - it reads as a page number: —3—, - 3 -, 第3页, 第 3 页 共 10 页, 3/10,
//     Page 3 of 10, or a bare number; or
//   - the same text (numbers aside) stands at the same height on several
//     pages: a running head such as the report's title or the issuer.
//
// Body text never repeats line for line at the same height, and the title
// on the first page stays even when a running head repeats it, because it
// stands lower.
const (
	zoneShare   = 0.15 // top and bottom share of the page height
	edgeLines   = 3    // lines looked at at each end of a page
	repeatShare = 3    // a running head is on at least 1/repeatShare of the pages (and two)
)

// pageNumbers are the forms page numbers take, matched on a line without
// blanks.
var pageNumbers = sync.OnceValue(func() []*regexp.Regexp {
	return []*regexp.Regexp{
		regexp.MustCompile(`^[-－—–─~～·•_]*\d{1,4}[-－—–─~～·•_]*$`),              // 3 —3— - 3 - ~3~
		regexp.MustCompile(`^[-－—–─]*第\d{1,4}页(?:[,，/、]?共\d{1,4}页)?[-－—–─]*$`), // 第3页 第3页共10页
		regexp.MustCompile(`^共\d{1,4}页[,，/、]?第\d{1,4}页$`),                      // 共10页第3页
		regexp.MustCompile(`^\d{1,4}/\d{1,4}$`),                                // 3/10
		regexp.MustCompile(`^(?i:page)\d{1,4}(?:(?i:of)\d{1,4})?$`),            // Page 3 of 10
		regexp.MustCompile(`^[-－—–─]*[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]{1,4}[-－—–─]*$`),              // Ⅲ (front matter)
	}
})

func isPageNumber(text string) bool {
	t := squeeze(text)
	for _, re := range pageNumbers() {
		if re.MatchString(t) {
			return true
		}
	}
	return false
}

// squeeze drops blanks and makes full-width digits and dashes ASCII.
func squeeze(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r == ' ' || r == '\u3000' || r == '\t':
			return -1
		case r >= '０' && r <= '９':
			return r - '０' + '0'
		case r == '－':
			return '-'
		}
		return r
	}, s)
}

// furnitureKey is a line's text with numbers and blanks dropped, which the
// running heads of all pages share.
func furnitureKey(text string) string {
	return strings.Map(func(r rune) rune {
		if r >= '0' && r <= '9' {
			return -1
		}
		return r
	}, squeeze(text))
}

// candidate is a line in a margin zone.
type candidate struct {
	page, index int
	top         bool
}

// removeFurniture drops running heads, feet and page numbers from the
// pages.
func removeFurniture(pages []pageLines) {
	var cands []candidate
	for pi, p := range pages {
		for i, l := range p.lines {
			top := i < edgeLines && l.y < p.height*zoneShare
			bottom := i >= len(p.lines)-edgeLines && l.y > p.height*(1-zoneShare)
			if top || bottom {
				cands = append(cands, candidate{pi, i, top})
			}
		}
	}
	drop := map[[2]int]bool{}
	for _, c := range cands {
		if isPageNumber(pages[c.page].lines[c.index].text) {
			drop[[2]int{c.page, c.index}] = true
		}
	}
	for _, c := range repeated(pages, cands) {
		drop[[2]int{c.page, c.index}] = true
	}
	for pi := range pages {
		kept := pages[pi].lines[:0]
		for i, l := range pages[pi].lines {
			if !drop[[2]int{pi, i}] {
				kept = append(kept, l)
			}
		}
		pages[pi].lines = kept
	}
}

// repeated finds the candidates whose text (numbers aside) stands at about
// the same height in the same zone on enough pages.
func repeated(pages []pageLines, cands []candidate) []candidate {
	type group struct {
		key string
		top bool
	}
	groups := map[group][]candidate{}
	for _, c := range cands {
		l := pages[c.page].lines[c.index]
		if k := furnitureKey(l.text); k != "" {
			g := group{k, c.top}
			groups[g] = append(groups[g], c)
		}
	}
	need := max(2, (len(pages)+repeatShare-1)/repeatShare)
	var out []candidate
	for _, cs := range groups {
		if len(cs) < need {
			continue
		}
		y := func(c candidate) float64 { return pages[c.page].lines[c.index].y }
		slices.SortFunc(cs, func(a, b candidate) int { return cmp.Compare(y(a), y(b)) })
		// Clusters of about the same height; a cluster on enough pages goes.
		for i := 0; i < len(cs); {
			j := i + 1
			for j < len(cs) && y(cs[j])-y(cs[j-1]) <= max(2, 0.5*pages[cs[j].page].lines[cs[j].index].size) {
				j++
			}
			onPages := map[int]bool{}
			for _, c := range cs[i:j] {
				onPages[c.page] = true
			}
			if len(onPages) >= need {
				out = append(out, cs[i:j]...)
			}
			i = j
		}
	}
	return out
}
