package figures

import (
	"slices"
	"sync"
)

// wordSet is a list of words indexed by their first rune, longest first,
// so that "which word starts here" costs one map lookup rather than a scan
// of the list.
type wordSet struct {
	byFirst map[rune][][]rune
	byLast  map[rune][][]rune
}

func newWordSet(words ...[]string) *wordSet {
	ws := &wordSet{byFirst: map[rune][][]rune{}, byLast: map[rune][][]rune{}}
	for _, list := range words {
		for _, w := range list {
			rs := []rune(w)
			ws.byFirst[rs[0]] = append(ws.byFirst[rs[0]], rs)
			ws.byLast[rs[len(rs)-1]] = append(ws.byLast[rs[len(rs)-1]], rs)
		}
	}
	longestFirst := func(a, b []rune) int { return len(b) - len(a) }
	for _, m := range []map[rune][][]rune{ws.byFirst, ws.byLast} {
		for r := range m {
			slices.SortStableFunc(m[r], longestFirst)
		}
	}
	return ws
}

// at returns the longest word that starts at key index i of p, or nil.
func (ws *wordSet) at(p *para, i int) []rune {
	if i < 0 || i >= len(p.key) {
		return nil
	}
	for _, w := range ws.byFirst[p.key[i]] {
		if i+len(w) <= len(p.key) && slices.Equal(p.key[i:i+len(w)], w) {
			return w
		}
	}
	return nil
}

// atSubj returns the longest word that starts at position k of s, or nil.
func (ws *wordSet) atSubj(s *subj, k int) []rune {
	for _, w := range ws.byFirst[s.at(k)] {
		if s.matchRunes(k, w) {
			return w
		}
	}
	return nil
}

// endingSubj returns the longest word that s ends with, or nil.
func (ws *wordSet) endingSubj(s *subj) []rune {
	for _, w := range ws.byLast[s.at(s.len()-1)] {
		if s.matchRunes(s.len()-len(w), w) {
			return w
		}
	}
	return nil
}

// has reports whether the subject is exactly one of the words.
func (ws *wordSet) has(s *subj) bool {
	for _, x := range ws.byFirst[s.at(0)] {
		if len(x) == s.len() && s.matchRunes(0, x) {
			return true
		}
	}
	return false
}

func (s *subj) matchRunes(k int, w []rune) bool {
	if k < 0 || k+len(w) > len(s.idx) {
		return false
	}
	for i, r := range w {
		if s.p.key[s.idx[k+i]] != r {
			return false
		}
	}
	return true
}

// The word lists of words.go, indexed on first use (a run that finds no
// figures does not build them).
var (
	fillerSet    = sync.OnceValue(func() *wordSet { return newWordSet(fillers) })
	leadingSet   = sync.OnceValue(func() *wordSet { return newWordSet(leadingWords) })
	verbSet      = sync.OnceValue(func() *wordSet { return newWordSet(genericVerbs) })
	cutVerbSet   = sync.OnceValue(func() *wordSet { return newWordSet(cutVerbs) })
	actionSet    = sync.OnceValue(func() *wordSet { return newWordSet(actionWords) })
	changeSet    = sync.OnceValue(func() *wordSet { return newWordSet(changeVerbs) })
	keepVerbSet  = sync.OnceValue(func() *wordSet { return newWordSet(keepVerbs) })
	nounStopSet  = sync.OnceValue(func() *wordSet { return newWordSet(nounStops) })
	exceptionSet = sync.OnceValue(func() *wordSet { return newWordSet(nounStopExceptions) })
	attributeSet = sync.OnceValue(func() *wordSet { return newWordSet(attributeNouns) })
)
