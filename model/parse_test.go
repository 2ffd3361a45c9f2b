package model

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"baogao/internal/fixture"
	"baogao/seeds"
)

func TestRecognise(t *testing.T) {
	tests := []struct {
		line   string
		ok     bool
		level  int
		label  string
		marker string
		rest   string
	}{
		{"一、党政主要负责人履行推进法治建设第一责任人职责情况", true, 1, "一", "一、", "党政主要负责人履行推进法治建设第一责任人职责情况"},
		{"十、其他需要报告的情况", true, 1, "十", "十、", "其他需要报告的情况"},
		{"十一、其他", true, 1, "十一", "十一、", "其他"},
		{"二十三、附则", true, 1, "二十三", "二十三、", "附则"},
		{"（一）深入学习宣传贯彻习近平法治思想。全区…", true, 2, "一", "（一）", "深入学习宣传贯彻习近平法治思想。全区…"},
		{"(二)着力加强顶层设计。", true, 2, "二", "(二)", "着力加强顶层设计。"},
		{"(十二）混合括号", true, 2, "十二", "(十二）", "混合括号"},
		{"（一)混合括号", true, 2, "一", "（一)", "混合括号"},
		{"1. 依法决策能力和水平进一步提高。", true, 3, "1", "1.", "依法决策能力和水平进一步提高。"},
		{"2．全角点", true, 3, "2", "2．", "全角点"},
		{"3、顿号", true, 3, "3", "3、", "顿号"},
		{"12.两位数", true, 3, "12", "12.", "两位数"},
		{"１．全角数字", true, 3, "1", "１．", "全角数字"},
		{"（1）健全重大行政决策程序", true, 4, "1", "（1）", "健全重大行政决策程序"},
		{"(10)半角括号", true, 4, "10", "(10)", "半角括号"},
		{"①第一点", true, 5, "1", "①", "第一点"},
		{"⑫第十二点", true, 5, "12", "⑫", "第十二点"},

		// Not headings.
		{"一是管理规范。明确区政府…", false, 0, "", "", ""},
		{"一年来，全区……", false, 0, "", "", ""},
		{"1.5亿元用于法治建设", false, 0, "", "", ""},
		{"1.5%的增长", false, 0, "", "", ""},
		{"3.％", false, 0, "", "", ""},
		{"（2024年）", false, 0, "", "", ""},
		{"(2024年)", false, 0, "", "", ""},
		{"（123）", false, 0, "", "", ""},
		{"12345市民服务热线", false, 0, "", "", ""},
		{"2024年，历下区坚持以习近平新时代中国特色社会主义思想为指导", false, 0, "", "", ""},
		{"2024.3.1", false, 0, "", "", ""},
		{"100%", false, 0, "", "", ""},
		{"1.", false, 0, "", "", ""},
		{"（一", false, 0, "", "", ""},
		{"（）", false, 0, "", "", ""},
		{"一二三", false, 0, "", "", ""},
		{"三、四月份，全区开展专项行动。", false, 0, "", "", ""},
		{"一、二审案件改判率下降。", false, 0, "", "", ""},
		{"二、三级医院全部接入平台。", false, 0, "", "", ""},
		{"二、三大攻坚战取得成效", true, 1, "二", "二、", "三大攻坚战取得成效"},
		{"", false, 0, "", "", ""},
	}
	for _, tt := range tests {
		h, ok := recognise(tt.line)
		if ok != tt.ok {
			t.Errorf("recognise(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if h.level != tt.level || h.label != tt.label || h.marker != tt.marker || h.rest != tt.rest {
			t.Errorf("recognise(%q) = level %d label %q marker %q rest %q; want %d %q %q %q",
				tt.line, h.level, h.label, h.marker, h.rest, tt.level, tt.label, tt.marker, tt.rest)
		}
	}
}

func TestBlockNumber(t *testing.T) {
	for line, want := range map[string]bool{"01": true, "04": true, "12": true, "00": false, "1": false, "2024": false, "０１": false, "01 注重": false} {
		if _, ok := blockNumber(line); ok != want {
			t.Errorf("blockNumber(%q) = %v, want %v", line, ok, want)
		}
	}
}

func TestSplitRunIn(t *testing.T) {
	tests := []struct{ rest, title, body string }{
		{"深入学习宣传贯彻习近平法治思想。全区各部门积极学习。", "深入学习宣传贯彻习近平法治思想", "全区各部门积极学习。"},
		{"加强法治政府建设，提升依法行政水平", "加强法治政府建设，提升依法行政水平", ""},
		{"标题只有句号。", "标题只有句号", ""},
		{"主要做法：", "主要做法", ""},
		{"英文问号?正文", "英文问号", "正文"},
		{strings.Repeat("长", 30) + "，" + strings.Repeat("文", 120), strings.Repeat("长", 30), strings.Repeat("文", 120)},
		{strings.Repeat("长", 150), strings.Repeat("长", 100), strings.Repeat("长", 50)},
		{strings.Repeat("长", 150) + "。正文", strings.Repeat("长", 100), strings.Repeat("长", 50) + "。正文"},
	}
	for _, tt := range tests {
		title, body := splitRunIn(tt.rest)
		if title != tt.title || body != tt.body {
			t.Errorf("splitRunIn(%q) = %q, %q; want %q, %q", tt.rest, title, body, tt.title, tt.body)
		}
	}
}

func TestEndsSentence(t *testing.T) {
	for line, want := range map[string]bool{
		"句子。": true, "问句？": true, "引用。”": true, "冒号：": true, "省略……": true, "half.": true,
		"“一规划两纲要”": false, "并": false, "（2021—2025 年）": false, "": false, "”": false,
	} {
		if got := endsSentence(line); got != want {
			t.Errorf("endsSentence(%q) = %v, want %v", line, got, want)
		}
	}
}

// TestParseCases parses the hand-made edge cases in testdata/parse/*.txt and
// compares their dumps with the .golden files beside them.
func TestParseCases(t *testing.T) {
	files, err := filepath.Glob("testdata/parse/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test cases: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".txt")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			r, err := LoadBytes(name, f, b)
			if err != nil {
				t.Fatal(err)
			}
			fixture.Golden(t, "parse/"+name+".golden", dump(r))
		})
	}
}

