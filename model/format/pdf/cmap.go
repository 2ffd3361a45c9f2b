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
)

// codespace tells how many bytes the next character code takes.
type codespace struct {
	ranges []csRange
}

type csRange struct {
	n      int
	lo, hi [4]byte
}

func (cs *codespace) add(lo, hi string) {
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
	text    map[uint64]string
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

// parseCMap reads a CMap stream. Unknown operators and junk are skipped.
func parseCMap(data []byte) *cmap {
	m := &cmap{text: map[uint64]string{}, cids: map[uint64]uint32{}}
	s := scanner{b: data}
	var stack []object
	for {
		o, err := s.object(0)
		if err != nil {
			return m
		}
		k, ok := o.(keyword)
		if !ok {
			if len(stack) < 3*512 {
				stack = append(stack, o)
			}
			continue
		}
		m.operator(string(k), stack)
		stack = stack[:0]
	}
}

func (m *cmap) operator(op string, args []object) {
	switch op {
	case "endcodespacerange":
		for i := 0; i+1 < len(args); i += 2 {
			lo, _ := args[i].(string)
			hi, _ := args[i+1].(string)
			m.cs.add(lo, hi)
		}
	case "endbfchar":
		for i := 0; i+1 < len(args); i += 2 {
			if src, ok := args[i].(string); ok && len(src) > 0 && len(src) <= 4 {
				m.setText(codeKey(src), args[i+1])
			}
		}
	case "endbfrange":
		for i := 0; i+2 < len(args); i += 3 {
			m.bfrange(args[i], args[i+1], args[i+2])
		}
	case "endcidchar", "endcidrange":
		step := 2
		if op == "endcidrange" {
			step = 3
		}
		for i := 0; i+step-1 < len(args); i += step {
			lo, _ := args[i].(string)
			hi := lo
			if step == 3 {
				hi, _ = args[i+1].(string)
			}
			cid, ok := args[i+step-1].(int64)
			if ok && cid >= 0 {
				m.cidrange(lo, hi, uint32(cid))
			}
		}
	case "usecmap":
		if len(args) > 0 {
			n, _ := args[len(args)-1].(name)
			m.use = string(n)
		}
	}
}

// setText maps one code to the text of dst: UTF-16BE, or a glyph name.
func (m *cmap) setText(key uint64, dst object) {
	if m.entries >= maxCMapEntries {
		return
	}
	m.entries++
	switch d := dst.(type) {
	case string:
		m.text[key] = string(appendUTF16BE(nil, d))
	case name:
		if r := glyphRune(string(d)); r != 0 {
			m.text[key] = string(r)
		}
	}
}

func (m *cmap) bfrange(a, b, dst object) {
	lo, ok1 := a.(string)
	hi, ok2 := b.(string)
	if !ok1 || !ok2 || len(lo) != len(hi) || len(lo) == 0 || len(lo) > 4 {
		return
	}
	klo, khi := codeKey(lo), codeKey(hi)
	if khi < klo {
		return
	}
	switch d := dst.(type) {
	case array:
		for i, x := range d {
			if klo+uint64(i) > khi {
				break
			}
			m.setText(klo+uint64(i), x)
		}
	case string:
		if khi-klo >= maxExpand {
			if len(m.ranges) < 1024 {
				m.ranges = append(m.ranges, textRange{klo, khi, d})
			}
			return
		}
		for k := klo; k <= khi; k++ {
			m.setText(k, addToLast(d, k-klo))
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

func (m *cmap) cidrange(lo, hi string, cid uint32) {
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
	if t, ok := m.text[key]; ok {
		return t, true
	}
	for _, r := range m.ranges {
		if key >= r.lo && key <= r.hi {
			return string(appendUTF16BE(nil, addToLast(r.dst, key-r.lo))), true
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
		cs.add("\x00\x00", "\xFF\xFF")
		return cs, noLegacy, true
	case base == "GB" || base == "GBT":
		cs.add("\x21\x21", "\x7E\x7E")
		return cs, gbISO, true
	case strings.HasPrefix(base, "GB"): // GB-EUC, GBpc-EUC, GBK-EUC, GBKp-EUC, GBT-EUC, GBK2K…
		cs.add("\x00", "\x80")
		cs.add("\x81\x40", "\xFE\xFE")
		if strings.HasPrefix(base, "GBK2K") {
			cs.add("\x81\x30\x81\x30", "\xFE\x39\xFE\x39")
		}
		return cs, gbBytes, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UCS2"):
		cs.add("\x00\x00", "\xFF\xFF")
		return cs, ucs2, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UTF16"):
		cs.add("\x00\x00", "\xD7\xFF")
		cs.add("\xD8\x00\xDC\x00", "\xDB\xFF\xDF\xFF")
		cs.add("\xE0\x00", "\xFF\xFF")
		return cs, ucs2, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UTF8"):
		cs.add("\x00", "\x7F")
		cs.add("\xC2\x80", "\xDF\xBF")
		cs.add("\xE0\x80\x80", "\xEF\xBF\xBF")
		cs.add("\xF0\x80\x80\x80", "\xF4\xBF\xBF\xBF")
		return cs, utf8Bytes, true
	case strings.HasPrefix(base, "Uni") && strings.HasSuffix(base, "UTF32"):
		cs.add("\x00\x00\x00\x00", "\x00\x10\xFF\xFF")
		return cs, utf32, true
	case strings.Contains(base, "B5"): // B5pc, ETen-B5, ETenms-B5, HKscs-B5 …
		cs.add("\x00", "\x80")
		cs.add("\x81\x40", "\xFE\xFE")
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
