package docx_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"baogao/model/format"
	"baogao/model/format/docx"
)

// show renders paragraphs for comparison: "H2 text" for a level-2
// heading, the text alone for body text.
func show(paras []format.Para) []string {
	out := make([]string, len(paras))
	for i, p := range paras {
		out[i] = p.Text
		if p.Level > 0 {
			out[i] = fmt.Sprintf("H%d %s", p.Level, p.Text)
		}
	}
	return out
}

type bodyCase struct {
	name  string
	body  string
	extra map[string]string
	want  []string
}

func runBodyCases(t *testing.T, cases []bodyCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := docx.Extract(context.Background(), wordDoc(t, tc.body, tc.extra))
			if err != nil {
				t.Fatal(err)
			}
			got := show(doc.Paras)
			if strings.Join(got, "\n") != strings.Join(tc.want, "\n") {
				t.Errorf("got\n%q\nwant\n%q", got, tc.want)
			}
		})
	}
}

func TestParagraphs(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{name: "runs join, blanks collapse", body: p() + p("济南市", "历下区") + p() + p() + p("正文。") + p(),
			want: []string{"济南市历下区", "", "正文。"}},
		{name: "tab and hyphen", body: `<w:p><w:r><w:t>附件：</w:t><w:tab/><w:t>清单</w:t><w:noBreakHyphen/><w:t>A</w:t></w:r></w:p>`,
			want: []string{"附件：\t清单-A"}},
		{name: "soft breaks make paragraphs", body: `<w:p><w:r><w:t>济南市历下区</w:t><w:br/><w:t>2024年度报告</w:t><w:br/></w:r></w:p>` +
			`<w:p><w:r><w:t>一、总体情况</w:t><w:cr/><w:t>正文。</w:t></w:r></w:p>`,
			want: []string{"济南市历下区", "2024年度报告", "一、总体情况", "正文。"}},
		{name: "breaks in a run are one cut; the level stays on the first line",
			body: `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:r><w:br/><w:br w:type="page"/><w:t>一、标题</w:t><w:br/><w:br/><w:br/><w:t>正文</w:t><w:br/></w:r></w:p>`,
			want: []string{"H1 一、标题", "正文"}},
		{name: "entities and CDATA", body: `<w:p><w:r><w:t>A&amp;B &lt;C&gt; &#x4E00;&#20108; &bogus; &#0; &quot;</w:t><w:t><![CDATA[<x>&amp;]]></w:t></w:r></w:p>`,
			want: []string{`A&B <C> 一二 &bogus; ` + "\uFFFD" + ` "<x>&amp;`}},
		{name: "line ends in text are spaces", body: "<w:p><w:r><w:t>甲\n乙&#10;丙\r丁\x1b戊</w:t></w:r></w:p>",
			want: []string{"甲 乙 丙 丁 戊"}},
		{name: "indentation typed as spaces is dropped", body: p("\u2003\u2003一、总体情况") + p("\u3000\u3000正文。\u00a0") + p("\u2002 \t"),
			want: []string{"一、总体情况", "正文。"}},
		{name: "symbols", body: `<w:p><w:r><w:sym w:font="Wingdings" w:char="F0B7"/><w:sym w:font="SimSun" w:char="2605"/><w:t>星</w:t></w:r></w:p>`,
			want: []string{"★星"}},
		{name: "hyperlink, smart tag, custom XML and ruby", body: `<w:p><w:hyperlink r:id="rId9">` + r("链接") + `</w:hyperlink>` +
			`<w:smartTag w:element="place">` + r("历下") + `</w:smartTag><w:customXml w:element="x">` + r("区") + `</w:customXml>` +
			`<w:r><w:ruby><w:rubyPr/><w:rt>` + r("lì") + `</w:rt><w:rubyBase>` + r("历") + `</w:rubyBase></w:ruby></w:r></w:p>`,
			want: []string{"链接历下区历"}},
		{name: "math text", body: `<w:p>` + r("面积") + `<m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>`,
			want: []string{"面积x+1"}},
		{name: "footnotes and comments are not read", body: `<w:p>` + r("正文") + `<w:r><w:footnoteReference w:id="1"/></w:r>` +
			`<w:commentRangeStart w:id="0"/>` + r("续") + `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>`,
			extra: map[string]string{"word/footnotes.xml": `<w:footnotes ` + nsDecl + `><w:footnote w:id="1">` + p("脚注文字") + `</w:footnote></w:footnotes>`},
			want:  []string{"正文续"}},
	})
}

