package doc

import (
	"encoding/binary"
)

// styleInfo is what a paragraph style gives its paragraphs: list and
// outline properties (its own sprms over those of the styles it is based
// on) and, for the built-in Heading 1–9 and styles based on them, the
// heading level.
type styleInfo struct {
	props   paraProps
	heading int
}

// rawStyle is one STD as stored: its identity, base and paragraph sprms.
type rawStyle struct {
	sti, base uint16
	isPara    bool
	grpprl    []byte
}

const (
	stiHeading1 = 1
	stiHeading9 = 9
	istdNil     = 0x0FFF
	maxStyleDep = 16 // base chains deeper than this are cut (they may loop)
)

// parseStyles reads the style sheet ([MS-DOC] 2.9.271 STSH) and resolves
// each paragraph style through its bases. A malformed sheet yields the
// styles read so far.
func parseStyles(stsh []byte) []styleInfo {
	raw := readStyles(stsh)
	out := make([]styleInfo, len(raw))
	done := make([]bool, len(raw))
	var resolve func(i, depth int) styleInfo
	resolve = func(i, depth int) styleInfo {
		if i < 0 || i >= len(raw) || depth > maxStyleDep {
			return styleInfo{}
		}
		if done[i] {
			return out[i]
		}
		r := raw[i]
		var s styleInfo
		if r.base != istdNil {
			s = resolve(int(r.base), depth+1)
		}
		if r.sti >= stiHeading1 && r.sti <= stiHeading9 {
			s.heading, s.props.hasOutLvl = int(r.sti), false
		}
		if r.isPara {
			applySprms(&s.props, r.grpprl)
		}
		out[i], done[i] = s, true
		return s
	}
	for i := range raw {
		resolve(i, 0)
	}
	return out
}

// readStyles reads the STDs: a count-prefixed STSHI (cstd, the size of
// each STD's fixed part), then per style a count-prefixed STD of a fixed
// part (sti, stk and base, count of UPXs), a name and the UPXs, the first
// of which holds a paragraph style's sprms after its istd.
func readStyles(stsh []byte) []rawStyle {
	le := binary.LittleEndian
	if len(stsh) < 2 {
		return nil
	}
	cbStshi := int(le.Uint16(stsh))
	if 2+cbStshi > len(stsh) || cbStshi < 4 {
		return nil
	}
	cstd := int(le.Uint16(stsh[2:]))
	cbBase := int(le.Uint16(stsh[4:]))
	rest := stsh[2+cbStshi:]
	var out []rawStyle
	for i := 0; i < cstd && len(rest) >= 2; i++ {
		cb := int(le.Uint16(rest))
		if 2+cb > len(rest) {
			break
		}
		out = append(out, readSTD(rest[2:2+cb], cbBase))
		rest = rest[2+cb:]
	}
	return out
}

func readSTD(std []byte, cbBase int) rawStyle {
	le := binary.LittleEndian
	s := rawStyle{base: istdNil}
	if cbBase < 10 || len(std) < cbBase+2 {
		return s
	}
	s.sti = le.Uint16(std) & 0x0FFF
	w := le.Uint16(std[2:])
	s.isPara = w&0xF == 1
	s.base = w >> 4
	cupx := le.Uint16(std[4:]) & 0xF
	at := cbBase
	at += 2 + 2*int(le.Uint16(std[at:])) + 2 // xstzName: count, UTF-16, null
	at += at & 1
	if !s.isPara || cupx < 1 || at+2 > len(std) {
		return s
	}
	cb := int(le.Uint16(std[at:]))
	at += 2
	if cb < 2 || at+cb > len(std) {
		return s
	}
	s.grpprl = std[at+2 : at+cb] // after the UPX's istd
	return s
}

// propsOf gives a paragraph its effective properties (those of its style,
// then its own sprms) and its outline level (0 for body text).
func propsOf(run papRun, styles []styleInfo) (paraProps, int) {
	var st styleInfo
	if int(run.istd) < len(styles) {
		st = styles[run.istd]
	}
	p := st.props
	applySprms(&p, run.grpprl)
	level := st.heading
	if p.hasOutLvl {
		level = p.outLvl
	}
	if level > 9 {
		level = 0 // outline level 9 is body text
	}
	return p, level
}
