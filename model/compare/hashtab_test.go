package compare

import (
	"math/rand/v2"
	"testing"
)

// TestBigramTable checks the table against a map: the same ids in the
// same order of first sight, through several resizes.
func TestBigramTable(t *testing.T) {
	tab, want := newBigramTable(0), map[uint64]int32{}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		k := uint64(rng.IntN(5000)+1)<<21 | uint64(rng.IntN(3)+1)
		id, ok := want[k]
		if !ok {
			id = int32(len(want))
			want[k] = id
		}
		if got := tab.intern(k); got != id {
			t.Fatalf("intern(%x) = %d, want %d", k, got, id)
		}
	}
	if tab.len() != len(want) {
		t.Errorf("len %d, want %d", tab.len(), len(want))
	}
	for k, id := range want {
		if tab.keys[id] != k {
			t.Errorf("keys[%d] = %x, want %x", id, tab.keys[id], k)
		}
	}
}

// TestPhraseTable checks membership and size against a map, astral
// phrases (which do not pack into 64 bits) included.
func TestPhraseTable(t *testing.T) {
	runes := []rune{'法', '治', '政', '府', 'a', '1', 0x20000, 0x2A6D6, 0xFFFF}
	rng := rand.New(rand.NewPCG(3, 4))
	phrase := func() phraseKey {
		var w phraseKey
		for i := range w {
			w[i] = runes[rng.IntN(len(runes))]
		}
		return w
	}
	tab, want := newPhraseTable(3000), map[phraseKey]bool{}
	for range 3000 {
		w := phrase()
		tab.add(w)
		want[w] = true
	}
	if tab.len() != len(want) {
		t.Errorf("len %d, want %d", tab.len(), len(want))
	}
	for range 5000 {
		if w := phrase(); tab.has(w) != want[w] {
			t.Errorf("has(%q) = %v, want %v", string(w[:]), tab.has(w), want[w])
		}
	}
	if newPhraseTable(0).has(phraseKey{'法', '治', '政', '府'}) {
		t.Error("an empty set has a phrase")
	}
}
