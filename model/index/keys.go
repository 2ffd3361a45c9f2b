package index

import (
	"sort"
	"unicode/utf8"
)

// A key names a posting list: a rune pair (a<<32 | b) when a is frequent, a
// lone rune (a<<32) otherwise. A frequent rune is everywhere, so its own
// list would be as long as the text; paired with the rune after it, each
// list is short and a term is found by intersecting few lists. The runes of
// keys are those of the folded text (model.Fold), where '\n' parts units.
type key = uint64

// sepKey lists where units part ('\n'): '\n' is paired, so its lone-rune
// key is free, and no term holds it.
const sepKey = key('\n') << 32

func pairKey(a, b rune) key { return uint64(uint32(a))<<32 | uint64(uint32(b)) }
func runeKey(a rune) key    { return uint64(uint32(a)) << 32 }

// nFrequent is how many non-ASCII runes are paired; every ASCII rune is
// too (letters and digits of one script make few distinct runes).
const nFrequent = 31

// frequent is the set of paired runes, fixed when an index is first built
// (it is stored in the manifest) so that every segment keys alike.
type frequent struct {
	runes []rune // the non-ASCII ones, sorted
	bits  [0x10000 / 64]uint64
	slot  [0x10000]uint8 // 1 + the rune's place among the paired ones; 0 if unpaired
	n     int            // paired runes
}

func newFrequent(runes []rune) *frequent {
	f := &frequent{runes: append([]rune(nil), runes...)}
	sort.Slice(f.runes, func(i, j int) bool { return f.runes[i] < f.runes[j] })
	add := func(r rune) {
		if r >= 0 && r <= 0xFFFF && f.slot[r] == 0 && f.n < 255 {
			f.bits[r>>6] |= 1 << (r & 63)
			f.n++
			f.slot[r] = uint8(f.n)
		}
	}
	for r := rune(0); r < utf8.RuneSelf; r++ {
		add(r)
	}
	for _, r := range f.runes {
		add(r)
	}
	return f
}

func (f *frequent) has(r rune) bool {
	return r >= 0 && r <= 0xFFFF && f.bits[r>>6]&(1<<(r&63)) != 0
}

// pickFrequent returns the nFrequent most common non-ASCII runes of a
// sample of folded text.
func pickFrequent(sample string) []rune {
	counts := map[rune]int{}
	for _, r := range sample {
		if r >= utf8.RuneSelf && r <= 0xFFFF {
			counts[r]++
		}
	}
	runes := make([]rune, 0, len(counts))
	for r := range counts {
		runes = append(runes, r)
	}
	sort.Slice(runes, func(i, j int) bool {
		if counts[runes[i]] != counts[runes[j]] {
			return counts[runes[i]] > counts[runes[j]]
		}
		return runes[i] < runes[j]
	})
	return runes[:min(len(runes), nFrequent)]
}

// eachKey calls f with the key at every rune of a folded text (sepKey at
// unit separators), and the rune's position (runes before it).
func (f *frequent) eachKey(text string, emit func(k key, pos uint32)) {
	var pos uint32
	prev, has := rune(0), false
	for _, r := range text {
		if has && prev == '\n' {
			emit(sepKey, pos-1)
		} else if has {
			if f.has(prev) {
				emit(pairKey(prev, r), pos-1)
			} else {
				emit(runeKey(prev), pos-1)
			}
		}
		prev, has = r, true
		pos++
	}
	if has && prev != '\n' {
		if f.has(prev) {
			emit(pairKey(prev, '\n'), pos-1) // the text ends as a unit does
		} else {
			emit(runeKey(prev), pos-1)
		}
	}
}

// probe is one list (or range of lists) a term needs, at a rune offset of
// the term: the term occurs at p when every probe's lists hold p+off.
type probe struct {
	lo, hi key
	off    uint32
}

// probes returns what finds term (folded, no '\n'), and the term's length
// in runes. Every rune is covered: a frequent rune by its pair, or, when it
// is last and its predecessor does not pair with it, by all its pairs.
func (f *frequent) probes(term string) ([]probe, int) {
	runes := []rune(term)
	var out []probe
	for i, r := range runes {
		switch {
		case !f.has(r):
			out = append(out, probe{runeKey(r), runeKey(r), uint32(i)})
		case i+1 < len(runes):
			k := pairKey(r, runes[i+1])
			out = append(out, probe{k, k, uint32(i)})
		case i == 0 || !f.has(runes[i-1]):
			out = append(out, probe{runeKey(r), runeKey(r) | 0xFFFFFFFF, uint32(i)})
		}
	}
	return out, len(runes)
}
