package doc

import (
	"encoding/binary"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"
)

// Automatic numbering ([MS-DOC] 2.4.? "Lists"). A paragraph names a list
// instance (ilfo, 1-based into the PlfLfo) and a level (ilvl); the instance
// names a list (LSTF, by lsid), whose LVL for that level gives the number
// text — characters 0–8 in it stand for the current number of that level —
// the number format, and the start value. Counters are kept per list, as
// Word does, and a level restarts when a higher level is numbered.
const (
	lstfSize   = 28
	lvlfSize   = 28
	lfoSize    = 16
	lfolvlSize = 8
	maxLevels  = 9

	ixchTab   = 0
	ixchSpace = 1

	// maxNumberText caps a level's number text: Word's are a few
	// characters ("第%1章", "%1.%2.%3"); a long one would be paid for at
	// every numbered paragraph.
	maxNumberText = 32
)

type lvl struct {
	start     int
	nfc       byte
	legal     bool // numbers of every level shown in decimal
	noRestart bool
	text      []uint16
	follow    byte
}

type list struct {
	lsid   uint32
	levels []lvl
}

type levelOverride struct {
	start    int
	hasStart bool
	lvl      *lvl
}

type listInstance struct {
	list int // index into lists.lists, -1 when the lsid is unknown
	over [maxLevels]levelOverride
}

// lists holds the list tables and the numbering state while reading.
type lists struct {
	lists     []list
	instances []listInstance
	counters  [][maxLevels]int
	started   [][maxLevels]bool
	overDone  [][maxLevels]bool // an instance's start override was applied
}

// parseLists reads the PlfLst (LSTFs, then their LVLs right after it in
// the table stream) and the PlfLfo (LFOs, then their LFOData).
func parseLists(table []byte, f *fib) *lists {
	l := &lists{}
	fc, lcb := f.fcLcb(iPlfLst)
	if lcb >= 2 && uint64(fc)+uint64(lcb) <= uint64(len(table)) {
		l.lists = readLsts(table[fc:fc+lcb], table[fc+lcb:])
	}
	l.counters = make([][maxLevels]int, len(l.lists))
	l.started = make([][maxLevels]bool, len(l.lists))
	if plf := f.slice(table, iPlfLfo); plf != nil {
		l.instances = readLfos(plf, l.lists)
	}
	l.overDone = make([][maxLevels]bool, len(l.instances))
	return l
}

func readLsts(plf, rest []byte) []list {
	le := binary.LittleEndian
	n := int(int16(le.Uint16(plf)))
	if n <= 0 || 2+n*lstfSize > len(plf) {
		return nil
	}
	out := make([]list, 0, n)
	for i := 0; i < n; i++ {
		lstf := plf[2+i*lstfSize:]
		count := maxLevels
		if lstf[26]&1 != 0 { // fSimpleList
			count = 1
		}
		ls := list{lsid: le.Uint32(lstf)}
		for k := 0; k < count; k++ {
			lv, size, ok := readLvl(rest)
			if !ok {
				return append(out, ls)
			}
			ls.levels = append(ls.levels, lv)
			rest = rest[size:]
		}
		out = append(out, ls)
	}
	return out
}

// readLvl reads an LVL: the fixed LVLF, its paragraph and character sprms
// (skipped) and the number text (a count and UTF-16 units).
func readLvl(b []byte) (lvl, int, bool) {
	le := binary.LittleEndian
	if len(b) < lvlfSize+2 {
		return lvl{}, 0, false
	}
	lv := lvl{
		start:     int(int32(le.Uint32(b))),
		nfc:       b[4],
		legal:     b[5]&0x04 != 0,
		noRestart: b[5]&0x08 != 0,
		follow:    b[15],
	}
	at := lvlfSize + int(b[24]) + int(b[25])
	if at+2 > len(b) {
		return lvl{}, 0, false
	}
	cch := int(le.Uint16(b[at:]))
	at += 2
	if at+2*cch > len(b) {
		return lvl{}, 0, false
	}
	lv.text = make([]uint16, min(cch, maxNumberText))
	for i := range lv.text {
		lv.text[i] = le.Uint16(b[at+2*i:])
	}
	return lv, at + 2*cch, true
}

