package check

import (
	"fmt"

	"baogao/model"
)

// Density thresholds, in figures per 1,000 characters of the whole report
// (figures as model/figures reads them). No evaluation fixes a number; these
// are set on the seeds: the reports dense with data (长清 2023, 周村 2023)
// state 17–23 a thousand, the plainer ones (历下 2024, 济宁经开 2024) 4–7,
// the news piece (历下 2020) under 2.
const (
	densityPass = 5.0
	densityFail = 2.0
)

// checkDensity: 内容翔实 — figures and cases, not slogans. The figures per
// 1,000 characters (model/figures), and the sub-sections of the measures
// that state none.
func checkDensity(f *facts) Result {
	res := Result{ID: IDDensity}
	chars := f.r.Chars()
	n := len(f.figs)
	per := 0.0
	if chars > 0 {
		per = float64(n) * 1000 / float64(chars)
	}
	res.Evidence = []string{fmt.Sprintf("%d个数据 / %d字 = %.1f‰", n, chars, per)}
	bySection := map[string]int{}
	for _, fig := range f.figs {
		bySection[fig.Section]++
	}
	var bare []string
	for _, s := range f.parts[IDMeasures].sections {
		for _, c := range s.Children {
			if countUnder(c, bySection) == 0 {
				bare = append(bare, where(c))
			}
		}
	}
	for _, b := range bare {
		res.Evidence = append(res.Evidence, "无数据："+b)
	}
	switch {
	case per < densityFail:
		res.Status = Fail
	case per < densityPass || len(bare) > 0:
		res.Status = Warn
	default:
		res.Status = Pass
	}
	res.Msg = msg("每千字%.1f个数据（通过线%.1f）", "%.1f figures per 1,000 characters (pass from %.1f)", per, densityPass)
	if len(bare) > 0 {
		res.Msg.zh += fmt.Sprintf("；举措中%d个小节没有数据", len(bare))
		res.Msg.en += fmt.Sprintf("; %d sub-sections of the measures state no figure", len(bare))
	}
	return res
}

// countUnder is the number of figures in s and the sections under it.
func countUnder(s *model.Section, bySection map[string]int) int {
	n := 0
	walkSection(s, func(t *model.Section) { n += bySection[t.Path] })
	return n
}
