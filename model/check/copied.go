package check

import (
	"baogao/model/internal/sets"
	"fmt"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/fold"
)

// copiedFrom is the Dice similarity of character bigrams from which a
// sentence of this year's 不足 counts as last year's, reworded at most in a
// word or two (2023年 → 2024年 does not save it).
const copiedFrom = 0.8

// copiedFail is the share of this year's 不足 (in characters) copied from
// last year's from which the criterion fails; below it, any copied
// sentence warns.
const copiedFail = 0.5

// checkCopied: the 不足 are this year's, not last year's copied: evaluators
// read a 不足 repeated word for word as shortcomings not worked on, and not
// looked at again.
func checkCopied(f *facts) Result {
	res := Result{ID: IDCopied}
	prev := f.in.Previous
	if prev == nil {
		res.Status, res.Msg = Info, msg("未载入上一年度报告，无法比对", "no report of the year before is loaded to compare with")
		return res
	}
	mine := shortcomingSentences(f.parts[IDShortcomings])
	theirs := shortcomingSentences(findPart(prev, foldReport(prev), partByID(IDShortcomings), true))
	if len(mine) == 0 || len(theirs) == 0 {
		res.Status = Info
		res.Msg = msg("本年度或上一年度（%[1]s）没有可比对的不足", "no shortcomings to compare in this report or in %[2]s", prev.ID, prev.ID)
		return res
	}
	prevKeys := make([][]uint32, len(theirs))
	for i, s := range theirs {
		prevKeys[i] = bigrams(fold.String(s.text))
	}
	copied, total := 0, 0
	for _, s := range mine {
		n := utf8.RuneCountInString(s.text)
		total += n
		k := bigrams(fold.String(s.text))
		for i, pk := range prevKeys {
			if dice(k, pk) >= copiedFrom {
				copied += n
				res.Evidence = append(res.Evidence, fmt.Sprintf("%s %s ≈ %s:%s", s.path, quote(s.text), prev.ID, theirs[i].path))
				break
			}
		}
	}
	share := float64(copied) / float64(max(total, 1))
	switch {
	case share >= copiedFail:
		res.Status = Fail
	case copied > 0:
		res.Status = Warn
	default:
		res.Status = Pass
	}
	res.Msg = msg("不足中%.0f%%与上一年度（%s）相同", "%.0f%% of the shortcomings are as in the year before (%s)", share*100, prev.ID)
	return res
}

type pathSentence struct{ path, text string }

// shortcomingSentences are the sentences of the shortcomings part(s),
// headings included (a 不足 is often all in its heading).
func shortcomingSentences(found partFound) []pathSentence {
	var out []pathSentence
	for _, s := range found.sections {
		walkSection(s, func(t *model.Section) {
			if t != s && t.Title != "" {
				out = append(out, pathSentence{t.Path, t.Title})
			}
			for _, p := range t.Paras {
				for _, sent := range sentences(p) {
					if utf8.RuneCountInString(sent) >= 8 {
						out = append(out, pathSentence{t.Path, sent})
					}
				}
			}
		})
	}
	return out
}

// bigrams returns the sorted character bigrams of s as pairs of runes.
func bigrams(s string) []uint32 {
	rs := []rune(s)
	out := make([]uint32, 0, len(rs))
	for i := 0; i+1 < len(rs); i++ {
		out = append(out, uint32(rs[i])*2654435761^uint32(rs[i+1]))
	}
	sortUint32(out)
	return out
}

func dice(a, b []uint32) float64 { return sets.Dice(a, b) }