func readLfos(plf []byte, ls []list) []listInstance {
	le := binary.LittleEndian
	if len(plf) < 4 {
		return nil
	}
	n := int(le.Uint32(plf))
	if n <= 0 || n > (len(plf)-4)/lfoSize {
		return nil
	}
	byID := map[uint32]int{}
	for i, l := range ls {
		byID[l.lsid] = i
	}
	out := make([]listInstance, n)
	data := plf[4+n*lfoSize:]
	for i := range out {
		lfo := plf[4+i*lfoSize:]
		out[i].list = -1
		if k, ok := byID[le.Uint32(lfo)]; ok {
			out[i].list = k
		}
		// LFOData: a CP, then clfolvl LFOLVLs, each maybe with an LVL.
		if len(data) < 4 {
			continue
		}
		data = data[4:]
		for j := 0; j < int(lfo[12]); j++ {
			var ok bool
			if data, ok = readOverride(&out[i], data); !ok {
				data = nil
				break
			}
		}
	}
	return out
}

func readOverride(inst *listInstance, data []byte) ([]byte, bool) {
	le := binary.LittleEndian
	if len(data) < lfolvlSize {
		return nil, false
	}
	flags := le.Uint32(data[4:])
	ilvl := int(flags & 0xF)
	o := levelOverride{start: int(int32(le.Uint32(data))), hasStart: flags&0x10 != 0}
	data = data[lfolvlSize:]
	if flags&0x20 != 0 { // fFormatting: a whole LVL follows
		lv, size, ok := readLvl(data)
		if !ok {
			return nil, false
		}
		o.lvl, data = &lv, data[size:]
		if !o.hasStart {
			o.start, o.hasStart = lv.start, true
		}
	}
	if ilvl < maxLevels {
		inst.over[ilvl] = o
	}
	return data, true
}

// marker advances the numbering for a paragraph of instance ilfo, level
// ilvl and returns the number text it shows ("一、", "（二）", "1.1 "), or
// "" when it has none (bullets included: they carry no number) or the
// paragraph is empty (Word counts it all the same).
func (l *lists) marker(ilfo, ilvl int, empty bool) string {
	if l == nil || ilfo < 1 || ilfo > len(l.instances) || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	inst := &l.instances[ilfo-1]
	if inst.list < 0 || ilvl >= len(l.lists[inst.list].levels) {
		return ""
	}
	levels := l.lists[inst.list].levels
	lv := &levels[ilvl]
	if o := inst.over[ilvl]; o.lvl != nil {
		lv = o.lvl
	}
	c, st := &l.counters[inst.list], &l.started[inst.list]
	switch o := inst.over[ilvl]; {
	case o.hasStart && !l.overDone[ilfo-1][ilvl]:
		c[ilvl], st[ilvl] = o.start, true
		l.overDone[ilfo-1][ilvl] = true
	case st[ilvl]:
		c[ilvl]++
	default:
		c[ilvl], st[ilvl] = lv.start, true
	}
	for k := ilvl + 1; k < len(levels); k++ {
		if !levels[k].noRestart {
			st[k] = false
		}
	}
	if lv.nfc == nfcBullet || empty {
		return ""
	}
	return numberText(lv, ilvl, levels, c, st)
}

// numberText fills the level's number text with the current numbers.
func numberText(lv *lvl, ilvl int, levels []lvl, c *[maxLevels]int, st *[maxLevels]bool) string {
	var b strings.Builder
	for _, r := range utf16.Decode(lv.text) {
		if r >= maxLevels {
			if r >= 0x20 {
				b.WriteRune(r)
			}
			continue
		}
		k := int(r)
		if k >= len(levels) {
			continue
		}
		n := c[k]
		if !st[k] {
			n = levels[k].start
		}
		nfc := levels[k].nfc
		if k == ilvl {
			nfc = lv.nfc
		}
		if lv.legal {
			nfc = nfcDecimal
		}
		b.WriteString(formatNumber(n, nfc))
	}
	s := b.String()
	if s != "" && (lv.follow == ixchTab || lv.follow == ixchSpace) && needsSpace(s) {
		s += " "
	}
	return s
}

// needsSpace says whether a marker is set off from its text by a space,
// as Section.Heading writes them: "1." and "第一章" are; "一、", "（一）",
// "(1)" and "①" are written close up.
func needsSpace(marker string) bool {
	r, _ := utf8.DecodeLastRuneInString(marker)
	return r < utf8.RuneSelf && r != ')' || unicode.Is(unicode.Han, r)
}
