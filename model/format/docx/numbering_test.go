package docx_test

import (
	"fmt"
	"testing"
)

// lvl is one w:lvl of an abstract list.
func lvl(ilvl int, numFmt, text, extra string) string {
	return fmt.Sprintf(`<w:lvl w:ilvl="%d"><w:start w:val="1"/><w:numFmt w:val="%s"/>%s<w:lvlText w:val="%s"/><w:lvlJc w:val="left"/>`+
		`<w:pPr><w:ind w:left="0" w:firstLine="640"/><w:tabs><w:tab w:val="num" w:pos="1000"/></w:tabs></w:pPr></w:lvl>`, ilvl, numFmt, extra, text)
}

// gongwen is the numbering of a Chinese official document: 一、 （一） 1.
// （1）, written with no suffix except a tab after 1. and a space after (1).
var gongwen = `<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
	lvl(0, "chineseCounting", "%1、", `<w:suff w:val="nothing"/><w:pStyle w:val="Heading1"/>`) +
	lvl(1, "chineseCounting", "（%2）", `<w:suff w:val="nothing"/>`) +
	lvl(2, "decimal", "%3.", "") +
	lvl(3, "decimal", "（%4）", `<w:suff w:val="space"/>`) +
	lvl(4, "decimalEnclosedCircle", "%5", `<w:suff w:val="nothing"/>`) +
	`</w:abstractNum>`

// np is a paragraph in list numID at level ilvl.
func np(numID string, ilvl int, text string) string {
	return fmt.Sprintf(`<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr></w:pPr>%s</w:p>`, ilvl, numID, r(text))
}

// sp is a paragraph of a style.
func sp(style, text string) string {
	return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>` + r(text) + `</w:p>`
}

func TestNumbering(t *testing.T) {
	numbered := func(defs string) map[string]string {
		return map[string]string{"word/numbering.xml": numberingXML(defs)}
	}
	base := gongwen + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`
	runBodyCases(t, []bodyCase{
		{name: "markers and restarts",
			body: np("1", 0, "总体") + np("1", 1, "决策") + np("1", 2, "制度") + np("1", 2, "程序") + np("1", 3, "听证") +
				np("1", 4, "公示") + np("1", 1, "执法") + np("1", 2, "规范") + np("1", 0, "问题") + np("1", 1, "不足"),
			extra: numbered(base),
			want: []string{"一、总体", "（一）决策", "1.\t制度", "2.\t程序", "（1） 听证", "①公示", "（二）执法", "1.\t规范",
				"二、问题", "（一）不足"}},
		{name: "eleven and more",
			body:  np("1", 0, "a") + np("1", 0, "b") + np("1", 0, "c") + np("1", 0, "d") + np("1", 0, "e") + np("1", 0, "f") + np("1", 0, "g") + np("1", 0, "h") + np("1", 0, "i") + np("1", 0, "j") + np("1", 0, "k"),
			extra: numbered(base),
			want:  []string{"一、a", "二、b", "三、c", "四、d", "五、e", "六、f", "七、g", "八、h", "九、i", "十、j", "十一、k"}},
		{name: "lists sharing a definition continue; an override restarts",
			body: np("1", 0, "甲") + np("2", 0, "乙") + np("3", 0, "丙") + np("3", 0, "丁") + np("1", 0, "戊"),
			extra: numbered(base + `<w:num w:numId="2"><w:abstractNumId w:val="0"/></w:num>` +
				`<w:num w:numId="3"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>`),
			want: []string{"一、甲", "二、乙", "五、丙", "六、丁", "三、戊"}},
		{name: "a level override replaces the definition",
			body: np("4", 0, "甲") + np("4", 0, "乙"),
			extra: numbered(base + `<w:num w:numId="4"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0">` +
				lvl(0, "upperRoman", "第%1部分", `<w:suff w:val="space"/>`) + `</w:lvlOverride></w:num>`),
			want: []string{"第I部分 甲", "第II部分 乙"}},
		{name: "multi-level text, legal numbering, never restart",
			body: np("5", 0, "一") + np("5", 1, "二") + np("5", 1, "三") + np("5", 0, "四") + np("5", 1, "五") + np("5", 2, "六"),
			extra: numbered(`<w:abstractNum w:abstractNumId="7">` +
				lvl(0, "chineseCounting", "第%1章", `<w:suff w:val="space"/>`) +
				lvl(1, "decimal", "%1.%2", `<w:isLgl/><w:lvlRestart w:val="0"/><w:suff w:val="space"/>`) +
				lvl(2, "lowerLetter", "%1.%2.%3)", `<w:suff w:val="space"/>`) +
				`</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="7"/></w:num>`),
			want: []string{"第一章 一", "1.1 二", "1.2 三", "第二章 四", "2.3 五", "二.3.a) 六"}},
		{name: "a level used before its parent shows the parent's start",
			body:  np("1", 2, "先用三级") + np("1", 0, "一级"),
			extra: numbered(base),
			want:  []string{"1.\t先用三级", "一、一级"}},
		{name: "bullets, hidden numbers and missing lists show no marker",
			body: np("6", 0, "要点") + np("6", 1, "藏号") + np("9", 0, "无此列表") + np("1", 8, "无此级") + np("0", 0, "编号零"),
			extra: numbered(base + `<w:abstractNum w:abstractNumId="3">` + lvl(0, "bullet", "", "") +
				`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/><w:rPr><w:vanish/></w:rPr></w:lvl>` +
				`</w:abstractNum><w:num w:numId="6"><w:abstractNumId w:val="3"/></w:num>`),
			want: []string{"要点", "藏号", "无此列表", "无此级", "编号零"}},
		{name: "custom format in a choice, standard in the fallback",
			body: np("8", 0, "甲"),
			extra: numbered(`<w:abstractNum w:abstractNumId="8"><w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">` +
				`<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimalZero"/></mc:Fallback></mc:AlternateContent>` +
				`<w:lvlText w:val="%1"/><w:suff w:val="space"/></w:lvl></w:abstractNum><w:num w:numId="8"><w:abstractNumId w:val="8"/></w:num>`),
			want: []string{"01 甲"}},
	})
}

