package check

import (
	"fmt"
	"strings"

	"baogao/model"
	"baogao/model/fold"
)

// family is an area of work the evaluations score a report on, and the
// words a report names it with.
type family struct {
	name  string
	core  bool // one of the seven the evaluators always look for
	words []string
}

// families are the areas of 法治政府建设 work. The seven core ones are
// those every evaluation (CASS 法治政府建设年度报告发布评估, 中国政法大学
// 法治政府评估) scores; the others are counted but not required.
var families = []family{
	{"复议", true, []string{"行政复议", "复议"}},
	{"应诉", true, []string{"行政应诉", "出庭应诉", "行政诉讼", "败诉"}},
	{"执法", true, []string{"行政执法", "执法"}},
	{"普法", true, []string{"普法", "法治宣传", "法律进"}},
	{"决策", true, []string{"重大行政决策", "依法决策", "决策"}},
	{"规范性文件", true, []string{"规范性文件"}},
	{"公开", true, []string{"政务公开", "信息公开", "依申请公开", "主动公开", "公开透明", "阳光透明", "公开发布"}},
	{"合法性审查", false, []string{"合法性审查", "合法性审核"}},
	{"矛盾纠纷", false, []string{"矛盾纠纷", "人民调解", "调解"}},
	{"政务服务", false, []string{"政务服务", "营商环境", "行政审批", "放管服"}},
	{"监督", false, []string{"人大代表建议", "政协委员提案", "政协提案", "审计", "监督"}},
	{"法律顾问", false, []string{"法律顾问", "公职律师"}},
}

// Family thresholds: all seven core families reported on, minCoreFigures
// of them with figures, pass; minCoreWarn of them or more warn; fewer fail.
const (
	minCoreWarn    = 5
	minCoreFigures = 4
)

// familyUse is how a report covers one family.
type familyUse struct {
	first   string // the first section that names it
	figures int    // figures whose sentence names it
}

// checkFamilies: which areas of work the report speaks of, and with how
// many figures. All seven core ones pass; five or six warn; fewer fail.
func checkFamilies(f *facts) Result {
	res := Result{ID: IDFamilies}
	uses := make([]familyUse, len(families))
	look := func(path, k string) {
		for i, fam := range families {
			if uses[i].first == "" && containsAny(k, fam.words) {
				uses[i].first = path
			}
		}
	}
	for _, k := range f.fold.pre() {
		look("-", k)
	}
	f.r.Walk(func(s *model.Section) {
		look(s.Path, f.fold.title(s))
		for _, k := range f.fold.of(s) {
			look(s.Path, k)
		}
	})
	var sentence string // figures of one sentence follow each other: read it once
	var named []bool    // the families it names
	for _, fig := range f.figs {
		if fig.Sentence != sentence || named == nil {
			sentence, named = fig.Sentence, make([]bool, len(families))
			k := fold.String(fig.Sentence)
			for i, fam := range families {
				named[i] = containsAny(k, fam.words)
			}
		}
		for i := range families {
			if named[i] {
				uses[i].figures++
			}
		}
	}
	core, coreWith := 0, 0
	var missing []string
	for i, fam := range families {
		u := uses[i]
		if u.first == "" {
			if fam.core {
				missing = append(missing, fam.name)
			}
			continue
		}
		if fam.core {
			core++
			if u.figures > 0 {
				coreWith++
			}
		}
		res.Evidence = append(res.Evidence, fmt.Sprintf("%s %s (%d)", fam.name, u.first, u.figures))
	}
	if len(missing) > 0 {
		res.Evidence = append(res.Evidence, "缺："+strings.Join(missing, "、"))
	}
	nCore := 0
	for _, fam := range families {
		if fam.core {
			nCore++
		}
	}
	switch {
	case core == nCore && coreWith >= minCoreFigures:
		res.Status = Pass
	case core >= minCoreWarn:
		res.Status = Warn
	default:
		res.Status = Fail
	}
	res.Msg = Message{
		zh: fmt.Sprintf("%d个重点领域中写到%d个，其中%d个有数据", nCore, core, coreWith),
		en: fmt.Sprintf("%d of the %d core areas are reported on, %d with figures", core, nCore, coreWith),
	}
	return res
}
