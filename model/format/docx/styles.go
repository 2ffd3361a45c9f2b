package docx

import (
	"strings"
)

// styles is what the reader needs of styles.xml: for each style its outline
// level, its numbering and whether it hides text, each possibly inherited
// through w:basedOn.
type styles struct {
	byID        map[string]*style
	defaultPara string // the style of a paragraph without w:pStyle
	levels      map[string]int
}

type style struct {
	id, name, basedOn string
	kind              string // paragraph, character, table, numbering
	outline           int    // w:outlineLvl 0–9, -1 when absent
	numID             string
	hasNum            bool
	ilvl              int
	hasIlvl           bool
	vanish            int8 // -1 unset, 0 shown, 1 hidden
}

// maxBasedOn bounds a w:basedOn chain; Word's are a few styles long, and a
// loop must end.
const maxBasedOn = 32

func newStyles() *styles {
	return &styles{byID: map[string]*style{}, levels: map[string]int{}}
}

// parseStyles reads styles.xml. The context of an element is known from
// the depth at which its parents opened (0 when not open).
func parseStyles(sc *scanner) (*styles, error) {
	st := newStyles()
	var cur *style
	var styleD, pPrD, rPrD, numPrD int
	for {
		switch sc.next() {
		case tokEOF:
			return st, sc.err
		case tokEnd:
			switch sc.depth + 1 {
			case numPrD:
				numPrD = 0
			case pPrD:
				pPrD = 0
			case rPrD:
				rPrD = 0
			case styleD:
				styleD, cur = 0, nil
			}
		case tokStart:
			if sc.ns != nsW {
				continue
			}
			d := sc.depth
			if cur == nil && string(sc.local) != "style" {
				if string(sc.local) == "latentStyles" || string(sc.local) == "docDefaults" {
					sc.skip()
				}
				continue
			}
			switch string(sc.local) {
			case "style":
				cur = st.add(sc)
				styleD, pPrD, rPrD, numPrD = d, 0, 0, 0
			case "name":
				if d == styleD+1 {
					cur.name = sc.attrString("val")
				}
			case "basedOn":
				if d == styleD+1 {
					cur.basedOn = sc.attrString("val")
				}
			case "pPr":
				if d == styleD+1 {
					pPrD = d
				}
			case "rPr":
				if d == styleD+1 {
					rPrD = d
				}
			case "numPr":
				if pPrD > 0 && d == pPrD+1 {
					numPrD = d
				}
			case "numId":
				if numPrD > 0 && d == numPrD+1 {
					cur.numID, cur.hasNum = sc.attrString("val"), true
				}
			case "ilvl":
				if numPrD > 0 && d == numPrD+1 {
					cur.ilvl, cur.hasIlvl = atoiAttr(sc, "val", 0), true
				}
			case "outlineLvl":
				if pPrD > 0 && d == pPrD+1 {
					cur.outline = atoiAttr(sc, "val", -1)
				}
			case "vanish":
				if rPrD > 0 && d == rPrD+1 {
					cur.vanish = onOff(sc)
				}
			case "pPrChange", "rPrChange", "tblPr", "trPr", "tcPr", "tblStylePr":
				sc.skip()
			}
		}
	}
}

// add registers the style whose start tag the scanner is on. A second
// style with the same id is ignored, as Word ignores it.
func (st *styles) add(sc *scanner) *style {
	s := &style{id: sc.attrString("styleId"), kind: sc.attrString("type"), outline: -1, vanish: -1}
	if s.kind == "" {
		s.kind = "paragraph"
	}
	if _, dup := st.byID[s.id]; !dup {
		st.byID[s.id] = s
	}
	if s.kind == "paragraph" && st.defaultPara == "" {
		if v, ok := sc.attr("default"); ok && isOn(v) {
			st.defaultPara = s.id
		}
	}
	return s
}

// chain calls fn for the style id and the styles it is based on, nearest
// first, until fn returns true.
func (st *styles) chain(id string, fn func(*style) bool) {
	s := st.byID[id]
	for i := 0; s != nil && i < maxBasedOn; i++ {
		if fn(s) {
			return
		}
		s = st.byID[s.basedOn]
	}
}

// level is the outline level (1–9) a paragraph style gives, 0 for body
// text: w:outlineLvl where a style in the chain sets it, else a name such
// as "heading 2" or "标题 2".
func (st *styles) level(id string) int {
	if st == nil {
		return 0
	}
	if l, ok := st.levels[id]; ok {
		return l
	}
	l := 0
	st.chain(id, func(s *style) bool {
		if s.outline >= 0 {
			if s.outline < 9 {
				l = s.outline + 1
			}
			return true
		}
		if n := headingNumber(s.name); n > 0 {
			l = n
			return true
		}
		return false
	})
	st.levels[id] = l
	return l
}

// headingNumber reads the N of a built-in heading style name: "heading 1",
// "Heading1", "标题 1", "标题１". Title and subtitle styles are no levels.
func headingNumber(name string) int {
	n := strings.ToLower(strings.ReplaceAll(name, " ", ""))
	switch {
	case strings.HasPrefix(n, "heading"):
		n = n[len("heading"):]
	case strings.HasPrefix(n, "标题"):
		n = n[len("标题"):]
	default:
		return 0
	}
	switch {
	case len(n) == 1 && n[0] >= '1' && n[0] <= '9':
		return int(n[0] - '0')
	case len(n) == 3 && strings.HasPrefix(n, "\xef\xbc") && n[2] >= 0x91 && n[2] <= 0x99: // １–９
		return int(n[2] - 0x90)
	}
	return 0
}

// numbering returns the list a paragraph style puts its paragraphs in.
func (st *styles) numbering(id string) (numID string, hasNum bool, ilvl int, hasIlvl bool) {
	if st == nil {
		return
	}
	st.chain(id, func(s *style) bool {
		if !hasNum && s.hasNum {
			numID, hasNum = s.numID, true
		}
		if !hasIlvl && s.hasIlvl {
			ilvl, hasIlvl = s.ilvl, true
		}
		return hasNum && hasIlvl
	})
	return
}

// hidden reports whether a style hides its text (w:vanish), and whether
// any style in the chain says either way.
func (st *styles) hidden(id string) (hidden, set bool) {
	if st == nil || id == "" {
		return false, false
	}
	st.chain(id, func(s *style) bool {
		if s.vanish >= 0 {
			hidden, set = s.vanish == 1, true
			return true
		}
		return false
	})
	return
}

// isOn reads an ST_OnOff value.
func isOn(v []byte) bool {
	switch string(v) {
	case "0", "false", "off":
		return false
	}
	return true
}

// onOff reads the w:val of a toggle element: absent means on.
func onOff(sc *scanner) int8 {
	if v, ok := sc.attr("val"); ok && !isOn(v) {
		return 0
	}
	return 1
}

// atoiAttr reads a small decimal attribute, def when absent or not a
// number. Values are clamped to ±1e6: list starts and levels are small.
func atoiAttr(sc *scanner, name string, def int) int {
	v, ok := sc.attr(name)
	if !ok || len(v) == 0 {
		return def
	}
	neg := v[0] == '-'
	if neg || v[0] == '+' {
		v = v[1:]
	}
	n := 0
	for _, c := range v {
		if c < '0' || c > '9' {
			return def
		}
		if n < 1e6 {
			n = n*10 + int(c-'0')
		}
	}
	if len(v) == 0 {
		return def
	}
	n = min(n, 1e6)
	if neg {
		return -n
	}
	return n
}
