package doc

import (
	"encoding/binary"
	"sort"
)

// Character sprms that take text out of what the document shows: deleted
// revisions (tracked changes: the text is kept, marked deleted) and hidden
// text, which Word neither shows nor prints by default.
const (
	sprmCFRMarkDel = 0x0800
	sprmCFVanish   = 0x083C
)

// hiddenRuns are the WordDocument byte ranges [fcStart, fcEnd) whose text
// is deleted or hidden, sorted.
type hiddenRuns []fcRange

type fcRange struct{ start, end uint32 }

// parseChpx reads the PlcBteChpx (table stream) and its ChpxFkp pages
// (WordDocument stream), keeping the runs marked deleted or hidden.
func parseChpx(plc []byte, wd []byte) hiddenRuns {
	le := binary.LittleEndian
	if len(plc) < 12 {
		return nil
	}
	n := (len(plc) - 4) / 8
	if n > len(wd)/512+1 {
		return nil
	}
	var out hiddenRuns
	for i := 0; i < n; i++ {
		pn := le.Uint32(plc[4*(n+1)+4*i:]) & 0x3FFFFF
		off := int64(pn) * 512
		if off+512 > int64(len(wd)) {
			continue
		}
		out = appendChpxFkp(out, wd[off:off+512])
	}
	sort.Slice(out, func(i, j int) bool { return out[i].start < out[j].start })
	return out
}

// appendChpxFkp reads one ChpxFkp ([MS-DOC] 2.9.33): crun+1 FCs, crun
// one-byte offsets/2 of each run's Chpx (a count and sprms), the count
// last.
func appendChpxFkp(out hiddenRuns, page []byte) hiddenRuns {
	le := binary.LittleEndian
	crun := int(page[511])
	if 4*(crun+1)+crun > 511 {
		return out
	}
	for i := 0; i < crun; i++ {
		r := fcRange{le.Uint32(page[4*i:]), le.Uint32(page[4*i+4:])}
		at := 2 * int(page[4*(crun+1)+i])
		if r.end <= r.start || at == 0 || at >= 511 {
			continue
		}
		cb := int(page[at])
		if at+1+cb > 511 {
			continue
		}
		if hides(page[at+1 : at+1+cb]) {
			out = append(out, r)
		}
	}
	return out
}

// hides reports whether a character grpprl marks its text deleted or
// hidden. The toggles' "as the style" (0x80) counts as off and "against
// the style" (0x81) as on: character styles are not read.
func hides(grpprl []byte) bool {
	le := binary.LittleEndian
	for len(grpprl) >= 2 {
		sprm := le.Uint16(grpprl)
		n := operandSize(sprm, grpprl[2:])
		if n < 0 || 2+n > len(grpprl) {
			return false
		}
		if (sprm == sprmCFRMarkDel || sprm == sprmCFVanish) && (grpprl[2] == 1 || grpprl[2] == 0x81) {
			return true
		}
		grpprl = grpprl[2+n:]
	}
	return false
}

// hiddenCursor walks hiddenRuns along increasing offsets.
type hiddenCursor struct {
	runs hiddenRuns
	i    int
}

// seek places the cursor for offsets from fc on (at a piece's start).
func (c *hiddenCursor) seek(fc uint32) {
	c.i = sort.Search(len(c.runs), func(i int) bool { return c.runs[i].end > fc })
}

// hidden reports whether the character at fc is hidden; fc must not
// decrease between seeks.
func (c *hiddenCursor) hidden(fc uint32) bool {
	for c.i < len(c.runs) && c.runs[c.i].end <= fc {
		c.i++
	}
	return c.i < len(c.runs) && c.runs[c.i].start <= fc
}
