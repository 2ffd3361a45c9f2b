package check

import (
	"strings"

	"baogao/model"
)

// causeWords say why a shortcoming exists. 原因 in a heading (不足和原因)
// promises causes; only the text gives them.
var causeWords = []string{"原因", "究其", "根源", "由于", "导致", "造成", "因为", "源于", "归因", "归结于", "根本在于", "主要在于"}

// checkCauses: 第二十五条（二） asks for the shortcomings and their causes;
// evaluators mark down reports that list shortcomings without saying why.
func checkCauses(f *facts) Result {
	res := Result{ID: IDCauses}
	sh := f.parts[IDShortcomings]
	if sh.how == notFound {
		res.Status, res.Msg = Fail, msg("无“存在的不足”，也就无原因分析", "no shortcomings, so no causes either")
		res.Evidence = []string{"缺：" + mandatedWording[IDCauses]}
		return res
	}
	titled := false
	for _, s := range sh.sections {
		if strings.Contains(f.fold.title(s), "原因") {
			titled = true
		}
		var hit string
		walkSection(s, func(t *model.Section) {
			for i, p := range t.Paras {
				if hit != "" {
					return
				}
				if sent, ok := sentenceWith(p, f.fold.of(t)[i], causeWords); ok {
					hit = t.Path + " " + sent
				}
			}
		})
		if hit != "" {
			res.Status, res.Evidence = Pass, []string{hit}
			res.Msg = msg("分析了不足的原因", "the causes of the shortcomings are given")
			return res
		}
	}
	if sh.how == inText { // the shortcomings are one sentence somewhere: look beside it
		res.Status, res.Msg = Fail, msg("不足仅在正文中提及，未分析原因", "the shortcomings are only mentioned, their causes not given")
		res.Evidence = []string{"缺：" + mandatedWording[IDCauses]}
		return res
	}
	res.Status = Fail
	res.Msg = msg("列出了不足，但未说明原因", "the shortcomings are listed without their causes")
	if titled {
		res.Msg = msg("标题写有“原因”，正文未说明原因", "the heading promises causes; the text gives none")
	}
	res.Evidence = append([]string{"缺：" + mandatedWording[IDCauses]}, sh.evidence...)
	return res
}
