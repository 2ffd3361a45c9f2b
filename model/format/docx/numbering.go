package docx

import (
	"strings"
)

// numbering is numbering.xml with the counters of the lists as the body
// is read. Word draws the numbers of automatic lists; the text has none,
// so the reader writes them as Word shows them (一、 （一） 1.), since the
// parser reads a heading's level from its marker.
//
// Counters follow Word: lists (w:num) that share an abstract definition
// continue each other, unless a list overrides a level (w:lvlOverride),
// which gives it counters of its own. Using a level restarts the levels
// below it (w:lvlRestart says otherwise); a level referenced in w:lvlText
// before it was used shows its start value.
type numbering struct {
	abstract map[string]*abstractNum
	nums     map[string]*num
	state    map[string]*counters
}

const maxLevels = 9

type level struct {
	start   int
	fmt     string
	text    string
	suff    string
	restart int // w:lvlRestart; -1 when absent
	legal   bool
	pStyle  string
	hidden  bool
}

type abstractNum struct {
	lvls         [maxLevels]*level
	numStyleLink string
}

type num struct {
	abs      string
	start    [maxLevels]int // w:startOverride, -1 when absent
	lvls     [maxLevels]*level
	override bool
}

type counters struct {
	val     [maxLevels]int
	started [maxLevels]bool
}

func newNumbering() *numbering {
	return &numbering{abstract: map[string]*abstractNum{}, nums: map[string]*num{}, state: map[string]*counters{}}
}

// numberingParse holds the parse state of numbering.xml: the element being
// filled and the depth at which it opened.
type numberingParse struct {
	n          *numbering
	abs        *abstractNum
	nm         *num
	lvl        *level
	ovIlvl     int
	absD, numD int
	ovD, lvlD  int
	rPrD       int
}

// parseNumbering reads numbering.xml.
func parseNumbering(sc *scanner) (*numbering, error) {
	p := &numberingParse{n: newNumbering()}
	for {
		switch sc.next() {
		case tokEOF:
			return p.n, sc.err
		case tokEnd:
			p.end(sc.depth + 1)
		case tokStart:
			if sc.ns == nsW {
				p.start(sc)
			}
		}
	}
}

func (p *numberingParse) end(d int) {
	switch d {
	case p.rPrD:
		p.rPrD = 0
	case p.lvlD:
		p.lvlD, p.lvl = 0, nil
	case p.ovD:
		p.ovD = 0
	case p.absD:
		p.absD, p.abs = 0, nil
	case p.numD:
		p.numD, p.nm = 0, nil
	}
}

// reset forgets what was open: a list definition starts.
func (p *numberingParse) reset() {
	p.abs, p.nm, p.lvl = nil, nil, nil
	p.absD, p.numD, p.ovD, p.lvlD, p.rPrD = 0, 0, 0, 0, 0
}

func (p *numberingParse) start(sc *scanner) {
	d := sc.depth
	switch name := string(sc.local); {
	case name == "abstractNum":
		p.reset()
		p.abs, p.absD = &abstractNum{}, d
		if id := sc.attrString("abstractNumId"); p.n.abstract[id] == nil {
			p.n.abstract[id] = p.abs
		}
	case name == "num":
		p.reset()
		p.nm = &num{start: [maxLevels]int{-1, -1, -1, -1, -1, -1, -1, -1, -1}}
		p.numD = d
		if id := sc.attrString("numId"); p.n.nums[id] == nil {
			p.n.nums[id] = p.nm
		}
	case name == "abstractNumId" && p.nm != nil && d == p.numD+1:
		p.nm.abs = sc.attrString("val")
	case name == "numStyleLink" && p.abs != nil && d == p.absD+1:
		p.abs.numStyleLink = sc.attrString("val")
	case name == "lvlOverride" && p.nm != nil && d == p.numD+1:
		p.ovD, p.ovIlvl = d, atoiAttr(sc, "ilvl", -1)
	case name == "startOverride" && p.ovD > 0 && d == p.ovD+1:
		if p.ovIlvl >= 0 && p.ovIlvl < maxLevels {
			p.nm.start[p.ovIlvl] = atoiAttr(sc, "val", 0)
			p.nm.override = true
		}
	case name == "lvl":
		p.startLevel(sc, d)
	case p.lvl != nil && p.rPrD > 0 && d == p.rPrD+1:
		if name == "vanish" {
			p.lvl.hidden = onOff(sc) == 1
		}
	case p.lvl != nil:
		p.levelProperty(sc, name)
	}
}

func (p *numberingParse) startLevel(sc *scanner, d int) {
	i := atoiAttr(sc, "ilvl", -1)
	if i < 0 || i >= maxLevels {
		return
	}
	lv := &level{start: 1, fmt: "decimal", suff: "tab", restart: -1}
	switch {
	case p.abs != nil && d == p.absD+1:
		if p.abs.lvls[i] == nil {
			p.abs.lvls[i] = lv
		}
	case p.ovD > 0 && d == p.ovD+1:
		p.nm.lvls[i] = lv
		p.nm.override = true
	default:
		return
	}
	p.lvl, p.lvlD = lv, d
}