// TestParseSeeds keeps the outline of every sample report in a golden file:
// reviewing a change to one of these is reviewing a parser change.
func TestParseSeeds(t *testing.T) {
	loaded := LoadFS(seeds.FS, "seeds")
	if len(loaded.Errors) > 0 || len(loaded.Reports) != 5 {
		t.Fatalf("seeds: %d reports, errors %v", len(loaded.Reports), loaded.Errors)
	}
	for _, r := range loaded.Reports {
		t.Run(r.ID, func(t *testing.T) {
			fixture.Golden(t, "seeds/"+r.ID+".golden", dump(r))
		})
	}
}

// TestSeedOutlines checks the facts the issue names about the seeds directly,
// so they hold whatever the golden files say.
func TestSeedOutlines(t *testing.T) {
	byID := map[string]*Report{}
	for _, r := range LoadFS(seeds.FS, "seeds").Reports {
		byID[r.ID] = r
	}
	type part struct {
		label    string
		topic    Topic
		children int
	}
	tests := []struct {
		id    string
		parts []part
	}{
		{"jinan-lixia-2024", []part{{"一", TopicDuties, 3}, {"二", TopicMeasures, 5}, {"三", TopicShortcomings, 0}, {"四", TopicPlans, 3}}},
		{"jinan-changqing-2023", []part{{"一", TopicDuties, 3}, {"二", TopicMeasures, 6}, {"三", TopicShortcomings, 0}, {"四", TopicPlans, 4}}},
		{"jining-jingkai-2024", []part{{"一", TopicMeasures, 3}, {"二", TopicShortcomings, 3}, {"三", TopicDuties, 3}, {"四", TopicPlans, 3}}},
		{"zibo-zhoucun-2023", []part{{"一", TopicMeasures, 5}, {"二", TopicDuties, 3}, {"三", TopicShortcomings, 3}, {"四", TopicPlans, 4}}},
		{"jinan-lixia-2020", []part{{"01", TopicNone, 4}, {"02", TopicNone, 3}, {"03", TopicNone, 4}, {"04", TopicNone, 3}}},
	}
	for _, tt := range tests {
		r := byID[tt.id]
		if r == nil {
			t.Errorf("%s not loaded", tt.id)
			continue
		}
		if len(r.Sections) != len(tt.parts) {
			t.Errorf("%s: %d top-level parts, want %d", tt.id, len(r.Sections), len(tt.parts))
			continue
		}
		for i, want := range tt.parts {
			s := r.Sections[i]
			if s.Level != 1 || s.Label != want.label || s.Topic != want.topic || len(s.Children) != want.children {
				t.Errorf("%s part %d: level %d label %q topic %q children %d; want 1 %q %q %d",
					tt.id, i+1, s.Level, s.Label, s.Topic, len(s.Children), want.label, want.topic, want.children)
			}
		}
	}
	// jining-jingkai-2024 has level-3 items under its first part.
	if r := byID["jining-jingkai-2024"]; r != nil {
		if got := len(r.Sections[0].Children[0].Children); got != 3 {
			t.Errorf("jining-jingkai-2024 1.1 has %d level-3 items, want 3", got)
		}
	}
	// zibo-zhoucun-2023: every paragraph starts a sentence, none is a page-break fragment.
	if r := byID["zibo-zhoucun-2023"]; r != nil {
		r.Walk(func(s *Section) {
			for _, p := range s.Paras {
				if !endsSentence(p) {
					t.Errorf("zibo-zhoucun-2023 %s: paragraph ends mid-sentence: …%s", s.Path, lastRunes(p, 10))
				}
				if len(s.Paras) != 1 {
					t.Errorf("zibo-zhoucun-2023 %s has %d paragraphs, want 1 (page-break halves joined)", s.Path, len(s.Paras))
				}
			}
		})
	}
}

