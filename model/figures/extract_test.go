package figures

import (
	"math"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestExtractFigures runs the quantities of the genre through ExtractText.
func TestExtractFigures(t *testing.T) {
	type want struct {
		subject string
		value   float64
		unit    string
		qual    string
	}
	tests := []struct {
		text string
		want []want
	}{
		{"接收行政复议申请54件。", []want{{"行政复议申请", 54, "件", ""}}},
		{"办理行政复议案件54件。", []want{{"行政复议案件", 54, "件", ""}}},
		{"行政机关负责人出庭应诉率100%。", []want{{"行政机关负责人出庭应诉率", 100, "%", ""}}},
		{"行政机关负责人出庭应诉率持续保持１００％。", []want{{"行政机关负责人出庭应诉率", 100, "%", ""}}},
		{"全年共开展培训2次,参训人员310人。", []want{{"培训", 2, "次", ""}, {"参训人员", 310, "人", ""}}},
		{"开展宣讲活动100余次，受众3万余人次。", []want{{"宣讲活动", 100, "次", "余"}, {"受众", 30000, "人次", "余"}}},
		{"罚没1562.74万元。", []want{{"罚没", 15627400, "元", ""}}},
		{"地区生产总值增长28.6%。", []want{{"地区生产总值增长", 28.6, "%", ""}}},
		{"粮食产量达到1.39万亿斤。", []want{{"粮食产量", 1.39e12, "斤", ""}}},
		{"办理信访事项二十三件。", []want{{"信访事项", 23, "件", ""}}},
		{"群众满意度提高三成。", []want{{"群众满意度提高", 30, "%", ""}}},
		{"参与群众两千余人。", []want{{"参与群众", 2000, "人", "余"}}},
		{"收到群众来信一百零五件。", []want{{"群众来信", 105, "件", ""}}},
		{"组建志愿服务队十余支。", []want{{"志愿服务队", 10, "支", "余"}}},
		{"全年共为近200家企业兑现奖励。", []want{{"企业", 200, "家", "近"}}},
		{"在京生产新能源汽车约30万辆。", []want{{"在京生产新能源汽车", 300000, "辆", "约"}}},
		{"新增减负超过1160亿元。", []want{{"新增减负", 1.16e11, "元", "超过"}}},
		{"调解成功率达98%以上。", []want{{"调解成功率", 98, "%", "以上"}}},
		{"对法治建设工作累计签批21次。", []want{{"法治建设工作签批", 21, "次", "累计"}}},
		{"每期培训3至5个班次。", []want{{"班次", 3, "个", "至5"}}},
		{"办结时限压缩至10—15天。", []want{{"办结时限压缩", 10, "天", "至15"}}},
		{"审查重大行政决策39项、政府合同101件。", []want{{"审查重大行政决策", 39, "项", ""}, {"政府合同", 101, "件", ""}}},
		{"在全区布设16台自助服务终端,可办理201项政务服务事项。", []want{{"自助服务终端", 16, "台", ""}, {"政务服务事项", 201, "项", ""}}},
		{"全年接收行政复议案件96件,受理94件,结案76件。",
			[]want{{"行政复议案件", 96, "件", ""}, {"行政复议案件受理", 94, "件", ""}, {"行政复议案件结案", 76, "件", ""}}},
		{"行政收费25次共4206.44万元。", []want{{"行政收费", 25, "次", ""}, {"行政收费", 42064400, "元", ""}}},
		{"新增17名政府法律顾问,政府法律顾问达到31人。", []want{{"新增政府法律顾问", 17, "人", ""}, {"政府法律顾问", 31, "人", ""}}},
		{"合法性审核率、备案率、备案及时率均为100%。", []want{{"合法性审核率、备案率、备案及时率", 100, "%", ""}}},
		{"细颗粒物年均浓度30.5微克/立方米、下降6.2%。", []want{{"细颗粒物年均浓度", 30.5, "微克/立方米", ""}, {"细颗粒物年均浓度下降", 6.2, "%", ""}}},
		{"粮食增长百分之四十六。", []want{{"粮食增长", 46, "%", ""}}},
		{"人民公社二万四千多个。", []want{{"人民公社", 24000, "个", "多"}}},
		{"半机械化农具五亿二千多万件。", []want{{"半机械化农具", 520000000, "件", "多"}}},
		{"受理案件34,204件。", []want{{"案件", 34204, "件", ""}}},
		{"受理案件 34204 件。", []want{{"案件", 34204, "件", ""}}},
		{"實施行政強制措施74次。", []want{{"行政強制措施", 74, "次", ""}}},
		{"占国内生产总值比重从1.07%提高到1.49%。", []want{{"占国内生产总值比重", 1.07, "%", ""}, {"占国内生产总值比重提高", 1.49, "%", ""}}},
		{"农村居民人均纯收入由2476元增加到4140元。", []want{{"农村居民人均纯收入", 2476, "元", ""}, {"农村居民人均纯收入增加", 4140, "元", ""}}},
		{"国内生产总值达到24.66万亿元，比2002年增长65.5%。", []want{{"国内生产总值", 24.66e12, "元", ""}, {"国内生产总值增长", 65.5, "%", ""}}},
		{"热线诉求解决率、满意率分别达96.7%和97%。", []want{{"热线诉求解决率、满意率", 96.7, "%", ""}, {"热线诉求解决率、满意率", 97, "%", ""}}},
		{"据十二个省的统计，社办的研究组织，有七千六百九十个。", []want{{"省", 12, "个", ""}, {"社办的研究组织", 7690, "个", ""}}},
	}
	for _, tt := range tests {
		got := ExtractText(tt.text)
		if len(got) != len(tt.want) {
			t.Errorf("%s: %d figures %v, want %d", tt.text, len(got), brief(got), len(tt.want))
			continue
		}
		for i, w := range tt.want {
			g := got[i]
			if g.Subject != w.subject || !sameValue(g.Value, w.value) || g.Unit != w.unit || g.Qualifier != w.qual {
				t.Errorf("%s: figure %d = [%s] %v %s %q, want [%s] %v %s %q", tt.text, i,
					g.Subject, g.Value, g.Unit, g.Qualifier, w.subject, w.value, w.unit, w.qual)
			}
		}
	}
}

// TestNotFigures: numbers that count nothing.
func TestNotFigures(t *testing.T) {
	for _, text := range []string{
		"2024年3月，区政府召开会议。",
		"3月5日，召开推进会。",
		"2024年，历下区坚持以习近平新时代中国特色社会主义思想为指导。",
		"二〇二四年工作打算。",
		"根据《国务院关于加强法治政府建设的意见》（国发〔2019〕5号）和济发〔2019〕28号文件。",
		"一是加强组织领导。二是健全机制。",
		"第一，压实责任；第二十五条规定。",
		"（三）强化监督。",
		"群众可拨打12345反映问题。",
		"编制“十四五”规划，学习党的二十大精神，接受一府两院监督。",
		"推进“双随机、一公开”监管，建设5G基站，畅通“12345”热线。",
		"深化“一次办成”改革，落实“三项制度”，实现三个“全覆盖”。",
		"严格落实中央八项规定精神，增强“四个意识”。",
		"实施提升行政执法质量三年行动计划（2023—2025年）。",
		"“9.16”特大电信诈骗案，清单4.0版，“1+1+N”模式，“齐剑2023”行动。",
		"一件事“打包办”，一次性办结，法连巾帼连万家，千方百计。",
		"十二届市委全面依法治市委员会第一次会议，二十届三中全会，党的十九大。",
		"入选“济南市2024年度法治为民十件实事”。",
		"前三季度。电话0531-88886666。",
		"几万亩、几十万亩耕地连片，几千万人上阵，数百家企业，十几个部门。",
	} {
		if got := ExtractText(text); len(got) > 0 {
			t.Errorf("%s: %v, want no figures", text, brief(got))
		}
	}
}

// TestSpans: Text is the figure as written, and Start/End its rune span.
func TestSpans(t *testing.T) {
	text := "全年　共开展培训２次，參訓人員 310 人；近200家企业受益。"
	figs := ExtractText(text)
	if len(figs) != 3 {
		t.Fatalf("%v", brief(figs))
	}
	runes := []rune(text)
	for i, want := range []string{"２次", "310 人", "近200家"} {
		f := figs[i]
		if f.Text != want || string(runes[f.Start:f.End]) != want {
			t.Errorf("figure %d: Text %q, span %q, want %q", i, f.Text, string(runes[f.Start:f.End]), want)
		}
	}
	if figs[1].Subject != "參訓人員" {
		t.Errorf("subject %q, want it as written: 參訓人員", figs[1].Subject)
	}
	if s := figs[1].Sentence; s != "全年　共开展培训２次，參訓人員 310 人；" {
		t.Errorf("sentence %q", s)
	}
}

func TestParseChinese(t *testing.T) {
	tests := []struct {
		in   string
		want uint64
		ok   bool
	}{
		{"二十三", 23, true}, {"十", 10, true}, {"十五", 15, true}, {"一百零五", 105, true},
		{"两千", 2000, true}, {"三亿五千万", 350000000, true}, {"一百五", 150, true}, {"两万五", 25000, true},
		{"一千零十", 1010, true}, {"万亿", 1e12, true}, {"千", 1000, true}, {"二亿八千六百七十七万", 286770000, true},
		{"十四五", 0, false}, {"八五", 0, false}, {"二〇二四", 0, false}, {"十百", 0, false}, {"一三", 0, false},
	}
	for _, tt := range tests {
		got, ok := parseChinese([]rune(tt.in))
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("parseChinese(%s) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestExactValues: values are the nearest float64 to what is written.
func TestExactValues(t *testing.T) {
	for text, want := range map[string]float64{
		"罚没1562.74万元": 15627400, "征收0.53万亩": 5300, "资金4206.44万元": 42064400,
		"总额3.6万亿元": 3.6e12, "率72.43%": 72.43, "面积0.001平方公里": 0.001,
	} {
		figs := ExtractText(text)
		if len(figs) != 1 || figs[0].Value != want {
			t.Errorf("%s: %v, want exactly %v", text, brief(figs), want)
		}
	}
}

// TestOverlongDigits: a run of digits too long for a count is none.
func TestOverlongDigits(t *testing.T) {
	text := strings.Repeat("9", 400) + "件，" + strings.Repeat("9", 16) + "件。"
	if figs := ExtractText(text); len(figs) != 0 {
		t.Errorf("%v", brief(figs))
	}
	figs := ExtractText("金额999999999999999万亿元")
	for _, f := range figs {
		if math.IsInf(f.Value, 0) || math.IsNaN(f.Value) {
			t.Errorf("%v", f.Value)
		}
	}
	if n := utf8.RuneCountInString(text); n < 400 {
		t.Fatal(n)
	}
}

func brief(figs []Figure) []string {
	var out []string
	for _, f := range figs {
		out = append(out, "["+f.Subject+"] "+f.Text)
	}
	return out
}
