package check

import (
	"strings"

	"baogao/model"
	"baogao/model/fold"
)

// checkTitle: the title names the unit, the year and 法治政府建设 …报告, as
// the evaluations ask (济南市历下区2024年度法治政府建设报告).
func checkTitle(f *facts) Result {
	res := Result{ID: IDTitle}
	t := fold.String(f.r.Title)
	if t == "" {
		res.Status, res.Evidence = Fail, []string{"缺：标题"}
		res.Msg = msg("没有标题", "the report has no title")
		return res
	}
	var missing []string
	if !namesUnit(f.r, t) {
		missing = append(missing, "单位名称")
	}
	if y, _ := yearsIn(t); y == 0 {
		missing = append(missing, "年度")
	}
	switch {
	case isWorkReport(f.r):
		// A 政府工作报告 names itself so; 法治政府建设 is not in its title.
	case !strings.Contains(t, "法治政府建设"):
		missing = append(missing, "“法治政府建设”")
	}
	if !strings.Contains(t, "报告") {
		missing = append(missing, "“报告”")
	}
	if len(missing) == 0 {
		res.Status, res.Evidence = Pass, []string{f.r.Title}
		res.Msg = msg("标题写明单位、年度和“法治政府建设”报告", "the title names the unit, the year and 法治政府建设 …报告")
		return res
	}
	res.Status = Fail
	res.Evidence = []string{f.r.Title, "缺：" + strings.Join(missing, "、")}
	res.Msg = msg("标题缺少%[1]s", "the title lacks %[2]s", strings.Join(missing, "、"), englishList(missing))
	return res
}

var englishItems = map[string]string{
	"单位名称": "the unit", "年度": "the year", "“法治政府建设”": "法治政府建设", "“报告”": "报告",
}

func englishList(items []string) string {
	out := make([]string, len(items))
	for i, s := range items {
		out[i] = englishItems[s]
	}
	return strings.Join(out, ", ")
}

// unitEndings are how the names of reporting units end.
var unitEndings = []string{"区", "县", "市", "省", "州", "旗", "盟", "局", "委", "厅", "办", "政府", "开发区", "新区"}

// namesUnit reports whether the folded title names the reporting unit:
// the district or city the parser read from it, or at least a name that
// ends as units do before the year.
func namesUnit(r *model.Report, t string) bool {
	for _, u := range []string{r.District, r.City} {
		if u != "" && strings.Contains(t, fold.String(u)) {
			return true
		}
	}
	head := t
	if i := strings.IndexAny(head, "0123456789〇二"); i > 0 {
		head = head[:i]
	}
	head = strings.TrimSuffix(strings.TrimSpace(strings.TrimSuffix(head, "关于")), "关于")
	for _, e := range unitEndings {
		if strings.HasSuffix(strings.TrimSpace(head), e) || strings.Contains(head, e+" ") {
			return true
		}
	}
	return false
}

// governmentWords name a government, or the Party committee beside it in a
// joint report (中共周村区委 周村区人民政府).
var governmentWords = []string{"人民政府", "管委会", "管理委员会", "区政府", "县政府", "市政府", "省政府", "区委", "县委", "市委", "省委", "党工委"}

// officeEndings are bodies that draft the report but should not sign it
// for the government (依法治区办, 司法局, 领导小组办公室).
var officeEndings = []string{"办公室", "领导小组", "依法治区办", "依法治县办", "依法治市办", "司法局", "法制办"}

// checkSignature: the report closes with the government's name and the
// date (落款), as a report to the Party committee and the 人大 does.
func checkSignature(f *facts) Result {
	res := Result{ID: IDSignature}
	sig := f.r.Signature
	if len(sig) == 0 {
		res.Status, res.Evidence = Fail, []string{"缺：落款（署名和日期）"}
		res.Msg = msg("没有落款（署名和日期）", "no signature: the report does not close with the issuer and date")
		return res
	}
	var issuers []string
	for _, l := range sig {
		if _, ok := parseDate(l); !ok {
			issuers = append(issuers, l)
		}
	}
	res.Evidence = append([]string(nil), sig...)
	gov := isGovernment(f.r, issuers)
	switch {
	case len(issuers) == 0 && containsAny(fold.String(f.r.Title), governmentWords):
		issuers = nil // the title names the issuer (中共周村区委 周村区人民政府 关于…)
	case len(issuers) == 0:
		res.Status = Warn
		res.Msg = msg("落款只有日期，未署名", "the signature has a date but no issuer")
		return res
	case !gov:
		res.Status = Fail
		res.Msg = msg("落款为%[1]s，不是政府本身", "signed by %[2]s, not by the government itself", strings.Join(issuers, " "), strings.Join(issuers, " "))
		return res
	}
	if !f.sigDate.known() {
		res.Status = Warn
		res.Msg = msg("落款没有日期", "the signature has no date")
		return res
	}
	res.Status = Pass
	res.Msg = msg("由政府署名并注明日期", "signed by the government, with a date")
	return res
}

// isGovernment reports whether the issuer lines name a government (or, for
// a department's own report, the department) rather than an office.
func isGovernment(r *model.Report, issuers []string) bool {
	for _, l := range issuers {
		k := fold.String(l)
		if containsAny(k, officeEndings) && !(r.District != "" && strings.HasSuffix(k, fold.String(r.District))) {
			continue
		}
		if containsAny(k, governmentWords) || r.District != "" && strings.Contains(k, fold.String(r.District)) {
			return true
		}
	}
	return false
}
