package doc

import (
	"encoding/binary"
	"unicode/utf16"
)

// A minimal compound file writer for tests: version 3, 512-byte sectors,
// every stream in regular sectors (padded to the 4096-byte mini stream
// cutoff, so no mini stream is needed), the directory a chain of right
// siblings under the root. Enough to build Works-like, encrypted and
// synthetic Word files that LibreOffice cannot make.

type oleStream struct {
	name string
	data []byte
}

// oleLayout says where writeOLE put things, for tests that corrupt them.
type oleLayout struct {
	fatStart, dirStart int   // first FAT sector, first directory sector
	streamStart        []int // first sector of each stream
	fatOffset          int   // byte offset of the FAT
}

const (
	tSector    = 512
	tFree      = 0xFFFFFFFF
	tEnd       = 0xFFFFFFFE
	tFatSect   = 0xFFFFFFFD
	tMiniLimit = 4096
)

func writeOLE(streams []oleStream) ([]byte, oleLayout) {
	padded := make([][]byte, len(streams))
	data := 0
	for i, s := range streams {
		n := max(len(s.data), tMiniLimit)
		n = (n + tSector - 1) / tSector * tSector
		padded[i] = make([]byte, n)
		copy(padded[i], s.data)
		data += n / tSector
	}
	dirSectors := (len(streams) + 1 + 3) / 4
	fatSectors := 1
	for (fatSectors+dirSectors+data+127)/128 > fatSectors {
		fatSectors++
	}
	total := fatSectors + dirSectors + data
	fat := make([]uint32, fatSectors*128)
	for i := range fat {
		fat[i] = tFree
	}
	for i := 0; i < fatSectors; i++ {
		fat[i] = tFatSect
	}
	lay := oleLayout{fatStart: 0, dirStart: fatSectors, fatOffset: tSector}
	chain := func(start, n int) {
		for i := start; i < start+n-1; i++ {
			fat[i] = uint32(i + 1)
		}
		fat[start+n-1] = tEnd
	}
	chain(fatSectors, dirSectors)
	next := fatSectors + dirSectors
	for _, p := range padded {
		lay.streamStart = append(lay.streamStart, next)
		chain(next, len(p)/tSector)
		next += len(p) / tSector
	}
	out := make([]byte, tSector*(1+total))
	writeHeader(out, fatSectors)
	le := binary.LittleEndian
	for i, v := range fat {
		le.PutUint32(out[tSector+4*i:], v)
	}
	dir := out[tSector*(1+fatSectors):]
	writeDirEntry(dir, "Root Entry", 5, tEnd, 0, 1, tFree)
	for i, s := range streams {
		right := uint32(tFree)
		if i+2 <= len(streams) {
			right = uint32(i + 2)
		}
		writeDirEntry(dir[128*(i+1):], s.name, 2, uint32(lay.streamStart[i]), uint32(len(padded[i])), tFree, right)
	}
	for i, p := range padded {
		copy(out[tSector*(1+lay.streamStart[i]):], p)
	}
	return out, lay
}

func writeHeader(out []byte, fatSectors int) {
	le := binary.LittleEndian
	copy(out, []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1})
	le.PutUint16(out[24:], 0x3E)
	le.PutUint16(out[26:], 3)
	le.PutUint16(out[28:], 0xFFFE)
	le.PutUint16(out[30:], 9)
	le.PutUint16(out[32:], 6)
	le.PutUint32(out[44:], uint32(fatSectors))
	le.PutUint32(out[48:], uint32(fatSectors)) // directory right after the FAT
	le.PutUint32(out[56:], tMiniLimit)
	le.PutUint32(out[60:], tEnd)
	le.PutUint32(out[68:], tEnd)
	for i := 0; i < 109; i++ {
		v := uint32(tFree)
		if i < fatSectors {
			v = uint32(i)
		}
		le.PutUint32(out[76+4*i:], v)
	}
}

func writeDirEntry(b []byte, name string, typ byte, start, size, child, right uint32) {
	le := binary.LittleEndian
	u := utf16.Encode([]rune(name))
	for i, c := range u {
		le.PutUint16(b[2*i:], c)
	}
	le.PutUint16(b[64:], uint16(2*(len(u)+1)))
	b[66], b[67] = typ, 1
	le.PutUint32(b[68:], tFree)
	le.PutUint32(b[72:], right)
	le.PutUint32(b[76:], child)
	le.PutUint32(b[116:], start)
	le.PutUint32(b[120:], size)
}

// wordPiece is a run of the synthetic document's text.
type wordPiece struct {
	text       string
	compressed bool     // stored as cp1252 bytes (the text must be Latin-1)
	units      []uint16 // UTF-16 as is, instead of text
}

// wordSpec describes a synthetic Word 97 document.
type wordSpec struct {
	pieces  []wordPiece
	ccpText uint32 // 0: every character
	nFib    uint16 // 0: Word 97
	flags   uint16
	fcShift uint32 // added to every piece's offset (to point past the stream)
	extra   []oleStream
}

const tFibSize = 1024

// buildWord writes a Word 97 file: a FIB, the text, and a 0Table stream
// holding only the CLX (so no PAPX, styles or lists).
func buildWord(s wordSpec) []byte {
	le := binary.LittleEndian
	wd := make([]byte, tFibSize)
	le.PutUint16(wd, wIdent)
	nFib := s.nFib
	if nFib == 0 {
		nFib = nFibWord97
	}
	le.PutUint16(wd[2:], nFib)
	le.PutUint16(wd[10:], s.flags)
	le.PutUint16(wd[0x20:], 14)
	le.PutUint16(wd[0x3E:], 22)
	le.PutUint16(wd[0x98:], 93)
	var cps, pcds []byte
	cp := uint32(0)
	for _, p := range s.pieces {
		cps = le.AppendUint32(cps, cp)
		fc := uint32(len(wd)) + s.fcShift
		if p.compressed {
			for _, r := range p.text {
				wd = append(wd, byte(r))
			}
			cp += uint32(len([]rune(p.text)))
			fc = fc*2 | 1<<30
		} else {
			u := p.units
			if u == nil {
				u = utf16.Encode([]rune(p.text))
			}
			for _, c := range u {
				wd = le.AppendUint16(wd, c)
			}
			cp += uint32(len(u))
		}
		pcds = append(pcds, 0, 0)
		pcds = le.AppendUint32(pcds, fc)
		pcds = append(pcds, 0, 0)
	}
	cps = le.AppendUint32(cps, cp)
	ccp := s.ccpText
	if ccp == 0 {
		ccp = cp
	}
	le.PutUint32(wd[0x4C:], ccp)
	plc := append(cps, pcds...)
	clx := append([]byte{2}, le.AppendUint32(nil, uint32(len(plc)))...)
	clx = append(clx, plc...)
	le.PutUint32(wd[0x9A+8*iClx:], 0)
	le.PutUint32(wd[0x9A+8*iClx+4:], uint32(len(clx)))
	table := "0Table"
	if s.flags&fWhichTblStm != 0 {
		table = "1Table"
	}
	streams := append([]oleStream{{"WordDocument", wd}, {table, clx}}, s.extra...)
	b, _ := writeOLE(streams)
	return b
}
