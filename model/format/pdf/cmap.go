package pdf

import (
	"strings"
	"unicode/utf8"
)

// maxCMapEntries bounds what one CMap may define; a large range is kept as
// a range rather than expanded.
const (
	maxCMapEntries = 1 << 18
	maxExpand      = 4096
	maxCMapBytes   = 8 << 20 // a ToUnicode map of 30 000 glyphs is half a megabyte
)

// codespace tells how many bytes the next character code takes.
type codespace struct {
	ranges []csRange
}

type csRange struct {
	n      int
	lo, hi [4]byte
}

func (cs *codespace) add(lo, hi []byte) {
	if len(lo) == 0 || len(lo) != len(hi) || len(lo) > 4 || len(cs.ranges) >= 256 {
		return
	}
	r := csRange{n: len(lo)}
	copy(r.lo[:], lo)
	copy(r.hi[:], hi)
	cs.ranges = append(cs.ranges, r)
}

// codeLen returns the length of the code at the start of s: the shortest
// range that matches it; else the shortest range matching its first byte;
// else one byte.
func (cs *codespace) codeLen(s []byte) int {
	for n := 1; n <= 4 && n <= len(s); n++ {
		for _, r := range cs.ranges {
			if r.n == n && r.match(s) {
				return n
			}
		}
	}
	for _, r := range cs.ranges {
		if s[0] >= r.lo[0] && s[0] <= r.hi[0] {
			return min(r.n, len(s))
		}
	}
	return 1
}

func (r csRange) match(s []byte) bool {
	for i := 0; i < r.n; i++ {
		if s[i] < r.lo[i] || s[i] > r.hi[i] {
			return false
		}
	}
	return true
}

// codeKey identifies a code by value and length (<20> and <0020> differ).
func codeKey[T string | []byte](code T) uint64 {
	var v uint64
	for i := 0; i < len(code); i++ {
		v = v<<8 | uint64(code[i])
	}
	return uint64(len(code))<<32 | v
}

// cmap is what a CMap stream says: its codespace, code → text (a
// ToUnicode map), code → CID (an encoding CMap) and the predefined CMap it
// builds on.
type cmap struct {
	cs      codespace
	text    map[uint64]uint32 // code → offset<<8 | length of its UTF-8 in buf, then str
	one     *[256]uint32      // the same for one-byte codes (simple fonts), 0 for none
	buf     []byte
	str     string // buf, once read: a code's text is a substring, made without copying
	ranges  []textRange
	cids    map[uint64]uint32
	cidRngs []cidRange
	use     string // usecmap
	entries int
}

type textRange struct {
	lo, hi uint64 // codeKeys
	dst    string // UTF-16BE text of lo
}

type cidRange struct {
	lo, hi uint64
	cid    uint32
}

// parseCMap reads a CMap stream with lx's buffers. Unknown operators and
// junk are skipped.
func parseCMap(data []byte, lx *lexer) *cmap {
	m := &cmap{text: map[uint64]uint32{}, cids: map[uint64]uint32{}}
	lx.s, lx.limit = scanner{b: data}, 3*4096
	defer func() { lx.limit = 0 }()
	for {
		op, ok := lx.next()
		if !ok {
			m.str, m.buf = string(m.buf), nil
			return m
		}
		m.operator(string(op), lx)
	}
}

func (m *cmap) operator(op string, lx *lexer) {
	args := lx.args
	str := func(i int) []byte {
		if args[i].kind != stringOperand {
			return nil
		}
		return lx.bytes(args[i])
	}
	switch op {
	case "endcodespacerange":
		for i := 0; i+1 < len(args); i += 2 {
			m.cs.add(str(i), str(i+1))
		}
	case "endbfchar":
		for i := 0; i+1 < len(args); i += 2 {
			if src := str(i); len(src) > 0 && len(src) <= 4 {
				m.setText(codeKey(src), args[i+1].kind, lx.bytes(args[i+1]))
			}
		}
	case "endbfrange":
		for i := 0; i+2 < len(args); i += 3 {
			m.bfrange(str(i), str(i+1), args[i+2], lx)
		}
	case "endcidchar":
		for i := 0; i+1 < len(args); i += 2 {
			if c := args[i+1]; c.kind == numOperand && c.num >= 0 {
				m.cidrange(str(i), str(i), uint32(c.num))
			}
		}
	case "endcidrange":
		for i := 0; i+2 < len(args); i += 3 {
			if c := args[i+2]; c.kind == numOperand && c.num >= 0 {
				m.cidrange(str(i), str(i+1), uint32(c.num))
			}
		}
	case "usecmap":
		if n := len(args); n > 0 && args[n-1].kind == nameOperand {
			m.use = string(lx.bytes(args[n-1]))
		}
	}
}

