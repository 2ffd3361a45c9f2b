package doc

import (
	"encoding/binary"
)

// piece is one run of the piece table: characters [cpStart, cpEnd) stored
// at byte offset fc of the WordDocument stream, one byte each (cp1252) when
// compressed, two (UTF-16LE) otherwise.
type piece struct {
	cpStart, cpEnd uint32
	fc             uint32
	compressed     bool
}

// charSize is the bytes per character of the piece.
func (p piece) charSize() uint32 {
	if p.compressed {
		return 1
	}
	return 2
}

// fcOf is the byte offset in the WordDocument stream of character cp.
func (p piece) fcOf(cp uint32) uint32 { return p.fc + (cp-p.cpStart)*p.charSize() }

// parsePieces reads the piece table from the CLX ([MS-DOC] 2.9.38): any
// number of Prc (clxt 1, property modifiers) then one Pcdt (clxt 2). Pieces
// are cut at ccpText, the end of the main document; a piece whose bytes lie
// outside the WordDocument stream is an error, and so are pieces that
// together hold more bytes than the stream: pieces do not overlap, and
// overlapping ones could make a small file read for hours.
func parsePieces(clx []byte, ccpText uint32, wdLen int) ([]piece, error) {
	le := binary.LittleEndian
	for len(clx) > 0 && clx[0] == 1 {
		if len(clx) < 3 {
			return nil, corrupt("CLX truncated")
		}
		n := int(int16(le.Uint16(clx[1:])))
		if n < 0 || 3+n > len(clx) {
			return nil, corrupt("CLX property modifier runs past the CLX")
		}
		clx = clx[3+n:]
	}
	if len(clx) < 5 || clx[0] != 2 {
		return nil, corrupt("no piece table in the CLX")
	}
	plc := clx[5:]
	if lcb := le.Uint32(clx[1:]); uint64(lcb) < uint64(len(plc)) {
		plc = plc[:lcb]
	}
	if len(plc) < 4+12 {
		return nil, corrupt("empty piece table")
	}
	n := (len(plc) - 4) / 12
	pcds := plc[4*(n+1):]
	var out []piece
	total := uint64(0)
	for i := 0; i < n; i++ {
		start, end := le.Uint32(plc[4*i:]), le.Uint32(plc[4*i+4:])
		if end < start {
			return nil, corrupt("piece table out of order")
		}
		if start >= ccpText {
			break
		}
		end = min(end, ccpText)
		raw := le.Uint32(pcds[8*i+2:])
		p := piece{cpStart: start, cpEnd: end, fc: raw & 0x3FFFFFFF, compressed: raw&(1<<30) != 0}
		if p.compressed {
			p.fc /= 2
		}
		size := uint64(end-start) * uint64(p.charSize())
		if uint64(p.fc)+size > uint64(wdLen) {
			return nil, corrupt("piece table points past the WordDocument stream")
		}
		if total += size; total > uint64(wdLen) {
			return nil, corrupt("pieces overlap")
		}
		if len(out) > 0 && start < out[len(out)-1].cpEnd {
			return nil, corrupt("piece table out of order")
		}
		out = append(out, p)
	}
	return out, nil
}
