package model

import (
	"strings"
	"testing"
)

func TestTitleParts(t *testing.T) {
	tests := []struct {
		lines                                         []string
		title, subtitle, dateline, speaker, docNumber string
	}{
		{[]string{"政府工作报告", "——2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理 李强"},
			"政府工作报告", "", "2024年3月5日在第十四届全国人民代表大会第二次会议上", "国务院总理 李强", ""},
		{[]string{"政府工作报告——2025年1月14日在上海市第十六届人民代表大会第三次会议上", "上海市市长　龚正"},
			"政府工作报告", "", "2025年1月14日在上海市第十六届人民代表大会第三次会议上", "上海市市长　龚正", ""},
		{[]string{"2008年国务院政府工作报告", "政府工作报告——2008年3月5日在第十一届全国人民代表大会第一次会议上", "国务院总理　温家宝"},
			"2008年国务院政府工作报告", "", "2008年3月5日在第十一届全国人民代表大会第一次会议上", "国务院总理　温家宝", ""},
		{[]string{"国务院关于印发某某规划的通知", "国发〔2019〕5号"}, "国务院关于印发某某规划的通知", "", "", "", "国发〔2019〕5号"},
		{[]string{"京政发（2023）第3号", "北京市人民政府关于某某工作的报告"}, "北京市人民政府关于某某工作的报告", "", "", "", "京政发（2023）第3号"},
		{[]string{"奋力谱写新篇章", "——某某区2024年度法治政府建设情况报告"}, "奋力谱写新篇章", "某某区2024年度法治政府建设情况报告", "", "", ""},
		{[]string{"政府工作报告", "（二〇二五年一月十五日在某某省第十四届人民代表大会第三次会议上）", "代省长 某某某"},
			"政府工作报告", "", "二〇二五年一月十五日在某某省第十四届人民代表大会第三次会议上", "代省长 某某某", ""},
		{[]string{"2025年某某市政府工作报告", "----2025年1月15日某某市长在某某市第十六届人民代表大会第三次会议的政府工作报告"},
			"2025年某某市政府工作报告", "", "2025年1月15日某某市长在某某市第十六届人民代表大会第三次会议", "某某市长", ""},
		{[]string{"2025年某某市政府工作报告", "2025年1月14日在某某市第十六届人民代表大会第三次会议上某某市市长 某某同志作政府工作报告"},
			"2025年某某市政府工作报告", "", "2025年1月14日在某某市第十六届人民代表大会第三次会议上", "某某市市长 某某", ""},
		{[]string{"济南市历下区2024年度法治政府建设报告"}, "济南市历下区2024年度法治政府建设报告", "", "", "", ""},
		{[]string{"关于副市长分工的说明"}, "关于副市长分工的说明", "", "", "", ""},
	}
	for _, tt := range tests {
		got := titleParts(tt.lines)
		if title := joinTitle(got.title); title != tt.title || got.subtitle != tt.subtitle || got.dateline != tt.dateline ||
			got.speaker != tt.speaker || got.docNumber != tt.docNumber {
			t.Errorf("titleParts(%q) = %q / %q / %q / %q / %q; want %q / %q / %q / %q / %q", tt.lines,
				title, got.subtitle, got.dateline, got.speaker, got.docNumber,
				tt.title, tt.subtitle, tt.dateline, tt.speaker, tt.docNumber)
		}
	}
}

// TestSpeechForm parses a speech-form report whose speaker's line ran into
// the salutation: the salutation opens the preamble again.
func TestSpeechForm(t *testing.T) {
	text := "政府工作报告\n\n——2024年1月20日在某某市第十六届人民代表大会第二次会议上" + strings.Repeat(" ", 70) + "某某市市长 某某某各位代表：\n\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、2023年工作回顾\n过去一年，全市上下奋力拼搏。\n"
	r := Parse("x", text)
	if r.Title != "政府工作报告" || r.Speaker != "某某市市长 某某某" || !strings.HasPrefix(r.Dateline, "2024年1月20日") || r.Year != 2024 {
		t.Errorf("title %q, speaker %q, dateline %q, year %d", r.Title, r.Speaker, r.Dateline, r.Year)
	}
	if len(r.Preamble) == 0 || r.Preamble[0] != "各位代表：" {
		t.Errorf("preamble %q, want it to open with the salutation", r.Preamble)
	}
}