// levelProperty reads one child of a w:lvl. A w:start that is absent is
// taken as 1, not the schema's 0: no list is meant to begin at 〇.
func (p *numberingParse) levelProperty(sc *scanner, name string) {
	lv := p.lvl
	switch name {
	case "start":
		lv.start = atoiAttr(sc, "val", 1)
	case "numFmt":
		// Word writes newer formats as "custom" in an mc:Choice and a
		// standard one in the mc:Fallback that follows: keep the standard.
		if f := sc.attrString("val"); f != "custom" && f != "" {
			lv.fmt = f
		}
	case "lvlText":
		lv.text = sc.attrString("val")
		if v, ok := sc.attr("null"); ok && isOn(v) {
			lv.text = ""
		}
	case "suff":
		lv.suff = sc.attrString("val")
	case "lvlRestart":
		lv.restart = atoiAttr(sc, "val", -1)
	case "isLgl":
		lv.legal = onOff(sc) == 1
	case "pStyle":
		lv.pStyle = sc.attrString("val")
	case "rPr":
		p.rPrD = sc.depth
	case "pPr":
		sc.skip()
	}
}

// resolve finds the abstract definition a list uses, following a
// w:numStyleLink to the list style that holds the levels.
func (n *numbering) resolve(id string, st *styles) (string, *abstractNum) {
	abs := n.abstract[id]
	for i := 0; abs != nil && abs.numStyleLink != "" && i < 4; i++ {
		numID, ok, _, _ := st.numbering(abs.numStyleLink)
		nm := n.nums[numID]
		if !ok || nm == nil || n.abstract[nm.abs] == nil || n.abstract[nm.abs] == abs {
			break
		}
		id, abs = nm.abs, n.abstract[nm.abs]
	}
	return id, abs
}

// levelFor is the ilvl of a list whose level is linked to a paragraph
// style (w:lvl/w:pStyle), for a style that names the list but no level.
func (n *numbering) levelFor(numID, styleID string, st *styles) (int, bool) {
	if n == nil || n.nums[numID] == nil {
		return 0, false
	}
	_, abs := n.resolve(n.nums[numID].abs, st)
	if abs == nil {
		return 0, false
	}
	for i, lv := range abs.lvls {
		if lv != nil && lv.pStyle == styleID {
			return i, true
		}
	}
	return 0, false
}

// marker advances list numID at level ilvl and returns the marker the
// paragraph shows with its suffix, or "" (no list, a bullet, a hidden
// number).
func (n *numbering) marker(numID string, ilvl int, st *styles) string {
	if n == nil || numID == "" || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	nm := n.nums[numID]
	if nm == nil {
		return ""
	}
	key, abs := n.resolve(nm.abs, st)
	if abs == nil {
		return ""
	}
	def := func(i int) *level {
		if nm.lvls[i] != nil {
			return nm.lvls[i]
		}
		return abs.lvls[i]
	}
	lv := def(ilvl)
	if lv == nil {
		return ""
	}
	if nm.override {
		key = "num " + numID
	}
	c := n.state[key]
	if c == nil {
		c = &counters{}
		n.state[key] = c
	}
	startOf := func(i int) int {
		if nm.start[i] >= 0 {
			return nm.start[i]
		}
		if d := def(i); d != nil {
			return d.start
		}
		return 1
	}
	c.advance(ilvl, startOf, def)
	if lv.hidden || lv.fmt == "bullet" {
		return ""
	}
	text := render(lv, ilvl, c, startOf, def)
	if text == "" {
		return ""
	}
	switch lv.suff {
	case "space":
		return text + " "
	case "nothing":
		return text
	}
	return text + "\t"
}

// advance counts one paragraph at level l and restarts the levels below.
func (c *counters) advance(l int, startOf func(int) int, def func(int) *level) {
	if c.started[l] {
		c.val[l]++
	} else {
		c.val[l], c.started[l] = startOf(l), true
	}
	for k := l + 1; k < maxLevels; k++ {
		r := k
		if d := def(k); d != nil && d.restart >= 0 {
			r = d.restart
		}
		if l < r {
			c.started[k] = false
		}
	}
}

// render substitutes %1…%9 in the level's text with the numbers of those
// levels, each in its own format (decimal throughout under w:isLgl).
func render(lv *level, l int, c *counters, startOf func(int) int, def func(int) *level) string {
	t := lv.text
	if !strings.Contains(t, "%") {
		return t
	}
	var b strings.Builder
	for i := 0; i < len(t); i++ {
		if t[i] != '%' || i+1 == len(t) || t[i+1] < '1' || t[i+1] > '9' {
			b.WriteByte(t[i])
			continue
		}
		k := int(t[i+1] - '1')
		i++
		v := startOf(k)
		if k == l || c.started[k] {
			v = c.val[k]
		}
		f := "decimal"
		if d := def(k); d != nil {
			f = d.fmt
		}
		if f == "bullet" {
			continue
		}
		if lv.legal && f != "none" && f != "decimalZero" {
			f = "decimal"
		}
		b.WriteString(formatNumber(v, f))
	}
	return b.String()
}
