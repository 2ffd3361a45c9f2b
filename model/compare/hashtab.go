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

import (
	"math/bits"
	"slices"
)

// hashMul is the 64-bit golden-ratio multiplier of Fibonacci hashing.
const hashMul = 0x9E3779B97F4A7C15

// bigramTable interns bigram keys (prev<<21 | r) to dense ids 0, 1, 2, …
type bigramTable struct {
	slots []int32  // id+1 of the key hashed here, 0 when empty
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
		switch s := t.slots[i]; {
		case s == 0:
			id := int32(len(t.keys))
			t.slots[i] = id + 1
			t.keys = append(t.keys, k)
			if 2*len(t.keys) > len(t.slots) { // keep the load under a half
				t.resize(2 * len(t.slots))
			}
			return id
		case t.keys[s-1] == k:
			return s - 1
		}
	}
}

// reserve makes room for n keys in all without growing on the way.
func (t *bigramTable) reserve(n int) {
	if 2*n > len(t.slots) {
		t.resize(2 * n)
	}
	t.keys = slices.Grow(t.keys, n-len(t.keys))
}

// resize rebuilds the slots at a power of two of at least n.
func (t *bigramTable) resize(n int) {
	size := 1 << bits.Len(uint(n-1))
	t.slots = make([]int32, size)
	t.shift = uint(64 - bits.TrailingZeros(uint(size)))
	mask := uint64(size - 1)
	for id, k := range t.keys {
		i := (k * hashMul) >> t.shift
		for t.slots[i] != 0 {
			i = (i + 1) & mask
		}
		t.slots[i] = int32(id) + 1
	}
}

// phraseTable is a set of phrases, sized once for the runs it will hold.
// A phrase of four BMP runes (nearly every one) is packed in a uint64,
// 16 bits a rune; the rare phrase with a rune above U+FFFF goes to a map.
type phraseTable struct {
	slots  []uint64 // packed phrase, 0 when empty
	n      int      // packed phrases held
	shift  uint
	astral map[phraseKey]struct{}
}

// newPhraseTable returns a set with room for n phrases at a load of at
// most three quarters.
func newPhraseTable(n int) *phraseTable {
	size := 1 << bits.Len(uint(max(n+n/3+1, 16)-1))
	return &phraseTable{slots: make([]uint64, size), shift: uint(64 - bits.TrailingZeros(uint(size)))}
}

func (t *phraseTable) len() int { return t.n + len(t.astral) }

// pack returns w in 64 bits, or false when a rune of it is above U+FFFF.
func pack(w phraseKey) (uint64, bool) {
	if w[0]|w[1]|w[2]|w[3] > 0xFFFF {
		return 0, false
	}
	return uint64(w[0])<<48 | uint64(w[1])<<32 | uint64(w[2])<<16 | uint64(w[3]), true
}

// add puts w in the set.
func (t *phraseTable) add(w phraseKey) {
	k, ok := pack(w)
	if !ok {
		if t.astral == nil {
			t.astral = map[phraseKey]struct{}{}
		}
		t.astral[w] = struct{}{}
		return
	}
	mask := uint64(len(t.slots) - 1)
	for i := (k * hashMul) >> t.shift; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case k:
			return
		case 0:
			t.slots[i] = k
			t.n++
			return
		}
	}
}

// has reports whether w is in the set.
func (t *phraseTable) has(w phraseKey) bool {
	k, ok := pack(w)
	if !ok {
		_, ok = t.astral[w]
		return ok
	}
	mask := uint64(len(t.slots) - 1)
	for i := (k * hashMul) >> t.shift; ; i = (i + 1) & mask {
		switch t.slots[i] {
		case k:
			return true
		case 0:
			return false
		}
	}
}

// pack and the hash hold exactly four runes: fail to compile otherwise.
const _ = uint(sharedRunes-4) + uint(4-sharedRunes)