func TestNumberingFromStyles(t *testing.T) {
	styles := stylesXML(
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>` +
			`<w:pPr><w:numPr><w:numId w:val="1"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Heading1"/>` +
			`<w:pPr><w:numPr><w:ilvl w:val="1"/></w:numPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="GW2"><w:name w:val="公文二级"/><w:basedOn w:val="Heading2"/></w:style>` +
			`<w:style w:type="numbering" w:styleId="ListStyle"><w:name w:val="公文编号"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`)
	numbering := numberingXML(gongwen + `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
		`<w:abstractNum w:abstractNumId="5"><w:numStyleLink w:val="ListStyle"/></w:abstractNum>` +
		`<w:abstractNum w:abstractNumId="6"><w:styleLink w:val="ListStyle"/>` + lvl(0, "ideographTraditional", "%1、", `<w:suff w:val="nothing"/>`) + `</w:abstractNum>` +
		`<w:num w:numId="2"><w:abstractNumId w:val="6"/></w:num><w:num w:numId="3"><w:abstractNumId w:val="5"/></w:num>`)
	extra := map[string]string{"word/styles.xml": styles, "word/numbering.xml": numbering}
	runBodyCases(t, []bodyCase{
		{name: "headings numbered by their styles",
			body: sp("Heading1", "总体情况") + sp("Heading2", "依法决策") + sp("GW2", "严格执法") + p("正文。") +
				`<w:p><w:pPr><w:pStyle w:val="Heading2"/><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr>` + r("不编号") + `</w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="2"/></w:numPr></w:pPr>` + r("改级") + `</w:p>` +
				sp("Heading1", "存在问题"),
			extra: extra,
			want:  []string{"H1 一、总体情况", "H2 （一）依法决策", "H2 （二）严格执法", "正文。", "H2 不编号", "H1 1.\t改级", "H1 二、存在问题"}},
		{name: "a list style linked by numStyleLink",
			body:  np("3", 0, "甲项") + np("2", 0, "乙项") + np("3", 0, "丙项"),
			extra: extra,
			want:  []string{"甲、甲项", "乙、乙项", "丙、丙项"}},
	})
}
