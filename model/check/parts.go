package check

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"baogao/model"
	"baogao/model/fold"
)

// How a part was found, from best to worst.
type how int

const (
	notFound   how = iota
	inText         // only a paragraph speaks of it
	inSubpart      // a sub-section's heading names it (folded under another part)
	untitled       // parts whose headings name no mandated topic hold it (measures only)
	inCombined     // a part's heading names it beside another topic (不足和下一步打算)
	asPart         // a top-level part of its own
)

// partFound is where one mandated part was found.
type partFound struct {
	how      how
	sections []*model.Section // the parts or sub-sections found; nil for inText
	evidence []string         // path and heading, or path and the sentence
}

// part describes one of the five mandated parts (厅字〔2019〕28号 第二十五条):
// the topic the parser gives top-level parts, the words a heading names it
// with, and the words that speak of it in a paragraph.
type part struct {
	id      string
	topic   model.Topic
	heading []string
	text    []string
}

// parts are the five mandated parts. Heading words are tried on
// sub-sections and on the headings of parts given another topic; text
// words on every paragraph. They are stricter than the parser's topic
// rules: they run on every heading, not only on the top-level ones.
var parts = []part{
	{IDMeasures, model.TopicMeasures,
		[]string{"主要举措", "举措和成效", "工作成效", "工作情况", "主要做法", "主要工作", "工作回顾"},
		[]string{"主要举措", "主要做法", "取得成效", "取得了", "工作成效"}},
	{IDShortcomings, model.TopicShortcomings,
		[]string{"不足", "存在的问题", "存在问题", "短板", "差距"},
		[]string{"存在的不足", "存在的问题", "不足之处", "仍存在", "还存在", "仍然存在", "薄弱环节", "问题和不足", "不足和问题"}},
	{IDDuties, model.TopicDuties,
		[]string{"第一责任人", "主要负责人履行", "党政主要负责人"},
		[]string{"第一责任人", "主要负责人履行", "述法"}},
	{IDPlans, model.TopicPlans,
		[]string{"下一年度", "下一步", "工作打算", "主要安排", "工作计划", "工作思路", "工作要点"},
		[]string{"下一步", "下一年度", "明年", "工作打算", "新的一年", "今后"}},
	{IDOther, model.TopicOther,
		[]string{"其他需要报告", "其他情况", "其它需要报告"},
		[]string{"其他需要报告", "其它需要报告"}},
}

func partByID(id string) *part {
	for i := range parts {
		if parts[i].id == id {
			return &parts[i]
		}
	}
	return nil
}

// findParts finds each mandated part: as a top-level part, else in a part's
// heading beside another topic, else as a sub-section, else in the text.
func findParts(r *model.Report, fd *folded, lookInText bool) map[string]partFound {
	found := map[string]partFound{}
	for _, p := range parts {
		found[p.id] = findPart(r, fd, &p, lookInText)
	}
	// A report whose parts have no mandated headings at all (a news piece,
	// 01 注重加强制度层面设计…) still reports measures: its parts with figures.
	if found[IDMeasures].how < inCombined {
		if m := measuresByContent(r); m.how != notFound {
			found[IDMeasures] = m
		}
	}
	return found
}

// findPart finds one part; lookInText says whether to look in the text
// when no heading names it.
func findPart(r *model.Report, fd *folded, p *part, lookInText bool) partFound {
	var f partFound
	for _, s := range r.Sections {
		if s.Topic == p.topic {
			f.how = asPart
			f.sections = append(f.sections, s)
			f.evidence = append(f.evidence, where(s))
		}
	}
	if f.how != notFound {
		return f
	}
	for _, s := range r.Sections {
		if containsAny(fd.title(s), p.heading) {
			// Named beside another topic (不足和下一步打算), or alone in
			// words the parser's topics lack (2024年工作回顾).
			h := inCombined
			if s.Topic == model.TopicNone {
				h = asPart
			}
			f.how = max(f.how, h)
			f.sections = append(f.sections, s)
			f.evidence = append(f.evidence, where(s))
		}
	}
	if f.how != notFound {
		return f
	}
	r.Walk(func(s *model.Section) {
		if s.Parent != nil && containsAny(fd.title(s), p.heading) {
			f.how = inSubpart
			f.sections = append(f.sections, s)
			f.evidence = append(f.evidence, where(s))
		}
	})
	if f.how != notFound || !lookInText {
		return f
	}
	words := p.text
	if p.id == IDPlans && r.Year != 0 {
		// 2025年，…将… in a 2024 report speaks of the next year.
		words = append(append([]string(nil), words...), strconv.Itoa(r.Year+1)+"年")
	}
	if path, sent, ok := findInText(r, fd, words); ok {
		f.how = inText
		f.evidence = []string{path + " " + sent}
	}
	return f
}

// measuresByContent takes the top-level parts without a mandated topic
// that state figures of the year's work as the measures.
func measuresByContent(r *model.Report) partFound {
	var f partFound
	for _, s := range r.Sections {
		if s.Topic == model.TopicNone && hasDigits(s) {
			f.how = untitled
			f.sections = append(f.sections, s)
			f.evidence = append(f.evidence, where(s))
		}
	}
	return f
}

func hasDigits(s *model.Section) bool {
	found := false
	walkSection(s, func(t *model.Section) {
		for _, p := range t.Paras {
			if strings.ContainsAny(p, "0123456789０１２３４５６７８９") {
				found = true
			}
		}
	})
	return found
}

// walkSection calls fn for s and every section under it.
func walkSection(s *model.Section, fn func(*model.Section)) {
	fn(s)
	for _, c := range s.Children {
		walkSection(c, fn)
	}
}