func TestTrackedChanges(t *testing.T) {
	runBodyCases(t, []bodyCase{
		{name: "insertions kept, deletions dropped",
			body: `<w:p>` + r("依法") + `<w:ins w:id="1" w:author="a">` + r("全面") + `</w:ins>` +
				`<w:del w:id="2" w:author="a"><w:r><w:delText>科学</w:delText></w:r></w:del>` + r("行政") + `</w:p>`,
			want: []string{"依法全面行政"}},
		{name: "moves: the old place dropped, the new kept",
			body: `<w:p><w:moveFromRangeStart w:id="1" w:name="m"/><w:moveFrom w:id="2">` + r("旧处") + `</w:moveFrom><w:moveFromRangeEnd w:id="1"/>` + r("文字") +
				`<w:moveToRangeStart w:id="3" w:name="m"/><w:moveTo w:id="4">` + r("新处") + `</w:moveTo><w:moveToRangeEnd w:id="3"/></w:p>`,
			want: []string{"文字新处"}},
		{name: "a deleted paragraph mark joins the next paragraph",
			body: `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr>` + r("上半句，") + `</w:p>` + p("下半句。"),
			want: []string{"上半句，下半句。"}},
		{name: "a wholly deleted paragraph leaves no blank line",
			body: p("甲。") + `<w:p><w:pPr><w:rPr><w:del w:id="1" w:author="a"/></w:rPr></w:pPr><w:del w:id="2" w:author="a"><w:r><w:delText>删去</w:delText></w:r></w:del></w:p>` + p("乙。"),
			want: []string{"甲。", "乙。"}},
		{name: "old properties do not count",
			body: `<w:p><w:pPr><w:pStyle w:val="Normal"/><w:pPrChange w:id="1"><w:pPr><w:pStyle w:val="Heading1"/><w:outlineLvl w:val="0"/></w:pPr></w:pPrChange></w:pPr>` + r("正文") + `</w:p>`,
			want: []string{"正文"}},
		{name: "a deleted table row is dropped",
			body: `<w:tbl><w:tr>` + tc("甲") + tc("乙") + `</w:tr><w:tr><w:trPr><w:del w:id="1" w:author="a"/></w:trPr>` + tc("丙") + tc("丁") + `</w:tr></w:tbl>`,
			want: []string{"甲 | 乙"}},
	})
}

