package model

import (
	"strings"
	"testing"
)

// TestUnmarkedParts: a report that numbers only its second level has its
// short unpunctuated lines as parts when （一） restarts below each.
func TestUnmarkedParts(t *testing.T) {
	text := "2025年某某省政府工作报告\n\n各位代表：\n现在，我代表省人民政府，向大会报告工作。\n" +
		"2024年工作回顾\n过去一年，我们砥砺奋进。\n（一）巩固增强经济回升向好态势。全省生产总值增长。\n（二）推动科技创新。研发投入增长。\n" +
		"2025年工作安排建议\n今年是收官之年。\n（一）全方位扩大内需。促进消费。\n" +
		"加强政府自身建设\n新形势新任务对政府工作提出了更高要求。\n（一）树牢正确政绩观。坚持实干。\n"
	r := Parse("x", text)
	var got []string
	for _, s := range r.Sections {
		got = append(got, s.Heading()+"/"+string(rune('0'+len(s.Children))))
	}
	want := "2024年工作回顾/2 2025年工作安排建议/1 加强政府自身建设/1"
	if strings.Join(got, " ") != want {
		t.Errorf("parts %q, want %q", strings.Join(got, " "), want)
	}

	// One short line above a （一） is a sub-heading, not a structure; with
	// 一、 markers the numbering alone says where parts start.
	if r := Parse("x", "标题报告\n\n导语。\n工作回顾\n（一）第一项。内容。\n（二）第二项。内容。\n"); len(r.Sections) != 2 || r.Sections[0].Marker != "（一）" {
		t.Errorf("one short line: sections %d, first %q", len(r.Sections), r.Sections[0].Heading())
	}
	if r := Parse("x", "标题报告\n\n一、主要举措和成效\n工作回顾\n（一）第一项。内容。\n另一回顾\n（一）又一项。内容。\n"); len(r.Sections) != 1 || len(r.Sections[0].Children) != 2 {
		t.Errorf("with 一、: sections %d", len(r.Sections))
	}
}

func TestBareNumeralParts(t *testing.T) {
	r := Parse("x", "1960年政府工作报告\n\n各位代表：\n一\n全国农业发展纲要是高速度发展农业的纲领。\n二\n人民公社是伟大创举。\n")
	if len(r.Sections) != 2 || r.Sections[1].Marker != "二" || len(r.Sections[1].Paras) != 1 {
		t.Errorf("sections %d: %q", len(r.Sections), r.Text())
	}
}

// TestPublicationNote: （此件公开发布） under the 落款 goes with it.
func TestPublicationNote(t *testing.T) {
	r := Parse("x", "国务院关于某某工作的意见\n国发〔2019〕5号\n\n各省、自治区、直辖市人民政府：\n一、总体要求\n要做好工作。\n国务院\n2019年1月27日\n（此件公开发布）\n")
	if strings.Join(r.Signature, "|") != "国务院|2019年1月27日|（此件公开发布）" || r.DocNumber != "国发〔2019〕5号" || r.Title != "国务院关于某某工作的意见" {
		t.Errorf("signature %q, doc number %q, title %q", r.Signature, r.DocNumber, r.Title)
	}
	r = Parse("x", "标题报告\n\n一、总体要求\n要做好工作。\n（此件公开发布）\n")
	if len(r.Signature) != 0 || len(r.Sections[0].Paras) != 2 {
		t.Errorf("a note without a 落款: signature %q, paragraphs %q", r.Signature, r.Sections[0].Paras)
	}
}
