package check

import (
	"slices"
	"strings"
	"testing"
	"time"

	"baogao/model"
	"baogao/seeds"
)

// seedText is a seed's text, decoded.
func seedText(t testing.TB, name string) string {
	t.Helper()
	b, err := seeds.FS.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	text, _, err := model.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return text
}

// edited parses a seed after replacing old with new for each pair (each
// old must occur); a pair whose old is "$END" appends new to the text.
func edited(t *testing.T, name string, pairs ...string) *model.Report {
	t.Helper()
	text := seedText(t, name+".txt")
	for i := 0; i+1 < len(pairs); i += 2 {
		if pairs[i] == "$END" {
			text += pairs[i+1]
			continue
		}
		if from, to, ok := strings.Cut(pairs[i], "$CUT"); ok { // cut from … up to
			a, b := strings.Index(text, from), strings.Index(text, to)
			if a < 0 || b < a {
				t.Fatalf("%s has no %q … %q", name, from, to)
			}
			text = text[:a] + pairs[i+1] + text[b:]
			continue
		}
		if !strings.Contains(text, pairs[i]) {
			t.Fatalf("%s has no %q", name, pairs[i])
		}
		text = strings.ReplaceAll(text, pairs[i], pairs[i+1])
	}
	return model.Parse(name, model.Sanitize(text))
}

func result(t *testing.T, c *Check, id string) Result {
	t.Helper()
	for _, r := range c.Criteria {
		if r.ID == id {
			return r
		}
	}
	t.Fatalf("no criterion %s", id)
	return Result{}
}

const (
	lixia     = "jinan-lixia-2024"
	changqing = "jinan-changqing-2023"
	zhoucun   = "zibo-zhoucun-2023"
)

// Signatures appended after the last part, as reports printed for the
// 人大 close.
const (
	govSignature    = "\n济南市长清区人民政府\n2024年1月20日\n"
	officeSignature = "\n济南市长清区依法治区办\n2024年1月20日\n"
	lateSignature   = "\n济南市长清区人民政府\n二〇二四年五月八日\n"
	dateOnly        = "\n2024年1月20日\n"
)

// workReport makes a 政府工作报告 of the 长清 seed: named for 2024, it
// reviews 2023 and plans 2024.
var workReport = []string{"济南市长清区2023年度法治政府建设情况报告", "济南市长清区2024年政府工作报告",
	"二、推进法治政府建设的主要举措和成效", "二、2023年工作回顾"}

