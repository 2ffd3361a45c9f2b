// Open-addressing hash tables for the two hot sets of a comparison: the
// bigram vocabulary of the alignment and the phrase sets of parallel pairs.
//
// Both hold small fixed-size keys, are filled once and only looked up
// afterwards, and are never iterated in an order that matters, so a flat
// array probed linearly does the work of a Go map without its per-entry
// overhead and rehashing: together they were a third of a comparison of
// two districts. A zero key marks an empty slot; neither set can hold one
// (a bigram or phrase is made of content runes, never U+0000).

package compare

import "math/bits"

// hashMul is the 64-bit golden-ratio multiplier of Fibonacci hashing.
const hashMul = 0x9E3779B97F4A7C15

// bigramTable interns bigram keys (prev<<21 | r) to dense ids 0, 1, 2, …
type bigramTable struct {
	slots []uint64 // key, 0 when empty
	ids   []int32  // id of the key in the same slot
	keys  []uint64 // keys by id
	shift uint     // 64 - log2(len(slots))
}

func newBigramTable(capacity int) *bigramTable {
	t := &bigramTable{}
	t.resize(max(capacity, 256))
	return t
}

// len is the number of keys interned.
func (t *bigramTable) len() int { return len(t.keys) }

// intern returns the id of k, giving it the next id when it is new.
func (t *bigramTable) intern(k uint64) int32 {
	mask := uint64(len(t.slots) - 1)
	for i := (k * hashMul) >> t.shift; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case k:
			return t.ids[i]
		case 0:
			id := int32(len(t.keys))
			t.slots[i], t.ids[i] = k, id
			t.keys = append(t.keys, k)
			if 2*len(t.keys) > len(t.slots) { // keep the load under a half
				t.resize(2 * len(t.slots))
			}
			return id
		}
	}
}

// resize rebuilds the slots at a power of two of at least n.
func (t *bigramTable) resize(n int) {
	size := 1 << bits.Len(uint(n-1))
	t.slots, t.ids = make([]uint64, size), make([]int32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for id, k := range t.keys {
		i := (k * hashMul) >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i], t.ids[i] = k, int32(id)
	}
}

// phraseTable is a set of phrases, sized once for the runs it will hold.
type phraseTable struct {
	slots []phraseKey
	n     int // phrases held
	shift uint
}

// newPhraseTable returns a set with room for n phrases at a load of at
// most a half.
func newPhraseTable(n int) *phraseTable {
	size := 1 << bits.Len(uint(max(2*n, 16)-1))
	return &phraseTable{slots: make([]phraseKey, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

func (t *phraseTable) len() int { return t.n }

func (t *phraseTable) slot(w phraseKey) uint64 {
	h := uint64(w[0])<<42 ^ uint64(w[1])<<21 ^ uint64(w[2])
	h = (h*hashMul ^ uint64(w[3])) * hashMul
	return h >> t.shift
}

// add puts w in the set.
func (t *phraseTable) add(w phraseKey) {
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(w); ; i = (i + 1) & mask {
		switch t.slots[i] {
		case w:
			return
		case phraseKey{}:
			t.slots[i] = w
			t.n++
			return
		}
	}
}

// has reports whether w is in the set.
func (t *phraseTable) has(w phraseKey) bool {
	mask := uint64(len(t.slots) - 1)
	for i := t.slot(w); ; i = (i + 1) & mask {
		switch t.slots[i] {
		case w:
			return true
		case phraseKey{}:
			return false
		}
	}
}