// setText maps one code to the text of dst: UTF-16BE, or a glyph name.
func (m *cmap) setText(key uint64, kind operandKind, dst []byte) {
	if m.entries >= maxCMapEntries {
		return
	}
	m.entries++
	off := len(m.buf)
	switch kind {
	case stringOperand:
		m.buf = appendUTF16BE(m.buf, dst)
	case nameOperand:
		if r := glyphRune(string(dst)); r != 0 {
			m.buf = utf8.AppendRune(m.buf, r)
		}
	}
	n := len(m.buf) - off
	if n == 0 || n >= 256 || off >= 1<<24 {
		return
	}
	if key>>32 == 1 {
		if m.one == nil {
			m.one = new([256]uint32)
		}
		m.one[key&0xFF] = uint32(off)<<8 | uint32(n)
		return
	}
	m.text[key] = uint32(off)<<8 | uint32(n)
}

func (m *cmap) bfrange(lo, hi []byte, dst operand, lx *lexer) {
	if len(lo) != len(hi) || len(lo) == 0 || len(lo) > 4 {
		return
	}
	klo, khi := codeKey(lo), codeKey(hi)
	if khi < klo {
		return
	}
	switch dst.kind {
	case arrayOperand:
		for i, x := range lx.items(dst) {
			if klo+uint64(i) > khi {
				break
			}
			m.setText(klo+uint64(i), x.kind, lx.bytes(x))
		}
	case stringOperand:
		b := lx.bytes(dst)
		if len(b) == 0 {
			return
		}
		if khi-klo >= maxExpand {
			if len(m.ranges) < 1024 {
				m.ranges = append(m.ranges, textRange{klo, khi, string(b)})
			}
			return
		}
		for k := klo; k <= khi; k++ {
			m.setText(k, stringOperand, []byte(addToLast(string(b), k-klo)))
		}
	}
}

// addToLast adds n to the last UTF-16 unit of dst.
func addToLast(dst string, n uint64) string {
	if len(dst) < 2 {
		return string([]byte{byte(uint64(dst[0]) + n)})
	}
	b := []byte(dst)
	v := uint64(b[len(b)-2])<<8 | uint64(b[len(b)-1]) + n
	b[len(b)-2], b[len(b)-1] = byte(v>>8), byte(v)
	return string(b)
}

func (m *cmap) cidrange(lo, hi []byte, cid uint32) {
	if len(lo) != len(hi) || len(lo) == 0 || len(lo) > 4 {
		return
	}
	klo, khi := codeKey(lo), codeKey(hi)
	switch {
	case khi < klo:
	case khi-klo >= maxExpand || m.entries+int(khi-klo) > maxCMapEntries:
		if len(m.cidRngs) < 4096 {
			m.cidRngs = append(m.cidRngs, cidRange{klo, khi, cid})
		}
	default:
		for k := klo; k <= khi; k++ {
			m.cids[k] = cid + uint32(k-klo)
		}
		m.entries += int(khi - klo + 1)
	}
}

// lookupText returns the text a ToUnicode map gives code.
func (m *cmap) lookupText(key uint64) (string, bool) {
	if key>>32 == 1 && m.one != nil {
		if t := m.one[key&0xFF]; t != 0 {
			return m.str[t>>8 : t>>8+t&0xFF], true
		}
	}
	if t, ok := m.text[key]; ok {
		return m.str[t>>8 : t>>8+t&0xFF], true
	}
	for _, r := range m.ranges {
		if key >= r.lo && key <= r.hi {
			return string(appendUTF16BE(nil, []byte(addToLast(r.dst, key-r.lo)))), true
		}
	}
	return "", false
}

