// Parallel pairs: sections too different for a diff are read side by side,
// their sentences shown whole, with the phrases of sharedRunes or more
// characters that also occur on the other side marked as Shared.

package compare

import (
	"baogao/model/fold"
	"unicode/utf8"
)

// parallelOps rewrites the operations of a parallel pair: changes whose
// sentences are not close (Dice < keepInParallel) become a removal and an
// addition, and removed and added sentences get the phrases they share with
// the other side marked.
func (k *comparer) parallelOps(ops []Op) []Op {
	out := make([]Op, 0, len(ops))
	for _, op := range ops {
		if op.Kind == OpChange && dice(bigrams(op.keyA), bigrams(op.keyB)) < keepInParallel {
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
	if runesOf(keysA) > maxSharedRunes || runesOf(keysB) > maxSharedRunes {
		return out // too big to mark: the sets would take gigabytes
	}
	gramsA, gramsB := phraseSet(keysA), phraseSet(keysB)
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

// phraseSet returns every run of sharedRunes content runes in keys.
func phraseSet(keys []string) map[phraseKey]struct{} {
	set := map[phraseKey]struct{}{}
	for _, key := range keys {
		eachPhrase(key, func(w phraseKey) bool {
			set[w] = struct{}{}
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
func sharedPhrases(text, key string, set map[phraseKey]struct{}) []Range {
	if len(set) == 0 || !hasPhrase(key, set) {
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
		if _, ok := set[w]; !ok {
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
func hasPhrase(key string, set map[phraseKey]struct{}) bool {
	found := false
	eachPhrase(key, func(w phraseKey) bool {
		_, found = set[w]
		return !found
	})
	return found
}
