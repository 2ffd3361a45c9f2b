package doc

import (
	"encoding/binary"
)

// The File Information Block opens the WordDocument stream and says where
// everything else is ([MS-DOC] 2.5). Its parts have counted lengths (csw,
// cslw, cbRgFcLcb), so offsets are computed, not assumed.
const (
	wIdent      = 0xA5EC
	nFibWord97  = 0x00C1 // Word 97; 2000–2007 write this too and put the real one in nFibNew
	nFibMinRead = 0x00C0 // below this the file is Word 6.0/95 or older: another format
	fibBaseSize = 32

	fEncrypted   = 0x0100
	fWhichTblStm = 0x0200
	fObfuscated  = 0x8000
)

// The FibRgFcLcb97 pairs baogao reads, by index ([MS-DOC] 2.5.6).
const (
	iStshf       = 1
	iPlcfBteChpx = 12
	iPlcfBtePapx = 13
	iClx         = 33
	iPlfLst      = 73
	iPlfLfo      = 74
)

// fib is what the reader needs from the FIB.
type fib struct {
	nFib      uint16
	encrypted bool
	table     string // "0Table" or "1Table"
	ccpText   uint32 // characters in the main document; the other stories follow
	rgFcLcb   []byte
}

// fcLcb returns the (offset, length) pair i of FibRgFcLcb, or zeros when
// the FIB is too short to have it (an older writer).
func (f *fib) fcLcb(i int) (fc, lcb uint32) {
	off := i * 8
	if off+8 > len(f.rgFcLcb) {
		return 0, 0
	}
	return binary.LittleEndian.Uint32(f.rgFcLcb[off:]), binary.LittleEndian.Uint32(f.rgFcLcb[off+4:])
}

func parseFIB(wd []byte) (*fib, error) {
	if len(wd) < fibBaseSize+2 {
		return nil, corrupt("WordDocument stream too short for a FIB")
	}
	le := binary.LittleEndian
	if le.Uint16(wd) != wIdent {
		return nil, corrupt("WordDocument stream without the Word signature")
	}
	f := &fib{nFib: le.Uint16(wd[2:])}
	if f.nFib < nFibMinRead {
		return f, nil // the caller refuses it; the rest is laid out otherwise
	}
	flags := le.Uint16(wd[10:])
	f.encrypted = flags&fEncrypted != 0 // fObfuscated only says how (XOR)
	f.table = "0Table"
	if flags&fWhichTblStm != 0 {
		f.table = "1Table"
	}
	off := fibBaseSize
	csw := int(le.Uint16(wd[off:]))
	off += 2 + 2*csw
	if off+2 > len(wd) {
		return nil, corrupt("FIB truncated")
	}
	cslw := int(le.Uint16(wd[off:]))
	rgLw := off + 2
	off = rgLw + 4*cslw
	if cslw < 4 || off+2 > len(wd) {
		return nil, corrupt("FIB truncated")
	}
	f.ccpText = le.Uint32(wd[rgLw+12:])
	cb := int(le.Uint16(wd[off:]))
	off += 2
	end := min(off+8*cb, len(wd))
	f.rgFcLcb = wd[off:end]
	return f, nil
}

// slice returns the part of s that the pair i of the FIB points to, nil
// when it is empty or lies outside s.
func (f *fib) slice(s []byte, i int) []byte {
	fc, lcb := f.fcLcb(i)
	if lcb == 0 || uint64(fc)+uint64(lcb) > uint64(len(s)) {
		return nil
	}
	return s[fc : fc+lcb]
}
