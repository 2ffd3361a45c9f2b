// A report's search key: every search unit (title, heading, paragraph)
// folded, joined with "\n", with a Bloom filter of its character pairs and
// what it takes to map key offsets back to the original text.

package search

import (
	"baogao/model"
	"baogao/model/fold"
	"math/bits"
	"unicode/utf8"
)

// docKey is the folded key of one report.
type docKey struct {
	r      *model.Report
	key    string           // unit keys joined by "\n"
	units  []unitKey        // in document order
	secs   []*model.Section // secs[0] is nil: the title and preamble
	shifts []fold.Shift     // units' rune shifts, each unit a range
	grams  bloom            // the runes and rune pairs of the key
}

// unitKey is one search unit in a docKey. All offsets are int32: a report
// is at most MaxFileSize bytes.
type unitKey struct {
	start, end int32 // key bytes in docKey.key
	sec        int32 // index in docKey.secs
	para       int32 // -1: heading or title
	secRune    int32 // rune offset of the unit in SectionText
	sh0, sh1   int32 // the unit's range in docKey.shifts
}

// newDocKey folds one report into its search units, with a Bloom filter of
// its grams when the key is kept for more than one search.
func newDocKey(r *model.Report, withBloom bool) *docKey {
	d := &docKey{r: r, secs: []*model.Section{nil}}
	f := fold.Folder{TrackRunes: true}
	var key []byte
	add := func(text string, sec, para, secRune int) {
		if len(d.units) > 0 {
			key = append(key, '\n')
		}
		u := unitKey{start: int32(len(key)), sec: int32(sec), para: int32(para), secRune: int32(secRune), sh0: int32(len(f.Shifts))}
		key = f.Append(key, text)
		u.end, u.sh1 = int32(len(key)), int32(len(f.Shifts))
		d.units = append(d.units, u)
	}
	lines := func(sec int, head string, paras []string) {
		off := 0
		if head != "" {
			add(head, sec, -1, 0)
			off = utf8.RuneCountInString(head) + 1
			if sec == 0 {
				off++ // the blank line under the title (SectionText)
			}
		}
		for i, p := range paras {
			add(p, sec, i, off)
			off += utf8.RuneCountInString(p) + 1
		}
	}
	lines(0, r.Title, r.Preamble)
	r.Walk(func(s *model.Section) {
		d.secs = append(d.secs, s)
		lines(len(d.secs)-1, s.Heading(), s.Paras)
	})
	d.key, d.shifts = string(key), f.Shifts
	if withBloom {
		d.grams = newBloom(d.key)
	}
	return d
}

// bloom is a Bloom filter (one hash) of the runes and adjacent rune pairs of
// a report's key, about one bit per key byte. A search skips the reports
// whose filter lacks a gram of the query: on Chinese text a report has a few
// thousand distinct pairs, a filter of 16k bits is then about a sixth full,
// and a four-character term (four runes, three pairs) passes a report that
// lacks it about once in 10⁵ times; most reports are never scanned.
type bloom struct {
	bits  []uint64
	shift uint // 64 - log2(len(bits)*64)
}

func newBloom(key string) bloom {
	n := 1024
	for n < len(key) && n < 1<<26 {
		n <<= 1
	}
	b := bloom{bits: make([]uint64, n/64), shift: uint(64 - bits.Len(uint(n-1)))}
	var prev rune
	for i := 0; i < len(key); {
		c := key[i]
		var r rune
		switch {
		case c == '\n':
			prev = 0
			i++
			continue
		case c < utf8.RuneSelf:
			r = rune(c)
			i++
		case c&0xF0 == 0xE0 && i+2 < len(key):
			r = rune(c&0x0F)<<12 | rune(key[i+1]&0x3F)<<6 | rune(key[i+2]&0x3F)
			i += 3
		default:
			var size int
			r, size = utf8.DecodeRuneInString(key[i:])
			i += size
		}
		b.add(gram(0, r))
		if prev != 0 {
			b.add(gram(prev, r))
		}
		prev = r
	}
	return b
}

// gram hashes a rune pair (a rune alone when a is 0).
func gram(a, b rune) uint64 {
	return (uint64(a)<<32 | uint64(uint32(b))) * 0x9E3779B97F4A7C15
}

func (b *bloom) add(h uint64) {
	i := h >> b.shift
	b.bits[i>>6] |= 1 << (i & 63)
}

func (b *bloom) has(h uint64) bool {
	i := h >> b.shift
	return b.bits[i>>6]&(1<<(i&63)) != 0
}

// termGrams lists the grams of the terms: every rune and rune pair.
func termGrams(terms []string) []uint64 {
	seen := map[uint64]bool{}
	var out []uint64
	for _, t := range terms {
		var prev rune
		for _, r := range t {
			for _, g := range []uint64{gram(0, r), gram(prev, r)} {
				if !seen[g] && (prev != 0 || g == gram(0, r)) {
					seen[g] = true
					out = append(out, g)
				}
			}
			prev = r
		}
	}
	return out
}

// resolve turns sorted key spans into hits on the original text. Runes are
// counted incrementally from the previous hit in the same unit, so the cost
// is one pass over the units that have hits, not one per hit.
func (d *docKey) resolve(spans []span) []Hit {
	hits := make([]Hit, 0, len(spans))
	u := -1
	var pos, runes int // key byte position and rune count within the unit
	var sh int         // next shift of the unit
	for _, s := range spans {
		if u < 0 || s.lo >= int(d.units[u].end) {
			for u++; int(d.units[u].end) < s.lo; u++ {
			}
			pos, runes, sh = int(d.units[u].start), 0, int(d.units[u].sh0)
		}
		unit := &d.units[u]
		runes += countRunes(d.key[pos:s.lo])
		k0 := runes
		runes += countRunes(d.key[s.lo:s.hi])
		pos = s.hi
		k1 := runes
		start := k0 + d.extraAt(unit, &sh, k0)
		end := k1 - 1 + d.extraAt(unit, &sh, k1-1) + 1
		sec := d.secs[unit.sec]
		hits = append(hits, Hit{
			Report: d.r, Section: sec, Para: int(unit.para),
			Start: int(unit.secRune) + start, End: int(unit.secRune) + end,
			ParaStart: start, ParaEnd: end,
		})
	}
	return hits
}

// extraAt returns the rune shift in effect at key rune k of unit. *next is
// the first shift of the unit not yet passed; it only moves forward, as hits
// come in order.
func (d *docKey) extraAt(unit *unitKey, next *int, k int) int {
	i := *next
	for i < int(unit.sh1) && int(d.shifts[i].Key) <= k {
		i++
	}
	*next = i
	if i == int(unit.sh0) {
		return 0
	}
	return int(d.shifts[i-1].Extra)
}

// countRunes counts the runes of valid UTF-8 (a key always is), eight bytes
// at a time: every byte that is not a continuation byte (10xxxxxx) starts a
// rune. It is several times faster than utf8.RuneCountInString on CJK text.
func countRunes(s string) int {
	n := len(s)
	cont := 0
	i := 0
	for ; i+8 <= len(s); i += 8 {
		w := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		cont += bits.OnesCount64(w & ^(w << 1) & 0x8080808080808080)
	}
	for ; i < len(s); i++ {
		if s[i]&0xC0 == 0x80 {
			cont++
		}
	}
	return n - cont
}
