// Parallel pairs: two sections on one subject in different words.
//
// A pair under parallelBelow is read side by side, not diffed: its changed
// sentences stay changes only when they keep most of their text (numbers
// left out, so a sentence whose figures all moved still reads as the same
// sentence with its figures marked), the rest become a removal and an
// addition, and the phrases of sharedRunes characters that removed and
// added text share with the other side are marked.

package compare

import (
	"strings"
	"unicode/utf8"

	"baogao/model/fold"
)

// parallelOps rewrites the operations of a parallel pair: changes whose
// sentences are not close (Dice < keepInParallel, numbers left out, so
// that a sentence whose figures all moved is still the same sentence with
// its figures marked) become a removal and an
// addition, and removed and added sentences get the phrases they share with
// the other side marked.
func (k *comparer) parallelOps(ops []Op) []Op {
	out := make([]Op, 0, len(ops))
	for _, op := range ops {
		if op.Kind == OpChange && dice(bigrams(numberless(op.keyA)), bigrams(numberless(op.keyB))) < keepInParallel {
			out = append(out,
				Op{Kind: OpDel, A: op.A, AAt: op.AAt, BAt: Loc{-1, 0}, keyA: op.keyA},
				Op{Kind: OpAdd, B: op.B, AAt: Loc{-1, 0}, BAt: op.BAt, keyB: op.keyB})
			continue
		}
		out = append(out, op)
	}
	var keysA, keysB []string
	for _, op := range out {
		switch op.Kind {
		case OpDel:
			keysA = append(keysA, op.keyA)
		case OpAdd:
			keysB = append(keysB, op.keyB)
		}
	}
	na, nb := runesOf(keysA), runesOf(keysB)
	if na > maxSharedRunes || nb > maxSharedRunes {
		return out // too big to mark: the sets would take gigabytes
	}
	gramsA, gramsB := phraseSet(keysA, na), phraseSet(keysB, nb)
	for i := range out {
		switch out[i].Kind {
		case OpDel:
			out[i].Shared = sharedPhrases(out[i].A, out[i].keyA, gramsB)
		case OpAdd:
			out[i].Shared = sharedPhrases(out[i].B, out[i].keyB, gramsA)
		}
	}
	return out
}

// numberless is key with every run of ASCII digits (with "." and "%"
// inside) replaced by one "0".
func numberless(key string) string {
	var b strings.Builder
	b.Grow(len(key))
	for i := 0; i < len(key); i++ {
		c := key[i]
		if c < '0' || c > '9' {
			b.WriteByte(c)
			continue
		}
		b.WriteByte('0')
		for i+1 < len(key) && (key[i+1] >= '0' && key[i+1] <= '9' || key[i+1] == '.' || key[i+1] == '%') {
			i++
		}
	}
	return b.String()
}

// runesOf is the number of runes of keys.
func runesOf(keys []string) int {
	n := 0
	for _, k := range keys {
		n += utf8.RuneCountInString(k)
	}
	return n
}

// phraseKey is sharedRunes content runes in a row.
type phraseKey [sharedRunes]rune

// phraseSet returns every run of sharedRunes content runes in keys, which
// hold runes runes (the set is sized for them at once: growing it was a
// fifth of a comparison of two districts).
func phraseSet(keys []string, runes int) *phraseTable {
	set := newPhraseTable(runes)
	for _, key := range keys {
		eachPhrase(key, func(w phraseKey) bool {
			set.add(w)
			return true
		})
	}
	return set
}

// eachPhrase calls fn with every run of sharedRunes content runes in key,
// until fn returns false.
func eachPhrase(key string, fn func(phraseKey) bool) {
	var w phraseKey
	n := 0
	for _, r := range key {
		if !isContentRune(r) {
			n = 0
			continue
		}
		copy(w[:], w[1:])
		w[sharedRunes-1] = r
		if n++; n >= sharedRunes && !fn(w) {
			return
		}
	}
}

// sharedPhrases returns the byte ranges of text covered by runs of
// sharedRunes content runes that are in set; key is fold.String(text), which
// decides whether the offset map is needed at all.
func sharedPhrases(text, key string, set *phraseTable) []Range {
	if set.len() == 0 || !hasPhrase(key, set) {
		return nil
	}
	key, orig := fold.Map(text)
	var (
		out   []Range
		w     phraseKey
		n     int   // content runes in the current window run
		start []int // key byte offsets of the last sharedRunes runes
	)
	for i, r := range key {
		if !isContentRune(r) {
			n, start = 0, start[:0]
			continue
		}
		copy(w[:], w[1:])
		w[sharedRunes-1] = r
		start = append(start, i)
		if len(start) > sharedRunes {
			start = start[1:]
		}
		if n++; n < sharedRunes {
			continue
		}
		if !set.has(w) {
			continue
		}
		end := i + utf8.RuneLen(r)
		from, to := int(orig[start[0]]), int(orig[end])
		if end == len(key) {
			to = len(text)
		}
		if l := len(out); l > 0 && out[l-1].End >= from {
			out[l-1].End = to
		} else {
			out = append(out, Range{from, to})
		}
	}
	return out
}

// hasPhrase reports whether key holds any phrase of set.
func hasPhrase(key string, set *phraseTable) bool {
	found := false
	eachPhrase(key, func(w phraseKey) bool {
		found = set.has(w)
		return !found
	})
	return found
}
