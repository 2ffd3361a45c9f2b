package pdf

import "encoding/binary"

// A Type 0 font with Identity-H and no ToUnicode map gives glyph numbers
// only. When it embeds its TrueType program, the font's own 'cmap' table
// says which character each glyph draws: read backwards, it stands in for
// the missing ToUnicode map. (Subset fonts sometimes drop the table; then
// the text stays unknown.)

// maxGlyphs bounds the glyphs read from a cmap table.
const maxGlyphs = 1 << 16

// trueTypeRunes reads glyph → character from a TrueType font's cmap
// table: the Unicode subtables, full repertoire (3,10 format 12) first,
// then BMP (3,1 or 0,x format 4). Nil when there is none.
func trueTypeRunes(font []byte) map[uint16]rune {
	cmap := ttTable(font, "cmap")
	if len(cmap) < 4 {
		return nil
	}
	n := int(be16(cmap, 2))
	var best []byte
	bestRank := 0
	for i := 0; i < n && 4+8*i+8 <= len(cmap); i++ {
		rec := cmap[4+8*i:]
		platform, encoding, off := be16(rec, 0), be16(rec, 2), int(be32(rec, 4))
		if off < 0 || off+4 > len(cmap) {
			continue
		}
		sub := cmap[off:]
		rank := 0
		switch {
		case platform == 3 && encoding == 10 && be16(sub, 0) == 12:
			rank = 3
		case (platform == 3 && encoding == 1 || platform == 0) && be16(sub, 0) == 4:
			rank = 2
		case platform == 0 && be16(sub, 0) == 12:
			rank = 3
		}
		if rank > bestRank {
			best, bestRank = sub, rank
		}
	}
	out := map[uint16]rune{}
	steps := 4 * maxGlyphs // codes looked at: a table may claim all of Unicode
	switch bestRank {
	case 3:
		format12(best, out, &steps)
	case 2:
		format4(best, out, &steps)
	default:
		return nil
	}
	return out
}

// ttTable finds a table in a TrueType font's directory.
func ttTable(font []byte, tag string) []byte {
	if len(font) < 12 {
		return nil
	}
	n := int(be16(font, 4))
	for i := 0; i < n && 12+16*i+16 <= len(font); i++ {
		rec := font[12+16*i:]
		if string(rec[:4]) != tag {
			continue
		}
		off, length := int64(be32(rec, 8)), int64(be32(rec, 12))
		if off+length > int64(len(font)) {
			length = int64(len(font)) - off
		}
		if off < 0 || length < 0 {
			return nil
		}
		return font[off : off+length]
	}
	return nil
}

// format4 reads segments of 16-bit codes.
func format4(t []byte, out map[uint16]rune, steps *int) {
	if len(t) < 14 {
		return
	}
	segs := int(be16(t, 6) / 2)
	ends, starts, deltas, ranges := 14, 16+2*segs, 16+4*segs, 16+6*segs
	if ranges+2*segs > len(t) {
		return
	}
	for s := 0; s < segs; s++ {
		end, start := rune(be16(t, ends+2*s)), rune(be16(t, starts+2*s))
		delta, ro := be16(t, deltas+2*s), int(be16(t, ranges+2*s))
		for c := start; c <= end && c != 0xFFFF && *steps > 0; c++ {
			*steps--
			gid := uint16(c) + delta
			if ro != 0 {
				at := ranges + 2*s + ro + 2*int(c-start)
				if at+2 > len(t) {
					break
				}
				if gid = be16(t, at); gid != 0 {
					gid += delta
				}
			}
			keep(out, gid, c)
		}
	}
}

// format12 reads groups of 32-bit codes.
func format12(t []byte, out map[uint16]rune, steps *int) {
	if len(t) < 16 {
		return
	}
	groups := int(be32(t, 12))
	for g := 0; g < groups && 16+12*g+12 <= len(t); g++ {
		rec := t[16+12*g:]
		start, end, gid := rune(be32(rec, 0)), rune(be32(rec, 4)), be32(rec, 8)
		for c := start; c <= end && c <= 0x10FFFF && *steps > 0; c++ {
			*steps--
			keep(out, uint16(gid+uint32(c-start)), c)
		}
	}
}

// keep records the character a glyph draws; of several (一 and ⼀ share a
// glyph) the one that is not a radical or compatibility form wins.
func keep(out map[uint16]rune, gid uint16, c rune) {
	if gid == 0 {
		return
	}
	if old, ok := out[gid]; ok && !isVariantForm(old) {
		return
	}
	out[gid] = c
}

func isVariantForm(r rune) bool {
	return r >= 0x2E80 && r <= 0x2FDF || r >= 0xF900 && r <= 0xFAFF || r >= 0xFE30 && r <= 0xFE4F
}

func be16(b []byte, i int) uint16 {
	if i < 0 || i+2 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint16(b[i:])
}

func be32(b []byte, i int) uint32 {
	if i < 0 || i+4 > len(b) {
		return 0
	}
	return binary.BigEndian.Uint32(b[i:])
}
