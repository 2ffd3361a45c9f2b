package doc

import (
	"encoding/binary"
	"sort"
)

// paraProps are the paragraph properties the reader acts on.
type paraProps struct {
	inTable   bool // sprmPFInTable: the paragraph is in a table cell
	ttp       bool // sprmPFTtp: the mark ends a table row
	ilfo      int  // sprmPIlfo: 1-based list instance, 0 none
	ilvl      int  // sprmPIlvl: list level 0–8
	outLvl    int  // sprmPOutLvl + 1: outline level 1–9, 10 body text
	hasOutLvl bool
}

// Paragraph sprms ([MS-DOC] 2.6.2).
const (
	sprmPIlvl     = 0x260A
	sprmPIlfo     = 0x460B
	sprmPFInTable = 0x2416
	sprmPFTtp     = 0x2417
	sprmPItap     = 0x6649
	sprmPOutLvl   = 0x2640
	sprmPChgTabs  = 0xC615
	sprmTDefTable = 0xD608
)

// applySprms applies a grpprl to p. It stops at the first sprm that would
// run past the end.
func applySprms(p *paraProps, grpprl []byte) {
	le := binary.LittleEndian
	for len(grpprl) >= 2 {
		sprm := le.Uint16(grpprl)
		n := operandSize(sprm, grpprl[2:])
		if n < 0 || 2+n > len(grpprl) {
			return
		}
		op := grpprl[2 : 2+n]
		switch sprm {
		case sprmPFInTable:
			p.inTable = n > 0 && op[0] != 0
		case sprmPFTtp:
			p.ttp = n > 0 && op[0] != 0
		case sprmPItap:
			if n == 4 && le.Uint32(op) > 0 {
				p.inTable = true
			}
		case sprmPIlvl:
			p.ilvl = int(op[0])
		case sprmPIlfo:
			p.ilfo = int(int16(le.Uint16(op)))
		case sprmPOutLvl:
			p.outLvl, p.hasOutLvl = int(op[0])+1, true
		}
		grpprl = grpprl[2+n:]
	}
}

// operandSize is the size of the operand of sprm, which starts rest; -1 if
// it cannot be known ([MS-DOC] 2.2.5.1: the spra bits give it).
func operandSize(sprm uint16, rest []byte) int {
	switch sprm >> 13 {
	case 0, 1:
		return 1
	case 2, 4, 5:
		return 2
	case 3:
		return 4
	case 7:
		return 3
	}
	// Variable: a length byte, with two exceptions.
	switch sprm {
	case sprmTDefTable:
		if len(rest) < 2 {
			return -1
		}
		return 2 + int(binary.LittleEndian.Uint16(rest)) - 1
	case sprmPChgTabs:
		return chgTabsSize(rest)
	}
	if len(rest) < 1 {
		return -1
	}
	return 1 + int(rest[0])
}

// chgTabsSize is the size of a sprmPChgTabs operand, whose length byte is
// 255 when its parts are too long to count in a byte.
func chgTabsSize(rest []byte) int {
	if len(rest) < 1 {
		return -1
	}
	if rest[0] != 255 {
		return 1 + int(rest[0])
	}
	n := 1
	if len(rest) < n+1 {
		return -1
	}
	del := int(rest[n])
	n += 1 + 4*del // rgdxaDel and rgdxaClose
	if len(rest) < n+1 {
		return -1
	}
	add := int(rest[n])
	return n + 1 + 3*add // rgdxaAdd and rgtbdAdd
}

// papRun gives the style and own sprms of the paragraphs whose marks lie
// in the WordDocument bytes [fcStart, fcEnd).
type papRun struct {
	fcStart, fcEnd uint32
	istd           uint16
	grpprl         []byte
}

// papTable finds a paragraph's properties by the offset of its mark.
type papTable []papRun

// parsePapx reads the PlcBtePapx (table stream) and the PapxFkp pages it
// points to (WordDocument stream). Each page is 512 bytes; there cannot be
// more pages than the stream holds, which bounds the work.
func parsePapx(plc []byte, wd []byte) papTable {
	le := binary.LittleEndian
	if len(plc) < 12 {
		return nil
	}
	n := (len(plc) - 4) / 8
	if n > len(wd)/512+1 {
		return nil
	}
	var runs papTable
	for i := 0; i < n; i++ {
		pn := le.Uint32(plc[4*(n+1)+4*i:]) & 0x3FFFFF
		off := int64(pn) * 512
		if off+512 > int64(len(wd)) {
			continue
		}
		runs = appendFkp(runs, wd[off:off+512])
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].fcStart < runs[j].fcStart })
	return runs
}

// appendFkp reads one PapxFkp ([MS-DOC] 2.9.175): cpara+1 FCs, cpara BxPap
// (one byte offset/2 of the PapxInFkp, 12 bytes PHE), the count last.
func appendFkp(runs papTable, page []byte) papTable {
	le := binary.LittleEndian
	cpara := int(page[511])
	if 4*(cpara+1)+13*cpara > 511 {
		return runs
	}
	bx := page[4*(cpara+1):]
	for i := 0; i < cpara; i++ {
		r := papRun{fcStart: le.Uint32(page[4*i:]), fcEnd: le.Uint32(page[4*i+4:])}
		if r.fcEnd <= r.fcStart {
			continue
		}
		if at := 2 * int(bx[13*i]); at > 0 {
			r.istd, r.grpprl = papxInFkp(page[:511], at)
		}
		runs = append(runs, r)
	}
	return runs
}

// papxInFkp reads the PapxInFkp at offset at of the page: a count cb
// (bytes = 2cb-1, or when 0 a second count of words), the istd, sprms.
func papxInFkp(page []byte, at int) (istd uint16, grpprl []byte) {
	if at >= len(page) {
		return 0, nil
	}
	size := 2*int(page[at]) - 1
	at++
	if size < 0 {
		if at >= len(page) {
			return 0, nil
		}
		size = 2 * int(page[at])
		at++
	}
	if size < 2 || at+size > len(page) {
		return 0, nil
	}
	return binary.LittleEndian.Uint16(page[at:]), page[at+2 : at+size]
}

// lookup returns the style and sprms of the paragraph whose mark is at fc.
func (t papTable) lookup(fc uint32) (papRun, bool) {
	i := sort.Search(len(t), func(i int) bool { return t[i].fcEnd > fc })
	if i < len(t) && t[i].fcStart <= fc {
		return t[i], true
	}
	return papRun{}, false
}