func TestPlaceOfOpening(t *testing.T) {
	tests := []struct{ para, unit, district, city string }{
		{"2022年，深圳市司法局始终坚持以习近平新时代中国特色社会主义思想为引领，深入贯彻…", "深圳市司法局", "", "深圳市"},
		{"2024年宁河经济开发区在区委、区政府的正确领导下，坚持以…为指导", "宁河经济开发区", "宁河经济开发区", ""},
		{"2025年，在市委、市政府的坚强领导下，某某区坚持以习近平法治思想为根本遵循，…", "某某区", "某某区", ""},
		{"2023年，我市堅持以習近平新時代中國特色社會主義思想為指導，全面貫徹…", "", "", ""},
		{"2023年以来，朝陽區深入學習貫徹習近平法治思想，…", "朝陽區", "朝陽區", ""},
		{"为进一步加快新时代法治政府建设进程，树立全省法治政府建设标杆，近日，…", "", "", ""},
	}
	for _, tt := range tests {
		p := placeOfOpening(tt.para)
		if p.unit != tt.unit || p.district != tt.district || p.city != tt.city {
			t.Errorf("placeOfOpening(%q) = %q, %q, %q; want %q, %q, %q", tt.para, p.unit, p.district, p.city, tt.unit, tt.district, tt.city)
		}
	}
}

// TestMetadataFallbacks: each field comes from the title, the page's
// labelled lines, the opening sentence or the file name, whichever says.
func TestMetadataFallbacks(t *testing.T) {
	tests := []struct {
		id, text                        string
		unit, district, city, published string
		year                            int
	}{
		{"静海区-2024", "一、主要举措和成效\n全区坚持依法行政。\n二、存在的不足和原因\n短板仍在。\n", "静海区", "静海区", "", "", 2024},
		{"2025年上海市政府工作报告", "政府工作报告\n\n——2025年1月14日在上海市第十六届人民代表大会第三次会议上\n上海市市长 龚正\n\n各位代表：\n", "上海市", "", "上海市", "", 2025},
		{"page", "今天是：2019年5月1日 星期三\n- 索 引 号:000000/2026-00001\n- 发布机构:某某区司法局\n- 发布时间:2026年01月28日\n- 标 题:关于2025年度法治政府建设情况的报告\n关于2025年度法治政府建设情况的报告\n\n2025年，某某区坚持以习近平法治思想为根本遵循。\n一、主要举措和成效\n……\n",
			"某某区", "某某区", "", "2026-01-28", 2025},
		{"1958", "1958年国务院政府工作报告\n\n各位代表：\n上海市、佛山市、上海市的同志们都来了。\n", "国务院", "", "", "", 1958},
	}
	for _, tt := range tests {
		r := Parse(tt.id, tt.text)
		if r.Unit != tt.unit || r.District != tt.district || r.City != tt.city || r.Published != tt.published || r.Year != tt.year {
			t.Errorf("%s: unit %q district %q city %q published %q year %d; want %q %q %q %q %d", tt.id,
				r.Unit, r.District, r.City, r.Published, r.Year, tt.unit, tt.district, tt.city, tt.published, tt.year)
		}
	}
}

func TestCleanLinesBlanks(t *testing.T) {
	got := cleanLines("\u2003\u2003一、主要举措和成效\n<!--\n  menu\n-->\n<U+00A0><U+00A0>（一）坚持依法决策。\n\u2002 二、存在的不足")
	want := []string{"一、主要举措和成效", "（一）坚持依法决策。", "二、存在的不足"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("cleanLines = %q; want %q", got, want)
	}
}