func TestFields(t *testing.T) {
	begin := `<w:r><w:fldChar w:fldCharType="begin"/></w:r>`
	instr := func(s string) string { return `<w:r><w:instrText xml:space="preserve">` + s + `</w:instrText></w:r>` }
	sep := `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`
	end := `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
	runBodyCases(t, []bodyCase{
		{name: "simple field shows its result",
			body: `<w:p>` + r("第") + `<w:fldSimple w:instr=" PAGE ">` + r("3") + `</w:fldSimple>` + r("页") + `</w:p>`,
			want: []string{"第3页"}},
		{name: "complex field: instruction dropped, result kept",
			body: `<w:p>` + r("截至") + begin + instr(` DATE \@ "yyyy年M月d日" `) + sep + r("2024年12月31日") + end + r("。") + `</w:p>`,
			want: []string{"截至2024年12月31日。"}},
		{name: "nested field in the instruction",
			body: `<w:p>` + begin + instr(" IF ") + begin + instr(" PAGE ") + sep + r("9") + end + instr(` = 1 "一" "二" `) + sep + r("二") + end + `</w:p>`,
			want: []string{"二"}},
		{name: "field without result shows nothing",
			body: `<w:p>` + r("甲") + begin + instr(" XE \"索引\" ") + end + r("乙") + `</w:p>`,
			want: []string{"甲乙"}},
		{name: "table of contents dropped across paragraphs",
			body: p("目录") + `<w:p>` + begin + instr(` TOC \o "1-3" \h \z \u `) + sep + r("一、总体情况\t1") + `</w:p>` +
				p("二、主要举措\t2") + `<w:p>` + r("三、存在问题\t3") + end + `</w:p>` + p("一、总体情况"),
			want: []string{"目录", "一、总体情况"}},
		{name: "simple TOC field dropped",
			body: `<w:p><w:fldSimple w:instr="TOC \o">` + r("一、总体情况 1") + `</w:fldSimple></w:p>` + p("正文"),
			want: []string{"正文"}},
		{name: "unbalanced field markers do not panic",
			body: `<w:p>` + end + end + r("甲") + sep + `</w:p>` + p("乙"),
			want: []string{"甲", "乙"}},
	})
}

func TestHiddenAndControls(t *testing.T) {
	hiddenStyle := map[string]string{"word/styles.xml": stylesXML(
		`<w:style w:type="character" w:styleId="Secret"><w:name w:val="Secret"/><w:rPr><w:vanish/></w:rPr></w:style>` +
			`<w:style w:type="character" w:styleId="SecretChild"><w:basedOn w:val="Secret"/></w:style>`)}
	runBodyCases(t, []bodyCase{
		{name: "hidden runs dropped",
			body: `<w:p>` + r("看得见") + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>看不见</w:t></w:r>` +
				`<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>也看得见</w:t></w:r></w:p>`,
			want: []string{"看得见也看得见"}},
		{name: "hidden by character style",
			body: `<w:p>` + r("甲") + `<w:r><w:rPr><w:rStyle w:val="SecretChild"/></w:rPr><w:t>藏</w:t></w:r>` +
				`<w:r><w:rPr><w:rStyle w:val="Secret"/><w:vanish w:val="false"/></w:rPr><w:t>乙</w:t></w:r></w:p>`,
			extra: hiddenStyle, want: []string{"甲乙"}},
		{name: "a hidden paragraph mark runs the heading into its text (style separator)",
			body:  `<w:p><w:pPr><w:pStyle w:val="H2"/><w:rPr><w:specVanish/></w:rPr></w:pPr>` + r("（一）依法决策。") + `</w:p>` + p("全区……"),
			extra: map[string]string{"word/styles.xml": stylesXML(`<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="heading 2"/></w:style>`)},
			want:  []string{"H2 （一）依法决策。全区……"}},
		{name: "content controls kept, placeholders dropped",
			body: `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>` + p("历下区报告") + `</w:sdtContent></w:sdt>` +
				`<w:p><w:sdt><w:sdtPr><w:showingPlcHdr/></w:sdtPr><w:sdtContent>` + r("单击此处输入文字。") + `</w:sdtContent></w:sdt>` + r("正文") + `</w:p>` +
				`<w:sdt><w:sdtPr><w:docPartObj><w:docPartGallery w:val="Table of Contents"/></w:docPartObj></w:sdtPr><w:sdtContent>` + p("目录") + p("一、总体 1") + `</w:sdtContent></w:sdt>` +
				p("结束"),
			want: []string{"历下区报告", "正文", "结束"}},
	})
}

func TestTextBoxes(t *testing.T) {
	box := func(text string) string {
		return `<w:txbxContent>` + p(text) + `</w:txbxContent>`
	}
	runBodyCases(t, []bodyCase{
		{name: "alternate content read once",
			body: `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData><wps:wsp><wps:txbx>` + box("红头文件") +
				`</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>` + box("红头文件") +
				`</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` + p("正文。"),
			want: []string{"红头文件", "正文。"}},
		{name: "fallback used when the choice shows nothing",
			body: `<w:p><w:r><mc:AlternateContent><mc:Choice Requires="w15"><w15:thing xmlns:w15="x"/></mc:Choice><mc:Fallback>` +
				`<w:t>后备</w:t></mc:Fallback></mc:AlternateContent></w:r></w:p>`,
			want: []string{"后备"}},
		{name: "a text box comes before the paragraph that anchors it",
			body: `<w:p>` + r("锚定段落。") + `<w:r><w:pict><v:shape><v:textbox>` + box("框内") + `</v:textbox></v:shape></w:pict></w:r></w:p>`,
			want: []string{"框内", "锚定段落。"}},
	})
}