func TestMetadata(t *testing.T) {
	tests := []struct {
		id, title, district, city string
		year                      int
		kind                      Kind
	}{
		{"jinan-lixia-2024", "济南市历下区2024年度法治政府建设报告", "历下区", "济南市", 2024, KindReport},
		{"jining-jingkai-2024", "济宁经济开发区2024年度法治政府建设情况报告", "济宁经济开发区", "济宁市", 2024, KindReport},
		{"jinan-changqing-2023", "济南市长清区2023年度法治政府建设情况报告", "长清区", "济南市", 2023, KindReport},
		{"jinan-lixia-2020", "", "历下区", "济南市", 2020, KindNews},
		{"zibo-zhoucun-2023", "中共周村区委 周村区人民政府 关于 2023 年度法治政府建设工作的报告", "周村区", "淄博市", 2023, KindReport},
	}
	byID := map[string]*Report{}
	for _, r := range LoadFS(seeds.FS, "seeds").Reports {
		byID[r.ID] = r
	}
	for _, tt := range tests {
		r := byID[tt.id]
		if r == nil {
			t.Errorf("%s not loaded", tt.id)
			continue
		}
		if r.Title != tt.title || r.District != tt.district || r.City != tt.city || r.Year != tt.year || r.Kind != tt.kind {
			t.Errorf("%s: %q %q %q %d %s; want %q %q %q %d %s", tt.id, r.Title, r.District, r.City, r.Year, r.Kind,
				tt.title, tt.district, tt.city, tt.year, tt.kind)
		}
	}
}

func TestPlaceFromTitle(t *testing.T) {
	tests := []struct{ title, unit, district, city string }{
		{"济南市历下区2024年度法治政府建设报告", "历下区", "历下区", "济南市"},
		{"济宁经济开发区2024年度法治政府建设情况报告", "济宁经济开发区", "济宁经济开发区", "济宁市"},
		{"中共周村区委 周村区人民政府 关于 2023 年度法治政府建设工作的报告", "周村区", "周村区", ""},
		{"北京市朝阳区人民政府关于2023年法治政府建设情况的报告", "朝阳区", "朝阳区", "北京市"},
		{"北京市朝陽區人民政府關於2023年法治政府建設情況的報告", "朝陽區", "朝陽區", "北京市"},
		{"朝阳区2023年法治政府建设年度报告", "朝阳区", "朝阳区", ""},
		{"青岛市2024年法治政府建设情况报告", "青岛市", "", "青岛市"},
		{"济南市司法局2024年度法治政府建设工作报告", "济南市司法局", "", "济南市"},
		{"薛城区司法局2025年度法治政府建设情况报告", "薛城区司法局", "薛城区", ""},
		{"平阴县人民政府2022年度法治政府建设情况的报告", "平阴县", "平阴县", ""},
		{"关于2022年度法治政府建设情况的报告", "", "", ""},
		{"二〇二四年度安吉县法治政府建设工作报告", "安吉县", "安吉县", ""},
		{"关于进一步加强和改进新时代法治政府建设的报告", "", "", ""},
		{"某某省2024年法治政府建设情况报告", "某某省", "", ""}, // a province not in the table is still the unit as named
		{"关于安吉县2024年度法治政府建设情况的报告", "安吉县", "安吉县", ""},
		{"上海市人民政府2024年度法治政府建设情况报告", "上海市", "", "上海市"},
		{"2025年上海市政府工作报告", "上海市", "", "上海市"},
		{"四川省人民政府关于2023年度法治政府建设情况的报告", "四川省", "", ""},
		{"新疆维吾尔自治区2024年法治政府建设情况报告", "新疆维吾尔自治区", "", ""},
		{"2008年国务院政府工作报告", "国务院", "", ""},
		{"静海区-2024", "静海区", "静海区", ""},
		{"", "", "", ""},
	}
	for _, tt := range tests {
		p := placeFromTitle(tt.title)
		if p.unit != tt.unit || p.district != tt.district || p.city != tt.city {
			t.Errorf("placeFromTitle(%q) = unit %q, district %q, city %q; want %q, %q, %q",
				tt.title, p.unit, p.district, p.city, tt.unit, tt.district, tt.city)
		}
	}
}