func TestCriteria(t *testing.T) {
	tests := []struct {
		name      string
		report    string
		edits     []string
		published time.Time
		id        string
		status    Status
		evidence  string // a substring of one evidence line; "" for none expected
	}{
		{"duties folded under measures", zhoucun,
			[]string{"二、党政主要负责人履行推进法治建设第一责任人职责情况", "（六）党政主要负责人履行推进法治建设第一责任人职责情况"},
			time.Time{}, IDDuties, Warn, "1.6"},
		{"duties as a part", zhoucun, nil, time.Time{}, IDDuties, Pass, "2 二、"},
		{"no plans", lixia, []string{"四、2025年工作打算", "（四）其他"}, time.Time{}, IDPlans, Warn, ""},
		{"plans combined with shortcomings", lixia,
			[]string{"三、推进法治政府建设存在的问题和不足", "三、存在的问题和下一步工作打算", "四、2025年工作打算", "2025年工作打算"},
			time.Time{}, IDPlans, Warn, "3 三、存在的问题和下一步工作打算"},
		{"no shortcomings at all", lixia,
			[]string{"三、推进法治政府建设存在的问题和不足$CUT四、2025年工作打算", "三、2025年工作打算"},
			time.Time{}, IDShortcomings, Fail, "缺："},
		{"causes not given", lixia, nil, time.Time{}, IDCauses, Fail, "缺：存在不足的原因"},
		{"causes given", lixia, []string{"但还缺乏具有全国影响力和辨识度的法治建设成果。", "但还缺乏具有全国影响力和辨识度的法治建设成果，究其原因，主要是改革创新意识不强。"},
			time.Time{}, IDCauses, Pass, "究其原因"},
		{"other matters reported", lixia, []string{"四、2025年工作打算", "四、其他需要报告的情况\n无。\n五、2025年工作打算"}, time.Time{}, IDOther, Info, "4 四、其他需要报告的情况"},
		{"title without year", changqing, []string{"济南市长清区2023年度法治政府建设情况报告", "济南市长清区法治政府建设情况报告"},
			time.Time{}, IDTitle, Fail, "缺：年度"},
		{"title without 法治政府建设", changqing, []string{"济南市长清区2023年度法治政府建设情况报告", "济南市长清区2023年度工作情况报告"},
			time.Time{}, IDTitle, Fail, "法治政府建设"},
		{"no signature", changqing, nil, time.Time{}, IDSignature, Fail, "缺：落款"},
		{"signed by the government", changqing, []string{"$END", govSignature}, time.Time{}, IDSignature, Pass, "济南市长清区人民政府"},
		{"signed by an office", changqing, []string{"$END", officeSignature}, time.Time{}, IDSignature, Fail, ""},
		{"date without issuer", changqing, []string{"$END", dateOnly}, time.Time{}, IDSignature, Warn, ""},
		{"plans for the year reported on", changqing, []string{"四、2024年工作打算", "四、2023年工作打算"}, time.Time{}, IDYear, Fail, "四、2023年工作打算"},
		{"years agree", changqing, nil, time.Time{}, IDYear, Pass, "标题：2023"},
		{"text about another year", changqing, []string{"2023年", "2022年", "2022年度法治政府建设情况报告", "2023年度法治政府建设情况报告"}, time.Time{}, IDYear, Fail, "正文：2022年"},
		{"dated after the deadline", changqing, []string{"$END", lateSignature}, time.Time{}, IDPublished, Warn, "落款：2024年5月8日"},
		{"late date, signature still fine", changqing, []string{"$END", lateSignature}, time.Time{}, IDSignature, Pass, ""},
		{"published in time", changqing, nil, date{2024, 3, 15}.time(), IDPublished, Pass, "发布：2024年3月15日"},
		{"published on 1 April", changqing, nil, date{2024, 4, 1}.time(), IDPublished, Pass, ""},
		{"published late", changqing, nil, date{2024, 4, 2}.time(), IDPublished, Fail, "期限：2024年4月1日"},
		{"publication unknown", changqing, nil, time.Time{}, IDPublished, Info, "发布：未知"},
		{"headings repeat", lixia, []string{"（三）强化对法治建设的统筹部署", "（二）强化对法治建设的统筹部署"}, time.Time{}, IDHeadings, Warn, "1.3"},
		{"headings skip", lixia, []string{"（三）强化对法治建设的统筹部署", "（四）强化对法治建设的统筹部署"}, time.Time{}, IDHeadings, Warn, "1.3"},
		{"headings clean", lixia, nil, time.Time{}, IDHeadings, Pass, ""},
		{"work report: reviews the year before", changqing, workReport, time.Time{}, IDYear, Pass, "标题：2024"},
		{"work report: review named in other words", changqing, workReport, time.Time{}, IDMeasures, Pass, "2 二、2023年工作回顾"},
		{"work report: no deadline", changqing, workReport, time.Time{}, IDPublished, Info, ""},
		{"work report: title without 法治政府建设", changqing, workReport, time.Time{}, IDTitle, Pass, ""},
		{"work report: no duties part asked for", changqing, append(workReport, "一、党政主要负责人履行推进法治建设第一责任人职责情况", "一、过去一年的工作"), time.Time{}, IDDuties, Info, ""},
		{"few figures", lixia, nil, time.Time{}, IDDensity, Warn, "无数据：2.2"},
		{"many figures", zhoucun, nil, time.Time{}, IDDensity, Pass, "个数据"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := edited(t, tt.report, tt.edits...)
			got := result(t, Run(Input{Report: r, Published: tt.published}), tt.id)
			if got.Status != tt.status {
				t.Errorf("%s = %s, want %s (%s; evidence %q)", tt.id, got.Status, tt.status, got.Msg.In(English), got.Evidence)
			}
			if tt.evidence != "" && !slices.ContainsFunc(got.Evidence, func(e string) bool { return strings.Contains(e, tt.evidence) }) {
				t.Errorf("%s evidence %q lacks %q", tt.id, got.Evidence, tt.evidence)
			}
			if got.Msg.In(English) == "" || got.Msg.In(Chinese) == "" {
				t.Errorf("%s has no message", tt.id)
			}
		})
	}
}