// tc is a table cell holding paragraphs.
func tc(paras ...string) string {
	s := "<w:tc><w:tcPr><w:tcW w:w=\"100\"/></w:tcPr>"
	for _, t := range paras {
		s += p(t)
	}
	return s + "</w:tc>"
}

func TestTables(t *testing.T) {
	merged := `<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + p("法治") + `</w:tc>`
	covered := `<w:tc><w:tcPr><w:vMerge/></w:tcPr>` + p() + `</w:tc>`
	nested := `<w:tc><w:tbl><w:tr>` + tc("内甲") + tc("内乙") + `</w:tr><w:tr>` + tc("内丙") + tc("内丁") + `</w:tr></w:tbl>` + p() + `</w:tc>`
	runBodyCases(t, []bodyCase{
		{name: "rows are paragraphs, cells joined",
			body: `<w:tbl><w:tblPr><w:tblW w:w="0"/></w:tblPr><w:tblGrid><w:gridCol/></w:tblGrid><w:tr>` + tc("序号") + tc("事项") + tc("金额") + `</w:tr>` +
				`<w:tr>` + tc("1") + tc("行政复议", "应诉") + tc("") + `</w:tr><w:tr>` + tc("2") + tc("") + tc("10") + `</w:tr></w:tbl>` + p("表后。"),
			want: []string{"序号 | 事项 | 金额", "1 | 行政复议 应诉", "2 |  | 10", "表后。"}},
		{name: "vertically merged cells are not repeated",
			body: `<w:tbl><w:tr>` + merged + tc("甲") + `</w:tr><w:tr>` + covered + tc("乙") + `</w:tr></w:tbl>`,
			want: []string{"法治 | 甲", "乙"}},
		{name: "horizontally spanned cells appear once",
			body: `<w:tbl><w:tr><w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p("合计") + `</w:tc>` + tc("30") + `</w:tr></w:tbl>`,
			want: []string{"合计 | 30"}},
		{name: "nested tables flatten into their cell",
			body: `<w:tbl><w:tr>` + tc("外") + nested + `</w:tr></w:tbl>`,
			want: []string{"外 | 内甲 | 内乙 内丙 | 内丁"}},
		{name: "a one-cell layout table keeps paragraphs and levels",
			body: `<w:tbl><w:tr><w:tc>` + `<w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>` + r("一、总体情况") + `</w:p>` + p("正文一。") + p("正文二。") + `</w:tc></w:tr></w:tbl>`,
			want: []string{"H1 一、总体情况", "正文一。", "正文二。"}},
		{name: "a cell outside a row keeps its text",
			body: `<w:tbl>` + tc("孤格") + `</w:tbl>`,
			want: []string{"孤格"}},
	})
}

func TestHeadingLevels(t *testing.T) {
	styles := map[string]string{"word/styles.xml": stylesXML(
		`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="H2"><w:name w:val="标题 2"/><w:basedOn w:val="Normal"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="GW3"><w:name w:val="公文三级"/><w:basedOn w:val="GW3base"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="GW3base"><w:name w:val="x"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Loop1"><w:basedOn w:val="Loop2"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Loop2"><w:basedOn w:val="Loop1"/></w:style>` +
			`<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>`)}
	ps := func(style, text string) string {
		return `<w:p><w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>` + r(text) + `</w:p>`
	}
	runBodyCases(t, []bodyCase{
		{name: "levels from styles",
			body: ps("Title", "报告") + ps("1", "总体情况") + ps("H2", "依法决策") + ps("GW3", "健全制度") + ps("Loop1", "循环") + ps("Missing", "缺样式") +
				`<w:p><w:pPr><w:pStyle w:val="1"/><w:outlineLvl w:val="9"/></w:pPr>` + r("正文级") + `</w:p>` +
				`<w:p><w:pPr><w:outlineLvl w:val="3"/></w:pPr>` + r("直接四级") + `</w:p>`,
			extra: styles,
			want:  []string{"报告", "H1 总体情况", "H2 依法决策", "H3 健全制度", "循环", "缺样式", "正文级", "H4 直接四级"}},
	})
}