// findInText returns the first paragraph sentence that holds one of words,
// with the path of its section ("-" for the preamble).
func findInText(r *model.Report, fd *folded, words []string) (path, sentence string, ok bool) {
	for i, p := range r.Preamble {
		if s, hit := sentenceWith(p, fd.pre()[i], words); hit {
			return "-", s, true
		}
	}
	r.Walk(func(s *model.Section) {
		if ok {
			return
		}
		for i, p := range s.Paras {
			if sent, hit := sentenceWith(p, fd.of(s)[i], words); hit {
				path, sentence, ok = s.Path, sent, true
				return
			}
		}
	})
	return path, sentence, ok
}

// sentenceWith returns the sentence of para that holds one of words
// (compared folded; key is para folded), shortened to maxQuote runes.
func sentenceWith(para, key string, words []string) (string, bool) {
	if !containsAny(key, words) {
		return "", false
	}
	for _, sent := range sentences(para) {
		key := fold.String(sent)
		for _, w := range words {
			if strings.Contains(key, w) {
				return quote(sent), true
			}
		}
	}
	return "", false
}

// maxQuote bounds a quoted sentence in the evidence.
const maxQuote = 60

func quote(s string) string {
	if utf8.RuneCountInString(s) <= maxQuote {
		return "“" + s + "”"
	}
	rs := []rune(s)
	return "“" + string(rs[:maxQuote]) + "…”"
}

// sentences splits a paragraph after 。！？； (kept with their sentence).
func sentences(p string) []string {
	var out []string
	start := 0
	for i, r := range p {
		if r == '。' || r == '！' || r == '？' || r == '；' || r == ';' {
			end := i + utf8.RuneLen(r)
			if s := strings.TrimSpace(p[start:end]); s != "" {
				out = append(out, s)
			}
			start = end
		}
	}
	if s := strings.TrimSpace(p[start:]); s != "" {
		out = append(out, s)
	}
	return out
}

// where is a section as evidence: its path and heading.
func where(s *model.Section) string { return s.Path + " " + s.Heading() }

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// partCheck makes the criterion for one mandated part.
func partCheck(id string) func(*facts) Result {
	return func(f *facts) Result {
		found := f.parts[id]
		res := Result{ID: id, Evidence: found.evidence}
		name := Name(id, Chinese)
		switch {
		case id == IDDuties && isWorkReport(f.r) && found.how == notFound:
			// Art. 25's duties part is for 法治政府建设 reports; a
			// 政府工作报告 is not asked for one.
			res.Status, res.Msg = Info, msg("政府工作报告，不要求单列第一责任人职责部分", "a work report: no part on the principal leaders' duties is asked for")
		case id == IDOther && found.how == notFound:
			res.Status, res.Msg = Info, msg("未单列“其他需要报告的情况”（可选）", "no part on other matters (optional)")
		case id == IDOther:
			res.Status, res.Msg = Info, msg("有“其他需要报告的情况”", "other matters are reported")
		case found.how == asPart:
			res.Status, res.Msg = Pass, msg("“%[1]s”单列一部分", "%[2]s is a part of its own", name, Name(id, English))
		case found.how == inCombined:
			res.Status, res.Msg = Warn, msg("“%[1]s”与其他内容合为一部分", "%[2]s shares a part with another topic", name, Name(id, English))
		case found.how == untitled:
			res.Status, res.Msg = Warn, msg("各部分标题未写明“主要举措和成效”，举措见于正文", "no part is titled as the measures; the parts with figures hold them")
		case found.how == inSubpart && id == IDDuties:
			res.Status, res.Msg = Warn, msg("第一责任人职责履行情况并入其他部分，未单列", "the principal leaders' duties are folded under another part, not a part of their own")
		case found.how == inSubpart:
			res.Status, res.Msg = Warn, msg("“%[1]s”仅为下级标题，未单列", "%[2]s is only a sub-section, not a part of its own", name, Name(id, English))
		case found.how == inText:
			res.Status, res.Msg = Warn, msg("“%[1]s”仅在正文中提及，无对应部分", "%[2]s is only mentioned in the text, with no part for it", name, Name(id, English))
		default:
			res.Status, res.Msg = Fail, msg("缺少“%[1]s”部分", "no part on %[2]s", name, Name(id, English))
			res.Evidence = []string{"缺：" + mandatedWording[id]}
		}
		return res
	}
}

// mandatedWording is each part as 第二十五条 words it.
var mandatedWording = map[string]string{
	IDMeasures:     "上一年度推进法治政府建设的主要举措和成效",
	IDShortcomings: "上一年度推进法治政府建设存在的不足和原因",
	IDCauses:       "存在不足的原因",
	IDDuties:       "上一年度党政主要负责人履行推进法治建设第一责任人职责，加强法治政府建设的有关情况",
	IDPlans:        "下一年度推进法治政府建设的主要安排",
	IDOther:        "其他需要报告的情况",
}

// PartSections returns the sections that hold one mandated part (IDPlans,
// IDMeasures …): the top-level parts with its topic, else the parts or
// sub-sections whose heading names it; nil when only a sentence of the
// text, or nothing, speaks of it.
func PartSections(r *model.Report, id string) []*model.Section {
	return Parts(r)[id]
}

// Parts returns the sections of every mandated part, by ID, as
// PartSections does for one.
func Parts(r *model.Report) map[string][]*model.Section {
	out := map[string][]*model.Section{}
	for id, f := range findParts(r, foldReport(r), false) {
		if len(f.sections) > 0 {
			out[id] = f.sections
		}
	}
	return out
}
