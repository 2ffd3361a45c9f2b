package pdf

import (
	"context"
	"encoding/binary"
	"fmt"
	"slices"
	"strings"
	"testing"
)

// testTrueType writes a TrueType font with nothing but a cmap table
// (3,1 format 4), one segment per character: gids[r] is r's glyph.
func testTrueType(gids map[rune]uint16) []byte {
	runes := make([]rune, 0, len(gids))
	for r := range gids {
		runes = append(runes, r)
	}
	slices.Sort(runes)
	segs := len(runes) + 1
	be := binary.BigEndian
	sub := make([]byte, 16+8*segs)
	be.PutUint16(sub[0:], 4)
	be.PutUint16(sub[2:], uint16(len(sub)))
	be.PutUint16(sub[6:], uint16(2*segs))
	for i, r := range append(runes, 0xFFFF) {
		be.PutUint16(sub[14+2*i:], uint16(r))
		be.PutUint16(sub[16+2*segs+2*i:], uint16(r))
		delta := uint16(1)
		if r != 0xFFFF {
			delta = gids[r] - uint16(r)
		}
		be.PutUint16(sub[16+4*segs+2*i:], delta)
	}
	cmap := append([]byte{0, 0, 0, 1, 0, 3, 0, 1, 0, 0, 0, 12}, sub...)
	font := make([]byte, 12+16)
	be.PutUint32(font[0:], 0x00010000)
	be.PutUint16(font[4:], 1)
	copy(font[12:], "cmap")
	be.PutUint32(font[20:], uint32(len(font)))
	be.PutUint32(font[24:], uint32(len(cmap)))
	return append(font, cmap...)
}

func TestEmbeddedCmap(t *testing.T) {
	s := simplified
	chars := []rune(uniqueRunes(s.title, s.heading, s.lines[0], s.lines[1], s.lines[2], "- 1"))
	gids := map[rune]uint16{}
	for i, r := range chars {
		gids[r] = uint16(10 + 2*i)
	}
	gids['⼀'] = gids['一'] // the radical shares the glyph; the character must win
	for _, viaMap := range []bool{false, true} {
		p := newTestPDF()
		ff := p.addStream("<<>>", testTrueType(gids), true)
		cidToGID := "/Identity"
		cid := func(r rune) uint16 { return gids[r] }
		if viaMap { // CIDs 1, 2, 3 … mapped to the glyphs by a stream
			var m []byte
			m = append(m, 0, 0)
			for _, r := range chars {
				m = append(m, byte(gids[r]>>8), byte(gids[r]))
			}
			cidToGID = fmt.Sprintf("%d 0 R", p.addStream("<<>>", m, true))
			cid = func(r rune) uint16 { return uint16(slices.Index(chars, r) + 1) }
		}
		fd := p.add(fmt.Sprintf("<</Type/FontDescriptor/FontName/ABCDEF+SimSun/Flags 4/FontBBox[0 -141 1000 859]/ItalicAngle 0/Ascent 859/Descent -141/CapHeight 859/StemV 80/FontFile2 %d 0 R>>", ff))
		d := p.add(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType2/BaseFont/ABCDEF+SimSun/CIDSystemInfo<</Registry(Adobe)/Ordering(Identity)/Supplement 0>>/FontDescriptor %d 0 R/DW 1000/CIDToGIDMap %s>>", fd, cidToGID))
		f := p.add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/ABCDEF+SimSun/Encoding/Identity-H/DescendantFonts[%d 0 R]>>", d))
		p.page(s.content(func(text string) string {
			var b []byte
			for _, r := range text {
				c := cid(r)
				b = append(b, byte(c>>8), byte(c))
			}
			return hexOf(b)
		}, "- 1 -"), fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", f))
		doc, err := Extract(context.Background(), p.bytes())
		if err != nil {
			t.Fatalf("CIDToGIDMap stream %v: %v", viaMap, err)
		}
		if got, want := strings.Join(paraTexts(doc), "\n"), strings.Join(s.paras(), "\n"); got != want {
			t.Errorf("CIDToGIDMap stream %v:\n%s\nwant:\n%s", viaMap, got, want)
		}
	}
}