// TestCopied: a next year's report that keeps last year's 不足 word for
// word fails; one that writes new ones passes; a sentence kept warns.
func TestCopied(t *testing.T) {
	prev := edited(t, changqing)
	next := func(pairs ...string) *model.Report {
		base := []string{"2024年", "2025年", "2023年", "2024年"}
		r := edited(t, changqing, append(base, pairs...)...)
		r.ID = "changqing-next"
		return r
	}
	const oldShort = "学习宣传贯彻习近平法治思想仍需走深走实;部分单位重大行政决策事项提报不及时,行政诉讼败诉率偏高;行政执法体制机制还不够健全,执法队伍力量较薄弱,执法能力和水平参差不齐。"
	tests := []struct {
		name   string
		report *model.Report
		status Status
	}{
		{"copied", next(), Fail},
		{"rewritten", next(oldShort, "基层法治建设力量仍显不足;数字化执法监督平台应用不充分。"), Pass},
		{"one kept", next(oldShort, "学习宣传贯彻习近平法治思想仍需走深走实;基层法治建设力量仍显不足,街道合法性审查人员配备不齐;数字化执法监督平台应用不充分,数据共享不畅;公共法律服务供给与群众需求仍有差距。"), Warn},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.report.Year != prev.Year+1 {
				t.Fatalf("fixture year %d", tt.report.Year)
			}
			p := Previous(tt.report, []*model.Report{prev, tt.report})
			if p != prev {
				t.Fatalf("Previous = %v", p)
			}
			got := result(t, Run(Input{Report: tt.report, Previous: p}), IDCopied)
			if got.Status != tt.status {
				t.Errorf("copied = %s, want %s (%s; %q)", got.Status, tt.status, got.Msg.In(English), got.Evidence)
			}
		})
	}
	if got := result(t, Run(Input{Report: prev}), IDCopied); got.Status != Info {
		t.Errorf("without a previous report: %s, want info", got.Status)
	}
}

// TestEvidenceBounded: a report of hundreds of misnumbered headings lists
// maxEvidence lines of evidence, the last saying how many more there are.
func TestEvidenceBounded(t *testing.T) {
	r := model.Parse("x", "某区2024年度法治政府建设报告\n"+strings.Repeat("一、主要举措和成效\n（一）工作\n做了工作。\n", 300))
	got := result(t, Run(Input{Report: r}), IDHeadings)
	if len(got.Evidence) != maxEvidence || !strings.HasPrefix(got.Evidence[maxEvidence-1], "……另有") {
		t.Errorf("%d evidence lines, last %q", len(got.Evidence), got.Evidence[len(got.Evidence)-1])
	}
}

// TestNeverPanics: empty and odd reports are checked without panicking,
// and every criterion answers.
func TestNeverPanics(t *testing.T) {
	for _, text := range []string{"", "标题", "一、\n二、\n", "2024年\n落款\n2025年13月40日", strings.Repeat("（一）\n", 50)} {
		c := Run(Input{Report: model.Parse("x", text)})
		if len(c.Criteria) != len(criteria) {
			t.Errorf("%q: %d criteria", text, len(c.Criteria))
		}
	}
}

// TestPublishedField: the publication date is the report's Published
// when it is a date, and unknown otherwise.
func TestPublishedField(t *testing.T) {
	tests := []struct {
		published string
		status    Status
	}{
		{"2024-03-20", Pass},
		{"2024-04-01", Pass},
		{"2024-04-02", Fail},
		{"2024-04-02T09:18:00+08:00", Fail},
		{"", Info},
		{"三月", Info},
	}
	for _, tt := range tests {
		r := edited(t, changqing)
		r.Published = tt.published
		if got := result(t, Run(Input{Report: r}), IDPublished); got.Status != tt.status {
			t.Errorf("Published %q: %s, want %s (%s)", tt.published, got.Status, tt.status, got.Msg.In(English))
		}
	}
}

func TestYearsIn(t *testing.T) {
	tests := []struct {
		s     string
		first int
		n     int
	}{
		{"2024年，全区", 2024, 1},
		{"关于 2023 年度法治政府建设工作的报告", 2023, 1},
		{"二〇二四年一月", 2024, 1},
		{"12024年", 0, 0},
		{"1562年", 0, 0},
		{"年", 0, 0},
		{"2024年和2025年及2024年", 2024, 3},
	}
	for _, tt := range tests {
		first, count := yearsIn(tt.s)
		n := 0
		for _, c := range count {
			n += c
		}
		if first != tt.first || n != tt.n {
			t.Errorf("yearsIn(%q) = %d, %d years; want %d, %d", tt.s, first, n, tt.first, tt.n)
		}
	}
}
