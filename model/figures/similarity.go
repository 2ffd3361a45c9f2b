package figures

import (
	"baogao/model/fold"
	"baogao/model/internal/sets"
	"slices"
	"unicode"
)

// subjectKey is a subject made ready for comparing: its folded letters and
// digits (fold.String: width, Traditional → Simplified), as the sorted sets
// of their characters and of their bigrams.
type subjectKey struct {
	text    string // folded, punctuation dropped
	chars   []uint64
	bigrams []uint64
}

func newSubjectKey(s string) subjectKey {
	var rs []rune
	for _, r := range fold.String(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, r)
		}
	}
	k := subjectKey{text: string(rs)}
	for i, r := range rs {
		k.chars = append(k.chars, uint64(r))
		if i > 0 {
			k.bigrams = append(k.bigrams, uint64(rs[i-1])<<32|uint64(r))
		}
	}
	slices.Sort(k.chars)
	slices.Sort(k.bigrams)
	k.chars = slices.Compact(k.chars)
	k.bigrams = slices.Compact(k.bigrams)
	return k
}

func dice(a, b []uint64) float64 { return sets.Dice(a, b) }

// similarity of two subjects, 0 to 1: the mean of the Dice coefficients of
// their characters and of their bigrams. Characters see that 行政复议申请
// and 行政复议案件申请 name one thing (0.86); bigrams keep 受理 from 理受.
func (k subjectKey) similarity(o subjectKey) float64 {
	if k.text == o.text {
		return 1
	}
	c := dice(k.chars, o.chars)
	if len(k.bigrams) == 0 || len(o.bigrams) == 0 {
		return c
	}
	return (c + dice(k.bigrams, o.bigrams)) / 2
}

// figureKey is a figure made ready for matching.
type figureKey struct {
	f        *Figure
	all, own subjectKey // the whole subject, and without its Context
	ctx      subjectKey
	ord      float64 // position among the figures of its section, 0 to 1
}

// similarity of two figures' subjects. When both lean on a figure before
// them (行政复议案件受理, 行政复议案件结案), what they count themselves must
// agree: a shared context does not make 受理 and 结案 one figure.
func (k *figureKey) similarity(o *figureKey) float64 {
	if k.ctx.text == "" || o.ctx.text == "" {
		return k.all.similarity(o.all)
	}
	own := k.own.similarity(o.own)
	if own < minSimilarity {
		return own
	}
	return 0.7*own + 0.3*k.ctx.similarity(o.ctx)
}