// lookupCID returns the CID an encoding CMap gives code.
func (m *cmap) lookupCID(key uint64) (uint32, bool) {
	if c, ok := m.cids[key]; ok {
		return c, true
	}
	for _, r := range m.cidRngs {
		if key >= r.lo && key <= r.hi {
			return r.cid + uint32(key-r.lo), true
		}
	}
	return 0, false
}

// legacy is how the codes of a predefined CMap are read as text when the
// font has no ToUnicode map: the codes of the GB CMaps are GB 2312/GBK/
// GB 18030 bytes, of the Uni… CMaps UTF-16 (or UTF-8, UTF-32), of the B5
// CMaps Big5.
type legacy int

const (
	noLegacy legacy = iota
	gbBytes         // EUC-CN, GBK, GB 18030
	gbISO           // GB-H: 7-bit GB 2312 rows and cells
	ucs2            // UTF-16BE
	utf8Bytes
	utf32
	big5Bytes
)

// predefined describes a predefined CMap by name: its codespace and how
// its codes read as text. ok is false for CMaps baogao does not know.
func predefined(n string) (cs codespace, l legacy, ok bool) {
	base := strings.TrimSuffix(strings.TrimSuffix(n, "-H"), "-V")
	switch {
	case base == "Identity":
		cs.add([]byte("\x00\x00"), []byte("\xFF\xFF"))
		return cs, noLegacy, true
	case base == "GB" || base == "GBT":
		cs.add([]byte("\x21\x21"), []byte("\x7E\x7E"))
		return cs, gbISO, true
	case strings.HasPrefix(base, "GB"): // GB-EUC, GBpc-EUC, GBK-EUC, GBKp-EUC, GBT-EUC, GBK2K…
		cs.add([]byte("\x00"), []byte("\x80"))
		cs.add([]byte("\x81\x40"), []byte("\xFE\xFE"))
		if strings.HasPrefix(base, "GBK2K") {
			cs.add([]byte("\x81\x30\x81\x30"), []byte("\xFE\x39\xFE\x39"))
		}
		return cs, gbBytes, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UCS2"):
		cs.add([]byte("\x00\x00"), []byte("\xFF\xFF"))
		return cs, ucs2, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UTF16"):
		cs.add([]byte("\x00\x00"), []byte("\xD7\xFF"))
		cs.add([]byte("\xD8\x00\xDC\x00"), []byte("\xDB\xFF\xDF\xFF"))
		cs.add([]byte("\xE0\x00"), []byte("\xFF\xFF"))
		return cs, ucs2, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UTF8"):
		cs.add([]byte("\x00"), []byte("\x7F"))
		cs.add([]byte("\xC2\x80"), []byte("\xDF\xBF"))
		cs.add([]byte("\xE0\x80\x80"), []byte("\xEF\xBF\xBF"))
		cs.add([]byte("\xF0\x80\x80\x80"), []byte("\xF4\xBF\xBF\xBF"))
		return cs, utf8Bytes, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UTF32"):
		cs.add([]byte("\x00\x00\x00\x00"), []byte("\x00\x10\xFF\xFF"))
		return cs, utf32, true
	case strings.Contains(base, "B5"): // B5pc, ETen-B5, ETenms-B5, HKscs-B5 …
		cs.add([]byte("\x00"), []byte("\x80"))
		cs.add([]byte("\x81\x40"), []byte("\xFE\xFE"))
		return cs, big5Bytes, true
	}
	return cs, noLegacy, false
}

// isWide reports whether a code of a predefined CMap is a full-width
// character (its width is then the font's default, usually 1000).
func (l legacy) isWide(code string) bool {
	switch l {
	case gbBytes, big5Bytes:
		return len(code) > 1
	case ucs2, utf32, utf8Bytes:
		r, _ := utf8.DecodeRuneInString(legacyText(l, code))
		return r >= 0x1100
	}
	return true
}