func TestTopicOf(t *testing.T) {
	tests := []struct {
		title string
		want  Topic
	}{
		{"党政主要负责人履行推进法治建设第一责任人职责情况", TopicDuties},
		{"上一年度党政主要负责人履行推进法治建设第一责任人职责和加强法治建设的有关情况", TopicDuties},
		{"推进法治政府建设的主要举措和成效", TopicMeasures},
		{"2024年工作情况", TopicMeasures},
		{"工作成效", TopicMeasures},
		{"推进法治政府建设存在的问题和不足", TopicShortcomings},
		{"上一年度推进法治政府建设存在的不足和原因", TopicShortcomings},
		{"2025年工作打算", TopicPlans},
		{"下一年度推进法治政府建设的主要安排", TopicPlans},
		{"2024年推进法治政府建设的主要安排", TopicPlans},
		{"其他需要报告的情况", TopicOther},
		{"注重加强制度层面设计", TopicNone},
	}
	for _, tt := range tests {
		if got := topicOf(tt.title); got != tt.want {
			t.Errorf("topicOf(%q) = %q, want %q", tt.title, got, tt.want)
		}
	}
}

func TestFindYears(t *testing.T) {
	tests := []struct {
		s             string
		inBrackets    bool
		first, latest int
	}{
		{"济南市历下区2024年度法治政府建设报告", false, 2024, 2024},
		{"关于 2023 年度法治政府建设工作的报告", false, 2023, 2023},
		{"2018年起步，2020年获评", false, 2018, 2020},
		{"鲁法办发﹝2020﹞19号", true, 2020, 2020},
		{"鲁法办发﹝2020﹞19号", false, 0, 0},
		{"12345市民服务热线", false, 0, 0},
		{"20245年", false, 0, 0},
		{"1.2024年", false, 2024, 2024},
		{"3000年", false, 0, 0},
		{"2024", false, 0, 0},
		{"", true, 0, 0},
	}
	for _, tt := range tests {
		first, latest := findYears(tt.s, tt.inBrackets)
		if first != tt.first || latest != tt.latest {
			t.Errorf("findYears(%q, %v) = %d, %d; want %d, %d", tt.s, tt.inBrackets, first, latest, tt.first, tt.latest)
		}
	}
}

func TestYearDigits(t *testing.T) {
	tests := map[string]string{
		"二〇二四年度法治政府建设报告": "2024年度法治政府建设报告",
		"二○二三年":  "2023年",
		"２０２４年度": "2024年度",
		"一二三四五":  "一二三四五",
		"第二〇二个":  "第二〇二个",
		"2024年":  "2024年",
	}
	for in, want := range tests {
		if got := yearDigits(in); got != want {
			t.Errorf("yearDigits(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSignature(t *testing.T) {
	tests := []struct {
		name, text string
		sig        []string
		lastParas  int
	}{
		{"issuer and date", "某县2024年度报告\n一、安排\n做好工作。\n某某县人民政府\n2025年1月20日\n", []string{"某某县人民政府", "2025年1月20日"}, 1},
		{"chinese date", "某县2024年度报告\n一、安排\n做好工作。\n二〇二五年一月二十日\n", []string{"二〇二五年一月二十日"}, 1},
		{"two issuers", "报告\n一、安排\n做好工作。\n中共某县县委\n某县人民政府\n2025年3月\n", []string{"中共某县县委", "某县人民政府", "2025年3月"}, 1},
		{"lone unit name stays", "报告\n一、安排\n做好工作。\n县司法局\n", nil, 2},
		{"sentence stays", "报告\n一、安排\n2025年1月20日召开会议。\n", nil, 1},
	}
	for _, tt := range tests {
		r := Parse("x", tt.text)
		if strings.Join(r.Signature, "|") != strings.Join(tt.sig, "|") {
			t.Errorf("%s: signature %q, want %q", tt.name, r.Signature, tt.sig)
		}
		if got := len(r.Sections[0].Paras); got != tt.lastParas {
			t.Errorf("%s: last part keeps %d paragraphs, want %d", tt.name, got, tt.lastParas)
		}
	}
}
